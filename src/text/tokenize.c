/* SPDX-License-Identifier: MIT */
/* Tokens with byte offsets and a matching form (NFC, case-folded, quotes
 * and dashes folded to ASCII).
 *
 * A word is a run of letters, marks and digits; an inner hyphen (- U+2010
 * U+2011) or apostrophe (' U+2019 U+02BC) between word characters keeps it
 * whole ("Jong-un", "rudal-rudal", "COVID-19", "Ma'ruf"; an en dash only between
 * capitalised words: "Jepang–Korea"), and so do the dots
 * of a dotted abbreviation of one- or two-letter groups ("D.C.", "a.n.").
 * A number starts with a digit and keeps inner . , / : between digits
 * ("20.000", "1,5", "27/10", "28/4/2025"); a hyphen between two numbers is
 * its own token ("1950-1953" is 1950, -, 1953) but a hyphen before letters
 * continues it as a word ("1990-an"). Every other character that is not a
 * space is a one-character punctuation token.
 *
 * Invisible format characters (kabar_cp_is_ignorable: soft hyphen, ZWJ,
 * LRM, word joiner, variation selectors, ...) are transparent, as in the
 * Unicode word break rules: between two word characters they stay inside
 * the word's span (the norm drops them), anywhere else they are skipped
 * like spaces, so they never make a token of their own.
 *
 * A word or number run longer than KABAR_MAX_TOKEN_BYTES is one punctuation
 * token with the norm U+FFFC: it is scanned once and never normalised, so a
 * 10 MB run without spaces costs one token. */
#include "text_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "common/try.h"

enum { PACK_BLOCK = 16384, SCRATCH_MIN = 64 };

/* The norm of an over-long run: U+FFFC OBJECT REPLACEMENT CHARACTER. */
static const char long_run_norm[] = "\xEF\xBF\xBC";

/* Static one-byte norm strings for ASCII punctuation ("owned" by no one,
 * valid for the life of the process). */
static const char ascii_norm[128][2] = {
#define R16(b) {b + 0}, {b + 1}, {b + 2}, {b + 3}, {b + 4}, {b + 5}, {b + 6}, {b + 7}, \
    {b + 8}, {b + 9}, {b + 10}, {b + 11}, {b + 12}, {b + 13}, {b + 14}, {b + 15}
    R16(0), R16(16), R16(32), R16(48), R16(64), R16(80), R16(96), R16(112)
#undef R16
};

void kabar_tok_scratch_free(kabar_tok_scratch *sc) {
  if (sc) {
    free(sc->buf);
    sc->buf = NULL;
    sc->cap = 0;
  }
}

static char *pack_alloc(kabar_doc *doc, kabar_tok_scratch *sc, size_t n);

static utf8proc_int32_t fold_cb(utf8proc_int32_t cp, void *data) {
  (void)data;
  return kabar_cp_fold_punct(cp);
}

static const utf8proc_option_t norm_options =
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;

/* Makes room for cap code points plus the NUL utf8proc_reencode writes. */
static int scratch_reserve(kabar_tok_scratch *sc, size_t cap) {
  int32_t *nb = realloc(sc->buf, (cap + 1) * sizeof *nb);
  if (!nb)
    return -1;
  sc->buf = nb;
  sc->cap = cap;
  return 0;
}

/* The norm of a non-ASCII span, in the arena. The span never consists of
 * ignorable code points only, but the buffer exists before the first call
 * anyway: utf8proc_reencode writes its NUL even after 0 code points. */
static const char *norm_unicode(kabar_doc *doc, kabar_tok_scratch *sc, const char *s, size_t n) {
  if (!sc->buf && scratch_reserve(sc, SCRATCH_MIN) < 0)
    return NULL;
  for (;;) {
    utf8proc_ssize_t got = utf8proc_decompose_custom((const utf8proc_uint8_t *)s,
                                                     (utf8proc_ssize_t)n, sc->buf,
                                                     (utf8proc_ssize_t)sc->cap, norm_options,
                                                     fold_cb, NULL);
    if (got < 0)
      return kabar_arena_strndup(doc->arena, s, n); /* cannot happen on valid text */
    if ((size_t)got <= sc->cap) {
      utf8proc_ssize_t bytes = utf8proc_reencode(sc->buf, got, norm_options);
      if (bytes < 0)
        return kabar_arena_strndup(doc->arena, s, n);
      char *p = pack_alloc(doc, sc, (size_t)bytes + 1);
      if (p) {
        memcpy(p, sc->buf, (size_t)bytes);
        p[bytes] = '\0';
      }
      return p;
    }
    if (scratch_reserve(sc, (size_t)got * 2 + 16) < 0)
      return NULL;
  }
}

/* Room for n bytes of norm strings, packed without alignment in blocks
 * taken from the document's arena (most norms are a few bytes long). */
static char *pack_alloc(kabar_doc *doc, kabar_tok_scratch *sc, size_t n) {
  if (n > sc->pack_left) {
    if (n > PACK_BLOCK / 4)
      return kabar_arena_alloc(doc->arena, n);
    sc->pack = kabar_arena_alloc(doc->arena, PACK_BLOCK);
    if (!sc->pack) {
      sc->pack_left = 0;
      return NULL;
    }
    sc->pack_left = PACK_BLOCK;
  }
  char *p = sc->pack;
  sc->pack += n;
  sc->pack_left -= n;
  return p;
}

static const char *make_norm(kabar_doc *doc, kabar_tok_scratch *sc, size_t a, size_t b, int ascii) {
  const char *s = doc->text + a;
  size_t n = b - a;
  if (ascii) {
    if (n == 1 && !(((unsigned char)s[0] | 0x20) >= 'a' && ((unsigned char)s[0] | 0x20) <= 'z'))
      return ascii_norm[(unsigned char)s[0]];
    char *p = pack_alloc(doc, sc, n + 1);
    if (p) {
      for (size_t i = 0; i < n; i++) {
        char c = s[i];
        p[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
      }
      p[n] = '\0';
    }
    return p;
  }
  if (n <= 3) { /* a folded quote or dash is a static ASCII string */
    int32_t cp;
    size_t k = kabar_u8_decode((const unsigned char *)s, n, &cp);
    if (k == n) {
      int32_t f = kabar_cp_fold_punct(cp);
      if (f < 0x80)
        return ascii_norm[f];
    }
  }
  return norm_unicode(doc, sc, s, n);
}

static kabar_status reserve_token(kabar_doc *doc, kabar_tok_scratch *sc) {
  if (doc->n_tokens == sc->tok_cap) {
    /* News text has a token every six bytes or so: reserve that at once. */
    size_t cap = sc->tok_cap ? sc->tok_cap * 2 : doc->len / 6 + 64;
    kabar_token *nt = realloc(doc->tokens, cap * sizeof *nt);
    if (!nt)
      return KABAR_ERR_NOMEM;
    doc->tokens = nt;
    sc->tok_cap = cap;
  }
  return KABAR_OK;
}

static kabar_status push_token(kabar_doc *doc, kabar_tok_scratch *sc, size_t a, size_t b,
                               unsigned flags, int ascii) {
  kabar_status st = reserve_token(doc, sc);
  if (st != KABAR_OK)
    return st;
  const char *norm = make_norm(doc, sc, a, b, ascii);
  if (!norm)
    return KABAR_ERR_NOMEM;
  kabar_token *t = &doc->tokens[doc->n_tokens++];
  t->start = a;
  t->end = b;
  t->norm = norm;
  t->flags = flags;
  return KABAR_OK;
}

static kabar_status push_long_run(kabar_doc *doc, kabar_tok_scratch *sc, size_t a, size_t b) {
  kabar_status st = reserve_token(doc, sc);
  if (st != KABAR_OK)
    return st;
  kabar_token *t = &doc->tokens[doc->n_tokens++];
  t->start = a;
  t->end = b;
  t->norm = long_run_norm;
  t->flags = KABAR_TOK_PUNCT;
  return KABAR_OK;
}

static inline int is_ascii_alpha(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline int is_ascii_digit(unsigned c) { return c >= '0' && c <= '9'; }

/* Length of a dotted abbreviation ("D.C.", "a.n.", "S.Sos.") at s, or 0:
 * at least two groups of one or two ASCII letters, each followed by '.'
 * (the last group may have up to three letters). */
static size_t dotted_len(const unsigned char *s, size_t n) {
  size_t i = 0, groups = 0;
  for (;;) {
    size_t g = 0;
    while (i + g < n && is_ascii_alpha(s[i + g]))
      g++;
    if (g == 0 || g > 3 || i + g >= n || s[i + g] != '.')
      break;
    if (g == 3 && groups == 0)
      return 0;
    i += g + 1;
    groups++;
  }
  if (groups < 2)
    return 0;
  if (i < n && (is_ascii_alpha(s[i]) || is_ascii_digit(s[i]) || s[i] >= 0x80))
    return 0;
  return i;
}

static inline int is_inner_joiner(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
static inline int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

/* The code point at s[i] (i < end) and its length. */
static inline size_t cp_at(const unsigned char *s, size_t i, size_t end, int32_t *cp) {
  if (s[i] < 0x80) {
    *cp = s[i];
    return 1;
  }
  return kabar_u8_decode(s + i, end - i, cp);
}

/* The first position at or after i that does not hold an ignorable code
 * point (all of them are non-ASCII). */
static size_t skip_ignorable(const unsigned char *s, size_t i, size_t end) {
  while (i < end && s[i] >= 0x80) {
    int32_t cp;
    size_t k = kabar_u8_decode(s + i, end - i, &cp);
    if (!kabar_cp_is_ignorable(cp))
      break;
    i += k;
  }
  return i;
}

static inline int is_wordch_at(const unsigned char *s, size_t i, size_t end) {
  int32_t cp;
  if (i >= end)
    return 0;
  cp_at(s, i, end, &cp);
  return kabar_cp_is_wordch(cp);
}

kabar_status kabar_tokenize_span(kabar_doc *doc, kabar_tok_scratch *sc, size_t start, size_t end) {
  const unsigned char *s = (const unsigned char *)doc->text;
  kabar_status st = KABAR_OK;
  size_t i = start;
  while (i < end) {
    unsigned c = s[i];
    int32_t cp;
    size_t k;
    if (c < 0x80) {
      cp = (int32_t)c;
      k = 1;
    } else
      k = kabar_u8_decode(s + i, end - i, &cp);
    if (c <= 0x20 || c == 0x7F || (c >= 0x80 && (kabar_cp_is_space(cp) || kabar_cp_is_ignorable(cp)))) {
      i += k;
      continue;
    }
    int starts_word = c < 0x80 ? (is_ascii_alpha(c) || is_ascii_digit(c)) : kabar_cp_is_wordch(cp);
    if (!starts_word) {
      unsigned flags = KABAR_TOK_PUNCT;
      if (kabar_cp_is_quote(cp))
        flags |= KABAR_TOK_QUOTE;
      TRY(push_token(doc, sc, i, i + k, flags, c < 0x80));
      i += k;
      continue;
    }
    size_t a = i;
    int ascii = 1;
    unsigned letters = 0, uppers = 0, first_upper = 0;
    int number = is_ascii_digit(c);
    size_t d = is_ascii_alpha(c) ? dotted_len(s + i, end - i) : 0;
    if (d) {
      for (size_t j = a; j < a + d; j++)
        if (is_ascii_alpha(s[j])) {
          if (!letters)
            first_upper = s[j] <= 'Z';
          letters++;
          uppers += s[j] <= 'Z';
        }
      i = a + d;
    } else {
      int32_t prev = 0;
      while (i < end) {
        unsigned b = s[i];
        if (b < 0x80) {
          cp = (int32_t)b;
          k = 1;
        } else {
          k = kabar_u8_decode(s + i, end - i, &cp);
          ascii = 0;
        }
        /* Before the word test: variation selectors are marks. */
        if (b >= 0x80 && kabar_cp_is_ignorable(cp)) {
          /* Inside the word only when a word character follows. */
          size_t after = skip_ignorable(s, i, end);
          if (!is_wordch_at(s, after, end))
            break;
          i = after;
          continue;
        }
        int wordch = b < 0x80 ? (is_ascii_alpha(b) || is_ascii_digit(b)) : kabar_cp_is_wordch(cp);
        if (wordch) {
          int is_digit = b < 0x80 && is_ascii_digit(b);
          if (!is_digit && (b < 0x80 ? 1 : kabar_cp_is_letter(cp))) {
            int up = b < 0x80 ? (b >= 'A' && b <= 'Z') : kabar_cp_is_upper(cp);
            if (!letters)
              first_upper = (unsigned)up;
            letters++;
            uppers += (unsigned)up;
          }
          prev = cp;
          i += k;
          continue;
        }
        /* Inner joiners: look at the next visible code point. */
        size_t ni = skip_ignorable(s, i + k, end);
        if (ni >= end)
          break;
        int32_t next;
        unsigned nb = s[ni];
        cp_at(s, ni, end, &next);
        int next_digit = nb < 0x80 && is_ascii_digit(nb);
        int next_word = nb < 0x80 ? (is_ascii_alpha(nb) || next_digit) : kabar_cp_is_wordch(next);
        int prev_digit = prev >= '0' && prev <= '9';
        if (number && letters == 0 && prev_digit && next_digit &&
            (cp == '.' || cp == ',' || cp == '/' || cp == ':')) {
          i += k;
          continue;
        }
        /* an en dash between two capitalised words joins a pair like a
         * hyphen: "Perjanjian Jepang–Korea", "hubungan Rusia–Ukraina" */
        int pair_dash = cp == 0x2013 && kabar_cp_is_letter(prev) && letters && first_upper &&
                        nb < 0x80 && nb >= 'A' && nb <= 'Z';
        if ((is_inner_joiner(cp) || pair_dash) && next_word && !(number && letters == 0 && next_digit)) {
          if (b >= 0x80)
            ascii = 0;
          i += k;
          continue;
        }
        if (is_apostrophe(cp) && kabar_cp_is_letter(prev) && next_word && !next_digit) {
          i += k;
          continue;
        }
        break;
      }
    }
    if (i - a > KABAR_MAX_TOKEN_BYTES) {
      TRY(push_long_run(doc, sc, a, i));
      continue;
    }
    unsigned flags = letters ? KABAR_TOK_WORD : (number ? KABAR_TOK_NUMBER : KABAR_TOK_WORD);
    if (first_upper)
      flags |= KABAR_TOK_CAP;
    if (letters >= 2 && uppers == letters)
      flags |= KABAR_TOK_UPPER;
    TRY(push_token(doc, sc, a, i, flags, ascii));
  }
done:
  return st;
}
