/* SPDX-License-Identifier: MIT */
#include "kabar/pipeline.h"

#include "common/grow.h"
#include "common/strmap.h"
#include "common/try.h"
#include "extract.h"

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
};

kabar_status kabar_pipeline_new(const char *data_dir, const kabar_read_options *read_opt,
                                kabar_pipeline **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_pipeline *p = calloc(1, sizeof *p);
  TRY_ALLOC(p);
  p->read_opt.html = -1;
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
