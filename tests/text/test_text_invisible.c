/* SPDX-License-Identifier: MIT */
/* Invisible format characters (soft hyphen, ZWNJ, ZWJ, LRM, RLM, word
 * joiner, variation selector, bidi isolates) at the start, middle and end
 * of a document, alone and inside words, in text and HTML: no crash, no
 * token of their own, no split word, spans true to the text. And runs of
 * word characters longer than KABAR_MAX_TOKEN_BYTES. */
#include <kabar/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static const struct {
  const char *name;
  const char *utf8;
  const char *html; /* the same as an HTML reference */
} invisible[] = {
    {"U+00AD soft hyphen", "\xC2\xAD", "&shy;"},
    {"U+200C ZWNJ", "\xE2\x80\x8C", "&zwnj;"},
    {"U+200D ZWJ", "\xE2\x80\x8D", "&zwj;"},
    {"U+200E LRM", "\xE2\x80\x8E", "&lrm;"},
    {"U+200F RLM", "\xE2\x80\x8F", "&rlm;"},
    {"U+2060 word joiner", "\xE2\x81\xA0", "&#x2060;"},
    {"U+FE0F variation selector-16", "\xEF\xB8\x8F", "&#xFE0F;"},
    {"U+2066 LRI", "\xE2\x81\xA6", "&#x2066;"},
    {"U+034F combining grapheme joiner", "\xCD\x8F", "&#x34F;"},
};
enum { N_INVISIBLE = sizeof invisible / sizeof invisible[0] };

/* "%s" in `pattern` stands for the invisible character (up to four times). */
static char *fill(const char *pattern, const char *x) {
  static char buf[1024];
  snprintf(buf, sizeof buf, pattern, x, x, x, x);
  return buf;
}

static kabar_doc *read_doc(const char *name, const char *text, int html) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_read_options opt = {0, html, 0, NULL};
  kabar_status st = kabar_doc_from_bytes(name, text, strlen(text), &opt, NULL, &doc, &err);
  if (st != KABAR_OK)
    fprintf(stderr, "%s: %s\n", name, err.message);
  CHECK_INT(st, KABAR_OK);
  return doc;
}

static void token_is(const kabar_doc *doc, size_t i, const char *surface, const char *norm,
                     unsigned flags) {
  CHECK(i < doc->n_tokens);
  if (i >= doc->n_tokens)
    return;
  const kabar_token *t = &doc->tokens[i];
  char got[256];
  snprintf(got, sizeof got, "%.*s", (int)(t->end - t->start), doc->text + t->start);
  CHECK_STR(got, surface);
  CHECK_STR(t->norm, norm);
  CHECK_INT(t->flags, flags);
}

enum { W = KABAR_TOK_WORD, P = KABAR_TOK_PUNCT, CAP = KABAR_TOK_CAP };

/* The reported crash: "a X b\n", the character alone between two words as
 * the first thing that needs full normalisation. */
static void test_alone(const char *name, const char *x) {
  kabar_doc *doc = read_doc(name, fill("a %s b\n", x), 0);
  if (!doc)
    return;
  CHECK_INT(doc->n_tokens, 2);
  token_is(doc, 0, "a", "a", W);
  token_is(doc, 1, "b", "b", W);
  kabar_doc_free(doc);
}

/* A name split by the character stays one word; the span keeps it, the
 * norm drops it. At the start and end of the document and around the
 * stop it makes no token and is not part of a sentence. */
static void test_in_words(const char *name, const char *x) {
  char *text = fill("%sPresiden Vladi%smir Putin.%s\n%s", x);
  kabar_doc *doc = read_doc(name, text, 0);
  if (!doc)
    return;
  char vladimir[64];
  snprintf(vladimir, sizeof vladimir, "Vladi%smir", x);
  CHECK_INT(doc->n_tokens, 4);
  token_is(doc, 0, "Presiden", "presiden", W | CAP);
  token_is(doc, 1, vladimir, "vladimir", W | CAP);
  token_is(doc, 2, "Putin", "putin", W | CAP);
  token_is(doc, 3, ".", ".", P);
  CHECK_INT(doc->n_sentences, 1);
  if (doc->n_sentences == 1) {
    size_t xn = strlen(x);
    CHECK_INT(doc->sentences[0].start, xn);
    CHECK_INT(doc->sentences[0].end, xn + strlen("Presiden Vladimir Putin.") + xn);
  }
  kabar_doc_free(doc);

  /* Two sentences: the character after the stop does not stop the split. */
  doc = read_doc(name, fill("Putin tiba.%s Kim menyambutnya.%s", x), 0);
  if (doc) {
    CHECK_INT(doc->n_sentences, 2);
    CHECK_INT(doc->n_tokens, 6);
    kabar_doc_free(doc);
  }
}

static void test_html(const char *name, const char *ref) {
  char html[512];
  snprintf(html, sizeof html,
           "<html><body><p>%s Presiden Vladi%smir Putin%s.</p><p>%s</p></body></html>", ref, ref,
           ref, ref);
  kabar_doc *doc = read_doc(name, html, 1);
  if (!doc)
    return;
  CHECK_INT(doc->n_tokens, 4);
  token_is(doc, 0, "Presiden", "presiden", W | CAP);
  if (doc->n_tokens > 1) {
    const kabar_token *t = &doc->tokens[1];
    CHECK_STR(t->norm, "vladimir");
    CHECK(t->end - t->start > strlen("Vladimir")); /* the character is inside */
  }
  token_is(doc, 2, "Putin", "putin", W | CAP);
  token_is(doc, 3, ".", ".", P);
  kabar_doc_free(doc);
}

/* A document of nothing else is empty, like one of spaces. */
static void test_only(const char *name, const char *x) {
  char *text = fill("%s\n %s%s\n", x);
  kabar_doc *doc = NULL;
  kabar_error err;
  CHECK_INT(kabar_doc_from_bytes(name, text, strlen(text), NULL, NULL, &doc, &err),
            KABAR_ERR_INPUT);
  CHECK(doc == NULL);
  CHECK(strstr(err.message, "empty document") != NULL);
}

/* Zero-width space and U+FEFF stay spaces: they separate words. */
static void test_spaces(void) {
  kabar_doc *doc = read_doc("zwsp", "Vladi\xE2\x80\x8Bmir Pu\xEF\xBB\xBFtin", 0);
  if (doc) {
    CHECK_INT(doc->n_tokens, 4);
    kabar_doc_free(doc);
  }
}

/* Runs longer than KABAR_MAX_TOKEN_BYTES: one punctuation token with the
 * norm U+FFFC covering the run; a run of exactly the maximum is a word. */
static void test_long_runs(void) {
  size_t big = 10u << 20;
  char *text = malloc(big + 16);
  CHECK(text != NULL);
  if (!text)
    return;
  memcpy(text, "Kim ", 4);
  memset(text + 4, 'x', big);
  memcpy(text + 4 + big, " Putin.", 8);
  kabar_doc *doc = read_doc("long", text, 0);
  if (doc) {
    CHECK_INT(doc->n_tokens, 4);
    if (doc->n_tokens == 4) {
      CHECK_INT(doc->tokens[1].start, 4);
      CHECK_INT(doc->tokens[1].end, 4 + big);
      CHECK_STR(doc->tokens[1].norm, "\xEF\xBF\xBC");
      CHECK_INT(doc->tokens[1].flags, P);
    }
    token_is(doc, 2, "Putin", "putin", W | CAP);
    kabar_doc_free(doc);
  }
  /* Exactly the maximum, then one byte more; non-ASCII letters. */
  size_t n = KABAR_MAX_TOKEN_BYTES;
  memset(text, 'a', n);
  text[n] = '\0';
  doc = read_doc("max", text, 0);
  if (doc) {
    CHECK_INT(doc->n_tokens, 1);
    CHECK_INT(doc->tokens[0].flags, W);
    CHECK_INT(strlen(doc->tokens[0].norm), n);
    kabar_doc_free(doc);
  }
  text[n] = 'a';
  text[n + 1] = '\0';
  doc = read_doc("max+1", text, 0);
  if (doc) {
    CHECK_INT(doc->n_tokens, 1);
    CHECK_INT(doc->tokens[0].flags, P);
    kabar_doc_free(doc);
  }
  for (size_t i = 0; i < 200; i++)
    memcpy(text + 2 * i, "\xC3\xA9", 2); /* 400 bytes of e-acute */
  text[400] = '\0';
  doc = read_doc("long-utf8", text, 0);
  if (doc) {
    CHECK_INT(doc->n_tokens, 1);
    CHECK_STR(doc->tokens[0].norm, "\xEF\xBF\xBC");
    kabar_doc_free(doc);
  }
  free(text);
}

int main(void) {
  for (size_t i = 0; i < N_INVISIBLE; i++) {
    test_alone(invisible[i].name, invisible[i].utf8);
    test_in_words(invisible[i].name, invisible[i].utf8);
    test_html(invisible[i].name, invisible[i].html);
    test_only(invisible[i].name, invisible[i].utf8);
  }
  test_spaces();
  test_long_runs();
  return check_done();
}
