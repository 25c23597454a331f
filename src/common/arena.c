/* SPDX-License-Identifier: MIT */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

typedef struct block {
  struct block *next;
  size_t used, cap;
  max_align_t data[]; /* flexible, aligned */
} block;

struct kabar_arena {
  block *head;
};

kabar_arena *kabar_arena_new(void) { return calloc(1, sizeof(kabar_arena)); }

void kabar_arena_clear(kabar_arena *a) {
  for (block *b = a->head, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  a->head = NULL;
}

void kabar_arena_free(kabar_arena *a) {
  if (!a)
    return;
  kabar_arena_clear(a);
  free(a);
}

void *kabar_arena_alloc(kabar_arena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  n = (n + align - 1) / align * align;
  if (n == 0)
    n = align;
  block *b = a->head;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > 65536 ? n : 65536;
    block *nb = malloc(sizeof(block) + cap);
    if (!nb)
      return NULL;
    nb->used = 0;
    nb->cap = cap;
    if (b && n > 65536) { /* keep filling the current block afterwards */
      nb->next = b->next;
      b->next = nb;
    } else {
      nb->next = b;
      a->head = nb;
    }
    b = nb;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  return p;
}

char *kabar_arena_strndup(kabar_arena *a, const char *s, size_t n) {
  char *p = kabar_arena_alloc(a, n + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *kabar_arena_strdup(kabar_arena *a, const char *s) { return kabar_arena_strndup(a, s, strlen(s)); }
