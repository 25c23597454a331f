/* SPDX-License-Identifier: MIT */
/* The HTML reader, strict and lenient, then tokens and sentences. */
#include "support.h"

#include <kabar/text.h>

#include <stdlib.h>
#include <string.h>

static kabar_text_cues *cues;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fuzz_quiet();
  kabar_error err;
  if (kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &cues, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int lenient = 0; lenient < 2; lenient++) {
    kabar_read_options opt = {.lenient = lenient, .html = 1};
    kabar_doc *doc = NULL;
    kabar_error err;
    kabar_error_clear(&err);
    kabar_status st = kabar_doc_from_bytes("fuzz.html", (const char *)data, size, &opt, cues, &doc, &err);
    if (st != KABAR_OK) {
      if (doc || !err.message[0] || st == KABAR_ERR_NOMEM)
        fuzz_fail("a failed read (%s) left a document or no message", kabar_strerror(st));
      continue;
    }
    fuzz_check_doc(doc);
    kabar_doc_free(doc);
  }
  return 0;
}
