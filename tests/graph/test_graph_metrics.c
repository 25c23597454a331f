/* SPDX-License-Identifier: MIT */
/* Metrics on small graphs whose values are worked out by hand (comments give
 * the working). Distances are 1/weight; betweenness is normalized by
 * (n-1)(n-2)/2 on the undirected graph. */
#include "check.h"
#include "graph/graph_kb.h"

#include <kabar/graph.h>

#include <math.h>

#define CHECK_NEAR(got, want)                                                                      \
  do {                                                                                             \
    double g_ = (got), w_ = (want);                                                                \
    check_count++;                                                                                 \
    if (!(fabs(g_ - w_) <= 1e-9 * (1 + fabs(w_)))) {                                               \
      check_failures++;                                                                            \
      fprintf(stderr, "%s:%d: %s is %.12g, want %.12g\n", __FILE__, __LINE__, #got, g_, w_);       \
    }                                                                                              \
  } while (0)

static kabar_metrics *compute(const kabar_kb *kb, unsigned statuses) {
  kabar_graph_options opt = {statuses, 0};
  kabar_metrics *m = NULL;
  kabar_error err;
  kabar_status st = kabar_metrics_compute(kb, &opt, &m, &err);
  if (st != KABAR_OK) {
    fprintf(stderr, "kabar_metrics_compute: %s\n", err.message);
    exit(2);
  }
  return m;
}

#define G(metric, i) kabar_metrics_get(m, KABAR_M_##metric, i)

static double sum_of(const kabar_metrics *m, kabar_metric k, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; i++)
    s += kabar_metrics_get(m, k, i);
  return s;
}

/* A star: C supports L1, L2, L3 (directed, weight 1). */
static void test_star(void) {
  kabar_kb *kb = new_kb();
  size_t c = ent(kb, KABAR_ENT_STATE, "Center", "CEN");
  size_t l[3];
  for (int i = 0; i < 3; i++) {
    char name[16];
    snprintf(name, sizeof name, "Leaf%d", i + 1);
    l[i] = ent(kb, KABAR_ENT_STATE, name, NULL);
  }
  for (int i = 0; i < 3; i++)
    add_fact(kb, c, KABAR_REL_SUPPORTS, l[i], KABAR_FS_ASSERTED, 1, NULL);
  finish_kb(kb);
  kabar_metrics *m = compute(kb, 0);
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  CHECK_INT(s->vertices, 4);
  CHECK_INT(s->edges, 3);
  CHECK_INT(s->arcs, 3);
  CHECK_NEAR(s->density, 3.0 / 12.0);
  CHECK_INT(s->components, 1);
  CHECK_NEAR(s->diameter, 2);
  CHECK_NEAR(s->transitivity, 0); /* paths of length 2, no triangle */
  CHECK_NEAR(s->reciprocity, 0);
  CHECK_INT(G(OUT_DEGREE, c), 3);
  CHECK_INT(G(IN_DEGREE, c), 0);
  CHECK_INT(G(IN_DEGREE, l[0]), 1);
  CHECK_INT(G(DEGREE, l[2]), 1);
  CHECK_NEAR(G(STRENGTH, c), 3);
  /* The 3 leaf pairs all pass through the centre: 3 / ((3*2)/2) = 1. */
  CHECK_NEAR(G(BETWEENNESS, c), 1);
  CHECK_NEAR(G(BETWEENNESS, l[1]), 0);
  /* Centre: mean distance 1. Leaf: 1 + 2 + 2 = 5 over 3 -> 3/5. */
  CHECK_NEAR(G(CLOSENESS, c), 1);
  CHECK_NEAR(G(CLOSENESS, l[0]), 0.6);
  /* Harmonic: centre (1+1+1)/3, leaf (1 + 1/2 + 1/2)/3. */
  CHECK_NEAR(G(HARMONIC, c), 1);
  CHECK_NEAR(G(HARMONIC, l[0]), 2.0 / 3.0);
  /* Star K1,3: eigenvalue sqrt(3), centre = sqrt(3) * leaf; scaled to max 1. */
  CHECK_NEAR(G(EIGENVECTOR, c), 1);
  CHECK_NEAR(G(EIGENVECTOR, l[1]), 1 / sqrt(3.0));
  /* PageRank, d = 0.85, leaves dangling (spread evenly over all 4):
   *   c = 0.15/4 + 0.85 * 3l/4,  c + 3l = 1  ->  l = 77/291, c = 20/97. */
  CHECK_NEAR(G(PAGERANK, c), 20.0 / 97.0);
  CHECK_NEAR(G(PAGERANK, l[2]), 77.0 / 291.0);
  CHECK_NEAR(sum_of(m, KABAR_M_PAGERANK, 4), 1);
  /* Hubs point, authorities are pointed at. */
  CHECK_NEAR(G(HUB, c), 1);
  CHECK_NEAR(G(HUB, l[0]), 0);
  CHECK_NEAR(G(AUTHORITY, c), 0);
  CHECK_NEAR(G(AUTHORITY, l[0]), 1);
  CHECK_INT(G(CORENESS, c), 1);
  CHECK_INT(G(CORENESS, l[0]), 1);
  /* Any split of a star lowers modularity below 0: one community. */
  CHECK_INT(s->communities, 1);
  CHECK_NEAR(s->modularity, 0);
  CHECK_INT(G(COMMUNITY, l[2]), 0);
  CHECK_STR(kabar_metrics_method(m, KABAR_M_BETWEENNESS), "exact");
  kabar_metrics_free(m);
  kabar_kb_free(kb);
}

/* A path A - B - C - D - E of metWith (symmetric: arcs both ways), B - C
 * mentioned twice (weight 2, distance 1/2), plus an alleged attack A -> E
 * that counts only when alleged mentions are counted. */
static void test_path(void) {
  kabar_kb *kb = new_kb();
  size_t v[5];
  const char *names[5] = {"A", "B", "C", "D", "E"};
  for (int i = 0; i < 5; i++)
    v[i] = ent(kb, KABAR_ENT_PERSON, names[i], NULL);
  add_fact(kb, v[1], KABAR_REL_MET_WITH, v[0], KABAR_FS_ASSERTED, 1, "2024-06-19");
  add_fact(kb, v[1], KABAR_REL_MET_WITH, v[2], KABAR_FS_ASSERTED, 2, "2024-06");
  add_fact(kb, v[2], KABAR_REL_MET_WITH, v[3], KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, v[3], KABAR_REL_MET_WITH, v[4], KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, v[0], KABAR_REL_ATTACKED, v[4], KABAR_FS_ALLEGED, 1, NULL);
  finish_kb(kb);

  kabar_metrics *m = compute(kb, 0);
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  CHECK_INT(s->edges, 4);
  CHECK_INT(s->symmetric_edges, 4);
  CHECK_INT(s->arcs, 8);
  CHECK_NEAR(s->density, 8.0 / 20.0);
  CHECK_NEAR(s->reciprocity, 1);
  CHECK_NEAR(s->diameter, 4);
  CHECK_INT(kabar_metrics_edge_weight(m, 1), 2);
  CHECK_INT(kabar_metrics_edge_weight(m, 4), 0); /* alleged only */
  CHECK_INT(G(IN_DEGREE, v[1]), 2);
  CHECK_INT(G(OUT_DEGREE, v[1]), 2);
  CHECK_INT(G(DEGREE, v[0]), 2);
  CHECK_NEAR(G(IN_STRENGTH, v[1]), 3);
  CHECK_NEAR(G(STRENGTH, v[1]), 6);
  /* Betweenness / 6: B on A-C, A-D, A-E (3); C on A-D, A-E, B-D, B-E (4). */
  CHECK_NEAR(G(BETWEENNESS, v[0]), 0);
  CHECK_NEAR(G(BETWEENNESS, v[1]), 0.5);
  CHECK_NEAR(G(BETWEENNESS, v[2]), 4.0 / 6.0);
  CHECK_NEAR(G(BETWEENNESS, v[3]), 0.5);
  /* Closeness of A: distances 1, 1.5, 2.5, 3.5 = 8.5 over 4. */
  CHECK_NEAR(G(CLOSENESS, v[0]), 4 / 8.5);
  /* C: 0.5 (B), 1 (D), 1.5 (A), 2 (E) = 5 over 4. */
  CHECK_NEAR(G(CLOSENESS, v[2]), 4 / 5.0);
  /* Harmonic of C: (2 + 1 + 2/3 + 1/2) / 4 = 25/24. */
  CHECK_NEAR(G(HARMONIC, v[2]), 25.0 / 24.0);
  CHECK_NEAR(sum_of(m, KABAR_M_PAGERANK, 5), 1);
  CHECK_INT(G(CORENESS, v[2]), 1);
  CHECK_NEAR(s->transitivity, 0); /* paths of length 2, no triangle */

  /* Sampled (no work budget, a loose target): 4 of the 5 sources, each
   * estimate within the bound it states. */
  kabar_graph_sampling loose = {1.0, 0.1, 1, 0, 0};
  kabar_metrics *ms = NULL;
  CHECK(kabar_metrics_compute_with(kb, NULL, &loose, &ms, NULL) == KABAR_OK);
  const kabar_graph_summary *ss = kabar_metrics_summary(ms);
  CHECK_STR(kabar_metrics_method(ms, KABAR_M_BETWEENNESS), "sampled");
  CHECK_STR(kabar_metrics_method(ms, KABAR_M_HARMONIC), "sampled");
  CHECK_INT(ss->sample_sources, 4);
  /* n/(n-1) sqrt(ln(2n/delta) / 2k) */
  CHECK_NEAR(ss->epsilon, 1.25 * sqrt(log(100.0) / 8));
  CHECK_NEAR(ss->delta, 0.1);
  CHECK_INT(ss->seed, KABAR_GRAPH_SEED);
  for (size_t i = 0; i < 5; i++) {
    CHECK(fabs(kabar_metrics_get(ms, KABAR_M_BETWEENNESS, i) - G(BETWEENNESS, i)) <= ss->epsilon);
    CHECK(fabs(kabar_metrics_get(ms, KABAR_M_HARMONIC, i) - G(HARMONIC, i)) <= ss->harmonic_error);
    CHECK(fabs(1 / kabar_metrics_get(ms, KABAR_M_CLOSENESS, i) - 1 / G(CLOSENESS, i)) <=
          ss->distance_error);
  }
  CHECK(ss->diameter >= 1 && ss->diameter <= 4); /* a lower bound */
  kabar_metrics_free(ms);
  kabar_metrics_free(m);

  /* Counting alleged mentions adds the attack A -> E, closing a cycle. */
  unsigned mask;
  CHECK(kabar_graph_parse_statuses("alleged", &mask) == 0);
  m = compute(kb, mask);
  s = kabar_metrics_summary(m);
  CHECK_INT(s->edges, 5);
  CHECK_INT(s->arcs, 9);
  CHECK_INT(kabar_metrics_edge_weight(m, 4), 1);
  CHECK_INT(G(OUT_DEGREE, v[0]), 2);
  CHECK_INT(G(CORENESS, v[0]), 2); /* a 5-cycle is a 2-core */
  CHECK_NEAR(s->reciprocity, 8.0 / 9.0);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
}

/* A triangle A -> B -> C -> A with a tail C -> D. */
static void test_triangle_tail(void) {
  kabar_kb *kb = new_kb();
  size_t a = ent(kb, KABAR_ENT_STATE, "A", "AAA"), b = ent(kb, KABAR_ENT_STATE, "B", "BBB");
  size_t c = ent(kb, KABAR_ENT_STATE, "C", "CCC"), d = ent(kb, KABAR_ENT_STATE, "D", "DDD");
  add_fact(kb, a, KABAR_REL_CRITICIZED, b, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, b, KABAR_REL_CRITICIZED, c, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, c, KABAR_REL_CRITICIZED, a, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, c, KABAR_REL_SANCTIONED, d, KABAR_FS_ASSERTED, 1, NULL);
  finish_kb(kb);
  kabar_metrics *m = compute(kb, 0);
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  CHECK_INT(G(CORENESS, a), 2);
  CHECK_INT(G(CORENESS, c), 2);
  CHECK_INT(G(CORENESS, d), 1);
  /* 1 triangle; connected triples sum C(deg,2) = 1 + 1 + 3 + 0 = 5 -> 3/5. */
  CHECK_NEAR(s->transitivity, 0.6);
  /* C carries A-D and B-D: 2 / 3. */
  CHECK_NEAR(G(BETWEENNESS, c), 2.0 / 3.0);
  CHECK_NEAR(G(BETWEENNESS, a), 0);
  CHECK_NEAR(G(CLOSENESS, c), 1);
  CHECK_NEAR(G(CLOSENESS, d), 0.6);
  CHECK_NEAR(G(CLOSENESS, a), 0.75);
  CHECK_INT(G(DEGREE, c), 3);
  CHECK_INT(G(OUT_DEGREE, c), 2);
  /* PageRank (D dangling): by symmetry pa = pd = x, and
   *   x  = 0.0375 + 0.85 (pc/2 + x/4)
   *   pb = 0.0375 + 0.85 (x + x/4)      = 0.0375 + 1.0625 x
   *   pc = 0.0375 + 0.85 (pb + x/4)     = 0.069375 + 1.115625 x
   * so 0.7875 x = 0.0375 + 0.425 pc gives x = 0.066984375 / 0.313359375. */
  double x = 0.066984375 / 0.313359375;
  CHECK_NEAR(G(PAGERANK, a), x);
  CHECK_NEAR(G(PAGERANK, d), x);
  CHECK_NEAR(G(PAGERANK, b), 0.0375 + 1.0625 * x);
  CHECK_NEAR(G(PAGERANK, c), 0.069375 + 1.115625 * x);
  CHECK_NEAR(sum_of(m, KABAR_M_PAGERANK, 4), 1);
  CHECK_NEAR(s->reciprocity, 0);
  CHECK_INT(s->components, 1);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
}

/* Isolated entities, a self-loop, and an empty kb. */
static void test_edge_cases(void) {
  kabar_kb *kb = new_kb();
  size_t a = ent(kb, KABAR_ENT_PERSON, "Alone", NULL);
  size_t b = ent(kb, KABAR_ENT_PERSON, "Also alone", NULL);
  add_fact(kb, a, KABAR_REL_CRITICIZED, a, KABAR_FS_ASSERTED, 1, NULL);
  finish_kb(kb);
  kabar_metrics *m = compute(kb, 0);
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  CHECK_INT(s->edges, 0); /* the self-loop is not an edge */
  CHECK_INT(kabar_metrics_edge_weight(m, 0), 0);
  CHECK_INT(s->components, 2);
  CHECK_INT(s->isolated, 2);
  CHECK_INT(s->communities, 2);
  CHECK(isnan(s->modularity));
  CHECK(isnan(G(CLOSENESS, a)));
  CHECK_NEAR(G(HARMONIC, b), 0);
  CHECK_NEAR(G(PAGERANK, a), 0.5);
  CHECK(isnan(kabar_metrics_get(m, KABAR_M_PAGERANK, 2)));
  CHECK(isnan(kabar_metrics_get(m, KABAR_M__COUNT, 0)));
  kabar_metrics_free(m);
  kabar_kb_free(kb);

  kb = kabar_kb_new();
  CHECK(kb != NULL);
  finish_kb(kb);
  m = compute(kb, 0);
  CHECK_INT(kabar_metrics_summary(m)->vertices, 0);
  CHECK_INT(kabar_metrics_n_vertices(m), 0);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  kabar_metrics_free(NULL);
}

static void test_names(void) {
  unsigned mask = 0;
  CHECK(kabar_graph_parse_statuses(NULL, &mask) == 0 && mask == 1u);
  CHECK(kabar_graph_parse_statuses("all", &mask) == 0 && mask == 31u);
  CHECK(kabar_graph_parse_statuses("alleged,denied", &mask) == 0 && mask == (1u | 2u | 4u));
  CHECK(kabar_graph_parse_statuses("alleged, planned", &mask) == 0 && mask == (1u | 2u | 8u));
  CHECK(kabar_graph_parse_statuses("alleged,bogus", &mask) == -1);
  char buf[64];
  CHECK_STR(kabar_graph_format_statuses(1u | 4u, buf, sizeof buf), "asserted,denied");
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    kabar_metric back;
    CHECK(kabar_metric_parse(kabar_metric_name((kabar_metric)k), &back) == 0 && back == (kabar_metric)k);
  }
  CHECK_STR(kabar_metric_name(KABAR_M_PAGERANK), "pagerank");
  CHECK_STR(kabar_metric_name(KABAR_M_IN_DEGREE), "inDegree");
  CHECK(kabar_metric_name(KABAR_M__COUNT) == NULL);
}

int main(void) {
  test_star();
  test_path();
  test_triangle_tail();
  test_edge_cases();
  test_names();
  return check_done();
}
