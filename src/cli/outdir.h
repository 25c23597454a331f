/* SPDX-License-Identifier: MIT */
/* The export's output directory, replaced as a whole or not at all.
 *
 * kabar_cli_outdir_open() locks OUT against other exports (a lock file
 * .OUT.kabar-lock beside it, held with flock), removes what dead runs left
 * beside it, checks that OUT may be replaced and makes a fresh staging
 * directory OUT.tmp-XXXXXX beside it. The writers fill the staging
 * directory; kabar_cli_outdir_commit() syncs it to disk and swaps it with
 * OUT in one rename (RENAME_EXCHANGE), so OUT is at every instant either
 * the old run's files or the new run's, whole. Files in OUT that kabar does
 * not write (notes.txt) are hard-linked into the new directory first and so
 * survive; kabar's own names that the new run does not write (kb.nq of an
 * earlier --rdf all) go with the old directory.
 *
 * From open to close, SIGINT, SIGTERM and SIGHUP remove the staging
 * directory and the lock file before the process dies of the signal; after
 * SIGKILL the next run removes them. */
#ifndef KABAR_CLI_OUTDIR_H
#define KABAR_CLI_OUTDIR_H

#include <kabar/common.h>

typedef struct kabar_cli_outdir kabar_cli_outdir;

/* Exit code 3 (KABAR_ERR_WRITE) when another export holds OUT, when OUT is
 * not a directory or holds entries other than regular files, or when the
 * staging directory cannot be made. */
kabar_status kabar_cli_outdir_open(const char *path, kabar_cli_outdir **out, kabar_error *err);

/* Where the writers put their files. */
const char *kabar_cli_outdir_staging(const kabar_cli_outdir *od);

/* Swaps the staging directory in as OUT. On failure OUT is as it was. */
kabar_status kabar_cli_outdir_commit(kabar_cli_outdir *od, kabar_error *err);

/* Removes the staging directory unless committed, unlocks and frees.
 * NULL is a no-op. */
void kabar_cli_outdir_close(kabar_cli_outdir *od);

/* Rewrites `message` in place so that it names OUT/FILE, not the staging
 * directory (gone by the time a user reads it). */
void kabar_cli_outdir_unstage(const kabar_cli_outdir *od, char *message, size_t size);

/* The names kabar export writes into OUT; NULL-terminated. */
extern const char *const kabar_cli_output_names[];

#endif
