/* SPDX-License-Identifier: MIT */
/* The cue tables of data/cues/: relation triggers, status cues and the
 * function words the rules lean on. */
#ifndef KABAR_CUES_H
#define KABAR_CUES_H

#include <stdint.h>

#include "kabar/kb.h"
#include "lexicon/morph.h"

/* Word categories (data/cues/words.tsv), a bit each, in 64 bits: a new
 * category is one more line here and in cues.c. */
typedef uint64_t kabar_word_cats;
#define W_BIT(n) ((kabar_word_cats)1 << (n))
#define W_PREP W_BIT(0)
#define W_CONJ W_BIT(1)
#define W_BOUNDARY W_BIT(2)
#define W_RELATIVE W_BIT(3)
#define W_SKIP W_BIT(4)
#define W_PRON_PERSON W_BIT(5)
#define W_PRON_PLURAL W_BIT(6)
#define W_PRON_PAIR W_BIT(7)
#define W_REPORT W_BIT(8) /* a root: "kata", "sebut" */
#define W_REPORT_PREP W_BIT(9) /* "menurut" */
#define W_CLAIM W_BIT(10)
#define W_DEMONSTRATIVE W_BIT(11)
#define W_PRON_NYA W_BIT(12) /* "kepadanya": a preposition with -nya */
#define W_ARTICLE W_BIT(13)
#define W_MILITARY W_BIT(14)
#define W_HEAD_ORG W_BIT(15)
#define W_HEAD_AGREEMENT W_BIT(16)
#define W_HEAD_EVENT W_BIT(17)
#define W_NAME_INTRO W_BIT(18)
#define W_JOIN W_BIT(19)
#define W_REF_STATE W_BIT(20)
#define W_REF_ORG W_BIT(21)
#define W_TRANSPARENT W_BIT(22)
#define W_HEARSAY W_BIT(23)
#define W_LIGHT W_BIT(24)
#define W_REF_AGREEMENT W_BIT(25)
#define W_PLACE_NOUN W_BIT(26)
#define W_EVENT_NOUN W_BIT(27)
#define W_TIME W_BIT(28)
#define W_NAME_PARTICLE W_BIT(29) /* "van", "bin": lower case inside a name */
#define W_PLACE_COMPOUND W_BIT(30) /* "Teluk Manila", "Laut Jawa": a place of its own */
#define W_WAR W_BIT(31) /* "perang", "pertempuran": a sentence about war */
#define W_RELATIONS W_BIT(32) /* "hubungan": a title on two states' relations */
#define W_HEAD_LAST W_BIT(33) /* "Group", "Institute": ends a body's name (English order) */
#define W_CONSENT W_BIT(34) /* "persetujuan": an agreement's head that also means consent */
#define W_FACTION W_BIT(35) /* "pemberontak", "oposisi": a faction of the state named after it */
#define W_WITNESS W_BIT(36) /* "di hadapan X": X witnesses, a list of actors does not run through */
#define W_RECEIVE W_BIT(37) /* "meraih", "meminta": the subject receives the noun after it */
#define W_DONE_BY W_BIT(39) /* "dilakukan" (oleh X): X did the act the noun before names */
#define W_STATE_BODY W_BIT(40) /* "parlemen", "kementerian": in lower case, heads a body of the state after it */
#define W_GOV_HEAD W_BIT(41) /* "kementerian", "dewan": a body with a state in its name is its government's */
#define W_GREETING W_BIT(42) /* "datang" after "selamat": a welcome, no congratulation */
#define W_ACT_ROOT W_BIT(44) /* "luncur": the root of an act a later noun may refer back to
                                ("meluncurkan rudal ... peluncuran tersebut") */
#define W_TROOPS W_BIT(45) /* "pasukan", "tentara": troops, whose state's name may follow */
#define W_PLACE_LAST W_BIT(46) /* "Hall", "Room": ends the name of a room or a building (English order) */
#define W_SCHOOL W_BIT(47) /* "SMA", "SMPN": a kind of school whose number (and town) name one */
#define W_UNDERGO W_BIT(48) /* "menghadapi", "dikenai": the subject undergoes the act the noun after names */
#define W_MISSION W_BIT(49) /* "kedutaan", "konsulat": a state's mission, known by the city it is in */
#define W_ARMED_GROUP W_BIT(50) /* "separatis", "pemberontak": with its state or backer, names a group */
#define W_PATIENT_ACT W_BIT(51) /* "penangkapan": what is done to the one named after it */
#define W_BACKED W_BIT(43) /* "pemerintah" before "dukungan X": X-backed, no fact of the clause */
#define W_FIGURATIVE W_BIT(38) /* "dagang" in "perang dagang": the word of war before it is no war */

/* Entity-type letters of the cue file, as a bitmask over kabar_entity_type. */
#define TYPE_BIT(t) (1u << (t))

/* Forms a cue accepts (over kabar_form). */
enum { F_VERB = 1u << 0, F_PASSIVE = 1u << 1, F_NOUN = 1u << 2, F_BASE = 1u << 3, F_NOKAN = 1u << 4,
       F_BER = 1u << 5, /* only the ber- verb: "bertolak", not "menolak" */
       F_MEN = 1u << 6, /* only the meN- verb: "mempersenjatai", not "bersenjata" */
       F_AFFIXED = 1u << 7 /* a noun only with an affix: "perjalanan", not "jalan raya" */ };

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
  RC_NEXT = 1u << 14,    /* the `with` word stands right after the cue (past
                            skip words): "memutuskan hubungan", not
                            "memutuskan untuk memperkuat hubungan" */
  RC_PAIR = 1u << 15,    /* with no object, in an article on the relations of
                            two states, the object is the side that is not
                            the subject's: "kunjungan balasan dari Polandia" */
  RC_TROOPS = 1u << 16,  /* the subject is troops: a word of war or of the
                            military stands a few words before the cue, in
                            its clause ("pasukan Rusia masih berada di ...") */
  RC_TREATY_KIND = 1u << 18, /* after an agreement's head the noun is its kind:
                                "perjanjian persahabatan" is no friendship */
  RC_CIVIL = 1u << 19,   /* the subject is no troops and the sentence tells
                            of no war: "Indonesia melawan Malaysia" opposes;
                            "pasukan Chad yang melawan Libya" fights */
  RC_JOURNEY = 1u << 20, /* only with -nya, which is the traveller of a journey
                            noun opening the clause: "Perjalanan Tsai ... akan
                            membawanya ke Tuvalu" */
  RC_TARGET = 1u << 21,  /* after a verb of undergoing (words.tsv undergo:
                            "menghadapi sanksi Uni Eropa"), the clause subject
                            is the object */
  RC_FOREIGN = 1u << 17  /* both are people the text gives different states:
                            "Hagel, didampingi Menteri Pertahanan Indonesia
                            Purnomo" met him; one's own aide or spouse did not */
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
const char *kabar_cues_category_name(kabar_word_cats bit);

/* Category bits of an exact (normalized) word; 0 when none. */
kabar_word_cats kabar_cues_word(const kabar_cues *c, const char *word);
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
