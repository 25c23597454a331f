/* SPDX-License-Identifier: MIT */
#include "cues.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"
#include "lexicon/tsvfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kabar_cues {
  kabar_arena *arena;
  kabar_strmap *words;        /* word -> index into word_cats */
  kabar_word_cats *word_cats;
  size_t n_word_cats, cap_word_cats;
  kabar_strmap *status_words; /* word -> status cue index */
  kabar_morpher *morph;       /* root -> root info index */
  kabar_strmap *root_index;   /* root -> root info index (for building) */
  kabar_root_info *roots;
  size_t n_roots, cap_roots;
  kabar_rel_cue *rels;
  size_t n_rels, cap_rels;
  kabar_status_cue *statuses;
  size_t n_statuses, cap_statuses;
};

/* The root info for `root`, created on first use; NULL when out of memory. */
static kabar_root_info *root_info(kabar_cues *c, const char *root) {
  size_t idx;
  if (kabar_strmap_get(c->root_index, root, strlen(root), &idx))
    return &c->roots[idx];
  if (kabar_grow((void **)&c->roots, &c->cap_roots, c->n_roots, sizeof *c->roots) < 0)
    return NULL;
  idx = c->n_roots++;
  c->roots[idx] = (kabar_root_info){0, 0, -1, 0};
  if (kabar_strmap_put(c->root_index, root, strlen(root), idx) < 0 ||
      kabar_morpher_add_root(c->morph, root, idx) < 0)
    return NULL;
  return &c->roots[idx];
}

static const struct {
  const char *name;
  kabar_word_cats bit;
} word_categories[] = {{"prep", W_PREP},           {"conj", W_CONJ},
            {"boundary", W_BOUNDARY},   {"relative", W_RELATIVE},
            {"skip", W_SKIP},           {"pron_person", W_PRON_PERSON},
            {"pron_plural", W_PRON_PLURAL}, {"pron_pair", W_PRON_PAIR},
            {"report", W_REPORT},       {"report_prep", W_REPORT_PREP},
            {"claim", W_CLAIM},         {"demonstrative", W_DEMONSTRATIVE},
            {"pron_nya", W_PRON_NYA},   {"article", W_ARTICLE},
            {"military", W_MILITARY},   {"head_org", W_HEAD_ORG},
            {"head_agreement", W_HEAD_AGREEMENT}, {"head_event", W_HEAD_EVENT},
            {"name_intro", W_NAME_INTRO}, {"join", W_JOIN},
            {"ref_state", W_REF_STATE}, {"ref_org", W_REF_ORG},
            {"transparent", W_TRANSPARENT}, {"hearsay", W_HEARSAY},
            {"light", W_LIGHT}, {"ref_agreement", W_REF_AGREEMENT},
            {"place_noun", W_PLACE_NOUN}, {"event_noun", W_EVENT_NOUN}, {"time", W_TIME},
            {"name_particle", W_NAME_PARTICLE}, {"place_compound", W_PLACE_COMPOUND},
            {"war", W_WAR}, {"relations", W_RELATIONS},
            {"head_org_last", W_HEAD_LAST}, {"consent", W_CONSENT},
            {"faction", W_FACTION}, {"witness", W_WITNESS},
            {"receive", W_RECEIVE}, {"figurative", W_FIGURATIVE},
            {"done_by", W_DONE_BY}, {"state_body", W_STATE_BODY},
            {"gov_head", W_GOV_HEAD}, {"greeting", W_GREETING},
            {"backed", W_BACKED}, {"act_root", W_ACT_ROOT}, {"troops", W_TROOPS},
            {"place_last", W_PLACE_LAST}, {"school", W_SCHOOL}, {"undergo", W_UNDERGO}, {"mission", W_MISSION}, {"armed_group", W_ARMED_GROUP}, {"patient_act", W_PATIENT_ACT}};

const char *kabar_cues_category_name(kabar_word_cats bit) {
  for (size_t i = 0; i < sizeof word_categories / sizeof word_categories[0]; i++)
    if (word_categories[i].bit == bit)
      return word_categories[i].name;
  return NULL;
}

static kabar_status word_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_cues *c = user;
  kabar_word_cats bit = 0;
  for (size_t i = 0; i < sizeof word_categories / sizeof word_categories[0]; i++)
    if (strcmp(word_categories[i].name, row->field[1]) == 0)
      bit = word_categories[i].bit;
  if (!bit)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown category '%s'", row->path,
                           row->line, row->field[1]);
  const char *w = row->field[0];
  /* the map holds an index into word_cats: a size_t may be narrower than
   * the categories */
  size_t idx;
  if (!kabar_strmap_get(c->words, w, strlen(w), &idx)) {
    if (kabar_grow((void **)&c->word_cats, &c->cap_word_cats, c->n_word_cats,
                   sizeof *c->word_cats) < 0 ||
        kabar_strmap_put(c->words, w, strlen(w), c->n_word_cats) < 0)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    idx = c->n_word_cats;
    c->word_cats[c->n_word_cats++] = 0;
  }
  c->word_cats[idx] |= bit;
  if (bit == W_REPORT || bit == W_ACT_ROOT) {
    kabar_root_info *ri = root_info(c, w);
    if (!ri)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    ri->report |= bit == W_REPORT;
  }
  return KABAR_OK;
}

static kabar_status status_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_cues *c = user;
  static const char *const kinds[] = {"planned", "negated", "alleged", "denied", "none"};
  int kind = -1;
  for (int i = 0; i < 5; i++)
    if (strcmp(kinds[i], row->field[0]) == 0)
      kind = i;
  int after = strcmp(row->field[3], "after") == 0;
  if (kind < 0 || (!after && strcmp(row->field[3], "before") != 0) ||
      (strcmp(row->field[2], "word") != 0 && strcmp(row->field[2], "root") != 0))
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: bad status cue", row->path, row->line);
  if (kabar_grow((void **)&c->statuses, &c->cap_statuses, c->n_statuses, sizeof *c->statuses) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  size_t idx = c->n_statuses++;
  c->statuses[idx] = (kabar_status_cue){(kabar_status_kind)kind, after};
  const char *w = row->field[1];
  if (strcmp(row->field[2], "word") == 0) {
    if (kabar_strmap_put(c->status_words, w, strlen(w), idx) < 0)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  } else {
    kabar_root_info *ri = root_info(c, w);
    if (!ri)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    ri->status = (int)idx;
  }
  return KABAR_OK;
}

/* Splits a |-separated list into arena strings (*out, *n); "-" alone is
 * the empty list. Returns 0, or -1 when out of memory. */
static int split_list(kabar_arena *a, const char *s, const char ***out, size_t *n) {
  *n = 0;
  *out = NULL;
  if (!*s || strcmp(s, "-") == 0)
    return 0;
  size_t count = 1;
  for (const char *p = s; *p; p++)
    count += *p == '|';
  const char **list = kabar_arena_alloc(a, count * sizeof *list);
  if (!list)
    return -1;
  for (const char *p = s;; p++) {
    size_t len = strcspn(p, "|");
    list[*n] = kabar_arena_strndup(a, p, len);
    if (!list[*n])
      return -1;
    ++*n;
    p += len;
    if (!*p)
      break;
  }
  *out = list;
  return 0;
}

static unsigned parse_types(const char *s) {
  unsigned t = 0;
  for (; *s; s++)
    switch (*s) {
    case 'S': t |= TYPE_BIT(KABAR_ENT_STATE); break;
    case 'P': t |= TYPE_BIT(KABAR_ENT_PERSON); break;
    case 'O': t |= TYPE_BIT(KABAR_ENT_ORGANIZATION); break;
    case 'A': t |= TYPE_BIT(KABAR_ENT_AGREEMENT); break;
    case 'L': t |= TYPE_BIT(KABAR_ENT_PLACE); break;
    case 'E': t |= TYPE_BIT(KABAR_ENT_EVENT); break;
    case '*': t |= (1u << KABAR_ENT__COUNT) - 1; break;
    default: return 0;
    }
  return t;
}

static kabar_status rel_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_cues *c = user;
  if (kabar_grow((void **)&c->rels, &c->cap_rels, c->n_rels, sizeof *c->rels) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  kabar_rel_cue *r = &c->rels[c->n_rels];
  memset(r, 0, sizeof *r);
  if (kabar_relation_parse(row->field[0], &r->relation) < 0)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown relation '%s'", row->path,
                           row->line, row->field[0]);
  r->root = kabar_arena_strdup(c->arena, row->field[1]);
  size_t nf, np, nfl;
  const char **forms, **preps, **flags;
  if (!r->root || split_list(c->arena, row->field[2], &forms, &nf) < 0 ||
      split_list(c->arena, row->field[3], &r->with, &r->n_with) < 0 ||
      split_list(c->arena, row->field[4], &preps, &np) < 0 ||
      split_list(c->arena, row->field[7], &flags, &nfl) < 0 ||
      !(r->preps = kabar_arena_alloc(c->arena, (np ? np : 1) * sizeof *r->preps)))
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  for (size_t i = 0; i < nf; i++) {
    if (strcmp(forms[i], "verb") == 0)
      r->forms |= F_VERB;
    else if (strcmp(forms[i], "passive") == 0)
      r->forms |= F_PASSIVE;
    else if (strcmp(forms[i], "noun") == 0)
      r->forms |= F_NOUN;
    else if (strcmp(forms[i], "base") == 0)
      r->forms |= F_BASE;
    else if (strcmp(forms[i], "nokan") == 0)
      r->forms |= F_NOKAN;
    else if (strcmp(forms[i], "ber") == 0)
      r->forms |= F_BER;
    else if (strcmp(forms[i], "men") == 0)
      r->forms |= F_MEN;
    else if (strcmp(forms[i], "affixed") == 0)
      r->forms |= F_AFFIXED;
    else
      return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown form '%s'", row->path,
                             row->line, forms[i]);
  }
  for (size_t i = 0; i < np; i++) {
    if (strcmp(preps[i], "-") == 0)
      r->direct = 1;
    else
      r->preps[r->n_preps++] = preps[i];
  }
  if (strcmp(row->field[4], "-") == 0)
    r->direct = 1;
  r->subject_types = parse_types(row->field[5]);
  r->object_types = parse_types(row->field[6]);
  if (!(r->forms & ~F_NOKAN) || !r->subject_types || !r->object_types)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: bad forms or entity types", row->path,
                           row->line);
  static const struct {
    const char *name;
    unsigned bit;
  } fl[] = {{"state", RC_STATE},     {"place", RC_PLACE},     {"reverse", RC_REVERSE},
            {"group", RC_GROUP},     {"list", RC_LIST},       {"benefit", RC_BENEFIT},
            {"host", RC_HOST},       {"military", RC_MILITARY},  {"adjacent", RC_ADJACENT}, {"own", RC_OWN}, {"appos", RC_APPOS}, {"carrier", RC_CARRIER},
            {"signer", RC_SIGNER},   {"war", RC_WAR},         {"next", RC_NEXT},
            {"pair", RC_PAIR},       {"troops", RC_TROOPS},   {"foreign", RC_FOREIGN},
            {"treaty_kind", RC_TREATY_KIND}, {"civil", RC_CIVIL}, {"journey", RC_JOURNEY},
            {"target", RC_TARGET}};
  for (size_t i = 0; i < nfl; i++) {
    unsigned bit = 0;
    for (size_t k = 0; k < sizeof fl / sizeof fl[0]; k++)
      if (strcmp(fl[k].name, flags[i]) == 0)
        bit = fl[k].bit;
    if (!bit)
      return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown flag '%s'", row->path,
                             row->line, flags[i]);
    r->flags |= bit;
  }
  c->n_rels++;
  return KABAR_OK;
}

static int cmp_rel(const void *a, const void *b) {
  const kabar_rel_cue *x = a, *y = b;
  int k = strcmp(x->root, y->root);
  return k ? k : (int)x->relation - (int)y->relation;
}

kabar_status kabar_cues_load(const char *dir, kabar_cues **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_cues *c = calloc(1, sizeof *c);
  TRY_ALLOC(c);
  c->arena = kabar_arena_new();
  c->words = kabar_strmap_new();
  c->status_words = kabar_strmap_new();
  c->morph = kabar_morpher_new();
  c->root_index = kabar_strmap_new();
  TRY_ALLOC(c->arena && c->words && c->status_words && c->morph && c->root_index ? c : NULL);
  size_t plen = strlen(dir) + 32;
  path = malloc(plen);
  TRY_ALLOC(path);
  static const char *const wcols[] = {"word", "category"};
  static const char *const scols[] = {"status", "cue", "match", "scope"};
  static const char *const rcols[] = {"relation", "cue", "forms", "with",
                                      "preps", "subject", "object", "flags"};
  snprintf(path, plen, "%s/words.tsv", dir);
  TRY(kabar_tsv_read(path, wcols, 2, 2, word_row, c, err));
  snprintf(path, plen, "%s/status.tsv", dir);
  TRY(kabar_tsv_read(path, scols, 4, 4, status_row, c, err));
  snprintf(path, plen, "%s/relations.tsv", dir);
  TRY(kabar_tsv_read(path, rcols, 8, 8, rel_row, c, err));
  qsort(c->rels, c->n_rels, sizeof *c->rels, cmp_rel);
  for (size_t i = 0; i < c->n_rels;) {
    size_t j = i;
    while (j < c->n_rels && strcmp(c->rels[j].root, c->rels[i].root) == 0)
      j++;
    kabar_root_info *ri = root_info(c, c->rels[i].root);
    TRY_ALLOC(ri);
    ri->first_rel = i;
    ri->n_rel = j - i;
    i = j;
  }
  *out = c;
  c = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", dir);
  free(path);
  kabar_cues_free(c);
  return st;
}

void kabar_cues_free(kabar_cues *c) {
  if (!c)
    return;
  kabar_strmap_free(c->words);
  free(c->word_cats);
  kabar_strmap_free(c->status_words);
  kabar_strmap_free(c->root_index);
  kabar_morpher_free(c->morph);
  free(c->roots);
  free(c->rels);
  free(c->statuses);
  kabar_arena_free(c->arena);
  free(c);
}

kabar_word_cats kabar_cues_word(const kabar_cues *c, const char *word) {
  size_t v;
  return kabar_strmap_get(c->words, word, strlen(word), &v) ? c->word_cats[v] : 0;
}

const kabar_status_cue *kabar_cues_status_word(const kabar_cues *c, const char *word) {
  size_t v;
  return kabar_strmap_get(c->status_words, word, strlen(word), &v) ? &c->statuses[v] : NULL;
}

int kabar_cues_root(kabar_cues *c, const char *word, kabar_morph *m,
                    const kabar_root_info **root) {
  /* a word with no root has no form either: the morpher leaves *m as it was */
  memset(m, 0, sizeof *m);
  int found = kabar_morpher_analyze(c->morph, word, strlen(word), m);
  *root = found > 0 ? &c->roots[m->root_value] : NULL;
  return found < 0 ? -1 : 0;
}

const kabar_rel_cue *kabar_cues_rel(const kabar_cues *c, size_t i) { return &c->rels[i]; }
const kabar_status_cue *kabar_cues_status(const kabar_cues *c, int i) {
  return i >= 0 ? &c->statuses[i] : NULL;
}

int kabar_cues_with_match(kabar_cues *c, const kabar_rel_cue *cue, const char *word) {
  (void)c;
  size_t wl = strlen(word);
  for (size_t i = 0; i < cue->n_with; i++) {
    const char *w = cue->with[i];
    size_t n = strlen(w);
    if (wl < n || memcmp(word, w, n) != 0)
      continue;
    const char *rest = word + n;
    /* the word itself, with -nya, or reduplicated ("rudal-rudal") */
    if (!*rest || strcmp(rest, "nya") == 0 ||
        (rest[0] == '-' && strncmp(rest + 1, w, n) == 0))
      return 1;
  }
  return 0;
}
