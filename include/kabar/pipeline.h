/* SPDX-License-Identifier: MIT */
/* kabar pipeline: from files to a knowledge base, one document at a time.
 * Holds the lexicons and rules (loaded once from the data directory); each
 * document is read, extracted into the kb, and freed before the next. */
#ifndef KABAR_PIPELINE_H
#define KABAR_PIPELINE_H

#include "kabar/common.h"
#include "kabar/kb.h"
#include "kabar/text.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kabar_pipeline kabar_pipeline;

/* Loads everything below `data_dir` (lexicon/, cues, boilerplate.tsv).
 * `read_opt` may be NULL (strict UTF-8, format guessed). On success *out
 * owns a new pipeline freed with kabar_pipeline_free(). */
kabar_status kabar_pipeline_new(const char *data_dir, const kabar_read_options *read_opt,
                                kabar_pipeline **out, kabar_error *err);
void kabar_pipeline_free(kabar_pipeline *p); /* NULL is a no-op */

/* Reads one input file ("-" for standard input) and adds its entities and
 * fact mentions to `kb`. On failure the kb is unchanged... except for a
 * partly added document when the failure is KABAR_ERR_NOMEM. A file whose
 * bytes (SHA-256) equal an earlier input's is skipped with a warning and
 * counted in kabar_pipeline_n_duplicates(): one text is one document. */
kabar_status kabar_pipeline_add_file(kabar_pipeline *p, const char *path, kabar_kb *kb,
                                     kabar_error *err);

/* How many inputs were skipped for repeating an earlier input's bytes. */
size_t kabar_pipeline_n_duplicates(const kabar_pipeline *p);

/* Like kabar_pipeline_add_file(), and prints on `out` what each pass of the
 * extractor read in each sentence: words with their categories, mentions,
 * clauses with their slots, phrases with the frames they start, and the
 * facts with the rule that stated each (`kabar analyze`; a format for
 * people, not for parsing). */
kabar_status kabar_pipeline_analyze_file(kabar_pipeline *p, const char *path, kabar_kb *kb,
                                         FILE *out, kabar_error *err);

/* The same for a document already read, as it is: no check of its name or
 * of its contents against earlier documents. */
kabar_status kabar_pipeline_add_doc(kabar_pipeline *p, const kabar_doc *doc, kabar_kb *kb,
                                    kabar_error *err);

/* ---- several inputs, extracted by several threads ---- */

/* The threads kabar_pipeline_add_files() reads and extracts with (1, the
 * default: the caller's alone). KABAR_ERR_USAGE when jobs is 0. */
kabar_status kabar_pipeline_set_jobs(kabar_pipeline *p, size_t jobs);

/* Called after each input, in input order, with its status (err holding
 * its error): KABAR_OK goes on to the next input, another status stops
 * kabar_pipeline_add_files(), which returns it (err as `done` left it). */
typedef kabar_status (*kabar_pipeline_done_fn)(void *user, size_t i, kabar_status st,
                                               kabar_error *err);

/* kabar_pipeline_add_file() for paths[0..n) in turn, `done` called after
 * each. The threads read and extract a batch of inputs at once, and their
 * documents go into the kb in input order, each as a serial run would have
 * extracted it (a document that met a person first named by an earlier
 * document of its batch is extracted again): the kb, the warnings and the
 * errors are the same whatever the number of jobs. A failure of the
 * threads themselves (they cannot start) is returned before any input. */
kabar_status kabar_pipeline_add_files(kabar_pipeline *p, char *const *paths, size_t n,
                                      kabar_kb *kb, kabar_pipeline_done_fn done, void *user,
                                      kabar_error *err);

/* How many documents kabar_pipeline_add_files() extracted twice (see above). */
size_t kabar_pipeline_n_extracted_again(const kabar_pipeline *p);

#ifdef __cplusplus
}
#endif
#endif
