/* SPDX-License-Identifier: MIT */
/* A part: what `kabar extract` read from a shard of the inputs, for `kabar
 * merge` to build every output from the parts as one export would.
 *
 * A part is a text file, one record a line, fields separated by tabs with
 * backslash escapes (\\ \t \n \r, and \N for no value). It opens with the
 * magic line "KABAR-PART<tab>1" (the format's version) and the options
 * that decide what extraction gives (the data directory's fingerprint,
 * --lenient, --format, --max-doc-bytes, --date), then one block per input
 * in input order: the input (path, name, SHA-256 of its bytes), the people
 * its extraction looked up and remembered (so that merge can tell whether
 * an earlier part's people would have changed it), and what it added to the
 * knowledge base (its entities, fact mentions and entity mentions, by the
 * kb's public calls). It ends with a record of the number of inputs and a
 * checksum of every byte before it, so that a truncated or damaged part is
 * an error, never a smaller result. */
#ifndef KABAR_PART_H
#define KABAR_PART_H

#include "kabar/common.h"
#include "kabar/kb.h"
#include "kabar/text.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KABAR_PART_MAGIC "KABAR-PART"
#define KABAR_PART_VERSION 1

/* What decides extraction, the same in every part of one merge. */
typedef struct kabar_part_options {
  char version[32];             /* the kabar that extracted */
  unsigned char data[32];       /* kabar_part_data_fingerprint() of the data directory */
  int lenient;                  /* as kabar_read_options */
  int html;
  size_t max_doc_bytes;
  char date[11];                /* "" for none */
  int keep_going;               /* --keep-going: inputs that cannot be read are skipped */
} kabar_part_options;

/* A person a document's extraction remembered for the documents after it
 * (the arguments of the extractor's record of a person met). */
typedef struct kabar_part_person {
  const char *label, *key;
  const char *first, *last, *iso3; /* each may be NULL */
} kabar_part_person;

/* One input of the shard. */
typedef struct kabar_part_input {
  const char *path;           /* as given to kabar extract */
  const char *name;           /* the document's name before any renaming */
  unsigned char sha256[32];   /* of its bytes */
  int extracted;              /* 0: its bytes repeat an earlier input of the shard,
                                 or it was skipped */
  const char *skipped;        /* --keep-going: why it could not be read, or NULL
                                 (then only `path` is set besides) */
  const uint64_t *reads;      /* hashes of the people keys it looked up */
  size_t n_reads;
  const kabar_part_person *people;
  size_t n_people;
} kabar_part_input;

/* The fingerprint of a data directory: SHA-256 over the name and SHA-256
 * of every regular file below what extraction reads of it (boilerplate.tsv,
 * cues/, frames/, lexicon/, ner/), in byte order. */
kabar_status kabar_part_data_fingerprint(const char *data_dir, unsigned char out[32],
                                         kabar_error *err);

/* Whether two parts' options agree; when not, *what names the first that
 * differs ("data directory", "--date", ...). */
int kabar_part_options_equal(const kabar_part_options *a, const kabar_part_options *b,
                             const char **what);

/* ---- writing ---- */

typedef struct kabar_part_writer kabar_part_writer;

/* Starts a part at `path`: written to PATH.tmp-XXXXXX beside it, renamed
 * to `path` by kabar_part_commit(). */
kabar_status kabar_part_create(const char *path, const kabar_part_options *opt,
                               kabar_part_writer **out, kabar_error *err);

/* An operand of kabar extract --keep-going that could not be listed (a
 * missing directory), with the error; before any input is added. */
kabar_status kabar_part_add_skipped_operand(kabar_part_writer *w, const char *operand,
                                            const char *message, kabar_error *err);

/* Adds an input; `doc_kb` is a finished kb holding its document alone, or
 * NULL when the input was not extracted (in->extracted is 0). */
kabar_status kabar_part_add(kabar_part_writer *w, const kabar_part_input *in,
                            const kabar_kb *doc_kb, kabar_error *err);

/* The temporary file being written (for a signal handler to remove). */
const char *kabar_part_temp_path(const kabar_part_writer *w);

/* Writes the end record, syncs the file and renames it into place. */
kabar_status kabar_part_commit(kabar_part_writer *w, kabar_error *err);

/* Removes the temporary file unless committed, and frees. NULL is a no-op. */
void kabar_part_writer_free(kabar_part_writer *w);

/* ---- reading ---- */

typedef struct kabar_part_reader kabar_part_reader;

/* Opens a part and reads its options. With `verify`, reads the whole part
 * first, checking every record, the count and the checksum, then starts
 * again; errors name the file and the line and byte where it went wrong. */
kabar_status kabar_part_open(const char *path, int verify, kabar_part_reader **out,
                             kabar_error *err);
const kabar_part_options *kabar_part_options_of(const kabar_part_reader *r);
size_t kabar_part_n_inputs(const kabar_part_reader *r); /* known after verify */
/* The operands kabar extract --keep-going skipped: how many, and the i-th
 * with its error (valid until the reader is closed). */
size_t kabar_part_n_skipped_operands(const kabar_part_reader *r);
const char *kabar_part_skipped_operand(const kabar_part_reader *r, size_t i,
                                       const char **message);
void kabar_part_close(kabar_part_reader *r); /* NULL is a no-op */

/* The next input into *in (valid until the next call), or *end set after
 * the last. Then call kabar_part_replay() or kabar_part_skip() once
 * (nothing to do for a skipped input). */
kabar_status kabar_part_next(kabar_part_reader *r, kabar_part_input *in, int *end,
                             kabar_error *err);

/* Adds the input's document to kb as document `name`, as its extraction
 * added it. */
kabar_status kabar_part_replay(kabar_part_reader *r, kabar_kb *kb, const char *name,
                               kabar_error *err);

/* Passes over the input's document. */
kabar_status kabar_part_skip(kabar_part_reader *r, kabar_error *err);

#ifdef __cplusplus
}
#endif
#endif
