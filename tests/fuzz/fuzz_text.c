/* SPDX-License-Identifier: MIT */
/* The plain text reader, strict and lenient, then tokens and sentences. */
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

/* Plain text is kept as read: the bytes after a BOM, when they are valid. */
static void check_verbatim(const kabar_doc *doc, const uint8_t *data, size_t size) {
  if (doc->text_offset > size || doc->len != size - doc->text_offset ||
      memcmp(doc->text, data + doc->text_offset, doc->len) != 0)
    fuzz_fail("strict plain text is not the input's bytes after offset %zu", doc->text_offset);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int lenient = 0; lenient < 2; lenient++) {
    kabar_read_options opt = {.lenient = lenient, .html = 0};
    kabar_doc *doc = NULL;
    kabar_error err;
    kabar_error_clear(&err);
    kabar_status st = kabar_doc_from_bytes("fuzz.txt", (const char *)data, size, &opt, cues, &doc, &err);
    if (st != KABAR_OK) {
      if (doc || !err.message[0] || st == KABAR_ERR_NOMEM)
        fuzz_fail("a failed read (%s) left a document or no message", kabar_strerror(st));
      continue;
    }
    fuzz_check_doc(doc);
    if (!lenient)
      check_verbatim(doc, data, size);
    kabar_doc_free(doc);
  }
  return 0;
}
