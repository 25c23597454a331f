/* SPDX-License-Identifier: MIT */
/* The tagger's features, its hash table, loading a model and tagging. */
#include "tagger/tagger_internal.h"

#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const tag_names[KABAR_TAG__COUNT] = {"O",     "B-PER", "I-PER", "B-ORG",
                                                        "I-ORG", "B-LOC", "I-LOC"};

const char *kabar_tag_name(kabar_tag tag) {
  return (unsigned)tag < KABAR_TAG__COUNT ? tag_names[tag] : "?";
}

/* ---- the hash table ---- */

static int table_alloc(tg_table *m, size_t cap) {
  m->keys = calloc(cap, sizeof *m->keys);
  m->vals = malloc(cap * sizeof *m->vals);
  if (!m->keys || !m->vals) {
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    return -1;
  }
  m->mask = cap - 1;
  m->size = 0;
  return 0;
}

int tg_table_init(tg_table *m) { return table_alloc(m, 1024); }

void tg_table_free(tg_table *m) {
  free(m->keys);
  free(m->vals);
  m->keys = NULL;
  m->vals = NULL;
}

static size_t table_slot(const tg_table *m, uint64_t key) {
  size_t i = (size_t)key & m->mask;
  while (m->keys[i] && m->keys[i] != key)
    i = (i + 1) & m->mask;
  return i;
}

uint32_t *tg_table_put(tg_table *m, uint64_t key, uint32_t fresh, int *added) {
  *added = 0;
  size_t i = table_slot(m, key);
  if (m->keys[i])
    return &m->vals[i];
  if (2 * (m->size + 1) > m->mask + 1) {
    tg_table old = *m;
    if (table_alloc(m, 2 * (old.mask + 1)) < 0) {
      *m = old;
      return NULL;
    }
    for (size_t j = 0; j <= old.mask; j++)
      if (old.keys[j]) {
        size_t k = table_slot(m, old.keys[j]);
        m->keys[k] = old.keys[j];
        m->vals[k] = old.vals[j];
      }
    m->size = old.size;
    tg_table_free(&old);
    i = table_slot(m, key);
  }
  m->keys[i] = key;
  m->vals[i] = fresh;
  m->size++;
  *added = 1;
  return &m->vals[i];
}

/* ---- reading a word ---- */

/* The shape class of a code point: X upper, x lower (or caseless letter),
 * d digit, ASCII punctuation as itself, o for anything else. */
static char shape_class(int32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z')
      return 'X';
    if (cp >= 'a' && cp <= 'z')
      return 'x';
    if (cp >= '0' && cp <= '9')
      return 'd';
    return cp > 0x20 && cp < 0x7f ? (char)cp : 'o';
  }
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT: return 'X';
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO: return 'x';
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO: return 'd';
  default: return 'o';
  }
}

/* Appends cp to w->low while it fits; a control character (a tab would
 * break the model file) is written as U+FFFD, as invalid bytes are. */
static void low_put(tg_word *w, int32_t cp, int *full) {
  if (*full)
    return;
  if (cp < 0x20 || cp == 0x7f)
    cp = 0xFFFD;
  if (cp < 0x80) {
    if (w->low_len + 1 > TG_LOW_MAX) {
      *full = 1;
      return;
    }
    w->low[w->low_len++] = (char)cp;
    return;
  }
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t k = utf8proc_encode_char(cp, buf);
  if (k <= 0 || w->low_len + (size_t)k > TG_LOW_MAX) {
    *full = 1;
    return;
  }
  memcpy(w->low + w->low_len, buf, (size_t)k);
  w->low_len = (unsigned char)(w->low_len + k);
}

void tg_word_read(const char *s, tg_word *w) {
  const unsigned char *p = (const unsigned char *)s;
  w->low_len = w->shape_len = 0;
  w->flags = 0;
  int full = 0;
  size_t upper = 0, lower = 0;
  for (int first = 1; *p; first = 0) {
    int32_t cp;
    if (*p < 0x80) {
      cp = *p++;
    } else {
      /* at most the bytes before the NUL: the word's length is not known */
      size_t avail = strnlen((const char *)p, 4);
      utf8proc_ssize_t k = utf8proc_iterate(p, (utf8proc_ssize_t)avail, &cp);
      if (k <= 0) {
        cp = 0xFFFD;
        k = 1;
      }
      p += k;
    }
    char c = shape_class(cp);
    if (c == 'X') {
      upper++;
      if (first)
        w->flags |= TG_CAP;
    } else if (c == 'x') {
      if (cp < 0x80 || utf8proc_get_property(cp)->uppercase_seqindex != UINT16_MAX)
        lower++;
    } else if (c == 'd') {
      w->flags |= TG_DIGIT;
    } else if (c == '-') {
      w->flags |= TG_HYPHEN;
    }
    if (w->shape_len < TG_SHAPE_MAX && (!w->shape_len || w->shape[w->shape_len - 1] != c))
      w->shape[w->shape_len++] = c;
    if (cp < 0x80) {
      low_put(w, cp >= 'A' && cp <= 'Z' ? cp + 32 : cp, &full);
    } else if (!full) {
      utf8proc_int32_t folded[8];
      int boundclass = 0;
      utf8proc_ssize_t n = utf8proc_decompose_char(cp, folded, 8, UTF8PROC_CASEFOLD, &boundclass);
      if (n <= 0 || n > 8)
        low_put(w, cp, &full);
      else
        for (utf8proc_ssize_t j = 0; j < n; j++)
          low_put(w, folded[j], &full);
    }
  }
  if (upper >= 2 && lower == 0)
    w->flags |= TG_ALLCAP;
  w->low[w->low_len] = '\0';
  w->shape[w->shape_len] = '\0';
}

/* Reads word s into o with all that the features read of it: its list
 * bits and classes too. */
static void word_read_all(const char *s, const kabar_tagger_lists *lists,
                          const kabar_tagger_classes *classes, tg_word *o) {
  tg_word_read(s, o);
  o->lists = lists ? (uint16_t)tg_lists_bits(lists, o) : 0;
  for (unsigned k = 0; k < TG_CLASS_LEVELS; k++)
    o->cls[k] = -1;
  if (classes && classes->n) {
    uint64_t h = kabar_hash_bytes(s, strlen(s));
    const uint32_t *r = tg_table_get(&classes->map, h ? h : 1);
    if (!r) { /* a word written otherwise than the text it was counted in: its lower case */
      h = kabar_hash_bytes(o->low, o->low_len);
      r = tg_table_get(&classes->map, h ? h : 1);
    }
    if (r)
      for (unsigned k = 0; k < classes->levels; k++)
        o->cls[k] = (int16_t)classes->cls[(size_t)*r * classes->levels + k];
  }
}

/* Reads word i of w's sentence into its slot of the ring. */
static void window_read(tg_window *w, size_t i) {
  word_read_all(w->words[i], w->lists, w->classes, &w->ring[i % 5]);
}

void tg_window_start(tg_window *w, const kabar_tagger_lists *lists,
                     const kabar_tagger_classes *classes, const char *const *words, size_t n) {
  w->words = words;
  w->n = n;
  w->lists = lists;
  w->classes = classes;
  for (size_t i = 0; i < 2 && i < n; i++)
    window_read(w, i);
}

/* ---- features ---- */

/* Which class features tg_features writes: bit 8d+k for level k of the
 * word at offset d-2. Chosen on held-out training data (4 rotations of the
 * last 15%, 2026-12-07): the word's own classes only (0.693 mean F1); with
 * the neighbours' PROPN and case columns 0.689, with their coarsest class
 * 0.692. */
#define TG_CLASS_FEATS 0x1f0000ul

/* Appends one feature made of up to three pieces; the pieces' sizes are
 * bounded (TG_LOW_MAX, tag names), so the check never drops one in
 * practice, but it keeps the buffer safe whatever they hold. */
static void feat(tg_feats *f, const char *a, size_t an, const char *b, size_t bn, const char *c,
                 size_t cn) {
  size_t len = an + bn + cn;
  if (f->n == TG_FEAT_MAX || len > TG_FEAT_TEXT - f->used)
    return;
  char *d = f->text + f->used;
  memcpy(d, a, an);
  if (bn)
    memcpy(d + an, b, bn);
  if (cn)
    memcpy(d + an + bn, c, cn);
  uint64_t h = kabar_hash_bytes(d, len);
  f->hash[f->n] = h ? h : 1; /* 0 marks an empty slot */
  f->off[f->n] = (uint16_t)f->used;
  f->len[f->n] = (uint16_t)len;
  f->n++;
  f->used += len;
}

#define LIT(s) s, sizeof s - 1
#define FEAT1(f, s) feat(f, LIT(s), NULL, 0, NULL, 0)

/* Byte length of the first k characters of s (n bytes of valid UTF-8). */
static size_t prefix_bytes(const char *s, size_t n, size_t k) {
  size_t i = 0;
  for (size_t c = 0; c < k && i < n; c++)
    for (i++; i < n && ((unsigned char)s[i] & 0xC0) == 0x80; i++)
      ;
  return i;
}

/* Byte offset where the last k characters of s begin. */
static size_t suffix_start(const char *s, size_t n, size_t k) {
  size_t i = n;
  for (size_t c = 0; c < k && i > 0; c++)
    for (i--; i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80; i--)
      ;
  return i;
}

static const char *hist_name(int tag) { return tag < 0 ? "^" : tag_names[tag]; }

/* Appends to f "c<k><pos><v>", as snprintf's "c%u%s%d" writes it, without
 * the cost of a format string in the tagger's inner loop. */
static void class_feat(tg_feats *f, unsigned k, const char *pos, size_t pos_len, int v) {
  char buf[24], digits[12];
  size_t n = 0, nd = 0;
  buf[n++] = 'c';
  buf[n++] = (char)('0' + k); /* k < TG_CLASS_LEVELS */
  memcpy(buf + n, pos, pos_len);
  n += pos_len;
  unsigned u = (unsigned)v;
  if (v < 0) {
    buf[n++] = '-';
    u = 0u - u;
  }
  do
    digits[nd++] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  while (nd)
    buf[n++] = digits[--nd];
  feat(f, buf, n, NULL, 0, NULL, 0);
}

/* Which of the features that do not read the previous tags a call of
 * word_feats() writes: those that read only the word at offset d - 2 from
 * the current one (TG_G_WORD(d); its boundary marks "w-1=^" when it lies
 * outside the sentence are TG_G_EDGE), those of the position ("first" and
 * the boundary marks) and those that read three words at once (TG_G_PAIRS:
 * "ww=", "wn=", "sss="). The groups split the features without overlap, so
 * that a word's own groups can be summed once and kept (kabar_tagger_memo). */
#define TG_G_WORD(d) (1u << (d))
#define TG_G_EDGE (1u << 5)
#define TG_G_PAIRS (1u << 6)
#define TG_G_ALL 0x7fu

/* Appends to f the features in `groups` of a word whose neighbours at
 * offsets -2 .. +2 are nb[0] .. nb[4] (NULL outside the sentence; nb[2] is
 * the word itself and is read only by its own group and TG_G_PAIRS), first
 * when it is the sentence's first word. With TG_G_ALL they come in the
 * order training numbers them. */
static void word_feats(const tg_word *const nb[5], int first, const kabar_tagger_classes *classes,
                       unsigned groups, tg_feats *f) {
  const tg_word *cur = nb[2];
  if (groups & TG_G_WORD(2)) {
    FEAT1(f, "b");
    feat(f, LIT("w="), cur->low, cur->low_len, NULL, 0);
    feat(f, LIT("s="), cur->shape, cur->shape_len, NULL, 0);
    static const char *const pre[4] = {"p1=", "p2=", "p3=", "p4="},
                             *const suf[4] = {"x1=", "x2=", "x3=", "x4="};
    for (size_t k = 1; k <= 4; k++) {
      size_t pb = prefix_bytes(cur->low, cur->low_len, k);
      if (!pb || (k > 1 && pb == prefix_bytes(cur->low, cur->low_len, k - 1)))
        break; /* the word has fewer than k characters */
      size_t sb = suffix_start(cur->low, cur->low_len, k);
      feat(f, pre[k - 1], 3, cur->low, pb, NULL, 0);
      feat(f, suf[k - 1], 3, cur->low + sb, cur->low_len - sb, NULL, 0);
    }
    if (cur->flags & TG_CAP)
      FEAT1(f, "cap");
    if (cur->flags & TG_ALLCAP)
      FEAT1(f, "allcap");
    if (cur->flags & TG_DIGIT)
      FEAT1(f, "digit");
    if (cur->flags & TG_HYPHEN)
      FEAT1(f, "hyphen");
  }
  if (first && (groups & TG_G_EDGE))
    FEAT1(f, "first");
  static const char *const wn[4] = {"w-2=", "w-1=", "w+1=", "w+2="},
                           *const sn[4] = {"s-2=", "s-1=", "s+1=", "s+2="};
  static const int at[4] = {0, 1, 3, 4};
  for (size_t d = 0; d < 4; d++) {
    const tg_word *o = nb[at[d]];
    if (!o) {
      if (groups & TG_G_EDGE)
        feat(f, wn[d], 3, at[d] < 2 ? "^" : "$", 1, NULL, 0); /* "w-2^", "w+1$" */
      continue;
    }
    if (!(groups & TG_G_WORD(at[d])))
      continue;
    feat(f, wn[d], 4, o->low, o->low_len, NULL, 0);
    feat(f, sn[d], 4, o->shape, o->shape_len, NULL, 0);
  }
  /* the word with each neighbour, and the shapes of the three: "presiden
   * joko", "Xx|Xx|x" (a name's words come in runs) */
  if (groups & TG_G_PAIRS) {
    const tg_word *pw = nb[1], *nw = nb[3];
    char bi[2 * TG_LOW_MAX + 2];
    size_t bn = 0;
    if (pw) {
      memcpy(bi, pw->low, pw->low_len);
      bn = pw->low_len;
    } else {
      bi[bn++] = '^';
    }
    bi[bn++] = '|';
    feat(f, LIT("ww="), bi, bn, cur->low, cur->low_len);
    memcpy(bi, cur->low, cur->low_len);
    bn = cur->low_len;
    bi[bn++] = '|';
    if (nw) {
      memcpy(bi + bn, nw->low, nw->low_len);
      bn += nw->low_len;
    } else {
      bi[bn++] = '$';
    }
    feat(f, LIT("wn="), bi, bn, NULL, 0);
    char sh[3 * TG_SHAPE_MAX + 4];
    size_t sn2 = 0;
    for (int q = 1; q <= 3; q++) {
      if (nb[q]) {
        memcpy(sh + sn2, nb[q]->shape, nb[q]->shape_len);
        sn2 += nb[q]->shape_len;
      } else {
        sh[sn2++] = q > 1 ? '$' : '^';
      }
      sh[sn2++] = '|';
    }
    feat(f, LIT("sss="), sh, sn2, NULL, 0);
  }
  /* what the word lists know of the word and of its neighbours, a feature
   * per bit (in the order of KABAR_TAGGER_WL_): "g-1=role", "g=perF",
   * "d+1=common"; g for the lexicons and d for the dictionary, by which
   * kabar_tagger_load tells what a model needs */
  static const char *const wl_pos[3] = {"-1=", "=", "+1="};
  static const char *const wl_name[10] = {"perF", "perL", "locF", "locL", "orgF",
                                          "orgL", "event", "role", "hon", "common"};
  for (size_t d = 0; d < 3; d++) {
    if (!nb[d + 1] || !(groups & TG_G_WORD(d + 1)))
      continue;
    unsigned bits = nb[d + 1]->lists;
    for (unsigned b = 0; bits; b++, bits >>= 1)
      if (bits & 1)
        feat(f, 1u << b == KABAR_TAGGER_WL_COMMON ? "d" : "g", 1, wl_pos[d], strlen(wl_pos[d]),
             wl_name[b], strlen(wl_name[b]));
  }
  /* the word classes of the word and its neighbours: "c0=17", "c2-1=301";
   * "c=none" for a word without classes (a rare word) */
  if (classes && classes->n) {
    static const char *const cpos[5] = {"-2=", "-1=", "=", "+1=", "+2="};
    for (size_t d = 0; d < 5; d++) {
      const tg_word *o = nb[d];
      if (!o || !(groups & TG_G_WORD(d)) || !((TG_CLASS_FEATS >> (d * 8)) & 255))
        continue;
      if (o->cls[0] < 0) {
        if (d == 2)
          FEAT1(f, "c=none");
        continue;
      }
      for (unsigned k = 0; k < classes->levels; k++) {
        if (!((TG_CLASS_FEATS >> (d * 8 + k)) & 1))
          continue;
        class_feat(f, k, cpos[d], d == 2 ? 1 : 3, o->cls[k]);
      }
    }
  }
}

/* The features of word i that do not read the previous tags (all but the
 * last three of tg_features()). */
static void word_features(tg_window *w, size_t i, tg_feats *f) {
  if (i + 2 < w->n)
    window_read(w, i + 2);
  const tg_word *nb[5];
  for (size_t d = 0; d < 5; d++) {
    size_t j = i + d - 2; /* wraps below 0, so j >= n then */
    nb[d] = j < w->n ? &w->ring[j % 5] : NULL;
  }
  f->n = f->used = 0;
  word_feats(nb, i == 0, w->classes, TG_G_ALL, f);
}

void tg_features(tg_window *w, size_t i, int prev, int prev2, tg_feats *f) {
  word_features(w, i, f);
  const tg_word *cur = &w->ring[i % 5];
  /* the previous tags, alone, as a pair and with the word (tag names are
   * short: no buffer overflows) */
  const char *p1 = hist_name(prev), *p2 = hist_name(prev2);
  size_t n1 = strlen(p1), n2 = strlen(p2);

  char pair[16];
  feat(f, LIT("t1="), p1, n1, NULL, 0);
  memcpy(pair, p2, n2);
  pair[n2] = ',';
  memcpy(pair + n2 + 1, p1, n1);
  feat(f, LIT("t2="), pair, n2 + 1 + n1, NULL, 0);
  memcpy(pair, p1, n1);
  pair[n1] = '|';
  feat(f, LIT("t1w="), pair, n1 + 1, cur->low, cur->low_len);
}

size_t tg_rows(const kabar_tagger *t, const tg_feats *f, uint32_t *rows) {
  size_t k = 0;
  for (size_t j = 0; j < f->n; j++) {
    const uint32_t *r = tg_table_get(&t->map, f->hash[j]);
    if (r)
      rows[k++] = *r;
  }
  return k;
}

int tg_allowed(int prev, int tag) {
  return tag == KABAR_TAG_O || (tag & 1) || prev == tag || prev == tag - 1;
}


/* The weights' row of a feature built of pieces a, b, c (as feat() builds
 * and hashes it), or NULL when the model has none. */
static const int32_t *row_of(const kabar_tagger *t, const char *a, size_t an, const char *b,
                             size_t bn, const char *c, size_t cn) {
  char buf[8 + 16 + TG_LOW_MAX];
  memcpy(buf, a, an);
  memcpy(buf + an, b, bn);
  memcpy(buf + an + bn, c, cn);
  uint64_t h = kabar_hash_bytes(buf, an + bn + cn);
  const uint32_t *r = tg_table_get(&t->map, h ? h : 1);
  return r ? t->w + (size_t)*r * KABAR_TAG__COUNT : NULL;
}

/* The tags' features read the two previous tags, so a state of the
 * search is that pair. */
#define TG_NH (KABAR_TAG__COUNT + 1) /* a history tag: -1 (the start) .. 6, stored + 1 */

/* The rows of the features that read the previous tags alone: "t1=" of
 * each history tag p (t1[p]) and "t2=" of each pair (t2[p2 * TG_NH + p1]),
 * NULL where the model has none. They depend on the model only. */
static void history_rows(const kabar_tagger *t, const int32_t **t1, const int32_t **t2) {
  for (int p = 0; p < TG_NH; p++) {
    const char *pn = hist_name(p - 1);
    t1[p] = row_of(t, "t1=", 3, pn, strlen(pn), "", 0);
  }
  for (int p2 = 0; p2 < TG_NH; p2++)
    for (int p1 = 0; p1 < TG_NH; p1++) {
      const char *n2 = hist_name(p2 - 1), *n1 = hist_name(p1 - 1);
      size_t l2 = strlen(n2), l1 = strlen(n1);
      char pair[16];
      memcpy(pair, n2, l2);
      pair[l2] = ',';
      t2[p2 * TG_NH + p1] = row_of(t, "t2=", 3, pair, l2 + 1, n1, l1);
    }
}

/* The dense weights of the rows t1 and t2 (as history_rows() finds them). */
static void hist_weights(const int32_t *const *t1, const int32_t *const *t2, tg_hist_weights *h) {
  for (int p1 = 0; p1 < TG_NH; p1++)
    for (int y = 0; y < KABAR_TAG__COUNT; y++) {
      h->t1[p1][y] = t1[p1] ? t1[p1][y] : 0;
      for (int p2 = 0; p2 < TG_NH; p2++)
        h->t2[p1][y][p2] = t2[p2 * TG_NH + p1] ? t2[p2 * TG_NH + p1][y] : 0;
    }
}

/* Offsets of the history tags' rows in the model's weights, kept in the
 * tagger once it is loaded (its weights no longer change). */
static void history_keep(kabar_tagger *t) {
  const int32_t *t1[TG_NH], *t2[TG_NH * TG_NH];
  history_rows(t, t1, t2);
  for (size_t k = 0; k < TG_NH; k++)
    t->hist_t1[k] = t1[k] ? t1[k] - t->w : -1;
  for (size_t k = 0; k < TG_NH * TG_NH; k++)
    t->hist_t2[k] = t2[k] ? t2[k] - t->w : -1;
  hist_weights(t1, t2, &t->hist);
  t->hist_kept = 1;
}

/* Adds the weights of f's features that the model has to sum. */
static void add_rows(const kabar_tagger *t, const tg_feats *f, int64_t *sum) {
  for (size_t j = 0; j < f->n; j++) {
    const uint32_t *r = tg_table_get(&t->map, f->hash[j]);
    if (r)
      for (int y = 0; y < KABAR_TAG__COUNT; y++)
        sum[y] += t->w[(size_t)*r * KABAR_TAG__COUNT + y];
  }
}

/* The row of "t1w=" for history tag p (stored + 1) and word w, or NULL. */
static const int32_t *t1w_row(const kabar_tagger *t, int p, const tg_word *w) {
  const char *pn = hist_name(p - 1);
  size_t pl = strlen(pn);
  char pipe[8];
  memcpy(pipe, pn, pl);
  pipe[pl] = '|';
  return row_of(t, "t1w=", 4, pipe, pl + 1, w->low, w->low_len);
}

/* ---- the memo of words ---- */

/* What a memo keeps of a word: the word as the features read it, the sums
 * of the model's weights over each group of its features (part[d]: those
 * of TG_G_WORD(d), which read it at offset d - 2 from the word tagged), and
 * the rows of "t1w=" with each history tag (TG_NO_ROW where the model has
 * none). Integer sums: adding a group's sum is exactly adding its weights
 * one by one, so the scores, and the tags, are the same bytes as without. */
#define TG_NO_ROW UINT32_MAX
typedef struct tg_memo_word {
  int64_t part[5][KABAR_TAG__COUNT];
  uint32_t t1w[TG_NH];
  tg_word w;
} tg_memo_word;

/* Words a memo holds at most (about 400 bytes each, with its key: some
 * 7 MB); one that would pass it starts afresh. */
#define TG_MEMO_MAX 16384

struct kabar_tagger_memo {
  const kabar_tagger *t; /* the tagger whose weights the sums are of */
  kabar_strmap *index;   /* word as written -> index in words */
  tg_memo_word *words;
  size_t n, cap;
};

kabar_tagger_memo *kabar_tagger_memo_new(void) {
  kabar_tagger_memo *m = calloc(1, sizeof *m);
  if (m && !(m->index = kabar_strmap_new())) {
    free(m);
    return NULL;
  }
  return m;
}

void kabar_tagger_memo_free(kabar_tagger_memo *m) {
  if (!m)
    return;
  kabar_strmap_free(m->index);
  free(m->words);
  free(m);
}

/* The index in m of word s, added when new (f is scratch); SIZE_MAX when
 * out of memory. */
static size_t memo_word(kabar_tagger_memo *m, const kabar_tagger *t, const char *s, tg_feats *f) {
  size_t len = strlen(s), k;
  if (kabar_strmap_get(m->index, s, len, &k))
    return k;
  if (kabar_grow((void **)&m->words, &m->cap, m->n, sizeof *m->words) < 0)
    return SIZE_MAX;
  tg_memo_word *e = &m->words[m->n];
  word_read_all(s, t->lists, t->classes, &e->w);
  for (size_t d = 0; d < 5; d++) {
    const tg_word *nb[5] = {NULL, NULL, NULL, NULL, NULL};
    nb[d] = &e->w;
    f->n = f->used = 0;
    word_feats(nb, 0, t->classes, TG_G_WORD(d), f);
    memset(e->part[d], 0, sizeof e->part[d]);
    add_rows(t, f, e->part[d]);
  }
  for (int p = 0; p < TG_NH; p++) {
    const int32_t *r = t1w_row(t, p, &e->w);
    e->t1w[p] = r ? (uint32_t)((size_t)(r - t->w) / KABAR_TAG__COUNT) : TG_NO_ROW;
  }
  if (kabar_strmap_put(m->index, s, len, m->n) < 0)
    return SIZE_MAX;
  return m->n++;
}

/* Adds to base the scores of word i of a sentence whose n words are
 * entries idx of m: its own sums and its neighbours', and the features
 * of the position and of the pairs of words, which no word alone has. */
static void memo_scores(const kabar_tagger *t, const kabar_tagger_memo *m, const size_t *idx,
                        size_t n, size_t i, tg_feats *f, int64_t *base) {
  const tg_word *nb[5];
  for (size_t d = 0; d < 5; d++) {
    size_t j = i + d - 2; /* wraps below 0, so j >= n then */
    nb[d] = NULL;
    if (j >= n)
      continue;
    const tg_memo_word *e = &m->words[idx[j]];
    nb[d] = &e->w;
    for (int y = 0; y < KABAR_TAG__COUNT; y++)
      base[y] += e->part[d][y];
  }
  f->n = f->used = 0;
  word_feats(nb, i == 0, t->classes, TG_G_EDGE | TG_G_PAIRS, f);
  add_rows(t, f, base);
}

/* Finds the memo's entries of the n words in idx; 0, or -1 when out of
 * memory. */
static int memo_sentence(kabar_tagger_memo *m, const kabar_tagger *t, const char *const *words,
                         size_t n, size_t *idx, tg_feats *f) {
  if (m->t != t || m->n + n > TG_MEMO_MAX) {
    kabar_strmap_clear(m->index);
    m->n = 0;
    m->t = t;
  }
  for (size_t i = 0; i < n; i++)
    if ((idx[i] = memo_word(m, t, words[i], f)) == SIZE_MAX)
      return -1;
  return 0;
}

/* ---- tagging ---- */

/* tg_viterbi(), with memo (may be NULL) for the words' scores. */
static kabar_status viterbi(const kabar_tagger *t, kabar_tagger_memo *memo,
                            const char *const *words, size_t n, unsigned char *tags) {
  kabar_status st = KABAR_OK;
  tg_window win;
  tg_feats f;
  int64_t delta[2 * TG_NH * TG_NH];
  unsigned char bp_small[64 * TG_NH * TG_NH];
  size_t idx_small[64];
  unsigned char *bp = n <= 64 ? bp_small : malloc(n * TG_NH * TG_NH);
  size_t *idx = NULL;
  if (!bp)
    return KABAR_ERR_NOMEM;
  /* a memo's sums hold for a loaded model only: training changes weights */
  if (memo && t->hist_kept && n <= TG_MEMO_MAX) {
    idx = n <= 64 ? idx_small : malloc(n * sizeof *idx);
    if (!idx || memo_sentence(memo, t, words, n, idx, &f) < 0) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
  }
  /* the history tags' rows: from the loaded model, else looked up */
  tg_hist_weights own;
  const tg_hist_weights *hw = &t->hist;
  if (!t->hist_kept) { /* training: the weights change between calls */
    const int32_t *t1[TG_NH], *t2[TG_NH * TG_NH];
    history_rows(t, t1, t2);
    hist_weights(t1, t2, &own);
    hw = &own;
  }
  const int64_t none = INT64_MIN / 4;
  int64_t *cur = delta, *next = delta + TG_NH * TG_NH;
  for (size_t k = 0; k < TG_NH * TG_NH; k++)
    cur[k] = none;
  cur[0] = 0; /* (start, start) */
  if (!idx)
    tg_window_start(&win, t->lists, t->classes, words, n);
  for (size_t i = 0; i < n; i++) {
    int64_t base[KABAR_TAG__COUNT] = {0};
    const tg_memo_word *mw = idx ? &memo->words[idx[i]] : NULL;
    if (mw) {
      memo_scores(t, memo, idx, n, i, &f, base);
    } else {
      word_features(&win, i, &f);
      add_rows(t, &f, base);
    }
    const tg_word *w = mw ? &mw->w : &win.ring[i % 5];
    /* the scores of each tag after history tag p1, less the pair's: the
     * word's, "t1=" and "t1w=" (only for a p1 that some state ends in) */
    int64_t after[TG_NH][KABAR_TAG__COUNT];
    for (int p1 = 0; p1 < TG_NH; p1++) {
      int live = 0;
      for (int p2 = 0; p2 < TG_NH && !live; p2++)
        live = cur[p2 * TG_NH + p1] != none;
      if (!live)
        continue;
      const int32_t *r1w = !mw                     ? t1w_row(t, p1, w)
                           : mw->t1w[p1] == TG_NO_ROW ? NULL
                                                      : t->w + (size_t)mw->t1w[p1] * KABAR_TAG__COUNT;
      for (int y = 0; y < KABAR_TAG__COUNT; y++)
        after[p1][y] = base[y] + hw->t1[p1][y] + (r1w ? r1w[y] : 0);
    }
    for (size_t k = 0; k < TG_NH * TG_NH; k++)
      next[k] = none;
    /* each state (p1, y) from its best p2, the first in p2's order among
     * equals (as a loop over p2 outside would keep it); scores stay far
     * above `none`, so every live p2 is a candidate */
    for (int p1 = 0; p1 < TG_NH; p1++) {
      int64_t d[TG_NH];
      int live[TG_NH], n_live = 0;
      for (int p2 = 0; p2 < TG_NH; p2++)
        if ((d[p2] = cur[p2 * TG_NH + p1]) != none)
          live[n_live++] = p2;
      if (!n_live)
        continue;
      for (int y = 0; y < KABAR_TAG__COUNT; y++) {
        if (!tg_allowed(p1 - 1, y))
          continue;
        /* (the word's part, after[p1][y], is the same for every p2) */
        const int32_t *r2 = hw->t2[p1][y];
        int64_t best = 0;
        int arg = -1;
        for (int q = 0; q < n_live; q++) {
          int p2 = live[q];
          int64_t v = d[p2] + r2[p2];
          if (arg < 0 || v > best) {
            best = v;
            arg = p2;
          }
        }
        size_t to = (size_t)p1 * TG_NH + (size_t)(y + 1);
        next[to] = best + after[p1][y];
        bp[i * TG_NH * TG_NH + to] = (unsigned char)arg;
      }
    }
    int64_t *sw = cur;
    cur = next;
    next = sw;
  }
  size_t best = 0;
  for (size_t k = 1; k < TG_NH * TG_NH; k++)
    if (cur[k] > cur[best])
      best = k;
  int p1 = (int)(best % TG_NH), p2 = (int)(best / TG_NH);
  for (size_t i = n; i-- > 0;) {
    tags[i] = (unsigned char)(p1 - 1);
    int pp = bp[i * TG_NH * TG_NH + (size_t)p2 * TG_NH + (size_t)p1];
    p1 = p2;
    p2 = pp;
  }
done:
  if (bp != bp_small)
    free(bp);
  if (idx != idx_small)
    free(idx);
  return st;
}

kabar_status tg_viterbi(const kabar_tagger *t, const char *const *words, size_t n,
                        unsigned char *tags) {
  return viterbi(t, NULL, words, n, tags);
}

kabar_status kabar_tagger_tag(const kabar_tagger *t, const char *const *words, size_t n,
                              unsigned char *tags) {
  return n ? viterbi(t, NULL, words, n, tags) : KABAR_OK;
}

kabar_status kabar_tagger_tag_memo(const kabar_tagger *t, kabar_tagger_memo *memo,
                                   const char *const *words, size_t n, unsigned char *tags) {
  return n ? viterbi(t, memo, words, n, tags) : KABAR_OK;
}

int kabar_tagger_word_proper(const kabar_tagger *t, const char *word) {
  const kabar_tagger_classes *c = t ? t->classes : NULL;
  if (!c || c->levels != TG_CLASS_PROPN + 2 || !word)
    return 0;
  uint64_t h = kabar_hash_bytes(word, strlen(word));
  const uint32_t *r = tg_table_get(&c->map, h ? h : 1);
  if (!r)
    return 0;
  const uint16_t *row = c->cls + (size_t)*r * c->levels;
  /* UD always tags it PROPN (4); capitalised, it is never written in
   * lower case (1) */
  return row[TG_CLASS_PROPN] == 4 && row[TG_CLASS_PROPN + 1] == 1;
}

/* ---- the model ---- */

kabar_status tg_file_error(kabar_error *err, kabar_status st, const char *path, int e) {
  if (e == ENOMEM)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  return kabar_error_set(err, st, "%s: %s", path, strerror(e));
}

kabar_status tg_read_done(FILE *f, const char *path, kabar_error *err) {
  if (errno == ENOMEM)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  if (ferror(f))
    return kabar_error_set(err, KABAR_ERR_IO, "%s: read error", path);
  return KABAR_OK;
}

kabar_tagger *tg_tagger_new(void) {
  kabar_tagger *t = calloc(1, sizeof *t);
  if (t && tg_table_init(&t->map) < 0) {
    free(t);
    return NULL;
  }
  return t;
}

void kabar_tagger_free(kabar_tagger *t) {
  if (!t)
    return;
  tg_table_free(&t->map);
  free(t->w);
  free(t->names);
  kabar_arena_free(t->arena);
  kabar_tagger_lists_free(t->own_lists);
  kabar_tagger_classes_free(t->own_classes);
  free(t);
}

/* ---- word classes ---- */

kabar_tagger_classes *tg_classes_new(void) {
  kabar_tagger_classes *c = calloc(1, sizeof *c);
  if (c && (tg_table_init(&c->map) < 0 || !(c->arena = kabar_arena_new()))) {
    tg_table_free(&c->map);
    free(c);
    return NULL;
  }
  return c;
}

void kabar_tagger_classes_free(kabar_tagger_classes *c) {
  if (!c)
    return;
  tg_table_free(&c->map);
  free(c->cls);
  free(c->word);
  kabar_arena_free(c->arena);
  free(c);
}

kabar_status tg_classes_add(kabar_tagger_classes *c, const char *word, size_t len,
                            const uint16_t *cls, int keep_names) {
  uint64_t h = kabar_hash_bytes(word, len);
  int added;
  if (c->n >= UINT32_MAX)
    return KABAR_ERR_NOMEM;
  size_t cap = c->cap;
  if (kabar_grow((void **)&c->cls, &cap, c->n, c->levels * sizeof *c->cls) < 0)
    return KABAR_ERR_NOMEM;
  if (keep_names) {
    size_t wcap = c->cap;
    if (kabar_grow((void **)&c->word, &wcap, c->n, sizeof *c->word) < 0 ||
        !(c->word[c->n] = kabar_arena_strndup(c->arena, word, len)))
      return KABAR_ERR_NOMEM;
  }
  c->cap = cap;
  if (!tg_table_put(&c->map, h ? h : 1, (uint32_t)c->n, &added))
    return KABAR_ERR_NOMEM;
  if (!added)
    return KABAR_ERR_INPUT;
  memcpy(c->cls + c->n * c->levels, cls, c->levels * sizeof *cls);
  c->n++;
  return KABAR_OK;
}

/* Parses up to TG_CLASS_LEVELS class numbers separated by `sep` from p (to
 * its end, `end`) into cls; returns how many, or 0 when malformed. */
static unsigned parse_classes(const char *p, const char *end, char sep, uint16_t *cls) {
  unsigned k = 0;
  while (p < end) {
    if (k == TG_CLASS_LEVELS || *p < '0' || *p > '9')
      return 0;
    unsigned long v = 0;
    while (p < end && *p >= '0' && *p <= '9' && v < 65535)
      v = v * 10 + (unsigned long)(*p++ - '0');
    if (v >= 65535)
      return 0;
    cls[k++] = (uint16_t)v;
    if (p < end) {
      if (*p != sep || p + 1 == end)
        return 0;
      p++;
    }
  }
  return k;
}

kabar_status kabar_tagger_classes_load(const char *path, kabar_tagger_classes **out,
                                       kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f)
    return tg_file_error(err, KABAR_ERR_IO, path, errno);
  kabar_tagger_classes *c = tg_classes_new();
  if (!c) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  ssize_t len;
  errno = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (!len || line[0] == '#')
      continue;
    char *tab = memchr(line, '\t', (size_t)len), *tab2 = tab ? strchr(tab + 1, '\t') : NULL;
    uint16_t cls[TG_CLASS_LEVELS];
    unsigned k = tab2 ? parse_classes(tab2 + 1, line + len, '\t', cls) : 0;
    if (!tab || tab == line || memchr(line, '\0', (size_t)len) || !k ||
        (c->levels && k != c->levels)) {
      st = kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s:%zu: expected a word, a tab, a count and 1 to %d tab-separated "
                           "classes (as many as on the other lines)",
                           path, lineno, TG_CLASS_LEVELS);
      goto done;
    }
    c->levels = k;
    st = tg_classes_add(c, line, (size_t)(tab - line), cls, 1);
    if (st != KABAR_OK) {
      st = kabar_error_set(err, st, st == KABAR_ERR_NOMEM ? "%s:%zu: out of memory"
                                                          : "%s:%zu: the word appears twice",
                           path, lineno);
      goto done;
    }
    errno = 0;
  }
  if ((st = tg_read_done(f, path, err)) != KABAR_OK)
    goto done;
  *out = c;
  c = NULL;
done:
  free(line);
  fclose(f);
  kabar_tagger_classes_free(c);
  return st;
}

/* Adds a model file's word-class line (`@word<TAB>class class ...`, len
 * bytes without its newline) to t. */
static kabar_status load_class(kabar_tagger *t, const char *line, size_t len, const char *path,
                               size_t lineno, kabar_error *err) {
  if (!t->own_classes && !(t->own_classes = tg_classes_new()))
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s:%zu: out of memory", path, lineno);
  kabar_tagger_classes *c = t->own_classes;
  t->classes = c;
  const char *tab = memchr(line, '\t', len);
  uint16_t cls[TG_CLASS_LEVELS];
  unsigned k = tab ? parse_classes(tab + 1, line + len, ' ', cls) : 0;
  if (!tab || tab == line + 1 || memchr(line, '\0', len) || !k || (c->levels && k != c->levels))
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s:%zu: expected '@', a word, a tab and 1 to %d classes separated "
                           "by single spaces (as many as on the other '@' lines)",
                           path, lineno, TG_CLASS_LEVELS);
  c->levels = k;
  kabar_status st = tg_classes_add(c, line + 1, (size_t)(tab - line - 1), cls, 0);
  if (st == KABAR_ERR_NOMEM)
    return kabar_error_set(err, st, "%s:%zu: out of memory", path, lineno);
  if (st != KABAR_OK)
    return kabar_error_set(err, st, "%s:%zu: word '%.*s' appears twice", path, lineno,
                           (int)(tab - line - 1), line + 1);
  return KABAR_OK;
}

/* Parses a weight: an optional '-' and 1 to 9 digits. Returns the byte
 * after it, or NULL. */
static const char *parse_weight(const char *p, int32_t *out) {
  int neg = *p == '-';
  p += neg;
  int32_t v = 0;
  const char *start = p;
  while (*p >= '0' && *p <= '9' && p - start < 9)
    v = v * 10 + (*p++ - '0');
  if (p == start || (*p >= '0' && *p <= '9') || v > TG_WEIGHT_MAX)
    return NULL;
  *out = neg ? -v : v;
  return p;
}

/* Which word lists a model needs: its features of the lexicons are named
 * "g=", "g-1=", "g+1=" and so on, those of the dictionary "d=" ... */
enum { NEEDS_LEXICON = 1, NEEDS_DICT = 2 };

static unsigned feature_needs(const char *name) {
  if (name[1] != '=' && name[1] != '-' && name[1] != '+')
    return 0;
  return name[0] == 'g' ? NEEDS_LEXICON : name[0] == 'd' ? NEEDS_DICT : 0;
}

/* Adds the feature line (len bytes, without its newline) to t and what it
 * needs to *needs. */
static kabar_status load_row(kabar_tagger *t, const char *line, size_t len, size_t *rows_cap,
                             unsigned *needs, const char *path, size_t lineno, kabar_error *err) {
  const char *tab = memchr(line, '\t', len);
  if (!tab || tab == line || memchr(line, '\0', len))
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s:%zu: expected a feature, a tab and %d weights", path, lineno,
                           KABAR_TAG__COUNT);
  int32_t w[KABAR_TAG__COUNT];
  const char *p = tab + 1;
  for (int y = 0; y < KABAR_TAG__COUNT && p; y++)
    if (!(p = parse_weight(p, &w[y])) || *p != (y + 1 < KABAR_TAG__COUNT ? ' ' : '\0'))
      p = NULL;
    else if (y + 1 < KABAR_TAG__COUNT)
      p++;
  if (!p || p != line + len)
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s:%zu: expected %d integer weights separated by single spaces "
                           "after the tab",
                           path, lineno, KABAR_TAG__COUNT);
  if (t->n_rows >= UINT32_MAX)
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s:%zu: too many features", path, lineno);
  uint64_t h = kabar_hash_bytes(line, (size_t)(tab - line));
  int added;
  if (kabar_grow((void **)&t->w, rows_cap, t->n_rows, sizeof w) < 0 ||
      !tg_table_put(&t->map, h ? h : 1, (uint32_t)t->n_rows, &added))
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s:%zu: out of memory", path, lineno);
  if (!added)
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s:%zu: feature '%.*s' appears twice", path,
                           lineno, (int)(tab - line), line);
  memcpy(t->w + t->n_rows * KABAR_TAG__COUNT, w, sizeof w);
  t->n_rows++;
  *needs |= feature_needs(line);
  return KABAR_OK;
}

kabar_status kabar_tagger_load(const char *path, const char *lexicon_dir, const char *dict_dir,
                               kabar_tagger **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_tagger *t = NULL;
  char *line = NULL;
  size_t cap = 0, lineno = 0, rows_cap = 0;
  unsigned needs = 0;
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f)
    return tg_file_error(err, KABAR_ERR_IO, path, errno);
  t = tg_tagger_new();
  if (!t) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  ssize_t len;
  /* getline() fails with ENOMEM without setting the stream's error flag:
   * errno tells that from the end of the file */
  errno = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (len > 0 && line[len - 1] == '\n')
      line[--len] = '\0';
    if (lineno == 1) {
      if ((size_t)len != strlen(TG_HEADER) || memcmp(line, TG_HEADER, (size_t)len) != 0) {
        st = kabar_error_set(err, KABAR_ERR_INPUT,
                             "%s:1: not a kabar tagger model (the first line must be '%s')",
                             path, TG_HEADER);
        goto done;
      }
    } else if (line[0] == '@') {
      TRY(load_class(t, line, (size_t)len, path, lineno, err));
    } else if (line[0] != '#') {
      TRY(load_row(t, line, (size_t)len, &rows_cap, &needs, path, lineno, err));
    }
    errno = 0;
  }
  if ((st = tg_read_done(f, path, err)) != KABAR_OK)
    goto done;
  if (lineno == 0) {
    st = kabar_error_set(err, KABAR_ERR_INPUT, "%s:1: empty file, not a kabar tagger model", path);
    goto done;
  }
  unsigned missing = needs & ~((lexicon_dir ? NEEDS_LEXICON : 0u) | (dict_dir ? NEEDS_DICT : 0u));
  if (missing) {
    st = kabar_error_set(err, KABAR_ERR_USAGE,
                         "%s: the model was trained with the %s, but none was given", path,
                         missing == NEEDS_LEXICON ? "lexicons"
                         : missing == NEEDS_DICT  ? "dictionary"
                                                  : "lexicons and the dictionary");
    goto done;
  }
  if (needs) {
    TRY(kabar_tagger_lists_load(needs & NEEDS_LEXICON ? lexicon_dir : NULL,
                                needs & NEEDS_DICT ? dict_dir : NULL, &t->own_lists, err));
    t->lists = t->own_lists;
  }
  history_keep(t);
  *out = t;
  t = NULL;
done:
  free(line);
  fclose(f);
  kabar_tagger_free(t);
  return st;
}
