/* SPDX-License-Identifier: MIT */
/* The extractor's side of `kabar extract` and `kabar merge`.
 *
 * A document's extraction depends on the people earlier documents
 * introduced (a bare family name resolves to the person last met with it).
 * A shard knows only its own earlier documents, so kabar extract records,
 * for each document, the people keys it looked up and the people it
 * remembered, and kabar merge applies the check of --jobs (kabar/pipeline.h)
 * across parts: a document that looked up a person whom an earlier part
 * (or a document extracted again before it) added or changed is read again
 * from its file and extracted again, with every person of the documents
 * before it; the others are replayed from the part, their people
 * remembered as their extraction did. The kb is then the one a single
 * export of the inputs in the same order builds. */
#ifndef KABAR_SHARD_H
#define KABAR_SHARD_H

#include "kabar/part.h"
#include "kabar/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- kabar extract ---- */

typedef struct kabar_shard_log kabar_shard_log; /* what one input's extraction recorded */
kabar_shard_log *kabar_shard_log_new(void);     /* NULL when out of memory */
void kabar_shard_log_free(kabar_shard_log *log); /* NULL is a no-op */

/* Reads the input at `path` and, unless its bytes repeat an earlier
 * input's (then counted as kabar_pipeline_add_file() counts it), extracts
 * it into doc_kb, a new kb of its own, as kabar_pipeline_add_file() would
 * into the shard's. *in describes the input for kabar_part_add(); it lives
 * until the log is used again. */
kabar_status kabar_pipeline_extract_logged(kabar_pipeline *p, const char *path, kabar_kb *doc_kb,
                                           kabar_shard_log *log, kabar_part_input *in,
                                           kabar_error *err);

/* ---- kabar merge ---- */

typedef struct kabar_shard_merge kabar_shard_merge;

kabar_status kabar_shard_merge_new(kabar_pipeline *p, kabar_shard_merge **out);
void kabar_shard_merge_free(kabar_shard_merge *m); /* NULL is a no-op */

/* The next part begins (call before each part's first input). */
kabar_status kabar_shard_merge_next_part(kabar_shard_merge *m);

typedef enum kabar_shard_action {
  KABAR_SHARD_SKIP,      /* its bytes repeat an earlier input's: read once */
  KABAR_SHARD_REPLAY,    /* replay it from the part, then kabar_shard_merge_replayed() */
  KABAR_SHARD_EXTRACTED  /* it was extracted again, into the kb */
} kabar_shard_action;

/* Decides what becomes of input `in` of the current part, in input order:
 * a duplicate is skipped; a document whose extraction may differ is read
 * again from in->path (KABAR_ERR_INPUT when it is gone or its bytes changed)
 * and extracted into kb; else it is to be replayed as document *name. */
kabar_status kabar_shard_merge_input(kabar_shard_merge *m, const kabar_part_input *in,
                                     kabar_kb *kb, kabar_shard_action *action, const char **name,
                                     kabar_error *err);

/* The input just replayed: its people remembered. */
kabar_status kabar_shard_merge_replayed(kabar_shard_merge *m, const kabar_part_input *in,
                                        kabar_error *err);

/* How many documents were extracted again. */
size_t kabar_shard_merge_n_again(const kabar_shard_merge *m);

#ifdef __cplusplus
}
#endif
#endif
