/* SPDX-License-Identifier: MIT */
/* kabar text layer: reading files into clean, segmented, tokenized documents.
 *
 * A document keeps the decoded text exactly as read (`text`, UTF-8; for
 * plain text files these are the file's bytes minus a BOM, for HTML the
 * extracted paragraph and heading text). Every offset below is a byte offset
 * into `text`. Matching uses each token's `norm` form (NFC, case-folded,
 * typographic quotes and dashes folded to ASCII), so offsets stay true.
 *
 * Invisible format characters (Unicode Default_Ignorable_Code_Point: soft
 * hyphen, ZWJ, ZWNJ, LRM, RLM and the other bidi marks, word joiner,
 * variation selectors, ...) are transparent: they never make a token of
 * their own and never split a word ("Vladi<SHY>mir" is one token whose span
 * includes the soft hyphen and whose norm is "vladimir"). Zero-width space
 * and U+FEFF stay spaces. */
#ifndef KABAR_TEXT_H
#define KABAR_TEXT_H

#include "kabar/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kabar_sentence_kind {
  KABAR_SENT_TEXT = 0,     /* running text: the only kind that yields facts */
  KABAR_SENT_CAPTION,      /* photo caption, "(Foto: ...)", "(Al Jazeera)" */
  KABAR_SENT_HEADING,      /* title line, sub-heading, question sub-heading */
  KABAR_SENT_BOILERPLATE   /* byline, agency tag, BACA JUGA, logo, ... */
} kabar_sentence_kind;

/* "text", "caption", "heading", "boilerplate". */
const char *kabar_sentence_kind_name(kabar_sentence_kind kind);

typedef enum kabar_token_flags {
  KABAR_TOK_WORD = 1u << 0,   /* letters (may contain inner '-', '\'', '.') */
  KABAR_TOK_NUMBER = 1u << 1, /* digits, possibly with inner '.' ',' '/' */
  KABAR_TOK_PUNCT = 1u << 2,  /* one punctuation character */
  KABAR_TOK_CAP = 1u << 3,    /* first letter upper case */
  KABAR_TOK_UPPER = 1u << 4,  /* all letters upper case (and at least two) */
  KABAR_TOK_QUOTE = 1u << 5   /* a quotation mark of any style */
} kabar_token_flags;

typedef struct kabar_token {
  size_t start, end;  /* byte span in doc->text */
  const char *norm;   /* NUL-terminated matching form; owned by the document */
  unsigned flags;     /* kabar_token_flags */
} kabar_token;

typedef struct kabar_sentence {
  size_t start, end;        /* byte span in doc->text, trimmed of spaces */
  size_t tok_begin, tok_end;/* tokens [tok_begin, tok_end) of doc->tokens */
  size_t paragraph;         /* 0-based paragraph (line block) number */
  kabar_sentence_kind kind;
} kabar_sentence;

typedef struct kabar_doc {
  char *name;               /* file name without directory and extension */
  char *path;               /* as given; "-" for standard input */
  char *text;               /* decoded UTF-8, NUL-terminated */
  size_t len;               /* bytes in text, without the NUL */
  size_t text_offset;       /* bytes dropped before text in the file (BOM) */
  int is_html;
  char *title;              /* HTML <title> or first heading line; may be NULL */
  char *url;                /* an HTML page's canonical URL (<link rel=canonical>,
                               og:url); may be NULL */
  unsigned char sha256[32]; /* of the file's bytes as read */
  char date[11];            /* the document's date, ISO 8601 "YYYY[-MM[-DD]]", from
                               HTML meta, a dateline or kabar_read_options.date;
                               "" when unknown */
  kabar_sentence *sentences;
  size_t n_sentences;
  kabar_token *tokens;
  size_t n_tokens;
  struct kabar_arena *arena; /* owns the token norm strings */
} kabar_doc;

/* The largest document read when kabar_read_options.max_doc_bytes is 0. */
#define KABAR_DEFAULT_MAX_DOC_BYTES ((size_t)64 << 20)

/* A run of word characters longer than this many bytes (a URL, base64
 * data, letters without spaces) is no word of any language: it becomes one
 * token flagged KABAR_TOK_PUNCT whose norm is U+FFFC (object replacement
 * character), so it matches nothing, ends any name and costs no more
 * memory than a short token. Its span still covers the whole run. */
#define KABAR_MAX_TOKEN_BYTES 256

/* A sentence of more tokens than this (a page with no full stops, a list
 * run together) is no sentence of any prose: it is cut into pieces of at
 * most this many tokens, at the last comma, semicolon or colon of a
 * piece's second half where there is one. The extractor's work per
 * sentence grows faster than its length; this keeps a document's work
 * linear in its size whatever its punctuation. Real sentences, long
 * Wikipedia lists among them, stay far below it. */
#define KABAR_MAX_SENTENCE_TOKENS 400

typedef struct kabar_read_options {
  int lenient;  /* replace invalid UTF-8 with U+FFFD and warn, instead of failing */
  int html;     /* -1: guess from extension/content, 0: plain text, 1: HTML */
  /* A larger file or standard input is an error (KABAR_ERR_INPUT) found
   * without reading more than max_doc_bytes + 1 bytes. 0: the default,
   * KABAR_DEFAULT_MAX_DOC_BYTES. Last, so that {lenient, html} stays valid. */
  size_t max_doc_bytes;
  /* The date of a document that gives none of its own (HTML meta, a
   * dateline): ISO 8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL. */
  const char *date;
} kabar_read_options;

/* Whether `s` is a date as --date takes it: "YYYY", "YYYY-MM" or
 * "YYYY-MM-DD" with a real month and day (years 1000-2999). */
int kabar_is_iso_date(const char *s);

/* Parses a byte count as the command line gives --max-doc-bytes: decimal
 * digits, optionally followed by K, M or G (KiB, MiB, GiB). Returns 0 and
 * sets *out for a count from 1 to SIZE_MAX / 2, -1 for anything else. */
int kabar_parse_byte_count(const char *s, size_t *out);

/* A numeric date as Indonesian news writes it, one token: "30/6/2022",
 * "30-6-2022", "30/6/22", or "27/10" when `year` (1000-2999) supplies the
 * year (0: such a date is not taken). Writes "YYYY-MM-DD" into out and
 * returns 1 for a real day, else returns 0. */
int kabar_parse_numeric_date(const char *s, int year, char out[11]);

/* The cue lists that mark boilerplate and captions (data/boilerplate.tsv). */
typedef struct kabar_text_cues kabar_text_cues;

/* Loads the cue file at `path`. On success *out owns a new object that the
 * caller frees with kabar_text_cues_free(). */
kabar_status kabar_text_cues_load(const char *path, kabar_text_cues **out, kabar_error *err);
void kabar_text_cues_free(kabar_text_cues *cues); /* NULL is a no-op */

/* Reads, decodes, segments and tokenizes `path` ("-" is standard input).
 * Only a regular file or standard input is read: a directory, FIFO, socket
 * or device is an error naming the file (a FIFO is never opened for
 * reading in a way that could block).
 * `cues` may be NULL (then nothing is marked as boilerplate). On success *out
 * owns a new document freed with kabar_doc_free(); on failure *out is NULL
 * and `err` names the file (and byte offset for bad UTF-8). */
kabar_status kabar_doc_read(const char *path, const kabar_read_options *opt,
                            const kabar_text_cues *cues, kabar_doc **out, kabar_error *err);

/* The same from bytes in memory; `name` is used in messages and as doc name.
 * The bytes are copied. */
kabar_status kabar_doc_from_bytes(const char *name, const char *bytes, size_t len,
                                  const kabar_read_options *opt, const kabar_text_cues *cues,
                                  kabar_doc **out, kabar_error *err);

void kabar_doc_free(kabar_doc *doc); /* NULL is a no-op */

/* Validates UTF-8 strictly (no overlongs, surrogates, > U+10FFFF, C0, C1,
 * F5-FF, NUL). Returns the length of the valid prefix: equal to `len` when
 * all of it is valid. */
size_t kabar_utf8_valid_prefix(const char *s, size_t len);

/* Lists the inputs below `path`: a file is itself; a directory is walked
 * recursively in byte-sorted order, keeping .txt, .html and .htm files.
 * `path` or an entry below it with such a name that is neither a regular
 * file nor a directory (FIFO, socket, device) is an error naming it
 * (KABAR_ERR_INPUT).
 * On success *paths is a malloc'd array of malloc'd strings (caller frees
 * each and the array). */
kabar_status kabar_list_inputs(const char *path, char ***paths, size_t *n_paths, kabar_error *err);

#ifdef __cplusplus
}
#endif
#endif
