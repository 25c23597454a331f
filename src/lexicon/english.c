/* SPDX-License-Identifier: MIT */
#include "lexicon/english.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"
#include "lexicon/tsvfile.h"

#include <stdlib.h>
#include <string.h>

struct kabar_english_names {
  kabar_arena *arena;
  kabar_strmap *by_code; /* iso3 -> index in names */
  const char **names;
  size_t n, cap;
};

static kabar_status english_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_english_names *t = user;
  const char *code = row->field[0], *name = row->field[1];
  if (!code[0] || !name[0])
    return KABAR_OK;
  const char *copy = kabar_arena_strdup(t->arena, name);
  if (!copy || kabar_grow((void **)&t->names, &t->cap, t->n, sizeof *t->names) < 0 ||
      kabar_strmap_put(t->by_code, code, strlen(code), t->n) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  t->names[t->n++] = copy;
  return KABAR_OK;
}

kabar_status kabar_english_names_load(const char *path, kabar_english_names **out,
                                      kabar_error *err) {
  static const char *const COLUMNS[] = {"iso3", "label_en"};
  kabar_status st = KABAR_OK;
  *out = NULL;
  kabar_english_names *t = calloc(1, sizeof *t);
  TRY_ALLOC(t);
  TRY_ALLOC(t->arena = kabar_arena_new());
  TRY_ALLOC(t->by_code = kabar_strmap_new());
  TRY(kabar_tsv_read(path, COLUMNS, 2, 0, english_row, t, err));
  *out = t;
  t = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", path);
  kabar_english_names_free(t);
  return st;
}

void kabar_english_names_free(kabar_english_names *t) {
  if (!t)
    return;
  kabar_strmap_free(t->by_code);
  free(t->names);
  kabar_arena_free(t->arena);
  free(t);
}

const char *kabar_english_name(const kabar_english_names *t, const char *iso3) {
  size_t i;
  if (!t || !iso3 || !kabar_strmap_get(t->by_code, iso3, strlen(iso3), &i))
    return NULL;
  return t->names[i];
}
