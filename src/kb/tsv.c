/* SPDX-License-Identifier: MIT */
#include "kabar/tsv.h"

#include "facts_row.h"

#include "common/clean.h"
#include "common/output.h"
#include "common/try.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes s cleaned (common/clean.h); the format has no quoting. A failed
 * write shows in ferror(), which close_checked() reads. */
static void put_field(FILE *f, const char *s) { kabar_clean_puts(f, s, KABAR_CLEAN_PLAIN); }

/* Writes the items joined by '|', each with '\' and '|' escaped so that the
 * list splits back (include/kabar/tsv.h). */
static void put_list(FILE *f, const char *const *items, size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (k)
      putc('|', f);
    kabar_clean_puts(f, items[k], KABAR_CLEAN_TSV_ITEM);
  }
}

static const kabar_kb *sort_kb; /* qsort has no user pointer in C11 */

static int cmp_entity(const void *a, const void *b) {
  const kabar_entity *x = kabar_kb_get_entity(sort_kb, *(const size_t *)a);
  const kabar_entity *y = kabar_kb_get_entity(sort_kb, *(const size_t *)b);
  if (x->type != y->type)
    return (int)x->type - (int)y->type;
  int c = strcmp(x->label, y->label);
  return c ? c : strcmp(x->id, y->id);
}

static kabar_status close_checked(FILE *f, const char *path, kabar_error *err) {
  int bad = ferror(f);
  if (fclose(f) != 0 || bad)
    return kabar_error_set(err, KABAR_ERR_WRITE, "%s: write failed: %s", path,
                           strerror(errno ? errno : EIO));
  return KABAR_OK;
}

static kabar_status write_entities(const kabar_kb *kb, const char *path, kabar_error *err) {
  size_t n = kabar_kb_n_entities(kb);
  size_t *order = malloc((n ? n : 1) * sizeof *order);
  if (!order)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  for (size_t i = 0; i < n; i++)
    order[i] = i;
  sort_kb = kb;
  qsort(order, n, sizeof *order, cmp_entity);
  FILE *f = kabar_output_open(path);
  if (!f) {
    free(order);
    return kabar_error_set(err, kabar_write_status(errno), "%s: %s", path, strerror(errno));
  }
  fputs("id\ttype\tlabel\taliases\tiso3\tdocs\tmentions\tdocuments\n", f);
  for (size_t i = 0; i < n; i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, order[i]);
    put_field(f, e->id);
    fprintf(f, "\t%s\t", kabar_entity_type_name(e->type));
    put_field(f, e->label);
    putc('\t', f);
    put_list(f, e->aliases, e->n_aliases);
    putc('\t', f);
    put_field(f, e->iso3);
    putc('\t', f);
    /* every document (the contract's `docs`), read back from the kb's file */
    const char **docs = NULL;
    size_t n_docs = 0;
    kabar_status st = kabar_kb_entity_docs(kb, order[i], &docs, &n_docs);
    if (st != KABAR_OK) {
      fclose(f);
      free(order);
      return kabar_error_set(err, st, "%s: %s", path,
                             st == KABAR_ERR_NOMEM ? "out of memory"
                                                   : "the documents of an entity could not be "
                                                     "read back from a temporary file");
    }
    put_list(f, docs, n_docs);
    free(docs);
    fprintf(f, "\t%zu\t%zu\n", e->mentions, e->n_docs);
  }
  free(order);
  return close_checked(f, path, err);
}

/* ---- facts.tsv and facts.jsonl ---- */

/* The contract's nine columns (spec/EXTRACTION.md), then ours: readers that
 * take the first nine, or columns by name, see the contract's table. */
static const char facts_header[] =
    "doc\tsentence\tsubject\tsubject_type\trelation\tobject\tobject_type\tstatus\tevidence\t"
    "fact_id\tsubject_id\tobject_id\tclaimant_id\tdate\tstart\tend\n";

int kb_fact_row_get(const kabar_kb *kb, const kabar_mention *m, kb_fact_row *row) {
  row->m = m;
  row->subject = kabar_kb_get_entity(kb, m->subject);
  row->object = kabar_kb_get_entity(kb, m->object);
  row->claimant = m->claimant == KABAR_NONE ? NULL : kabar_kb_get_entity(kb, m->claimant);
  const char *a = row->subject->id, *b = row->object->id;
  if (kabar_relation_is_symmetric(m->relation) && strcmp(b, a) < 0) {
    const char *t = a;
    a = b;
    b = t;
  }
  const char *rel = kabar_relation_name(m->relation);
  size_t need = strlen(a) + strlen(rel) + strlen(b) + 3;
  if (need > row->fact_id_cap) {
    char *p = realloc(row->fact_id, need);
    if (!p)
      return -1;
    row->fact_id = p;
    row->fact_id_cap = need;
  }
  snprintf(row->fact_id, need, "%s:%s:%s", a, rel, b);
  return 0;
}

/* A column after the first: a tab, then the value. Written with fputs and
 * kabar_put_size rather than fprintf: rows are written once per mention,
 * millions of times on a large corpus. */
static void col_field(FILE *f, const char *s) {
  putc('\t', f);
  put_field(f, s);
}

static void col_word(FILE *f, const char *word) { /* a vocabulary name: nothing to clean */
  putc('\t', f);
  fputs(word, f);
}

static void col_size(FILE *f, size_t v) {
  putc('\t', f);
  kabar_put_size(f, v);
}

static void put_fact_row(FILE *f, const kb_fact_row *row) {
  const kabar_mention *m = row->m;
  const kabar_entity *s = row->subject, *o = row->object;
  put_field(f, m->doc);
  col_size(f, m->sentence);
  col_field(f, s->label);
  col_word(f, kabar_entity_type_name(s->type));
  col_word(f, kabar_relation_name(m->relation));
  col_field(f, o->label);
  col_word(f, kabar_entity_type_name(o->type));
  col_word(f, kabar_fact_status_name(m->status));
  col_field(f, m->evidence);
  col_field(f, row->fact_id);
  col_field(f, s->id);
  col_field(f, o->id);
  col_field(f, row->claimant ? row->claimant->id : NULL);
  col_field(f, m->date);
  col_size(f, m->start);
  col_size(f, m->end);
  putc('\n', f);
}

typedef struct facts_ctx {
  const kabar_kb *kb;
  FILE *tsv, *jsonl;
  const char *tsv_path, *jsonl_path;
  const char *failed; /* the path whose write failed */
  kb_fact_row row;
} facts_ctx;

static kabar_status write_fact(void *user, const kabar_mention *m) {
  facts_ctx *c = user;
  if (kb_fact_row_get(c->kb, m, &c->row) < 0)
    return KABAR_ERR_NOMEM;
  put_fact_row(c->tsv, &c->row);
  if (ferror(c->tsv)) {
    c->failed = c->tsv_path;
    return KABAR_ERR_WRITE;
  }
  if (kb_jsonl_fact(c->jsonl, &c->row) < 0 || ferror(c->jsonl)) {
    c->failed = c->jsonl_path;
    return KABAR_ERR_WRITE;
  }
  return KABAR_OK;
}

/* facts.tsv and facts.jsonl in one pass over the spooled mentions, so that
 * their rows come in the same order. */
static kabar_status write_facts(const kabar_kb *kb, const char *tsv_path, const char *jsonl_path,
                                kabar_error *err) {
  kabar_status st = KABAR_OK;
  facts_ctx c = {kb, NULL, NULL, tsv_path, jsonl_path, NULL, {0}};
  const char *opening = tsv_path;
  c.tsv = kabar_output_open(tsv_path);
  if (c.tsv) {
    opening = jsonl_path;
    c.jsonl = kabar_output_open(jsonl_path);
  }
  if (!c.tsv || !c.jsonl) {
    st = kabar_error_set(err, kabar_write_status(errno), "%s: %s", opening, strerror(errno));
    goto done;
  }
  fputs(facts_header, c.tsv);
  st = kabar_kb_foreach_mention(kb, write_fact, &c);
  if (st != KABAR_OK) {
    st = kabar_error_set(err, st, "%s: %s", c.failed ? c.failed : tsv_path, kabar_strerror(st));
    goto done;
  }
  FILE *f = c.tsv;
  c.tsv = NULL;
  st = close_checked(f, tsv_path, err);
  f = c.jsonl;
  c.jsonl = NULL;
  if (st == KABAR_OK)
    st = close_checked(f, jsonl_path, err);
  else
    fclose(f);
done:
  if (c.tsv)
    fclose(c.tsv);
  if (c.jsonl)
    fclose(c.jsonl);
  free(c.row.fact_id);
  return st;
}

/* ---- mentions.tsv ---- */

typedef struct mentions_ctx {
  const kabar_kb *kb;
  FILE *f;
} mentions_ctx;

static kabar_status write_mention_row(void *user, const kabar_entity_mention *m) {
  mentions_ctx *c = user;
  const kabar_entity *e = kabar_kb_get_entity(c->kb, m->entity);
  put_field(c->f, m->doc);
  col_size(c->f, m->sentence);
  col_size(c->f, m->start);
  col_size(c->f, m->end);
  col_field(c->f, m->surface);
  col_field(c->f, e->id);
  col_word(c->f, kabar_entity_type_name(e->type));
  col_word(c->f, kabar_mention_kind_name(m->kind));
  putc('\n', c->f);
  return ferror(c->f) ? KABAR_ERR_WRITE : KABAR_OK;
}

static kabar_status write_mentions(const kabar_kb *kb, const char *path, kabar_error *err) {
  FILE *f = kabar_output_open(path);
  if (!f)
    return kabar_error_set(err, kabar_write_status(errno), "%s: %s", path, strerror(errno));
  fputs("doc\tsentence\tstart\tend\tsurface\tentity_id\ttype\tkind\n", f);
  mentions_ctx c = {kb, f};
  kabar_status st = kabar_kb_foreach_entity_mention(kb, write_mention_row, &c);
  if (st != KABAR_OK) {
    fclose(f);
    return kabar_error_set(err, st, "%s: %s", path, kabar_strerror(st));
  }
  return close_checked(f, path, err);
}

kabar_status kabar_tsv_write(const kabar_kb *kb, const char *dir, kabar_error *err) {
  size_t n = strlen(dir) + 32;
  char *path = malloc(n), *path2 = malloc(n);
  kabar_status st = KABAR_OK;
  if (!path || !path2) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    goto done;
  }
  snprintf(path, n, "%s/entities.tsv", dir);
  TRY(write_entities(kb, path, err));
  snprintf(path, n, "%s/facts.tsv", dir);
  snprintf(path2, n, "%s/facts.jsonl", dir);
  TRY(write_facts(kb, path, path2, err));
  snprintf(path, n, "%s/mentions.tsv", dir);
  TRY(write_mentions(kb, path, err));
done:
  free(path);
  free(path2);
  return st;
}

int kabar_tsv_put_value(FILE *f, const char *s, size_t n) {
  return kabar_clean_write(f, s, n, KABAR_CLEAN_PLAIN);
}
