/* SPDX-License-Identifier: MIT */
/* The extractor: entities and fact mentions from one segmented document. */
#ifndef KABAR_EXTRACT_H
#define KABAR_EXTRACT_H

#include "kabar/kb.h"
#include "kabar/text.h"

#include <stdint.h>
#include <stdio.h>

typedef struct kabar_extractor kabar_extractor;

/* Loads the lexicons (DIR/lexicon) and cues (DIR/cues). */
kabar_status kabar_extractor_new(const char *data_dir, kabar_extractor **out, kabar_error *err);
void kabar_extractor_free(kabar_extractor *x); /* NULL is a no-op */

/* Adds the document's entities and fact mentions to kb (which must not be
 * finished). The extractor remembers the people it has met, so that a bare
 * family name in a later document resolves to the same person. */
kabar_status kabar_extract_doc(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                               kabar_error *err);

/* kabar_extract_doc(), and prints each sentence's layers on `out` (words,
 * mentions, clauses, phrases, facts and the rule of each: `kabar analyze`). */
kabar_status kabar_extract_analyze(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                                   FILE *out, kabar_error *err);

/* ---- documents extracted in parallel ----
 * Threads extract the documents of a batch at once, each with its own word
 * cache, reading the people of earlier documents as they were when the
 * batch began; one thread then merges them in input order. A document that
 * looked up a person whom an earlier document of its batch added or
 * changed is extracted again as it is merged, so that the kb is the one a
 * serial run gives, whatever the threads and the batches. */

/* Analyses of words, one cache per thread. A cache holds a bounded number
 * of words and starts afresh when full, once no extraction made with it is
 * still alive (one waiting to be merged points into it). */
typedef struct kabar_word_cache kabar_word_cache;
kabar_word_cache *kabar_word_cache_new(void);     /* NULL when out of memory */
void kabar_word_cache_free(kabar_word_cache *wc); /* NULL is a no-op */

/* A batch begins: the people changed from now on are recorded.
 * KABAR_ERR_NOMEM or KABAR_OK. */
kabar_status kabar_extractor_track(kabar_extractor *x);
/* The last batch has been merged: changes are no longer recorded. */
void kabar_extractor_untrack(kabar_extractor *x);

typedef struct kabar_extraction kabar_extraction; /* a document extracted, not merged */

/* Extracts doc into *out, to be merged by kabar_extraction_merge(); doc must
 * live until then. Reads x and writes wc, nothing else shared: threads may
 * call it at once with their own caches, while no document is merged (wc
 * NULL: the extractor's own, for the thread that merges). */
kabar_status kabar_extract_parallel(kabar_extractor *x, kabar_word_cache *wc,
                                    const kabar_doc *doc, kabar_extraction **out,
                                    kabar_error *err);
/* Adds the document to kb and remembers its people, as kabar_extract_doc()
 * does; *again is set when it had to be extracted again (see above). */
kabar_status kabar_extraction_merge(kabar_extraction *e, kabar_kb *kb, int *again,
                                    kabar_error *err);
void kabar_extraction_free(kabar_extraction *e); /* NULL is a no-op */
/* The hashes of the keys the extraction looked up among the people of
 * earlier documents (kabar extract records them in its part). */
const uint64_t *kabar_extraction_people_read(const kabar_extraction *e, size_t *n);

#endif
