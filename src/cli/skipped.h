/* SPDX-License-Identifier: MIT */
/* Inputs that --keep-going skipped: each reported on standard error when
 * it happens, and all of them written to skipped.tsv with the outputs. */
#ifndef KABAR_CLI_SKIPPED_H
#define KABAR_CLI_SKIPPED_H

#include <kabar/common.h>

#include <stddef.h>

typedef struct kabar_cli_skipped {
  char **inputs;   /* the path as given or walked */
  char **reasons;  /* the error message */
  size_t n, cap;
} kabar_cli_skipped;

/* Whether an input that failed with `st` may be skipped: the input's own
 * fault (unreadable, not a regular file, bad encoding, empty, too large),
 * not ours (out of memory, a data file, a write). */
int kabar_cli_skippable(kabar_status st);

/* Records the skip and prints "kabar: skipped: MESSAGE" on stderr.
 * KABAR_ERR_NOMEM when it cannot be recorded. */
kabar_status kabar_cli_skip(kabar_cli_skipped *s, const char *input, const char *message);

/* Writes DIR/skipped.tsv: a header "input	error" and a row per skip, in
 * the order they happened, values cleaned as in every kabar table. */
kabar_status kabar_cli_skipped_write(const kabar_cli_skipped *s, const char *dir,
                                     kabar_error *err);

void kabar_cli_skipped_free(kabar_cli_skipped *s);

#endif
