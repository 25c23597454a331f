/* SPDX-License-Identifier: MIT */
/* Sampled path metrics on a generated graph: every estimate within the
 * bound the summary (and metrics.json) states, the same values whatever the
 * thread count and run, and a cost that grows with the graph without the
 * old cliff at 5,000 vertices. */
#include "check.h"
#include "graph/graph_internal.h"

#include <kabar/graph.h>
#include <kabar/kb.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long long rng = 7;
static size_t rnd(size_t n) {
  rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (size_t)((rng >> 33) % n);
}

/* Preferential attachment, as tests/bench/bench_graph.c: each entity gets
 * up to 3 facts to earlier ones chosen by degree; repeats make weights. */
static kabar_kb *generate(size_t n) {
  kabar_kb *kb = kabar_kb_new();
  size_t *ends = malloc(6 * n * sizeof *ends), n_ends = 0;
  if (!kb || !ends || kabar_kb_begin_doc(kb, "gen", "gen.txt", NULL, NULL, 1) != KABAR_OK)
    exit(2);
  for (size_t i = 0; i < n; i++) {
    char label[32];
    snprintf(label, sizeof label, "Entity %zu", i);
    size_t e = kabar_kb_entity(kb, (kabar_entity_type)(i % KABAR_ENT__COUNT), label, NULL, label);
    if (e == KABAR_NONE)
      exit(2);
    for (int k = 0; k < 3 && i > 0; k++) {
      size_t o = n_ends ? ends[rnd(n_ends)] : 0;
      kabar_mention m = {0};
      m.subject = e;
      m.object = o;
      m.relation = (kabar_relation)rnd(KABAR_REL__COUNT);
      m.status = KABAR_FS_ASSERTED;
      m.claimant = KABAR_NONE;
      m.evidence = "";
      if (kabar_kb_add_mention(kb, &m) != KABAR_OK)
        exit(2);
      ends[n_ends++] = e;
      ends[n_ends++] = o;
    }
  }
  free(ends);
  if (kabar_kb_finish(kb) != KABAR_OK)
    exit(2);
  return kb;
}

static kabar_metrics *run(const kabar_kb *kb, double eps, size_t budget, size_t threads) {
  kabar_graph_sampling s = {eps, 0.1, budget, threads, 0};
  kabar_metrics *m = NULL;
  kabar_error err;
  if (kabar_metrics_compute_with(kb, NULL, &s, &m, &err) != KABAR_OK) {
    fprintf(stderr, "kabar_metrics_compute_with: %s\n", err.message);
    exit(2);
  }
  return m;
}

static const kabar_metric path_metrics[] = {KABAR_M_BETWEENNESS, KABAR_M_CLOSENESS, KABAR_M_HARMONIC};

/* Bitwise equal path metrics and summaries. */
static int same(const kabar_metrics *a, const kabar_metrics *b, size_t n) {
  for (size_t k = 0; k < 3; k++)
    for (size_t i = 0; i < n; i++) {
      double x = kabar_metrics_get(a, path_metrics[k], i), y = kabar_metrics_get(b, path_metrics[k], i);
      if (memcmp(&x, &y, sizeof x))
        return 0;
    }
  return kabar_metrics_summary(a)->diameter == kabar_metrics_summary(b)->diameter;
}

typedef struct ranked {
  size_t i;
  double v;
} ranked;

static int cmp_ranked(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->v != y->v)
    return x->v > y->v ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* How many of the top `top` by betweenness the two share. */
static size_t top_overlap(const kabar_metrics *a, const kabar_metrics *b, size_t n, size_t top) {
  ranked *ra = malloc(n * sizeof *ra), *rb = malloc(n * sizeof *rb);
  size_t shared = 0;
  if (!ra || !rb)
    exit(2);
  for (size_t i = 0; i < n; i++) {
    ra[i] = (ranked){i, kabar_metrics_get(a, KABAR_M_BETWEENNESS, i)};
    rb[i] = (ranked){i, kabar_metrics_get(b, KABAR_M_BETWEENNESS, i)};
  }
  qsort(ra, n, sizeof *ra, cmp_ranked);
  qsort(rb, n, sizeof *rb, cmp_ranked);
  for (size_t i = 0; i < top && i < n; i++)
    for (size_t j = 0; j < top && j < n; j++)
      shared += ra[i].i == rb[j].i;
  free(ra);
  free(rb);
  return shared;
}

static void test_bound(void) {
  const size_t n = 3000;
  kabar_kb *kb = generate(n);
  kabar_metrics *exact = run(kb, 0, SIZE_MAX, 0);
  kabar_metrics *sampled = run(kb, 0.1, 1, 0);
  const kabar_graph_summary *s = kabar_metrics_summary(sampled);
  CHECK_STR(kabar_metrics_method(exact, KABAR_M_BETWEENNESS), "exact");
  CHECK_STR(kabar_metrics_method(sampled, KABAR_M_BETWEENNESS), "sampled");
  CHECK_INT(s->sample_sources, kabar_paths_sources_for(n, 0.1, 0.1));
  CHECK(s->sample_sources < n);
  CHECK(s->epsilon > 0 && s->epsilon <= 0.1);
  CHECK(s->harmonic_error > 0 && !isnan(s->distance_error)); /* connected: a bound exists */
  CHECK_INT(kabar_metrics_summary(exact)->components, 1);
  double eb = 0, eh = 0, ed = 0;
  for (size_t i = 0; i < n; i++) {
    eb = fmax(eb, fabs(kabar_metrics_get(sampled, KABAR_M_BETWEENNESS, i) -
                       kabar_metrics_get(exact, KABAR_M_BETWEENNESS, i)));
    eh = fmax(eh, fabs(kabar_metrics_get(sampled, KABAR_M_HARMONIC, i) -
                       kabar_metrics_get(exact, KABAR_M_HARMONIC, i)));
    ed = fmax(ed, fabs(1 / kabar_metrics_get(sampled, KABAR_M_CLOSENESS, i) -
                       1 / kabar_metrics_get(exact, KABAR_M_CLOSENESS, i)));
  }
  size_t overlap = top_overlap(exact, sampled, n, 100);
  printf("n=%zu sources=%zu: max error betweenness %.3g (bound %.3g), harmonic %.3g (bound %.3g), "
         "mean distance %.3g (bound %.3g); top-100 betweenness overlap %zu; diameter %g (exact %g)\n",
         n, s->sample_sources, eb, s->epsilon, eh, s->harmonic_error, ed, s->distance_error, overlap,
         s->diameter, kabar_metrics_summary(exact)->diameter);
  CHECK(eb <= s->epsilon);
  CHECK(eh <= s->harmonic_error);
  CHECK(ed <= s->distance_error);
  CHECK(s->diameter <= kabar_metrics_summary(exact)->diameter);

  /* The same numbers whatever the thread count, run to run. */
  kabar_metrics *one = run(kb, 0.1, 1, 1), *three = run(kb, 0.1, 1, 3), *again = run(kb, 0.1, 1, 0);
  CHECK(same(sampled, one, n));
  CHECK(same(sampled, three, n));
  CHECK(same(sampled, again, n));
  kabar_metrics *exact1 = run(kb, 0, SIZE_MAX, 1);
  CHECK(same(exact, exact1, n));

  /* metrics.json states the method, the bound, delta, the sources and the seed. */
  mkdir("graph-sampling-out", 0777);
  CHECK(kabar_graph_write(kb, sampled, "graph-sampling-out", NULL) == KABAR_OK);
  FILE *f = fopen("graph-sampling-out/metrics.json", "rb");
  char *text = calloc(1 << 20, 1);
  CHECK(f && text && fread(text, 1, (1 << 20) - 1, f) > 0);
  if (f)
    fclose(f);
  char want[160];
  snprintf(want, sizeof want, "\"betweenness\": {\"method\": \"sampled\", \"sources\": %zu, \"seed\": 42, "
           "\"delta\": 0.1, \"errorBound\": 0.", s->sample_sources);
  CHECK(text && strstr(text, want));
  CHECK(text && strstr(text, "\"harmonic\": {\"method\": \"sampled\""));
  CHECK(text && strstr(text, "\"meanDistanceErrorBound\": "));
  free(text);

  kabar_metrics_free(exact);
  kabar_metrics_free(exact1);
  kabar_metrics_free(sampled);
  kabar_metrics_free(one);
  kabar_metrics_free(three);
  kabar_metrics_free(again);
  kabar_kb_free(kb);
}

/* The traversal work, sources x (n + adjacency), with the default target,
 * confidence and budget, as a graph grows (adjacency 4.5 n as in the
 * generated graphs): it never drops by more than the rounding of the
 * budget's share, in particular not around the old 5,000-vertex limit. */
static void test_no_cliff(void) {
  double prev = 0;
  size_t worst_n = 0;
  double worst = 1;
  for (size_t n = 10; n <= 4000000; n = n < 20000 ? n + 10 : n + n / 100) {
    size_t adj = n * 9 / 2;
    double work = (double)kabar_paths_plan(n, adj, KABAR_GRAPH_EPSILON, KABAR_GRAPH_DELTA,
                                           KABAR_GRAPH_WORK_BUDGET) * (double)(n + adj);
    if (prev > 0 && work / prev < worst) {
      worst = work / prev;
      worst_n = n;
    }
    prev = work;
  }
  printf("no cliff: smallest work ratio between neighbouring sizes %.4f (at n=%zu)\n", worst, worst_n);
  CHECK(worst >= 0.99);
  size_t below = kabar_paths_plan(4900, 4900 * 9 / 2, KABAR_GRAPH_EPSILON, KABAR_GRAPH_DELTA,
                                  KABAR_GRAPH_WORK_BUDGET);
  size_t above = kabar_paths_plan(5100, 5100 * 9 / 2, KABAR_GRAPH_EPSILON, KABAR_GRAPH_DELTA,
                                  KABAR_GRAPH_WORK_BUDGET);
  printf("sources at 4,900 vertices %zu, at 5,100 %zu\n", below, above);
  CHECK(above * 5100 >= below * 4900 * 99 / 100);
  /* Exact when the sample would reach n. */
  CHECK_INT(kabar_paths_plan(300, 1350, 0.1, 0.1, 1), 300);
  CHECK_INT(kabar_paths_sources_for(1000000, 0.1, 0.1),
            (size_t)ceil(log(2e6 / 0.1) / (2 * pow(0.1 * 999999 / 1e6, 2))));
}

/* The work cap: with the default epsilon a graph gets no more sources than
 * the cap affords (at least KABAR_GRAPH_MIN_SOURCES) and states the looser
 * bound they give, which holds; an epsilon asked for ignores the cap. */
static void test_work_cap(void) {
  const size_t n = 3000;
  kabar_kb *kb = generate(n);
  kabar_metrics *exact = run(kb, 0, SIZE_MAX, 0);
  kabar_graph_sampling capped = {0, 0.1, 1, 0, 2}, asked = {0.1, 0.1, 1, 0, 2};
  kabar_metrics *mc = NULL, *ma = NULL;
  CHECK(kabar_metrics_compute_with(kb, NULL, &capped, &mc, NULL) == KABAR_OK);
  CHECK(kabar_metrics_compute_with(kb, NULL, &asked, &ma, NULL) == KABAR_OK);
  if (!mc || !ma)
    exit(2);
  const kabar_graph_summary *sc = kabar_metrics_summary(mc), *sa = kabar_metrics_summary(ma);
  CHECK_INT(sc->sample_sources, KABAR_GRAPH_MIN_SOURCES);
  CHECK_INT(sa->sample_sources, kabar_paths_sources_for(n, 0.1, 0.1));
  CHECK(sc->epsilon > 0.1 && sc->epsilon > sa->epsilon);
  double worst = 0;
  for (size_t i = 0; i < n; i++) {
    double e = fabs(kabar_metrics_get(mc, KABAR_M_BETWEENNESS, i) -
                    kabar_metrics_get(exact, KABAR_M_BETWEENNESS, i));
    if (e > worst)
      worst = e;
  }
  printf("work cap: %zu sources, stated bound %.3g, largest betweenness error %.3g\n",
         sc->sample_sources, sc->epsilon, worst);
  CHECK(worst <= sc->epsilon);
  kabar_metrics_free(exact);
  kabar_metrics_free(mc);
  kabar_metrics_free(ma);
  kabar_kb_free(kb);
}

int main(void) {
  test_no_cliff();
  test_bound();
  test_work_cap();
  return check_done();
}
