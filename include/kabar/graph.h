/* SPDX-License-Identifier: MIT */
/* kabar graph: the knowledge base as a network, its metrics (igraph), and
 * the files for graph tools (GraphML, GEXF, Gephi CSV, metrics.json).
 *
 * The graph. Every entity is a vertex (ordered by entity index). Every
 * aggregated fact with at least one mention in a counted status (default:
 * asserted only) is an edge from subject to object; its weight is the number
 * of its mentions in a counted status. A fact whose subject is its object is
 * not an edge. Facts of a symmetric relation (metWith, ...) are one edge in
 * the files, marked symmetric="true", and count as two arcs (both ways) for
 * the directed metrics.
 *
 * Metrics (see kabar_metric_description() for each):
 *  - degrees and strengths on the directed multigraph of arcs;
 *  - PageRank, hub and authority on the directed graph with parallel arcs
 *    merged (weights summed);
 *  - betweenness, closeness, harmonic centrality, eigenvector centrality,
 *    coreness and communities on the undirected simple copy, where the weight
 *    of a pair is the sum of the weights of the facts between them in either
 *    direction. Path metrics use distance = 1 / weight: a tie mentioned more
 *    often is a shorter path. */
#ifndef KABAR_GRAPH_H
#define KABAR_GRAPH_H

#include "kabar/common.h"
#include "kabar/kb.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kabar_graph_options {
  unsigned statuses;   /* bitmask of (1u << kabar_fact_status) whose mentions count as edges; 0 means asserted only */
  size_t exact_limit;  /* unused since sampling follows epsilon (kept so that {statuses, 0} still compiles) */
} kabar_graph_options;

/* How path metrics may be sampled (kabar_metrics_compute_with). */
typedef struct kabar_graph_sampling {
  double epsilon;      /* target error of betweenness when sampled; 0: KABAR_GRAPH_EPSILON */
  double delta;        /* probability that the bound fails; 0: KABAR_GRAPH_DELTA */
  size_t work_budget;  /* traversal work always spent (sources x (vertices + 2 edges)), so that
                          small graphs are exact; 0: KABAR_GRAPH_WORK_BUDGET, 1: none */
  size_t threads;      /* threads over sources (results identical for any number); 0: online cores */
  size_t work_cap;     /* with the default epsilon, the most traversal work spent: a graph too
                          large for it gets fewer sources and states the looser bound they give
                          (an epsilon asked for is always met); 0: KABAR_GRAPH_WORK_CAP, 1: none */
} kabar_graph_sampling;

/* Betweenness, closeness and harmonic come from one shortest-path traversal
 * per source. Every vertex is a source (exact) unless that costs more than
 * the work budget and more than the sources the target error needs: then
 * max(needed, budget / (vertices + arcs)) sources are sampled, so cost grows
 * smoothly with the graph. The sample size for betweenness within epsilon
 * of every vertex's value (normalized as below) with probability 1 - delta
 * is ln(2n / delta) / (2 (epsilon (n-1)/n)^2) (Hoeffding, union bound). */
#define KABAR_GRAPH_EPSILON 0.1
#define KABAR_GRAPH_DELTA 0.1
#define KABAR_GRAPH_WORK_BUDGET 50000000u
/* About two minutes of traversals on two cores (2026): with the default
 * epsilon it binds from about 560,000 entities (news graphs of about 2.25
 * relations per entity); a million get 454 sources, epsilon 0.136. */
#define KABAR_GRAPH_WORK_CAP 2500000000u
#define KABAR_GRAPH_MIN_SOURCES 100u
#define KABAR_GRAPH_SEED 42u

typedef enum kabar_metric {
  KABAR_M_IN_DEGREE,
  KABAR_M_OUT_DEGREE,
  KABAR_M_DEGREE,
  KABAR_M_IN_STRENGTH,
  KABAR_M_OUT_STRENGTH,
  KABAR_M_STRENGTH,
  KABAR_M_BETWEENNESS,
  KABAR_M_CLOSENESS,
  KABAR_M_HARMONIC,
  KABAR_M_EIGENVECTOR,
  KABAR_M_PAGERANK,
  KABAR_M_HUB,
  KABAR_M_AUTHORITY,
  KABAR_M_CORENESS,
  KABAR_M_COMMUNITY,
  KABAR_M__COUNT
} kabar_metric;

/* lowerCamelCase, like the relation names: "inDegree", "outStrength",
 * "betweenness", "pagerank", ... Used as GraphML key ids, GEXF attribute
 * ids, CSV column names and RDF property local names. NULL when out of range. */
const char *kabar_metric_name(kabar_metric m);
/* One English sentence saying what the metric is and how it is computed;
 * static, never NULL. */
const char *kabar_metric_description(kabar_metric m);
/* Parses a name above; 0 and *out set, or -1. */
int kabar_metric_parse(const char *name, kabar_metric *out);
/* 1 when the metric takes only integer values (degrees, coreness, community). */
int kabar_metric_is_integer(kabar_metric m);

typedef struct kabar_metrics kabar_metrics;

/* Builds the graph of `kb` (finished) and computes every metric. `opt` may be
 * NULL (defaults). igraph warnings are passed to kabar_warn(). On success
 * *out owns a new object freed with kabar_metrics_free(). */
kabar_status kabar_metrics_compute(const kabar_kb *kb, const kabar_graph_options *opt,
                                   kabar_metrics **out, kabar_error *err);
/* The same with the sampling of path metrics set (NULL: the defaults). */
kabar_status kabar_metrics_compute_with(const kabar_kb *kb, const kabar_graph_options *opt,
                                        const kabar_graph_sampling *sampling, kabar_metrics **out,
                                        kabar_error *err);
void kabar_metrics_free(kabar_metrics *m); /* NULL is a no-op */

/* The value of a metric for an entity; NAN when not defined (closeness of a
 * vertex that reaches no other, an index out of range). */
double kabar_metrics_get(const kabar_metrics *m, kabar_metric which, size_t entity_index);

/* How a metric was computed: "exact", or for large graphs "sampled" (see
 * kabar_graph_summary.sample_sources and the error bounds). Static string. */
const char *kabar_metrics_method(const kabar_metrics *m, kabar_metric which);

/* The graph as a whole. */
typedef struct kabar_graph_summary {
  unsigned statuses;          /* the counted statuses (asserted always included) */
  size_t vertices;            /* = entities */
  size_t edges;               /* counted facts = edges of the files */
  size_t arcs;                /* directed arcs (symmetric facts twice) */
  size_t symmetric_edges;     /* edges of a symmetric relation */
  double density;             /* distinct ordered pairs joined by an arc / (n (n-1)) */
  size_t components;          /* weakly connected components (isolated vertices included) */
  size_t largest_component;   /* vertices in the largest one */
  size_t isolated;            /* vertices without any edge */
  double diameter;            /* longest shortest path in hops, undirected, within components;
                                 when sampled, the largest eccentricity of the sampled sources (a lower bound) */
  double transitivity;        /* global clustering coefficient of the undirected copy (NAN without a path of length 2) */
  double reciprocity;         /* share of arcs u->v of the merged directed graph whose v->u exists (NAN without arcs) */
  double modularity;          /* of the Leiden partition on the weighted undirected copy (NAN without edges) */
  size_t communities;         /* number of communities (isolated vertices are their own) */
  size_t sample_sources;      /* 0 when exact; else the sources sampled for path metrics */
  double epsilon;             /* sampled: every betweenness within this of its exact value ... */
  double delta;               /* ... with probability >= 1 - delta; both 0 when exact */
  double harmonic_error;      /* sampled: the same bound for harmonic (epsilon times the largest weight) */
  double distance_error;      /* sampled: the same bound for 1/closeness, the mean distance, when the
                                 graph is connected (epsilon times twice the largest weighted
                                 eccentricity of a source); NAN when not connected */
  unsigned long long seed;    /* of the sample */
  double seconds;             /* wall time of kabar_metrics_compute (not written to files) */
} kabar_graph_summary;

/* Owned by `m`; valid until kabar_metrics_free(). */
const kabar_graph_summary *kabar_metrics_summary(const kabar_metrics *m);
/* The number of vertices (= entities of the kb the metrics came from). */
size_t kabar_metrics_n_vertices(const kabar_metrics *m);
/* The weight (counted mentions) of fact `fact_index` as an edge, 0 when it is
 * not an edge (no counted mention, or a self-loop). */
size_t kabar_metrics_edge_weight(const kabar_metrics *m, size_t fact_index);

/* Writes graph.graphml, graph.gexf, nodes.csv, edges.csv and metrics.json
 * into dir (which exists). `m` must come from the same kb. Each file is
 * written to its final name; on failure KABAR_ERR_WRITE names the file. */
kabar_status kabar_graph_write(const kabar_kb *kb, const kabar_metrics *m, const char *dir,
                               kabar_error *err);
/* The same, with jobs > 1 the GraphML written by a thread of its own while
 * the other files are written: the same bytes; the first failure in the
 * files' order is the one reported. */
kabar_status kabar_graph_write_jobs(const kabar_kb *kb, const kabar_metrics *m, const char *dir,
                                    size_t jobs, kabar_error *err);

/* Parses "alleged,denied" / "all" into a statuses bitmask (asserted always
 * included); 0 ok, -1 on an unknown name. NULL or "" give asserted only. */
int kabar_graph_parse_statuses(const char *list, unsigned *out);

/* The counted statuses as "asserted,alleged" into buf (size n); returns buf. */
const char *kabar_graph_format_statuses(unsigned statuses, char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
