/* SPDX-License-Identifier: MIT */
/* The sentence layer's data (data/frames/): the words clauses and noun
 * phrases are read by, and the relation frames matched on those phrases. */
#ifndef KABAR_GRAMMAR_H
#define KABAR_GRAMMAR_H

#include <stdint.h>

#include "kabar/schema.h"
#include "kabar/text.h"

/* Word categories of data/frames/grammar.tsv, a bit each, in 64 bits: a new
 * category is one more line here and in grammar.c. */
typedef uint64_t kabar_grammar_cats;
#define G_BIT(n) ((kabar_grammar_cats)1 << (n))
#define G_COPULA G_BIT(0)
#define G_ROLE_VERB G_BIT(1)
#define G_AS G_BIT(2)
#define G_LIST_INTRO G_BIT(3)
#define G_MODIFIER G_BIT(4)
#define G_NEGATION G_BIT(5)
#define G_CARRY G_BIT(6)
#define G_GENITIVE_PREP G_BIT(7)
#define G_COMPANION G_BIT(8)
#define G_COMPASS G_BIT(9)
#define G_OWN_STATE G_BIT(10)
#define G_PAIR_COUNT G_BIT(11)
#define G_PAIR_NOUN G_BIT(12)
#define G_FORMER G_BIT(13)
#define G_BIRTH G_BIT(14)
#define G_COMMON G_BIT(15) /* common_words.tsv: a common word, no name */
#define G_COUNTERPART G_BIT(16)
#define G_PAIR_LEADER G_BIT(17)
#define G_REMOTE G_BIT(18)
#define G_QUANTIFIER G_BIT(19)
#define G_FIELD G_BIT(20)
#define G_OTHERS G_BIT(21)
#define G_AGREEMENT G_BIT(22)
#define G_AGREEMENT_KIND G_BIT(23)
#define G_PURPOSE G_BIT(24)
#define G_PAIR_PERSON G_BIT(25)
#define G_NOW G_BIT(26)
#define G_SPEAKER G_BIT(27)
#define G_SPEAKER_STATE G_BIT(28)
#define G_PLURAL G_BIT(29)
#define G_PLURAL_REF G_BIT(30)
#define G_ACRONYM_AGREEMENT G_BIT(31)
#define G_REASON G_BIT(32) /* "karena": the reason of a judgement, done by its object */
#define G_JUDGING G_BIT(33) /* "memuji", "mengecam": judges its object for a reason */
#define G_MANY G_BIT(34) /* "dua", "beberapa": a quantifier of more than one */
#define G_BILATERAL G_BIT(35) /* "bilateral": between the two states an article is about */
#define G_MUTUAL G_BIT(36) /* "saling": a coordinated subject acts on each other */
#define G_ABBREVIATION G_BIT(37) /* "HAM", "BBM": a common noun in capitals, no body */
#define G_KIN G_BIT(38) /* "wakilnya", "pesaing": a person named after it and a comma */
#define G_NONVERB G_BIT(39) /* nonverb_words.tsv: "diplomatik", built like a verb, none */
#define G_PART G_BIT(40) /* "provinsi", "bagian": recognised as part of another, no state */
#define G_CABINET G_BIT(41) /* "kabinet": a body whose ministers are its members */
#define G_IN_BODY G_BIT(42) /* "pada", "dalam": an office held in a body ("Menteri ... pada Kabinet X") */
#define G_ENVOY G_BIT(43) /* "perwakilan", "utusan": sent by the one named after it */
#define G_ACT G_BIT(44) /* "langkah", "tindakan": what the clause before did */
#define G_GENERIC_BODY G_BIT(45) /* "kedutaan besar": alone, a kind of body, no name */
#define G_ENDS G_BIT(46) /* "mengakhiri": a treaty that does so to a war has its sides as parties */
#define G_INTENT G_BIT(47) /* "keputusan", "rencana": "keputusan X untuk V": X does V */
#define G_JUDGMENT G_BIT(48) /* "provokatif", "kebohongan": a report that says so of Y criticizes Y */
#define G_ALLY G_BIT(49) /* "sekutu": states counted as such in a body are allies of each other */
#define G_PEOPLE_GROUP G_BIT(50) /* "Muslim", "Sunni", "Rohingya": a faith or a people, no name to start */
#define G_INVITE G_BIT(51) /* "mengundang", "meminta": "mengundang X untuk V": X does V */
#define G_BORDER G_BIT(52) /* "perbatasan": troops sent to a border are not sent into the state beyond */
#define G_JOURNEY G_BIT(53) /* "perjalanan", "lawatan": its traveller is carried by "membawanya ke" */
#define G_VICTIM G_BIT(54) /* "korban", "kematian": who died is not what is condemned */

/* The name of one category bit in grammar.tsv ("copula"), or NULL. */
const char *kabar_grammar_category_name(kabar_grammar_cats bit);

/* Constructions a frame is matched in (data/frames/frames.tsv). */
enum { FC_COPULA = 1u << 0, FC_APPOS = 1u << 1, FC_INCLUDES = 1u << 2, FC_BETWEEN = 1u << 3,
       FC_PAIR = 1u << 4, FC_PARTIES = 1u << 5,
       FC_MEMBERS = 1u << 6 };

/* Frame flags. */
enum {
  FF_STATE = 1u << 0,
  FF_GOV = 1u << 1,
  FF_INVERSE = 1u << 2 /* the genitive is the relation's subject ("pembeli minyak Sudan") */
};

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
kabar_grammar_cats kabar_grammar_word_info(const kabar_grammar *g, const char *word,
                                           unsigned *starts);

/* The categories of the grammar word at tokens[i] (a two-word entry such as
 * "antara lain" is tried first); sets *len to its length in tokens (0 when
 * there is none) and returns its category bits. */
kabar_grammar_cats kabar_grammar_word(const kabar_grammar *g, const kabar_token *tokens, size_t i,
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
