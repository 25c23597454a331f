/* SPDX-License-Identifier: MIT */
/* A phrase table: names made of one or more tokens, matched longest first
 * against a document's tokens by their compact keys (see compact.h). */
#ifndef KABAR_PHRASES_H
#define KABAR_PHRASES_H

#include "kabar/text.h"

#include <stddef.h>

enum {
  KABAR_PHRASE_CAPITALIZED = 1u << 0, /* the first token must start upper case */
  KABAR_PHRASE_ACRONYM = 1u << 1,     /* set by add() for names without lower case: case must match */
  KABAR_PHRASE_COMMA = 1u << 2,       /* set by add() for names written with a comma ("Washington, D.C.") */
  KABAR_PHRASE_LAST_CAP = 1u << 3     /* set by add() when every spelling of a name of several words
                                       * ends in a capital ("Vietnam Utara"): as written, a last word
                                       * in lower case after a shorter name ("Vietnam utara", the
                                       * north of Vietnam) is no part of it */
};

typedef struct kabar_phrases kabar_phrases;

kabar_phrases *kabar_phrases_new(void);    /* NULL when out of memory */
void kabar_phrases_free(kabar_phrases *p); /* NULL is a no-op */

/* Adds `name` for `value`. Returns 0; 1 when the name was already there (the
 * first value stays); -1 when out of memory. */
int kabar_phrases_add(kabar_phrases *p, const char *name, size_t value, unsigned flags);

/* The value already stored for `name`, if any: 1 and *value, else 0; -1
 * when out of memory. */
int kabar_phrases_lookup(const kabar_phrases *p, const char *name, size_t *value);
/* The same for a name already compacted (see compact.h); never allocates. */
int kabar_phrases_lookup_key(const kabar_phrases *p, const char *key, size_t len, size_t *value);

/* The longest name starting at token i (tokens i..end-1 available), where
 * compact[k] is the compact key of tokens[k]. Returns its length in tokens
 * (0 when none) and sets *value. */
size_t kabar_phrases_match(const kabar_phrases *p, const kabar_token *tokens,
                           const char *const *compact, size_t i, size_t end, size_t *value);

/* The same, also where a name written capitalised stands in lower case
 * ("gerakan non-blok"); acronyms keep their capitals. */
size_t kabar_phrases_match_any_case(const kabar_phrases *p, const kabar_token *tokens,
                                    const char *const *compact, size_t i, size_t end,
                                    size_t *value);

/* Whether one capitalised word ("Nato", "Asean", "Opec") is an acronym of
 * four letters or more written as a word; sets *value. The caller decides
 * where an ordinary word cannot be meant. */
int kabar_phrases_acronym_as_word(const kabar_phrases *p, const kabar_token *token,
                                  const char *compact, size_t *value);

size_t kabar_phrases_size(const kabar_phrases *p);

/* Whether a name may start with a token of this compact key (a cheap test
 * that lets callers skip kabar_phrases_match() for most tokens). */
int kabar_phrases_may_start(const kabar_phrases *p, const char *compact);

#endif
