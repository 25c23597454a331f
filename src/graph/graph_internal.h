/* SPDX-License-Identifier: MIT */
/* Shared between the graph module's files. */
#ifndef KABAR_GRAPH_INTERNAL_H
#define KABAR_GRAPH_INTERNAL_H

#include <igraph.h>

#include "kabar/common.h"

#include <stddef.h>
#include <stdint.h>

/* igraph's previous handlers, restored on return. */
typedef struct kabar_graph_handlers {
  igraph_error_handler_t *error;
  igraph_warning_handler_t *warning;
} kabar_graph_handlers;

void kabar_graph_handlers_push(kabar_graph_handlers *saved);
void kabar_graph_handlers_pop(const kabar_graph_handlers *saved);

/* The undirected graph as adjacency arrays: the neighbours of u are
 * adj[off[u] .. off[u+1]), at distance len[] (1/weight). */
typedef struct kabar_csr {
  size_t n;       /* < UINT32_MAX */
  size_t *off;
  uint32_t *adj;
  double *len;
} kabar_csr;

/* malloc() for arrays read at random by the traversals: from 4 MB on,
 * aligned to 2 MB and offered to the kernel's transparent huge pages, so
 * that a vertex's record costs no page walk (on a million vertices the
 * traversals run about ... faster). Freed with free(). */
void *kabar_graph_big_alloc(size_t size);

/* What the traversals found. Exact (every vertex a source): csum/hsum/ccount
 * are per source (sum of distances, of 1/distance, vertices reached).
 * Sampled: per target, over the sampled sources. bc[] holds the summed
 * Brandes dependencies (each unordered pair counted twice when exact). */
typedef struct kabar_paths_result {
  size_t sources;           /* sample size (= n when exact) */
  int exact;
  size_t *sample;           /* the sources, in index order when exact, else as drawn */
  double *bc, *csum, *hsum;
  size_t *ccount;
  int32_t max_hops;         /* largest BFS eccentricity of a source (of the first
                               KABAR_PATHS_ECC_SOURCES when sampled) */
  double max_weighted_ecc;  /* largest weighted eccentricity of a source */
  uint32_t sweep_from;      /* sampled: a vertex farthest (hops) from the first source */
} kabar_paths_result;

/* Sources needed for betweenness within epsilon of every vertex's exact
 * value with probability >= 1 - delta (n when that reaches n). */
size_t kabar_paths_sources_for(size_t n, double epsilon, double delta);
/* The sources to traverse on n vertices with `adj` adjacency entries (twice
 * the edges): those epsilon needs, or more if the work budget (sources x
 * (n + adj)) affords them, up to n (exact). The work is nondecreasing in
 * n: no cliff. */
size_t kabar_paths_plan(size_t n, size_t adj, double epsilon, double delta, size_t budget);
/* The epsilon that k sources guarantee at confidence 1 - delta (0 when exact). */
double kabar_paths_error_for(size_t n, size_t k, double delta);
#define KABAR_PATHS_MAX_THREADS 64
/* Sampled: hop eccentricities (for the diameter's lower bound) from the
 * first this many sources drawn, and a double sweep; a BFS per source
 * would add a sixth to the cost. */
#define KABAR_PATHS_ECC_SOURCES 64
/* k sources drawn with `seed` (all when k >= n), traversed by up to
 * `threads` threads; the result is the same for any number. KABAR_ERR_NOMEM
 * or OK. */
kabar_status kabar_paths_run(const kabar_csr *g, size_t k, uint64_t seed, size_t threads,
                             kabar_paths_result *r);
void kabar_paths_result_free(kabar_paths_result *r);

#endif
