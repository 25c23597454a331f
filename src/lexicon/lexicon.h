/* SPDX-License-Identifier: MIT */
/* The lexicons of data/lexicon/: known states, places, organizations,
 * events, agreements and people, and role titles. */
#ifndef KABAR_LEXICON_H
#define KABAR_LEXICON_H

#include "kabar/kb.h"
#include "kabar/text.h"
#include "phrases.h"

enum {
  KABAR_LEX_METONYM = 1u << 0, /* a capital or seat that can act for its state */
  KABAR_LEX_FORMER = 1u << 1, /* a state that no longer exists */
  KABAR_LEX_PAST = 1u << 2,   /* a person whose role in the lexicon has ended */
  KABAR_LEX_GAZETTEER = 1u << 3 /* a city of the generated gazetteer (cities.tsv) */
};

typedef struct kabar_lex_entity {
  kabar_entity_type type;
  const char *label;
  const char *iso3;  /* a state's own code; for others the state they belong to; may be NULL */
  const char *kind;  /* place, organization or role kind; "" when none */
  unsigned flags;
} kabar_lex_entity;

typedef struct kabar_lex_role {
  const char *title;
  kabar_relation relation; /* leaderOf, officialOf or affiliatedWith */
  const char *kind;        /* head, minister, diplomat, military, spokesperson, expert, ... */
  const char *short_for;   /* the full title an abbreviation stands for ("menhan":
                            * "menteri pertahanan"), or NULL */
} kabar_lex_role;

typedef struct kabar_lexicon kabar_lexicon;

/* Loads every file of `dir` (data/lexicon). On success *out owns a new
 * lexicon freed with kabar_lexicon_free(). Errors name file and line. */
kabar_status kabar_lexicon_load(const char *dir, kabar_lexicon **out, kabar_error *err);
void kabar_lexicon_free(kabar_lexicon *lex); /* NULL is a no-op */

/* Longest known name at token i; see kabar_phrases_match(). */
size_t kabar_lexicon_match_entity(const kabar_lexicon *lex, const kabar_token *tokens,
                                  const char *const *compact, size_t i, size_t end,
                                  const kabar_lex_entity **out);
/* The same, also for a capitalised name written in lower case. */
size_t kabar_lexicon_match_entity_any_case(const kabar_lexicon *lex, const kabar_token *tokens,
                                           const char *const *compact, size_t i, size_t end,
                                           const kabar_lex_entity **out);
/* An international body's acronym of four letters or more that the lexicon
 * lists, written as a capitalised word ("Nato", "Asean"); see
 * kabar_phrases_acronym_as_word(). */
int kabar_lexicon_acronym_as_word(const kabar_lexicon *lex, const kabar_token *token,
                                  const char *compact, const kabar_lex_entity **out);
/* The longest city of the gazetteer (cities.tsv) at token i: names that
 * kabar_lexicon_match_entity() does not see, for a name no rule typed. */
size_t kabar_lexicon_match_city(const kabar_lexicon *lex, const kabar_token *tokens,
                                const char *const *compact, size_t i, size_t end,
                                const kabar_lex_entity **out);
size_t kabar_lexicon_match_role(const kabar_lexicon *lex, const kabar_token *tokens,
                                const char *const *compact, size_t i, size_t end,
                                const kabar_lex_role **out);

/* The longest honorific at token i (data/lexicon/honorifics.tsv): a word
 * written before a name that is never the name ("Dato", "Tan Sri", "Dr",
 * "Brigjen"), or a qualifier between a title and the name ("saat itu").
 * Returns its length in tokens (0 when none) and sets *kind to "honorific",
 * "rank", "qualifier" or "familiar" ("Pak", also a family name). */
size_t kabar_lexicon_match_honorific(const kabar_lexicon *lex, const kabar_token *tokens,
                                     const char *const *compact, size_t i, size_t end,
                                     const char **kind);

/* Whether an entity name (roles: a title) may start with this compact key. */
int kabar_lexicon_may_start_entity(const kabar_lexicon *lex, const char *compact);
int kabar_lexicon_may_start_role(const kabar_lexicon *lex, const char *compact);

/* The entity a name stands for, looked up whole; NULL when unknown, and
 * also when out of memory: code that must tell the two apart compacts the
 * name itself (compact.h) and calls kabar_lexicon_lookup_key(). */
const kabar_lex_entity *kabar_lexicon_lookup(const kabar_lexicon *lex, const char *name);
/* The role with this exact title; NULL when unknown (or out of memory, as above). */
const kabar_lex_role *kabar_lexicon_role(const kabar_lexicon *lex, const char *title);
/* The same by the compact key of the name or title; NULL when unknown.
 * These never allocate. */
const kabar_lex_entity *kabar_lexicon_lookup_key(const kabar_lexicon *lex, const char *key,
                                                 size_t len);
const kabar_lex_role *kabar_lexicon_role_key(const kabar_lexicon *lex, const char *key, size_t len);
/* The state with this code; NULL when unknown. */
const kabar_lex_entity *kabar_lexicon_state(const kabar_lexicon *lex, const char *iso3);

size_t kabar_lexicon_count(const kabar_lexicon *lex, kabar_entity_type type);
size_t kabar_lexicon_n_entities(const kabar_lexicon *lex);
const kabar_lex_entity *kabar_lexicon_entity(const kabar_lexicon *lex, size_t i);
size_t kabar_lexicon_n_roles(const kabar_lexicon *lex);

#endif
