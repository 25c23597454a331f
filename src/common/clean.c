/* SPDX-License-Identifier: MIT */
#include "clean.h"

#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

static int is_space_class(uint32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

static int is_noncharacter(uint32_t c) {
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

size_t kabar_clean_char(const char *s, size_t n, const char **out, size_t *used) {
  uint32_t c = 0;
  size_t len = kabar_utf8_decode((const unsigned char *)s, n, &c);
  *used = len ? len : 1;
  if (len && is_space_class(c)) {
    *out = " ";
    return 1;
  }
  if (!len || is_noncharacter(c)) {
    *out = REPLACEMENT;
    return 3;
  }
  *out = s;
  return len;
}

char *kabar_clean_dup(const char *s) {
  if (!s)
    s = "";
  size_t n = strlen(s);
  /* A byte grows to at most 3 (one invalid byte to U+FFFD). */
  char *copy = malloc(3 * n + 1);
  if (!copy)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    const char *piece;
    size_t used, len = kabar_clean_char(s + i, n - i, &piece, &used);
    memcpy(copy + o, piece, len);
    o += len;
    i += used;
  }
  copy[o] = '\0';
  return copy;
}

/* Whether the cleaned value needs RFC 4180 quotes: a ',' or '"' inside, or a
 * space at either end (which spreadsheet importers would trim). */
static int csv_needs_quotes(const char *s, size_t n) {
  const char *piece = "";
  size_t len = 0;
  for (size_t i = 0; i < n;) {
    size_t used;
    len = kabar_clean_char(s + i, n - i, &piece, &used);
    if ((i == 0 && piece[0] == ' ') || (len == 1 && (piece[0] == ',' || piece[0] == '"')))
      return 1;
    i += used;
  }
  return n > 0 && len == 1 && piece[0] == ' ';
}

/* The escape `format` puts before a one-byte piece, or NULL. */
static const char *escape_for(char c, kabar_clean_format format) {
  switch (format) {
  case KABAR_CLEAN_TSV_ITEM: return c == '\\' || c == '|' ? "\\" : NULL;
  case KABAR_CLEAN_CSV: return c == '"' ? "\"" : NULL;
  case KABAR_CLEAN_JSON: return c == '\\' || c == '"' ? "\\" : NULL;
  default: return NULL;
  }
}

int kabar_clean_write(FILE *f, const char *s, size_t n, kabar_clean_format format) {
  if (!s) {
    s = ""; /* no pointer arithmetic on NULL below */
    n = 0;
  }
  int quoted = format == KABAR_CLEAN_JSON || (format == KABAR_CLEAN_CSV && csv_needs_quotes(s, n));
  if (quoted && putc('"', f) == EOF)
    return -1;
  /* Bytes that stay as they are go out in runs, one fwrite per run: a
   * value is written at the speed of a copy, not a call per character. */
  size_t run = 0; /* start of the pending run of unchanged bytes */
  for (size_t i = 0; i < n;) {
    unsigned char b = (unsigned char)s[i];
    if (b >= 0x20 && b < 0x7F && !escape_for((char)b, format)) { /* printable ASCII: as is */
      i++;
      continue;
    }
    const char *piece, *escape = NULL;
    size_t used, len = kabar_clean_char(s + i, n - i, &piece, &used);
    if (len == 1)
      escape = escape_for(piece[0], format);
    if (piece == s + i && len == used && !escape) {
      i += used;
      continue;
    }
    if ((i > run && fwrite(s + run, 1, i - run, f) != i - run) ||
        (escape && fputs(escape, f) == EOF) || fwrite(piece, 1, len, f) != len)
      return -1;
    i += used;
    run = i;
  }
  if (n > run && fwrite(s + run, 1, n - run, f) != n - run)
    return -1;
  if (quoted && putc('"', f) == EOF)
    return -1;
  return 0;
}

int kabar_clean_puts(FILE *f, const char *s, kabar_clean_format format) {
  return kabar_clean_write(f, s, s ? strlen(s) : 0, format);
}

int kabar_put_size(FILE *f, size_t v) {
  char buf[24];
  size_t i = sizeof buf;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return fwrite(buf + i, 1, sizeof buf - i, f) == sizeof buf - i ? 0 : -1;
}
