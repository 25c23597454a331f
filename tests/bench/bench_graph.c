/* SPDX-License-Identifier: MIT */
/* Times kabar_metrics_compute on generated graphs (a preferential-attachment
 * kb: each new entity gets 3 facts to earlier ones, chosen by degree), at
 * sizes given on the command line (default 1000 10000). Prints figures; it
 * asserts nothing about time.
 * usage: bench_graph [--epsilon E] [--budget W] [--threads T] [--compare] [N...]
 * (options apply to the sizes after them; defaults: the library's;
 * --compare also computes exact values and prints, for betweenness,
 * harmonic and closeness, the largest error beside the stated bound and the
 * overlap of the top 100) */
#include <kabar/graph.h>
#include <kabar/kb.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static unsigned long long rng = 42;
static size_t rnd(size_t n) {
  rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (size_t)((rng >> 33) % n);
}

/* A metric's value as compared: closeness through its inverse, the mean
 * distance, which is what the bound is stated for. */
static double value(const kabar_metrics *m, kabar_metric metric, size_t i) {
  double v = kabar_metrics_get(m, metric, i);
  return metric == KABAR_M_CLOSENESS ? (v > 0 ? 1 / v : NAN) : v;
}

/* The first `k` vertices by the metric (largest first, ties by index), by
 * selection: n is small here. */
static void top_k(const kabar_metrics *m, kabar_metric metric, size_t n, size_t *top, size_t k) {
  for (size_t t = 0; t < k; t++) {
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
      int taken = 0;
      for (size_t u = 0; u < t && !taken; u++)
        taken = top[u] == i;
      if (!taken && (best == SIZE_MAX ||
                     kabar_metrics_get(m, metric, i) > kabar_metrics_get(m, metric, best)))
        best = i;
    }
    top[t] = best;
  }
}

/* One metric, sampled against exact: the largest error beside the stated
 * bound, and how many of the exact top 100 the sampled top 100 holds. */
static int compare_metric(const char *name, kabar_metric metric, const kabar_metrics *exact,
                          const kabar_metrics *sampled, size_t n, int was_exact, double bound) {
  size_t k = n < 100 ? n : 100, shared = 0;
  size_t *top_e = calloc(k ? k : 1, sizeof *top_e), *top_s = calloc(k ? k : 1, sizeof *top_s);
  if (!top_e || !top_s) {
    free(top_e);
    free(top_s);
    fprintf(stderr, "bench: out of memory\n");
    return -1;
  }
  double worst = 0;
  for (size_t i = 0; i < n; i++) {
    double e = value(exact, metric, i), s = value(sampled, metric, i);
    if (!isnan(e) && !isnan(s) && fabs(e - s) > worst)
      worst = fabs(e - s);
  }
  top_k(exact, metric, n, top_e, k);
  top_k(sampled, metric, n, top_s, k);
  for (size_t a = 0; a < k; a++)
    for (size_t b = 0; b < k; b++)
      shared += top_e[a] == top_s[b];
  char stated[64];
  if (was_exact)
    snprintf(stated, sizeof stated, "exact");
  else if (bound > 0)
    snprintf(stated, sizeof stated, "stated bound %.3g", bound);
  else
    snprintf(stated, sizeof stated, "no bound stated");
  printf("  %-26s largest error %.3g (%s); top-%zu overlap %zu\n", name, worst, stated, k, shared);
  free(top_e);
  free(top_s);
  return 0;
}

/* Sampled against exact on the same graph: betweenness, harmonic and the
 * mean distance (1/closeness), each with its stated bound. */
static void compare(const kabar_kb *kb, const kabar_metrics *sampled, size_t n) {
  kabar_graph_sampling all = {0, 0, SIZE_MAX, 0, 1};
  kabar_metrics *exact = NULL;
  kabar_error err;
  double t0 = now();
  if (kabar_metrics_compute_with(kb, NULL, &all, &exact, &err) != KABAR_OK) {
    fprintf(stderr, "bench: %s\n", err.message);
    return;
  }
  const kabar_graph_summary *s = kabar_metrics_summary(sampled);
  printf("  exact: %.2f s wall (every vertex a source; sampled: %zu sources)\n", now() - t0,
         s->sample_sources ? s->sample_sources : n);
  int was_exact = s->sample_sources == 0;
  if (compare_metric("betweenness:", KABAR_M_BETWEENNESS, exact, sampled, n, was_exact,
                     s->epsilon) == 0 &&
      compare_metric("harmonic:", KABAR_M_HARMONIC, exact, sampled, n, was_exact,
                     s->harmonic_error) == 0)
    compare_metric("closeness (mean distance):", KABAR_M_CLOSENESS, exact, sampled, n, was_exact,
                   s->distance_error);
  kabar_metrics_free(exact);
}

static int run(size_t n, const kabar_graph_sampling *sampling, int with_exact) {
  kabar_kb *kb = kabar_kb_new();
  size_t *ends = malloc(6 * n * sizeof *ends), n_ends = 0;
  if (!kb || !ends || kabar_kb_begin_doc(kb, "bench", "bench.txt", NULL, NULL, 1) != KABAR_OK)
    return 1;
  double t0 = now();
  for (size_t i = 0; i < n; i++) {
    char label[32];
    snprintf(label, sizeof label, "Entity %zu", i);
    size_t e = kabar_kb_entity(kb, (kabar_entity_type)(i % KABAR_ENT__COUNT), label, NULL, label);
    if (e == KABAR_NONE)
      return 1;
    for (int k = 0; k < 3 && i > 0; k++) {
      size_t o = n_ends ? ends[rnd(n_ends)] : 0;
      if (o == e)
        continue;
      kabar_mention m = {0};
      m.subject = e;
      m.object = o;
      m.relation = (kabar_relation)rnd(KABAR_REL__COUNT);
      m.status = rnd(4) ? KABAR_FS_ASSERTED : KABAR_FS_ALLEGED;
      m.claimant = KABAR_NONE;
      m.evidence = "";
      if (kabar_kb_add_mention(kb, &m) != KABAR_OK)
        return 1;
      ends[n_ends++] = e;
      ends[n_ends++] = o;
    }
  }
  if (kabar_kb_finish(kb) != KABAR_OK)
    return 1;
  double t1 = now();
  kabar_metrics *m = NULL;
  kabar_error err;
  clock_t c0 = clock();
  if (kabar_metrics_compute_with(kb, NULL, sampling, &m, &err) != KABAR_OK) {
    fprintf(stderr, "bench: %s\n", err.message);
    return 1;
  }
  double cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  printf("n=%zu facts=%zu edges=%zu: kb %.2f s, metrics %.2f s wall, %.2f s CPU (%s paths: sources %zu, "
         "betweenness error <= %.4g, harmonic <= %.4g, delta %.3g, diameter %g), "
         "communities %zu, modularity %.3f\n",
         n, kabar_kb_n_facts(kb), s->edges, t1 - t0, s->seconds, cpu,
         kabar_metrics_method(m, KABAR_M_BETWEENNESS), s->sample_sources ? s->sample_sources : n,
         s->epsilon, s->harmonic_error, s->delta, s->diameter, s->communities, s->modularity);
  fflush(stdout);
  if (with_exact)
    compare(kb, m, n);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  free(ends);
  return 0;
}

int main(int argc, char **argv) {
  kabar_graph_sampling sampling = {0, 0, 0, 0, 0};
  int ran = 0, with_exact = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--epsilon") && i + 1 < argc) {
      sampling.epsilon = strtod(argv[++i], NULL);
      continue;
    }
    if (!strcmp(argv[i], "--budget") && i + 1 < argc) {
      sampling.work_budget = (size_t)strtoull(argv[++i], NULL, 10);
      continue;
    }
    if (!strcmp(argv[i], "--compare")) {
      with_exact = 1;
      continue;
    }
    if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
      sampling.threads = (size_t)strtoull(argv[++i], NULL, 10);
      continue;
    }
    if (run((size_t)strtoull(argv[i], NULL, 10), &sampling, with_exact))
      return 1;
    ran = 1;
  }
  if (!ran && (run(1000, &sampling, 0) || run(10000, &sampling, 0)))
    return 1;
  return 0;
}
