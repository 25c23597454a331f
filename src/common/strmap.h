/* SPDX-License-Identifier: MIT */
/* An open-addressing hash map from byte strings to size_t values. Keys are
 * copied into the map's own arena. */
#ifndef KABAR_STRMAP_H
#define KABAR_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct kabar_strmap kabar_strmap;

kabar_strmap *kabar_strmap_new(void);          /* NULL when out of memory */
void kabar_strmap_free(kabar_strmap *m);       /* NULL is a no-op */
/* Sets key -> value; returns 0, or -1 when out of memory. */
int kabar_strmap_put(kabar_strmap *m, const char *key, size_t len, size_t value);
/* Returns 1 and sets *value when found, else 0. */
int kabar_strmap_get(const kabar_strmap *m, const char *key, size_t len, size_t *value);
size_t kabar_strmap_size(const kabar_strmap *m);
/* Removes every key (their stored copies too); the table keeps its size. */
void kabar_strmap_clear(kabar_strmap *m);
/* The stored copy of a key that is in the map (for reuse as a stable string), else NULL. */
const char *kabar_strmap_key(const kabar_strmap *m, const char *key, size_t len);

uint64_t kabar_hash_bytes(const void *p, size_t len);

#endif
