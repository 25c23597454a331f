/* SPDX-License-Identifier: MIT */
/* The base IRI is checked before anything is written: bytes that are not
 * UTF-8 (found by fuzz_rdf: raptor2's RDF/XML writer failed on "h:\xFF"
 * after the other files were written) and characters no syntax carries are
 * refused as a usage error; a base in another script is fine. */
#include <kabar/graph.h>
#include <kabar/kb.h>
#include <kabar/rdf.h>

#include "check.h"

#include <stdlib.h>
#include <unistd.h>

static kabar_status write_with_base(const kabar_kb *kb, const char *base, const char *dir) {
  kabar_rdf_options opt = {KABAR_RDF_TURTLE | KABAR_RDF_NTRIPLES | KABAR_RDF_NQUADS | KABAR_RDF_RDFXML,
                           base, 1, NULL};
  kabar_error err;
  kabar_error_clear(&err);
  kabar_status st = kabar_rdf_write(kb, NULL, &opt, dir, &err);
  if (st != KABAR_OK && st != KABAR_ERR_USAGE)
    fprintf(stderr, "%s\n", err.message);
  return st;
}

static int exists(const char *dir, const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return access(path, F_OK) == 0;
}

int main(void) {
  char dir[] = "/tmp/kabar-rdf-base-XXXXXX";
  if (!mkdtemp(dir))
    return 2;
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb && kabar_kb_begin_doc(kb, "d", "d.txt", NULL, NULL, 1) == KABAR_OK);
  CHECK(kabar_kb_entity(kb, KABAR_ENT_PERSON, "Retno Marsudi", NULL, "Retno") != KABAR_NONE);
  CHECK(kabar_kb_finish(kb) == KABAR_OK);

  CHECK(write_with_base(kb, "h:\xFF", dir) == KABAR_ERR_USAGE);
  CHECK(write_with_base(kb, "http://x.org/\xC3(/", dir) == KABAR_ERR_USAGE);
  CHECK(write_with_base(kb, "http://x.org/\xC2\x85/", dir) == KABAR_ERR_USAGE); /* NEL */
  CHECK(write_with_base(kb, "http://x.org/\xEF\xBF\xBF/", dir) == KABAR_ERR_USAGE); /* U+FFFF */
  CHECK(!exists(dir, "kb.ttl") && !exists(dir, "kb.nt") && !exists(dir, "kb.rdf"));

  /* Dot segments, which a reader resolving relative IRIs removes. */
  CHECK(write_with_base(kb, "p:.", dir) == KABAR_ERR_USAGE);
  CHECK(write_with_base(kb, "http://x.org/./a/", dir) == KABAR_ERR_USAGE);
  CHECK(write_with_base(kb, "http://x.org/a/..", dir) == KABAR_ERR_USAGE);
  CHECK(write_with_base(kb, "http://x.org/a/../b#", dir) == KABAR_ERR_USAGE);
  CHECK(write_with_base(kb, "http://x.org/a.b/.c/..d/", dir) == KABAR_OK);
  CHECK(write_with_base(kb, "http://x.org/a/?q=./", dir) == KABAR_OK);
  CHECK(write_with_base(kb, "http://contoh.id/berita\xC3\xA9/", dir) == KABAR_OK);
  CHECK(exists(dir, "kb.ttl") && exists(dir, "kb.nt") && exists(dir, "kb.nq") && exists(dir, "kb.rdf"));

  const char *names[] = {"kb.ttl", "kb.nt", "kb.nq", "kb.rdf"};
  for (size_t i = 0; i < 4; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    unlink(path);
  }
  rmdir(dir);
  kabar_kb_free(kb);
  return check_done();
}
