/* SPDX-License-Identifier: MIT */
/* The graph writer on a kb of hostile strings (see kbgen.c); GraphML and
 * GEXF read back with libxml2. */
#include "support.h"

#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fuzz_quiet();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *base = NULL;
  kabar_kb *kb = fuzz_kb_build(data, size, &base);
  const char *dir = fuzz_scratch_dir();
  fuzz_empty_dir(dir);
  kabar_error err;
  kabar_error_clear(&err);
  kabar_metrics *m = NULL;
  if (kabar_metrics_compute(kb, NULL, &m, &err) != KABAR_OK ||
      kabar_graph_write(kb, m, dir, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  fuzz_check_graph_xml(dir, kb, m);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  free(base);
  return 0;
}
