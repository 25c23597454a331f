/* SPDX-License-Identifier: MIT */
/* The one value sanitiser of every writer: TSV, CSV, JSON, GraphML, GEXF and
 * RDF all apply the same rule to a value, then quote it their own way.
 *
 * The rule, per character of the value:
 * - a control character (C0 U+0000-U+001F, which includes tab, LF, VT, FF
 *   and CR; DEL; C1 U+0080-U+009F, which includes NEL U+0085) and the line
 *   and paragraph separators U+2028, U+2029 become one space each (nothing
 *   is dropped, so a value never shrinks into its neighbour);
 * - a byte that is not part of valid UTF-8 (overlong forms, encoded
 *   surrogates, truncated sequences, above U+10FFFF) becomes U+FFFD, one per
 *   byte, and so does a noncharacter (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF);
 * - everything else is kept as it is.
 * A cleaned value therefore holds no line break any reader knows (Python's
 * splitlines() included), no tab, and nothing XML 1.0 forbids. */
#ifndef KABAR_CLEAN_H
#define KABAR_CLEAN_H

#include <stddef.h>
#include <stdio.h>

/* How a cleaned value is written. */
typedef enum kabar_clean_format {
  KABAR_CLEAN_PLAIN,    /* as cleaned: a TSV value (the format has no quoting) */
  KABAR_CLEAN_TSV_ITEM, /* one item of a '|'-joined TSV list: '\' as "\\", '|' as "\|" */
  KABAR_CLEAN_CSV,      /* RFC 4180: in double quotes, '"' doubled, when it holds ',' or '"'
                           or starts or ends with a space */
  KABAR_CLEAN_JSON      /* a JSON string: in double quotes, '"' and '\' escaped */
} kabar_clean_format;

/* The cleaned form of the character at s (n > 0 bytes left): sets *out to
 * the bytes that stand for it (pointing into s or at a constant) and returns
 * their count; *used gets how many input bytes it took (at least 1). */
size_t kabar_clean_char(const char *s, size_t n, const char **out, size_t *used);

/* A cleaned copy of s (NULL gives ""). Caller frees; NULL when out of memory. */
char *kabar_clean_dup(const char *s);

/* Writes the n bytes at s (NULL: nothing) cleaned and quoted for `format`.
 * Returns 0, or -1 when the stream fails. Allocates nothing. */
int kabar_clean_write(FILE *f, const char *s, size_t n, kabar_clean_format format);

/* Writes v in decimal: what fprintf("%zu") writes, without parsing a
 * format for each number of a large table. Returns 0, or -1 when the
 * stream fails. */
int kabar_put_size(FILE *f, size_t v);

/* kabar_clean_write() of a NUL-terminated string (NULL: nothing). */
int kabar_clean_puts(FILE *f, const char *s, kabar_clean_format format);

#endif
