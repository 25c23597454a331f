/* SPDX-License-Identifier: MIT */
/* Documents that end in the middle of a pattern: every name, title, cue and
 * word of data/lexicon and data/cues is extracted as a whole document, after
 * one word ("X ..."), in title case and with affixes, so that each rule that
 * looks at the tokens after a head word meets the end of the document. Also
 * documents of one token each. Run it in the sanitizer build: a rule that
 * reads past the last token aborts there (and __asan_on_error names the
 * document). Everywhere, each extraction must succeed. */
#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/text.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "slurp.h"

static kabar_pipeline *pipeline;
static kabar_kb *kb; /* one for all: a new kb opens a spool file */
static kabar_text_cues *text_cues;
static char current[1024]; /* the document being extracted, for the report */
static size_t n_docs;

/* Called by AddressSanitizer before it reports an error. */
void __asan_on_error(void);
void __asan_on_error(void) { fprintf(stderr, "while extracting the document \"%s\"\n", current); }

/* Extracts `text` as a document of its own; it must succeed. */
static void extract(const char *text) {
  snprintf(current, sizeof current, "%s", text);
  kabar_error err;
  kabar_error_clear(&err);
  kabar_read_options opt;
  memset(&opt, 0, sizeof opt); /* strict UTF-8, plain text */
  kabar_doc *doc = NULL;
  if (kabar_doc_from_bytes("end.txt", text, strlen(text), &opt, text_cues, &doc, &err) != KABAR_OK)
    return; /* not a document (only punctuation, say): the reader's business */
  kabar_status st = kabar_pipeline_add_doc(pipeline, doc, kb, &err);
  if (st != KABAR_OK)
    fprintf(stderr, "\"%s\": %s\n", text, err.message);
  CHECK_INT(st, KABAR_OK);
  n_docs++;
  kabar_doc_free(doc);
}

/* The phrase with each word's first letter in capitals. */
static void title_case(const char *p, char *out, size_t size) {
  snprintf(out, size, "%s", p);
  for (size_t i = 0; out[i]; i++)
    if (i == 0 || out[i - 1] == ' ')
      out[i] = (char)toupper((unsigned char)out[i]);
}

/* The phrase alone and after a word, as written and in title case (and
 * after a comma when `comma` is set). */
static void extract_at_end(const char *phrase, int comma) {
  char buf[600], titled[600];
  if (!*phrase || strlen(phrase) > 500)
    return;
  title_case(phrase, titled, sizeof titled);
  const char *forms[2] = {phrase, titled};
  for (int i = 0; i < 2; i++) {
    extract(forms[i]);
    snprintf(buf, sizeof buf, "X %s", forms[i]);
    extract(buf);
    snprintf(buf, sizeof buf, "Kata dia, %s", forms[i]);
    if (comma)
      extract(buf);
  }
}

/* A cue root with the affixes the morphology knows, each at the end. */
static void extract_affixed(const char *root) {
  static const char *const pre[] = {"me", "meng", "di", "ber", "ter", "peng", ""};
  static const char *const suf[] = {"", "kan", "an", "nya"};
  char buf[600];
  if (strlen(root) > 100 || strchr(root, ' '))
    return;
  for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++)
    for (size_t j = 0; j < sizeof suf / sizeof suf[0]; j++) {
      snprintf(buf, sizeof buf, "Rusia %s%s%s", pre[i], root, suf[j]);
      extract(buf);
    }
}

/* Every '|'-separated value of every field of every row of a TSV file. */
static void extract_file_values(const char *path, int affixes) {
  char *text = slurp(path, NULL);
  CHECK(text != NULL);
  if (!text)
    return;
  int header = 1;
  for (char *line = text, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    if (*line == '#' || !*line)
      continue;
    if (header) {
      header = 0;
      continue;
    }
    for (char *v = line, *vend; v; v = vend) {
      vend = v + strcspn(v, "\t|");
      char sep = *vend;
      *vend = '\0';
      extract_at_end(v, 0);
      if (affixes)
        extract_affixed(v);
      vend = sep ? vend + 1 : NULL;
    }
  }
  free(text);
}

/* Endings the tables do not hold as values of their own. */
static const char *const endings[] = {
    "Presiden", "presiden", "Perdana Menteri", "Menteri Luar Negeri", "Menteri Sumber Daya",
    "Menteri Sains dan", "Kementerian", "Kementerian Luar", "Perjanjian", "Perjanjian Persahabatan,",
    "Perjanjian Persahabatan, dan", "Perjanjian Persahabatan dan", "Perjanjian Paris 1961",
    "Perang", "Perang Vietnam", "Institut untuk", "Centre for", "Universitas Kim Il",
    "Rusia", "Korea Utara", "Moskow", "Kremlin", "di", "di Moskow", "di utara", "ke", "dari",
    "oleh", "dipimpin oleh", "pimpinan", "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "'", "(", ")", ",",
    "-", ":", ";", "-nya", "negaranya", "kedua", "kedua belah", "kedua negara", "ketiga",
    "keempat pemimpin", "negara itu", "sanksi", "sanksi-sanksi", "sanksi baru terhadap",
    "sanksi PBB terhadap", "sanksi AS", "menurut", "menurut laporan", ", kata", "kata Rusia",
    "bersama", "antara", "antara Rusia dan", "Jenderal Senior", "Rusia dan", "Rusia, dan",
    "Rusia,", "Putin,", "Putin, seorang", "Putin, Presiden", "Putin, analis di",
    "Vladimir Putin, kepala Departemen di", "Duta Besar Korea Utara untuk",
    "Duta Besar Korea Utara untuk PBB", "Juru bicara Kremlin", "Penasihat Kantor Presiden",
    "Penasihat Kantor Presiden Ukraina", "Selat", "Teluk Manila", "Pulau", "latihan militer",
    "latihan militer bersama", "(ANTARA", "Moskow (ANTARA)", "Moskow (ANTARA) -", "SEOUL,",
    "Yang", "Yang Moo-jin", "Alberto van", "Mohammed bin", "pada", "pada 2024", "25 April",
    "Februari 2022", "menolak", "menolak tuduhan", "membantah tuduhan tersebut", "tuduhan itu",
    "yang ditandatangani", "yang dikirim ke", "adalah", "merupakan", "termasuk", "sejak",
    "jika", "tidak", "akan", "telah", "mengecam latihan", "mengecam latihan tersebut",
    "menjamu", "menjamu Putin di", "bertemu dengan", "bertemu dengan Putin di", "dan",
    "dan mengecam", "mengatakan", "Kim", "Xi", "Sugiono", "Menlu Sugiono", "A", "AS", "PBB",
    "2024", "1951", "Rusia mengunjungi", "Rusia mengunjungi Korea Utara bersama",
    "kunjungan Presiden", "pengiriman senjata dari", "membeli minyak", "buatan",
};

int main(void) {
  kabar_error err;
  kabar_error_clear(&err);
  CHECK_INT(kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &text_cues, &err), KABAR_OK);
  CHECK_INT(kabar_pipeline_new(KABAR_DATA_DIR, NULL, &pipeline, &err), KABAR_OK);
  kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!pipeline || !text_cues || !kb) {
    fprintf(stderr, "%s\n", err.message);
    return check_done();
  }
  for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++)
    extract_at_end(endings[i], 1);
  static const char *const lexicon[] = {"agreements", "events",  "organizations", "people",
                                        "places",     "roles",   "states",        "states_common"};
  char path[512];
  for (size_t i = 0; i < sizeof lexicon / sizeof lexicon[0]; i++) {
    snprintf(path, sizeof path, "%s/lexicon/%s.tsv", KABAR_DATA_DIR, lexicon[i]);
    extract_file_values(path, 0);
  }
  static const char *const cues[] = {"relations", "status", "words"};
  for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++) {
    snprintf(path, sizeof path, "%s/cues/%s.tsv", KABAR_DATA_DIR, cues[i]);
    extract_file_values(path, i < 2);
  }
  fprintf(stderr, "%zu documents extracted\n", n_docs);
  CHECK(n_docs > 10000);
  kabar_kb_free(kb);
  kabar_pipeline_free(pipeline);
  kabar_text_cues_free(text_cues);
  return check_done();
}
