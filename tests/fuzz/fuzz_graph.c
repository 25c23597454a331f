/* SPDX-License-Identifier: MIT */
/* The graph writer on a kb of hostile strings (see kbgen.c); GraphML and
 * GEXF read back with libxml2. */
#include "support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_kb_case fc;
  fuzz_kb_case_begin(data, size, &fc);
  kabar_error err;
  kabar_error_clear(&err);
  if (kabar_graph_write(fc.kb, fc.m, fc.dir, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  fuzz_check_graph_xml(fc.dir, fc.kb, fc.m);
  fuzz_kb_case_end(&fc);
  return 0;
}
