/* SPDX-License-Identifier: MIT */
/* Decoding one UTF-8 sequence, for the writers that must filter characters
 * their formats cannot carry. */
#ifndef KABAR_UTF8_H
#define KABAR_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one UTF-8 sequence at s (n > 0 bytes left); returns its length and
 * sets *cp, or returns 0 for an invalid sequence (overlong, surrogate, above
 * U+10FFFF, truncated). */
size_t kabar_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

#endif
