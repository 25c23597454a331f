/* SPDX-License-Identifier: MIT */
/* Private pieces of the text layer shared between its files. */
#ifndef KABAR_TEXT_INTERNAL_H
#define KABAR_TEXT_INTERNAL_H

#include "kabar/text.h"

#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/strmap.h"

/* ---- characters ------------------------------------------------------- */

/* Decodes one code point of text that was validated on reading; a stray
 * invalid byte (which cannot occur there) decodes as U+FFFD of length 1. */
static inline size_t kabar_u8_decode(const unsigned char *s, size_t n, int32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = (int32_t)c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF && n >= 2) {
    *cp = (int32_t)(((c & 0x1Fu) << 6) | (s[1] & 0x3Fu));
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && n >= 3) {
    *cp = (int32_t)(((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu));
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && n >= 4) {
    *cp = (int32_t)(((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                    (s[3] & 0x3Fu));
    return 4;
  }
  *cp = 0xFFFD;
  return 1;
}

/* Decodes the code point that ends just before s[i] (i > 0); returns its start. */
static inline size_t kabar_u8_prev(const unsigned char *s, size_t i) {
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (s[j] & 0xC0) == 0x80)
    j--;
  return j;
}

/* Spaces: ASCII white space and control characters, NBSP and the other
 * Unicode space separators, zero-width space and BOM. Line breaks included. */
int kabar_cp_is_space(int32_t cp);
/* Invisible format characters that neither separate nor make words:
 * Default_Ignorable_Code_Point (soft hyphen, ZWJ, ZWNJ, LRM, RLM, bidi
 * embeddings, word joiner, variation selectors, tag characters, ...)
 * except the two that kabar_cp_is_space counts as spaces (U+200B, U+FEFF). */
int kabar_cp_is_ignorable(int32_t cp);
int kabar_cp_is_upper(int32_t cp);  /* Lu or Lt */
int kabar_cp_is_letter(int32_t cp); /* L* */
/* Letters, combining marks, digits and other numbers: the body of a word. */
int kabar_cp_is_wordch(int32_t cp);
/* Quotation marks of any style (ASCII ", ', `, typographic, guillemets, primes). */
int kabar_cp_is_quote(int32_t cp);
int kabar_cp_is_open_quote(int32_t cp);  /* may open a quotation */
int kabar_cp_is_close_quote(int32_t cp); /* may close a quotation */
/* Code point to ASCII folding for quotes and dashes; returns cp otherwise. */
int32_t kabar_cp_fold_punct(int32_t cp);

/* Length of a maximal invalid subpart at s (>= 1), when s[0..] does not
 * start a valid sequence; 0 when it does. */
size_t kabar_u8_invalid_len(const unsigned char *s, size_t n);

/* ---- cues ------------------------------------------------------------- */

typedef enum cue_match {
  CUE_LINE,         /* the whole line equals the pattern */
  CUE_PREFIX,       /* the line starts with the pattern */
  CUE_SHORT_PREFIX, /* starts with it and looks like a title (no stop, few words) */
  CUE_PAREN_PREFIX, /* the line ends in "(PATTERN ...)" */
  CUE_CREDIT,       /* the line ends in "(PATTERN)": a photo credit */
  CUE_TAG           /* the line ends in PATTERN (with * wildcards): an agency tag */
} cue_match;

typedef struct kabar_cue {
  kabar_sentence_kind kind;
  cue_match match;
  const char *pattern;
  size_t len;
} kabar_cue;

enum { ABBREV_NO_SPLIT = 1, ABBREV_MAY_END = 2 };

struct kabar_text_cues {
  kabar_cue *cues;
  size_t n_cues;
  kabar_strmap *abbrev; /* "Dr." -> ABBREV_* */
  size_t heading_max_words;
  size_t question_max_words;
  size_t caption_max_words;
  kabar_arena *arena;
};

/* ASCII case-insensitive comparison of n bytes. */
int kabar_ascii_ncaseeq(const char *a, const char *b, size_t n);

/* ---- HTML ------------------------------------------------------------- */

/* A line of extracted HTML text that came from an <h1>..<h6>. */
typedef struct kabar_span {
  size_t start, end;
} kabar_span;

/* Extracts the visible paragraph text of HTML: one block per line. The
 * bytes are valid UTF-8 when `encoding` is NULL; else they are in that
 * character set (a name libxml2 knows, as kabar_html_declared_charset()
 * found it) and libxml2 decodes them. On success *text (malloc'd,
 * NUL-terminated, UTF-8), *title (malloc'd or NULL) and *headings
 * (malloc'd array of heading lines, in order) belong to the caller, and
 * date[] holds the page's publication date from its <meta> (ISO 8601,
 * maybe partial) or "", and *url its canonical address (malloc'd) or NULL. */
kabar_status kabar_html_extract(const char *name, const char *html, size_t len,
                                const char *encoding, char **text, size_t *text_len,
                                char **title, kabar_span **headings, size_t *n_headings,
                                char date[11], char **url, kabar_error *err);

/* The character set an HTML page declares in its first 1024 bytes
 * (<meta charset="..."> or <meta http-equiv="Content-Type"
 * content="...; charset=...">), as the HTML standard's prescan finds it,
 * copied into out (lower case); 0 when it declares none. */
int kabar_html_declared_charset(const char *s, size_t n, char *out, size_t size);

/* The date of a dateline that opens the text ("Jakarta, 30 Juni 2022 --",
 * "JAKARTA (30/6/2022) -"): a date among the first tokens of the first
 * running-text sentence, right before a dash. Writes it into date[]
 * (ISO 8601) or leaves date[] as it was. */
void kabar_dateline(const kabar_doc *doc, char date[11]);

/* ---- segmentation and tokens ------------------------------------------ */

/* Growable scratch space reused across tokens (no allocation per token). */
typedef struct kabar_tok_scratch {
  int32_t *buf;
  size_t cap;
  size_t tok_cap; /* capacity of doc->tokens */
  char *pack;     /* free room for norm strings in the arena */
  size_t pack_left;
} kabar_tok_scratch;

/* Appends the tokens of doc->text[start, end) to doc->tokens. */
kabar_status kabar_tokenize_span(kabar_doc *doc, kabar_tok_scratch *sc, size_t start, size_t end);
void kabar_tok_scratch_free(kabar_tok_scratch *sc);

/* Splits doc->text into lines, marks them with the cues, segments them into
 * sentences and tokenizes them. `headings` (sorted, may be NULL) are lines
 * known to be headings (from HTML). Sets doc->title for a plain text title
 * line when doc->title is NULL. */
kabar_status kabar_segment_doc(kabar_doc *doc, const kabar_text_cues *cues,
                               const kabar_span *headings, size_t n_headings, kabar_error *err);

#endif
