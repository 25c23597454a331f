/* SPDX-License-Identifier: MIT */
/* Failing, scratch directories and reading files back. */
#include "support.h"

#include "../slurp.h"

#include <kabar/common.h>
#include <kabar/text.h>

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

__attribute__((constructor)) static void quiet_from_the_start(void) { fuzz_quiet(); }

kabar_doc *fuzz_read_bytes(const char *name, const uint8_t *data, size_t size,
                           const kabar_read_options *opt) {
  static kabar_text_cues *cues;
  kabar_error err;
  kabar_error_clear(&err);
  if (!cues && kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &cues, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  kabar_doc *doc = NULL;
  kabar_status st = kabar_doc_from_bytes(name, (const char *)data, size, opt, cues, &doc, &err);
  if (st != KABAR_OK && (doc || !err.message[0] || st == KABAR_ERR_NOMEM))
    fuzz_fail("a failed read (%s) left a document or no message", kabar_strerror(st));
  return doc;
}

void fuzz_kb_case_begin(const uint8_t *data, size_t size, fuzz_kb_case *fc) {
  fc->kb = fuzz_kb_build(data, size, &fc->base);
  fc->dir = fuzz_scratch_dir();
  fuzz_empty_dir(fc->dir);
  fc->m = NULL;
  kabar_error err;
  kabar_error_clear(&err);
  if (kabar_metrics_compute(fc->kb, NULL, &fc->m, &err) != KABAR_OK)
    fuzz_fail("kabar_metrics_compute: %s", err.message);
}

void fuzz_kb_case_end(fuzz_kb_case *fc) {
  kabar_metrics_free(fc->m);
  kabar_kb_free(fc->kb);
  free(fc->base);
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
  char *buf = slurp(path, len);
  if (!buf && access(path, F_OK) == 0)
    fuzz_fail("%s: read error", path);
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
