/* SPDX-License-Identifier: MIT */
#include "kabar/tsv.h"

#include "common/clean.h"
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
  FILE *f = fopen(path, "wb");
  if (!f) {
    free(order);
    return kabar_error_set(err, kabar_write_status(errno), "%s: %s", path, strerror(errno));
  }
  fputs("id\ttype\tlabel\taliases\tiso3\tdocs\tmentions\n", f);
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
    put_list(f, e->docs, e->n_docs);
    fprintf(f, "\t%zu\n", e->mentions);
  }
  free(order);
  return close_checked(f, path, err);
}

typedef struct row_ctx {
  const kabar_kb *kb;
  FILE *f;
} row_ctx;

static kabar_status write_fact_row(void *user, const kabar_mention *m) {
  row_ctx *c = user;
  const kabar_entity *s = kabar_kb_get_entity(c->kb, m->subject);
  const kabar_entity *o = kabar_kb_get_entity(c->kb, m->object);
  put_field(c->f, m->doc);
  fprintf(c->f, "\t%zu\t", m->sentence);
  put_field(c->f, s->label);
  fprintf(c->f, "\t%s\t%s\t", kabar_entity_type_name(s->type), kabar_relation_name(m->relation));
  put_field(c->f, o->label);
  fprintf(c->f, "\t%s\t%s\t", kabar_entity_type_name(o->type), kabar_fact_status_name(m->status));
  put_field(c->f, m->evidence);
  putc('\n', c->f);
  return ferror(c->f) ? KABAR_ERR_WRITE : KABAR_OK;
}

static kabar_status write_mention_row(void *user, const kabar_entity_mention *m) {
  row_ctx *c = user;
  const kabar_entity *e = kabar_kb_get_entity(c->kb, m->entity);
  put_field(c->f, m->doc);
  fprintf(c->f, "\t%zu\t%zu\t%zu\t", m->sentence, m->start, m->end);
  put_field(c->f, m->surface);
  putc('\t', c->f);
  put_field(c->f, e->id);
  fprintf(c->f, "\t%s\t%s\n", kabar_entity_type_name(e->type), kabar_mention_kind_name(m->kind));
  return ferror(c->f) ? KABAR_ERR_WRITE : KABAR_OK;
}

/* facts.tsv (the fact mentions) or mentions.tsv (the entity mentions): the
 * header, then one row per spooled mention in input order. */
static kabar_status write_mention_table(const kabar_kb *kb, const char *path, const char *header,
                                        int entities, kabar_error *err) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return kabar_error_set(err, kabar_write_status(errno), "%s: %s", path, strerror(errno));
  fputs(header, f);
  row_ctx c = {kb, f};
  kabar_status st = entities ? kabar_kb_foreach_entity_mention(kb, write_mention_row, &c)
                             : kabar_kb_foreach_mention(kb, write_fact_row, &c);
  if (st != KABAR_OK) {
    fclose(f);
    return kabar_error_set(err, st, "%s: %s", path, kabar_strerror(st));
  }
  return close_checked(f, path, err);
}

kabar_status kabar_tsv_write(const kabar_kb *kb, const char *dir, kabar_error *err) {
  size_t n = strlen(dir) + 32;
  char *path = malloc(n);
  if (!path)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  snprintf(path, n, "%s/entities.tsv", dir);
  kabar_status st = write_entities(kb, path, err);
  if (st == KABAR_OK) {
    snprintf(path, n, "%s/facts.tsv", dir);
    st = write_mention_table(kb, path,
                             "doc\tsentence\tsubject\tsubject_type\trelation\tobject\t"
                             "object_type\tstatus\tevidence\n",
                             0, err);
  }
  if (st == KABAR_OK) {
    snprintf(path, n, "%s/mentions.tsv", dir);
    st = write_mention_table(kb, path,
                             "doc\tsentence\tstart\tend\tsurface\tentity_id\ttype\tkind\n", 1,
                             err);
  }
  free(path);
  return st;
}

int kabar_tsv_put_value(FILE *f, const char *s, size_t n) {
  return kabar_clean_write(f, s, n, KABAR_CLEAN_PLAIN);
}
