/* SPDX-License-Identifier: MIT */
/* The table writers on a kb of hostile strings (see kbgen.c): entities.tsv,
 * facts.tsv, nodes.csv, edges.csv and metrics.json, each read back by a
 * strict checker of its format (check_tables.c). */
#include "support.h"

#include <kabar/tsv.h>


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_kb_case fc;
  fuzz_kb_case_begin(data, size, &fc);
  kabar_error err;
  kabar_error_clear(&err);
  if (kabar_tsv_write(fc.kb, fc.dir, &err) != KABAR_OK ||
      kabar_graph_write(fc.kb, fc.m, fc.dir, &err) != KABAR_OK)
    fuzz_fail("%s", err.message);
  fuzz_check_tsv(fc.dir, fc.kb);
  fuzz_check_csv(fc.dir, fc.kb, fc.m);
  fuzz_check_json(fc.dir);
  fuzz_kb_case_end(&fc);
  return 0;
}
