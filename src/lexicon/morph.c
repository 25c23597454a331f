/* SPDX-License-Identifier: MIT */
#include "morph.h"

#include "common/grow.h"
#include "common/strmap.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORD 64
/* The cache holds at most this many words (three quarters of 2^17, so that
 * its table stays at 2^17 slots), then starts afresh: a stream of words
 * that never repeat (random text, ids) keeps its memory bounded, and a
 * result never depends on the cache. */
#define CACHE_MAX 98304

typedef struct cached {
  int found;
  kabar_morph m;
} cached;

struct kabar_morpher {
  kabar_strmap *roots;  /* root -> caller's value */
  kabar_strmap *cache;  /* word -> index into results */
  cached *results;
  size_t n_results, cap_results;
  struct sb_stemmer *snowball;
  /* The cache and the stemmer change on every new word: threads extracting
   * documents in parallel share the morpher through this lock. */
  pthread_mutex_t lock;
};

kabar_morpher *kabar_morpher_new(void) {
  kabar_morpher *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  if (pthread_mutex_init(&m->lock, NULL) != 0) {
    free(m);
    return NULL;
  }
  m->roots = kabar_strmap_new();
  m->cache = kabar_strmap_new();
  if (!m->roots || !m->cache) {
    kabar_morpher_free(m);
    return NULL;
  }
  /* Debian's libstemmer always has Indonesian: NULL means out of memory */
  m->snowball = sb_stemmer_new("indonesian", "UTF_8");
  if (!m->snowball) {
    kabar_morpher_free(m);
    return NULL;
  }
  return m;
}

void kabar_morpher_free(kabar_morpher *m) {
  if (!m)
    return;
  kabar_strmap_free(m->roots);
  kabar_strmap_free(m->cache);
  free(m->results);
  if (m->snowball)
    sb_stemmer_delete(m->snowball);
  pthread_mutex_destroy(&m->lock);
  free(m);
}

int kabar_morpher_add_root(kabar_morpher *m, const char *root, size_t value) {
  return kabar_strmap_put(m->roots, root, strlen(root), value);
}

typedef struct best {
  int found;
  size_t len;
  kabar_morph m;
} best;

static void try_root_sfx(const kabar_morpher *m, best *b, const char *s, size_t n, kabar_form form,
                         int poss, char sfx);

static void try_root(const kabar_morpher *m, best *b, const char *s, size_t n, kabar_form form,
                     int poss) {
  try_root_sfx(m, b, s, n, form, poss, 0);
}

static void try_root_sfx(const kabar_morpher *m, best *b, const char *s, size_t n, kabar_form form,
                         int poss, char sfx) {
  size_t v;
  if (n < 2 || n >= MAX_WORD || !kabar_strmap_get(m->roots, s, n, &v))
    return;
  /* Longest root wins; on a tie the less derived reading (lower form). */
  if (b->found && (n < b->len || (n == b->len && form >= b->m.form)))
    return;
  b->found = 1;
  b->len = n;
  b->m.root = kabar_strmap_key(m->roots, s, n);
  b->m.root_value = v;
  b->m.form = form;
  b->m.possessive = poss;
  b->m.suffix = sfx;
}

static int ends(const char *s, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n > k && memcmp(s + n - k, suf, k) == 0;
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Tries s[0..n) with suffixes -kan, -an, -i removed or kept. `noun_suffix`
 * says whether -an makes it a noun. */
static void try_suffixes(const kabar_morpher *m, best *b, const char *s, size_t n, kabar_form form,
                         int poss) {
  try_root(m, b, s, n, form, poss);
  if (ends(s, n, "kan"))
    try_root_sfx(m, b, s, n - 3, form, poss, 'k');
  if (ends(s, n, "an"))
    try_root_sfx(m, b, s, n - 2, form == KABAR_FORM_BASE ? KABAR_FORM_NOUN : form, poss, 'a');
  if (ends(s, n, "i"))
    try_root_sfx(m, b, s, n - 1, form, poss, 'i');
}

/* meN-/peN- with the nasal's sound change undone: the candidates for the
 * root after the prefix letters `p` (length pn) were removed. */
static void try_nasal(const kabar_morpher *m, best *b, const char *w, size_t n, size_t pn,
                      kabar_form form, int poss) {
  char buf[MAX_WORD + 2];
  const char *rest = w + pn;
  size_t rn = n - pn;
  if (rn + 1 >= sizeof buf || rn == 0)
    return;
  char nasal = w[pn - 1];           /* last letter of the prefix */
  int ng = pn >= 3 && w[pn - 2] == 'n' && w[pn - 1] == 'g';
  int ny = pn >= 3 && w[pn - 2] == 'n' && w[pn - 1] == 'y';
  char restore = 0;
  /* Before a vowel the nasal replaced a consonant of the root: meny- an
   * s (menyerang <- serang), men- a t (menentang <- tentang), mem- a p
   * (memukul <- pukul); meng- a k, or nothing (mengunjungi <- kunjung,
   * mengambil <- ambil). Elsewhere the root follows unchanged. */
  if (!is_vowel(rest[0]) || ng)
    try_suffixes(m, b, rest, rn, form, poss);
  if (ng && is_vowel(rest[0]))
    restore = 'k';
  else if (ny)
    restore = 's';
  else if (nasal == 'm' && is_vowel(rest[0]))
    restore = 'p';
  else if (nasal == 'n' && !ng && !ny && is_vowel(rest[0]))
    restore = 't';
  if (restore) {
    buf[0] = restore;
    memcpy(buf + 1, rest, rn);
    try_suffixes(m, b, buf, rn + 1, form, poss);
  }
}

static void analyze(const kabar_morpher *m, best *b, const char *w, size_t n, int poss) {
  try_suffixes(m, b, w, n, KABAR_FORM_BASE, poss);
  /* ke-...-an nouns: "kerjasama"? no; "kedatangan", "keterlibatan" */
  if (n > 4 && w[0] == 'k' && w[1] == 'e' && ends(w, n, "an"))
    try_root(m, b, w + 2, n - 4, KABAR_FORM_NOUN, poss);
  static const struct {
    const char *p;
    kabar_form form;
    int nasal;
  } prefixes[] = {
      {"memper", KABAR_FORM_ACTIVE, 0}, {"diper", KABAR_FORM_PASSIVE, 0},
      {"menge", KABAR_FORM_ACTIVE, 0},  {"meng", KABAR_FORM_ACTIVE, 1},
      {"meny", KABAR_FORM_ACTIVE, 1},   {"mem", KABAR_FORM_ACTIVE, 1},
      {"men", KABAR_FORM_ACTIVE, 1},    {"me", KABAR_FORM_ACTIVE, 0},
      {"peng", KABAR_FORM_NOUN, 1},     {"peny", KABAR_FORM_NOUN, 1},
      {"pem", KABAR_FORM_NOUN, 1},      {"pen", KABAR_FORM_NOUN, 1},
      {"per", KABAR_FORM_NOUN, 0},      {"pe", KABAR_FORM_NOUN, 0},
      {"di", KABAR_FORM_PASSIVE, 0},    {"ber", KABAR_FORM_BER, 0},
      {"bel", KABAR_FORM_BER, 0},       {"be", KABAR_FORM_BER, 0},
      {"ter", KABAR_FORM_TER, 0},       {"ke", KABAR_FORM_NOUN, 0},
  };
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
    size_t pn = strlen(prefixes[i].p);
    if (n <= pn + 1 || memcmp(w, prefixes[i].p, pn) != 0)
      continue;
    if (prefixes[i].nasal)
      try_nasal(m, b, w, n, pn, prefixes[i].form, poss);
    else
      try_suffixes(m, b, w + pn, n - pn, prefixes[i].form, poss);
    /* memper-/diper- over a ber- or per- root: "memperdalam" <- dalam */
  }
}

/* The affix rules over word and its clitics (-nya, -ku, -mu, -lah, -kah,
 * -pun), reading m only. */
static void analyze_rules(const kabar_morpher *m, best *b, const char *word, size_t len) {
  analyze(m, b, word, len, 0);
  static const char *const clitics[] = {"nya", "lah", "kah", "pun", "ku", "mu"};
  for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++)
    if (ends(word, len, clitics[i]) && len - strlen(clitics[i]) >= 3)
      analyze(m, b, word, len - strlen(clitics[i]), i == 0 || i >= 4);
}

int kabar_morpher_analyze_rules(const kabar_morpher *m, const char *word, size_t len,
                                kabar_morph *out) {
  if (len == 0 || len >= MAX_WORD)
    return 0;
  best b = {0};
  analyze_rules(m, &b, word, len);
  if (b.found)
    *out = b.m;
  return b.found;
}

/* kabar_morpher_analyze() with m->lock held. */
static int analyze_cached(kabar_morpher *m, const char *word, size_t len, kabar_morph *out) {
  size_t idx;
  if (kabar_strmap_get(m->cache, word, len, &idx)) {
    if (m->results[idx].found)
      *out = m->results[idx].m;
    return m->results[idx].found;
  }
  best b = {0};
  analyze_rules(m, &b, word, len);
  if (!b.found) {
    const sb_symbol *s = sb_stemmer_stem(m->snowball, (const sb_symbol *)word, (int)len);
    if (!s)
      return -1; /* the stemmer's only failure: out of memory */
    {
      int sl = sb_stemmer_length(m->snowball);
      kabar_form form = len >= 2 && word[0] == 'd' && word[1] == 'i'   ? KABAR_FORM_PASSIVE
                        : len >= 2 && word[0] == 'm' && word[1] == 'e' ? KABAR_FORM_ACTIVE
                                                                       : KABAR_FORM_NOUN;
      try_root(m, &b, (const char *)s, (size_t)sl, (size_t)sl == len ? KABAR_FORM_BASE : form,
               ends(word, len, "nya"));
    }
  }
  if (m->n_results >= CACHE_MAX) {
    kabar_strmap_clear(m->cache);
    m->n_results = 0;
  }
  if (kabar_grow((void **)&m->results, &m->cap_results, m->n_results, sizeof *m->results) < 0)
    return b.found ? (*out = b.m, 1) : 0; /* uncached but right */
  m->results[m->n_results] = (cached){b.found, b.m};
  if (kabar_strmap_put(m->cache, word, len, m->n_results) == 0)
    m->n_results++;
  if (b.found)
    *out = b.m;
  return b.found;
}

int kabar_morpher_analyze(kabar_morpher *m, const char *word, size_t len, kabar_morph *out) {
  if (len == 0 || len >= MAX_WORD)
    return 0;
  pthread_mutex_lock(&m->lock);
  int r = analyze_cached(m, word, len, out);
  pthread_mutex_unlock(&m->lock);
  return r;
}
