/* SPDX-License-Identifier: MIT */
/* The lexicons of data/lexicon as src/lexicon/ loads them: every ISO 3166-1
 * state (from Debian's iso-codes), longest-first name and title matching on
 * real tokens with the case rules, errors for malformed files, and the
 * Indonesian morphology of src/lexicon/morph.h. */
#include <kabar/text.h>

#include "lexicon/compact.h"
#include "lexicon/english.h"
#include "lexicon/lexicon.h"
#include "lexicon/morph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "slurp.h"

#define ISO_JSON "/usr/share/iso-codes/json/iso_3166-1.json"

static int write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return -1;
  int ok = fputs(text, f) >= 0;
  return fclose(f) == 0 && ok ? 0 : -1;
}

/* ---- states ---- */

/* Every "alpha_3": "XXX" of the iso-codes file; returns how many. */
static size_t iso_codes(char codes[][4], size_t max) {
  char *json = slurp(ISO_JSON, NULL);
  CHECK(json != NULL);
  if (!json)
    return 0;
  size_t n = 0;
  const char *key = "\"alpha_3\"";
  for (const char *p = strstr(json, key); p; p = strstr(p + 1, key)) {
    const char *q = p + strlen(key);
    while (*q == ' ' || *q == ':')
      q++;
    if (*q != '"' || !q[1] || !q[2] || !q[3] || q[4] != '"') {
      CHECK(!"malformed alpha_3 value");
      continue;
    }
    if (n < max) {
      memcpy(codes[n], q + 1, 3);
      codes[n][3] = '\0';
    }
    n++;
  }
  free(json);
  return n;
}

static void test_states(const kabar_lexicon *lex) {
  static char codes[400][4];
  size_t n = iso_codes(codes, 400);
  CHECK_INT(n, 249);
  size_t found = 0;
  for (size_t i = 0; i < n && i < 400; i++) {
    const kabar_lex_entity *e = kabar_lexicon_state(lex, codes[i]);
    if (!e) {
      fprintf(stderr, "state %s not in the lexicon\n", codes[i]);
      CHECK(e != NULL);
      continue;
    }
    found++;
    CHECK_INT(e->type, KABAR_ENT_STATE);
    CHECK(e->label && e->label[0]);
    CHECK_STR(e->iso3, codes[i]);
    CHECK(!(e->flags & KABAR_LEX_FORMER));
  }
  CHECK_INT(found, 249);

  static const struct {
    const char *iso3, *label;
  } labels[] = {{"RUS", "Rusia"},   {"PRK", "Korea Utara"}, {"KOR", "Korea Selatan"},
                {"USA", "Amerika Serikat"}, {"CHN", "China"}, {"DEU", "Jerman"},
                {"NLD", "Belanda"}, {"JPN", "Jepang"},     {"SUN", "Uni Soviet"}};
  for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
    const kabar_lex_entity *e = kabar_lexicon_state(lex, labels[i].iso3);
    CHECK(e != NULL);
    if (e)
      CHECK_STR(e->label, labels[i].label);
  }
  const kabar_lex_entity *sun = kabar_lexicon_state(lex, "SUN");
  CHECK(sun && (sun->flags & KABAR_LEX_FORMER));
  CHECK(kabar_lexicon_state(lex, "XYZ") == NULL);
  CHECK(kabar_lexicon_state(lex, "rus") == NULL); /* codes are upper case */
  CHECK(kabar_lexicon_state(lex, NULL) == NULL);
  CHECK(kabar_lexicon_count(lex, KABAR_ENT_STATE) >= 249);
  CHECK(kabar_lexicon_count(lex, KABAR_ENT_PERSON) > 0);
  CHECK(kabar_lexicon_n_roles(lex) > 0);

  /* whole-name lookups: names are folded, not case-sensitive, except acronyms */
  const kabar_lex_entity *e = kabar_lexicon_lookup(lex, "Korut");
  CHECK(e && e->iso3 && strcmp(e->iso3, "PRK") == 0);
  e = kabar_lexicon_lookup(lex, "Tiongkok");
  CHECK(e && e->iso3 && strcmp(e->iso3, "CHN") == 0);
  e = kabar_lexicon_lookup(lex, "Moskow");
  CHECK(e && e->type == KABAR_ENT_PLACE && (e->flags & KABAR_LEX_METONYM) && e->iso3 &&
        strcmp(e->iso3, "RUS") == 0);
  CHECK(kabar_lexicon_lookup(lex, "Negeri Antah Berantah") == NULL);
}

/* ---- matching on tokens ---- */

typedef struct toks {
  kabar_doc *doc;
  char **compact;
} toks;

static toks tokenize(const char *text) {
  toks t = {NULL, NULL};
  kabar_error err;
  kabar_read_options opt = {0, 0, 0, NULL};
  CHECK_INT(kabar_doc_from_bytes("t.txt", text, strlen(text), &opt, NULL, &t.doc, &err),
            KABAR_OK);
  if (!t.doc)
    return t;
  t.compact = calloc(t.doc->n_tokens ? t.doc->n_tokens : 1, sizeof *t.compact);
  CHECK(t.compact != NULL);
  /* the compact key of each token's norm form, as the extractor builds it */
  for (size_t i = 0; t.compact && i < t.doc->n_tokens; i++) {
    kabar_buf b = {0};
    const char *n = t.doc->tokens[i].norm;
    CHECK_INT(kabar_compact_append(&b, n, strlen(n)), 0);
    t.compact[i] = b.data ? b.data : calloc(1, 1);
  }
  return t;
}

static void toks_free(toks *t) {
  for (size_t i = 0; t->doc && t->compact && i < t->doc->n_tokens; i++)
    free(t->compact[i]);
  free(t->compact);
  kabar_doc_free(t->doc);
}

/* The token index of the first token whose text is `word`. */
static size_t token_of(const toks *t, const char *word) {
  for (size_t i = 0; i < t->doc->n_tokens; i++) {
    const kabar_token *k = &t->doc->tokens[i];
    if (k->end - k->start == strlen(word) && memcmp(t->doc->text + k->start, word, strlen(word)) == 0)
      return i;
  }
  fprintf(stderr, "no token '%s'\n", word);
  CHECK(!"token not found");
  return (size_t)-1;
}

/* Matches an entity at the token `at` of `text`; checks the length and,
 * when n > 0, the label and type. */
static void expect_entity(const kabar_lexicon *lex, const char *text, const char *at, size_t want_n,
                          const char *label, kabar_entity_type type) {
  toks t = tokenize(text);
  if (!t.doc || !t.compact) {
    toks_free(&t);
    return;
  }
  size_t i = token_of(&t, at);
  if (i != (size_t)-1) {
    const kabar_lex_entity *e = NULL;
    size_t n = kabar_lexicon_match_entity(lex, t.doc->tokens, (const char *const *)t.compact, i,
                                          t.doc->n_tokens, &e);
    if (n != want_n)
      fprintf(stderr, "in \"%s\" at \"%s\":\n", text, at);
    CHECK_INT(n, want_n);
    if (n && want_n && e) {
      CHECK_STR(e->label, label);
      CHECK_INT(e->type, type);
    }
  }
  toks_free(&t);
}

static void expect_role(const kabar_lexicon *lex, const char *text, const char *at, size_t want_n,
                        const char *title, kabar_relation rel) {
  toks t = tokenize(text);
  if (!t.doc || !t.compact) {
    toks_free(&t);
    return;
  }
  size_t i = token_of(&t, at);
  if (i != (size_t)-1) {
    const kabar_lex_role *r = NULL;
    size_t n = kabar_lexicon_match_role(lex, t.doc->tokens, (const char *const *)t.compact, i,
                                        t.doc->n_tokens, &r);
    if (n != want_n)
      fprintf(stderr, "in \"%s\" at \"%s\":\n", text, at);
    CHECK_INT(n, want_n);
    if (n && want_n && r) {
      CHECK_STR(r->title, title);
      CHECK_INT(r->relation, rel);
    }
  }
  toks_free(&t);
}

static void test_matching(const kabar_lexicon *lex) {
  /* longest match */
  expect_entity(lex, "Pemimpin Korea Utara tiba di Moskow.", "Korea", 2, "Korea Utara",
                KABAR_ENT_STATE);
  expect_entity(lex, "Anggota Dewan Keamanan PBB bertemu.", "Dewan", 3, "Dewan Keamanan PBB",
                KABAR_ENT_ORGANIZATION);
  expect_entity(lex, "Anggota Dewan Keamanan PBB bertemu.", "PBB", 1, "Perserikatan Bangsa-Bangsa",
                KABAR_ENT_ORGANIZATION);
  expect_entity(lex, "Amerika Serikat dan Korea Selatan berlatih.", "Amerika", 2,
                "Amerika Serikat", KABAR_ENT_STATE);
  expect_entity(lex, "Delegasi Federasi Rusia tiba.", "Federasi", 2, "Rusia", KABAR_ENT_STATE);
  /* spelling variants through compact keys: "Jong-un" is one token */
  expect_entity(lex, "Pesan dari Kim Jong-un tiba.", "Kim", 2, "Kim Jong Un", KABAR_ENT_PERSON);
  expect_entity(lex, "Pesan dari Kim Jong Un tiba.", "Kim", 3, "Kim Jong Un", KABAR_ENT_PERSON);
  expect_entity(lex, "Pesan dari KIM JONG UN tiba.", "KIM", 3, "Kim Jong Un", KABAR_ENT_PERSON);
  /* acronyms are case-sensitive */
  expect_entity(lex, "Pejabat AS mengatakan itu.", "AS", 1, "Amerika Serikat", KABAR_ENT_STATE);
  expect_entity(lex, "Ia dikenal as pemimpin.", "as", 0, NULL, KABAR_ENT_STATE);
  expect_entity(lex, "Ia dikenal As pemimpin.", "As", 0, NULL, KABAR_ENT_STATE);
  expect_entity(lex, "Sidang PBB dimulai.", "PBB", 1, "Perserikatan Bangsa-Bangsa",
                KABAR_ENT_ORGANIZATION);
  expect_entity(lex, "Sidang pbb dimulai.", "pbb", 0, NULL, KABAR_ENT_ORGANIZATION);
  /* proper names need a capital; the rest of the name may vary in case */
  expect_entity(lex, "Ia mengunjungi rusia kemarin.", "rusia", 0, NULL, KABAR_ENT_STATE);
  expect_entity(lex, "Ia mengunjungi Rusia kemarin.", "Rusia", 1, "Rusia", KABAR_ENT_STATE);
  expect_entity(lex, "Ia mengunjungi korea utara.", "korea", 0, NULL, KABAR_ENT_STATE);
  /* agreements and events match in lower case */
  expect_entity(lex, "Mereka meninggalkan kesepakatan nuklir Iran pada Mei.", "kesepakatan", 3,
                "JCPOA", KABAR_ENT_AGREEMENT);
  /* a kind of agreement alone names none ("perjanjian kemitraan strategis") */
  expect_entity(lex, "Mereka menandatangani perjanjian kemitraan strategis pada Juni.",
                "perjanjian", 0, NULL, KABAR_ENT_AGREEMENT);
  expect_entity(lex, "Sejak perang dingin berakhir.", "perang", 2, "Perang Dingin",
                KABAR_ENT_EVENT);
  /* nothing known */
  expect_entity(lex, "Ia berkata begitu.", "berkata", 0, NULL, KABAR_ENT_STATE);

  /* role titles, longest first, any case */
  expect_role(lex, "Kata menteri luar negeri Jepang itu.", "menteri", 3, "menteri luar negeri",
              KABAR_REL_OFFICIAL_OF);
  expect_role(lex, "Kata Menteri Luar Negeri Jepang itu.", "Menteri", 3, "menteri luar negeri",
              KABAR_REL_OFFICIAL_OF);
  expect_role(lex, "Kata menteri Jepang itu.", "menteri", 1, "menteri", KABAR_REL_OFFICIAL_OF);
  expect_role(lex, "Kata wakil menteri luar negeri Jepang.", "wakil", 4,
              "wakil menteri luar negeri", KABAR_REL_OFFICIAL_OF);
  expect_role(lex, "Presiden Prancis tiba.", "Presiden", 1, "presiden", KABAR_REL_LEADER_OF);
  expect_role(lex, "Perdana Menteri Jepang tiba.", "Perdana", 2, "perdana menteri",
              KABAR_REL_LEADER_OF);
  expect_role(lex, "Ia tiba kemarin.", "tiba", 0, NULL, KABAR_REL_LEADER_OF);
}

/* ---- malformed files ---- */

static const char *const lexicon_files[] = {"states.tsv", "organizations.tsv", "people.tsv",
                                            "places.tsv", "cities.tsv", "events.tsv", "agreements.tsv",
                                            "roles.tsv", "honorifics.tsv"};
#define N_LEXICON_FILES (sizeof lexicon_files / sizeof lexicon_files[0])

/* A temporary copy of data/lexicon; returns 0 or -1. */
static int copy_lexicon(char *dir) {
  if (!mkdtemp(dir))
    return -1;
  for (size_t i = 0; i < N_LEXICON_FILES; i++) {
    char src[1024], dst[1024];
    snprintf(src, sizeof src, "%s/lexicon/%s", KABAR_DATA_DIR, lexicon_files[i]);
    snprintf(dst, sizeof dst, "%s/%s", dir, lexicon_files[i]);
    char *text = slurp(src, NULL);
    if (!text || write_file(dst, text) < 0) {
      free(text);
      return -1;
    }
    free(text);
  }
  return 0;
}

static void remove_lexicon(const char *dir) {
  for (size_t i = 0; i < N_LEXICON_FILES; i++) {
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", dir, lexicon_files[i]);
    unlink(p);
  }
  rmdir(dir);
}

/* Loads a copy of the lexicon with `file` replaced by `text` (or removed
 * when text is NULL) and expects KABAR_ERR_DATA with `where` ("file:line")
 * and `what` in the message. */
static void expect_bad(const char *file, const char *text, const char *where, const char *what) {
  char dir[] = "/tmp/kabar-test-lex-XXXXXX";
  CHECK_INT(copy_lexicon(dir), 0);
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  if (text)
    CHECK_INT(write_file(path, text), 0);
  else
    CHECK_INT(unlink(path), 0);
  kabar_lexicon *lex = NULL;
  kabar_error err;
  kabar_error_clear(&err);
  CHECK_INT(kabar_lexicon_load(dir, &lex, &err), KABAR_ERR_DATA);
  CHECK(lex == NULL);
  CHECK_INT(err.status, KABAR_ERR_DATA);
  if (!strstr(err.message, where) || !strstr(err.message, what))
    fprintf(stderr, "message \"%s\", want \"%s\" and \"%s\"\n", err.message, where, what);
  CHECK(strstr(err.message, where) != NULL);
  CHECK(strstr(err.message, what) != NULL);
  kabar_lexicon_free(lex);
  remove_lexicon(dir);
}

static void test_malformed(void) {
  /* the unchanged copy loads */
  char dir[] = "/tmp/kabar-test-lex-XXXXXX";
  CHECK_INT(copy_lexicon(dir), 0);
  kabar_lexicon *lex = NULL;
  kabar_error err;
  CHECK_INT(kabar_lexicon_load(dir, &lex, &err), KABAR_OK);
  CHECK(lex != NULL);
  kabar_lexicon_free(lex);
  remove_lexicon(dir);

  /* a relation that is not a role relation */
  expect_bad("roles.tsv",
             "title\trelation\tkind\n# comment\npresiden\tleaderOf\thead\n"
             "menteri\tvisited\tminister\n",
             "roles.tsv:4", "visited");
  expect_bad("roles.tsv", "title\trelation\tkind\npresiden\tleaderof\thead\n", "roles.tsv:2",
             "leaderof");
  /* a row without its relation column */
  expect_bad("roles.tsv", "title\trelation\tkind\npresiden\tleaderOf\thead\n\nmenteri\n",
             "roles.tsv:4", "relation");
  /* a header without a column */
  expect_bad("places.tsv", "label\tnames\tstate\tkind\nMoskow\t\tRUS\tcapital\n", "places.tsv:1",
             "metonym");
  /* an empty label */
  expect_bad("people.tsv",
             "label\tnames\tstate\trole\tfrom\tto\nVladimir Putin\tPutin\tRUS\tpresiden\t2000\t\n"
             "\tNobody\tRUS\tpresiden\t\t\n",
             "people.tsv:3", "label");
  expect_bad("states.tsv", "iso3\tlabel\tnames\tformer\nRUS\tRusia\t\t0\nXXA\t\t\t0\n",
             "states.tsv:3", "label");
  /* a missing file */
  expect_bad("events.tsv", NULL, "events.tsv", "events.tsv");
  /* an empty file: no header */
  expect_bad("agreements.tsv", "", "agreements.tsv", "header");

  CHECK_INT(kabar_lexicon_load("/nonexistent/kabar/lexicon", &lex, &err), KABAR_ERR_DATA);
  CHECK(strstr(err.message, "/nonexistent/kabar/lexicon/") != NULL);
  kabar_lexicon_free(NULL); /* a no-op */
}

/* ---- morphology ---- */

/* ---- English names (states.tsv's label_en, for the RDF export) ---- */

static void test_english(void) {
  kabar_error err;
  kabar_english_names *en = NULL;
  CHECK_INT(kabar_english_names_load(KABAR_DATA_DIR "/lexicon/states.tsv", &en, &err), KABAR_OK);
  CHECK_STR(kabar_english_name(en, "RUS"), "Russian Federation");
  CHECK_STR(kabar_english_name(en, "PRK"), "North Korea");
  CHECK_STR(kabar_english_name(en, "SUN"), "Union of Soviet Socialist Republics");
  CHECK(kabar_english_name(en, "XKX") == NULL); /* Kosovo: a code outside ISO */
  CHECK(kabar_english_name(en, "ZZZ") == NULL);
  CHECK(kabar_english_name(en, NULL) == NULL);
  kabar_english_names_free(en);

  /* a states table without the column is an error naming it */
  char dir[] = "/tmp/kabar-test-en-XXXXXX", path[1024];
  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/states.tsv", dir);
  CHECK_INT(write_file(path, "iso3\tlabel\tnames\tformer\nRUS\tRusia\t\t0\n"), 0);
  en = NULL;
  CHECK_INT(kabar_english_names_load(path, &en, &err), KABAR_ERR_DATA);
  CHECK(en == NULL && strstr(err.message, "label_en") != NULL);
  unlink(path);
  rmdir(dir);
}

static void expect_morph(kabar_morpher *m, const char *word, const char *root, kabar_form form,
                         int possessive) {
  kabar_morph out;
  memset(&out, 0, sizeof out);
  int found = kabar_morpher_analyze(m, word, strlen(word), &out);
  /* the rules alone (no cache, no Snowball stem) read these words the same */
  kabar_morph rules_out;
  const kabar_morpher *cm = m;
  int rules = kabar_morpher_analyze_rules(cm, word, strlen(word), &rules_out);
  CHECK_INT(rules, found);
  if (rules && found) {
    CHECK_STR(rules_out.root, out.root);
    CHECK_INT(rules_out.form, out.form);
    CHECK_INT(rules_out.possessive, out.possessive);
  }
  if (!root) {
    if (found)
      fprintf(stderr, "%s: analyzed as %s, want nothing\n", word, out.root);
    CHECK_INT(found, 0);
    return;
  }
  if (!found || strcmp(out.root, root) != 0 || out.form != form)
    fprintf(stderr, "%s: got %s form %d, want %s form %d\n", word, found ? out.root : "-",
            found ? (int)out.form : -1, root, (int)form);
  CHECK_INT(found, 1);
  if (!found)
    return;
  CHECK_STR(out.root, root);
  CHECK_INT(out.form, form);
  CHECK_INT(out.possessive, possessive);
}

static void test_morph(void) {
  static const char *const roots[] = {"kunjung", "dukung", "tuduh", "serang", "tentang",
                                      "kirim",   "temu",   "janji", "usul"};
  kabar_morpher *m = kabar_morpher_new();
  CHECK(m != NULL);
  if (!m)
    return;
  for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
    CHECK_INT(kabar_morpher_add_root(m, roots[i], 100 + i), 0);

  expect_morph(m, "mengunjungi", "kunjung", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "kunjungan", "kunjung", KABAR_FORM_NOUN, 0);
  expect_morph(m, "berkunjung", "kunjung", KABAR_FORM_BER, 0);
  expect_morph(m, "kunjungannya", "kunjung", KABAR_FORM_NOUN, 1);
  expect_morph(m, "dukungannya", "dukung", KABAR_FORM_NOUN, 1);
  expect_morph(m, "mendukung", "dukung", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "dituduh", "tuduh", KABAR_FORM_PASSIVE, 0);
  expect_morph(m, "menuduh", "tuduh", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "menyerang", "serang", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "serangan", "serang", KABAR_FORM_NOUN, 0);
  expect_morph(m, "diserang", "serang", KABAR_FORM_PASSIVE, 0);
  expect_morph(m, "menentang", "tentang", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "tentang", "tentang", KABAR_FORM_BASE, 0);
  expect_morph(m, "pengiriman", "kirim", KABAR_FORM_NOUN, 0);
  expect_morph(m, "mengirimkan", "kirim", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "mengirim", "kirim", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "dikirim", "kirim", KABAR_FORM_PASSIVE, 0);
  expect_morph(m, "pertemuan", "temu", KABAR_FORM_NOUN, 0);
  expect_morph(m, "bertemu", "temu", KABAR_FORM_BER, 0);
  expect_morph(m, "menemui", "temu", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "berjanji", "janji", KABAR_FORM_BER, 0);
  expect_morph(m, "mengusulkan", "usul", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "usulan", "usul", KABAR_FORM_NOUN, 0);
  /* meny- replaces an s: "menyusul" is built on susul, not on usul */
  expect_morph(m, "menyusul", NULL, KABAR_FORM_BASE, 0);
  /* words on no known root */
  expect_morph(m, "mengatakan", NULL, KABAR_FORM_BASE, 0);
  expect_morph(m, "rusia", NULL, KABAR_FORM_BASE, 0);
  expect_morph(m, "", NULL, KABAR_FORM_BASE, 0);
  /* cached answers are the same */
  expect_morph(m, "mengunjungi", "kunjung", KABAR_FORM_ACTIVE, 0);
  expect_morph(m, "menyusul", NULL, KABAR_FORM_BASE, 0);

  kabar_morph out;
  CHECK_INT(kabar_morpher_analyze(m, "dukungan", 8, &out), 1);
  CHECK_INT(out.root_value, 101);
  kabar_morpher_free(m);
}

int main(void) {
  kabar_lexicon *lex = NULL;
  kabar_error err;
  kabar_error_clear(&err);
  kabar_status st = kabar_lexicon_load(KABAR_DATA_DIR "/lexicon", &lex, &err);
  CHECK_INT(st, KABAR_OK);
  if (st != KABAR_OK) {
    fprintf(stderr, "%s\n", err.message);
    return check_done();
  }
  test_states(lex);
  test_matching(lex);
  kabar_lexicon_free(lex);
  test_malformed();
  test_english();
  test_morph();
  return check_done();
}
