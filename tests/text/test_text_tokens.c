/* SPDX-License-Identifier: MIT */
/* Tokens: spans that map back to the exact bytes, norm folding, flags,
 * and the sentence/token bookkeeping on the bundled corpus. */
#include <kabar/text.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct {
  const char *surface; /* exact bytes of the token */
  const char *norm;
  unsigned flags;
} want_tok;

enum {
  W = KABAR_TOK_WORD,
  N = KABAR_TOK_NUMBER,
  P = KABAR_TOK_PUNCT,
  CAP = KABAR_TOK_CAP,
  UP = KABAR_TOK_UPPER,
  Q = KABAR_TOK_QUOTE
};

static void expect_tokens(const char *text, const want_tok *want, size_t n) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_read_options opt = {0, 0, 0, NULL};
  CHECK_INT(kabar_doc_from_bytes("t.txt", text, strlen(text), &opt, NULL, &doc, &err), KABAR_OK);
  if (!doc)
    return;
  if (doc->n_tokens != n)
    fprintf(stderr, "in \"%s\":\n", text);
  CHECK_INT(doc->n_tokens, n);
  for (size_t i = 0; i < n && i < doc->n_tokens; i++) {
    const kabar_token *t = &doc->tokens[i];
    char surface[128];
    snprintf(surface, sizeof surface, "%.*s", (int)(t->end - t->start), doc->text + t->start);
    CHECK_STR(surface, want[i].surface);
    CHECK_STR(t->norm, want[i].norm);
    if (t->flags != want[i].flags)
      fprintf(stderr, "token \"%s\":\n", surface);
    CHECK_INT(t->flags, want[i].flags);
  }
  kabar_doc_free(doc);
}

#define EXPECT(text, ...)                                                                          \
  do {                                                                                             \
    static const want_tok w_[] = {__VA_ARGS__};                                                    \
    expect_tokens(text, w_, sizeof w_ / sizeof w_[0]);                                             \
  } while (0)

static void test_words(void) {
  EXPECT("Kim Jong-un meluncurkan rudal-rudal ke AS.",
         {"Kim", "kim", W | CAP}, {"Jong-un", "jong-un", W | CAP},
         {"meluncurkan", "meluncurkan", W}, {"rudal-rudal", "rudal-rudal", W}, {"ke", "ke", W},
         {"AS", "as", W | CAP | UP}, {".", ".", P});
  EXPECT("PRESIDEN Rusia, iPhone, COVID-19 dan Hwasong-11.",
         {"PRESIDEN", "presiden", W | CAP | UP}, {"Rusia", "rusia", W | CAP}, {",", ",", P},
         {"iPhone", "iphone", W}, {",", ",", P}, {"COVID-19", "covid-19", W | CAP | UP},
         {"dan", "dan", W}, {"Hwasong-11", "hwasong-11", W | CAP}, {".", ".", P});
  /* Apostrophes inside a word, dotted abbreviations, a hyphen not between words. */
  EXPECT("Ma\xE2\x80\x99ruf Amin ke Washington D.C. - lalu a.n. Budi",
         {"Ma\xE2\x80\x99ruf", "ma'ruf", W | CAP}, {"Amin", "amin", W | CAP}, {"ke", "ke", W},
         {"Washington", "washington", W | CAP}, {"D.C.", "d.c.", W | CAP | UP}, {"-", "-", P},
         {"lalu", "lalu", W}, {"a.n.", "a.n.", W}, {"Budi", "budi", W | CAP});
}

static void test_numbers(void) {
  EXPECT("20.000 1,5 27/10 28/4/2025 1950-1953 1990-an 10:30 5G",
         {"20.000", "20.000", N}, {"1,5", "1,5", N}, {"27/10", "27/10", N},
         {"28/4/2025", "28/4/2025", N}, {"1950", "1950", N}, {"-", "-", P}, {"1953", "1953", N},
         {"1990-an", "1990-an", W}, {"10:30", "10:30", N}, {"5G", "5g", W | CAP});
  /* A trailing stop, comma or slash is not part of the number. */
  EXPECT("pada 2022. Senin (27/10), 20.000/",
         {"pada", "pada", W}, {"2022", "2022", N}, {".", ".", P}, {"Senin", "senin", W | CAP},
         {"(", "(", P}, {"27/10", "27/10", N}, {")", ")", P}, {",", ",", P},
         {"20.000", "20.000", N}, {"/", "/", P});
}

static void test_folding(void) {
  /* Typographic quotes and dashes fold to ASCII; case folds; offsets keep
   * the original bytes. */
  EXPECT("\xE2\x80\x9COperasi\xE2\x80\x9D \xE2\x80\x93 \xE2\x80\x94 \xE2\x80\x98" "a\xE2\x80\x99 "
         "\xC2\xAB" "b\xC2\xBB \xE2\x80\x9E" "c \xE2\x88\x92 JONG\xE2\x80\x90UN",
         {"\xE2\x80\x9C", "\"", P | Q}, {"Operasi", "operasi", W | CAP},
         {"\xE2\x80\x9D", "\"", P | Q}, {"\xE2\x80\x93", "-", P}, {"\xE2\x80\x94", "-", P},
         {"\xE2\x80\x98", "'", P | Q}, {"a", "a", W}, {"\xE2\x80\x99", "'", P | Q},
         {"\xC2\xAB", "\"", P | Q}, {"b", "b", W}, {"\xC2\xBB", "\"", P | Q},
         {"\xE2\x80\x9E", "\"", P | Q}, {"c", "c", W}, {"\xE2\x88\x92", "-", P},
         {"JONG\xE2\x80\x90UN", "jong-un", W | CAP | UP});
  /* An en dash between two capitalised words joins a pair like a hyphen;
   * between lower-case words or numbers it stays punctuation. */
  EXPECT("Jepang\xE2\x80\x93Korea kata\xE2\x80\x93kata 1950\xE2\x80\x93" "1953",
         {"Jepang\xE2\x80\x93Korea", "jepang-korea", W | CAP}, {"kata", "kata", W},
         {"\xE2\x80\x93", "-", P}, {"kata", "kata", W}, {"1950", "1950", N},
         {"\xE2\x80\x93", "-", P}, {"1953", "1953", N});
  /* NFC and Unicode case folding: decomposed e + acute composes, capitals
   * fold, sharp s folds to ss. NBSP separates tokens. */
  EXPECT("Cafe\xCC\x81 \xC3\x89" "COLE Stra\xC3\x9F" "e Rp\xC2\xA0" "500",
         {"Cafe\xCC\x81", "caf\xC3\xA9", W | CAP}, {"\xC3\x89" "COLE", "\xC3\xA9" "cole", W | CAP | UP},
         {"Stra\xC3\x9F" "e", "strasse", W | CAP}, {"Rp", "rp", W | CAP}, {"500", "500", N});
  /* ASCII quotes are quote tokens too. */
  EXPECT("\"kata\" 'dia'", {"\"", "\"", P | Q}, {"kata", "kata", W}, {"\"", "\"", P | Q},
         {"'", "'", P | Q}, {"dia", "dia", W}, {"'", "'", P | Q});
}

/* Every document of the corpus: tokens inside their sentences, in order,
 * contiguous per sentence, no spaces inside, norm never empty. */
static void test_corpus_invariants(void) {
  kabar_text_cues *cues = NULL;
  kabar_error err;
  CHECK_INT(kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &cues, &err), KABAR_OK);
  char **paths = NULL;
  size_t n = 0;
  CHECK_INT(kabar_list_inputs(KABAR_DATA_DIR "/corpus", &paths, &n, &err), KABAR_OK);
  CHECK_INT(n, 5);
  size_t total = 0;
  for (size_t p = 0; p < n; p++) {
    kabar_doc *doc = NULL;
    CHECK_INT(kabar_doc_read(paths[p], NULL, cues, &doc, &err), KABAR_OK);
    free(paths[p]);
    if (!doc)
      continue;
    size_t next_tok = 0, prev_end = 0;
    for (size_t s = 0; s < doc->n_sentences; s++) {
      const kabar_sentence *se = &doc->sentences[s];
      CHECK(se->start < se->end && se->end <= doc->len);
      CHECK(se->start >= prev_end);
      CHECK_INT(se->tok_begin, next_tok);
      CHECK(se->tok_begin < se->tok_end);
      /* trimmed */
      CHECK(doc->text[se->start] != ' ' && doc->text[se->end - 1] != ' ');
      if (se->tok_begin < se->tok_end) {
        CHECK_INT(doc->tokens[se->tok_begin].start, se->start);
        CHECK_INT(doc->tokens[se->tok_end - 1].end, se->end);
      }
      for (size_t t = se->tok_begin; t < se->tok_end && t < doc->n_tokens; t++) {
        const kabar_token *tk = &doc->tokens[t];
        CHECK(tk->start < tk->end && tk->start >= se->start && tk->end <= se->end);
        if (t > se->tok_begin)
          CHECK(tk->start >= doc->tokens[t - 1].end);
        CHECK(memchr(doc->text + tk->start, ' ', tk->end - tk->start) == NULL);
        CHECK(tk->norm && tk->norm[0]);
        total++;
      }
      next_tok = se->tok_end;
      prev_end = se->end;
    }
    CHECK_INT(next_tok, doc->n_tokens);
    kabar_doc_free(doc);
  }
  free(paths);
  CHECK(total > 2000);
  kabar_text_cues_free(cues);
}

int main(void) {
  test_words();
  test_numbers();
  test_folding();
  test_corpus_invariants();
  return check_done();
}
