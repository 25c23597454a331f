/* SPDX-License-Identifier: MIT */
/* What the RDF writer may say, for the tests that check it against
 * ontology/kabar.ttl. Private to the library and its tests. */
#ifndef KABAR_EXPORT_RDF_VOCAB_H
#define KABAR_EXPORT_RDF_VOCAB_H

#include "kabar/kb.h"

#include <stddef.h>

/* "state/", "person/", ...: the IRI path of an entity type; NULL when out of range. */
const char *kabar_rdf_type_path(kabar_entity_type t);

/* The local names (in KABAR_ONTOLOGY_NS) of the classes and properties the
 * writer uses besides entity types, relations, statuses and metrics. */
size_t kabar_rdf_n_terms(void);
const char *kabar_rdf_term(size_t i); /* NULL when out of range */

#endif
