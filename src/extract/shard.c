/* SPDX-License-Identifier: MIT */
/* kabar extract and kabar merge, the extractor's side (kabar/shard.h).
 *
 * Which documents merge extracts again. Let T be the people a document of
 * part k was extracted with (the lexicon's and those of the part's earlier
 * documents) and S those a single run gives it (every earlier document's).
 * Its extraction is the same when every key it looked up has the same
 * entry in T and S. `dirty` holds the keys whose entries may differ:
 *  - at the start of part k, every key changed while the earlier parts were
 *    merged (T holds the lexicon's people alone there);
 *  - a document extracted again, or skipped as a duplicate of an earlier
 *    part's input, may have remembered other people in S than in T: the
 *    keys it changed in S and those it remembered in T;
 *  - a document replayed remembers the same people in S as in T, with the
 *    same result for every key that was not dirty; a person whose whole
 *    name is dirty may give its family and given names other entries, so
 *    they become dirty too.
 * The keys a replayed document changes are clean for the rest of its part
 * (T changed them alike) and dirty from the next part on (`pending`).
 * A document that looked up a dirty key is extracted again, as --jobs
 * extracts again a document that looked up a person an earlier document of
 * its batch changed. */
#include "kabar/shard.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"
#include "internal.h"
#include "pipeline_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- kabar extract ---- */

struct kabar_shard_log {
  kabar_arena *arena; /* the current input's strings */
  uint64_t *reads;
  size_t n_reads, cap_reads;
  kabar_part_person *people;
  size_t n_people, cap_people;
  int failed;
};

kabar_shard_log *kabar_shard_log_new(void) { return calloc(1, sizeof(kabar_shard_log)); }

void kabar_shard_log_free(kabar_shard_log *log) {
  if (!log)
    return;
  kabar_arena_free(log->arena);
  free(log->reads);
  free(log->people);
  free(log);
}

static const char *log_str(kabar_shard_log *log, const char *s) {
  if (!s)
    return NULL;
  const char *copy = kabar_arena_strdup(log->arena, s);
  if (!copy)
    log->failed = 1;
  return copy;
}

int ex_log_person(kabar_shard_log *log, const char *label, const char *key, const char *first,
                  const char *last, const char *iso3) {
  if (kabar_grow((void **)&log->people, &log->cap_people, log->n_people, sizeof *log->people) <
      0) {
    log->failed = 1;
    return -1;
  }
  kabar_part_person p = {log_str(log, label), log_str(log, key), log_str(log, first),
                         log_str(log, last), log_str(log, iso3)};
  if (log->failed)
    return -1;
  log->people[log->n_people++] = p;
  return 0;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The hashes an extraction looked up, sorted, each once. */
static int log_reads(kabar_shard_log *log, const kabar_extraction *e) {
  size_t n;
  const uint64_t *reads = kabar_extraction_people_read(e, &n);
  for (size_t i = 0; i < n; i++) {
    if (kabar_grow((void **)&log->reads, &log->cap_reads, log->n_reads, sizeof *log->reads) < 0)
      return -1;
    log->reads[log->n_reads++] = reads[i];
  }
  if (log->n_reads)
    qsort(log->reads, log->n_reads, sizeof *log->reads, cmp_u64);
  size_t j = 0;
  for (size_t i = 0; i < log->n_reads; i++)
    if (j == 0 || log->reads[j - 1] != log->reads[i])
      log->reads[j++] = log->reads[i];
  log->n_reads = j;
  return 0;
}

kabar_status kabar_pipeline_extract_logged(kabar_pipeline *p, const char *path, kabar_kb *doc_kb,
                                           kabar_shard_log *log, kabar_part_input *in,
                                           kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_doc *doc = NULL;
  kabar_extraction *ex = NULL;
  kabar_extractor *x = pl_extractor(p);
  memset(in, 0, sizeof *in);
  kabar_arena_free(log->arena);
  log->arena = kabar_arena_new();
  log->n_reads = log->n_people = 0;
  log->failed = 0;
  TRY_ALLOC(log->arena);
  TRY(pl_read(p, path, &doc, err));
  in->path = log_str(log, path);
  in->name = log_str(log, doc->name); /* merge names it again, among every part's */
  TRY_ALLOC(!log->failed);
  memcpy(in->sha256, doc->sha256, sizeof in->sha256);
  int seen = 0;
  TRY(pl_admit(p, doc, &seen, err));
  if (seen)
    goto done;
  TRY(kabar_extract_parallel(x, NULL, doc, &ex, err));
  TRY_ALLOC(log_reads(log, ex) == 0);
  int again = 0;
  x->people_log = log;
  st = kabar_extraction_merge(ex, doc_kb, &again, err);
  x->people_log = NULL;
  TRY(st);
  TRY_ALLOC(!log->failed);
  in->extracted = 1;
  in->reads = log->reads;
  in->n_reads = log->n_reads;
  in->people = log->people;
  in->n_people = log->n_people;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", path);
  kabar_extraction_free(ex);
  kabar_doc_free(doc);
  return st;
}

/* ---- kabar merge ---- */

struct kabar_shard_merge {
  kabar_pipeline *p;
  kabar_strmap *dirty;
  uint64_t *pending; /* changed by replayed documents of the current part */
  size_t n_pending, cap_pending;
  char *name; /* of the current input */
  size_t again;
};

kabar_status kabar_shard_merge_new(kabar_pipeline *p, kabar_shard_merge **out) {
  *out = NULL;
  kabar_shard_merge *m = calloc(1, sizeof *m);
  if (!m || !(m->dirty = kabar_strmap_new())) {
    free(m);
    return KABAR_ERR_NOMEM;
  }
  m->p = p;
  *out = m;
  return KABAR_OK;
}

void kabar_shard_merge_free(kabar_shard_merge *m) {
  if (!m)
    return;
  kabar_strmap_free(m->dirty);
  free(m->pending);
  free(m->name);
  free(m);
}

size_t kabar_shard_merge_n_again(const kabar_shard_merge *m) { return m ? m->again : 0; }

static uint64_t key_hash(const char *key) { return kabar_hash_bytes(key, strlen(key)); }

static int is_dirty(const kabar_shard_merge *m, uint64_t h) {
  return kabar_strmap_get(m->dirty, (const char *)&h, sizeof h, NULL);
}

static int mark(kabar_shard_merge *m, uint64_t h) {
  return kabar_strmap_put(m->dirty, (const char *)&h, sizeof h, 1);
}

/* Every key the input's people took in its own part: dirty. */
static kabar_status mark_people(kabar_shard_merge *m, const kabar_part_input *in) {
  for (size_t i = 0; i < in->n_people; i++) {
    const kabar_part_person *p = &in->people[i];
    if (mark(m, key_hash(p->key)) < 0 || (p->first && mark(m, key_hash(p->first)) < 0) ||
        (p->last && mark(m, key_hash(p->last)) < 0))
      return KABAR_ERR_NOMEM;
  }
  return KABAR_OK;
}

kabar_status kabar_shard_merge_next_part(kabar_shard_merge *m) {
  for (size_t i = 0; i < m->n_pending; i++)
    if (mark(m, m->pending[i]) < 0)
      return KABAR_ERR_NOMEM;
  m->n_pending = 0;
  return KABAR_OK;
}

/* Reads the input again and extracts it into kb as document m->name. */
static kabar_status extract_again(kabar_shard_merge *m, const kabar_part_input *in,
                                  kabar_kb *kb, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_doc *doc = NULL;
  kabar_extractor *x = pl_extractor(m->p);
  kabar_error read_err;
  kabar_error_clear(&read_err);
  st = pl_read(m->p, in->path, &doc, &read_err);
  if (st != KABAR_OK) {
    kabar_error_set(err, st == KABAR_ERR_NOMEM ? st : KABAR_ERR_INPUT,
                    "%s (to be extracted again with the people of earlier parts; "
                    "merge reads it where kabar extract did)",
                    read_err.message);
    st = err->status;
    goto done;
  }
  if (memcmp(doc->sha256, in->sha256, sizeof in->sha256) != 0) {
    st = kabar_error_set(err, KABAR_ERR_INPUT,
                         "%s: changed since kabar extract read it (its SHA-256 is not the one "
                         "in the part): extract its shard again",
                         in->path);
    goto done;
  }
  char *name = strdup(m->name);
  TRY_ALLOC(name);
  free(doc->name);
  doc->name = name;
  x->people_changed = m->dirty; /* what it changes is dirty */
  st = kabar_extract_doc(x, doc, kb, err);
  x->people_changed = NULL;
  TRY(st);
  TRY(mark_people(m, in));
  m->again++;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", in->path);
  kabar_doc_free(doc);
  return st;
}

kabar_status kabar_shard_merge_input(kabar_shard_merge *m, const kabar_part_input *in,
                                     kabar_kb *kb, kabar_shard_action *action, const char **name,
                                     kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_doc admitted;
  memset(&admitted, 0, sizeof admitted);
  admitted.name = strdup(in->name);
  admitted.path = (char *)in->path;
  memcpy(admitted.sha256, in->sha256, sizeof admitted.sha256);
  TRY_ALLOC(admitted.name);
  int seen = 0;
  TRY(pl_admit(m->p, &admitted, &seen, err));
  if (seen) {
    *action = KABAR_SHARD_SKIP;
    TRY(in->extracted ? mark_people(m, in) : KABAR_OK);
    goto done;
  }
  free(m->name);
  m->name = admitted.name;
  admitted.name = NULL;
  *name = m->name;
  int stale = 0;
  for (size_t i = 0; i < in->n_reads && !stale; i++)
    stale = is_dirty(m, in->reads[i]);
  if (!stale) {
    *action = KABAR_SHARD_REPLAY;
    goto done;
  }
  *action = KABAR_SHARD_EXTRACTED;
  TRY(extract_again(m, in, kb, err));
done:
  if (st == KABAR_ERR_NOMEM && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", in->path);
  free(admitted.name);
  return st;
}

kabar_status kabar_shard_merge_replayed(kabar_shard_merge *m, const kabar_part_input *in,
                                        kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_extractor *x = pl_extractor(m->p);
  kabar_strmap *changed = kabar_strmap_new();
  TRY_ALLOC(changed);
  for (size_t i = 0; i < in->n_people; i++) {
    const kabar_part_person *p = &in->people[i];
    if (is_dirty(m, key_hash(p->key)) && ((p->first && mark(m, key_hash(p->first)) < 0) ||
                                          (p->last && mark(m, key_hash(p->last)) < 0))) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    x->people_changed = changed;
    st = ex_remember_person(x, p->label, p->key, p->first, p->last, p->iso3);
    x->people_changed = NULL;
    TRY(st);
  }
  for (size_t i = 0; i < in->n_people; i++) {
    const kabar_part_person *p = &in->people[i];
    const char *keys[3] = {p->key, p->first, p->last};
    for (int k = 0; k < 3; k++) {
      if (!keys[k])
        continue;
      uint64_t h = key_hash(keys[k]);
      if (!kabar_strmap_get(changed, (const char *)&h, sizeof h, NULL))
        continue;
      TRY_ALLOC(kabar_grow((void **)&m->pending, &m->cap_pending, m->n_pending,
                           sizeof *m->pending) == 0);
      m->pending[m->n_pending++] = h;
    }
  }
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", in->path);
  kabar_strmap_free(changed);
  return st;
}
