/* SPDX-License-Identifier: MIT */
/* Growing arrays: room for one more element, doubling the capacity. */
#ifndef KABAR_GROW_H
#define KABAR_GROW_H

#include <stdlib.h>

/* Makes room for element n of *arr (elements of `size` bytes, *cap of them
 * allocated); returns 0, or -1 when out of memory (*arr is then unchanged). */
static inline int kabar_grow(void **arr, size_t *cap, size_t n, size_t size) {
  if (n < *cap)
    return 0;
  size_t ncap = *cap ? *cap * 2 : 16;
  void *p = realloc(*arr, ncap * size);
  if (!p)
    return -1;
  *arr = p;
  *cap = ncap;
  return 0;
}

#endif
