/* SPDX-License-Identifier: MIT */
/* Shortest-path metrics from one traversal per source: a Dijkstra (distance
 * 1/weight) feeds Brandes' betweenness accumulation, closeness and harmonic
 * sums; a BFS from the same source gives its eccentricity in hops for the
 * diameter. Exact when every vertex is a source; otherwise sources are
 * sampled, as many as the target error needs (Hoeffding), see
 * kabar_paths_plan(). */
/* madvise() and MADV_HUGEPAGE are not in POSIX */
#define _DEFAULT_SOURCE
#include "graph/graph_internal.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void *kabar_graph_big_alloc(size_t size) {
  const size_t huge = (size_t)2 << 20;
  if (size < 2 * huge)
    return malloc(size ? size : 1);
  void *p = NULL;
  if (posix_memalign(&p, huge, size) != 0)
    return NULL;
#ifdef MADV_HUGEPAGE
  (void)madvise(p, size, MADV_HUGEPAGE); /* a hint: without it, plain pages */
#endif
  return p;
}

/* Distances closer than this (relative) are one length, as in igraph. */
#define EQ_EPS 1e-10

static int dist_eq(double a, double b) {
  double scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
  return fabs(a - b) <= EQ_EPS * scale;
}

static int dist_lt(double a, double b) { return a < b && !dist_eq(a, b); }

/* Per-source scratch, one per thread: arrays of n, reset after each source
 * by walking the vertices it reached (a source costs what it reaches). */
typedef struct heap_item {
  double d;
  uint32_t v;
} heap_item;

/* What a traversal keeps per vertex, together so that visiting a vertex
 * touches one cache line rather than one per array. */
typedef struct vstate {
  double dist;   /* plus one (see dijkstra); INFINITY unreached */
  double sigma;  /* shortest paths from the source */
  double delta;  /* Brandes dependency */
  uint32_t pos;  /* heap position + 1; 0 when not in the heap */
  int32_t hops;  /* BFS hops; -1 unreached */
} vstate;

/* A bucket of the monotone queue (see bucket_dijkstra). */
typedef struct bucket {
  uint32_t *v;
  size_t len, cap;
} bucket;

typedef struct scratch {
  vstate *st;
  uint32_t *order;  /* settled vertices, in order */
  heap_item *heap;  /* binary heap by (distance, index), keys inline */
  uint32_t *queue;  /* BFS */
  bucket *bk;       /* nb buckets of `width`, circular; NULL: the heap */
  size_t nb;
  double width;
  uint32_t last;    /* the last vertex the BFS reached: a farthest one */
  size_t reached, n;
  double csum, hsum, far;
  int32_t ecc;
} scratch;

static int heap_less(heap_item a, heap_item b) {
  if (a.d != b.d)
    return a.d < b.d;
  return a.v < b.v; /* ties by index: a fixed order whatever the platform */
}

static void heap_up(scratch *w, size_t i) {
  heap_item x = w->heap[i];
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!heap_less(x, w->heap[p]))
      break;
    w->heap[i] = w->heap[p];
    w->st[w->heap[i].v].pos = (uint32_t)(i + 1);
    i = p;
  }
  w->heap[i] = x;
  w->st[x.v].pos = (uint32_t)(i + 1);
}

static void heap_down(scratch *w, size_t i, size_t len) {
  heap_item x = w->heap[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= len)
      break;
    if (c + 1 < len && heap_less(w->heap[c + 1], w->heap[c]))
      c++;
    if (!heap_less(w->heap[c], x))
      break;
    w->heap[i] = w->heap[c];
    w->st[w->heap[i].v].pos = (uint32_t)(i + 1);
    i = c;
  }
  w->heap[i] = x;
  w->st[x.v].pos = (uint32_t)(i + 1);
}

static void scratch_free(scratch *w) {
  free(w->st);
  free(w->order);
  free(w->heap);
  free(w->queue);
  for (size_t b = 0; w->bk && b < w->nb; b++)
    free(w->bk[b].v);
  free(w->bk);
}

static int scratch_init(scratch *w, size_t n, size_t nb, double width) {
  memset(w, 0, sizeof *w);
  w->n = n;
  size_t k = n ? n : 1;
  w->st = kabar_graph_big_alloc(k * sizeof *w->st);
  w->order = malloc(k * sizeof *w->order);
  w->heap = malloc(k * sizeof *w->heap);
  w->queue = malloc(k * sizeof *w->queue);
  if (nb) {
    w->bk = calloc(nb, sizeof *w->bk);
    w->nb = nb;
    w->width = width;
  }
  if (!w->st || !w->order || !w->heap || !w->queue || (nb && !w->bk)) {
    scratch_free(w);
    return -1;
  }
  for (size_t i = 0; i < n; i++)
    w->st[i] = (vstate){INFINITY, 0, 0, 0, -1};
  return 0;
}

/* Dijkstra from s; sets w->reached (s included). Distances are kept plus
 * one, as igraph keeps them, so that the sums round as igraph's did. */
static void dijkstra(const kabar_csr *g, scratch *w, uint32_t s) {
  size_t len = 0, settled = 0;
  vstate *st = w->st;
  st[s].dist = 1;
  st[s].sigma = 1;
  w->heap[len++] = (heap_item){1, s};
  st[s].pos = 1;
  while (len) {
    uint32_t u = w->heap[0].v;
    st[u].pos = 0;
    if (--len) {
      w->heap[0] = w->heap[len];
      heap_down(w, 0, len);
    }
    w->order[settled++] = u;
    double du = st[u].dist, su = st[u].sigma;
    for (size_t e = g->off[u]; e < g->off[u + 1]; e++) {
      vstate *v = &st[g->adj[e]];
      double alt = du + g->len[e];
      if (v->dist == INFINITY) {
        v->dist = alt;
        v->sigma = su;
        w->heap[len] = (heap_item){alt, g->adj[e]};
        heap_up(w, len++);
      } else if (v->pos && dist_lt(alt, v->dist)) {
        v->dist = alt;
        v->sigma = su;
        w->heap[v->pos - 1].d = alt;
        heap_up(w, v->pos - 1);
      } else if (v->pos && dist_eq(alt, v->dist)) {
        v->sigma += su;
      }
    }
  }
  w->reached = settled;
}

static int bucket_push(bucket *b, uint32_t v) {
  if (b->len == b->cap) {
    size_t cap = b->cap ? 2 * b->cap : 64;
    uint32_t *p = realloc(b->v, cap * sizeof *p);
    if (!p)
      return -1;
    b->v = p;
    b->cap = cap;
  }
  b->v[b->len++] = v;
  return 0;
}

/* Dijkstra with a bucket queue (Dial's, generalised): buckets of width at
 * most half the shortest edge. No vertex of a bucket can shorten another's
 * path in it (an edge leads at least two buckets on), so when the sweep
 * reaches a bucket, its vertices' distances and path counts are final and
 * they are settled in the order they came in; nothing in a bucket precedes
 * another on a shortest path, which is all Brandes' backward pass needs.
 * Each vertex is appended and read sequentially instead of moved through a
 * heap: about four times faster on large graphs. An improved vertex is
 * appended again; its old entry is skipped (settled) when its bucket comes.
 * The circular array spans the longest edge. Same distances and path counts
 * as dijkstra(); ties are settled in another order, which moves only the
 * last bits of sums. -1 when a bucket cannot grow. */
static int bucket_dijkstra(const kabar_csr *g, scratch *w, uint32_t s) {
  size_t settled = 0, pending = 1, cur = 0, nb = w->nb;
  double width = w->width;
  vstate *st = w->st;
  st[s].dist = 1;
  st[s].sigma = 1;
  st[s].pos = 1; /* queued, not settled */
  if (bucket_push(&w->bk[0], s) != 0)
    return -1;
  for (; pending; cur++) {
    bucket *b = &w->bk[cur % nb];
    /* relaxations from this bucket land in later ones: b does not grow */
    for (size_t i = 0; i < b->len; i++) {
      uint32_t u = b->v[i];
      pending--;
      if (!st[u].pos)
        continue; /* settled from an earlier entry */
      st[u].pos = 0;
      w->order[settled++] = u;
      double du = st[u].dist, su = st[u].sigma;
      for (size_t e = g->off[u]; e < g->off[u + 1]; e++) {
        vstate *v = &st[g->adj[e]];
        double alt = du + g->len[e];
        if (v->dist == INFINITY || (v->pos && dist_lt(alt, v->dist))) {
          v->dist = alt;
          v->sigma = su;
          v->pos = 1;
          size_t at = (size_t)((alt - 1.0) / width);
          if (at <= cur) /* rounding at a bucket's edge */
            at = cur + 1;
          if (bucket_push(&w->bk[at % nb], g->adj[e]) != 0)
            return -1;
          pending++;
        } else if (v->pos && dist_eq(alt, v->dist)) {
          v->sigma += su;
        }
      }
    }
    b->len = 0;
  }
  w->reached = settled;
  return 0;
}

/* Largest BFS hop count from s. */
static int32_t bfs_ecc(const kabar_csr *g, scratch *w, uint32_t s) {
  size_t head = 0, tail = 0;
  int32_t ecc = 0;
  vstate *st = w->st;
  st[s].hops = 0;
  w->queue[tail++] = s;
  while (head < tail) {
    uint32_t u = w->queue[head++];
    int32_t h = st[u].hops;
    ecc = h;
    for (size_t e = g->off[u]; e < g->off[u + 1]; e++)
      if (st[g->adj[e]].hops < 0) {
        st[g->adj[e]].hops = h + 1;
        w->queue[tail++] = g->adj[e];
      }
  }
  for (size_t i = 0; i < tail; i++)
    st[w->queue[i]].hops = -1;
  w->last = w->queue[tail - 1];
  return ecc;
}

/* Everything about source s that needs no shared state: distances, path
 * counts, Brandes dependencies (reverse settling order; a predecessor is a
 * neighbour whose distance plus the edge is this vertex's), the sums from
 * s (igraph's order: settling order) and the eccentricities. */
static int traverse(const kabar_csr *g, scratch *w, uint32_t s, int want_ecc) {
  vstate *st = w->st;
  if (w->bk) {
    if (bucket_dijkstra(g, w, s) != 0)
      return -1;
  } else {
    dijkstra(g, w, s);
  }
  double csum = 0, hsum = 0, far = 0;
  for (size_t i = 1; i < w->reached; i++) {
    double d = st[w->order[i]].dist - 1.0;
    csum += d;
    hsum += 1.0 / d;
    if (d > far)
      far = d;
  }
  w->csum = csum;
  w->hsum = hsum;
  w->far = far;
  for (size_t i = w->reached; i-- > 0;) {
    uint32_t v = w->order[i];
    double dv = st[v].dist, dep = st[v].delta + 1, sv = st[v].sigma;
    for (size_t e = g->off[v]; e < g->off[v + 1]; e++) {
      vstate *u = &st[g->adj[e]];
      if (u->dist < dv && dist_eq(u->dist + g->len[e], dv))
        u->delta += dep * u->sigma / sv;
    }
  }
  w->ecc = want_ecc ? bfs_ecc(g, w, s) : 0;
  return 0;
}

/* Adds what source s found of vertex v into the totals, and resets v. */
static void merge_vertex(vstate *x, size_t v, uint32_t s, kabar_paths_result *r) {
  if (v != s) {
    r->bc[v] += x->delta;
    if (!r->exact) {
      double d = x->dist - 1.0;
      r->csum[v] += d;
      r->hsum[v] += 1.0 / d;
      r->ccount[v]++;
    }
  }
  x->dist = INFINITY;
  x->sigma = 0;
  x->delta = 0;
}

/* Adds source s into the totals (called in source order, whatever the
 * thread, so the sums are the same for any thread count), then resets. */
static void merge(scratch *w, uint32_t s, kabar_paths_result *r) {
  if (r->exact) {
    r->csum[s] = w->csum;
    r->hsum[s] = w->hsum;
    r->ccount[s] = w->reached - 1;
  }
  /* Each total gets its sources in source order either way, so the sums
   * are the same bits. When the source reached much of the graph, the
   * vertices are walked in index order: the arrays are read as streams
   * rather than at random (on a million vertices, a third of the time). */
  if (w->reached > w->n / 8) {
    for (size_t v = 0; v < w->n; v++) {
      vstate *x = &w->st[v];
      if (x->dist != INFINITY)
        merge_vertex(x, v, s, r);
    }
  } else {
    for (size_t i = w->reached; i-- > 0;)
      merge_vertex(&w->st[w->order[i]], w->order[i], s, r);
  }
  if (w->far > r->max_weighted_ecc)
    r->max_weighted_ecc = w->far;
  if (w->ecc > r->max_hops)
    r->max_hops = w->ecc;
  if (s == r->sample[0])
    r->sweep_from = w->last;
}

/* Sources are taken in order by whichever thread is free; each waits for
 * its turn to merge. */
typedef struct pool {
  const kabar_csr *g;
  kabar_paths_result *r;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  size_t next, turn;
  int failed; /* a bucket could not grow: the rest only pass their turn */
} pool;

typedef struct worker {
  pool *p;
  scratch w;
} worker;

static void *work(void *arg) {
  worker *wk = arg;
  pool *p = wk->p;
  for (;;) {
    pthread_mutex_lock(&p->mu);
    size_t i = p->next++;
    pthread_mutex_unlock(&p->mu);
    if (i >= p->r->sources)
      break;
    uint32_t s = (uint32_t)p->r->sample[i];
    pthread_mutex_lock(&p->mu);
    int ok = !p->failed;
    pthread_mutex_unlock(&p->mu);
    if (ok && traverse(p->g, &wk->w, s, p->r->exact || i < KABAR_PATHS_ECC_SOURCES) != 0)
      ok = 0;
    pthread_mutex_lock(&p->mu);
    if (!ok)
      p->failed = 1;
    while (p->turn != i)
      pthread_cond_wait(&p->cv, &p->mu);
    ok = !p->failed;
    pthread_mutex_unlock(&p->mu);
    if (ok)
      merge(&wk->w, s, p->r);
    pthread_mutex_lock(&p->mu);
    p->turn++;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
  }
  return NULL;
}

/* splitmix64: a fixed generator, so the sample is the same everywhere. */
static uint64_t next_rand(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

size_t kabar_paths_sources_for(size_t n, double epsilon, double delta) {
  if (n < 3 || !(epsilon > 0) || !(delta > 0 && delta < 1))
    return n;
  /* Hoeffding for one vertex, union bound over the n: a mean of k values in
   * [0,1] (sampled without replacement) is within t of the population mean
   * for every vertex with probability >= 1 - delta when
   * k >= ln(2n/delta) / (2 t^2). Betweenness is n/(n-1) times such a mean. */
  double t = epsilon * (double)(n - 1) / (double)n;
  double k = ceil(log(2.0 * (double)n / delta) / (2.0 * t * t));
  return k >= (double)n ? n : (size_t)k;
}

size_t kabar_paths_plan(size_t n, size_t adj, double epsilon, double delta, size_t budget) {
  size_t k = kabar_paths_sources_for(n, epsilon, delta);
  size_t affordable = n ? budget / (n + adj) : 0;
  if (affordable > k)
    k = affordable < n ? affordable : n;
  return k;
}

double kabar_paths_error_for(size_t n, size_t k, double delta) {
  if (k == 0 || k >= n || n < 3)
    return 0;
  return (double)n / (double)(n - 1) * sqrt(log(2.0 * (double)n / delta) / (2.0 * (double)k));
}

kabar_status kabar_paths_run(const kabar_csr *g, size_t k, uint64_t seed, size_t threads,
                             kabar_paths_result *r) {
  kabar_status st = KABAR_OK;
  size_t n = g->n, *perm = NULL, have_w = 0;
  worker *wk = NULL;
  pool p = {g, r, .next = 0, .turn = 0};
  pthread_t tid[KABAR_PATHS_MAX_THREADS];
  int started[KABAR_PATHS_MAX_THREADS] = {0};
  if (threads > KABAR_PATHS_MAX_THREADS)
    threads = KABAR_PATHS_MAX_THREADS;
  memset(r, 0, sizeof *r);
  if (k > n)
    k = n;
  r->sources = k;
  r->exact = k == n;
  if (!(r->bc = calloc(n ? n : 1, sizeof *r->bc)) || !(r->csum = calloc(n ? n : 1, sizeof *r->csum)) ||
      !(r->hsum = calloc(n ? n : 1, sizeof *r->hsum)) ||
      !(r->ccount = calloc(n ? n : 1, sizeof *r->ccount)) || !(r->sample = malloc((k ? k : 1) * sizeof *r->sample))) {
    st = KABAR_ERR_NOMEM;
    goto done;
  }
  if (r->exact) {
    for (size_t i = 0; i < n; i++)
      r->sample[i] = i;
  } else {
    /* Partial Fisher-Yates: k distinct sources, then in index order. */
    if (!(perm = malloc(n * sizeof *perm))) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    for (size_t i = 0; i < n; i++)
      perm[i] = i;
    uint64_t state = seed;
    for (size_t i = 0; i < k; i++) {
      size_t j = i + (size_t)(next_rand(&state) % (uint64_t)(n - i));
      size_t t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
      r->sample[i] = perm[i]; /* in draw order: the first ones are a random few */
    }
  }
  /* Threads: only when there is enough work to share. */
  if (threads < 1 || (double)k * (double)(n + g->off[n]) < 2e6)
    threads = 1;
  if (threads > k)
    threads = k ? k : 1;
  if (!(wk = calloc(threads, sizeof *wk))) {
    st = KABAR_ERR_NOMEM;
    goto done;
  }
  /* Sampled: the bucket queue, unless the edge lengths are so unequal that
   * its sweep over empty buckets would cost more than the heap. Exact (small
   * graphs): the heap, whose order of ties keeps igraph's sums. */
  size_t nb = 0;
  double width = 0;
  if (!r->exact && g->off[n]) {
    double lmin = INFINITY, lmax = 0;
    for (size_t e = 0; e < g->off[n]; e++) {
      if (g->len[e] < lmin)
        lmin = g->len[e];
      if (g->len[e] > lmax)
        lmax = g->len[e];
    }
    width = lmin / 2;
    double span = lmax / width + 3;
    if (lmin > 0 && span <= (double)(n + g->off[n]) / 4 && span < 1e7)
      nb = (size_t)span;
  }
  for (; have_w < threads; have_w++) {
    wk[have_w].p = &p;
    if (scratch_init(&wk[have_w].w, n, nb, width) != 0) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
  }
  if (pthread_mutex_init(&p.mu, NULL) != 0) {
    st = KABAR_ERR_NOMEM;
    goto done;
  }
  if (pthread_cond_init(&p.cv, NULL) != 0) {
    pthread_mutex_destroy(&p.mu);
    st = KABAR_ERR_NOMEM;
    goto done;
  }
  /* A thread that cannot start leaves its share to the others. */
  for (size_t t = 1; t < threads; t++)
    started[t] = pthread_create(&tid[t], NULL, work, &wk[t]) == 0;
  work(&wk[0]);
  for (size_t t = 1; t < threads; t++)
    if (started[t])
      pthread_join(tid[t], NULL);
  pthread_cond_destroy(&p.cv);
  pthread_mutex_destroy(&p.mu);
  if (p.failed) {
    st = KABAR_ERR_NOMEM;
    goto done;
  }
  /* Sampled: a double sweep, BFS from a vertex farthest from the first
   * source, usually finds the diameter or comes close. */
  if (!r->exact && k) {
    int32_t ecc = bfs_ecc(g, &wk[0].w, r->sweep_from);
    if (ecc > r->max_hops)
      r->max_hops = ecc;
  }
done:
  for (size_t t = 0; t < have_w; t++)
    scratch_free(&wk[t].w);
  free(wk);
  free(perm);
  if (st != KABAR_OK)
    kabar_paths_result_free(r);
  return st;
}

void kabar_paths_result_free(kabar_paths_result *r) {
  free(r->bc);
  free(r->csum);
  free(r->hsum);
  free(r->ccount);
  free(r->sample);
  memset(r, 0, sizeof *r);
}
