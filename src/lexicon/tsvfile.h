/* SPDX-License-Identifier: MIT */
/* Reading the project's TSV data files: a header line naming the columns,
 * '#' comment lines, blank lines skipped, no quoting. */
#ifndef KABAR_TSVFILE_H
#define KABAR_TSVFILE_H

#include "kabar/common.h"

#define KABAR_TSV_MAX_FIELDS 16

typedef struct kabar_tsv_row {
  const char *path;
  size_t line;                          /* 1-based, for messages */
  size_t n_fields;
  const char *field[KABAR_TSV_MAX_FIELDS]; /* by the column order asked for; "" when absent */
} kabar_tsv_row;

typedef kabar_status (*kabar_tsv_row_fn)(void *user, const kabar_tsv_row *row, kabar_error *err);

/* Reads `path`, whose header must contain every name in `columns` (n of
 * them, in any order; extra columns are ignored), and calls fn for each data
 * row with the fields in the order of `columns`. The first `required`
 * columns must be non-empty. Errors name the file and line. */
kabar_status kabar_tsv_read(const char *path, const char *const *columns, size_t n,
                            size_t required, kabar_tsv_row_fn fn, void *user, kabar_error *err);

#endif
