/* SPDX-License-Identifier: MIT */
#include "skipped.h"

#include "commands.h"

#include <kabar/tsv.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int kabar_cli_skippable(kabar_status st) {
  return st == KABAR_ERR_IO || st == KABAR_ERR_ENCODING || st == KABAR_ERR_INPUT;
}

static char *copy(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}

kabar_status kabar_cli_skip(kabar_cli_skipped *s, const char *input, const char *message) {
  kabar_cli_error("kabar: skipped", message);
  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 8;
    char **a = realloc(s->inputs, cap * sizeof *a);
    if (!a)
      return KABAR_ERR_NOMEM;
    s->inputs = a;
    char **b = realloc(s->reasons, cap * sizeof *b);
    if (!b)
      return KABAR_ERR_NOMEM;
    s->reasons = b;
    s->cap = cap;
  }
  char *in = copy(input), *why = copy(message);
  if (!in || !why) {
    free(in);
    free(why);
    return KABAR_ERR_NOMEM;
  }
  s->inputs[s->n] = in;
  s->reasons[s->n++] = why;
  return KABAR_OK;
}

kabar_status kabar_cli_skipped_write(const kabar_cli_skipped *s, const char *dir,
                                     kabar_error *err) {
  size_t n = strlen(dir) + sizeof "/skipped.tsv";
  char *path = malloc(n);
  if (!path)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  snprintf(path, n, "%s/skipped.tsv", dir);
  kabar_status st = KABAR_OK;
  FILE *f = fopen(path, "wb");
  if (!f) {
    st = kabar_error_set(err, errno == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_WRITE, "%s: %s", path,
                         strerror(errno));
    goto done;
  }
  fputs("input\terror\n", f);
  for (size_t i = 0; i < s->n; i++) {
    kabar_tsv_put_value(f, s->inputs[i], strlen(s->inputs[i]));
    putc('\t', f);
    kabar_tsv_put_value(f, s->reasons[i], strlen(s->reasons[i]));
    putc('\n', f);
  }
  int bad = ferror(f);
  if (fclose(f) != 0 || bad)
    st = kabar_error_set(err, KABAR_ERR_WRITE, "%s: write failed: %s", path,
                         strerror(errno ? errno : EIO));
done:
  free(path);
  return st;
}

void kabar_cli_skipped_free(kabar_cli_skipped *s) {
  for (size_t i = 0; i < s->n; i++) {
    free(s->inputs[i]);
    free(s->reasons[i]);
  }
  free(s->inputs);
  free(s->reasons);
}
