/* SPDX-License-Identifier: MIT */
/* Error passing: TRY(expr) jumps to the function's `done` label with `st`
 * set when expr fails, so each function has one cleanup path. */
#ifndef KABAR_TRY_H
#define KABAR_TRY_H

#include "kabar/common.h"

#include <errno.h>

#define TRY(expr)                                                                                  \
  do {                                                                                             \
    st = (expr);                                                                                   \
    if (st != KABAR_OK)                                                                            \
      goto done;                                                                                   \
  } while (0)

/* Jump to `done` with KABAR_ERR_NOMEM when p is NULL. */
#define TRY_ALLOC(p)                                                                               \
  do {                                                                                             \
    if (!(p)) {                                                                                    \
      st = KABAR_ERR_NOMEM;                                                                        \
      goto done;                                                                                   \
    }                                                                                              \
  } while (0)

/* The status of an output that failed with errno e: running out of memory
 * (fopen's buffer, a directory entry) is reported as such, anything else
 * as a failure to write. */
static inline kabar_status kabar_write_status(int e) {
  return e == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_WRITE;
}

#endif
