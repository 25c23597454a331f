/* SPDX-License-Identifier: MIT */
/* facts.jsonl: facts.tsv as JSON Lines, for readers whose default dialect
 * takes a leading '"' of a TSV value for a quote. */
#include "facts_row.h"

#include "common/clean.h"

/* `lead` ('{' or ','), then "key":"value", or "key":null for an empty
 * value. The value is cleaned as in facts.tsv, so both files carry the same
 * bytes: cleaning leaves no control character, and '"' and '\' are escaped. */
static int put_str(FILE *f, char lead, const char *key, const char *s) {
  if (putc(lead, f) == EOF || putc('"', f) == EOF || fputs(key, f) == EOF ||
      fputs("\":", f) == EOF)
    return -1;
  if (!s || !*s)
    return fputs("null", f) == EOF ? -1 : 0;
  return kabar_clean_puts(f, s, KABAR_CLEAN_JSON);
}

static int put_num(FILE *f, const char *key, size_t v) {
  if (fputs(",\"", f) == EOF || fputs(key, f) == EOF || fputs("\":", f) == EOF)
    return -1;
  return kabar_put_size(f, v);
}

int kb_jsonl_fact(FILE *f, const kb_fact_row *row) {
  const kabar_mention *m = row->m;
  const kabar_entity *s = row->subject, *o = row->object;
  /* The keys of facts.tsv's header, in its order. */
  if (put_str(f, '{', "doc", m->doc) < 0 || put_num(f, "sentence", m->sentence) < 0 ||
      put_str(f, ',', "subject", s->label) < 0 ||
      put_str(f, ',', "subject_type", kabar_entity_type_name(s->type)) < 0 ||
      put_str(f, ',', "relation", kabar_relation_name(m->relation)) < 0 ||
      put_str(f, ',', "object", o->label) < 0 ||
      put_str(f, ',', "object_type", kabar_entity_type_name(o->type)) < 0 ||
      put_str(f, ',', "status", kabar_fact_status_name(m->status)) < 0 ||
      put_str(f, ',', "evidence", m->evidence) < 0 ||
      put_str(f, ',', "fact_id", row->fact_id) < 0 || put_str(f, ',', "subject_id", s->id) < 0 ||
      put_str(f, ',', "object_id", o->id) < 0 ||
      put_str(f, ',', "claimant_id", row->claimant ? row->claimant->id : NULL) < 0 ||
      put_str(f, ',', "date", m->date) < 0 || put_num(f, "start", m->start) < 0 ||
      put_num(f, "end", m->end) < 0 || fputs("}\n", f) == EOF)
    return -1;
  return 0;
}
