/* SPDX-License-Identifier: MIT */
/* One fact mention as a row of facts.tsv and facts.jsonl: the entities it
 * names, resolved once, so that both files say the same thing. Private to
 * src/kb. */
#ifndef KABAR_KB_FACTS_ROW_H
#define KABAR_KB_FACTS_ROW_H

#include "kabar/kb.h"

#include <stdio.h>

typedef struct kb_fact_row {
  const kabar_mention *m;
  const kabar_entity *subject, *object;
  const kabar_entity *claimant; /* NULL when none */
  char *fact_id;                /* malloc'd; reused from row to row */
  size_t fact_id_cap;
} kb_fact_row;

/* Fills row for mention m, reusing row->fact_id (start with a zeroed row;
 * free(row->fact_id) when done). The fact_id is "<subject id>:<relation>:
 * <object id>", except that a symmetric relation puts the smaller id (byte
 * order) first: the kb orders a symmetric fact by entity index, which
 * depends on the order of the inputs, and the id of a fact must not.
 * Returns 0, or -1 when out of memory. */
int kb_fact_row_get(const kabar_kb *kb, const kabar_mention *m, kb_fact_row *row);

/* Writes the row as one line of facts.jsonl (a JSON object and '\n'), with
 * the values facts.tsv has, cleaned the same way. Returns 0, or -1 when the
 * stream fails. */
int kb_jsonl_fact(FILE *f, const kb_fact_row *row);

#endif
