/* SPDX-License-Identifier: MIT */
/* The English names of states (states.tsv's label_en column, from
 * iso-codes by tools/gen_states.py), for the RDF export's @en labels.
 * Extraction never reads them. */
#ifndef KABAR_LEXICON_ENGLISH_H
#define KABAR_LEXICON_ENGLISH_H

#include "kabar/common.h"

typedef struct kabar_english_names kabar_english_names;

/* Reads the iso3 and label_en columns of the states table at `path`; a row
 * without either is skipped. On success *out owns a new table freed with
 * kabar_english_names_free(). Errors name the file (and line). */
kabar_status kabar_english_names_load(const char *path, kabar_english_names **out,
                                      kabar_error *err);
void kabar_english_names_free(kabar_english_names *n); /* NULL is a no-op */

/* The English name of the state with ISO 3166 alpha-3 code `iso3`, or NULL. */
const char *kabar_english_name(const kabar_english_names *n, const char *iso3);

#endif
