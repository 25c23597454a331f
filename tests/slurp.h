/* SPDX-License-Identifier: MIT */
/* Reading a whole file in a test. */
#ifndef KABAR_TEST_SLURP_H
#define KABAR_TEST_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of the file at path, NUL-terminated ("" for an empty file), its
 * length in *len when len is not NULL; NULL when it cannot be read. */
static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0, r;
  do {
    if (n + 65536 > cap) {
      cap = (n + 65536) * 2;
      char *nb = realloc(buf, cap + 1);
      if (!nb) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = nb;
    }
    r = fread(buf + n, 1, 65536, f);
    n += r;
  } while (r == 65536);
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  if (len)
    *len = n;
  return buf;
}

#endif
