/* SPDX-License-Identifier: MIT */
/* The pipeline (lexicons, cues) loaded once per fuzzer process from the
 * source tree's data/, and the document read from the fuzz input. */
#ifndef KABAR_FUZZ_EXTRACT_SETUP_H
#define KABAR_FUZZ_EXTRACT_SETUP_H

#include "support.h"

#include <kabar/tsv.h>

#include <kabar/pipeline.h>
#include <kabar/text.h>

static kabar_pipeline *fuzz_pipe;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  kabar_error err;
  kabar_error_clear(&err);
  if (kabar_pipeline_new(KABAR_DATA_DIR, NULL, &fuzz_pipe, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  return 0;
}

/* The input as a document (lenient, HTML or text guessed from the bytes);
 * NULL when the reader refuses it. */
static kabar_doc *fuzz_read_doc(const uint8_t *data, size_t size) {
  kabar_read_options opt = {.lenient = 1, .html = -1};
  return fuzz_read_bytes("fuzz", data, size, &opt);
}

/* The document's entities and facts in a new, finished kb, checked. */
static kabar_kb *fuzz_extract(const kabar_doc *doc) {
  kabar_kb *kb = kabar_kb_new();
  kabar_error err;
  kabar_error_clear(&err);
  if (!kb)
    fuzz_fail("out of memory");
  kabar_status st = kabar_pipeline_add_doc(fuzz_pipe, doc, kb, &err);
  if (st != KABAR_OK)
    fuzz_fail("the extractor failed on a document it was given: %s", err.message);
  if (kabar_kb_finish(kb) != KABAR_OK)
    fuzz_fail("kabar_kb_finish failed");
  fuzz_check_kb(kb, doc);
  return kb;
}

#endif
