/* SPDX-License-Identifier: MIT */
/* Error passing: TRY(expr) jumps to the function's `done` label with `st`
 * set when expr fails, so each function has one cleanup path. */
#ifndef KABAR_TRY_H
#define KABAR_TRY_H

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

#endif
