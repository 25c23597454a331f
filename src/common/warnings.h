/* SPDX-License-Identifier: MIT */
/* Warnings held back: a thread that reads a document while others read
 * theirs keeps its warnings, and the thread that merges the documents in
 * input order reports them then, so that stderr reads as a serial run. */
#ifndef KABAR_WARNINGS_H
#define KABAR_WARNINGS_H

#include <stddef.h>

typedef struct kabar_warning_log {
  char *text; /* messages, each ending in '\0' */
  size_t len, cap;
  size_t lost; /* messages that could not be kept (out of memory) */
} kabar_warning_log;

/* From now on, kabar_warn() in the calling thread appends to `log` instead
 * of reporting; NULL reports again. */
void kabar_warnings_hold(kabar_warning_log *log);

/* Reports the messages of `log` through kabar_warn() and empties it. */
void kabar_warnings_release(kabar_warning_log *log);

void kabar_warning_log_free(kabar_warning_log *log);

#endif
