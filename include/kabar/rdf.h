/* SPDX-License-Identifier: MIT */
/* kabar RDF export: the knowledge base as linked data, through raptor2's
 * serializers, in the vocabulary of ontology/kabar.ttl.
 *
 * What is written (see examples/queries/README.md for the full picture):
 * - every entity as <base><type>/<name>: <base>state/RUS for a state with an
 *   ISO code, else the canonical label percent-encoded with spaces as `_`
 *   (<base>person/Vladimir_Putin); the same IRI on every run;
 * - one direct triple per fact that has at least one asserted mention
 *   (<base>state/RUS kabar:exportsTo <base>state/PRK);
 * - every document as <base>doc/<key>, the key being the first 32 hex
 *   digits of its SHA-256 (kabar_kb_doc.sha256), so that exports of the
 *   same text agree; a document without a digest is keyed "~<name>", and
 *   a digest already taken in this kb gets "~2", "~3", ...;
 * - every fact mention, whatever its status, as its own node
 *   <base>mention/<key>/<sentence>/<n> (entity mentions
 *   <base>entity-mention/<key>/<n>); in N-Quads each document's mentions go
 *   to the named graph <base>graph/<key>, everything else to the default
 *   graph. */
#ifndef KABAR_RDF_H
#define KABAR_RDF_H

#include "kabar/common.h"
#include "kabar/kb.h"

#ifdef __cplusplus
extern "C" {
#endif

struct kabar_metrics;

/* The namespace of the kabar ontology (ontology/kabar.ttl). */
#define KABAR_ONTOLOGY_NS "https://w3id.org/kabar/ontology#"
/* Where instance IRIs live unless the caller chooses another base. */
#define KABAR_RDF_DEFAULT_BASE "http://kabar.example.org/id/"

enum {
  KABAR_RDF_TURTLE = 1u << 0,   /* kb.ttl, in batches of 10,000 statements: raptor2's
                                   Turtle writer holds what it is given until it ends */
  KABAR_RDF_NTRIPLES = 1u << 1, /* kb.nt, streamed */
  KABAR_RDF_NQUADS = 1u << 2,   /* kb.nq, streamed, one named graph per document */
  KABAR_RDF_RDFXML = 1u << 3    /* kb.rdf */
};

typedef struct kabar_rdf_options {
  unsigned formats; /* KABAR_RDF_* bits; 0 means Turtle */
  const char *base; /* base IRI of the instances; NULL means KABAR_RDF_DEFAULT_BASE.
                       A base that ends in neither '/' nor '#' gets a '/'. */
  int entity_mentions; /* also every entity mention (mentions.tsv) as a
                          kabar:EntityMention node: about twice the triples */
  const char *data_dir; /* the data directory (as for kabar_pipeline_new): a state
                           with a code also gets its English name from
                           lexicon/states.tsv as an @en rdfs:label; NULL: none */
} kabar_rdf_options;

/* Parses a comma-separated list of formats: turtle (ttl), ntriples (nt),
 * nquads (nq), rdfxml (xml, rdf), or "all". Returns 0 and sets *out, or -1
 * when a name is unknown or the list is empty. */
int kabar_rdf_parse_formats(const char *list, unsigned *out);

/* Writes kb.ttl / kb.nt / kb.nq / kb.rdf (per opt->formats) into `dir`,
 * which must exist. `metrics` may be NULL (then no metric triples); when
 * given it must have been computed for this kb. `opt` may be NULL (Turtle,
 * default base). Each file is written under a temporary name and renamed
 * when complete. Returns KABAR_ERR_USAGE for a base that is not an absolute
 * IRI, KABAR_ERR_WRITE naming the file when a file cannot be written,
 * KABAR_ERR_DEPENDENCY when raptor2 fails. The kb must be finished.
 * KABAR_RDF_BATCH in the environment (for tests) sets another Turtle batch
 * size; one that is not a positive number is KABAR_ERR_USAGE. */
kabar_status kabar_rdf_write(const kabar_kb *kb, const struct kabar_metrics *metrics,
                             const kabar_rdf_options *opt, const char *dir, kabar_error *err);

#ifdef __cplusplus
}
#endif
#endif
