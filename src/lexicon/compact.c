/* SPDX-License-Identifier: MIT */
#include "compact.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int put(kabar_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + n + 1)
      ncap *= 2;
    char *p = realloc(b->data, ncap);
    if (!p)
      return -1;
    b->data = p;
    b->cap = ncap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int kabar_compact_append(kabar_buf *b, const char *s, size_t n) {
  int ascii = 1;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) {
      ascii = 0;
      break;
    }
  if (ascii) { /* the common case, without a call into utf8proc */
    for (size_t i = 0; i < n; i++) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z')
        c = (char)(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        if (put(b, &c, 1) < 0)
          return -1;
    }
    return b->data || put(b, "", 0) == 0 ? 0 : -1;
  }
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t fl =
      utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
                   UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
  if (fl == UTF8PROC_ERROR_NOMEM)
    return -1;
  if (fl < 0)
    return 0; /* not UTF-8: contributes nothing rather than failing a match */
  int rc = 0;
  for (utf8proc_ssize_t i = 0; i < fl && rc == 0;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(folded + i, fl - i, &cp);
    if (k <= 0)
      break;
    utf8proc_category_t cat = utf8proc_category(cp);
    if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
        (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO))
      rc = put(b, (const char *)folded + i, (size_t)k);
    i += k;
  }
  free(folded);
  if (rc == 0 && !b->data)
    rc = put(b, "", 0);
  return rc;
}

void kabar_buf_free(kabar_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
