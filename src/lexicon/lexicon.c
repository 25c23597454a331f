/* SPDX-License-Identifier: MIT */
#include "lexicon.h"
#include "tsvfile.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kabar_lexicon {
  kabar_arena *arena;
  kabar_lex_entity *ents;
  size_t n_ents, cap_ents;
  kabar_lex_role *roles;
  size_t n_roles, cap_roles;
  kabar_phrases *names; /* -> entity index */
  kabar_phrases *cities; /* the gazetteer's names (cities.tsv) -> entity index */
  kabar_phrases *titles; /* -> role index */
  kabar_phrases *honorifics; /* -> index into hon_kinds */
  const char **hon_kinds;
  size_t n_hon, cap_hon;
  kabar_strmap *states; /* iso3 -> entity index */
};

typedef struct load_ctx {
  kabar_lexicon *lex;
  kabar_entity_type type;
} load_ctx;

/* Heads an agreement's name may be written with: "Perjanjian Renville",
 * "Persetujuan Renville", "Perundingan Renville" (the talks that made it)
 * name one agreement. */
static const char *const agreement_heads[] = {"Perjanjian ", "Persetujuan ", "Perundingan ",
                                              "Traktat "};

/* Adds one name of entity `index`; an agreement's under each head. Returns
 * 0, or -1 when out of memory. */
static int add_name(kabar_lexicon *lex, kabar_phrases *set, const char *name, size_t index,
                    unsigned pflags, kabar_entity_type type) {
  if (kabar_phrases_add(set, name, index, pflags) < 0)
    return -1;
  if (type != KABAR_ENT_AGREEMENT)
    return 0;
  const size_t n_heads = sizeof agreement_heads / sizeof agreement_heads[0];
  for (size_t h = 0; h < n_heads; h++) {
    size_t hn = strlen(agreement_heads[h]);
    if (strncmp(name, agreement_heads[h], hn) != 0 || !name[hn])
      continue;
    for (size_t o = 0; o < n_heads; o++) {
      if (o == h)
        continue;
      size_t on = strlen(agreement_heads[o]), rn = strlen(name + hn);
      char *v = kabar_arena_alloc(lex->arena, on + rn + 1);
      if (!v)
        return -1;
      memcpy(v, agreement_heads[o], on);
      memcpy(v + on, name + hn, rn + 1);
      if (kabar_phrases_add(set, v, index, pflags) < 0)
        return -1;
    }
    break;
  }
  return 0;
}

static kabar_status add_entity(kabar_lexicon *lex, const kabar_tsv_row *row, kabar_entity_type type,
                               const char *label, const char *names, const char *iso3,
                               const char *kind, unsigned flags, kabar_error *err) {
  if (kabar_grow((void **)&lex->ents, &lex->cap_ents, lex->n_ents, sizeof *lex->ents) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  size_t index = lex->n_ents;
  kabar_lex_entity *e = &lex->ents[index];
  e->type = type;
  e->label = kabar_arena_strdup(lex->arena, label);
  e->iso3 = iso3 && *iso3 ? kabar_arena_strdup(lex->arena, iso3) : NULL;
  e->kind = kabar_arena_strdup(lex->arena, kind ? kind : "");
  e->flags = flags;
  if (!e->label || !e->kind || (iso3 && *iso3 && !e->iso3))
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  lex->n_ents++;
  /* Proper names must be capitalized in the text; agreements and events
   * ("perjanjian kemitraan strategis", "pandemi COVID-19") need not be. */
  unsigned pflags = (type == KABAR_ENT_AGREEMENT || type == KABAR_ENT_EVENT)
                        ? 0u
                        : (unsigned)KABAR_PHRASE_CAPITALIZED;
  /* the gazetteer's names are kept apart: only a name that no rule and no
   * other lexicon reads is looked up there (kabar_lexicon_match_city) */
  kabar_phrases *set = (flags & KABAR_LEX_GAZETTEER) ? lex->cities : lex->names;
  if (add_name(lex, set, label, index, pflags, type) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  for (const char *p = names; p && *p;) {
    size_t n = strcspn(p, "|");
    if (n > 0) {
      char *name = kabar_arena_strndup(lex->arena, p, n);
      if (!name || add_name(lex, set, name, index, pflags, type) < 0)
        return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
    }
    p += n;
    if (*p == '|')
      p++;
  }
  return KABAR_OK;
}

static kabar_status state_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  const char *iso3 = row->field[0], *label = row->field[1];
  if (!*label)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: empty label", row->path, row->line);
  unsigned flags = strcmp(row->field[3], "1") == 0 ? KABAR_LEX_FORMER : 0u;
  if (*iso3 && kabar_strmap_put(lex->states, iso3, strlen(iso3), lex->n_ents) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  return add_entity(lex, row, KABAR_ENT_STATE, label, row->field[2], iso3, "", flags, err);
}

static kabar_status place_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  unsigned flags = strcmp(row->field[3], "1") == 0 ? KABAR_LEX_METONYM : 0u;
  return add_entity(lex, row, KABAR_ENT_PLACE, row->field[0], row->field[1], row->field[2],
                    row->field[4], flags, err);
}

static kabar_status city_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  if (strcmp(row->field[3], "1") == 0)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: a gazetteer city cannot be a metonym",
                           row->path, row->line);
  return add_entity(lex, row, KABAR_ENT_PLACE, row->field[0], row->field[1], row->field[2],
                    row->field[4], KABAR_LEX_GAZETTEER, err);
}

static kabar_status org_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  return add_entity(lex, row, KABAR_ENT_ORGANIZATION, row->field[0], row->field[1], row->field[3],
                    row->field[2], 0, err);
}

static kabar_status plain_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  load_ctx *c = user;
  return add_entity(c->lex, row, c->type, row->field[0], row->field[1], NULL, "", 0, err);
}

static kabar_status person_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  /* a year the office ended: the lexicon's role is a past one */
  unsigned flags = row->field[4][0] ? KABAR_LEX_PAST : 0u;
  return add_entity(lex, row, KABAR_ENT_PERSON, row->field[0], row->field[1], row->field[2],
                    row->field[3], flags, err);
}

static kabar_status role_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  kabar_relation rel;
  if (kabar_relation_parse(row->field[1], &rel) < 0 ||
      (rel != KABAR_REL_LEADER_OF && rel != KABAR_REL_OFFICIAL_OF &&
       rel != KABAR_REL_AFFILIATED_WITH && rel != KABAR_REL_MEMBER_OF))
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: '%s' is not a role relation", row->path,
                           row->line, row->field[1]);
  if (kabar_grow((void **)&lex->roles, &lex->cap_roles, lex->n_roles, sizeof *lex->roles) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  kabar_lex_role *r = &lex->roles[lex->n_roles];
  r->title = kabar_arena_strdup(lex->arena, row->field[0]);
  r->kind = kabar_arena_strdup(lex->arena, row->field[2]);
  r->relation = rel;
  r->short_for = row->field[3][0] ? kabar_arena_strdup(lex->arena, row->field[3]) : NULL;
  if (!r->title || !r->kind || (row->field[3][0] && !r->short_for) || kabar_phrases_add(lex->titles, r->title, lex->n_roles, 0) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  lex->n_roles++;
  return KABAR_OK;
}

static kabar_status honorific_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_lexicon *lex = ((load_ctx *)user)->lex;
  const char *kind = row->field[1];
  if (strcmp(kind, "honorific") != 0 && strcmp(kind, "rank") != 0 && strcmp(kind, "qualifier") != 0 &&
      strcmp(kind, "familiar") != 0)
    return kabar_error_set(err, KABAR_ERR_DATA,
                           "%s:%zu: '%s' is not an honorific kind (honorific, rank, qualifier, familiar)",
                           row->path, row->line, kind);
  if (kabar_grow((void **)&lex->hon_kinds, &lex->cap_hon, lex->n_hon, sizeof *lex->hon_kinds) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  const char *k = kabar_arena_strdup(lex->arena, kind);
  if (!k || kabar_phrases_add(lex->honorifics, row->field[0], lex->n_hon, 0) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  lex->hon_kinds[lex->n_hon++] = k;
  return KABAR_OK;
}

typedef struct file_spec {
  const char *file;
  const char *columns[6];
  size_t n, required;
  kabar_tsv_row_fn fn;
  kabar_entity_type type;
} file_spec;

/* Earlier files win when two claim the same name: a state before a place of
 * the same name, an organization before a person. */
static const file_spec files[] = {
    {"states.tsv", {"iso3", "label", "names", "former"}, 4, 0, state_row, KABAR_ENT_STATE},
    {"organizations.tsv", {"label", "names", "kind", "state"}, 4, 1, org_row, KABAR_ENT_ORGANIZATION},
    {"people.tsv", {"label", "names", "state", "role", "?to"}, 5, 1, person_row, KABAR_ENT_PERSON},
    {"places.tsv", {"label", "names", "state", "metonym", "kind"}, 5, 1, place_row, KABAR_ENT_PLACE},
    /* generated gazetteer (tools/gen_cities.py): after the hand-kept names */
    {"cities.tsv", {"label", "names", "state", "metonym", "kind"}, 5, 1, city_row, KABAR_ENT_PLACE},
    {"events.tsv", {"label", "names"}, 2, 1, plain_row, KABAR_ENT_EVENT},
    {"agreements.tsv", {"label", "names"}, 2, 1, plain_row, KABAR_ENT_AGREEMENT},
    {"roles.tsv", {"title", "relation", "kind", "?short_for"}, 4, 2, role_row, KABAR_ENT__COUNT},
    {"honorifics.tsv", {"title", "kind"}, 2, 2, honorific_row, KABAR_ENT__COUNT},
};

kabar_status kabar_lexicon_load(const char *dir, kabar_lexicon **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_lexicon *lex = calloc(1, sizeof *lex);
  TRY_ALLOC(lex);
  lex->arena = kabar_arena_new();
  lex->names = kabar_phrases_new();
  lex->cities = kabar_phrases_new();
  lex->titles = kabar_phrases_new();
  lex->honorifics = kabar_phrases_new();
  lex->states = kabar_strmap_new();
  TRY_ALLOC(lex->arena && lex->names && lex->cities && lex->titles && lex->honorifics && lex->states ? lex : NULL);
  size_t plen = strlen(dir) + 64;
  path = malloc(plen);
  TRY_ALLOC(path);
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    snprintf(path, plen, "%s/%s", dir, files[i].file);
    load_ctx ctx = {lex, files[i].type};
    TRY(kabar_tsv_read(path, files[i].columns, files[i].n, files[i].required, files[i].fn, &ctx,
                       err));
  }
  *out = lex;
  lex = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", dir);
  free(path);
  kabar_lexicon_free(lex);
  return st;
}

void kabar_lexicon_free(kabar_lexicon *lex) {
  if (!lex)
    return;
  kabar_phrases_free(lex->names);
  kabar_phrases_free(lex->cities);
  kabar_phrases_free(lex->titles);
  kabar_phrases_free(lex->honorifics);
  free(lex->hon_kinds);
  kabar_strmap_free(lex->states);
  free(lex->ents);
  free(lex->roles);
  kabar_arena_free(lex->arena);
  free(lex);
}

/* The longest name of set at i (the names or the gazetteer's cities),
 * matched as written or in any case. */
static size_t match_entity(const kabar_lexicon *lex, const kabar_phrases *set,
                           const kabar_token *tokens, const char *const *compact, size_t i,
                           size_t end, int any_case, const kabar_lex_entity **out) {
  size_t v;
  size_t n = any_case ? kabar_phrases_match_any_case(set, tokens, compact, i, end, &v)
                      : kabar_phrases_match(set, tokens, compact, i, end, &v);
  if (n)
    *out = &lex->ents[v];
  return n;
}

size_t kabar_lexicon_match_entity(const kabar_lexicon *lex, const kabar_token *tokens,
                                  const char *const *compact, size_t i, size_t end,
                                  const kabar_lex_entity **out) {
  return match_entity(lex, lex->names, tokens, compact, i, end, 0, out);
}

size_t kabar_lexicon_match_entity_any_case(const kabar_lexicon *lex, const kabar_token *tokens,
                                           const char *const *compact, size_t i, size_t end,
                                           const kabar_lex_entity **out) {
  return match_entity(lex, lex->names, tokens, compact, i, end, 1, out);
}

int kabar_lexicon_acronym_as_word(const kabar_lexicon *lex, const kabar_token *token,
                                  const char *compact, const kabar_lex_entity **out) {
  size_t v;
  /* international bodies only: "Nato", "Asean", "Opec" are written so; a
   * company's or an agency's acronym may be an ordinary word ("Swift") */
  if (!kabar_phrases_acronym_as_word(lex->names, token, compact, &v) ||
      lex->ents[v].type != KABAR_ENT_ORGANIZATION || strcmp(lex->ents[v].kind, "intl") != 0)
    return 0;
  *out = &lex->ents[v];
  return 1;
}

size_t kabar_lexicon_match_city(const kabar_lexicon *lex, const kabar_token *tokens,
                                const char *const *compact, size_t i, size_t end,
                                const kabar_lex_entity **out) {
  return match_entity(lex, lex->cities, tokens, compact, i, end, 0, out);
}

size_t kabar_lexicon_match_role(const kabar_lexicon *lex, const kabar_token *tokens,
                                const char *const *compact, size_t i, size_t end,
                                const kabar_lex_role **out) {
  size_t v;
  size_t n = kabar_phrases_match(lex->titles, tokens, compact, i, end, &v);
  if (n && strcmp(lex->roles[v].kind, "deputy") == 0) {
    /* "Wakil Sekretaris ...": a deputy prefix makes any title after it a
     * deputy's post; alone it is no title */
    const kabar_lex_role *deputy = &lex->roles[v];
    size_t m = kabar_lexicon_match_role(lex, tokens, compact, i + n, end, out);
    if (!m)
      return 0;
    *out = deputy;
    return n + m;
  }
  if (n)
    *out = &lex->roles[v];
  return n;
}

size_t kabar_lexicon_match_honorific(const kabar_lexicon *lex, const kabar_token *tokens,
                                     const char *const *compact, size_t i, size_t end,
                                     const char **kind) {
  size_t v;
  size_t n = kabar_phrases_match(lex->honorifics, tokens, compact, i, end, &v);
  if (n)
    *kind = lex->hon_kinds[v];
  return n;
}

int kabar_lexicon_may_start_entity(const kabar_lexicon *lex, const char *compact) {
  return kabar_phrases_may_start(lex->names, compact);
}

int kabar_lexicon_may_start_role(const kabar_lexicon *lex, const char *compact) {
  return kabar_phrases_may_start(lex->titles, compact);
}

const kabar_lex_entity *kabar_lexicon_lookup(const kabar_lexicon *lex, const char *name) {
  size_t v;
  return kabar_phrases_lookup(lex->names, name, &v) > 0 ? &lex->ents[v] : NULL;
}

const kabar_lex_entity *kabar_lexicon_lookup_key(const kabar_lexicon *lex, const char *key,
                                                 size_t len) {
  size_t v;
  return kabar_phrases_lookup_key(lex->names, key, len, &v) ? &lex->ents[v] : NULL;
}

const kabar_lex_role *kabar_lexicon_role_key(const kabar_lexicon *lex, const char *key, size_t len) {
  size_t v;
  return kabar_phrases_lookup_key(lex->titles, key, len, &v) ? &lex->roles[v] : NULL;
}

const kabar_lex_role *kabar_lexicon_role(const kabar_lexicon *lex, const char *title) {
  size_t v;
  return kabar_phrases_lookup(lex->titles, title, &v) > 0 ? &lex->roles[v] : NULL;
}

const kabar_lex_entity *kabar_lexicon_state(const kabar_lexicon *lex, const char *iso3) {
  size_t v;
  return iso3 && kabar_strmap_get(lex->states, iso3, strlen(iso3), &v) ? &lex->ents[v] : NULL;
}

size_t kabar_lexicon_count(const kabar_lexicon *lex, kabar_entity_type type) {
  size_t n = 0;
  for (size_t i = 0; i < lex->n_ents; i++)
    n += lex->ents[i].type == type;
  return n;
}

size_t kabar_lexicon_n_entities(const kabar_lexicon *lex) { return lex->n_ents; }
const kabar_lex_entity *kabar_lexicon_entity(const kabar_lexicon *lex, size_t i) {
  return i < lex->n_ents ? &lex->ents[i] : NULL;
}
size_t kabar_lexicon_n_roles(const kabar_lexicon *lex) { return lex->n_roles; }
