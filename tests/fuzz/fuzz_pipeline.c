/* SPDX-License-Identifier: MIT */
/* End to end: bytes -> document -> kb -> every writer, every file re-read. */
#include "extract_setup.h"

static void write_all(const kabar_kb *kb, const char *dir) {
  kabar_error err;
  kabar_error_clear(&err);
  kabar_metrics *m = NULL;
  kabar_rdf_options rdf = {KABAR_RDF_TURTLE | KABAR_RDF_NTRIPLES | KABAR_RDF_NQUADS | KABAR_RDF_RDFXML,
                           NULL, 1, NULL};
  if (kabar_tsv_write(kb, dir, &err) != KABAR_OK ||
      kabar_metrics_compute(kb, NULL, &m, &err) != KABAR_OK ||
      kabar_graph_write(kb, m, dir, &err) != KABAR_OK ||
      kabar_rdf_write(kb, m, &rdf, dir, &err) != KABAR_OK)
    fuzz_fail("a writer failed: %s", err.message);
  fuzz_check_tsv(dir, kb);
  fuzz_check_csv(dir, kb, m);
  fuzz_check_json(dir);
  fuzz_check_graph_xml(dir, kb, m);
  fuzz_check_rdf(dir, rdf.formats);
  kabar_metrics_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kabar_doc *doc = fuzz_read_doc(data, size);
  if (!doc)
    return 0;
  kabar_kb *kb = fuzz_extract(doc);
  const char *dir = fuzz_scratch_dir();
  fuzz_empty_dir(dir);
  write_all(kb, dir);
  kabar_kb_free(kb);
  kabar_doc_free(doc);
  return 0;
}
