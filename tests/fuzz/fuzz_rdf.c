/* SPDX-License-Identifier: MIT */
/* The RDF writer on a kb of hostile strings (see kbgen.c), all four formats,
 * read back with raptor2's parsers. */
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
  if (kabar_metrics_compute(kb, NULL, &m, &err) != KABAR_OK)
    fuzz_fail("kabar_metrics_compute: %s", err.message);
  kabar_rdf_options opt = {KABAR_RDF_TURTLE | KABAR_RDF_NTRIPLES | KABAR_RDF_NQUADS | KABAR_RDF_RDFXML,
                           base};
  kabar_status st = kabar_rdf_write(kb, m, &opt, dir, &err);
  if (st == KABAR_OK)
    fuzz_check_rdf(dir, opt.formats);
  else if (st != KABAR_ERR_USAGE || !base)
    fuzz_fail("kabar_rdf_write: %s", err.message); /* only a bad base may be refused */
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  free(base);
  return 0;
}
