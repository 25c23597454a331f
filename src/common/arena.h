/* SPDX-License-Identifier: MIT */
/* A bump allocator: many small strings freed all at once. */
#ifndef KABAR_ARENA_H
#define KABAR_ARENA_H

#include <stddef.h>

typedef struct kabar_arena kabar_arena;

/* NULL when out of memory. */
kabar_arena *kabar_arena_new(void);
void kabar_arena_free(kabar_arena *a); /* NULL is a no-op */
/* Frees everything allocated from a; a stays usable (empty). */
void kabar_arena_clear(kabar_arena *a);
/* Memory aligned for any type, owned by the arena; NULL when out of memory. */
void *kabar_arena_alloc(kabar_arena *a, size_t n);
/* A NUL-terminated copy of s[0..n), owned by the arena; NULL when out of memory. */
char *kabar_arena_strndup(kabar_arena *a, const char *s, size_t n);
char *kabar_arena_strdup(kabar_arena *a, const char *s);

#endif
