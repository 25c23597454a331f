/* SPDX-License-Identifier: MIT */
/* kabar-word-clusters: groups the words of unlabelled Indonesian text into
 * classes by the words they stand between (the exchange algorithm of Kneser
 * and Ney, 1993: a class bigram model's likelihood, improved one word move
 * at a time), at several numbers of classes, and writes them as the
 * tagger's word-class file (data/ner/clusters.tsv). Same input, same file:
 * words are visited in a fixed order and ties go to the lowest class.
 *
 * usage: kabar-word-clusters OUT [--min-count N] [--classes K1,K2,...]
 *                            [--iterations N] FILE...
 * A FILE ending in .conllu is read as CoNLL-U (the FORM of each word, a
 * multiword token's surface form for its words), one ending in .txt whose
 * lines hold a tab as `token<TAB>tag` CoNLL, any other .txt as plain text
 * (a token is a run of letters and digits or one punctuation mark; a blank
 * line or . ! ? ends a sentence). Words keep their case. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *what) {
  fprintf(stderr, "kabar-word-clusters: %s\n", what);
  exit(1);
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    die("out of memory");
  return p;
}

/* ---- the vocabulary: string -> id ---- */

typedef struct vocab {
  char **word;
  uint64_t *count;
  uint32_t *ud, *propn; /* times seen in a CoNLL-U file, and with UPOS PROPN */
  size_t n, cap;
  uint32_t *slot; /* id + 1, 0 empty */
  size_t mask;
} vocab;

static uint64_t hash_str(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

static void vocab_grow(vocab *v) {
  size_t cap = v->mask ? 2 * (v->mask + 1) : 1 << 16;
  uint32_t *slot = calloc(cap, sizeof *slot);
  if (!slot)
    die("out of memory");
  for (size_t i = 0; i < v->n; i++) {
    size_t j = hash_str(v->word[i], strlen(v->word[i])) & (cap - 1);
    while (slot[j])
      j = (j + 1) & (cap - 1);
    slot[j] = (uint32_t)i + 1;
  }
  free(v->slot);
  v->slot = slot;
  v->mask = cap - 1;
}

static uint32_t vocab_id(vocab *v, const char *s, size_t n) {
  if (2 * (v->n + 1) > v->mask + 1)
    vocab_grow(v);
  size_t j = hash_str(s, n) & v->mask;
  for (; v->slot[j]; j = (j + 1) & v->mask) {
    const char *w = v->word[v->slot[j] - 1];
    if (strlen(w) == n && !memcmp(w, s, n))
      return v->slot[j] - 1;
  }
  if (v->n == v->cap) {
    v->cap = v->cap ? 2 * v->cap : 1024;
    v->word = xrealloc(v->word, v->cap * sizeof *v->word);
    v->count = xrealloc(v->count, v->cap * sizeof *v->count);
    v->ud = xrealloc(v->ud, v->cap * sizeof *v->ud);
    v->propn = xrealloc(v->propn, v->cap * sizeof *v->propn);
  }
  char *w = xrealloc(NULL, n + 1);
  memcpy(w, s, n);
  w[n] = '\0';
  v->word[v->n] = w;
  v->count[v->n] = 0;
  v->ud[v->n] = v->propn[v->n] = 0;
  v->slot[j] = (uint32_t)v->n + 1;
  return (uint32_t)v->n++;
}

/* ---- the text: word ids, BOUNDARY between sentences ---- */

#define BOUNDARY 0u
static vocab V;
static uint32_t *text;
static size_t n_text, text_cap;

static void emit(uint32_t id) {
  if (id == BOUNDARY && (!n_text || text[n_text - 1] == BOUNDARY))
    return;
  if (n_text == text_cap) {
    text_cap = text_cap ? 2 * text_cap : 1 << 16;
    text = xrealloc(text, text_cap * sizeof *text);
  }
  text[n_text++] = id;
  V.count[id]++;
}

static void emit_word(const char *s, size_t n) {
  if (n)
    emit(vocab_id(&V, s, n));
}

/* A CoNLL-U word and its UPOS (upos NULL for a multiword token's form). */
static void emit_ud(const char *s, size_t n, const char *upos) {
  if (!n)
    return;
  uint32_t id = vocab_id(&V, s, n);
  emit(id);
  if (upos) {
    V.ud[id]++;
    V.propn[id] += !strncmp(upos, "PROPN\t", 6);
  }
}

/* Length of the punctuation mark at p (ASCII or a few typographic marks),
 * or 0 when p starts a letter or digit (or a space). */
static size_t punct_len(const unsigned char *p) {
  if (*p < 0x80)
    return (*p > 0x20 && *p < 0x7f && !((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') ||
                                         (*p >= 'a' && *p <= 'z')))
               ? 1
               : 0;
  /* U+2010..U+2027 (dashes, quotes, ellipsis), U+00AB, U+00BB */
  if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0xA7)
    return 3;
  if (p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB))
    return 2;
  return 0;
}

static void read_plain_line(const char *line) {
  const unsigned char *p = (const unsigned char *)line;
  while (*p) {
    if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || (p[0] == 0xC2 && p[1] == 0xA0)) {
      p += *p == 0xC2 ? 2 : 1;
      continue;
    }
    size_t k = punct_len(p);
    if (k) {
      emit_word((const char *)p, k);
      if (*p == '.' || *p == '!' || *p == '?')
        emit(BOUNDARY);
      p += k;
      continue;
    }
    const unsigned char *s = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' &&
           !(p[0] == 0xC2 && p[1] == 0xA0) && !punct_len(p))
      p++;
    emit_word((const char *)s, (size_t)(p - s));
  }
}

static void read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(1);
  }
  size_t len = strlen(path);
  int conllu = len > 7 && !strcmp(path + len - 7, ".conllu");
  int tabbed = -1; /* a .txt file: CoNLL when its first line holds a tab */
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long skip_to = 0; /* the last word of the multiword token being read */
  while ((n = getline(&line, &cap, f)) >= 0) {
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
      line[--n] = '\0';
    if (conllu) {
      if (!n) {
        emit(BOUNDARY);
        skip_to = 0;
        continue;
      }
      if (line[0] == '#')
        continue;
      char *tab = strchr(line, '\t');
      if (!tab)
        continue;
      char *form = tab + 1, *end = strchr(form, '\t');
      if (!end)
        continue;
      char *dash = memchr(line, '-', (size_t)(tab - line));
      if (memchr(line, '.', (size_t)(tab - line)))
        continue; /* an empty node */
      long id = strtol(line, NULL, 10);
      char *upos = strchr(end + 1, '\t');
      upos = upos ? upos + 1 : NULL;
      if (dash) {
        skip_to = strtol(dash + 1, NULL, 10);
        emit_ud(form, (size_t)(end - form), NULL);
      } else if (id > skip_to) {
        emit_ud(form, (size_t)(end - form), upos);
      }
      continue;
    }
    if (tabbed < 0 && n)
      tabbed = strchr(line, '\t') != NULL;
    if (!n) {
      emit(BOUNDARY);
    } else if (tabbed) {
      char *tab = strchr(line, '\t');
      emit_word(line, tab ? (size_t)(tab - line) : (size_t)n);
    } else {
      read_plain_line(line);
    }
  }
  emit(BOUNDARY);
  free(line);
  fclose(f);
}

/* ---- the exchange algorithm ---- */

/* A word's neighbours: (word, count) pairs. */
typedef struct adj {
  uint32_t *to, *cnt;
  size_t *start; /* word w's pairs are [start[w], start[w + 1]) */
} adj;

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The bigrams of m (word ids in 0..nw) as adjacency lists: `right` gives
 * each word's successors, `left` its predecessors. */
static void build_adj(const uint32_t *m, size_t n, size_t nw, adj *right, adj *left) {
  uint64_t *pairs = xrealloc(NULL, n * sizeof *pairs);
  size_t np = 0;
  for (size_t i = 0; i + 1 < n; i++)
    pairs[np++] = (uint64_t)m[i] << 32 | m[i + 1];
  for (int side = 0; side < 2; side++) {
    adj *a = side ? left : right;
    if (side)
      for (size_t i = 0; i < np; i++)
        pairs[i] = pairs[i] << 32 | pairs[i] >> 32;
    qsort(pairs, np, sizeof *pairs, cmp_u64);
    a->start = calloc(nw + 2, sizeof *a->start);
    a->to = xrealloc(NULL, (np ? np : 1) * sizeof *a->to);
    a->cnt = xrealloc(NULL, (np ? np : 1) * sizeof *a->cnt);
    size_t k = 0;
    for (size_t i = 0; i < np;) {
      size_t j = i;
      while (j < np && pairs[j] == pairs[i])
        j++;
      a->to[k] = (uint32_t)pairs[i];
      a->cnt[k] = (uint32_t)(j - i);
      a->start[(pairs[i] >> 32) + 1]++;
      k++;
      i = j;
    }
    for (size_t w = 0; w <= nw; w++)
      a->start[w + 1] += a->start[w];
  }
  free(pairs);
}

static double *flog; /* flog[x] = x log x */

static inline double F(int64_t x) { return flog[x]; }

/* Assigns classes 2 .. k+1 to words 2 .. nw-1 (0 the boundary and 1 the
 * rare words keep classes 0 and 1); words are in descending frequency. */
static void exchange(size_t nw, const adj *right, const adj *left, const uint64_t *count,
                     unsigned k, unsigned iterations, uint32_t *cls) {
  size_t nc = k + 2;
  int64_t *N = calloc(nc * nc, sizeof *N), *NL = calloc(nc, sizeof *NL),
          *NR = calloc(nc, sizeof *NR);
  int64_t *out = calloc(nc, sizeof *out), *in = calloc(nc, sizeof *in);
  uint32_t *out_list = xrealloc(NULL, nc * sizeof *out_list),
           *in_list = xrealloc(NULL, nc * sizeof *in_list);
  if (!N || !NL || !NR || !out || !in)
    die("out of memory");
  cls[0] = 0;
  cls[1] = 1;
  for (size_t w = 2; w < nw; w++)
    cls[w] = 2 + (uint32_t)((w - 2) % k);
  for (size_t w = 0; w < nw; w++)
    for (size_t e = right->start[w]; e < right->start[w + 1]; e++) {
      N[cls[w] * nc + cls[right->to[e]]] += right->cnt[e];
      NL[cls[w]] += right->cnt[e];
      NR[cls[right->to[e]]] += right->cnt[e];
    }
  for (unsigned it = 0; it < iterations; it++) {
    size_t moved = 0;
    for (size_t w = 2; w < nw; w++) {
      uint32_t a = cls[w];
      int64_t self = 0, nl = 0, nr = 0;
      size_t no = 0, ni = 0;
      for (size_t e = right->start[w]; e < right->start[w + 1]; e++) {
        uint32_t v = right->to[e];
        nl += right->cnt[e];
        if (v == w) {
          self += right->cnt[e];
          continue;
        }
        uint32_t d = cls[v];
        if (!out[d])
          out_list[no++] = d;
        out[d] += right->cnt[e];
      }
      for (size_t e = left->start[w]; e < left->start[w + 1]; e++) {
        uint32_t u = left->to[e];
        nr += left->cnt[e];
        if (u == w)
          continue;
        uint32_t d = cls[u];
        if (!in[d])
          in_list[ni++] = d;
        in[d] += left->cnt[e];
      }
      /* take w out of a */
      for (size_t q = 0; q < no; q++)
        N[a * nc + out_list[q]] -= out[out_list[q]];
      for (size_t q = 0; q < ni; q++)
        N[in_list[q] * nc + a] -= in[in_list[q]];
      N[a * nc + a] -= self;
      NL[a] -= nl;
      NR[a] -= nr;
      uint32_t best = a;
      double best_gain = -INFINITY;
      for (uint32_t b = 2; b < nc; b++) {
        double g = 0;
        const int64_t *row = N + (size_t)b * nc;
        for (size_t q = 0; q < no; q++) {
          uint32_t d = out_list[q];
          if (d != b)
            g += F(row[d] + out[d]) - F(row[d]);
        }
        for (size_t q = 0; q < ni; q++) {
          uint32_t d = in_list[q];
          if (d != b)
            g += F(N[(size_t)d * nc + b] + in[d]) - F(N[(size_t)d * nc + b]);
        }
        int64_t bb = row[b];
        g += F(bb + out[b] + in[b] + self) - F(bb);
        g -= F(NL[b] + nl) - F(NL[b]) + F(NR[b] + nr) - F(NR[b]);
        if (g > best_gain + 1e-9) {
          best_gain = g;
          best = b;
        }
      }
      /* put w into best */
      for (size_t q = 0; q < no; q++)
        N[best * nc + out_list[q]] += out[out_list[q]];
      for (size_t q = 0; q < ni; q++)
        N[in_list[q] * nc + best] += in[in_list[q]];
      N[best * nc + best] += self;
      NL[best] += nl;
      NR[best] += nr;
      if (best != a) {
        /* the bigrams between w and words of a or best moved between cells
         * above as out[a]/in[a] counts: they stay right, since those words
         * did not move */
        cls[w] = best;
        moved++;
      }
      for (size_t q = 0; q < no; q++)
        out[out_list[q]] = 0;
      for (size_t q = 0; q < ni; q++)
        in[in_list[q]] = 0;
    }
    double ll = 0;
    for (size_t c = 0; c < nc * nc; c++)
      ll += F(N[c]);
    for (size_t c = 0; c < nc; c++)
      ll -= F(NL[c]) + F(NR[c]);
    fprintf(stderr, "kabar-word-clusters: %u classes, pass %u: %zu words moved, LL %.1f\n", k,
            it + 1, moved, ll);
    if (!moved)
      break;
  }
  (void)count;
  free(N);
  free(NL);
  free(NR);
  free(out);
  free(in);
  free(out_list);
  free(in_list);
}

typedef struct ranked {
  uint32_t id;
  uint64_t count;
} ranked;

static int by_count(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp(V.word[x->id], V.word[y->id]);
}

static int by_word(const void *a, const void *b) {
  return strcmp(V.word[*(const uint32_t *)a], V.word[*(const uint32_t *)b]);
}

static int propn_bucket(uint32_t id) {
  uint32_t n = V.ud[id], p = V.propn[id];
  return !n ? 0 : !p ? 1 : 2 * p < n ? 2 : p < n ? 3 : 4;
}

/* How often a word that starts with a capital (ASCII or Latin-1) and has
 * no other capitals is written in lower case (the buckets of the file). */
static int lower_bucket(uint32_t id) {
  const char *w = V.word[id];
  size_t n = strlen(w);
  char low[256];
  if (n >= sizeof low)
    return 0;
  memcpy(low, w, n + 1);
  if (low[0] >= 'A' && low[0] <= 'Z')
    low[0] = (char)(low[0] + 32);
  else if ((unsigned char)low[0] == 0xC3 && (unsigned char)low[1] >= 0x80 &&
           (unsigned char)low[1] <= 0x9E && (unsigned char)low[1] != 0x97)
    low[1] = (char)(low[1] + 0x20);
  else
    return 0;
  for (size_t i = 1; i < n; i++)
    if (low[i] >= 'A' && low[i] <= 'Z')
      return 0;
  /* the lower-case form's count, if it was read */
  size_t j = hash_str(low, n) & V.mask;
  uint64_t lc = 0;
  for (; V.slot[j]; j = (j + 1) & V.mask)
    if (!strcmp(V.word[V.slot[j] - 1], low)) {
      lc = V.count[V.slot[j] - 1];
      break;
    }
  uint64_t cc = V.count[id];
  return !lc ? 1 : 5 * lc < cc + lc ? 2 : 2 * lc < cc + lc ? 3 : 4;
}

int main(int argc, char **argv) {
  unsigned long min_count = 3, iterations = 20;
  unsigned ks[8] = {32, 128, 512};
  size_t n_ks = 3;
  const char *out_path = NULL;
  const char *files[256];
  size_t n_files = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--min-count") && i + 1 < argc) {
      min_count = strtoul(argv[++i], NULL, 10);
    } else if (!strcmp(argv[i], "--iterations") && i + 1 < argc) {
      iterations = strtoul(argv[++i], NULL, 10);
    } else if (!strcmp(argv[i], "--classes") && i + 1 < argc) {
      n_ks = 0;
      for (char *p = argv[++i]; *p && n_ks < 8;) {
        ks[n_ks++] = (unsigned)strtoul(p, &p, 10);
        if (*p == ',')
          p++;
      }
    } else if (!out_path) {
      out_path = argv[i];
    } else if (n_files < 256) {
      files[n_files++] = argv[i];
    }
  }
  if (!out_path || !n_files) {
    fputs("usage: kabar-word-clusters OUT [--min-count N] [--classes K1,K2,...] "
          "[--iterations N] FILE...\n",
          stderr);
    return 2;
  }
  for (size_t k = 0; k < n_ks; k++)
    if (ks[k] < 2 || ks[k] > 4096)
      die("--classes wants numbers from 2 to 4096");
  vocab_id(&V, "</s>", 4); /* BOUNDARY */
  for (size_t i = 0; i < n_files; i++)
    read_file(files[i]);

  /* new ids: 0 the boundary, 1 the rare words, then by descending count */
  size_t nv = V.n;
  ranked *r = xrealloc(NULL, nv * sizeof *r);
  size_t nr = 0;
  for (size_t i = 1; i < nv; i++)
    if (V.count[i] >= min_count)
      r[nr++] = (ranked){(uint32_t)i, V.count[i]};
  qsort(r, nr, sizeof *r, by_count);
  uint32_t *map = xrealloc(NULL, nv * sizeof *map);
  for (size_t i = 0; i < nv; i++)
    map[i] = 1;
  map[0] = 0;
  size_t nw = nr + 2;
  uint32_t *orig = xrealloc(NULL, nw * sizeof *orig);
  uint64_t *cnt = xrealloc(NULL, nw * sizeof *cnt);
  orig[0] = 0;
  orig[1] = 0;
  cnt[0] = V.count[0];
  cnt[1] = 0;
  for (size_t i = 0; i < nr; i++) {
    map[r[i].id] = (uint32_t)(i + 2);
    orig[i + 2] = r[i].id;
    cnt[i + 2] = r[i].count;
  }
  for (size_t i = 1; i < nv; i++)
    if (map[i] == 1)
      cnt[1] += V.count[i];
  uint32_t *m = xrealloc(NULL, (n_text ? n_text : 1) * sizeof *m);
  for (size_t i = 0; i < n_text; i++)
    m[i] = map[text[i]];
  adj right, left;
  build_adj(m, n_text, nw, &right, &left);
  flog = xrealloc(NULL, (n_text + 2) * sizeof *flog);
  flog[0] = 0;
  for (size_t x = 1; x < n_text + 2; x++)
    flog[x] = (double)x * log((double)x);
  fprintf(stderr, "kabar-word-clusters: %zu tokens, %zu words, %zu seen %lu times or more\n",
          n_text, nv - 1, nr, min_count);

  uint32_t **cls = xrealloc(NULL, n_ks * sizeof *cls);
  for (size_t k = 0; k < n_ks; k++) {
    cls[k] = xrealloc(NULL, nw * sizeof **cls);
    exchange(nw, &right, &left, cnt, ks[k], (unsigned)iterations, cls[k]);
  }

  FILE *f = fopen(out_path, "wb");
  if (!f) {
    perror(out_path);
    return 3;
  }
  fprintf(f, "# kabar word classes: kabar-word-clusters, %zu files, %zu tokens, words seen %lu "
             "times or more, %lu passes at most\n",
          n_files, n_text, min_count, iterations);
  fprintf(f, "# word<TAB>count<TAB>class among");
  for (size_t k = 0; k < n_ks; k++)
    fprintf(f, " %u", ks[k]);
  fprintf(f, " (0-based), then two more columns: how often UD tags the word PROPN (0 "
             "not in a CoNLL-U file, 1 never, 2 under half the time, 3 at least half, 4 "
             "always), and how often a capitalised word is written in lower case (0 not "
             "capitalised, 1 never, 2 under 20%% of the time, 3 under half, 4 at least half)\n");
  uint32_t *order = xrealloc(NULL, nr * sizeof *order);
  for (size_t i = 0; i < nr; i++)
    order[i] = orig[i + 2];
  qsort(order, nr, sizeof *order, by_word);
  for (size_t i = 0; i < nr; i++) {
    uint32_t w = map[order[i]];
    fprintf(f, "%s\t%llu", V.word[order[i]], (unsigned long long)cnt[w]);
    for (size_t k = 0; k < n_ks; k++)
      fprintf(f, "\t%u", cls[k][w] - 2);
    uint32_t id = order[i];
    fprintf(f, "\t%d\t%d\n", propn_bucket(id), lower_bucket(id));
  }
  int rc = 0;
  if (fclose(f) != 0) {
    perror(out_path);
    rc = 3;
  }
  for (size_t k = 0; k < n_ks; k++)
    free(cls[k]);
  free(cls);
  free(order);
  free(flog);
  free(right.start);
  free(right.to);
  free(right.cnt);
  free(left.start);
  free(left.to);
  free(left.cnt);
  free(m);
  free(cnt);
  free(orig);
  free(map);
  free(r);
  free(text);
  for (size_t i = 0; i < V.n; i++)
    free(V.word[i]);
  free(V.word);
  free(V.count);
  free(V.ud);
  free(V.propn);
  free(V.slot);
  return rc;
}
