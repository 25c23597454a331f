/* SPDX-License-Identifier: MIT */
/* What tagging and training share: the model, its hash table, and the
 * features, computed by one piece of code for both. */
#ifndef KABAR_TAGGER_INTERNAL_H
#define KABAR_TAGGER_INTERNAL_H

#include "common/arena.h"
#include "lexicon/dictionary.h"
#include "tagger/tagger.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* An open-addressing map from 64-bit keys (never 0, the empty slot) to
 * 32-bit values, at most half full. Features are known by their hash
 * alone: two features whose 64-bit hashes collide share one row. */
typedef struct tg_table {
  uint64_t *keys;
  uint32_t *vals;
  size_t mask, size;
} tg_table;

/* 0, or -1 when out of memory. */
int tg_table_init(tg_table *m);
void tg_table_free(tg_table *m);
/* The value of key, added with value `fresh` when absent (*added then set
 * to 1); NULL when out of memory. */
uint32_t *tg_table_put(tg_table *m, uint64_t key, uint32_t fresh, int *added);

/* The value of key, or NULL when absent. */
static inline const uint32_t *tg_table_get(const tg_table *m, uint64_t key) {
  for (size_t i = (size_t)key & m->mask;; i = (i + 1) & m->mask) {
    if (m->keys[i] == key)
      return &m->vals[i];
    if (!m->keys[i])
      return NULL;
  }
}

/* The model file's first line: format version, weights' scale, tag order. */
#define TG_HEADER "kabar-tagger-model 1 scale=1000\tO B-PER I-PER B-ORG I-ORG B-LOC I-LOC"
/* Averaged weights are kept and written as integers in thousandths: exact
 * sums, and a file that reads and prints the same in every locale. */
#define TG_SCALE 1000
/* The largest weight a model file may hold, so that sums cannot overflow. */
#define TG_WEIGHT_MAX 100000000

/* The weights of "t1=" for history tag p1 and tag y (t1[p1][y]), and of
 * "t2=" for history tags p2, p1 and tag y (t2[p1][y][p2]), 0 where the
 * model has no row: dense, so that the Viterbi's inner loop adds without
 * looking rows up or testing for them. History tags are stored + 1. */
typedef struct tg_hist_weights {
  int32_t t1[KABAR_TAG__COUNT + 1][KABAR_TAG__COUNT];
  int32_t t2[KABAR_TAG__COUNT + 1][KABAR_TAG__COUNT][KABAR_TAG__COUNT + 1];
} tg_hist_weights;

struct kabar_tagger {
  tg_table map;       /* feature hash -> row */
  int32_t *w;         /* n_rows rows of KABAR_TAG__COUNT weights */
  size_t n_rows;
  const char **names; /* row -> feature, for a trained tagger; NULL when loaded */
  kabar_arena *arena; /* the names */
  unsigned epochs;    /* how it was trained, for the saved file's comment */
  size_t sentences;
  const kabar_tagger_lists *lists; /* what the word-list features read; may be NULL */
  kabar_tagger_lists *own_lists;   /* the same when the tagger loaded them, else NULL */
  const kabar_tagger_classes *classes; /* the word classes; may be NULL */
  kabar_tagger_classes *own_classes;   /* the same when read from the model file, else NULL */
  /* for a loaded model: the offsets in w of the rows of "t1=" for each
   * history tag (-1 the start .. 6, stored + 1) and of "t2=" for each pair
   * of them, -1 where the model has none (see tg_viterbi()) */
  int hist_kept;
  ptrdiff_t hist_t1[KABAR_TAG__COUNT + 1];
  ptrdiff_t hist_t2[(KABAR_TAG__COUNT + 1) * (KABAR_TAG__COUNT + 1)];
  tg_hist_weights hist; /* the same rows' weights, for tg_viterbi's inner loop */
};

/* Word classes: a word's classes by the hash of its bytes as written (two
 * words whose hashes collide share classes, as features do). */
#define TG_CLASS_LEVELS 6
/* With three levels of classes, data/ner/clusters.tsv's two columns after
 * them: how often UD tags the word PROPN (0 none, 1 never, 2 under half the
 * time, 3 at least half, 4 always) and how often the capitalised word is
 * written in lower case (0 not capitalised, 1 never, 2 under 20 %, 3 under
 * half, 4 at least half). */
#define TG_CLASS_PROPN 3
struct kabar_tagger_classes {
  tg_table map;      /* hash -> index */
  uint16_t *cls;     /* n rows of `levels` classes */
  const char **word; /* index -> word, to write into a model; NULL when read from one */
  kabar_arena *arena;
  size_t n, cap;
  unsigned levels;   /* 1 .. TG_CLASS_LEVELS */
};

/* Adds a word (len bytes) and its c->levels classes to c; KABAR_OK,
 * KABAR_ERR_INPUT for a word already there, KABAR_ERR_NOMEM. The word is
 * kept (copied into c's arena) when keep_names, to be written into a
 * model. */
kabar_status tg_classes_add(kabar_tagger_classes *c, const char *word, size_t len,
                            const uint16_t *cls, int keep_names);
kabar_tagger_classes *tg_classes_new(void);

/* The word lists: a word's bits by the hash of its lower-cased form (as
 * tg_word reads it; two words whose hashes collide share bits, as features
 * do), and the dictionary for capitalised words that no list names. */
struct kabar_tagger_lists {
  /* hash -> the name bits of the word in any case | those of the word in
   * capitals << TG_WL_CAPS_SHIFT | KABAR_TAGGER_WL_COMMON */
  tg_table words;
  kabar_dictionary *dict; /* NULL without the word list */
};

/* The name bits of a lexicon word in any case, and (shifted by
 * TG_WL_CAPS_SHIFT) those of a lexicon word written in capitals. */
#define TG_WL_NAMES 0x1ffu
#define TG_WL_CAPS_SHIFT 16

/* Bytes of a word's lower-cased form that the features read: longer words
 * are cut at a character boundary (their suffixes are then those of the
 * cut), so that every feature string fits its buffer. */
#define TG_LOW_MAX 64
#define TG_SHAPE_MAX 12

/* Flags of a word. */
enum { TG_CAP = 1, TG_ALLCAP = 2, TG_DIGIT = 4, TG_HYPHEN = 8 };

/* What the features read of one word. */
typedef struct tg_word {
  char low[TG_LOW_MAX + 1];
  char shape[TG_SHAPE_MAX + 1];
  unsigned char low_len, shape_len, flags;
  uint16_t lists; /* KABAR_TAGGER_WL_ bits */
  int16_t cls[TG_CLASS_LEVELS]; /* the word's classes, -1 when it has none */
} tg_word;

/* Reads word s (NUL-terminated, any bytes) into w, all but w->lists:
 * case-folded and cut to TG_LOW_MAX bytes, its shape (runs of one class
 * collapsed, cut to TG_SHAPE_MAX) and its flags. */
void tg_word_read(const char *s, tg_word *w);
/* The KABAR_TAGGER_WL_ bits of a word tg_word_read read (one lookup, and
 * the dictionary's rules for a capitalised word no list names). */
unsigned tg_lists_bits(const kabar_tagger_lists *l, const tg_word *w);

/* Words i-2 .. i+2 of a sentence, each read once, with their list bits. */
typedef struct tg_window {
  const char *const *words;
  size_t n;
  const kabar_tagger_lists *lists;
  const kabar_tagger_classes *classes;
  tg_word ring[5];
} tg_window;

/* The feature strings of one word, built in place, each hashed once. Room
 * for every feature: at most 25 fixed ones and 10 list bits of 3 words. */
#define TG_FEAT_MAX 96
#define TG_FEAT_TEXT 3072
typedef struct tg_feats {
  size_t n, used;
  uint64_t hash[TG_FEAT_MAX];
  uint16_t off[TG_FEAT_MAX], len[TG_FEAT_MAX];
  char text[TG_FEAT_TEXT];
} tg_feats;

/* Sets up w over a sentence of n words; lists and classes may be NULL. */
void tg_window_start(tg_window *w, const kabar_tagger_lists *lists,
                     const kabar_tagger_classes *classes, const char *const *words, size_t n);
/* The features of word i with the two previous tags (-1 before the
 * sentence's start). Call it for i = 0, 1, 2, ... in turn: the window
 * moves along. */
void tg_features(tg_window *w, size_t i, int prev, int prev2, tg_feats *f);
/* The model rows of f's features that the model has, in rows (room for
 * TG_FEAT_MAX); returns how many. */
size_t tg_rows(const kabar_tagger *t, const tg_feats *f, uint32_t *rows);
/* Whether tag may follow prev (-1 at the start): an I- tag only continues
 * a span of its type. */
int tg_allowed(int prev, int tag);

/* Reports a file that could not be opened, read or written (errno e):
 * running out of memory as such, anything else as st with strerror(e). */
kabar_status tg_file_error(kabar_error *err, kabar_status st, const char *path, int e);

/* After a getline() loop over f: the loop's end reported as an error when
 * it was out of memory (errno ENOMEM) or a read error, else KABAR_OK. */
kabar_status tg_read_done(FILE *f, const char *path, kabar_error *err);

/* Tags words [0, n) (n > 0) with the sequence of the best sum under the
 * model's current weights (second-order Viterbi). KABAR_OK or
 * KABAR_ERR_NOMEM. */
kabar_status tg_viterbi(const kabar_tagger *t, const char *const *words, size_t n,
                        unsigned char *tags);

/* A new empty tagger; NULL when out of memory. */
kabar_tagger *tg_tagger_new(void);

#endif
