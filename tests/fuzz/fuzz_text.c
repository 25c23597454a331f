/* SPDX-License-Identifier: MIT */
/* The plain text reader, strict and lenient, then tokens and sentences. */
#include "support.h"

#include <kabar/text.h>

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Plain text is kept as read: the bytes after a BOM, when they are valid. */
static void check_verbatim(const kabar_doc *doc, const uint8_t *data, size_t size) {
  if (doc->text_offset > size || doc->len != size - doc->text_offset ||
      memcmp(doc->text, data + doc->text_offset, doc->len) != 0)
    fuzz_fail("strict plain text is not the input's bytes after offset %zu", doc->text_offset);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int lenient = 0; lenient < 2; lenient++) {
    kabar_read_options opt = {.lenient = lenient, .html = 0};
    kabar_doc *doc = fuzz_read_bytes("fuzz.txt", data, size, &opt);
    if (!doc)
      continue;
    fuzz_check_doc(doc);
    if (!lenient)
      check_verbatim(doc, data, size);
    kabar_doc_free(doc);
  }
  return 0;
}
