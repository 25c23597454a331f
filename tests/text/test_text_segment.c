/* SPDX-License-Identifier: MIT */
/* Sentence segmentation and boilerplate marks, with data/boilerplate.tsv,
 * and the cue file's error reports. */
#include <kabar/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static kabar_text_cues *cues;

/* The sentences of `text` as "kind|sentence" lines joined by '\n'. */
static const char *split(const char *text, const kabar_text_cues *c) {
  static char buf[8192];
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_read_options opt = {0, 0, 0, NULL};
  buf[0] = '\0';
  if (kabar_doc_from_bytes("t.txt", text, strlen(text), &opt, c, &doc, &err) != KABAR_OK) {
    snprintf(buf, sizeof buf, "ERROR %s", err.message);
    return buf;
  }
  size_t o = 0;
  for (size_t i = 0; i < doc->n_sentences; i++) {
    const kabar_sentence *s = &doc->sentences[i];
    o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s|%.*s", i ? "\n" : "",
                          kabar_sentence_kind_name(s->kind), (int)(s->end - s->start),
                          doc->text + s->start);
  }
  kabar_doc_free(doc);
  return buf;
}

#define SPLIT(text, want) CHECK_STR(split(text, cues), want)

static void test_segmenter(void) {
  /* Abbreviations and titles before names. */
  SPLIT("Brigjen. Ahmad dan Dr. Budi tiba pukul 10. Prof. Citra juga hadir.",
        "text|Brigjen. Ahmad dan Dr. Budi tiba pukul 10.\ntext|Prof. Citra juga hadir.");
  SPLIT("Ia tinggal di Jl. Merdeka No. 5 bersama Hj. Siti. Mereka pindah.",
        "text|Ia tinggal di Jl. Merdeka No. 5 bersama Hj. Siti.\ntext|Mereka pindah.");
  /* Initials. */
  SPLIT("George W. Bush bertemu Putin. Mereka berbicara lama.",
        "text|George W. Bush bertemu Putin.\ntext|Mereka berbicara lama.");
  /* Numbers with dots, dates in parentheses. */
  SPLIT("Sebanyak 20.000 pekerja dikirim. Nilainya 1.5 miliar dolar.",
        "text|Sebanyak 20.000 pekerja dikirim.\ntext|Nilainya 1.5 miliar dolar.");
  SPLIT("Putin mengatakan, Senin (27/10) bahwa hubungan baik. Pertemuan digelar (28/4/2025) di "
        "Moskow.",
        "text|Putin mengatakan, Senin (27/10) bahwa hubungan baik.\n"
        "text|Pertemuan digelar (28/4/2025) di Moskow.");
  /* A stop before a year or number starts a new sentence. */
  SPLIT("Perang berakhir pada 1953. 70 tahun kemudian, damai belum ada.",
        "text|Perang berakhir pada 1953.\ntext|70 tahun kemudian, damai belum ada.");
  /* Quotes: the closing quote belongs to the sentence; a lower-case
   * continuation (kata, ujar) keeps the quote in the sentence. */
  SPLIT("\xE2\x80\x9CKami siap.\xE2\x80\x9D kata Lavrov kepada wartawan.",
        "text|\xE2\x80\x9CKami siap.\xE2\x80\x9D kata Lavrov kepada wartawan.");
  SPLIT("\"Kami siap,\" ujar dia. Lalu ia pergi.", "text|\"Kami siap,\" ujar dia.\ntext|Lalu ia pergi.");
  SPLIT("Ia berkata, \"Kami siap.\" Lalu ia pergi.",
        "text|Ia berkata, \"Kami siap.\"\ntext|Lalu ia pergi.");
  SPLIT("Ia bertanya, \xE2\x80\x9CMengapa tidak?\xE2\x80\x9D tanya dia lagi.",
        "text|Ia bertanya, \xE2\x80\x9CMengapa tidak?\xE2\x80\x9D tanya dia lagi.");
  /* Question marks, exclamation marks, ellipses. */
  SPLIT("Hebat sekali! Luar biasa hasilnya.", "text|Hebat sekali!\ntext|Luar biasa hasilnya.");
  SPLIT("Ia ragu... Lalu pergi ke Moskow.", "text|Ia ragu...\ntext|Lalu pergi ke Moskow.");
  SPLIT("Ia ragu... lalu pergi ke Moskow.", "text|Ia ragu... lalu pergi ke Moskow.");
  SPLIT("Tunggu\xE2\x80\xA6 Ya, kita pergi.", "text|Tunggu\xE2\x80\xA6\ntext|Ya, kita pergi.");
  SPLIT("Mengapa? Karena sanksi itu berat.", "text|Mengapa?\ntext|Karena sanksi itu berat.");
  /* "dll." ends a sentence only before a capitalised word. */
  SPLIT("Ada minyak, gas, dll. Rusia menjual semuanya.",
        "text|Ada minyak, gas, dll.\ntext|Rusia menjual semuanya.");
  SPLIT("Ada minyak, dll. yang dijual ke sana.", "text|Ada minyak, dll. yang dijual ke sana.");
  /* Dotted abbreviations and enumerators. */
  SPLIT("Ia tiba di Washington D.C. Senin lalu untuk bertemu.",
        "text|Ia tiba di Washington D.C. Senin lalu untuk bertemu.");
  SPLIT("1. Pertama, sanksi dicabut.", "text|1. Pertama, sanksi dicabut.");
  /* No split without a space after the stop. */
  SPLIT("Lihat kompas.com. Di sana ada berita.", "text|Lihat kompas.com.\ntext|Di sana ada berita.");
  /* Sentences never cross a line break; spaces are trimmed. */
  SPLIT("Awal.\n  Ini kalimat pertama yang panjang sekali dan terus berlanjut tanpa henti sampai ke\n"
        "baris berikut.  ",
        "text|Awal.\ntext|Ini kalimat pertama yang panjang sekali dan terus berlanjut tanpa henti sampai ke\n"
        "text|baris berikut.");
  /* A title line without a stop, a question sub-heading, short headings. */
  SPLIT("Hubungan Rusia dan Korea Utara\n\nIsi berita di sini. Kalimat kedua.\n"
        "Apa saja hubungan ekonomi mereka?\nDukungan Politik\nTeks penutup.",
        "heading|Hubungan Rusia dan Korea Utara\ntext|Isi berita di sini.\ntext|Kalimat kedua.\n"
        "heading|Apa saja hubungan ekonomi mereka?\nheading|Dukungan Politik\ntext|Teks penutup.");
  /* A question that is part of a longer line stays text. */
  SPLIT("Teks awal.\nMengapa Rusia mendekat? Karena perang membutuhkan senjata.",
        "text|Teks awal.\ntext|Mengapa Rusia mendekat?\ntext|Karena perang membutuhkan senjata.");
  /* A line ending in a comma is not a heading. */
  SPLIT("Teks awal.\nMenurut pejabat itu,", "text|Teks awal.\ntext|Menurut pejabat itu,");
}

static void test_title_and_paragraphs(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  static const char t[] = "Judul Tanpa Titik\n\nSatu. Dua.\nTiga.\n";
  CHECK_INT(kabar_doc_from_bytes("x/judul.txt", t, sizeof t - 1, NULL, cues, &doc, &err), KABAR_OK);
  if (doc) {
    CHECK_STR(doc->title, "Judul Tanpa Titik");
    CHECK_INT(doc->n_sentences, 4);
    if (doc->n_sentences == 4) {
      CHECK_INT(doc->sentences[0].paragraph, 0);
      CHECK_INT(doc->sentences[1].paragraph, 1);
      CHECK_INT(doc->sentences[2].paragraph, 1);
      CHECK_INT(doc->sentences[3].paragraph, 2);
      CHECK_INT(doc->sentences[1].start, 19);
      CHECK_INT(doc->sentences[1].end, 24);
    }
  }
  kabar_doc_free(doc);
  /* A first line with a stop is no title. */
  CHECK_INT(kabar_doc_from_bytes("y.txt", "Satu kalimat.\n", 14, NULL, cues, &doc, &err), KABAR_OK);
  if (doc)
    CHECK(doc->title == NULL);
  kabar_doc_free(doc);
}

static void test_boilerplate(void) {
  SPLIT("Teks.\nBACA JUGA: Putin Bertemu Xi di Beijing", "text|Teks.\nboilerplate|BACA JUGA: Putin Bertemu Xi di Beijing");
  SPLIT("Teks.\nBaca juga: Putin Bertemu Xi. Lalu pulang.",
        "text|Teks.\nboilerplate|Baca juga: Putin Bertemu Xi. Lalu pulang.");
  SPLIT("Teks.\nPilihan Editor: Hadiah untuk Kim", "text|Teks.\nboilerplate|Pilihan Editor: Hadiah untuk Kim");
  SPLIT("Teks.\nPenulis: Andi Wijaya\nEditor: Budi", "text|Teks.\nboilerplate|Penulis: Andi Wijaya\nboilerplate|Editor: Budi");
  SPLIT("Teks.\nREUTERS\nNo more pages", "text|Teks.\nboilerplate|REUTERS\nboilerplate|No more pages");
  SPLIT("--Dengan bantuan dari Ani dan Budi.", "boilerplate|--Dengan bantuan dari Ani dan Budi.");
  SPLIT("Logo Kompas Media\nTeks.", "boilerplate|Logo Kompas Media\ntext|Teks.");
  /* "Logo" opening a real sentence is text. */
  SPLIT("Logo itu dirancang oleh seorang seniman dari Bandung tahun lalu.",
        "text|Logo itu dirancang oleh seorang seniman dari Bandung tahun lalu.");
  /* Photo captions. */
  SPLIT("Teks.\nPutin berbicara di Kremlin, Moskow, Senin, 25 April 2019. (Foto: via AP)",
        "text|Teks.\ncaption|Putin berbicara di Kremlin, Moskow, Senin, 25 April 2019. (Foto: via AP)");
  SPLIT("Vladimir Putin.(Al Jazeera)\nTeks.", "caption|Vladimir Putin.(Al Jazeera)\ntext|Teks.");
  SPLIT("Kim Jong-un di Pyongyang. (Reuters)", "caption|Kim Jong-un di Pyongyang. (Reuters)");
  /* A credit after a long paragraph is only a tag. */
  SPLIT("Presiden Rusia Vladimir Putin mengatakan hubungan dengan Korea Utara berkembang sesuai "
        "rencana kedua negara. (Reuters)",
        "text|Presiden Rusia Vladimir Putin mengatakan hubungan dengan Korea Utara berkembang "
        "sesuai rencana kedua negara.\nboilerplate|(Reuters)");
  /* Twelve words or fewer before the credit: a caption. */
  SPLIT("Putin dan Kim Jong Un berjabat tangan di Vladivostok, Rusia. (AFP)",
        "caption|Putin dan Kim Jong Un berjabat tangan di Vladivostok, Rusia. (AFP)");
  /* Agency and editor tags: alone, after a paragraph, glued to it. */
  SPLIT("Teks.\n(bbn)\n[rd/pp]", "text|Teks.\nboilerplate|(bbn)\nboilerplate|[rd/pp]");
  SPLIT("Rusia membantah tuduhan itu. Korea Utara juga membantah. (AFP/I-2)",
        "text|Rusia membantah tuduhan itu.\ntext|Korea Utara juga membantah.\nboilerplate|(AFP/I-2)");
  SPLIT("Rusia membantah tuduhan itu.(Ant/I-1)", "text|Rusia membantah tuduhan itu.\nboilerplate|(Ant/I-1)");
  SPLIT("Mekanisme itu telah dilarang oleh Dewan Keamanan PBB. [rd/pp]",
        "text|Mekanisme itu telah dilarang oleh Dewan Keamanan PBB.\nboilerplate|[rd/pp]");
  /* A date or an abbreviation in parentheses is no tag. */
  SPLIT("Teks.\nPresiden Rusia Vladimir Putin mengatakan hubungan negaranya dengan Korea Utara "
        "berkembang, Senin (27/10)",
        "text|Teks.\ntext|Presiden Rusia Vladimir Putin mengatakan hubungan negaranya dengan Korea Utara "
        "berkembang, Senin (27/10)");
  SPLIT("Teks.\nSanksi dijatuhkan oleh Amerika Serikat dan sekutunya kepada Pyongyang (AS).",
        "text|Teks.\ntext|Sanksi dijatuhkan oleh Amerika Serikat dan sekutunya kepada Pyongyang (AS).");
  /* Without cues nothing is boilerplate. */
  CHECK_STR(split("Teks.\nBACA JUGA: Sesuatu\n(bbn)", NULL),
            "text|Teks.\nheading|BACA JUGA: Sesuatu\nheading|(bbn)");
}

/* Writes `content` to a temporary cue file and loads it. */
static kabar_status load_text(const char *content, char *path, kabar_error *err) {
  strcpy(path, "/tmp/kabar-cues-XXXXXX");
  int fd = mkstemp(path);
  if (fd < 0)
    return KABAR_ERR_IO;
  size_t n = strlen(content);
  if (write(fd, content, n) != (ssize_t)n) {
    close(fd);
    return KABAR_ERR_IO;
  }
  close(fd);
  kabar_text_cues *c = NULL;
  kabar_status st = kabar_text_cues_load(path, &c, err);
  CHECK((st == KABAR_OK) == (c != NULL));
  kabar_text_cues_free(c);
  unlink(path);
  return st;
}

static void expect_data_error(const char *content, size_t line, const char *words) {
  char path[64], want[128];
  kabar_error err;
  CHECK_INT(load_text(content, path, &err), KABAR_ERR_DATA);
  snprintf(want, sizeof want, "%s:%zu: ", path, line);
  if (strncmp(err.message, want, strlen(want)) != 0 || !strstr(err.message, words))
    fprintf(stderr, "message \"%s\", want \"%s...%s...\"\n", err.message, want, words);
  CHECK(strncmp(err.message, want, strlen(want)) == 0);
  CHECK(strstr(err.message, words) != NULL);
}

/* A run of n words "kataK" with sep after every `every`-th word (0: never). */
static char *words(size_t n, size_t every, const char *sep) {
  char *t = malloc(n * 16 + 1), *p = t;
  for (size_t i = 0; i < n; i++)
    p += sprintf(p, "%skata%zu%s", i ? " " : "", i % 10, every && (i + 1) % every == 0 ? sep : "");
  *p = '\0';
  return t;
}

/* The sentences of a text with no full stop: every token in exactly one
 * sentence, in order; none longer than KABAR_MAX_SENTENCE_TOKENS; each
 * span from its first token's start to its last token's end. Returns the
 * sentence count. */
static size_t check_cut(const char *text, size_t *longest) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_read_options opt = {0, 0, 0, NULL};
  *longest = 0;
  if (kabar_doc_from_bytes("t.txt", text, strlen(text), &opt, cues, &doc, &err) != KABAR_OK) {
    CHECK(!"read");
    return 0;
  }
  size_t next = 0;
  for (size_t i = 0; i < doc->n_sentences; i++) {
    const kabar_sentence *s = &doc->sentences[i];
    size_t n = s->tok_end - s->tok_begin;
    CHECK_INT(s->tok_begin, next);
    CHECK(n > 0 && n <= KABAR_MAX_SENTENCE_TOKENS);
    CHECK_INT(s->start, doc->tokens[s->tok_begin].start);
    CHECK_INT(s->end, doc->tokens[s->tok_end - 1].end);
    next = s->tok_end;
    if (n > *longest)
      *longest = n;
  }
  CHECK_INT(next, doc->n_tokens);
  size_t count = doc->n_sentences;
  kabar_doc_free(doc);
  return count;
}

static void test_long_sentences(void) {
  size_t longest;
  /* 1000 words, no punctuation: cut after exactly 400 tokens. */
  char *t = words(1000, 0, "");
  CHECK_INT(check_cut(t, &longest), 3);
  CHECK_INT(longest, KABAR_MAX_SENTENCE_TOKENS);
  free(t);
  /* A comma every 30 words: cut after the last comma before 400 tokens,
   * so no piece ends inside a clause (30 words + 1 comma = 31 tokens; 12
   * such clauses are 372 tokens). */
  t = words(1200, 30, ",");
  CHECK_INT(check_cut(t, &longest), 4);
  CHECK_INT(longest, 372);
  free(t);
  /* At the limit nothing is cut. */
  t = words(KABAR_MAX_SENTENCE_TOKENS - 1, 0, "");
  strcat(t, ".");
  CHECK_INT(check_cut(t, &longest), 1);
  CHECK_INT(longest, KABAR_MAX_SENTENCE_TOKENS);
  free(t);
}

static void test_cue_file(void) {
  char path[64];
  kabar_error err;
  CHECK_INT(load_text("# komentar\n\nboilerplate\tprefix\tBACA:\r\ncaption\tcredit\tAP\n", path,
                      &err),
            KABAR_OK);
  expect_data_error("caption\tprefix\n", 1, "3 tab-separated fields");
  expect_data_error("# c\ncaption\tprefix\tX\nfoo\tprefix\tX\n", 3, "unknown kind 'foo'");
  expect_data_error("caption\tbogus\tX\n", 1, "unknown match 'bogus'");
  expect_data_error("caption\tprefix\t\n", 1, "empty pattern");
  expect_data_error("caption\tprefix\tX\textra\n", 1, "too many fields");
  expect_data_error("abbrev\tno-split\tDr\n", 1, "ending in '.'");
  expect_data_error("abbrev\tsometimes\tDr.\n", 1, "unknown abbrev match");
  expect_data_error("setting\theading-max-words\tdua\n", 1, "positive number");
  expect_data_error("setting\tbogus-words\t3\n", 1, "unknown setting");
  expect_data_error("boilerplate\ttag\t( x )\n", 1, "no spaces");
  expect_data_error("caption\tprefix\t\xC0\x80\n", 1, "invalid UTF-8");

  kabar_text_cues *c = (kabar_text_cues *)1;
  CHECK_INT(kabar_text_cues_load("/nonexistent/boilerplate.tsv", &c, &err), KABAR_ERR_IO);
  CHECK(c == NULL);
  CHECK(strstr(err.message, "/nonexistent/boilerplate.tsv: ") == err.message);
}

int main(void) {
  kabar_error err;
  if (kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &cues, &err) != KABAR_OK) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  test_segmenter();
  test_title_and_paragraphs();
  test_boilerplate();
  test_long_sentences();
  test_cue_file();
  kabar_text_cues_free(cues);
  return check_done();
}
