/* SPDX-License-Identifier: MIT */
/* Failing, scratch directories and reading files back. */
#include "support.h"

#include <kabar/common.h>

#include <libxml/xmlerror.h>

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void fuzz_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("fuzz: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  abort();
}

static void ignore_xml_error(void *user, const char *msg, ...) {
  (void)user;
  (void)msg;
}

void fuzz_quiet(void) {
  kabar_set_warning_handler(NULL, NULL);
  xmlSetGenericErrorFunc(NULL, ignore_xml_error);
}

static char scratch[4096];

void fuzz_empty_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return;
  struct dirent *e;
  char path[8192];
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    unlink(path);
  }
  closedir(d);
}

static void remove_scratch(void) {
  fuzz_empty_dir(scratch);
  rmdir(scratch);
}

const char *fuzz_scratch_dir(void) {
  if (scratch[0])
    return scratch;
  const char *tmp = getenv("TMPDIR");
  snprintf(scratch, sizeof scratch, "%s/kabar-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(scratch))
    fuzz_fail("cannot create a scratch directory in %s", tmp && *tmp ? tmp : "/tmp");
  atexit(remove_scratch);
  return scratch;
}

char *fuzz_read(const char *dir, const char *name, size_t *len) {
  char path[8192];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0, r;
  do {
    if (n + 65536 > cap) {
      cap = (n + 65536) * 2;
      char *nb = realloc(buf, cap + 1);
      if (!nb)
        fuzz_fail("out of memory reading %s", path);
      buf = nb;
    }
    r = fread(buf + n, 1, 65536, f);
    n += r;
  } while (r == 65536);
  int bad = ferror(f);
  fclose(f);
  if (bad)
    fuzz_fail("%s: read error", path);
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Unicode Table 3-7, written again here rather than taken from kabar. */
size_t fuzz_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (!len || n < len)
    return 0;
  unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  if (s[1] < lo || s[1] > hi)
    return 0;
  uint32_t v = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  *cp = v;
  return len;
}
