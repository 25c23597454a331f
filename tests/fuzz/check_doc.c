/* SPDX-License-Identifier: MIT */
/* What text.h promises about a document, checked after every read. */
#include "support.h"

#include <kabar/text.h>

#include <string.h>

static void check_utf8(const char *what, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t len = fuzz_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (!len || cp == 0)
      fuzz_fail("%s: not UTF-8 at byte %zu", what, i);
    i += len;
  }
}

static void check_tokens(const kabar_doc *doc) {
  for (size_t i = 0; i < doc->n_tokens; i++) {
    const kabar_token *t = &doc->tokens[i];
    if (t->start >= t->end || t->end > doc->len)
      fuzz_fail("token %zu: span [%zu, %zu) not inside the text of %zu bytes", i, t->start, t->end,
                doc->len);
    if (i > 0 && t->start < doc->tokens[i - 1].end)
      fuzz_fail("token %zu starts at %zu, before token %zu ends (%zu)", i, t->start, i - 1,
                doc->tokens[i - 1].end);
    if (!t->norm)
      fuzz_fail("token %zu has no norm", i);
    check_utf8("a token's norm", t->norm, strlen(t->norm));
  }
}

static void check_sentences(const kabar_doc *doc) {
  size_t next_token = 0;
  for (size_t i = 0; i < doc->n_sentences; i++) {
    const kabar_sentence *s = &doc->sentences[i];
    if (s->start > s->end || s->end > doc->len)
      fuzz_fail("sentence %zu: span [%zu, %zu) not inside the text", i, s->start, s->end);
    if (s->tok_begin > s->tok_end || s->tok_end > doc->n_tokens)
      fuzz_fail("sentence %zu: tokens [%zu, %zu) of %zu", i, s->tok_begin, s->tok_end,
                doc->n_tokens);
    if (s->tok_begin < next_token)
      fuzz_fail("sentence %zu: its tokens overlap the sentence before", i);
    if (i > 0 && (s->start < doc->sentences[i - 1].end || s->paragraph < doc->sentences[i - 1].paragraph))
      fuzz_fail("sentence %zu: starts before the sentence before ends", i);
    if ((unsigned)s->kind > KABAR_SENT_BOILERPLATE)
      fuzz_fail("sentence %zu: kind %d", i, (int)s->kind);
    for (size_t k = s->tok_begin; k < s->tok_end; k++)
      if (doc->tokens[k].start < s->start || doc->tokens[k].end > s->end)
        fuzz_fail("sentence %zu [%zu, %zu) does not cover its token %zu [%zu, %zu)", i, s->start,
                  s->end, k, doc->tokens[k].start, doc->tokens[k].end);
    next_token = s->tok_end;
  }
}

void fuzz_check_doc(const kabar_doc *doc) {
  if (!doc->text || doc->text[doc->len] != '\0')
    fuzz_fail("the text is not NUL-terminated at its length");
  check_utf8("the text", doc->text, doc->len);
  if (doc->title)
    check_utf8("the title", doc->title, strlen(doc->title));
  check_tokens(doc);
  check_sentences(doc);
}
