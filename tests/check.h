/* SPDX-License-Identifier: MIT */
/* A minimal test harness: CHECK records a failure and goes on; the test's
 * main returns check_done(), non-zero when anything failed. */
#ifndef KABAR_CHECK_H
#define KABAR_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures = 0;
static int check_count = 0;

#define CHECK(cond)                                                                                \
  do {                                                                                             \
    check_count++;                                                                                 \
    if (!(cond)) {                                                                                 \
      check_failures++;                                                                            \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                     \
    }                                                                                              \
  } while (0)

#define CHECK_STR(got, want)                                                                       \
  do {                                                                                             \
    const char *check_g_ = (got), *check_w_ = (want);                                              \
    check_count++;                                                                                 \
    if (!check_g_ || !check_w_ || strcmp(check_g_, check_w_) != 0) {                               \
      check_failures++;                                                                            \
      fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,                     \
              check_g_ ? check_g_ : "(null)", check_w_ ? check_w_ : "(null)");                     \
    }                                                                                              \
  } while (0)

#define CHECK_INT(got, want)                                                                       \
  do {                                                                                             \
    long long check_g_ = (long long)(got), check_w_ = (long long)(want);                           \
    check_count++;                                                                                 \
    if (check_g_ != check_w_) {                                                                    \
      check_failures++;                                                                            \
      fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__, #got, check_g_,        \
              check_w_);                                                                           \
    }                                                                                              \
  } while (0)

static int check_done(void) {
  fprintf(stderr, "%d checks, %d failed\n", check_count, check_failures);
  return check_failures ? 1 : 0;
}

#endif
