/* SPDX-License-Identifier: MIT */
#include "grammar.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"
#include "cues.h"
#include "lexicon/tsvfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HEAD_WORDS 4
#define MAX_KEY 256

typedef struct head_entry {
  size_t frames[KABAR_MAX_HEAD_FRAMES];
  size_t n;
} head_entry;

struct kabar_grammar {
  kabar_arena *arena;
  kabar_strmap *words; /* word or "w1 w2" -> index into word_cats */
  kabar_grammar_cats *word_cats;
  size_t n_word_cats, cap_word_cats;
  kabar_strmap *heads; /* head phrase -> index into head_entries */
  kabar_strmap *starts; /* first word of a two-word entry or a head -> KABAR_GRAMMAR_STARTS_* */
  head_entry *head_entries;
  size_t n_heads, cap_heads;
  kabar_frame *frames;
  size_t n_frames, cap_frames;
  size_t role_frame; /* index, or KABAR_NONE */
};

static const struct {
  const char *name;
  kabar_grammar_cats bit;
} cats[] = {{"copula", G_COPULA},         {"role_verb", G_ROLE_VERB}, {"as", G_AS},
            {"list_intro", G_LIST_INTRO}, {"modifier", G_MODIFIER},   {"negation", G_NEGATION},
            {"carry", G_CARRY},           {"genitive_prep", G_GENITIVE_PREP},
            {"companion", G_COMPANION}, {"compass", G_COMPASS},
            {"own_state", G_OWN_STATE}, {"pair_count", G_PAIR_COUNT},
            {"pair_noun", G_PAIR_NOUN}, {"former", G_FORMER}, {"birth", G_BIRTH},
            {"common", G_COMMON}, {"counterpart", G_COUNTERPART},
            {"pair_leader", G_PAIR_LEADER}, {"remote", G_REMOTE},
            {"quantifier", G_QUANTIFIER}, {"field", G_FIELD},
            {"others", G_OTHERS}, {"agreement", G_AGREEMENT},
            {"agreement_kind", G_AGREEMENT_KIND}, {"purpose", G_PURPOSE},
            {"pair_person", G_PAIR_PERSON}, {"now", G_NOW},
            {"speaker", G_SPEAKER}, {"speaker_state", G_SPEAKER_STATE},
            {"plural", G_PLURAL}, {"plural_ref", G_PLURAL_REF},
            {"acronym_agreement", G_ACRONYM_AGREEMENT}, {"reason", G_REASON},
            {"judging", G_JUDGING}, {"many", G_MANY},
            {"bilateral", G_BILATERAL}, {"mutual", G_MUTUAL},
            {"abbreviation", G_ABBREVIATION}, {"kin", G_KIN},
            {"nonverb", G_NONVERB}, {"part", G_PART}, {"cabinet", G_CABINET},
            {"in_body", G_IN_BODY}, {"envoy", G_ENVOY},
            {"act", G_ACT}, {"generic_body", G_GENERIC_BODY}, {"ends", G_ENDS}, {"intent", G_INTENT}, {"judgment", G_JUDGMENT}, {"ally", G_ALLY}, {"people_group", G_PEOPLE_GROUP}, {"invite", G_INVITE}, {"border", G_BORDER}, {"journey", G_JOURNEY}, {"victim", G_VICTIM}};

const char *kabar_grammar_category_name(kabar_grammar_cats bit) {
  for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
    if (cats[i].bit == bit)
      return cats[i].name;
  return NULL;
}

/* Records that the first word of entry w (n bytes) starts an entry of that
 * kind; returns 0, or -1 when out of memory. */
static int mark_start(kabar_grammar *g, const char *w, size_t n, unsigned kind) {
  size_t first = 0, old = 0;
  while (first < n && w[first] != ' ')
    first++;
  kabar_strmap_get(g->starts, w, first, &old);
  return kabar_strmap_put(g->starts, w, first, old | kind);
}

static kabar_status word_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_grammar *g = user;
  kabar_grammar_cats bit = 0;
  for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
    if (strcmp(cats[i].name, row->field[1]) == 0)
      bit = cats[i].bit;
  if (!bit)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown category '%s'", row->path,
                           row->line, row->field[1]);
  const char *w = row->field[0];
  size_t n = strlen(w), idx;
  if (strchr(w, ' ') != strrchr(w, ' '))
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: more than two words", row->path,
                           row->line);
  /* the map holds an index into word_cats: a size_t may be narrower than
   * the categories */
  if (!kabar_strmap_get(g->words, w, n, &idx)) {
    if (kabar_grow((void **)&g->word_cats, &g->cap_word_cats, g->n_word_cats,
                   sizeof *g->word_cats) < 0 ||
        kabar_strmap_put(g->words, w, n, g->n_word_cats) < 0)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
    idx = g->n_word_cats;
    g->word_cats[g->n_word_cats++] = 0;
  }
  g->word_cats[idx] |= bit;
  if (strchr(w, ' ') && mark_start(g, w, n, KABAR_GRAMMAR_STARTS_PAIR) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  return KABAR_OK;
}

static unsigned parse_types(const char *s) {
  static const char letters[] = "SPOALE"; /* in kabar_entity_type order */
  unsigned t = 0;
  for (; *s; s++) {
    const char *p = strchr(letters, *s);
    if (!p)
      return 0;
    t |= TYPE_BIT((unsigned)(p - letters));
  }
  return t;
}

/* Calls fn for each |-separated item of list; stops at the first error. */
static int each_item(const char *list, int (*fn)(void *, const char *, size_t), void *user) {
  for (const char *p = list; *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    int rc = fn(user, p, len);
    if (rc)
      return rc;
    p += len + (bar != NULL);
  }
  return 0;
}

typedef struct frame_parse {
  kabar_grammar *g;
  kabar_frame *f;
  size_t index;
} frame_parse;

/* Returns 0, 1 for an unknown construction or flag, -1 when out of memory. */
static int add_construction(void *user, const char *w, size_t n) {
  static const char *const names[] = {"copula", "appos", "includes", "between", "pair",
                                      "parties", "members"};
  frame_parse *fp = user;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strlen(names[i]) == n && memcmp(names[i], w, n) == 0) {
      fp->f->constructions |= 1u << i;
      return 0;
    }
  return 1;
}

static int add_flag(void *user, const char *w, size_t n) {
  frame_parse *fp = user;
  if (n == 1 && *w == '-')
    return 0;
  if (n == 5 && memcmp(w, "state", 5) == 0)
    fp->f->flags |= FF_STATE;
  else if (n == 3 && memcmp(w, "gov", 3) == 0)
    fp->f->flags |= FF_GOV;
  else if (n == 7 && memcmp(w, "inverse", 7) == 0)
    fp->f->flags |= FF_INVERSE;
  else
    return 1;
  return 0;
}

static int add_head(void *user, const char *w, size_t n) {
  frame_parse *fp = user;
  kabar_grammar *g = fp->g;
  if (n == 5 && memcmp(w, "@role", 5) == 0) {
    g->role_frame = fp->index;
    fp->f->role = 1;
    return 0;
  }
  size_t words = 1;
  for (size_t i = 0; i < n; i++)
    words += w[i] == ' ';
  if (!n || n >= MAX_KEY || words > MAX_HEAD_WORDS)
    return 1;
  size_t idx;
  if (!kabar_strmap_get(g->heads, w, n, &idx)) {
    if (kabar_grow((void **)&g->head_entries, &g->cap_heads, g->n_heads, sizeof *g->head_entries) < 0)
      return -1;
    idx = g->n_heads++;
    g->head_entries[idx].n = 0;
    if (kabar_strmap_put(g->heads, w, n, idx) < 0)
      return -1;
  }
  if (mark_start(g, w, n, KABAR_GRAMMAR_STARTS_HEAD) < 0)
    return -1;
  head_entry *he = &g->head_entries[idx];
  if (he->n == KABAR_MAX_HEAD_FRAMES)
    return 1;
  he->frames[he->n++] = fp->index;
  return 0;
}

static kabar_status frame_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  kabar_grammar *g = user;
  if (kabar_grow((void **)&g->frames, &g->cap_frames, g->n_frames, sizeof *g->frames) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  frame_parse fp = {g, &g->frames[g->n_frames], g->n_frames};
  memset(fp.f, 0, sizeof *fp.f);
  if (strcmp(row->field[0], "role") != 0 && kabar_relation_parse(row->field[0], &fp.f->relation) < 0)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown relation '%s'", row->path,
                           row->line, row->field[0]);
  /* "alliedWith sekutu": the relation and the first head */
  char name[96];
  size_t first_head = strcspn(row->field[1], "|");
  snprintf(name, sizeof name, "frame %s %.*s", row->field[0], (int)(first_head < 60 ? first_head : 60),
           row->field[1]);
  fp.f->name = kabar_arena_strdup(g->arena, name);
  if (!fp.f->name)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  fp.f->subject_types = parse_types(row->field[3]);
  fp.f->object_types = parse_types(row->field[4]);
  if (!fp.f->subject_types || !fp.f->object_types)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: bad entity types", row->path, row->line);
  int rc = each_item(row->field[2], add_construction, &fp);
  if (rc == 0)
    rc = each_item(row->field[5], add_flag, &fp);
  if (rc == 0)
    rc = each_item(row->field[1], add_head, &fp);
  if (rc < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", row->path);
  if (rc > 0 || !fp.f->constructions)
    return kabar_error_set(err, KABAR_ERR_DATA,
                           "%s:%zu: bad construction, flag or head (at most %d words, %d frames a head)",
                           row->path, row->line, MAX_HEAD_WORDS, KABAR_MAX_HEAD_FRAMES);
  g->n_frames++;
  return KABAR_OK;
}

kabar_status kabar_grammar_load(const char *dir, kabar_grammar **out, kabar_error *err) {
  static const char *const word_cols[] = {"word", "category"};
  static const char *const frame_cols[] = {"relation", "heads",  "constructions",
                                           "subject",  "object", "flags"};
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_grammar *g = calloc(1, sizeof *g);
  TRY_ALLOC(g);
  g->role_frame = KABAR_NONE;
  g->arena = kabar_arena_new();
  g->words = kabar_strmap_new();
  g->heads = kabar_strmap_new();
  g->starts = kabar_strmap_new();
  TRY_ALLOC(g->arena && g->words && g->heads && g->starts ? g : NULL);
  size_t n = strlen(dir) + sizeof "/nonverb_words.tsv"; /* the longest name */
  path = malloc(n);
  TRY_ALLOC(path);
  snprintf(path, n, "%s/grammar.tsv", dir);
  TRY(kabar_tsv_read(path, word_cols, 2, 2, word_row, g, err));
  snprintf(path, n, "%s/common_words.tsv", dir);
  TRY(kabar_tsv_read(path, word_cols, 2, 2, word_row, g, err));
  snprintf(path, n, "%s/nonverb_words.tsv", dir);
  TRY(kabar_tsv_read(path, word_cols, 2, 2, word_row, g, err));
  snprintf(path, n, "%s/frames.tsv", dir);
  TRY(kabar_tsv_read(path, frame_cols, 6, 6, frame_row, g, err));
  *out = g;
  g = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", dir);
  free(path);
  kabar_grammar_free(g);
  return st;
}

void kabar_grammar_free(kabar_grammar *g) {
  if (!g)
    return;
  kabar_strmap_free(g->words);
  free(g->word_cats);
  kabar_strmap_free(g->heads);
  kabar_strmap_free(g->starts);
  free(g->head_entries);
  free(g->frames);
  kabar_arena_free(g->arena);
  free(g);
}

kabar_grammar_cats kabar_grammar_word(const kabar_grammar *g, const kabar_token *tokens, size_t i,
                                      size_t end, size_t *len) {
  char key[MAX_KEY];
  size_t idx;
  *len = 0;
  if (i + 1 < end) {
    int n = snprintf(key, sizeof key, "%s %s", tokens[i].norm, tokens[i + 1].norm);
    if (n > 0 && (size_t)n < sizeof key && kabar_strmap_get(g->words, key, (size_t)n, &idx)) {
      *len = 2;
      return g->word_cats[idx];
    }
  }
  if (i < end && kabar_strmap_get(g->words, tokens[i].norm, strlen(tokens[i].norm), &idx)) {
    *len = 1;
    return g->word_cats[idx];
  }
  return 0;
}

/* Appends a word to key (with a space before all but the first); a
 * reduplicated plural ("sekutu-sekutu") is written as its singular. */
static size_t key_append(char *key, size_t at, const char *w) {
  size_t n = strlen(w);
  const char *dash = strchr(w, '-');
  if (dash && (size_t)(dash - w) * 2 + 1 == n && memcmp(w, dash + 1, (size_t)(dash - w)) == 0)
    n = (size_t)(dash - w);
  if (at + 1 + n >= MAX_KEY)
    return MAX_KEY;
  if (at)
    key[at++] = ' ';
  memcpy(key + at, w, n);
  return at + n;
}

kabar_grammar_cats kabar_grammar_word_info(const kabar_grammar *g, const char *word,
                                           unsigned *starts) {
  char key[MAX_KEY];
  size_t idx, at = key_append(key, 0, word), st = 0;
  if (at < MAX_KEY)
    kabar_strmap_get(g->starts, key, at, &st);
  *starts = (unsigned)st;
  return kabar_strmap_get(g->words, word, strlen(word), &idx) ? g->word_cats[idx] : 0;
}

size_t kabar_grammar_head(const kabar_grammar *g, const kabar_token *tokens, size_t i, size_t end,
                          const kabar_frame *frames[KABAR_MAX_HEAD_FRAMES], size_t *n) {
  char key[MAX_KEY];
  size_t at = 0, best = 0, idx = 0;
  *n = 0;
  for (size_t k = 0; k < MAX_HEAD_WORDS && i + k < end; k++) {
    if (!(tokens[i + k].flags & KABAR_TOK_WORD))
      break;
    at = key_append(key, at, tokens[i + k].norm);
    if (at >= MAX_KEY)
      break;
    size_t v;
    if (kabar_strmap_get(g->heads, key, at, &v)) {
      best = k + 1;
      idx = v;
    }
  }
  if (!best && i < end && (tokens[i].flags & KABAR_TOK_WORD)) {
    /* "sekutunya", "sekutu-sekutunya": a head with a possessive -nya */
    size_t wl = strlen(tokens[i].norm);
    if (wl > 5 && strcmp(tokens[i].norm + wl - 3, "nya") == 0 && wl - 3 < MAX_KEY) {
      char stem[MAX_KEY];
      memcpy(stem, tokens[i].norm, wl - 3);
      stem[wl - 3] = '\0';
      at = key_append(key, 0, stem);
      size_t v;
      if (at < MAX_KEY && kabar_strmap_get(g->heads, key, at, &v)) {
        best = 1;
        idx = v;
      }
    }
  }
  if (!best)
    return 0;
  const head_entry *he = &g->head_entries[idx];
  for (size_t k = 0; k < he->n; k++)
    frames[k] = &g->frames[he->frames[k]];
  *n = he->n;
  return best;
}

const kabar_frame *kabar_grammar_role_frame(const kabar_grammar *g) {
  return g->role_frame == KABAR_NONE ? NULL : &g->frames[g->role_frame];
}
