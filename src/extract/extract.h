/* SPDX-License-Identifier: MIT */
/* The extractor: entities and fact mentions from one segmented document. */
#ifndef KABAR_EXTRACT_H
#define KABAR_EXTRACT_H

#include "kabar/kb.h"
#include "kabar/text.h"

#include <stdio.h>

typedef struct kabar_extractor kabar_extractor;

/* Loads the lexicons (DIR/lexicon) and cues (DIR/cues). */
kabar_status kabar_extractor_new(const char *data_dir, kabar_extractor **out, kabar_error *err);
void kabar_extractor_free(kabar_extractor *x); /* NULL is a no-op */

/* Adds the document's entities and fact mentions to kb (which must not be
 * finished). The extractor remembers the people it has met, so that a bare
 * family name in a later document resolves to the same person. */
kabar_status kabar_extract_doc(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                               kabar_error *err);

/* kabar_extract_doc(), and prints each sentence's layers on `out` (words,
 * mentions, clauses, phrases, facts and the rule of each: `kabar analyze`). */
kabar_status kabar_extract_analyze(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                                   FILE *out, kabar_error *err);

#endif
