/* SPDX-License-Identifier: MIT */
/* The cue tables of data/cues/: relation triggers, status cues and the
 * function words the rules lean on. */
#ifndef KABAR_CUES_H
#define KABAR_CUES_H

#include "kabar/kb.h"
#include "lexicon/morph.h"

/* Word categories (data/cues/words.tsv), a bit each. */
enum {
  W_PREP = 1u << 0,
  W_CONJ = 1u << 1,
  W_BOUNDARY = 1u << 2,
  W_RELATIVE = 1u << 3,
  W_SKIP = 1u << 4,
  W_PRON_PERSON = 1u << 5,
  W_PRON_PLURAL = 1u << 6,
  W_PRON_PAIR = 1u << 7,
  W_REPORT = 1u << 8,      /* a root: "kata", "sebut" */
  W_REPORT_PREP = 1u << 9, /* "menurut" */
  W_CLAIM = 1u << 10,
  W_DEMONSTRATIVE = 1u << 11,
  W_PRON_NYA = 1u << 12,     /* "kepadanya": a preposition with -nya */
  W_ARTICLE = 1u << 13,
  W_MILITARY = 1u << 14,
  W_HEAD_ORG = 1u << 15,
  W_HEAD_AGREEMENT = 1u << 16,
  W_HEAD_EVENT = 1u << 17,
  W_NAME_INTRO = 1u << 18,
  W_JOIN = 1u << 19,
  W_REF_STATE = 1u << 20,
  W_REF_ORG = 1u << 21,
  W_TRANSPARENT = 1u << 22,
  W_HEARSAY = 1u << 23,
  W_LIGHT = 1u << 24,
  W_REF_AGREEMENT = 1u << 25,
  W_PLACE_NOUN = 1u << 26,
  W_EVENT_NOUN = 1u << 27,
  W_TIME = 1u << 28,
  W_NAME_PARTICLE = 1u << 29, /* "van", "bin": lower case inside a name */
  W_PLACE_COMPOUND = 1u << 30 /* "Teluk Manila", "Laut Jawa": a place of its own */
};
/* The last bit lies outside an int enumerator's range, hence a macro. */
#define W_WAR (1u << 31) /* "perang", "pertempuran": a sentence about war */

/* Entity-type letters of the cue file, as a bitmask over kabar_entity_type. */
#define TYPE_BIT(t) (1u << (t))

/* Forms a cue accepts (over kabar_form). */
enum { F_VERB = 1u << 0, F_PASSIVE = 1u << 1, F_NOUN = 1u << 2, F_BASE = 1u << 3, F_NOKAN = 1u << 4,
       F_BER = 1u << 5 /* only the ber- verb: "bertolak", not "menolak" */ };

/* Relation cue flags. */
enum {
  RC_STATE = 1u << 0,
  RC_PLACE = 1u << 1,
  RC_REVERSE = 1u << 2,
  RC_GROUP = 1u << 3,
  RC_LIST = 1u << 4,
  RC_BENEFIT = 1u << 5,
  RC_HOST = 1u << 6,
  RC_MILITARY = 1u << 7,
  RC_ADJACENT = 1u << 8,
  RC_OWN = 1u << 9, /* a noun's agent must be its own (genitive, oleh, -nya) */
  RC_APPOS = 1u << 10, /* "X, sekutu Y" / "X adalah anggota Y": X to the genitive Y */
  RC_CARRIER = 1u << 11, /* the goods' owner after them supplies, not the carrier */
  RC_SIGNER = 1u << 12,  /* a person who signs is a party, and so is their state */
  RC_WAR = 1u << 13,     /* a word of war (W_WAR) must stand in the sentence:
                            "mengalahkan" in a war, not in a match */
  RC_NEXT = 1u << 14     /* the `with` word stands right after the cue (past
                            skip words): "memutuskan hubungan", not
                            "memutuskan untuk memperkuat hubungan" */
};

typedef struct kabar_rel_cue {
  kabar_relation relation;
  const char *root;
  unsigned forms;
  const char **with; /* words or roots, one of which must follow */
  size_t n_with;
  const char **preps; /* allowed prepositions before the object */
  size_t n_preps;
  int direct;         /* a direct object is allowed */
  unsigned subject_types, object_types;
  unsigned flags;
} kabar_rel_cue;

typedef enum { SC_PLANNED, SC_NEGATED, SC_ALLEGED, SC_DENIED, SC_NONE } kabar_status_kind;

typedef struct kabar_status_cue {
  kabar_status_kind kind;
  int after; /* governs what follows in the sentence, else only its clause's trigger */
} kabar_status_cue;

/* What a root stands for: indices into the tables, or -1. */
typedef struct kabar_root_info {
  size_t first_rel, n_rel; /* rel cues with this root are contiguous after sorting */
  int status;              /* index into status cues, or -1 */
  int report;              /* a reporting verb */
} kabar_root_info;

typedef struct kabar_cues kabar_cues;

/* Loads data/cues/{words,status,relations}.tsv below `dir`. */
kabar_status kabar_cues_load(const char *dir, kabar_cues **out, kabar_error *err);
void kabar_cues_free(kabar_cues *c); /* NULL is a no-op */

/* The name of one category bit in words.tsv ("prep"), or NULL. */
const char *kabar_cues_category_name(unsigned bit);

/* Category bits of an exact (normalized) word; 0 when none. */
unsigned kabar_cues_word(const kabar_cues *c, const char *word);
/* The status cue of an exact word, or NULL. */
const kabar_status_cue *kabar_cues_status_word(const kabar_cues *c, const char *word);
/* Analyzes a word against the cue roots: sets *root (NULL when the word is
 * built on none) and, with a root, *m. Returns 0, or -1 when out of memory. */
int kabar_cues_root(kabar_cues *c, const char *word, kabar_morph *m,
                    const kabar_root_info **root);
const kabar_rel_cue *kabar_cues_rel(const kabar_cues *c, size_t i);
const kabar_status_cue *kabar_cues_status(const kabar_cues *c, int i);
/* Whether `word` is one of the cue's `with` words (exact, or built on it). */
int kabar_cues_with_match(kabar_cues *c, const kabar_rel_cue *cue, const char *word);

#endif
