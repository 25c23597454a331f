/* SPDX-License-Identifier: MIT */
/* What kabar export and kabar merge write from a finished knowledge base
 * (outputs.h). */
#include "outputs.h"
#include "args.h"
#include "commands.h"

#include <kabar/tsv.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>

int kabar_cli_outputs_parse(const char *cmd, const char *rdf_list, const char *base,
                            int entity_mentions, const char *include, const char *epsilon,
                            size_t jobs, kabar_cli_outputs *out) {
  memset(out, 0, sizeof *out);
  out->sampling.threads = jobs;
  if (epsilon && kabar_cli_parse_epsilon(epsilon, &out->sampling.epsilon) != 0) {
    fprintf(stderr, "%s: --epsilon wants a number between 0 and 1, not '%s'\n", cmd, epsilon);
    return KABAR_EXIT_USAGE;
  }
  out->rdf.base = base;
  out->rdf.entity_mentions = entity_mentions;
  out->want_rdf = strcmp(rdf_list, "none") != 0;
  if (out->want_rdf && kabar_rdf_parse_formats(rdf_list, &out->rdf.formats) < 0) {
    fprintf(stderr, "%s: unknown RDF format in '%s'\n", cmd, rdf_list);
    return KABAR_EXIT_USAGE;
  }
  if (include && kabar_graph_parse_statuses(include, &out->graph.statuses) < 0) {
    fprintf(stderr, "%s: unknown status in '%s'\n", cmd, include);
    return KABAR_EXIT_USAGE;
  }
  return 0;
}

/* The tables written by one thread (write_tables_and_graph()). */
typedef struct tables_job {
  const kabar_kb *kb;
  const char *dir;
  kabar_status st;
  kabar_error err;
} tables_job;

static void *tables_main(void *arg) {
  tables_job *j = arg;
  kabar_error_clear(&j->err);
  j->st = kabar_tsv_write(j->kb, j->dir, &j->err);
  return NULL;
}

/* The TSV tables, the metrics and the graph files, as written one after the
 * other; with more than one job, the tables in a thread of their own while
 * this one computes the metrics and writes the graph files (the GraphML in
 * a third): they read the kb and write files of their own, so the bytes
 * are the same. The first failure in that order is the one reported. */
static kabar_status write_tables_and_graph(const kabar_kb *kb, const char *dir, size_t jobs,
                                           const kabar_graph_options *gopt,
                                           const kabar_graph_sampling *sampling,
                                           kabar_metrics **metrics, kabar_error *err) {
  kabar_status st;
  tables_job job = {kb, dir, KABAR_OK, {0}};
  pthread_t tid;
  int threaded = jobs > 1 && pthread_create(&tid, NULL, tables_main, &job) == 0;
  if (!threaded && (st = kabar_tsv_write(kb, dir, err)) != KABAR_OK)
    return st;
  kabar_error graph_err;
  kabar_error_clear(&graph_err);
  st = kabar_metrics_compute_with(kb, gopt, sampling, metrics, &graph_err);
  if (st == KABAR_OK)
    st = kabar_graph_write_jobs(kb, *metrics, dir, jobs, &graph_err);
  if (threaded) {
    pthread_join(tid, NULL);
    if (job.st != KABAR_OK) {
      *err = job.err;
      return job.st;
    }
  }
  if (st != KABAR_OK)
    *err = graph_err;
  return st;
}

kabar_status kabar_cli_outputs_write(const kabar_kb *kb, const kabar_cli_outputs *o, const char *dir,
                                     kabar_metrics **metrics, kabar_error *err) {
  kabar_status st = write_tables_and_graph(kb, dir, o->sampling.threads, &o->graph, &o->sampling,
                                           metrics, err);
  if (st == KABAR_OK && o->want_rdf)
    st = kabar_rdf_write(kb, *metrics, &o->rdf, dir, err);
  return st;
}
