/* SPDX-License-Identifier: MIT */
/* Lines, boilerplate marks, sentences.
 *
 * Every line (a paragraph in plain text, a block in HTML) is looked at on
 * its own; sentences never cross a line break. A line is first matched
 * against the cues (data/boilerplate.tsv): a match marks the whole line as
 * one sentence of that kind, or splits a trailing agency tag off as its own
 * boilerplate sentence. Otherwise short lines without a final stop and
 * one-sentence questions are headings, and the rest is running text, split
 * at . ! ? and ... followed by a space and an upper-case letter, digit,
 * opening quote or bracket, unless the dot ends an abbreviation or an
 * initial. */
#include "text_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/grow.h"
#include "common/try.h"

enum { DEFAULT_HEADING_MAX = 12, DEFAULT_QUESTION_MAX = 20, DEFAULT_CAPTION_MAX = 12 };

typedef struct seg {
  kabar_doc *doc;
  const unsigned char *s;
  const kabar_text_cues *cues;
  kabar_tok_scratch sc;
  size_t sent_cap;
  size_t paragraph;
} seg;

static inline int32_t cp_at(const unsigned char *s, size_t i, size_t end, size_t *len) {
  int32_t cp;
  if (s[i] < 0x80) {
    *len = 1;
    return s[i];
  }
  *len = kabar_u8_decode(s + i, end - i, &cp);
  return cp;
}

static inline int32_t cp_before(const unsigned char *s, size_t i, size_t *start) {
  size_t j = kabar_u8_prev(s, i);
  int32_t cp;
  kabar_u8_decode(s + j, i - j, &cp);
  *start = j;
  return cp;
}

/* Spaces and the invisible format characters around them: a sentence
 * neither starts nor ends with a LRM or soft hyphen. */
static int is_blank(int32_t cp) { return kabar_cp_is_space(cp) || kabar_cp_is_ignorable(cp); }

static void trim(const unsigned char *s, size_t *a, size_t *b) {
  size_t len;
  while (*a < *b && is_blank(cp_at(s, *a, *b, &len)))
    *a += len;
  while (*b > *a) {
    size_t j;
    if (!is_blank(cp_before(s, *b, &j)))
      break;
    *b = j;
  }
}

static size_t count_words(const unsigned char *s, size_t a, size_t b) {
  size_t n = 0, len;
  int in = 0;
  for (size_t i = a; i < b; i += len) {
    int32_t cp = cp_at(s, i, b, &len);
    if (kabar_cp_is_ignorable(cp))
      continue; /* neither a word nor a gap */
    int sp = kabar_cp_is_space(cp);
    if (!sp && !in)
      n++;
    in = !sp;
  }
  return n;
}

static int is_closer(int32_t cp) { return cp == ')' || cp == ']' || kabar_cp_is_close_quote(cp); }
static int is_terminator(int32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

/* How a line ends, ignoring closing quotes and brackets. */
enum line_end { END_STOP, END_OPEN, END_OTHER };
static enum line_end line_end(const unsigned char *s, size_t a, size_t b) {
  while (b > a) {
    size_t j;
    int32_t cp = cp_before(s, b, &j);
    if (is_closer(cp) || kabar_cp_is_ignorable(cp)) {
      b = j;
      continue;
    }
    if (is_terminator(cp))
      return END_STOP;
    if (cp == ',' || cp == ';' || cp == ':' || cp == '-' || cp == 0x2013 || cp == 0x2014)
      return END_OPEN;
    return END_OTHER;
  }
  return END_OTHER;
}

static size_t setting(size_t v, size_t def) { return v ? v : def; }

static int title_like(const seg *g, size_t a, size_t b) {
  size_t max = setting(g->cues ? g->cues->heading_max_words : 0, DEFAULT_HEADING_MAX);
  return line_end(g->s, a, b) == END_OTHER && count_words(g->s, a, b) <= max;
}

static kabar_status push_sentence(seg *g, size_t a, size_t b, size_t tb, size_t te,
                                  kabar_sentence_kind kind) {
  kabar_doc *doc = g->doc;
  if (kabar_grow((void **)&doc->sentences, &g->sent_cap, doc->n_sentences,
                 sizeof *doc->sentences) < 0)
    return KABAR_ERR_NOMEM;
  kabar_sentence *se = &doc->sentences[doc->n_sentences++];
  se->start = a;
  se->end = b;
  se->tok_begin = tb;
  se->tok_end = te;
  se->paragraph = g->paragraph;
  se->kind = kind;
  return KABAR_OK;
}

/* Where a run of tokens [tb, te) longer than KABAR_MAX_SENTENCE_TOKENS is
 * cut first: after the last , ; or : in the second half of the first
 * KABAR_MAX_SENTENCE_TOKENS tokens, else after exactly that many. */
static size_t cut_point(const kabar_doc *doc, size_t tb) {
  size_t limit = tb + KABAR_MAX_SENTENCE_TOKENS;
  for (size_t t = limit; t > tb + KABAR_MAX_SENTENCE_TOKENS / 2; t--) {
    const kabar_token *k = &doc->tokens[t - 1];
    if ((k->flags & KABAR_TOK_PUNCT) && k->end - k->start == 1 &&
        (doc->text[k->start] == ',' || doc->text[k->start] == ';' || doc->text[k->start] == ':'))
      return t;
  }
  return limit;
}

static kabar_status emit(seg *g, size_t a, size_t b, kabar_sentence_kind kind) {
  trim(g->s, &a, &b);
  if (a >= b)
    return KABAR_OK;
  kabar_doc *doc = g->doc;
  size_t tb = doc->n_tokens;
  kabar_status st = kabar_tokenize_span(doc, &g->sc, a, b);
  if (st != KABAR_OK)
    return st;
  size_t te = doc->n_tokens;
  while (te - tb > KABAR_MAX_SENTENCE_TOKENS) { /* see KABAR_MAX_SENTENCE_TOKENS */
    size_t cut = cut_point(doc, tb);
    if ((st = push_sentence(g, a, doc->tokens[cut - 1].end, tb, cut, kind)) != KABAR_OK)
      return st;
    tb = cut;
    a = doc->tokens[cut].start;
  }
  return push_sentence(g, a, b, tb, te, kind);
}

/* ---- abbreviations ---- */

/* Whether the '.' at s[dot] ends an abbreviation or initial that must not
 * end a sentence before the code point `next` (which starts the next word). */
static int keeps_going(const seg *g, size_t line_start, size_t sent_start, size_t dot, int32_t next) {
  const unsigned char *s = g->s;
  size_t w = dot;
  while (w > line_start) {
    size_t j;
    int32_t cp = cp_before(s, w, &j);
    if (kabar_cp_is_space(cp) || cp == '(' || cp == '[' || kabar_cp_is_open_quote(cp))
      break;
    w = j;
  }
  if (w == dot)
    return 0;
  size_t n = dot - w; /* word without the dot */
  size_t len;
  int32_t first = cp_at(s, w, dot, &len);
  /* An initial: one upper-case letter ("George W. Bush"). */
  if (len == n && kabar_cp_is_upper(first))
    return 1;
  /* An enumerator at the start of a sentence: "1." "a." */
  if (w == sent_start && n <= 2) {
    int digits = 1;
    for (size_t i = w; i < dot; i++)
      digits &= s[i] >= '0' && s[i] <= '9';
    if (digits || (n == 1 && kabar_cp_is_letter(first)))
      return 1;
  }
  /* A dotted abbreviation: groups of at most three letters ("D.C.", "a.n."). */
  if (memchr(s + w, '.', n)) {
    size_t g_len = 0;
    int ok = 1;
    for (size_t i = w; i < dot && ok; i++) {
      if (s[i] == '.') {
        ok = g_len >= 1;
        g_len = 0;
      } else if (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) {
        ok = ++g_len <= 3;
      } else
        ok = 0;
    }
    if (ok && g_len >= 1)
      return 1;
  }
  if (g->cues && g->cues->abbrev) {
    size_t kind;
    if (kabar_strmap_get(g->cues->abbrev, (const char *)s + w, n + 1, &kind)) {
      if (kind == ABBREV_NO_SPLIT)
        return 1;
      /* "dll." may end a sentence, but only before a capitalised word. */
      return !kabar_cp_is_upper(next);
    }
  }
  return 0;
}

/* Splits running text [a, b) into sentences of `kind`; returns the count. */
static kabar_status split_text(seg *g, size_t a, size_t b, kabar_sentence_kind kind, size_t *count) {
  const unsigned char *s = g->s;
  kabar_status st = KABAR_OK;
  size_t sent = a, i = a, before = g->doc->n_sentences;
  while (i < b) {
    unsigned c = s[i];
    size_t len;
    int32_t cp;
    if (c == '.' || c == '!' || c == '?' || (c == 0xE2 && i + 2 < b && s[i + 1] == 0x80 && s[i + 2] == 0xA6)) {
      size_t term = i;
      size_t j = i;
      int dots = 0;
      while (j < b && is_terminator(cp = cp_at(s, j, b, &len))) {
        dots += cp == '.';
        j += len;
      }
      int single_dot = dots == 1 && j == term + 1;
      while (j < b && (is_closer(cp = cp_at(s, j, b, &len)) || kabar_cp_is_ignorable(cp)))
        j += len;
      if (j >= b)
        break;
      cp = cp_at(s, j, b, &len);
      if (!kabar_cp_is_space(cp)) {
        i = j;
        continue;
      }
      size_t k = j;
      while (k < b && is_blank(cp = cp_at(s, k, b, &len)))
        k += len;
      if (k >= b)
        break;
      int32_t next = cp_at(s, k, b, &len);
      int ok = kabar_cp_is_upper(next) || (next >= '0' && next <= '9') || kabar_cp_is_open_quote(next);
      if (!ok && (next == '(' || next == '[') && k + len < b) {
        size_t l2;
        int32_t n2 = cp_at(s, k + len, b, &l2);
        ok = kabar_cp_is_upper(n2) || (n2 >= '0' && n2 <= '9');
      }
      if (ok && single_dot && keeps_going(g, a, sent, term, next))
        ok = 0;
      if (ok) {
        TRY(emit(g, sent, j, kind));
        sent = k;
      }
      i = k;
      continue;
    }
    i++;
  }
  TRY(emit(g, sent, b, kind));
  *count = g->doc->n_sentences - before;
done:
  return st;
}

/* ---- cues ---- */

/* Matches a tag pattern against [a, b) in full: '*' stands for a code of
 * ASCII letters, digits and hyphens that starts with a letter (greedy);
 * other characters match themselves, ignoring ASCII case. */
static int tag_match(const char *p, size_t pn, const unsigned char *s, size_t a, size_t b) {
  size_t i = a;
  for (size_t k = 0; k < pn; k++) {
    if (p[k] == '*') {
      if (i >= b || !(((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
        return 0;
      while (i < b && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
                       (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
        i++;
      continue;
    }
    if (i >= b || !kabar_ascii_ncaseeq(p + k, (const char *)s + i, 1))
      return 0;
    i++;
  }
  return i == b;
}

typedef struct line_mark {
  int whole;                /* the whole line is one sentence of `kind` */
  kabar_sentence_kind kind;
  size_t tag;               /* start of a trailing boilerplate tag, or the line end */
} line_mark;

static line_mark mark_line(const seg *g, size_t a, size_t b) {
  line_mark m = {0, KABAR_SENT_TEXT, b};
  const kabar_text_cues *cues = g->cues;
  const unsigned char *s = g->s;
  if (!cues)
    return m;
  size_t n = b - a;
  /* The last parenthesised group, when the line ends with one. */
  size_t paren = b, inner_a = b, inner_b = b;
  if (s[b - 1] == ')') {
    const unsigned char *p = s + b - 1;
    while (p > s + a && *p != '(')
      p--;
    if (*p == '(') {
      paren = (size_t)(p - s);
      inner_a = paren + 1;
      inner_b = b - 1;
      trim(s, &inner_a, &inner_b);
    }
  }
  /* The last chunk after a space, and a bracketed tail glued to a word. */
  size_t chunk = b;
  while (chunk > a && !(s[chunk - 1] == ' ' || s[chunk - 1] == '\t'))
    chunk--;
  size_t glued = b;
  for (size_t i = b; i > chunk; i--)
    if (s[i - 1] == '(' || s[i - 1] == '[') {
      glued = i - 1;
      break;
    }
  size_t caption_max = setting(cues->caption_max_words, DEFAULT_CAPTION_MAX);
  for (size_t c = 0; c < cues->n_cues; c++) {
    const kabar_cue *cue = &cues->cues[c];
    switch (cue->match) {
    case CUE_LINE:
      if (n == cue->len && kabar_ascii_ncaseeq((const char *)s + a, cue->pattern, n))
        return (line_mark){1, cue->kind, b};
      break;
    case CUE_PREFIX:
      if (n >= cue->len && kabar_ascii_ncaseeq((const char *)s + a, cue->pattern, cue->len))
        return (line_mark){1, cue->kind, b};
      break;
    case CUE_SHORT_PREFIX:
      if (n >= cue->len && kabar_ascii_ncaseeq((const char *)s + a, cue->pattern, cue->len) &&
          title_like(g, a, b))
        return (line_mark){1, cue->kind, b};
      break;
    case CUE_PAREN_PREFIX:
      if (paren < b && inner_b - inner_a >= cue->len &&
          kabar_ascii_ncaseeq((const char *)s + inner_a, cue->pattern, cue->len))
        return (line_mark){1, cue->kind, b};
      break;
    case CUE_CREDIT:
      if (paren < b && inner_b - inner_a == cue->len &&
          kabar_ascii_ncaseeq((const char *)s + inner_a, cue->pattern, cue->len)) {
        size_t pa = a, pb = paren;
        trim(s, &pa, &pb);
        if (pa == pb)
          return (line_mark){1, KABAR_SENT_BOILERPLATE, b};
        /* A short line with a credit is a photo caption; at the end of a
         * long paragraph the credit is only the agency's tag. */
        if (count_words(s, pa, pb) <= caption_max)
          return (line_mark){1, cue->kind, b};
        if (m.tag == b)
          m.tag = paren;
      }
      break;
    case CUE_TAG:
      if (tag_match(cue->pattern, cue->len, s, chunk, b)) {
        if (chunk == a)
          return (line_mark){1, cue->kind, b};
        if (m.tag == b)
          m.tag = chunk;
      } else if (glued < b && tag_match(cue->pattern, cue->len, s, glued, b)) {
        if (m.tag == b)
          m.tag = glued;
      }
      break;
    }
  }
  return m;
}

static kabar_status do_line(seg *g, size_t a, size_t b, int first_line, int html_heading) {
  kabar_status st = KABAR_OK;
  kabar_doc *doc = g->doc;
  line_mark m = mark_line(g, a, b);
  if (m.whole)
    return emit(g, a, b, m.kind);
  size_t ma = a, mb = m.tag;
  trim(g->s, &ma, &mb);
  if (ma < mb) {
    size_t qmax = setting(g->cues ? g->cues->question_max_words : 0, DEFAULT_QUESTION_MAX);
    int32_t first = 0;
    size_t len;
    first = cp_at(g->s, ma, mb, &len);
    if (html_heading) {
      TRY(emit(g, ma, mb, KABAR_SENT_HEADING));
    } else if (first_line && !doc->is_html && line_end(g->s, ma, mb) == END_OTHER) {
      /* A plain text file's first line without a final stop is its title. */
      TRY(emit(g, ma, mb, KABAR_SENT_HEADING));
      if (!doc->title) {
        doc->title = malloc(mb - ma + 1);
        TRY_ALLOC(doc->title);
        memcpy(doc->title, doc->text + ma, mb - ma);
        doc->title[mb - ma] = '\0';
      }
    } else if (title_like(g, ma, mb)) {
      TRY(emit(g, ma, mb, KABAR_SENT_HEADING));
    } else {
      size_t before = doc->n_sentences, count = 0;
      TRY(split_text(g, ma, mb, KABAR_SENT_TEXT, &count));
      /* A line that is one short question is a sub-heading. */
      if (count == 1 && g->s[mb - 1] == '?' && !kabar_cp_is_quote(first) &&
          count_words(g->s, ma, mb) <= qmax)
        doc->sentences[before].kind = KABAR_SENT_HEADING;
    }
  }
  if (m.tag < b)
    TRY(emit(g, m.tag, b, KABAR_SENT_BOILERPLATE));
done:
  return st;
}

kabar_status kabar_segment_doc(kabar_doc *doc, const kabar_text_cues *cues,
                               const kabar_span *headings, size_t n_headings, kabar_error *err) {
  kabar_status st = KABAR_OK;
  seg g = {0};
  g.doc = doc;
  g.s = (const unsigned char *)doc->text;
  g.cues = cues;
  g.sc.tok_cap = 0;
  const unsigned char *s = g.s;
  size_t n = doc->len, i = 0, h = 0;
  int first = 1;
  while (i < n) {
    /* A line ends at \n, \r (so \r\n too), U+2028 or U+2029. */
    size_t e = i;
    while (e < n) {
      unsigned c = s[e];
      if (c == '\n' || c == '\r')
        break;
      if (c == 0xE2 && e + 2 < n && s[e + 1] == 0x80 && (s[e + 2] == 0xA8 || s[e + 2] == 0xA9))
        break;
      e++;
    }
    size_t next = e;
    if (next < n)
      next += s[next] == 0xE2 ? 3 : 1;
    size_t a = i, b = e;
    trim(s, &a, &b);
    if (a < b) {
      while (h < n_headings && headings[h].end <= a)
        h++;
      int is_heading = h < n_headings && headings[h].start <= a;
      TRY(do_line(&g, a, b, first, is_heading));
      first = 0;
      g.paragraph++;
    }
    i = next;
  }
done:
  kabar_tok_scratch_free(&g.sc);
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", doc->path ? doc->path : doc->name);
  return st;
}
