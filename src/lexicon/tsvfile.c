/* SPDX-License-Identifier: MIT */
#include "tsvfile.h"

#include "common/try.h"
#include "kabar/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Splits line (modified in place) at tabs into at most max fields. */
static size_t split(char *line, char **out, size_t max) {
  size_t n = 0;
  char *p = line;
  while (n < max) {
    out[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab)
      break;
    *tab = '\0';
    p = tab + 1;
  }
  return n;
}

kabar_status kabar_tsv_read(const char *path, const char *const *columns, size_t n,
                            size_t required, kabar_tsv_row_fn fn, void *user, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *line = NULL;
  size_t cap = 0;
  size_t lineno = 0;
  int map[KABAR_TSV_MAX_FIELDS];
  int have_header = 0;
  FILE *f = fopen(path, "rb");
  if (!f && errno == ENOMEM)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  if (!f)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s: %s", path, strerror(errno));
  ssize_t len;
  /* getline() fails with ENOMEM without setting the stream's error flag:
   * errno tells that from the end of the file */
  errno = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    size_t valid = kabar_utf8_valid_prefix(line, (size_t)len);
    if (valid < (size_t)len) {
      st = kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: invalid UTF-8 at byte %zu of the line",
                           path, lineno, valid);
      goto done;
    }
    if (len == 0 || line[0] == '#')
      continue;
    char *fields[64];
    size_t nf = split(line, fields, 64);
    if (!have_header) {
      for (size_t c = 0; c < n; c++) {
        /* "?short_for": a column a file may leave out (read as empty) */
        int optional = columns[c][0] == '?';
        map[c] = -1;
        for (size_t k = 0; k < nf; k++)
          if (strcmp(fields[k], columns[c] + optional) == 0)
            map[c] = (int)k;
        if (map[c] < 0 && !optional) {
          st = kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: header lacks column '%s'", path,
                               lineno, columns[c]);
          goto done;
        }
      }
      have_header = 1;
      continue;
    }
    kabar_tsv_row row = {path, lineno, n, {0}};
    for (size_t c = 0; c < n; c++) {
      row.field[c] = (size_t)map[c] < nf ? fields[map[c]] : "";
      if (c < required && !*row.field[c]) {
        st = kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: column '%s' is empty", path, lineno,
                             columns[c]);
        goto done;
      }
    }
    TRY(fn(user, &row, err));
    errno = 0;
  }
  if (errno == ENOMEM) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  if (ferror(f)) {
    st = kabar_error_set(err, KABAR_ERR_DATA, "%s: read error", path);
    goto done;
  }
  if (!have_header)
    st = kabar_error_set(err, KABAR_ERR_DATA, "%s: no header line", path);
done:
  free(line);
  fclose(f);
  return st;
}
