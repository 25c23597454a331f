/* SPDX-License-Identifier: MIT */
/* The table writers on a kb of hostile strings (see kbgen.c): entities.tsv,
 * facts.tsv, nodes.csv, edges.csv and metrics.json, each read back by a
 * strict checker of its format (check_tables.c). */
#include "support.h"

#include <kabar/tsv.h>

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
  if (kabar_tsv_write(kb, dir, &err) != KABAR_OK ||
      kabar_metrics_compute(kb, NULL, &m, &err) != KABAR_OK ||
      kabar_graph_write(kb, m, dir, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  fuzz_check_tsv(dir, kb);
  fuzz_check_csv(dir, kb, m);
  fuzz_check_json(dir);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  free(base);
  return 0;
}
