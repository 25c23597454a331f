/* SPDX-License-Identifier: MIT */
/* Training the tagger: reading CoNLL sentences, the averaged structured perceptron,
 * writing the model file, and the span counts that score it. */
#include "tagger/tagger_internal.h"

#include "common/grow.h"
#include "common/try.h"
#include "kabar/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- the corpus ---- */

struct kabar_tagger_corpus {
  kabar_arena *arena;  /* the words */
  const char **words;  /* every sentence's words, one sentence after another */
  unsigned char *tags; /* their gold tags */
  size_t n_words, words_cap, tags_cap;
  size_t *starts;      /* sentence i is words [starts[i], starts[i + 1]) */
  size_t n_sents, starts_cap;
};

void kabar_tagger_corpus_free(kabar_tagger_corpus *c) {
  if (!c)
    return;
  kabar_arena_free(c->arena);
  free(c->words);
  free(c->tags);
  free(c->starts);
  free(c);
}

size_t kabar_tagger_corpus_size(const kabar_tagger_corpus *c) { return c->n_sents; }

size_t kabar_tagger_corpus_sentence(const kabar_tagger_corpus *c, size_t i,
                                    const char *const **words, const unsigned char **tags) {
  *words = c->words + c->starts[i];
  *tags = c->tags + c->starts[i];
  return c->starts[i + 1] - c->starts[i];
}

/* The tag named s, or -1. Types outside the three are O. */
static int parse_tag(const char *s) {
  if (!strcmp(s, "O"))
    return KABAR_TAG_O;
  if ((s[0] != 'B' && s[0] != 'I') || s[1] != '-' || !s[2])
    return -1;
  static const struct {
    const char *name;
    int type;
  } types[] = {{"PER", 0},          {"PERSON", 0}, {"ORG", 1}, {"ORGANISATION", 1},
               {"ORGANIZATION", 1}, {"LOC", 2},    {"PLACE", 2}, {"LOCATION", 2},
               {"GPE", 2}};
  for (size_t k = 0; k < sizeof types / sizeof *types; k++)
    if (!strcmp(s + 2, types[k].name))
      return 1 + 2 * types[k].type + (s[0] == 'I');
  return KABAR_TAG_O;
}

/* Closes the sentence being read, if it has words. */
static int end_sentence(kabar_tagger_corpus *c) {
  if (c->starts[c->n_sents] == c->n_words)
    return 0;
  if (kabar_grow((void **)&c->starts, &c->starts_cap, c->n_sents + 2, sizeof *c->starts) < 0)
    return -1;
  c->starts[++c->n_sents] = c->n_words;
  return 0;
}

/* Adds the line `token<TAB>tag` (len bytes, newline removed) to c. */
static kabar_status read_line(kabar_tagger_corpus *c, char *line, size_t len, const char *path,
                              size_t lineno, kabar_error *err) {
  size_t valid = kabar_utf8_valid_prefix(line, len);
  if (valid < len)
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s:%zu: invalid UTF-8 at byte %zu of the line",
                           path, lineno, valid);
  char *tab = strchr(line, '\t');
  if (!tab || tab == line || strchr(tab + 1, '\t'))
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s:%zu: expected a token, a tab and a tag",
                           path, lineno);
  *tab = '\0';
  int tag = parse_tag(tab + 1);
  if (tag < 0)
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s:%zu: tag '%s' is neither O nor B- or I- and a type", path, lineno,
                           tab + 1);
  const char *word = kabar_arena_strdup(c->arena, line);
  if (!word || kabar_grow((void **)&c->words, &c->words_cap, c->n_words, sizeof *c->words) < 0 ||
      kabar_grow((void **)&c->tags, &c->tags_cap, c->n_words, sizeof *c->tags) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s:%zu: out of memory", path, lineno);
  c->words[c->n_words] = word;
  c->tags[c->n_words] = (unsigned char)tag;
  c->n_words++;
  return KABAR_OK;
}

kabar_status kabar_tagger_corpus_read(const char *path, kabar_tagger_corpus **out,
                                      kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_tagger_corpus *c = NULL;
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f)
    return tg_file_error(err, KABAR_ERR_IO, path, errno);
  c = calloc(1, sizeof *c);
  if (!c || !(c->arena = kabar_arena_new()) ||
      kabar_grow((void **)&c->starts, &c->starts_cap, 1, sizeof *c->starts) < 0) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  c->starts[0] = 0;
  ssize_t len;
  /* getline() fails with ENOMEM without setting the stream's error flag:
   * errno tells that from the end of the file */
  errno = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0) {
      if (end_sentence(c) < 0) {
        st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s:%zu: out of memory", path, lineno);
        goto done;
      }
    } else {
      TRY(read_line(c, line, (size_t)len, path, lineno, err));
    }
    errno = 0;
  }
  if ((st = tg_read_done(f, path, err)) != KABAR_OK)
    goto done;
  if (end_sentence(c) < 0) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  *out = c;
  c = NULL;
done:
  free(line);
  fclose(f);
  kabar_tagger_corpus_free(c);
  return st;
}

/* ---- training ---- */

/* The features seen in training, before the rare ones are left out. */
typedef struct candidates {
  tg_table index; /* hash -> candidate */
  uint64_t *hash;
  uint32_t *count;
  const char **name;
  size_t n, hash_cap, count_cap, name_cap;
} candidates;

static void candidates_free(candidates *cs) {
  tg_table_free(&cs->index);
  free(cs->hash);
  free(cs->count);
  free(cs->name);
}

/* Counts the features of sentences [first, end) with the gold tags as
 * history; 0, or -1 when out of memory. */
static int count_features(const kabar_tagger_corpus *c, const kabar_tagger_lists *lists,
                          const kabar_tagger_classes *classes, size_t first, size_t end, candidates *cs, kabar_arena *arena) {
  tg_window win;
  tg_feats f;
  for (size_t s = first; s < end; s++) {
    const char *const *words;
    const unsigned char *gold;
    size_t n = kabar_tagger_corpus_sentence(c, s, &words, &gold);
    tg_window_start(&win, lists, classes, words, n);
    for (size_t i = 0; i < n; i++) {
      tg_features(&win, i, i > 0 ? gold[i - 1] : -1, i > 1 ? gold[i - 2] : -1, &f);
      for (size_t j = 0; j < f.n; j++) {
        int added;
        if (cs->n >= UINT32_MAX)
          return -1;
        uint32_t *k = tg_table_put(&cs->index, f.hash[j], (uint32_t)cs->n, &added);
        if (!k)
          return -1;
        if (added) {
          if (kabar_grow((void **)&cs->hash, &cs->hash_cap, cs->n, sizeof *cs->hash) < 0 ||
              kabar_grow((void **)&cs->count, &cs->count_cap, cs->n, sizeof *cs->count) < 0 ||
              kabar_grow((void **)&cs->name, &cs->name_cap, cs->n, sizeof *cs->name) < 0 ||
              !(cs->name[cs->n] = kabar_arena_strndup(arena, f.text + f.off[j], f.len[j])))
            return -1;
          cs->hash[cs->n] = f.hash[j];
          cs->count[cs->n] = 0;
          cs->n++;
        }
        if (cs->count[*k] < UINT32_MAX)
          cs->count[*k]++;
      }
    }
  }
  return 0;
}

/* The perceptron's running sums for averaging: the weights' sum over time
 * is total + (clock - stamp) * w, kept up to date only when w changes. */
typedef struct averager {
  int64_t *total, *stamp;
  int64_t clock;
} averager;

static void update(kabar_tagger *t, averager *a, size_t k, int32_t by) {
  a->total[k] += (a->clock - a->stamp[k]) * t->w[k];
  a->stamp[k] = a->clock;
  t->w[k] += by;
}

/* total / clock * TG_SCALE, rounded half away from zero, without overflow. */
static int32_t scaled_average(int64_t total, int64_t clock) {
  int64_t whole = total / clock, rem = total % clock;
  int64_t frac = (2 * rem * TG_SCALE + (rem < 0 ? -clock : clock)) / (2 * clock);
  int64_t v = whole * TG_SCALE + (rem ? frac : 0);
  return (int32_t)(v > TG_WEIGHT_MAX ? TG_WEIGHT_MAX : v < -TG_WEIGHT_MAX ? -TG_WEIGHT_MAX : v);
}

/* The structured perceptron's step on one sentence: the best sequence
 * under the current weights; where it differs from the gold one, the
 * features of each word (with each sequence's own previous tags) move
 * towards the gold tags and away from the guessed ones. 0, or -1 when out
 * of memory. */
static int viterbi_update(kabar_tagger *t, averager *a, const char *const *words,
                          const unsigned char *gold_in, size_t n) {
  unsigned char *guess = malloc(2 * n);
  if (!guess || tg_viterbi(t, words, n, guess) != KABAR_OK) {
    free(guess);
    return -1;
  }
  /* An I- tag that continues no span of its type starts one (as conlleval
   * reads it): the search never writes it, so B- is the tag to learn. */
  unsigned char *want = guess + n;
  for (size_t i = 0; i < n; i++)
    want[i] = (unsigned char)(tg_allowed(i ? want[i - 1] : -1, gold_in[i]) ? gold_in[i]
                                                                             : gold_in[i] - 1);
  const unsigned char *gold = want;
  tg_window wg, wp;
  tg_feats f;
  uint32_t rows[TG_FEAT_MAX];
  tg_window_start(&wg, t->lists, t->classes, words, n);
  tg_window_start(&wp, t->lists, t->classes, words, n);
  for (size_t i = 0; i < n; i++) {
    int g1 = i > 0 ? gold[i - 1] : -1, g2 = i > 1 ? gold[i - 2] : -1;
    int p1 = i > 0 ? guess[i - 1] : -1, p2 = i > 1 ? guess[i - 2] : -1;
    tg_features(&wg, i, g1, g2, &f);
    int same = gold[i] == guess[i] && g1 == p1 && g2 == p2;
    if (!same) {
      size_t k = tg_rows(t, &f, rows);
      for (size_t j = 0; j < k; j++)
        update(t, a, (size_t)rows[j] * KABAR_TAG__COUNT + gold[i], 1);
    }
    tg_features(&wp, i, p1, p2, &f);
    if (!same) {
      size_t k = tg_rows(t, &f, rows);
      for (size_t j = 0; j < k; j++)
        update(t, a, (size_t)rows[j] * KABAR_TAG__COUNT + guess[i], -1);
    }
    a->clock++;
  }
  free(guess);
  return 0;
}

/* One pass over sentences [first, end), tagging each with the current
 * weights and moving them towards the gold tags where it errs. 0, or -1
 * when out of memory. */
static int epoch(kabar_tagger *t, averager *a, const kabar_tagger_corpus *c, size_t first,
                 size_t end) {
  for (size_t s = first; s < end; s++) {
    const char *const *words;
    const unsigned char *gold;
    size_t n = kabar_tagger_corpus_sentence(c, s, &words, &gold);
    if (viterbi_update(t, a, words, gold, n) < 0)
      return -1;
  }
  return 0;
}

kabar_status kabar_tagger_train(const kabar_tagger_corpus *c, const kabar_tagger_lists *lists,
                                const kabar_tagger_classes *classes, size_t first, size_t end,
                                unsigned epochs, kabar_tagger **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  candidates cs = {0};
  averager a = {0};
  kabar_tagger *t = NULL;
  *out = NULL;
  if (first >= end || end > c->n_sents || !epochs)
    return kabar_error_set(err, KABAR_ERR_USAGE,
                           "training needs sentences and epochs (sentences %zu to %zu of %zu, "
                           "%u epochs)",
                           first, end, c->n_sents, epochs);
  TRY_ALLOC(t = tg_tagger_new());
  t->lists = lists;
  t->classes = classes && classes->n ? classes : NULL;
  TRY_ALLOC(t->arena = kabar_arena_new());
  TRY_ALLOC(tg_table_init(&cs.index) == 0);
  TRY_ALLOC(count_features(c, lists, t->classes, first, end, &cs, t->arena) == 0);

  /* Rows for the features seen often enough, in the order first seen. */
  TRY_ALLOC(t->names = malloc((cs.n ? cs.n : 1) * sizeof *t->names));
  for (size_t k = 0; k < cs.n; k++) {
    if (cs.count[k] < KABAR_TAGGER_MIN_COUNT)
      continue;
    int added;
    TRY_ALLOC(tg_table_put(&t->map, cs.hash[k], (uint32_t)t->n_rows, &added));
    t->names[t->n_rows++] = cs.name[k];
  }
  size_t nw = t->n_rows * KABAR_TAG__COUNT;
  TRY_ALLOC(t->w = calloc(nw ? nw : 1, sizeof *t->w));
  TRY_ALLOC(a.total = calloc(nw ? nw : 1, sizeof *a.total));
  TRY_ALLOC(a.stamp = calloc(nw ? nw : 1, sizeof *a.stamp));

  for (unsigned e = 0; e < epochs; e++)
    TRY_ALLOC(epoch(t, &a, c, first, end) == 0);
  for (size_t k = 0; k < nw; k++)
    t->w[k] = scaled_average(a.total[k] + (a.clock - a.stamp[k]) * t->w[k], a.clock);
  t->epochs = epochs;
  t->sentences = end - first;
  *out = t;
  t = NULL;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "training: out of memory");
  candidates_free(&cs);
  free(a.total);
  free(a.stamp);
  kabar_tagger_free(t);
  return st;
}

/* ---- writing the model ---- */

typedef struct named_row {
  const char *name;
  uint32_t row;
} named_row;

static int by_name(const void *x, const void *y) {
  return strcmp(((const named_row *)x)->name, ((const named_row *)y)->name);
}

static int row_is_zero(const kabar_tagger *t, size_t r) {
  for (size_t y = 0; y < KABAR_TAG__COUNT; y++)
    if (t->w[r * KABAR_TAG__COUNT + y])
      return 0;
  return 1;
}

kabar_status kabar_tagger_save(const kabar_tagger *t, const char *path, kabar_error *err) {
  kabar_status st = KABAR_OK;
  named_row *order = NULL;
  size_t n = 0;
  if (!t->names)
    return kabar_error_set(err, KABAR_ERR_USAGE,
                           "%s: a tagger read from a model file keeps no feature names to write",
                           path);
  order = malloc((t->n_rows ? t->n_rows : 1) * sizeof *order);
  if (!order)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  for (size_t r = 0; r < t->n_rows; r++)
    if (!row_is_zero(t, r))
      order[n++] = (named_row){t->names[r], (uint32_t)r};
  qsort(order, n, sizeof *order, by_name);
  FILE *f = fopen(path, "wb");
  if (!f) {
    st = tg_file_error(err, KABAR_ERR_WRITE, path, errno);
    goto done;
  }
  const kabar_tagger_classes *cl = t->classes && t->classes->word ? t->classes : NULL;
  fprintf(f, "%s\n# averaged structured perceptron: %u epochs over %zu sentences, %zu features", TG_HEADER,
          t->epochs, t->sentences, n);
  if (cl)
    fprintf(f, ", %zu words' classes", cl->n);
  fputc('\n', f);
  /* the word classes ('@' lines), which the features read */
  for (size_t k = 0; cl && k < cl->n; k++) {
    fprintf(f, "@%s\t", cl->word[k]);
    for (unsigned j = 0; j < cl->levels; j++)
      fprintf(f, j ? " %u" : "%u", (unsigned)cl->cls[k * cl->levels + j]);
    fputc('\n', f);
  }
  for (size_t k = 0; k < n; k++) {
    const int32_t *w = t->w + (size_t)order[k].row * KABAR_TAG__COUNT;
    fprintf(f, "%s\t%d %d %d %d %d %d %d\n", order[k].name, (int)w[0], (int)w[1], (int)w[2],
            (int)w[3], (int)w[4], (int)w[5], (int)w[6]);
  }
  struct stat sb;
  int regular = fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode);
  int failed = ferror(f), e = errno;
  if (fclose(f) != 0 && !failed) {
    failed = 1;
    e = errno;
  }
  if (failed) {
    if (regular)
      remove(path); /* rather no model than a truncated one (but never /dev/full) */
    st = tg_file_error(err, KABAR_ERR_WRITE, path, e);
  }
done:
  free(order);
  return st;
}

/* ---- scoring ---- */

/* The end (exclusive) of the span that starts at word i, or 0 when none
 * starts there. */
static size_t span_end(const unsigned char *tags, size_t n, size_t i, int *type) {
  int tag = tags[i];
  if (tag == KABAR_TAG_O || tag >= KABAR_TAG__COUNT)
    return 0;
  *type = (tag - 1) / 2;
  int inside = 2 * *type + 2; /* I- of the type */
  if (tag == inside && i > 0 && (tags[i - 1] == tag || tags[i - 1] == tag - 1))
    return 0; /* continues a span */
  size_t j = i + 1;
  while (j < n && tags[j] == inside)
    j++;
  return j;
}

void kabar_tagger_count_spans(const unsigned char *gold, const unsigned char *found, size_t n,
                              kabar_tagger_counts *c) {
  for (size_t i = 0; i < n; i++) {
    int gt = -1, ft = -1;
    size_t ge = span_end(gold, n, i, &gt), fe = span_end(found, n, i, &ft);
    if (ge)
      c->gold[gt]++;
    if (fe)
      c->found[ft]++;
    if (ge && ge == fe && gt == ft)
      c->correct[gt]++;
  }
}
