/* SPDX-License-Identifier: MIT */
/* The knowledge base as a network and its metrics, computed with igraph.
 * See include/kabar/graph.h for the definitions. */
#include "kabar/graph.h"

#include "common/try.h"
#include "graph/graph_internal.h"

#include <igraph.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct kabar_metrics {
  size_t n;                        /* vertices */
  size_t n_facts;
  double *values[KABAR_M__COUNT];  /* n values each */
  const char *method[KABAR_M__COUNT];
  size_t *edge_weight;             /* per fact; 0 when not an edge */
  kabar_graph_summary summary;
};

static const struct {
  const char *name;
  const char *description;
  int integer;
} metric_info[KABAR_M__COUNT] = {
  {"inDegree", "Number of arcs pointing to the entity (counted facts with it as object; a symmetric fact counts both ways).", 1},
  {"outDegree", "Number of arcs leaving the entity (counted facts with it as subject; a symmetric fact counts both ways).", 1},
  {"degree", "inDegree + outDegree.", 1},
  {"inStrength", "Sum of the weights (counted mentions) of the arcs pointing to the entity.", 0},
  {"outStrength", "Sum of the weights (counted mentions) of the arcs leaving the entity.", 0},
  {"strength", "inStrength + outStrength.", 0},
  {"betweenness", "Share of shortest paths between other pairs that pass through the entity, on the undirected graph with distance 1/weight, normalized by (n-1)(n-2)/2.", 0},
  {"closeness", "1 / mean distance to the entities it reaches, on the undirected graph with distance 1/weight; undefined for an isolated entity.", 0},
  {"harmonic", "Mean of 1/distance to every other entity (0 when unreachable), on the undirected graph with distance 1/weight.", 0},
  {"eigenvector", "Eigenvector centrality of the weighted undirected graph, scaled so that the maximum is 1.", 0},
  {"pagerank", "PageRank (damping 0.85) of the weighted directed graph; sums to 1 over all entities.", 0},
  {"hub", "Kleinberg hub score of the weighted directed graph, scaled so that the maximum is 1.", 0},
  {"authority", "Kleinberg authority score of the weighted directed graph, scaled so that the maximum is 1.", 0},
  {"coreness", "k-core number of the entity in the undirected simple graph.", 1},
  {"community", "Leiden community (modularity objective, weighted undirected graph, seed 42); 0 is the largest.", 1},
};

const char *kabar_metric_name(kabar_metric m) {
  return (unsigned)m < KABAR_M__COUNT ? metric_info[m].name : NULL;
}

const char *kabar_metric_description(kabar_metric m) {
  return (unsigned)m < KABAR_M__COUNT ? metric_info[m].description : "unknown metric";
}

int kabar_metric_is_integer(kabar_metric m) {
  return (unsigned)m < KABAR_M__COUNT ? metric_info[m].integer : 0;
}

int kabar_metric_parse(const char *name, kabar_metric *out) {
  for (int i = 0; name && i < KABAR_M__COUNT; i++)
    if (!strcmp(name, metric_info[i].name)) {
      *out = (kabar_metric)i;
      return 0;
    }
  return -1;
}

int kabar_graph_parse_statuses(const char *list, unsigned *out) {
  unsigned mask = 1u << KABAR_FS_ASSERTED;
  const char *p = list ? list : "";
  while (*p) {
    const char *q = p;
    while (*q && *q != ',')
      q++;
    size_t len = (size_t)(q - p);
    char word[32];
    while (len && (*p == ' ')) /* tolerate "asserted, alleged" */
      p++, len--;
    while (len && p[len - 1] == ' ')
      len--;
    if (len >= sizeof word)
      return -1;
    memcpy(word, p, len);
    word[len] = '\0';
    kabar_fact_status s;
    if (!strcmp(word, "all"))
      mask |= (1u << KABAR_FS__COUNT) - 1;
    else if (len && kabar_fact_status_parse(word, &s) == 0)
      mask |= 1u << s;
    else if (len)
      return -1;
    p = *q ? q + 1 : q;
  }
  *out = mask;
  return 0;
}

const char *kabar_graph_format_statuses(unsigned statuses, char *buf, size_t n) {
  size_t used = 0;
  if (n)
    buf[0] = '\0';
  if (!statuses)
    statuses = 1u << KABAR_FS_ASSERTED;
  for (int s = 0; s < KABAR_FS__COUNT; s++) {
    if (!(statuses & (1u << s)))
      continue;
    const char *name = kabar_fact_status_name((kabar_fact_status)s);
    int w = snprintf(buf + used, n > used ? n - used : 0, "%s%s", used ? "," : "", name);
    if (w > 0)
      used += (size_t)w;
    if (used >= n)
      break;
  }
  return buf;
}

/* ---- igraph handlers: nothing may abort or print on our behalf ---- */

static char ig_reason[512];

static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t e) {
  (void)file;
  (void)line;
  snprintf(ig_reason, sizeof ig_reason, "%s (%s)", reason ? reason : "", igraph_strerror(e));
  IGRAPH_FINALLY_FREE();
}

static void on_igraph_warning(const char *reason, const char *file, int line) {
  (void)file;
  (void)line;
  kabar_warn("igraph: %s", reason ? reason : "");
}

void kabar_graph_handlers_push(kabar_graph_handlers *saved) {
  ig_reason[0] = '\0';
  saved->error = igraph_set_error_handler(on_igraph_error);
  saved->warning = igraph_set_warning_handler(on_igraph_warning);
}

void kabar_graph_handlers_pop(const kabar_graph_handlers *saved) {
  igraph_set_error_handler(saved->error);
  igraph_set_warning_handler(saved->warning);
}

/* Jump to done with a message naming the igraph call. */
#define IG(call)                                                                                   \
  do {                                                                                             \
    igraph_error_t rc_ = (call);                                                                   \
    if (rc_ != IGRAPH_SUCCESS) {                                                                   \
      st = kabar_error_set(err, rc_ == IGRAPH_ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_DEPENDENCY,     \
                           "graph metrics: %s: %s", #call, ig_reason);                             \
      goto done;                                                                                   \
    }                                                                                              \
  } while (0)

/* ---- the graph ---- */

typedef struct arc {
  igraph_integer_t from, to;
  double w;
} arc;

static int cmp_arc(const void *a, const void *b) {
  const arc *x = a, *y = b;
  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  if (x->to != y->to)
    return x->to < y->to ? -1 : 1;
  return 0;
}

/* Sorts arcs and merges parallel ones (weights summed); returns the new count. */
static size_t merge_arcs(arc *a, size_t n) {
  if (!n)
    return 0;
  qsort(a, n, sizeof *a, cmp_arc);
  size_t k = 0;
  for (size_t i = 1; i < n; i++) {
    if (a[i].from == a[k].from && a[i].to == a[k].to)
      a[k].w += a[i].w;
    else
      a[++k] = a[i];
  }
  return k + 1;
}

/* An igraph graph from merged arcs, with weights (and distances 1/w). */
static igraph_error_t make_graph(igraph_t *g, igraph_vector_t *w, igraph_vector_t *dist,
                                 const arc *a, size_t n_arcs, size_t n, int directed) {
  igraph_vector_int_t el;
  IGRAPH_CHECK(igraph_vector_int_init(&el, (igraph_integer_t)(2 * n_arcs)));
  IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
  IGRAPH_CHECK(igraph_vector_resize(w, (igraph_integer_t)n_arcs));
  IGRAPH_CHECK(igraph_vector_resize(dist, (igraph_integer_t)n_arcs));
  for (size_t i = 0; i < n_arcs; i++) {
    VECTOR(el)[2 * i] = a[i].from;
    VECTOR(el)[2 * i + 1] = a[i].to;
    VECTOR(*w)[i] = a[i].w;
    VECTOR(*dist)[i] = 1.0 / a[i].w;
  }
  IGRAPH_CHECK(igraph_create(g, &el, (igraph_integer_t)n, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED));
  igraph_vector_int_destroy(&el);
  IGRAPH_FINALLY_CLEAN(1);
  return IGRAPH_SUCCESS;
}

static void copy_out(double *dst, const igraph_vector_t *src, size_t n) {
  for (size_t i = 0; i < n; i++)
    dst[i] = VECTOR(*src)[i];
}

static void fill_nan(double *dst, size_t n) {
  for (size_t i = 0; i < n; i++)
    dst[i] = NAN;
}

typedef struct comm_order {
  igraph_integer_t id, size, first;
} comm_order;

static int cmp_comm(const void *a, const void *b) {
  const comm_order *x = a, *y = b;
  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

static double now_seconds(void) {
  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Betweenness, closeness, harmonic and the diameter from kabar_paths_run;
 * the definitions (and, when exact, the order of the sums) are igraph's. */
static kabar_status path_metrics(kabar_metrics *m, const arc *uarcs, size_t nu, size_t n,
                                 const kabar_graph_sampling *opt, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_csr g = {n, NULL, NULL, NULL};
  kabar_paths_result r;
  int have_r = 0;
  char *is_src = NULL;
  double wmax = 0;
  if (n >= UINT32_MAX) {
    st = kabar_error_set(err, KABAR_ERR_USAGE, "graph metrics: more than %u entities", UINT32_MAX - 1);
    goto done;
  }
  TRY_ALLOC(g.off = kabar_graph_big_alloc((n + 1) * sizeof *g.off));
  memset(g.off, 0, (n + 1) * sizeof *g.off);
  TRY_ALLOC(g.adj = kabar_graph_big_alloc((2 * nu + 1) * sizeof *g.adj));
  TRY_ALLOC(g.len = kabar_graph_big_alloc((2 * nu + 1) * sizeof *g.len));
  for (size_t i = 0; i < nu; i++) {
    g.off[uarcs[i].from + 1]++;
    g.off[uarcs[i].to + 1]++;
    if (uarcs[i].w > wmax)
      wmax = uarcs[i].w;
  }
  for (size_t i = 0; i < n; i++)
    g.off[i + 1] += g.off[i];
  for (size_t i = 0; i < nu; i++) { /* off[] advances as it fills, then is shifted back */
    size_t a = (size_t)uarcs[i].from, b = (size_t)uarcs[i].to;
    g.adj[g.off[a]] = (uint32_t)b;
    g.len[g.off[a]++] = 1.0 / uarcs[i].w;
    g.adj[g.off[b]] = (uint32_t)a;
    g.len[g.off[b]++] = 1.0 / uarcs[i].w;
  }
  for (size_t i = n; i > 0; i--)
    g.off[i] = g.off[i - 1];
  g.off[0] = 0;

  double eps = opt && opt->epsilon > 0 ? opt->epsilon : KABAR_GRAPH_EPSILON;
  double delta = opt && opt->delta > 0 && opt->delta < 1 ? opt->delta : KABAR_GRAPH_DELTA;
  size_t budget = opt && opt->work_budget ? opt->work_budget : KABAR_GRAPH_WORK_BUDGET;
  size_t k = kabar_paths_plan(n, 2 * nu, eps, delta, budget);
  size_t cap = opt && opt->work_cap ? opt->work_cap : KABAR_GRAPH_WORK_CAP;
  if (!(opt && opt->epsilon > 0) && cap > 1) {
    size_t most = cap / (n + 2 * nu);
    if (most < KABAR_GRAPH_MIN_SOURCES)
      most = KABAR_GRAPH_MIN_SOURCES;
    if (k > most)
      k = most;
  }
  size_t threads = opt && opt->threads ? opt->threads : 0;
  if (!threads) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    threads = cores > 0 ? (size_t)cores : 1;
  }
  TRY(kabar_paths_run(&g, k, KABAR_GRAPH_SEED, threads, &r));
  have_r = 1;

  double *bc = m->values[KABAR_M_BETWEENNESS], *cl = m->values[KABAR_M_CLOSENESS];
  double *hc = m->values[KABAR_M_HARMONIC];
  m->summary.diameter = r.max_hops;
  if (r.exact) {
    for (size_t v = 0; v < n; v++) {
      bc[v] = r.bc[v] / 2; /* each unordered pair was counted from both ends */
      cl[v] = r.ccount[v] ? (double)r.ccount[v] / r.csum[v] : NAN;
      hc[v] = n > 1 ? r.hsum[v] * (1.0 / (double)(n - 1)) : r.hsum[v]; /* igraph: 0 alone */
    }
  } else {
    /* Sampled: dependencies scaled up to all sources (Brandes-Pich); the
     * mean distance and mean 1/distance over the sampled other vertices
     * (Eppstein-Wang). */
    TRY_ALLOC(is_src = calloc(n, 1));
    for (size_t j = 0; j < k; j++)
      is_src[r.sample[j]] = 1;
    for (size_t v = 0; v < n; v++) {
      double others = (double)k - (is_src ? 1 : 0);
      bc[v] = r.bc[v] * (double)n / (double)k / 2;
      cl[v] = r.ccount[v] ? (double)r.ccount[v] / r.csum[v] : NAN;
      hc[v] = others > 0 ? r.hsum[v] / others : NAN;
    }
    for (int x = KABAR_M_BETWEENNESS; x <= KABAR_M_HARMONIC; x++)
      m->method[x] = "sampled";
    m->summary.sample_sources = k;
    m->summary.epsilon = kabar_paths_error_for(n, k, delta);
    m->summary.delta = delta;
    double t = sqrt(log(2.0 * (double)n / delta) / (2.0 * (double)(k > 1 ? k - 1 : 1)));
    m->summary.harmonic_error = wmax * t;
    m->summary.distance_error = 2 * r.max_weighted_ecc * t;
  }
  m->summary.seed = KABAR_GRAPH_SEED;
  if (n > 2) {
    double scale = 2.0 / ((double)(n - 1) * (double)(n - 2));
    for (size_t i = 0; i < n; i++)
      bc[i] *= scale;
  }
done:
  if (have_r)
    kabar_paths_result_free(&r);
  free(g.off);
  free(g.adj);
  free(g.len);
  free(is_src);
  return st;
}

static kabar_status metrics_compute(const kabar_kb *kb, const kabar_graph_options *opt,
                                    const kabar_graph_sampling *sampling, kabar_metrics **out,
                                    kabar_error *err);

kabar_status kabar_metrics_compute(const kabar_kb *kb, const kabar_graph_options *opt,
                                   kabar_metrics **out, kabar_error *err) {
  return kabar_metrics_compute_with(kb, opt, NULL, out, err);
}

/* igraph's OpenMP threads pinned to one while it runs: PRPACK's PageRank
 * sums in parallel, and the order of a sum changes its last digits, which
 * would then vary from run to run with the cores. */
kabar_status kabar_metrics_compute_with(const kabar_kb *kb, const kabar_graph_options *opt,
                                        const kabar_graph_sampling *sampling, kabar_metrics **out,
                                        kabar_error *err) {
#ifdef _OPENMP
  int threads = omp_get_max_threads();
  omp_set_num_threads(1);
#endif
  kabar_status st = metrics_compute(kb, opt, sampling, out, err);
#ifdef _OPENMP
  omp_set_num_threads(threads);
#endif
  return st;
}

static kabar_status metrics_compute(const kabar_kb *kb, const kabar_graph_options *opt,
                                    const kabar_graph_sampling *sampling, kabar_metrics **out,
                                    kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_graph_handlers saved;
  kabar_metrics *m = NULL;
  arc *darcs = NULL, *uarcs = NULL;
  comm_order *order = NULL;
  igraph_integer_t *remap = NULL;
  int have_d = 0, have_u = 0, have_vecs = 0;
  igraph_t D, U;
  igraph_vector_t dw, ddist, uw, udist, res, res2, ustrength;
  igraph_vector_int_t ivec, memb, csize;
  double t0 = now_seconds();

  *out = NULL;
  kabar_graph_handlers_push(&saved);
  if (!kb) {
    st = kabar_error_set(err, KABAR_ERR_USAGE, "graph metrics: no knowledge base");
    goto done;
  }
  unsigned mask = opt && opt->statuses ? opt->statuses : 0;
  mask = (mask | (1u << KABAR_FS_ASSERTED)) & ((1u << KABAR_FS__COUNT) - 1);

  const size_t n = kabar_kb_n_entities(kb), nf = kabar_kb_n_facts(kb);
  TRY_ALLOC(m = calloc(1, sizeof *m));
  m->n = n;
  m->n_facts = nf;
  m->summary.statuses = mask;
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    TRY_ALLOC(m->values[k] = calloc(n ? n : 1, sizeof(double)));
    m->method[k] = "exact";
  }
  TRY_ALLOC(m->edge_weight = calloc(nf ? nf : 1, sizeof(size_t)));
  TRY_ALLOC(darcs = malloc((2 * nf + 1) * sizeof *darcs));
  TRY_ALLOC(uarcs = malloc((nf + 1) * sizeof *uarcs));

  /* Edges, arcs and the degree metrics, straight from the facts. */
  size_t nd = 0, nu = 0;
  double *v_in = m->values[KABAR_M_IN_DEGREE], *v_out = m->values[KABAR_M_OUT_DEGREE];
  double *s_in = m->values[KABAR_M_IN_STRENGTH], *s_out = m->values[KABAR_M_OUT_STRENGTH];
  for (size_t f = 0; f < nf; f++) {
    const kabar_fact *fa = kabar_kb_get_fact(kb, f);
    size_t w = 0;
    for (int s = 0; s < KABAR_FS__COUNT; s++)
      if (mask & (1u << s))
        w += fa->by_status[s];
    if (!w || fa->subject == fa->object || fa->subject >= n || fa->object >= n)
      continue;
    m->edge_weight[f] = w;
    m->summary.edges++;
    int sym = kabar_relation_is_symmetric(fa->relation);
    m->summary.symmetric_edges += sym != 0;
    for (int dir = 0; dir < (sym ? 2 : 1); dir++) {
      size_t a = dir ? fa->object : fa->subject, b = dir ? fa->subject : fa->object;
      darcs[nd++] = (arc){(igraph_integer_t)a, (igraph_integer_t)b, (double)w};
      v_out[a] += 1;
      v_in[b] += 1;
      s_out[a] += (double)w;
      s_in[b] += (double)w;
    }
    size_t lo = fa->subject < fa->object ? fa->subject : fa->object;
    size_t hi = fa->subject < fa->object ? fa->object : fa->subject;
    uarcs[nu++] = (arc){(igraph_integer_t)lo, (igraph_integer_t)hi, (double)w};
  }
  m->summary.vertices = n;
  m->summary.arcs = nd;
  for (size_t i = 0; i < n; i++) {
    m->values[KABAR_M_DEGREE][i] = v_in[i] + v_out[i];
    m->values[KABAR_M_STRENGTH][i] = s_in[i] + s_out[i];
  }
  nd = merge_arcs(darcs, nd);
  nu = merge_arcs(uarcs, nu);
  m->summary.density = n > 1 ? (double)nd / ((double)n * (double)(n - 1)) : NAN;
  m->summary.diameter = NAN;
  m->summary.transitivity = NAN;
  m->summary.reciprocity = NAN;
  m->summary.modularity = NAN;
  if (n == 0)
    goto done;

  IG(igraph_vector_init(&dw, 0));
  IG(igraph_vector_init(&ddist, 0));
  IG(igraph_vector_init(&uw, 0));
  IG(igraph_vector_init(&udist, 0));
  IG(igraph_vector_init(&res, 0));
  IG(igraph_vector_init(&res2, 0));
  IG(igraph_vector_init(&ustrength, 0));
  IG(igraph_vector_int_init(&ivec, 0));
  IG(igraph_vector_int_init(&memb, 0));
  IG(igraph_vector_int_init(&csize, 0));
  have_vecs = 1;
  IG(make_graph(&D, &dw, &ddist, darcs, nd, n, 1));
  have_d = 1;
  IG(make_graph(&U, &uw, &udist, uarcs, nu, n, 0));
  have_u = 1;
  igraph_rng_seed(igraph_rng_default(), 42); /* Leiden */

  /* Path metrics on the undirected graph, distance = 1/weight: one
   * traversal per source (all, or a sample sized by the target error). */
  const igraph_integer_t in = (igraph_integer_t)n;
  TRY(path_metrics(m, uarcs, nu, n, sampling, err));
  /* Spectral metrics: ARPACK may fail to converge; that costs the metric,
   * not the export. */
  igraph_real_t value;
  igraph_error_t spectral = igraph_eigenvector_centrality(&U, &res, &value, 0, 1, &uw, NULL);
  if (spectral == IGRAPH_ENOMEM) { /* out of memory is no convergence failure */
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "graph metrics: eigenvector centrality: out of memory");
    goto done;
  }
  if (spectral == IGRAPH_SUCCESS) {
    copy_out(m->values[KABAR_M_EIGENVECTOR], &res, n);
  } else {
    kabar_warn("graph metrics: eigenvector centrality failed: %s", ig_reason);
    fill_nan(m->values[KABAR_M_EIGENVECTOR], n);
  }
  IG(igraph_pagerank(&D, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 1, 0.85,
                     &dw, NULL));
  copy_out(m->values[KABAR_M_PAGERANK], &res, n);
  spectral = igraph_hub_and_authority_scores(&D, &res, &res2, &value, 1, &dw, NULL);
  if (spectral == IGRAPH_ENOMEM) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "graph metrics: hub and authority scores: out of memory");
    goto done;
  }
  if (spectral == IGRAPH_SUCCESS) {
    copy_out(m->values[KABAR_M_HUB], &res, n);
    copy_out(m->values[KABAR_M_AUTHORITY], &res2, n);
  } else {
    kabar_warn("graph metrics: hub and authority scores failed: %s", ig_reason);
    fill_nan(m->values[KABAR_M_HUB], n);
    fill_nan(m->values[KABAR_M_AUTHORITY], n);
  }

  IG(igraph_coreness(&U, &ivec, IGRAPH_ALL));
  for (size_t i = 0; i < n; i++)
    m->values[KABAR_M_CORENESS][i] = (double)VECTOR(ivec)[i];

  /* Leiden with the modularity objective: node weights = strengths,
   * resolution = 1/(2m). */
  igraph_integer_t nc = in;
  IG(igraph_vector_int_resize(&memb, in));
  for (igraph_integer_t i = 0; i < in; i++)
    VECTOR(memb)[i] = i;
  if (nu > 0) {
    double total = 0;
    IG(igraph_strength(&U, &ustrength, igraph_vss_all(), IGRAPH_ALL, 1, &uw));
    for (size_t i = 0; i < nu; i++)
      total += uarcs[i].w;
    igraph_real_t quality;
    IG(igraph_community_leiden(&U, &uw, &ustrength, 1.0 / (2.0 * total), 0.01, 0, -1, &memb,
                               &nc, &quality));
  }
  /* Renumber: largest community first, ties by smallest member. */
  TRY_ALLOC(order = calloc((size_t)nc, sizeof *order));
  TRY_ALLOC(remap = malloc((size_t)nc * sizeof *remap));
  for (igraph_integer_t c = 0; c < nc; c++)
    order[c] = (comm_order){c, 0, in};
  for (igraph_integer_t i = 0; i < in; i++) {
    comm_order *o = &order[VECTOR(memb)[i]];
    o->size++;
    if (i < o->first)
      o->first = i;
  }
  qsort(order, (size_t)nc, sizeof *order, cmp_comm);
  for (igraph_integer_t c = 0; c < nc; c++)
    remap[order[c].id] = c;
  for (igraph_integer_t i = 0; i < in; i++) {
    VECTOR(memb)[i] = remap[VECTOR(memb)[i]];
    m->values[KABAR_M_COMMUNITY][i] = (double)VECTOR(memb)[i];
  }
  m->summary.communities = (size_t)nc;
  if (nu > 0)
    IG(igraph_modularity(&U, &memb, &uw, 1.0, 0, &m->summary.modularity));

  /* Summary. */
  igraph_integer_t ncomp = 0;
  IG(igraph_connected_components(&U, NULL, &csize, &ncomp, IGRAPH_WEAK));
  m->summary.components = (size_t)ncomp;
  for (igraph_integer_t c = 0; c < ncomp; c++)
    if ((size_t)VECTOR(csize)[c] > m->summary.largest_component)
      m->summary.largest_component = (size_t)VECTOR(csize)[c];
  for (size_t i = 0; i < n; i++)
    m->summary.isolated += m->values[KABAR_M_DEGREE][i] == 0;
  /* The diameter came with the path metrics; a bound needs connectedness. */
  if (m->summary.sample_sources && ncomp != 1)
    m->summary.distance_error = NAN;
  IG(igraph_transitivity_undirected(&U, &m->summary.transitivity, IGRAPH_TRANSITIVITY_NAN));
  if (nd > 0)
    IG(igraph_reciprocity(&D, &m->summary.reciprocity, 1, IGRAPH_RECIPROCITY_DEFAULT));

done:
  if (have_d)
    igraph_destroy(&D);
  if (have_u)
    igraph_destroy(&U);
  if (have_vecs) {
    igraph_vector_destroy(&dw);
    igraph_vector_destroy(&ddist);
    igraph_vector_destroy(&uw);
    igraph_vector_destroy(&udist);
    igraph_vector_destroy(&res);
    igraph_vector_destroy(&res2);
    igraph_vector_destroy(&ustrength);
    igraph_vector_int_destroy(&ivec);
    igraph_vector_int_destroy(&memb);
    igraph_vector_int_destroy(&csize);
  }
  free(darcs);
  free(uarcs);
  free(order);
  free(remap);
  kabar_graph_handlers_pop(&saved);
  if (st == KABAR_ERR_NOMEM && err && !err->message[0])
    kabar_error_set(err, st, "graph metrics: out of memory");
  if (st != KABAR_OK) {
    kabar_metrics_free(m);
    return st;
  }
  m->summary.seconds = now_seconds() - t0;
  *out = m;
  return KABAR_OK;
}

void kabar_metrics_free(kabar_metrics *m) {
  if (!m)
    return;
  for (int k = 0; k < KABAR_M__COUNT; k++)
    free(m->values[k]);
  free(m->edge_weight);
  free(m);
}

double kabar_metrics_get(const kabar_metrics *m, kabar_metric which, size_t i) {
  if (!m || (unsigned)which >= KABAR_M__COUNT || i >= m->n)
    return NAN;
  return m->values[which][i];
}

const char *kabar_metrics_method(const kabar_metrics *m, kabar_metric which) {
  if (!m || (unsigned)which >= KABAR_M__COUNT)
    return "exact";
  return m->method[which];
}

const kabar_graph_summary *kabar_metrics_summary(const kabar_metrics *m) { return &m->summary; }

size_t kabar_metrics_n_vertices(const kabar_metrics *m) { return m ? m->n : 0; }

size_t kabar_metrics_edge_weight(const kabar_metrics *m, size_t f) {
  return m && f < m->n_facts ? m->edge_weight[f] : 0;
}
