/* SPDX-License-Identifier: MIT */
/* What kabar export and kabar merge write from a finished knowledge base:
 * the options that shape it, read once, and the writing itself. */
#ifndef KABAR_CLI_OUTPUTS_H
#define KABAR_CLI_OUTPUTS_H

#include <kabar/graph.h>
#include <kabar/kb.h>
#include <kabar/rdf.h>

typedef struct kabar_cli_outputs {
  kabar_rdf_options rdf; /* rdf.data_dir is the caller's to set */
  int want_rdf;
  kabar_graph_options graph;
  kabar_graph_sampling sampling;
} kabar_cli_outputs;

/* Reads --rdf, --base, --entity-mentions, --metrics-include and --epsilon
 * (NULL or 0 when not given) for `jobs` threads. 0, or KABAR_EXIT_USAGE
 * after a message on stderr that starts with `cmd`. */
int kabar_cli_outputs_parse(const char *cmd, const char *rdf_list, const char *base,
                            int entity_mentions, const char *include, const char *epsilon,
                            size_t jobs, kabar_cli_outputs *out);

/* The TSV tables, the metrics, the graph files and the RDF into dir; the
 * metrics are returned in *metrics (the caller frees them). */
kabar_status kabar_cli_outputs_write(const kabar_kb *kb, const kabar_cli_outputs *o, const char *dir,
                                     kabar_metrics **metrics, kabar_error *err);

#endif
