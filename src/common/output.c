/* SPDX-License-Identifier: MIT */
#include "output.h"

#ifdef __GLIBC__
#include <stdio_ext.h>
#endif

FILE *kabar_output_open(const char *path) {
  FILE *f = fopen(path, "wb");
#ifdef __GLIBC__
  if (f)
    (void)__fsetlocking(f, FSETLOCKING_BYCALLER);
#endif
  return f;
}
