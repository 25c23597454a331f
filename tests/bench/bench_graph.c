/* SPDX-License-Identifier: MIT */
/* Times kabar_metrics_compute on generated graphs (a preferential-attachment
 * kb: each new entity gets 3 facts to earlier ones, chosen by degree), at
 * sizes given on the command line (default 1000 10000). Prints figures; it
 * asserts nothing about time.
 * usage: bench_graph [N...]   (add --limit L to change the exact limit) */
#include <kabar/graph.h>
#include <kabar/kb.h>

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

static int run(size_t n, size_t limit) {
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
  kabar_graph_options opt = {0, limit};
  kabar_metrics *m = NULL;
  kabar_error err;
  if (kabar_metrics_compute(kb, &opt, &m, &err) != KABAR_OK) {
    fprintf(stderr, "bench: %s\n", err.message);
    return 1;
  }
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  printf("n=%zu facts=%zu edges=%zu: kb %.2f s, metrics %.2f s (%s betweenness/closeness%s), "
         "communities %zu, modularity %.3f\n",
         n, kabar_kb_n_facts(kb), s->edges, t1 - t0, s->seconds,
         kabar_metrics_method(m, KABAR_M_BETWEENNESS),
         s->sample_sources ? ", sampled sources" : "", s->communities, s->modularity);
  fflush(stdout);
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  free(ends);
  return 0;
}

int main(int argc, char **argv) {
  size_t limit = 0;
  int ran = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--limit") && i + 1 < argc) {
      limit = (size_t)strtoull(argv[++i], NULL, 10);
      continue;
    }
    if (run((size_t)strtoull(argv[i], NULL, 10), limit))
      return 1;
    ran = 1;
  }
  if (!ran && (run(1000, limit) || run(10000, limit)))
    return 1;
  return 0;
}
