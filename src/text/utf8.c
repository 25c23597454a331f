/* SPDX-License-Identifier: MIT */
/* Strict UTF-8 validation and the character classes of the text layer. */
#include "text_internal.h"

#include <string.h>
#include <utf8proc.h>

/* Length of the valid sequence starting at s, or 0. Follows Table 3-7 of
 * the Unicode standard (no overlongs, surrogates or values > U+10FFFF);
 * NUL is rejected too, because no text contains it. */
static size_t valid_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80)
    return c ? 1 : 0;
  if (c < 0xC2)
    return 0;
  if (c < 0xE0)
    return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3)
      return 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
      lo = 0xA0;
    else if (c == 0xED)
      hi = 0x9F;
    return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
  }
  if (c < 0xF5) {
    if (n < 4)
      return 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;
    return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 ? 4 : 0;
  }
  return 0;
}

size_t kabar_u8_invalid_len(const unsigned char *s, size_t n) {
  if (valid_len(s, n))
    return 0;
  unsigned c = s[0];
  size_t want;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    want = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    want = 3;
    if (c == 0xE0)
      lo = 0xA0;
    else if (c == 0xED)
      hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    want = 4;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;
  } else
    return 1; /* NUL, a stray continuation byte, C0, C1, F5..FF */
  /* The maximal subpart: the lead byte and the continuation bytes that
   * could still have completed it ("U+FFFD substitution of maximal
   * subparts", Unicode 3.9). */
  size_t k = 1;
  if (k < n && s[k] >= lo && s[k] <= hi) {
    k++;
    while (k < want && k < n && (s[k] & 0xC0) == 0x80)
      k++;
  }
  return k;
}

size_t kabar_utf8_valid_prefix(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    /* Eight ASCII bytes at a time: no high bit and no zero byte. */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) ||
          ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
        break;
      i += 8;
    }
    if (i >= len)
      break;
    if (s[i] && s[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = valid_len(s + i, len - i);
    if (!k)
      return i;
    i += k;
  }
  return len;
}

/* ---- character classes ---- */

int kabar_cp_is_space(int32_t cp) {
  if (cp < 0x80)
    return cp <= 0x20 || cp == 0x7F;
  switch (cp) {
  case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
  case 0x3000: case 0x200B: case 0xFEFF:
    return 1;
  default:
    break;
  }
  if (cp >= 0x2000 && cp <= 0x200A)
    return 1;
  return cp < 0xA0; /* C1 controls */
}

int kabar_cp_is_ignorable(int32_t cp) {
  if (cp < 0xAD || cp == 0x200B || cp == 0xFEFF)
    return 0;
  return utf8proc_get_property(cp)->ignorable;
}

int kabar_cp_is_upper(int32_t cp) {
  if (cp < 0x80)
    return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int kabar_cp_is_letter(int32_t cp) {
  if (cp < 0x80)
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int kabar_cp_is_wordch(int32_t cp) {
  if (cp < 0x80)
    return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

int kabar_cp_is_open_quote(int32_t cp) {
  switch (cp) {
  case '"': case '\'': case '`': case 0x201C: case 0x201E: case 0x2018: case 0x201A:
  case 0x00AB: case 0x2039: case 0x201F: case 0x201B:
    return 1;
  default:
    return 0;
  }
}

int kabar_cp_is_close_quote(int32_t cp) {
  switch (cp) {
  case '"': case '\'': case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0x2033:
  case 0x2032:
    return 1;
  default:
    return 0;
  }
}

int kabar_cp_is_quote(int32_t cp) { return kabar_cp_is_open_quote(cp) || kabar_cp_is_close_quote(cp); }

int32_t kabar_cp_fold_punct(int32_t cp) {
  switch (cp) {
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
    return '"';
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A: case 0x2032:
    return '\'';
  case 0x2013: case 0x2014: case 0x2012: case 0x2015: case 0x2212: case 0x2010: case 0x2011:
    return '-';
  default:
    return cp;
  }
}

int kabar_ascii_ncaseeq(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x >= 'A' && x <= 'Z')
      x = (unsigned char)(x + 32);
    if (y >= 'A' && y <= 'Z')
      y = (unsigned char)(y + 32);
    if (x != y)
      return 0;
  }
  return 1;
}
