/* SPDX-License-Identifier: MIT */
#include "kabar/pipeline.h"

#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"
#include "common/warnings.h"
#include "extract.h"
#include "pipeline_internal.h"

#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kabar_pipeline {
  kabar_extractor *extractor;
  kabar_text_cues *text_cues;
  kabar_read_options read_opt;
  kabar_strmap *names; /* document names used so far -> how many times */
  kabar_strmap *contents; /* SHA-256 of each document read -> index in `paths` */
  char **paths;           /* the input each content was first read from */
  size_t n_paths, cap_paths;
  size_t duplicates;      /* inputs skipped for repeating an earlier one's bytes */
  size_t jobs;            /* threads of kabar_pipeline_add_files() */
  size_t again;           /* documents extracted again when merged */
};

kabar_status kabar_pipeline_new(const char *data_dir, const kabar_read_options *read_opt,
                                kabar_pipeline **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_pipeline *p = calloc(1, sizeof *p);
  TRY_ALLOC(p);
  p->read_opt.html = -1;
  p->jobs = 1;
  p->names = kabar_strmap_new();
  TRY_ALLOC(p->names);
  p->contents = kabar_strmap_new();
  TRY_ALLOC(p->contents);
  if (read_opt)
    p->read_opt = *read_opt;
  size_t n = strlen(data_dir) + 32;
  path = malloc(n);
  TRY_ALLOC(path);
  snprintf(path, n, "%s/boilerplate.tsv", data_dir);
  TRY(kabar_text_cues_load(path, &p->text_cues, err));
  TRY(kabar_extractor_new(data_dir, &p->extractor, err));
  *out = p;
  p = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", data_dir);
  free(path);
  kabar_pipeline_free(p);
  return st;
}

void kabar_pipeline_free(kabar_pipeline *p) {
  if (!p)
    return;
  kabar_extractor_free(p->extractor);
  kabar_text_cues_free(p->text_cues);
  kabar_strmap_free(p->names);
  kabar_strmap_free(p->contents);
  for (size_t i = 0; i < p->n_paths; i++)
    free(p->paths[i]);
  free(p->paths);
  free(p);
}

kabar_status kabar_pipeline_add_doc(kabar_pipeline *p, const kabar_doc *doc, kabar_kb *kb,
                                    kabar_error *err) {
  return kabar_extract_doc(p->extractor, doc, kb, err);
}

/* Two inputs with one name ("a/berita.txt", "b/berita.txt", or one file
 * given twice) stay two documents: the later ones are named "berita~2". */
static kabar_status unique_name(kabar_pipeline *p, kabar_doc *doc, kabar_error *err) {
  size_t seen = 0, n = strlen(doc->name);
  if (kabar_strmap_get(p->names, doc->name, n, &seen)) {
    char *renamed = NULL;
    size_t k = seen + 1;
    for (;; k++) {
      free(renamed);
      size_t len = n + 24;
      renamed = malloc(len);
      if (!renamed)
        return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", doc->path);
      snprintf(renamed, len, "%s~%zu", doc->name, k);
      if (!kabar_strmap_get(p->names, renamed, strlen(renamed), NULL))
        break;
    }
    kabar_warn("%s: another input is also named '%s'; this one is '%s'", doc->path, doc->name,
               renamed);
    if (kabar_strmap_put(p->names, doc->name, n, k) < 0) {
      free(renamed);
      return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", doc->path);
    }
    free(doc->name);
    doc->name = renamed;
    n = strlen(renamed);
  }
  if (kabar_strmap_put(p->names, doc->name, n, 1) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", doc->path);
  return KABAR_OK;
}

/* Whether the document's bytes repeat an earlier input's (then it is
 * skipped: the RDF names a document by its SHA-256, and one text counted
 * twice would double its facts); else remembers them. */
static kabar_status seen_before(kabar_pipeline *p, const kabar_doc *doc, int *seen,
                                kabar_error *err) {
  const char *key = (const char *)doc->sha256;
  size_t first;
  *seen = kabar_strmap_get(p->contents, key, sizeof doc->sha256, &first);
  if (*seen) {
    p->duplicates++;
    kabar_warn("%s: the same bytes as %s, which is read once", doc->path, p->paths[first]);
    return KABAR_OK;
  }
  char *copy = malloc(strlen(doc->path) + 1);
  if (!copy || kabar_grow((void **)&p->paths, &p->cap_paths, p->n_paths, sizeof *p->paths) < 0 ||
      kabar_strmap_put(p->contents, key, sizeof doc->sha256, p->n_paths) < 0) {
    free(copy);
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", doc->path);
  }
  memcpy(copy, doc->path, strlen(doc->path) + 1);
  p->paths[p->n_paths++] = copy;
  return KABAR_OK;
}

size_t kabar_pipeline_n_duplicates(const kabar_pipeline *p) { return p ? p->duplicates : 0; }

kabar_status kabar_pipeline_add_file(kabar_pipeline *p, const char *path, kabar_kb *kb,
                                     kabar_error *err) {
  return kabar_pipeline_analyze_file(p, path, kb, NULL, err);
}

kabar_status kabar_pipeline_analyze_file(kabar_pipeline *p, const char *path, kabar_kb *kb,
                                         FILE *out, kabar_error *err) {
  kabar_doc *doc = NULL;
  int seen = 0;
  kabar_status st = kabar_doc_read(path, &p->read_opt, p->text_cues, &doc, err);
  if (st == KABAR_OK)
    st = seen_before(p, doc, &seen, err);
  if (st == KABAR_OK && seen) {
    kabar_doc_free(doc);
    return KABAR_OK;
  }
  if (st == KABAR_OK)
    st = unique_name(p, doc, err);
  if (st == KABAR_OK)
    st = kabar_extract_analyze(p->extractor, doc, kb, out, err);
  kabar_doc_free(doc);
  return st;
}

/* ---- inputs read and extracted by several threads ----
 * Batch by batch: every thread (the caller's too) takes the batch's inputs
 * one at a time, reads it and extracts it (kabar_extract_parallel()); once
 * all are done, the caller merges them in input order, as
 * kabar_pipeline_add_file() would have, and the threads wait for the next
 * batch. A batch holds BATCH_PER_JOB inputs per thread: enough that a long
 * document does not leave the others idle for long, few enough that a
 * document seldom meets a person an earlier one of its batch introduced
 * (then it is extracted again, serially). On the generated corpus of
 * tests/bench (new people in most documents) 4 a thread re-extracts 7 % of
 * the documents with 2 threads, 8 a thread 12 %; on the real texts about 2 %. */

#define BATCH_PER_JOB 4

kabar_status kabar_pipeline_set_jobs(kabar_pipeline *p, size_t jobs) {
  if (jobs < 1)
    return KABAR_ERR_USAGE;
  p->jobs = jobs;
  return KABAR_OK;
}

size_t kabar_pipeline_n_extracted_again(const kabar_pipeline *p) { return p ? p->again : 0; }

typedef struct slot { /* one input of the batch */
  const char *path;
  kabar_doc *doc;          /* read, or NULL */
  kabar_extraction *ex;    /* extracted, or NULL (failed: extracted again when merged) */
  kabar_status st;         /* of reading */
  int read;                /* whether it was read (doc, st and err are set) */
  kabar_error err;
  kabar_warning_log warnings; /* held while reading, reported when merged */
} slot;

typedef struct pool {
  kabar_pipeline *p;
  pthread_mutex_t lock;
  pthread_cond_t work;     /* a batch begins, or quit */
  pthread_cond_t finished; /* the batch's last input is done */
  slot *slots;
  size_t n_slots;          /* of this batch */
  size_t next;             /* the next slot to take */
  size_t n_done;
  unsigned long batch;     /* counts batches, so that a thread sees a new one */
  int read_only;           /* the slots are only read (the next batch, while one is merged) */
  int quit;
} pool;

static void slot_clear(slot *s) {
  kabar_extraction_free(s->ex);
  kabar_doc_free(s->doc);
  kabar_warning_log_free(&s->warnings);
  memset(s, 0, sizeof *s);
}

/* Reads one input unless it was, then extracts it unless read_only (any
 * thread; wc is the thread's). */
static void slot_run(kabar_pipeline *p, kabar_word_cache *wc, slot *s, int read_only) {
  if (!s->read) {
    kabar_warnings_hold(&s->warnings);
    s->st = kabar_doc_read(s->path, &p->read_opt, p->text_cues, &s->doc, &s->err);
    kabar_warnings_hold(NULL);
    s->read = 1;
  }
  if (!read_only && s->st == KABAR_OK) {
    kabar_error ignored; /* a failure is met again, serially, when merged */
    kabar_extract_parallel(p->extractor, wc, s->doc, &s->ex, &ignored);
  }
}

/* Takes the batch's slots until none is left; returns with the lock held. */
static void take_slots(pool *pl, kabar_word_cache *wc) {
  while (pl->next < pl->n_slots) {
    slot *s = &pl->slots[pl->next++];
    int read_only = pl->read_only;
    pthread_mutex_unlock(&pl->lock);
    slot_run(pl->p, wc, s, read_only);
    pthread_mutex_lock(&pl->lock);
    if (++pl->n_done == pl->n_slots)
      pthread_cond_signal(&pl->finished);
  }
}

typedef struct worker {
  pool *pl;
  kabar_word_cache *wc;
} worker;

static void *worker_main(void *arg) {
  worker *w = arg;
  pool *pl = w->pl;
  unsigned long seen = 0;
  pthread_mutex_lock(&pl->lock);
  for (;;) {
    while (!pl->quit && pl->batch == seen)
      pthread_cond_wait(&pl->work, &pl->lock);
    if (pl->quit)
      break;
    seen = pl->batch;
    take_slots(pl, w->wc);
  }
  pthread_mutex_unlock(&pl->lock);
  return NULL;
}

/* Hands the threads a batch of n slots (read only, or read and extracted);
 * with the lock held. */
static void start_batch(pool *pl, slot *slots, size_t n, int read_only) {
  pl->slots = slots;
  pl->n_slots = n;
  pl->next = pl->n_done = 0;
  pl->read_only = read_only;
  pl->batch++;
  pthread_cond_broadcast(&pl->work);
}

/* Merges slot s (input i) as kabar_pipeline_add_file() would add it. */
static kabar_status slot_merge(kabar_pipeline *p, slot *s, kabar_kb *kb, kabar_error *err) {
  kabar_warnings_release(&s->warnings);
  if (s->st != KABAR_OK) {
    *err = s->err;
    return s->st;
  }
  int seen = 0;
  kabar_status st = seen_before(p, s->doc, &seen, err);
  if (st != KABAR_OK || seen)
    return st;
  if ((st = unique_name(p, s->doc, err)) != KABAR_OK)
    return st;
  if (!s->ex)
    return kabar_extract_doc(p->extractor, s->doc, kb, err);
  int again = 0;
  st = kabar_extraction_merge(s->ex, kb, &again, err);
  p->again += again != 0;
  return st;
}

kabar_status kabar_pipeline_add_files(kabar_pipeline *p, char *const *paths, size_t n,
                                      kabar_kb *kb, kabar_pipeline_done_fn done, void *user,
                                      kabar_error *err) {
  kabar_status st = KABAR_OK;
  if (p->jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n && st == KABAR_OK; i++) {
      kabar_error_clear(err);
      st = done(user, i, kabar_pipeline_add_file(p, paths[i], kb, err), err);
    }
    return st;
  }
  /* no more threads than inputs: each would only hold a cache */
  size_t jobs = p->jobs < n ? p->jobs : n;
  size_t n_threads = jobs - 1, started = 0, batch_size = jobs * BATCH_PER_JOB;
  int locks = 0;
  pool pl;
  memset(&pl, 0, sizeof pl);
  pl.p = p;
  worker *workers = calloc(n_threads, sizeof *workers);
  pthread_t *tids = calloc(n_threads, sizeof *tids);
  pl.slots = calloc(2 * batch_size, sizeof *pl.slots); /* a batch, and the next one read */
  if (!workers || !tids || !pl.slots) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    goto done;
  }
  if (pthread_mutex_init(&pl.lock, NULL) != 0 || pthread_cond_init(&pl.work, NULL) != 0 ||
      pthread_cond_init(&pl.finished, NULL) != 0) {
    /* (a failed init leaves nothing to destroy that matters on Linux) */
    st = kabar_error_set(err, KABAR_ERR_DEPENDENCY, "cannot set up the threads' lock");
    goto done;
  }
  locks = 1;
  /* libxml2 2.9 must be set up before threads parse at once */
  xmlInitParser();
  for (; started < n_threads; started++) {
    workers[started].pl = &pl;
    workers[started].wc = kabar_word_cache_new();
    if (!workers[started].wc) {
      st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
      goto done;
    }
    int rc = pthread_create(&tids[started], NULL, worker_main, &workers[started]);
    if (rc != 0) {
      kabar_word_cache_free(workers[started].wc);
      st = kabar_error_set(err, KABAR_ERR_DEPENDENCY, "cannot start a thread: %s", strerror(rc));
      goto done;
    }
  }
  /* While batch b is merged, the threads read batch b + 1's inputs (into the
   * other half of pl.slots): reading does not depend on the people that
   * merging changes. */
  slot *half[2] = {pl.slots, pl.slots + batch_size};
  int cur = 0;
  size_t next_m = 0; /* inputs of the next batch being read, or 0 */
  for (size_t b = 0; b < n && st == KABAR_OK; b += batch_size) {
    size_t m = n - b < batch_size ? n - b : batch_size;
    slot *sl = half[cur];
    if (kabar_extractor_track(p->extractor) != KABAR_OK) {
      st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
      break;
    }
    pthread_mutex_lock(&pl.lock);
    for (size_t i = 0; i < m; i++)
      sl[i].path = paths[b + i];
    start_batch(&pl, sl, m, 0);
    take_slots(&pl, NULL); /* the caller's thread: the extractor's own cache */
    while (pl.n_done < pl.n_slots)
      pthread_cond_wait(&pl.finished, &pl.lock);
    /* the threads read the next batch; the people may change meanwhile */
    next_m = 0;
    if (b + batch_size < n) {
      slot *nx = half[!cur];
      next_m = n - b - batch_size < batch_size ? n - b - batch_size : batch_size;
      for (size_t i = 0; i < next_m; i++)
        nx[i].path = paths[b + batch_size + i];
      start_batch(&pl, nx, next_m, 1);
    }
    pthread_mutex_unlock(&pl.lock);
    for (size_t i = 0; i < m; i++) {
      if (st == KABAR_OK) {
        kabar_error_clear(err);
        st = done(user, b + i, slot_merge(p, &sl[i], kb, err), err);
      }
      slot_clear(&sl[i]);
    }
    if (next_m) { /* helps with what is left of the reading, and waits for it */
      pthread_mutex_lock(&pl.lock);
      take_slots(&pl, NULL);
      while (pl.n_done < pl.n_slots)
        pthread_cond_wait(&pl.finished, &pl.lock);
      pthread_mutex_unlock(&pl.lock);
    }
    cur = !cur;
  }
  /* a batch read but not merged (a failure ended the run) */
  for (size_t i = 0; i < next_m; i++)
    slot_clear(&half[cur][i]);
  pl.slots = half[0];
done:
  if (locks) {
    pthread_mutex_lock(&pl.lock);
    pl.quit = 1;
    pthread_cond_broadcast(&pl.work);
    pthread_mutex_unlock(&pl.lock);
  }
  for (size_t t = 0; t < started; t++) {
    pthread_join(tids[t], NULL);
    kabar_word_cache_free(workers[t].wc);
  }
  if (locks) {
    pthread_mutex_destroy(&pl.lock);
    pthread_cond_destroy(&pl.work);
    pthread_cond_destroy(&pl.finished);
  }
  kabar_extractor_untrack(p->extractor);
  free(pl.slots);
  free(workers);
  free(tids);
  return st;
}

/* ---- for kabar extract and kabar merge (shard.c) ---- */

kabar_extractor *pl_extractor(kabar_pipeline *p) { return p->extractor; }

kabar_status pl_read(kabar_pipeline *p, const char *path, kabar_doc **doc, kabar_error *err) {
  return kabar_doc_read(path, &p->read_opt, p->text_cues, doc, err);
}

kabar_status pl_admit(kabar_pipeline *p, kabar_doc *doc, int *seen, kabar_error *err) {
  kabar_status st = seen_before(p, doc, seen, err);
  return st != KABAR_OK || *seen ? st : unique_name(p, doc, err);
}
