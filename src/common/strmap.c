/* SPDX-License-Identifier: MIT */
#include "strmap.h"
#include "arena.h"

#include <stdlib.h>
#include <string.h>

typedef struct slot {
  const char *key; /* NULL when empty */
  size_t len;
  uint64_t hash;
  size_t value;
} slot;

struct kabar_strmap {
  slot *slots;
  size_t cap, size;
  kabar_arena *arena;
};

/* Eight bytes a step, each mixed by a multiply and a shift (keys are short
 * words: this is the hot path of every lookup). */
uint64_t kabar_hash_bytes(const void *p, size_t len) {
  const unsigned char *s = p;
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (len * 0xff51afd7ed558ccdull);
  while (len >= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
    s += 8;
    len -= 8;
  }
  uint64_t w = 0;
  for (size_t i = 0; i < len; i++)
    w |= (uint64_t)s[i] << (8 * i);
  h = (h ^ w) * 0x94d049bb133111ebull;
  h ^= h >> 29;
  return h;
}

kabar_strmap *kabar_strmap_new(void) {
  kabar_strmap *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->cap = 64;
  m->slots = calloc(m->cap, sizeof(slot));
  m->arena = kabar_arena_new();
  if (!m->slots || !m->arena) {
    kabar_strmap_free(m);
    return NULL;
  }
  return m;
}

void kabar_strmap_free(kabar_strmap *m) {
  if (!m)
    return;
  free(m->slots);
  kabar_arena_free(m->arena);
  free(m);
}

static slot *find(const kabar_strmap *m, const char *key, size_t len, uint64_t h) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    slot *s = &m->slots[i];
    if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
      return s;
  }
}

static int grow(kabar_strmap *m) {
  size_t ncap = m->cap * 2;
  slot *ns = calloc(ncap, sizeof(slot));
  if (!ns)
    return -1;
  slot *old = m->slots;
  size_t ocap = m->cap;
  m->slots = ns;
  m->cap = ncap;
  for (size_t i = 0; i < ocap; i++)
    if (old[i].key)
      *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
  free(old);
  return 0;
}

int kabar_strmap_put(kabar_strmap *m, const char *key, size_t len, size_t value) {
  if ((m->size + 1) * 4 > m->cap * 3 && grow(m) < 0)
    return -1;
  uint64_t h = kabar_hash_bytes(key, len);
  slot *s = find(m, key, len, h);
  if (!s->key) {
    char *k = kabar_arena_strndup(m->arena, key, len);
    if (!k)
      return -1;
    s->key = k;
    s->len = len;
    s->hash = h;
    m->size++;
  }
  s->value = value;
  return 0;
}

int kabar_strmap_get(const kabar_strmap *m, const char *key, size_t len, size_t *value) {
  slot *s = find(m, key, len, kabar_hash_bytes(key, len));
  if (!s->key)
    return 0;
  if (value)
    *value = s->value;
  return 1;
}

const char *kabar_strmap_key(const kabar_strmap *m, const char *key, size_t len) {
  slot *s = find(m, key, len, kabar_hash_bytes(key, len));
  return s->key;
}

size_t kabar_strmap_size(const kabar_strmap *m) { return m->size; }

void kabar_strmap_clear(kabar_strmap *m) {
  memset(m->slots, 0, m->cap * sizeof *m->slots);
  m->size = 0;
  kabar_arena_clear(m->arena);
}
