/* SPDX-License-Identifier: MIT */
/* The HTML reader, strict and lenient, then tokens and sentences. */
#include "support.h"

#include <kabar/text.h>

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int lenient = 0; lenient < 2; lenient++) {
    kabar_read_options opt = {.lenient = lenient, .html = 1};
    kabar_doc *doc = fuzz_read_bytes("fuzz.html", data, size, &opt);
    if (!doc)
      continue;
    fuzz_check_doc(doc);
    kabar_doc_free(doc);
  }
  return 0;
}
