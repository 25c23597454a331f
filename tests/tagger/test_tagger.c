/* SPDX-License-Identifier: MIT */
/* The named-entity tagger (src/tagger/): reading CoNLL, training on a tiny
 * corpus written here, saving and loading the model, malformed models,
 * hostile words, the word lists' features, and the span counts. */
#include "tagger/tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "slurp.h"

static char dir[] = "/tmp/kabar-test-tagger-XXXXXX";

/* dir/name, in a static buffer (one at a time). */
static const char *path_of(const char *name) {
  static char buf[2][256];
  static int k;
  k ^= 1;
  snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
  return buf[k];
}

/* d/name, in a static buffer (one at a time). */
static const char *path_of2(const char *d, const char *name) {
  static char buf[2][512];
  static int k;
  k ^= 1;
  snprintf(buf[k], sizeof buf[k], "%s/%s", d, name);
  return buf[k];
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    CHECK(fclose(f) == 0);
  }
}

/* Tags the words of `text` (split at spaces) and returns the tags'
 * names joined by spaces, in a static buffer. */
static const char *tag_text(const kabar_tagger *t, const char *text) {
  static char out[1024];
  char buf[512];
  const char *words[64];
  unsigned char tags[64];
  size_t n = 0;
  snprintf(buf, sizeof buf, "%s", text);
  for (char *p = strtok(buf, " "); p && n < 64; p = strtok(NULL, " "))
    words[n++] = p;
  out[0] = '\0';
  CHECK_INT(kabar_tagger_tag(t, words, n, tags), KABAR_OK);
  for (size_t i = 0; i < n; i++) {
    CHECK(tags[i] < KABAR_TAG__COUNT);
    strcat(out, i ? " " : "");
    strcat(out, kabar_tag_name((kabar_tag)tags[i]));
  }
  return out;
}

/* A tiny corpus: each template with each name, but for the pairs kept
 * for the test (Retno Marsudi with Bandung), in the data's own tag names. */
static const char *const persons[] = {"Joko Widodo", "Retno Marsudi", "Prabowo Subianto"};
static const char *const places[] = {"Jakarta", "Bandung", "Surabaya"};
static const char *const orgs[] = {"Bank Indonesia", "Badan Pusat Statistik"};
static const char *const templates[] = {"P mengunjungi L .", "P bertemu G di L .",
                                        "Warga L bertemu P .", "G menaikkan bunga di L ."};

/* Appends the words of `name` tagged B-type, I-type ... to f. */
static void put_name(FILE *f, const char *name, const char *type) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", name);
  int first = 1;
  for (char *w = strtok(buf, " "); w; w = strtok(NULL, " "), first = 0)
    fprintf(f, "%s\t%c-%s\n", w, first ? 'B' : 'I', type);
}

static void write_tiny(const char *path) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (!f)
    return;
  for (size_t t = 0; t < 4; t++)
    for (size_t p = 0; p < 3; p++)
      for (size_t l = 0; l < 3; l++)
        for (size_t g = 0; g < 2; g++) {
          if (p == 1 && l == 1)
            continue;
          char buf[128];
          snprintf(buf, sizeof buf, "%s", templates[t]);
          char *save = NULL;
          for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
            if (!strcmp(w, "P"))
              put_name(f, persons[p], g ? "PERSON" : "PER");
            else if (!strcmp(w, "L"))
              put_name(f, places[l], g ? "PLACE" : "GPE");
            else if (!strcmp(w, "G"))
              put_name(f, orgs[g], g ? "ORGANISATION" : "ORGANIZATION");
            else
              fprintf(f, "%s\tO\n", w);
          }
          fputs("\n", f);
        }
  CHECK(fclose(f) == 0);
}

static void test_names(void) {
  static const char *const names[KABAR_TAG__COUNT] = {"O",     "B-PER", "I-PER", "B-ORG",
                                                      "I-ORG", "B-LOC", "I-LOC"};
  for (int i = 0; i < KABAR_TAG__COUNT; i++)
    CHECK_STR(kabar_tag_name((kabar_tag)i), names[i]);
  CHECK_STR(kabar_tag_name(KABAR_TAG__COUNT), "?");
  kabar_tagger_free(NULL);
  kabar_tagger_corpus_free(NULL);
}

static void test_corpus(void) {
  kabar_tagger_corpus *c = NULL;
  kabar_error err;
  /* blank lines collapse, CRLF is read, MISC is O, the last sentence needs
   * no blank line after it */
  write_file(path_of("a.conll"), "\n\nA\tB-PERSON\r\nB\tI-PER\r\nC\tB-MISC\r\n\r\n\nD\tI-GPE\n"
                                 "E\tB-ORGANIZATION\nF\tI-ORG\n");
  CHECK_INT(kabar_tagger_corpus_read(path_of("a.conll"), &c, &err), KABAR_OK);
  if (c) {
    CHECK_INT(kabar_tagger_corpus_size(c), 2);
    const char *const *w;
    const unsigned char *t;
    CHECK_INT(kabar_tagger_corpus_sentence(c, 0, &w, &t), 3);
    CHECK_STR(w[0], "A");
    CHECK_STR(w[2], "C");
    CHECK_INT(t[0], KABAR_TAG_B_PER);
    CHECK_INT(t[1], KABAR_TAG_I_PER);
    CHECK_INT(t[2], KABAR_TAG_O);
    CHECK_INT(kabar_tagger_corpus_sentence(c, 1, &w, &t), 3);
    CHECK_STR(w[0], "D");
    CHECK_INT(t[0], KABAR_TAG_I_LOC);
    CHECK_INT(t[1], KABAR_TAG_B_ORG);
    CHECK_INT(t[2], KABAR_TAG_I_ORG);
    kabar_tagger_corpus_free(c);
  }

  static const struct {
    const char *text, *line;
  } bad[] = {
      {"A\tO\nB O\n", ":2: expected a token, a tab and a tag"},
      {"A\tO\n\tO\n", ":2: expected a token"},
      {"A\tO\nB\tO\tO\n", ":2: expected a token"},
      {"A\tO\n\nB\tX-PER\n", ":3: tag 'X-PER'"},
      {"A\tB-\n", ":1: tag 'B-'"},
      {"A\to\n", ":1: tag 'o'"},
      {"A\xff\tO\n", ":1: invalid UTF-8 at byte 1"},
  };
  for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
    write_file(path_of("bad.conll"), bad[k].text);
    c = NULL;
    CHECK_INT(kabar_tagger_corpus_read(path_of("bad.conll"), &c, &err), KABAR_ERR_INPUT);
    CHECK(c == NULL);
    char want[512];
    snprintf(want, sizeof want, "%s%s", path_of("bad.conll"), bad[k].line);
    CHECK(strncmp(err.message, want, strlen(want)) == 0);
    if (strncmp(err.message, want, strlen(want)) != 0)
      fprintf(stderr, "  got '%s', want '%s...'\n", err.message, want);
  }
  CHECK_INT(kabar_tagger_corpus_read(path_of("missing.conll"), &c, &err), KABAR_ERR_IO);
  CHECK(strstr(err.message, "missing.conll") != NULL);
  unlink(path_of("a.conll"));
  unlink(path_of("bad.conll"));
}

static void test_train(void) {
  kabar_tagger_corpus *c = NULL;
  kabar_tagger *t = NULL, *t2 = NULL, *loaded = NULL;
  kabar_error err;
  write_tiny(path_of("tiny.conll"));
  CHECK_INT(kabar_tagger_corpus_read(path_of("tiny.conll"), &c, &err), KABAR_OK);
  if (!c)
    return;
  size_t n = kabar_tagger_corpus_size(c);
  CHECK_INT(n, 64);
  CHECK_INT(kabar_tagger_train(c, NULL, NULL, 0, n, 0, &t, &err), KABAR_ERR_USAGE);
  CHECK_INT(kabar_tagger_train(c, NULL, NULL, 3, 3, 5, &t, &err), KABAR_ERR_USAGE);
  CHECK_INT(kabar_tagger_train(c, NULL, NULL, 0, n + 1, 5, &t, &err), KABAR_ERR_USAGE);
  CHECK(t == NULL);
  CHECK_INT(kabar_tagger_train(c, NULL, NULL, 0, n, 10, &t, &err), KABAR_OK);
  if (!t) {
    kabar_tagger_corpus_free(c);
    return;
  }
  /* training sentences, and the pairs kept out of training */
  CHECK_STR(tag_text(t, "Joko Widodo mengunjungi Jakarta ."), "B-PER I-PER O B-LOC O");
  CHECK_STR(tag_text(t, "Badan Pusat Statistik menaikkan bunga di Surabaya ."),
            "B-ORG I-ORG I-ORG O O O B-LOC O");
  CHECK_STR(tag_text(t, "Retno Marsudi mengunjungi Bandung ."), "B-PER I-PER O B-LOC O");
  CHECK_STR(tag_text(t, "Warga Bandung bertemu Retno Marsudi ."), "O B-LOC O B-PER I-PER O");
  CHECK_STR(tag_text(t, "Retno Marsudi bertemu Bank Indonesia di Bandung ."),
            "B-PER I-PER O B-ORG I-ORG O B-LOC O");

  /* saved, the model reads back and tags the same; saving and training
   * again give the same bytes */
  CHECK_INT(kabar_tagger_save(t, path_of("m1.model"), &err), KABAR_OK);
  CHECK_INT(kabar_tagger_train(c, NULL, NULL, 0, n, 10, &t2, &err), KABAR_OK);
  if (t2)
    CHECK_INT(kabar_tagger_save(t2, path_of("m2.model"), &err), KABAR_OK);
  size_t n1 = 0, n2 = 0;
  char *m1 = slurp(path_of("m1.model"), &n1), *m2 = slurp(path_of("m2.model"), &n2);
  CHECK(m1 && m2 && n1 == n2 && memcmp(m1, m2, n1) == 0);
  const char *head = "kabar-tagger-model 1 scale=1000\tO B-PER I-PER B-ORG I-ORG B-LOC I-LOC\n"
                     "# averaged structured perceptron: 10 epochs over 64 sentences, ";
  CHECK(m1 && !strncmp(m1, head, strlen(head)));
  CHECK(m1 && strstr(m1, "\nw=jakarta\t") && strstr(m1, "\nb\t"));
  free(m1);
  free(m2);
  CHECK_INT(kabar_tagger_load(path_of("m1.model"), NULL, NULL, &loaded, &err), KABAR_OK);
  if (loaded) {
    static const char *const sents[] = {"Joko Widodo mengunjungi Jakarta .",
                                        "Warga Bandung bertemu Retno Marsudi .",
                                        "Bank Indonesia bertemu Joko di Jakarta", "Warga Surabaya"};
    for (size_t k = 0; k < 4; k++) {
      char want[256];
      snprintf(want, sizeof want, "%s", tag_text(t, sents[k]));
      CHECK_STR(tag_text(loaded, sents[k]), want);
    }
    /* a loaded tagger keeps no feature names to save */
    CHECK_INT(kabar_tagger_save(loaded, path_of("m3.model"), &err), KABAR_ERR_USAGE);
    CHECK(access(path_of("m3.model"), F_OK) != 0);
  }
  if (access("/dev/full", W_OK) == 0) {
    CHECK_INT(kabar_tagger_save(t, "/dev/full", &err), KABAR_ERR_WRITE);
    CHECK(strstr(err.message, "/dev/full") != NULL);
    CHECK(access("/dev/full", W_OK) == 0);
  }
  CHECK_INT(kabar_tagger_save(t, path_of("no/such/dir.model"), &err), KABAR_ERR_WRITE);
  kabar_tagger_free(loaded);
  kabar_tagger_free(t2);
  kabar_tagger_free(t);
  kabar_tagger_corpus_free(c);
  unlink(path_of("tiny.conll"));
  unlink(path_of("m1.model"));
  unlink(path_of("m2.model"));
}

/* Loads text as a model; returns the status and checks that the message
 * starts with the file's path and `where`. */
static kabar_status load_bad(const char *text, const char *where) {
  kabar_tagger *t = NULL;
  kabar_error err;
  write_file(path_of("bad.model"), text);
  kabar_status st = kabar_tagger_load(path_of("bad.model"), NULL, NULL, &t, &err);
  CHECK((st == KABAR_OK) == (t != NULL));
  kabar_tagger_free(t);
  char want[512];
  snprintf(want, sizeof want, "%s%s", path_of("bad.model"), where);
  CHECK(st == KABAR_OK || strncmp(err.message, want, strlen(want)) == 0);
  if (st != KABAR_OK && strncmp(err.message, want, strlen(want)) != 0)
    fprintf(stderr, "  got '%s', want '%s...'\n", err.message, want);
  unlink(path_of("bad.model"));
  return st;
}

#define HEADER "kabar-tagger-model 1 scale=1000\tO B-PER I-PER B-ORG I-ORG B-LOC I-LOC\n"

static void test_bad_models(void) {
  CHECK_INT(load_bad("", ":1: empty file"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad("kabar-tagger-model 2\tO\n", ":1: not a kabar tagger model"),
            KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "# comment\nb\t1 2 3 4 5 6 7\nw=x\t1 2 3 4 5 6\n",
                     ":4: expected 7 integer weights"),
            KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 7 8\n", ":2: expected 7 integer weights"),
            KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 7\n\n", ":3: expected a feature"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b 1 2 3 4 5 6 7\n", ":2: expected a feature"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "\t1 2 3 4 5 6 7\n", ":2: expected a feature"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 0.5\n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 x\n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1  2 3 4 5 6 7\n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 7 \n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 -\n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 1000000000\n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 7\r\n", ":2: expected 7"), KABAR_ERR_INPUT);
  CHECK_INT(load_bad(HEADER "b\t1 2 3 4 5 6 7\nw=a\t0 0 0 0 0 0 1\nb\t0 0 0 0 0 0 0\n",
                     ":4: feature 'b' appears twice"),
            KABAR_ERR_INPUT);
  /* well-formed edge cases: no features, no final newline, negative weights */
  CHECK_INT(load_bad(HEADER, ""), KABAR_OK);
  CHECK_INT(load_bad(HEADER "b\t-1 2 -3 4 -5 6 -100000000", ""), KABAR_OK);

  kabar_tagger *t = NULL;
  kabar_error err;
  CHECK_INT(kabar_tagger_load(path_of("missing.model"), NULL, NULL, &t, &err), KABAR_ERR_IO);
  CHECK(strstr(err.message, "missing.model") != NULL);
}

/* Words that must not crash or overflow: none, invalid UTF-8, control
 * characters, very long words. */
static void test_hostile(void) {
  kabar_tagger *t = NULL;
  kabar_error err;
  write_file(path_of("b.model"), HEADER "b\t0 1 0 0 0 0 0\ncap\t0 0 5 0 0 0 0\n");
  CHECK_INT(kabar_tagger_load(path_of("b.model"), NULL, NULL, &t, &err), KABAR_OK);
  unlink(path_of("b.model"));
  if (!t)
    return;
  /* I- only after B- or I- of its type */
  CHECK_STR(tag_text(t, "A B c"), "B-PER I-PER B-PER");
  CHECK_INT(kabar_tagger_tag(t, NULL, 0, NULL), KABAR_OK);
  const char *empty[] = {""};
  unsigned char tags[32];
  CHECK_INT(kabar_tagger_tag(t, empty, 1, tags), KABAR_OK);

  size_t big = 10 * 1024;
  char *longw = malloc(big + 1), *longu = malloc(big + 1), *mixed = malloc(big + 1);
  CHECK(longw && longu && mixed);
  if (longw && longu && mixed) {
    memset(longw, 'A', big);
    longw[big] = '\0';
    for (size_t i = 0; i + 2 <= big; i += 2)
      memcpy(longu + i, "\xc3\x89", 2); /* É, folded to é */
    longu[big] = '\0';
    for (size_t i = 0; i < big; i++)
      mixed[i] = (char)("aB-9\xe2\x80\x94\xff\t"[i % 9]);
    mixed[big] = '\0';
    const char *words[] = {"\xff\xfe",     "abc\xc3",  "\xed\xa0\x80", "\xc0\xaf", longw, "x",
                           "\t\n\r",       longu,      mixed,          "\xe2\x80", "",    "Z",
                           "\xf4\x90\x80\x80", "İstanbul", "ǅemal",     "ß"};
    size_t n = sizeof words / sizeof *words;
    memset(tags, 0xAA, sizeof tags);
    CHECK_INT(kabar_tagger_tag(t, words, n, tags), KABAR_OK);
    for (size_t i = 0; i < n; i++) {
      CHECK(tags[i] < KABAR_TAG__COUNT);
      if (tags[i] == KABAR_TAG_I_PER)
        CHECK(i > 0 && (tags[i - 1] == KABAR_TAG_B_PER || tags[i - 1] == KABAR_TAG_I_PER));
    }
    CHECK_INT(tags[n], 0xAA); /* nothing written past n */
    /* one long word alone, at every position of a short sentence */
    for (size_t k = 0; k < 3; k++) {
      const char *s[3] = {"a", "b", "c"};
      s[k] = mixed;
      CHECK_INT(kabar_tagger_tag(t, s, 3, tags), KABAR_OK);
    }
  }
  free(longw);
  free(longu);
  free(mixed);
  kabar_tagger_free(t);
}


/* ---- word lists ---- */

/* The files of a small lexicon directory, and a dictionary of five stems. */
static const struct {
  const char *name, *text;
} lexicon_files[] = {
    {"people.tsv", "label\tnames\tstate\trole\tfrom\tto\n# a comment\n"
                   "Joko Widodo\tJokowi\tIDN\tpresiden\t2014\t2024\n"},
    {"places.tsv", "label\tnames\tstate\tmetonym\tkind\nJakarta\t\tIDN\t1\tcapital\n"},
    {"states.tsv", "iso3\tlabel\tnames\tformer\nKOR\tKorea Selatan\tRepublik Korea\t0\n"},
    {"states_common.tsv", "iso3\tlabel\tnames\tdrop\tformer\nTLS\tTimor Leste\tTimor-Leste\t\t\n"},
    {"organizations.tsv", "label\tnames\tkind\tstate\nPerserikatan Bangsa-Bangsa\tPBB\tintl\t\n"},
    {"events.tsv", "label\tnames\nPerang Dingin\tCold War\n"},
    {"agreements.tsv", "label\tnames\tparties\nPiagam PBB\t\t\n"},
    {"roles.tsv", "title\trelation\tkind\npresiden\tleaderOf\thead\nPM\tleaderOf\thead\n"},
    {"honorifics.tsv", "title\tkind\ndr.\thonorific\nbrigjen\trank\nsaat itu\tqualifier\n"},
};
#define N_LEXICON_FILES (sizeof lexicon_files / sizeof *lexicon_files)

static char lexicon_dir[300], dict_dir[300];

static void write_lists(void) {
  snprintf(lexicon_dir, sizeof lexicon_dir, "%s/lexicon", dir);
  snprintf(dict_dir, sizeof dict_dir, "%s/dict", dir);
  CHECK(mkdir(lexicon_dir, 0700) == 0);
  CHECK(mkdir(dict_dir, 0700) == 0);
  for (size_t k = 0; k < N_LEXICON_FILES; k++)
    write_file(path_of2(lexicon_dir, lexicon_files[k].name), lexicon_files[k].text);
  write_file(path_of2(dict_dir, "id_ID.dic"), "5\nkunjung/X\nrumah\nwarga\nsakit\nbertemu\n");
}

static void remove_lists(void) {
  for (size_t k = 0; k < N_LEXICON_FILES; k++)
    unlink(path_of2(lexicon_dir, lexicon_files[k].name));
  unlink(path_of2(dict_dir, "id_ID.dic"));
  rmdir(lexicon_dir);
  rmdir(dict_dir);
}

static void check_bits(const kabar_tagger_lists *l, const char *word, unsigned want) {
  unsigned got = kabar_tagger_lists_word(l, word);
  if (got != want)
    fprintf(stderr, "  '%s': bits %#x, want %#x\n", word, got, want);
  CHECK_INT(got, want);
}

enum {
  PER_F = KABAR_TAGGER_WL_PERSON_FIRST, PER_L = KABAR_TAGGER_WL_PERSON_LATER,
  LOC_F = KABAR_TAGGER_WL_PLACE_FIRST, LOC_L = KABAR_TAGGER_WL_PLACE_LATER,
  ORG_F = KABAR_TAGGER_WL_ORG_FIRST, ORG_L = KABAR_TAGGER_WL_ORG_LATER,
  EVENT = KABAR_TAGGER_WL_EVENT, ROLE = KABAR_TAGGER_WL_ROLE,
  HON = KABAR_TAGGER_WL_HONORIFIC, COMMON = KABAR_TAGGER_WL_COMMON
};

static void test_lists(void) {
  kabar_tagger_lists *l = NULL;
  kabar_error err;
  CHECK_INT(kabar_tagger_lists_load(lexicon_dir, NULL, &l, &err), KABAR_OK);
  if (l) {
    /* a name's first word and its later words, in any case */
    check_bits(l, "Joko", PER_F);
    check_bits(l, "Widodo", PER_L);
    check_bits(l, "widodo", PER_L);
    check_bits(l, "JOKOWI", PER_F);
    check_bits(l, "Korea", LOC_F | LOC_L); /* "Korea Selatan", "Republik Korea" */
    check_bits(l, "Selatan", LOC_L);
    check_bits(l, "Republik", LOC_F);
    /* hyphenated names: each run, and the piece whole */
    check_bits(l, "Timor", LOC_F);
    check_bits(l, "Leste", LOC_L);
    check_bits(l, "Timor-Leste", LOC_F);
    check_bits(l, "Perserikatan", ORG_F);
    check_bits(l, "Bangsa", ORG_L);
    check_bits(l, "Bangsa-Bangsa", ORG_L);
    /* a word in capitals in the lexicon only matches one in capitals */
    check_bits(l, "PBB", ORG_F | EVENT);
    check_bits(l, "Pbb", 0);
    check_bits(l, "Perang", EVENT);
    check_bits(l, "War", EVENT);
    check_bits(l, "presiden", ROLE);
    check_bits(l, "Presiden", ROLE);
    check_bits(l, "PM", ROLE);
    check_bits(l, "pm", 0);
    /* an honorific's full stop is punctuation; a qualifier is no honorific */
    check_bits(l, "Dr", HON);
    check_bits(l, "dr", HON);
    check_bits(l, "Brigjen", HON);
    check_bits(l, "saat", 0);
    /* no dictionary: no common words */
    check_bits(l, "Rumah", 0);
    check_bits(l, "Bandung", 0);
    check_bits(l, "", 0);
    check_bits(l, "\xff", 0);
    kabar_tagger_lists_free(l);
  }
  l = NULL;
  CHECK_INT(kabar_tagger_lists_load(lexicon_dir, dict_dir, &l, &err), KABAR_OK);
  if (l) {
    /* a capitalised word the dictionary holds, or a form on one of its
     * stems; a word in lower case is never called common */
    check_bits(l, "Rumah", COMMON);
    check_bits(l, "RUMAH", COMMON);
    check_bits(l, "rumah", 0);
    check_bits(l, "Kunjungan", COMMON);
    check_bits(l, "Mengunjungi", COMMON);
    check_bits(l, "Widodo", PER_L);
    check_bits(l, "Bandung", 0);
    check_bits(l, "Éropa", 0);
    kabar_tagger_lists_free(l);
  }
  check_bits(NULL, "Joko", 0);
  kabar_tagger_lists_free(NULL);

  /* no lists at all is allowed: nothing is known */
  l = NULL;
  CHECK_INT(kabar_tagger_lists_load(NULL, NULL, &l, &err), KABAR_OK);
  check_bits(l, "Joko", 0);
  kabar_tagger_lists_free(l);

  /* each lexicon file is required; the error names it */
  for (size_t k = 0; k < N_LEXICON_FILES; k++) {
    char moved[512];
    snprintf(moved, sizeof moved, "%s.away", path_of2(lexicon_dir, lexicon_files[k].name));
    CHECK(rename(path_of2(lexicon_dir, lexicon_files[k].name), moved) == 0);
    l = NULL;
    CHECK_INT(kabar_tagger_lists_load(lexicon_dir, dict_dir, &l, &err), KABAR_ERR_DATA);
    CHECK(l == NULL);
    CHECK(strstr(err.message, path_of2(lexicon_dir, lexicon_files[k].name)) != NULL);
    CHECK(rename(moved, path_of2(lexicon_dir, lexicon_files[k].name)) == 0);
  }
  /* a file without its columns; a missing dictionary */
  write_file(path_of2(lexicon_dir, "roles.tsv"),
             "titel\trelation\tkind\npresiden\tleaderOf\thead\n");
  CHECK_INT(kabar_tagger_lists_load(lexicon_dir, NULL, &l, &err), KABAR_ERR_DATA);
  CHECK(strstr(err.message, "roles.tsv:1: header lacks column 'title'") != NULL);
  write_file(path_of2(lexicon_dir, "roles.tsv"), lexicon_files[7].text);
  CHECK_INT(kabar_tagger_lists_load(NULL, path_of("no-dict"), &l, &err), KABAR_ERR_DATA);
  CHECK(strstr(err.message, "no-dict/id_ID.dic") != NULL);
}

/* A model written by hand reads the lists: a person's first word is B-PER,
 * so is a word after a role title, and a later word of a name after it is
 * I-PER; a capitalised common word is O. */
static void test_list_features(void) {
  kabar_tagger *t = NULL;
  kabar_error err;
  write_file(path_of("wl.model"), HEADER "b\t1 0 0 0 0 0 0\n"
                                         "d=common\t10 0 0 0 0 0 0\n"
                                         "g-1=perF\t0 0 6 0 0 0 0\n"
                                         "g-1=role\t0 4 0 0 0 0 0\n"
                                         "g=perF\t0 5 0 0 0 0 0\n");
  CHECK_INT(kabar_tagger_load(path_of("wl.model"), lexicon_dir, dict_dir, &t, &err), KABAR_OK);
  if (t) {
    CHECK_STR(tag_text(t, "Kemarin Joko Widodo datang"), "O B-PER I-PER O");
    CHECK_STR(tag_text(t, "kata presiden Budi ."), "O O B-PER O");
    CHECK_STR(tag_text(t, "kata presiden Rumah ."), "O O O O");
    CHECK_STR(tag_text(t, "kata presiden rumah ."), "O O B-PER O");
    kabar_tagger_free(t);
  }
  /* the same model without the lists it reads */
  t = NULL;
  CHECK_INT(kabar_tagger_load(path_of("wl.model"), NULL, dict_dir, &t, &err), KABAR_ERR_USAGE);
  CHECK(t == NULL && strstr(err.message, "wl.model") && strstr(err.message, "lexicons"));
  CHECK_INT(kabar_tagger_load(path_of("wl.model"), lexicon_dir, NULL, &t, &err), KABAR_ERR_USAGE);
  CHECK(t == NULL && strstr(err.message, "dictionary"));
  CHECK_INT(kabar_tagger_load(path_of("wl.model"), path_of("nowhere"), dict_dir, &t, &err),
            KABAR_ERR_DATA);
  CHECK(t == NULL && strstr(err.message, "nowhere/people.tsv"));
  /* a model without list features reads none, wherever they are */
  write_file(path_of("wl.model"), HEADER "b\t1 0 0 0 0 0 0\ncap\t0 5 0 0 0 0 0\n");
  CHECK_INT(kabar_tagger_load(path_of("wl.model"), path_of("nowhere"), path_of("nowhere"), &t,
                              &err),
            KABAR_OK);
  kabar_tagger_free(t);
  unlink(path_of("wl.model"));
}

/* Trained with the lists, a tagger saves their features and, loaded with
 * the same lists, tags as it did; training twice gives the same bytes. */
static void test_train_lists(void) {
  kabar_tagger_corpus *c = NULL;
  kabar_tagger_lists *lists = NULL;
  kabar_tagger *t = NULL, *t2 = NULL, *loaded = NULL;
  kabar_error err;
  write_tiny(path_of("tiny.conll"));
  CHECK_INT(kabar_tagger_corpus_read(path_of("tiny.conll"), &c, &err), KABAR_OK);
  CHECK_INT(kabar_tagger_lists_load(lexicon_dir, dict_dir, &lists, &err), KABAR_OK);
  if (!c || !lists)
    goto done;
  size_t n = kabar_tagger_corpus_size(c);
  CHECK_INT(kabar_tagger_train(c, lists, NULL, 0, n, 10, &t, &err), KABAR_OK);
  CHECK_INT(kabar_tagger_train(c, lists, NULL, 0, n, 10, &t2, &err), KABAR_OK);
  if (!t || !t2)
    goto done;
  CHECK_STR(tag_text(t, "Joko Widodo mengunjungi Jakarta ."), "B-PER I-PER O B-LOC O");
  CHECK_INT(kabar_tagger_save(t, path_of("l1.model"), &err), KABAR_OK);
  CHECK_INT(kabar_tagger_save(t2, path_of("l2.model"), &err), KABAR_OK);
  size_t n1 = 0, n2 = 0;
  char *m1 = slurp(path_of("l1.model"), &n1), *m2 = slurp(path_of("l2.model"), &n2);
  CHECK(m1 && m2 && n1 == n2 && memcmp(m1, m2, n1) == 0);
  CHECK(m1 && strstr(m1, "\ng=perF\t") && strstr(m1, "\ng=locF\t"));
  free(m1);
  free(m2);
  CHECK_INT(kabar_tagger_load(path_of("l1.model"), lexicon_dir, dict_dir, &loaded, &err),
            KABAR_OK);
  if (loaded) {
    static const char *const sents[] = {
        "Joko Widodo mengunjungi Jakarta .", "Warga Bandung bertemu Jokowi .",
        "Presiden Joko Widodo bertemu PBB di Korea Selatan",
        "Dr Budi mengunjungi Rumah Sakit Timor-Leste", "Kunjungan Perserikatan Bangsa-Bangsa"};
    for (size_t k = 0; k < sizeof sents / sizeof *sents; k++) {
      char want[256];
      snprintf(want, sizeof want, "%s", tag_text(t, sents[k]));
      CHECK_STR(tag_text(loaded, sents[k]), want);
    }
  }
done:
  kabar_tagger_free(loaded);
  kabar_tagger_free(t2);
  kabar_tagger_free(t);
  kabar_tagger_lists_free(lists);
  kabar_tagger_corpus_free(c);
  unlink(path_of("tiny.conll"));
  unlink(path_of("l1.model"));
  unlink(path_of("l2.model"));
}

static void test_spans(void) {
  enum { O = KABAR_TAG_O, BP = KABAR_TAG_B_PER, IP = KABAR_TAG_I_PER, BO = KABAR_TAG_B_ORG,
         IO = KABAR_TAG_I_ORG, BL = KABAR_TAG_B_LOC, IL = KABAR_TAG_I_LOC };
  const unsigned char gold[] = {BP, IP, O, BL, O, BO, IO, IO, BL, BL, IL};
  const unsigned char found[] = {BP, O, O, IL, O, BO, IO, IO, BL, IL, IL};
  kabar_tagger_counts c = {{0}, {0}, {0}};
  kabar_tagger_count_spans(gold, found, sizeof gold, &c);
  /* gold: PER 0-1, LOC 3, ORG 5-7, LOC 8, LOC 9-10; found: PER 0, LOC 3
   * (I- after O starts a span), ORG 5-7, LOC 8-10 */
  CHECK_INT(c.gold[0], 1);
  CHECK_INT(c.gold[1], 1);
  CHECK_INT(c.gold[2], 3);
  CHECK_INT(c.found[0], 1);
  CHECK_INT(c.found[1], 1);
  CHECK_INT(c.found[2], 2);
  CHECK_INT(c.correct[0], 0);
  CHECK_INT(c.correct[1], 1);
  CHECK_INT(c.correct[2], 1);
  /* an I- of another type starts a span; counts add up */
  const unsigned char g2[] = {BP, IO, IO}, f2[] = {BP, IO, IO};
  kabar_tagger_count_spans(g2, f2, 3, &c);
  CHECK_INT(c.gold[0], 2);
  CHECK_INT(c.gold[1], 2);
  CHECK_INT(c.correct[0], 1);
  CHECK_INT(c.correct[1], 2);
  kabar_tagger_count_spans(g2, f2, 0, &c);
  CHECK_INT(c.gold[0], 2);
}

/* Word classes: a malformed class file is refused with its line; a model
 * trained with classes carries them ('@' lines), reads back, tags as the
 * trained tagger does, and gives an unseen word of a known class the tag
 * its class was trained with. */
static void test_classes(void) {
  kabar_tagger_classes *cl = NULL;
  kabar_tagger_corpus *c = NULL;
  kabar_tagger *t = NULL, *loaded = NULL;
  kabar_error err;
  write_file(path_of("bad.tsv"), "# comment\nJakarta\t5\t1\t2\nBandung\t4\t1\n");
  CHECK_INT(kabar_tagger_classes_load(path_of("bad.tsv"), &cl, &err), KABAR_ERR_INPUT);
  CHECK(strstr(err.message, "bad.tsv:3:") != NULL);
  write_file(path_of("bad.tsv"), "Jakarta\t5\t1\nJakarta\t5\t1\n");
  CHECK_INT(kabar_tagger_classes_load(path_of("bad.tsv"), &cl, &err), KABAR_ERR_INPUT);
  CHECK(strstr(err.message, "twice") != NULL);
  CHECK(cl == NULL);
  write_file(path_of("cl.tsv"), "# classes\nBandung\t9\t3\t7\nJakarta\t9\t3\t7\n"
                                "Surabaya\t9\t3\t7\nMedan\t1\t3\t7\nyang\t9\t1\t2\n");
  CHECK_INT(kabar_tagger_classes_load(path_of("cl.tsv"), &cl, &err), KABAR_OK);
  write_tiny(path_of("tiny.conll"));
  CHECK_INT(kabar_tagger_corpus_read(path_of("tiny.conll"), &c, &err), KABAR_OK);
  if (!cl || !c)
    goto done;
  CHECK_INT(kabar_tagger_train(c, NULL, cl, 0, kabar_tagger_corpus_size(c), 10, &t, &err),
            KABAR_OK);
  if (!t)
    goto done;
  CHECK_INT(kabar_tagger_save(t, path_of("cl.model"), &err), KABAR_OK);
  size_t n = 0;
  char *m = slurp(path_of("cl.model"), &n);
  CHECK(m && strstr(m, "\n@Jakarta\t3 7\n") && strstr(m, "\nc1=7\t") &&
        strstr(m, ", 5 words' classes\n"));
  free(m);
  CHECK_INT(kabar_tagger_load(path_of("cl.model"), NULL, NULL, &loaded, &err), KABAR_OK);
  if (loaded) {
    static const char *const sents[] = {"Warga Medan bertemu Retno Marsudi .",
                                        "Joko Widodo mengunjungi medan .", "Warga Surabaya"};
    for (size_t k = 0; k < 3; k++) {
      char want[256];
      snprintf(want, sizeof want, "%s", tag_text(t, sents[k]));
      CHECK_STR(tag_text(loaded, sents[k]), want);
    }
    /* two levels of classes: no columns of proper nouns to read */
    CHECK_INT(kabar_tagger_word_proper(loaded, "Jakarta"), 0);
  }
  /* malformed '@' lines */
  write_file(path_of("cl.model"), "kabar-tagger-model 1 scale=1000\tO B-PER I-PER B-ORG I-ORG "
                                  "B-LOC I-LOC\n@Jakarta\t1 2\n@Bandung\t1\n");
  kabar_tagger_free(loaded);
  loaded = NULL;
  CHECK_INT(kabar_tagger_load(path_of("cl.model"), NULL, NULL, &loaded, &err), KABAR_ERR_INPUT);
  CHECK(strstr(err.message, "cl.model:3:") != NULL);
done:
  unlink(path_of("bad.tsv"));
  unlink(path_of("cl.tsv"));
  unlink(path_of("cl.model"));
  unlink(path_of("tiny.conll"));
  kabar_tagger_free(loaded);
  kabar_tagger_free(t);
  kabar_tagger_corpus_free(c);
  kabar_tagger_classes_free(cl);
}

/* The shipped model loads and reads a plain sentence. */
static void test_shipped(void) {
  kabar_tagger *t = NULL;
  kabar_error err;
  CHECK_INT(kabar_tagger_load(KABAR_DATA_DIR "/ner/tagger.model", KABAR_DATA_DIR "/lexicon",
                              KABAR_HUNSPELL_DIR, &t, &err),
            KABAR_OK);
  if (!t)
    return;
  CHECK_STR(tag_text(t, "Ia tinggal di Jakarta ."), "O O O B-LOC O");
  /* the classes' columns of proper nouns: always PROPN in UD, never in
   * lower case; not an ordinary word, nor a word no text had */
  CHECK_INT(kabar_tagger_word_proper(t, "Maria"), 1);
  CHECK_INT(kabar_tagger_word_proper(t, "maria"), 0);
  CHECK_INT(kabar_tagger_word_proper(t, "warga"), 0);
  CHECK_INT(kabar_tagger_word_proper(t, "Qwzxyv"), 0);
  CHECK_INT(kabar_tagger_word_proper(NULL, "Maria"), 0);
  kabar_tagger_free(t);
}

/* Tags words [0, n) with memo and without, and checks the tags agree. */
static void check_memo_tags(const kabar_tagger *t, kabar_tagger_memo *memo,
                            const char *const *words, size_t n) {
  unsigned char *plain = malloc(n ? n : 1), *memoed = malloc(n ? n : 1);
  CHECK(plain && memoed);
  if (plain && memoed) {
    CHECK_INT(kabar_tagger_tag(t, words, n, plain), KABAR_OK);
    CHECK_INT(kabar_tagger_tag_memo(t, memo, words, n, memoed), KABAR_OK);
    CHECK(memcmp(plain, memoed, n) == 0);
  }
  free(plain);
  free(memoed);
}

/* A memo of the words' sums gives the tags that tagging without one gives:
 * on sentences of the shipped model (with its word lists and classes),
 * words met again and at other places in the sentence, a sentence longer
 * than the stack's scratch, more words than the memo holds (it starts
 * afresh), and a second tagger given the same memo. */
static void test_memo(void) {
  kabar_tagger *t = NULL, *t2 = NULL;
  kabar_tagger_memo *memo = kabar_tagger_memo_new();
  char *buf = NULL;
  kabar_error err;
  CHECK(memo != NULL);
  CHECK_INT(kabar_tagger_load(KABAR_DATA_DIR "/ner/tagger.model", KABAR_DATA_DIR "/lexicon",
                              KABAR_HUNSPELL_DIR, &t, &err),
            KABAR_OK);
  if (!t || !memo)
    goto done;
  static const char *const sents[][12] = {
      {"Menteri", "Luar", "Negeri", "Retno", "Marsudi", "bertemu", "Sergey", "Lavrov", "di",
       "Moskwa", "."},
      {"Retno", "Marsudi", "mengatakan", "Indonesia", "mendukung", "PBB", "."},
      {"Sergey", "Lavrov", "."},
      {"Marsudi"},
      {"Badan", "Intelijen", "Nasional", "Kamboja", "menolak", "tuduhan", "itu", "."},
  };
  for (int round = 0; round < 2; round++)
    for (size_t k = 0; k < sizeof sents / sizeof sents[0]; k++) {
      size_t n = 0;
      while (n < 12 && sents[k][n])
        n++;
      check_memo_tags(t, memo, sents[k], n);
    }
  /* 150 words, then 20,000 words never seen, 100 to a sentence */
  enum { LONG = 150, MANY = 20000, PER = 100 };
  const char *words[LONG];
  buf = malloc((size_t)MANY * 12);
  CHECK(buf != NULL);
  if (!buf)
    goto done;
  for (size_t i = 0; i < LONG; i++)
    words[i] = sents[i % 2][i % 7];
  check_memo_tags(t, memo, words, LONG);
  for (size_t i = 0; i < MANY; i += PER) {
    for (size_t j = 0; j < PER; j++) {
      snprintf(buf + (i + j) * 12, 12, "%s%zu", j % 3 ? "Kata" : "kata", i + j);
      words[j] = buf + (i + j) * 12;
    }
    check_memo_tags(t, memo, words, PER);
  }
  check_memo_tags(t, memo, sents[0], 11);
  /* another tagger, trained without word lists or classes */
  write_tiny(path_of("tiny.conll"));
  kabar_tagger_corpus *c = NULL;
  CHECK_INT(kabar_tagger_corpus_read(path_of("tiny.conll"), &c, &err), KABAR_OK);
  if (c &&
      kabar_tagger_train(c, NULL, NULL, 0, kabar_tagger_corpus_size(c), 5, &t2, &err) == KABAR_OK &&
      kabar_tagger_save(t2, path_of("memo.model"), &err) == KABAR_OK) {
    kabar_tagger_free(t2);
    t2 = NULL;
    CHECK_INT(kabar_tagger_load(path_of("memo.model"), NULL, NULL, &t2, &err), KABAR_OK);
    if (t2) {
      check_memo_tags(t2, memo, sents[1], 7);
      check_memo_tags(t, memo, sents[1], 7);
    }
  }
  kabar_tagger_corpus_free(c);
  unlink(path_of("tiny.conll"));
  unlink(path_of("memo.model"));
  CHECK_INT(kabar_tagger_tag_memo(t, memo, NULL, 0, NULL), KABAR_OK);
done:
  free(buf);
  kabar_tagger_free(t);
  kabar_tagger_free(t2);
  kabar_tagger_memo_free(memo);
  kabar_tagger_memo_free(NULL);
}

int main(void) {
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  test_names();
  test_corpus();
  test_train();
  test_bad_models();
  test_hostile();
  write_lists();
  test_lists();
  test_list_features();
  test_train_lists();
  remove_lists();
  test_spans();
  test_classes();
  test_shipped();
  test_memo();
  rmdir(dir);
  return check_done();
}
