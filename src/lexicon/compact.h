/* SPDX-License-Identifier: MIT */
/* Compact keys: a name folded to its letters and digits, case-folded and
 * without diacritics, so that "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN"
 * are one key. */
#ifndef KABAR_COMPACT_H
#define KABAR_COMPACT_H

#include <stddef.h>

typedef struct kabar_buf {
  char *data;
  size_t len, cap;
} kabar_buf;

/* Appends the compact form of s[0..n) to b; returns 0, or -1 when out of memory. */
int kabar_compact_append(kabar_buf *b, const char *s, size_t n);
void kabar_buf_free(kabar_buf *b);

#endif
