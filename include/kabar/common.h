/* SPDX-License-Identifier: MIT */
/* kabar: status codes, error reports and small shared types. */
#ifndef KABAR_COMMON_H
#define KABAR_COMMON_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KABAR_VERSION "0.1.0"

/* Every fallible kabar function returns one of these. */
typedef enum kabar_status {
  KABAR_OK = 0,
  KABAR_ERR_NOMEM,      /* out of memory */
  KABAR_ERR_IO,         /* a file could not be opened or read */
  KABAR_ERR_ENCODING,   /* invalid UTF-8, NUL byte */
  KABAR_ERR_INPUT,      /* empty, binary or otherwise unusable input */
  KABAR_ERR_DATA,       /* a lexicon or data file is malformed */
  KABAR_ERR_WRITE,      /* an output could not be written */
  KABAR_ERR_DEPENDENCY, /* igraph, raptor2 or libxml2 reported a failure */
  KABAR_ERR_USAGE       /* a caller passed something meaningless */
} kabar_status;

/* A static English description of `st`; never NULL. */
const char *kabar_strerror(kabar_status st);

/* An error report: the status plus one line naming the file (and the line
 * or byte offset where it helps). Callers own it, usually on the stack. */
typedef struct kabar_error {
  kabar_status status;
  char message[1024];
} kabar_error;

/* Fills `err` (which may be NULL) and returns `st`, so that callers can
 * write `return kabar_error_set(err, KABAR_ERR_IO, "%s: ...", path);`. */
kabar_status kabar_error_set(kabar_error *err, kabar_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Clears `err` to KABAR_OK with an empty message. `err` may be NULL. */
void kabar_error_clear(kabar_error *err);

/* Warnings (from kabar itself or from a dependency that must not print on
 * its own) go through one sink. The default writes "kabar: warning: ..." to
 * standard error; pass NULL to silence them. */
typedef void (*kabar_warning_fn)(void *user, const char *message);
void kabar_set_warning_handler(kabar_warning_fn fn, void *user);
void kabar_warn(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* How many warnings have been issued since the process started. */
size_t kabar_warning_count(void);

#ifdef __cplusplus
}
#endif
#endif
