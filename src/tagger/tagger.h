/* SPDX-License-Identifier: MIT */
/* A statistical named-entity tagger: an averaged structured perceptron
 * over BIO tags for persons, organizations and places, which tags a
 * sentence with its best sequence of tags (Viterbi over the two previous
 * tags, which the features read). Models are text files
 * (data/ner/tagger.model); kabar-train-tagger trains and scores them. */
#ifndef KABAR_TAGGER_H
#define KABAR_TAGGER_H

#include "kabar/common.h"

#include <stddef.h>

typedef enum kabar_tag {
  KABAR_TAG_O = 0,
  KABAR_TAG_B_PER,
  KABAR_TAG_I_PER,
  KABAR_TAG_B_ORG,
  KABAR_TAG_I_ORG,
  KABAR_TAG_B_LOC,
  KABAR_TAG_I_LOC,
  KABAR_TAG__COUNT
} kabar_tag;

/* The tag's name in models and CoNLL files ("O", "B-PER", ...); never NULL. */
const char *kabar_tag_name(kabar_tag tag);

typedef struct kabar_tagger kabar_tagger;

/* ---- Word lists ---- */

/* What the project's word lists know of a word, which the tagger reads as
 * features of the word and of its neighbours: the names and titles of the
 * lexicons (data/lexicon) and the Indonesian Hunspell word list. */
typedef struct kabar_tagger_lists kabar_tagger_lists;

/* The bits of kabar_tagger_lists_word(). The words of a name or title are
 * the runs of letters and digits it is written with, as NERGrit's tokens
 * cut them ("Bangsa-Bangsa": "Bangsa" twice), and each space-separated
 * piece of several runs as a whole ("Bangsa-Bangsa"); a name's first word
 * is _FIRST, any other _LATER. Words match in any case, but a lexicon word
 * written in capitals ("PBB", "AS") only a word in capitals. */
enum {
  KABAR_TAGGER_WL_PERSON_FIRST = 1u << 0, /* people.tsv: labels and names */
  KABAR_TAGGER_WL_PERSON_LATER = 1u << 1,
  KABAR_TAGGER_WL_PLACE_FIRST = 1u << 2, /* places.tsv, states.tsv, states_common.tsv */
  KABAR_TAGGER_WL_PLACE_LATER = 1u << 3,
  KABAR_TAGGER_WL_ORG_FIRST = 1u << 4, /* organizations.tsv */
  KABAR_TAGGER_WL_ORG_LATER = 1u << 5,
  KABAR_TAGGER_WL_EVENT = 1u << 6,     /* any word of events.tsv or agreements.tsv */
  KABAR_TAGGER_WL_ROLE = 1u << 7,      /* any word of a role title (roles.tsv) */
  KABAR_TAGGER_WL_HONORIFIC = 1u << 8, /* an honorific or rank (honorifics.tsv) */
  /* a capitalised word that the word list holds as an ordinary word or that
   * kabar's affix rules build on one (kabar_dictionary_common_rules) */
  KABAR_TAGGER_WL_COMMON = 1u << 9
};

/* Reads the lexicons of lexicon_dir (people.tsv, places.tsv, states.tsv,
 * states_common.tsv, organizations.tsv, events.tsv, agreements.tsv,
 * roles.tsv, honorifics.tsv) and the word list of dict_dir (id_ID.dic).
 * Either may be NULL to leave its bits out. The lists never change after
 * loading, so several threads may share them. On success *out is the
 * lists, owned by the caller. Errors name the file (and line):
 * KABAR_ERR_DATA, KABAR_ERR_IO, KABAR_ERR_NOMEM. */
kabar_status kabar_tagger_lists_load(const char *lexicon_dir, const char *dict_dir,
                                     kabar_tagger_lists **out, kabar_error *err);
void kabar_tagger_lists_free(kabar_tagger_lists *l); /* NULL is a no-op */

/* The KABAR_TAGGER_WL_ bits of one word (NUL-terminated, as written), as
 * the tagger's features read them; 0 when l is NULL. */
unsigned kabar_tagger_lists_word(const kabar_tagger_lists *l, const char *word);

/* ---- Word classes ---- */

/* Classes of words by the words they stand between in unlabelled text, at
 * a few numbers of classes (data/ner/clusters.tsv, which
 * kabar-word-clusters writes). A model trained with them carries them in
 * its file. */
typedef struct kabar_tagger_classes kabar_tagger_classes;

/* Reads a class file: '#' comment lines, then `word<TAB>count<TAB>class
 * ...` with 1 to 6 classes (numbers below 65535), as many on every line.
 * On success *out is the classes, owned by the caller. Errors name the
 * file and line: KABAR_ERR_INPUT, KABAR_ERR_IO, KABAR_ERR_NOMEM. */
kabar_status kabar_tagger_classes_load(const char *path, kabar_tagger_classes **out,
                                       kabar_error *err);
void kabar_tagger_classes_free(kabar_tagger_classes *c); /* NULL is a no-op */

/* ---- Tagging ---- */

/* Loads a model file with the word lists its features read: lexicon_dir
 * and dict_dir as kabar_tagger_lists_load() takes them, each read only when
 * the model has features of it (it was trained with those lists), and then
 * required (KABAR_ERR_USAGE when NULL). Tagging is only right with the lists
 * the model was trained with. Errors name the file and line
 * (KABAR_ERR_INPUT, the lists' errors or the io status). On success *out is
 * the tagger, owned by the caller; it owns the lists it read. */
kabar_status kabar_tagger_load(const char *path, const char *lexicon_dir, const char *dict_dir,
                               kabar_tagger **out, kabar_error *err);
void kabar_tagger_free(kabar_tagger *t); /* NULL is a no-op */

/* Tags n words (NUL-terminated UTF-8, as written in the text, case kept)
 * with the sequence of the best score (the features read the two previous
 * tags; exact second-order Viterbi), writing n kabar_tag values to tags. An
 * I- tag only follows a B- or I- tag of its type. Words
 * that are not UTF-8 or are very long are read as far as the features need
 * (invalid bytes as U+FFFD). No shared scratch, and the word lists are only
 * read: safe on a const tagger from several threads. words may be NULL when
 * n is 0. KABAR_OK or KABAR_ERR_NOMEM. */
kabar_status kabar_tagger_tag(const kabar_tagger *t, const char *const *words, size_t n,
                              unsigned char *tags);

/* Whether the unlabelled text of the model's word classes writes word
 * (NUL-terminated, as written) as a proper noun: UD tags it PROPN at least
 * half the time and, capitalised, it is written in lower case under 20 % of
 * the time ("Dara", "Maria", but not "Warga"). 0 when t is NULL or its model
 * has no such columns (data/ner/clusters.tsv has them). */
int kabar_tagger_word_proper(const kabar_tagger *t, const char *word);

/* What a loaded tagger's features of each word sum to, kept for the words
 * it has tagged: tagging a word met before then looks up three features
 * instead of some forty. A memo serves one thread at a time and one tagger
 * (given another, it starts afresh); it holds a bounded number of words
 * and starts afresh when full. The tags are the same with or without it. */
typedef struct kabar_tagger_memo kabar_tagger_memo;
kabar_tagger_memo *kabar_tagger_memo_new(void);     /* NULL when out of memory */
void kabar_tagger_memo_free(kabar_tagger_memo *m); /* NULL is a no-op */

/* kabar_tagger_tag(), reading and filling memo (NULL: none). */
kabar_status kabar_tagger_tag_memo(const kabar_tagger *t, kabar_tagger_memo *memo,
                                   const char *const *words, size_t n, unsigned char *tags);

/* ---- Training (used by kabar-train-tagger and the tests) ---- */

/* Sentences with their gold tags. */
typedef struct kabar_tagger_corpus kabar_tagger_corpus;

/* Reads a CoNLL file: `token<TAB>tag` per line, a blank line between
 * sentences. A tag is O, or B- or I- and a type: PERSON and PER are PER;
 * ORGANISATION, ORGANIZATION and ORG are ORG; PLACE, LOCATION, LOC and GPE
 * are LOC; other types (MISC) are read as O. On success *out is the corpus,
 * owned by the caller. Errors name the file and line: KABAR_ERR_INPUT for a
 * malformed line or invalid UTF-8, KABAR_ERR_IO, KABAR_ERR_NOMEM. */
kabar_status kabar_tagger_corpus_read(const char *path, kabar_tagger_corpus **out,
                                      kabar_error *err);
void kabar_tagger_corpus_free(kabar_tagger_corpus *c); /* NULL is a no-op */
size_t kabar_tagger_corpus_size(const kabar_tagger_corpus *c); /* sentences */
/* Sentence i (< size): sets *words and *tags (owned by the corpus) and
 * returns its number of words, at least 1. */
size_t kabar_tagger_corpus_sentence(const kabar_tagger_corpus *c, size_t i,
                                    const char *const **words, const unsigned char **tags);

/* Features seen fewer times than this in the training sentences (with the
 * gold tags as history) are left out of the model. 1 keeps them all (held
 * out, 2026-12-07: F1 0.683 with 1, 0.671 with 2, 0.658 with 3); features
 * whose weights stay 0 are not written anyway. */
#define KABAR_TAGGER_MIN_COUNT 1

/* Trains an averaged structured perceptron on sentences [first, end) of c:
 * `epochs` passes over them in their order (no shuffling, so the same data
 * gives the same model byte for byte); each sentence is tagged as
 * kabar_tagger_tag tags it, and where its best sequence differs from the
 * gold one the weights move towards the gold tags (with the gold previous
 * tags) and away from the guessed ones (with the guessed previous tags).
 * An I- tag in the data that continues no span of its type is learnt as
 * B-. Held out on the training file (2026-12-07, the last 15 %), this
 * scored 0.755 against 0.726 for the greedy tagger it replaced. Weights are rounded as kabar_tagger_save
 * writes them, so the tagger tags exactly as its saved file will. lists
 * (may be NULL: no word-list features) are read while the tagger lives and
 * must outlive it, and so must classes (may be NULL: no class features),
 * which the saved model carries. On success *out is the tagger, owned by the caller.
 * KABAR_ERR_USAGE for an empty range or 0 epochs; KABAR_ERR_NOMEM. */
kabar_status kabar_tagger_train(const kabar_tagger_corpus *c, const kabar_tagger_lists *lists,
                                const kabar_tagger_classes *classes, size_t first, size_t end,
                                unsigned epochs, kabar_tagger **out, kabar_error *err);

/* Writes a tagger that kabar_tagger_train returned to path: a header line
 * (format version, weights' scale, tag order), a '#' comment line saying how
 * it was trained, then `feature<TAB>w0 ... w6` per feature sorted by its
 * bytes, the averaged weights as integers in thousandths in the order of
 * kabar_tag, without the features whose weights are all zero.
 * KABAR_ERR_USAGE for a tagger read by kabar_tagger_load (it keeps no
 * feature names); KABAR_ERR_WRITE (or NOMEM) naming the file. */
kabar_status kabar_tagger_save(const kabar_tagger *t, const char *path, kabar_error *err);

/* ---- Scoring ---- */

/* Exact-span counts per type (0 PER, 1 ORG, 2 LOC), as conlleval counts
 * them: a span starts at a B- tag or at an I- tag that does not continue a
 * span of its type, and counts as correct when its first word, last word
 * and type all match a gold span. */
typedef struct kabar_tagger_counts {
  size_t gold[3], found[3], correct[3];
} kabar_tagger_counts;

/* Adds the spans of one sentence of n words to *c. */
void kabar_tagger_count_spans(const unsigned char *gold, const unsigned char *found, size_t n,
                              kabar_tagger_counts *c);

#endif
