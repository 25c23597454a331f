/* SPDX-License-Identifier: MIT */
/* An LD_PRELOAD shim that makes one allocation fail, for tests/alloc:
 *   KABAR_FAIL_ALLOC=N     the N-th malloc/calloc/realloc after main starts
 *                          returns NULL (0 or unset: none fails);
 *   KABAR_ALLOC_COUNT=FILE at exit, the number of allocations made is
 *                          written to FILE;
 *   KABAR_FAIL_ALLOC_TRACE set: the failing call's stack goes to stderr
 *                          (to find who ignored the failure).
 * Counting starts at main (a constructor runs just before it), so the
 * dynamic loader's and libc's start-up allocations are not counted.
 * strdup, getline and the libraries' allocations go through malloc. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static int counting;
static unsigned long count, fail_at;

/* Whether this allocation is the one to fail. */
static int fails(void) {
  if (!counting)
    return 0;
  if (++count != fail_at)
    return 0;
  if (getenv("KABAR_FAIL_ALLOC_TRACE")) {
    void *frames[32];
    counting = 0; /* backtrace() may allocate */
    backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
    counting = 1;
  }
  errno = ENOMEM; /* as the real allocator does; callers report strerror(errno) */
  return 1;
}

void *malloc(size_t n) { return fails() ? NULL : __libc_malloc(n); }
void *calloc(size_t k, size_t n) { return fails() ? NULL : __libc_calloc(k, n); }
void *realloc(void *p, size_t n) { return fails() ? NULL : __libc_realloc(p, n); }

static void report(void) {
  counting = 0;
  const char *path = getenv("KABAR_ALLOC_COUNT");
  if (!path)
    return;
  FILE *f = fopen(path, "w");
  if (f) {
    fprintf(f, "%lu\n", count);
    fclose(f);
  }
}

__attribute__((constructor)) static void start(void) {
  const char *n = getenv("KABAR_FAIL_ALLOC");
  fail_at = n ? strtoul(n, NULL, 10) : 0;
  atexit(report);
  counting = 1;
}
