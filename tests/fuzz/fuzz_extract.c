/* SPDX-License-Identifier: MIT */
/* The extractor on one document: whatever the text, a consistent kb. */
#include "extract_setup.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kabar_doc *doc = fuzz_read_doc(data, size);
  if (!doc)
    return 0;
  kabar_kb *kb = fuzz_extract(doc);
  kabar_kb_free(kb);
  kabar_doc_free(doc);
  return 0;
}
