/* SPDX-License-Identifier: MIT */
/* The two TSV files of spec/EXTRACTION.md, entities.tsv and facts.tsv;
 * facts.jsonl, facts.tsv's rows as JSON Lines; and mentions.tsv: one row
 * per entity mention with its byte span. */
#ifndef KABAR_TSV_H
#define KABAR_TSV_H

#include "kabar/kb.h"

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How values are written (the same rule as every other kabar writer):
 *
 * - Each row is one line and each value one field: TSV has no quoting, so a
 *   value is cleaned first. Control characters (U+0000-U+001F: tab, LF, VT,
 *   FF, CR...; U+007F-U+009F: NEL U+0085...) and the line and paragraph
 *   separators U+2028 and U+2029 become one space each. Bytes that are not
 *   valid UTF-8 and noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF) become
 *   U+FFFD. Everything else is written as it is, backslashes included.
 * - The list fields (aliases and docs of entities.tsv) join their items with
 *   '|'. Inside an item a backslash is written "\\" and a '|' "\|", so
 *   splitting on each '|' not escaped by a backslash and then replacing
 *   "\|" by '|' and "\\" by '\' gives the items back: the aliases `AC|DC`
 *   and `C:\x` are written `AC\|DC|C:\\x`.
 */

/* Writes entities.tsv, facts.tsv, facts.jsonl and mentions.tsv into `dir`
 * (which exists). The kb must be finished. Entities are sorted by type, then
 * label, then id; an entity's aliases longest first (the most specific name
 * before a short one many entities may share), then by bytes; facts and
 * mentions come in input order. Values are cleaned and list items escaped as
 * above.
 *
 * facts.tsv has the contract's nine columns, then fact_id ("<subject_id>:
 * <relation>:<object_id>", for a symmetric relation the smaller id first),
 * subject_id, object_id, claimant_id (who alleges or denies it; empty if
 * none), date (empty if none), start and end (the sentence's byte span,
 * as in mentions.tsv). facts.jsonl has one JSON object per facts.tsv row,
 * in the same order, with the header's names as keys: sentence, start and
 * end are numbers, an empty value is null, and every other value is the
 * same string (the same cleaned bytes) as in facts.tsv. */
kabar_status kabar_tsv_write(const kabar_kb *kb, const char *dir, kabar_error *err);

/* Writes the n bytes at s (NULL: nothing) as one TSV value, cleaned as
 * above, for other TSV writers (`kabar sentences`). Returns 0, or -1 when
 * the stream fails. */
int kabar_tsv_put_value(FILE *f, const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
