/* SPDX-License-Identifier: MIT */
#include "kabar/common.h"

#include "common/warnings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *kabar_strerror(kabar_status st) {
  switch (st) {
  case KABAR_OK: return "success";
  case KABAR_ERR_NOMEM: return "out of memory";
  case KABAR_ERR_IO: return "cannot read input";
  case KABAR_ERR_ENCODING: return "invalid encoding";
  case KABAR_ERR_INPUT: return "unusable input";
  case KABAR_ERR_DATA: return "malformed data file";
  case KABAR_ERR_WRITE: return "cannot write output";
  case KABAR_ERR_DEPENDENCY: return "a library failed";
  case KABAR_ERR_USAGE: return "invalid usage";
  }
  return "unknown error";
}

kabar_status kabar_error_set(kabar_error *err, kabar_status st, const char *fmt, ...) {
  if (err) {
    va_list ap;
    va_start(ap, fmt);
    err->status = st;
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
  }
  return st;
}

void kabar_error_clear(kabar_error *err) {
  if (err) {
    err->status = KABAR_OK;
    err->message[0] = '\0';
  }
}

static void default_warning(void *user, const char *message) {
  (void)user;
  fprintf(stderr, "kabar: warning: %s\n", message);
}

static kabar_warning_fn warning_fn = default_warning;
static void *warning_user = NULL;
static size_t warning_count = 0;

void kabar_set_warning_handler(kabar_warning_fn fn, void *user) {
  warning_fn = fn;
  warning_user = user;
}

/* The calling thread's held warnings (kabar_warnings_hold()), or NULL. */
static _Thread_local kabar_warning_log *held;

void kabar_warnings_hold(kabar_warning_log *log) { held = log; }

void kabar_warnings_release(kabar_warning_log *log) {
  for (size_t i = 0; i < log->len; i += strlen(log->text + i) + 1)
    kabar_warn("%s", log->text + i);
  for (; log->lost; log->lost--)
    kabar_warn("(a warning lost for want of memory)");
  log->len = 0;
}

void kabar_warning_log_free(kabar_warning_log *log) {
  if (log) {
    free(log->text);
    log->text = NULL;
    log->len = log->cap = log->lost = 0;
  }
}

static void hold(kabar_warning_log *log, const char *message) {
  size_t n = strlen(message) + 1;
  while (log->len + n > log->cap) {
    size_t ncap = log->cap ? log->cap * 2 : 256;
    char *t = realloc(log->text, ncap);
    if (!t) {
      log->lost++;
      return;
    }
    log->text = t;
    log->cap = ncap;
  }
  memcpy(log->text + log->len, message, n);
  log->len += n;
}

void kabar_warn(const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (held) {
    hold(held, buf);
    return;
  }
  warning_count++;
  if (warning_fn)
    warning_fn(warning_user, buf);
}

size_t kabar_warning_count(void) { return warning_count; }
