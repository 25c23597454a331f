/* SPDX-License-Identifier: MIT */
/* The RDF writer on a kb of hostile strings (see kbgen.c), all four formats,
 * read back with raptor2's parsers. */
#include "support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_kb_case fc;
  fuzz_kb_case_begin(data, size, &fc);
  kabar_error err;
  kabar_error_clear(&err);
  kabar_rdf_options opt = {KABAR_RDF_TURTLE | KABAR_RDF_NTRIPLES | KABAR_RDF_NQUADS | KABAR_RDF_RDFXML,
                           fc.base, 1, NULL};
  kabar_status st = kabar_rdf_write(fc.kb, fc.m, &opt, fc.dir, &err);
  if (st == KABAR_OK)
    fuzz_check_rdf(fc.dir, opt.formats);
  else if (st != KABAR_ERR_USAGE || !fc.base)
    fuzz_fail("kabar_rdf_write: %s", err.message); /* only a bad base may be refused */
  fuzz_kb_case_end(&fc);
  return 0;
}
