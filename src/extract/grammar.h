/* SPDX-License-Identifier: MIT */
/* The sentence layer's data (data/frames/): the words clauses and noun
 * phrases are read by, and the relation frames matched on those phrases. */
#ifndef KABAR_GRAMMAR_H
#define KABAR_GRAMMAR_H

#include "kabar/schema.h"
#include "kabar/text.h"

/* Word categories of data/frames/grammar.tsv, a bit each. */
enum {
  G_COPULA = 1u << 0,
  G_ROLE_VERB = 1u << 1,
  G_AS = 1u << 2,
  G_LIST_INTRO = 1u << 3,
  G_MODIFIER = 1u << 4,
  G_NEGATION = 1u << 5,
  G_CARRY = 1u << 6,
  G_GENITIVE_PREP = 1u << 7,
  G_COMPANION = 1u << 8,
  G_COMPASS = 1u << 9,
  G_OWN_STATE = 1u << 10,
  G_PAIR_COUNT = 1u << 11,
  G_PAIR_NOUN = 1u << 12,
  G_FORMER = 1u << 13,
  G_BIRTH = 1u << 14,
  G_COMMON = 1u << 15, /* common_words.tsv: a common word, no name */
  G_COUNTERPART = 1u << 16,
  G_PAIR_LEADER = 1u << 17,
  G_REMOTE = 1u << 18,
  G_QUANTIFIER = 1u << 19,
  G_FIELD = 1u << 20,
  G_OTHERS = 1u << 21,
  G_AGREEMENT = 1u << 22,
  G_AGREEMENT_KIND = 1u << 23,
  G_PURPOSE = 1u << 24,
  G_PAIR_PERSON = 1u << 25,
  G_NOW = 1u << 26,
  G_SPEAKER = 1u << 27,
  G_SPEAKER_STATE = 1u << 28,
  G_PLURAL = 1u << 29,
  G_PLURAL_REF = 1u << 30
};
/* bit 31 is out of an enum's range in ISO C */
#define G_ACRONYM_AGREEMENT (1u << 31)

/* The name of one category bit in grammar.tsv ("copula"), or NULL. */
const char *kabar_grammar_category_name(unsigned bit);

/* Constructions a frame is matched in (data/frames/frames.tsv). */
enum { FC_COPULA = 1u << 0, FC_APPOS = 1u << 1, FC_INCLUDES = 1u << 2, FC_BETWEEN = 1u << 3,
       FC_PAIR = 1u << 4, FC_PARTIES = 1u << 5,
       FC_MEMBERS = 1u << 6 };

/* Frame flags. */
enum { FF_STATE = 1u << 0, FF_GOV = 1u << 1 };

typedef struct kabar_frame {
  const char *name;        /* "frame alliedWith sekutu": for `kabar analyze` */
  int role;                /* the relation comes from a role title's lexicon entry */
  kabar_relation relation; /* when not role */
  unsigned constructions;  /* FC_* */
  unsigned subject_types, object_types; /* TYPE_BIT() masks */
  unsigned flags;          /* FF_* */
} kabar_frame;

#define KABAR_MAX_HEAD_FRAMES 4 /* frames one head word may start */

typedef struct kabar_grammar kabar_grammar;

/* Loads DIR/grammar.tsv and DIR/frames.tsv. */
kabar_status kabar_grammar_load(const char *dir, kabar_grammar **out, kabar_error *err);
void kabar_grammar_free(kabar_grammar *g); /* NULL is a no-op */

/* What a single (normalized) word may be, for the extractor's cache of
 * words: its category bits as a word of its own, and in *starts
 * KABAR_GRAMMAR_STARTS_PAIR when it begins a two-word entry ("antara lain"),
 * KABAR_GRAMMAR_STARTS_HEAD when it begins a frame head. Only where a word
 * starts something are kabar_grammar_word() and kabar_grammar_head() worth
 * calling. */
enum { KABAR_GRAMMAR_STARTS_PAIR = 1u << 0, KABAR_GRAMMAR_STARTS_HEAD = 1u << 1 };
unsigned kabar_grammar_word_info(const kabar_grammar *g, const char *word, unsigned *starts);

/* The categories of the grammar word at tokens[i] (a two-word entry such as
 * "antara lain" is tried first); sets *len to its length in tokens (0 when
 * there is none) and returns its category bits. */
unsigned kabar_grammar_word(const kabar_grammar *g, const kabar_token *tokens, size_t i,
                            size_t end, size_t *len);

/* The longest frame head at tokens[i] (up to four words; a reduplicated
 * plural counts as its singular; a possessive -nya is read off a one-word head:
 * "sekutunya"). Returns its length in tokens, 0 when
 * none, and sets frames[0..*n). */
size_t kabar_grammar_head(const kabar_grammar *g, const kabar_token *tokens, size_t i, size_t end,
                          const kabar_frame *frames[KABAR_MAX_HEAD_FRAMES], size_t *n);

/* The frame of role titles ("@role"), or NULL when frames.tsv has none. */
const kabar_frame *kabar_grammar_role_frame(const kabar_grammar *g);

#endif
