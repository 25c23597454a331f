/* SPDX-License-Identifier: MIT */
/* kabar merge: the parts of kabar extract -> every output file, the same
 * bytes as kabar export on all the inputs in the order of the parts.
 *
 * Every part is checked whole first (format, count, checksum, and that all
 * were extracted with the same options and data). Then the parts are read
 * one input at a time into one knowledge base: an input whose bytes repeat
 * an earlier one's is skipped, a document whose extraction may differ with
 * the people of earlier parts is read again and extracted again
 * (kabar/shard.h), the others are replayed. The outputs go through the
 * staging directory of kabar export (outdir.h). */
#include "args.h"
#include "commands.h"
#include "outdir.h"
#include "outputs.h"
#include "skipped.h"

#include <kabar/graph.h>
#include <kabar/kb.h>
#include <kabar/part.h>
#include <kabar/pipeline.h>
#include <kabar/rdf.h>
#include <kabar/shard.h>
#include <kabar/tsv.h>

#include <stdlib.h>
#include <string.h>

static const char merge_usage[] =
    "usage: kabar merge [options] -o DIR PART...\n"
    "\n"
    "Builds every output of kabar export (entities.tsv, facts.tsv, facts.jsonl,\n"
    "mentions.tsv, RDF, graph.graphml, graph.gexf, nodes.csv, edges.csv,\n"
    "metrics.json) from the parts 'kabar extract' wrote, given in shard order: the\n"
    "same bytes as 'kabar export' on all the inputs in that order. A document that a\n"
    "person of an earlier part may change is read again from its file (where kabar\n"
    "extract read it; a file gone or changed is an error).\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR         output directory (default: out)\n"
    "      --rdf FORMATS        turtle,ntriples,nquads,rdfxml, all or none (default: turtle)\n"
    "      --base IRI           base IRI of entity and mention identifiers\n"
    "      --entity-mentions    also write every entity mention into the RDF\n"
    "      --metrics-include S  statuses whose facts count as edges besides asserted\n"
    "      --data DIR           lexicons and cues: the data the parts were extracted with\n"
    "                           (checked; default: the installed data directory)\n"
    "  -j, --jobs N             threads of the network metrics (default: the cores online)\n"
    "      --epsilon E          target error of sampled network metrics (default 0.1)\n"
    "  -q, --quiet              no summary\n"
    "  -h, --help               this help\n"
    "      --version            the version\n"
    "\n"
    "Parts extracted with --keep-going: the inputs they skipped are named on stderr\n"
    "and in skipped.tsv, as export --keep-going does, and the exit status is 1.\n"
    "\n"
    "Exit codes: 0 ok, 1 bad, damaged or mismatched part, or an input gone or changed,\n"
    "2 usage, 3 output not written, 4 out of memory or a library failure.\n";

enum { OPT_RDF = KABAR_OPT_FIRST_OWN, OPT_BASE, OPT_INCLUDE, OPT_ENTITY_MENTIONS, OPT_EPSILON };

static const struct option merge_options[] = {
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, KABAR_OPT_HELP},
    {"version", no_argument, NULL, KABAR_OPT_VERSION},
    {"data", required_argument, NULL, KABAR_OPT_DATA},
    {"rdf", required_argument, NULL, OPT_RDF},
    {"base", required_argument, NULL, OPT_BASE},
    {"metrics-include", required_argument, NULL, OPT_INCLUDE},
    {"entity-mentions", no_argument, NULL, OPT_ENTITY_MENTIONS},
    {"jobs", required_argument, NULL, 'j'},
    {"epsilon", required_argument, NULL, OPT_EPSILON},
    {NULL, 0, NULL, 0}};

/* Checks every part whole and that all agree, into *opt. */
static kabar_status check_parts(char **parts, int n, const char *data_dir,
                                kabar_part_options *opt, size_t *n_inputs,
                                kabar_cli_skipped *skipped, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_part_reader *r = NULL;
  *n_inputs = 0;
  for (int i = 0; i < n && st == KABAR_OK; i++) {
    if ((st = kabar_part_open(parts[i], 1, &r, err)) != KABAR_OK)
      break;
    const kabar_part_options *o = kabar_part_options_of(r);
    const char *what = NULL;
    *n_inputs += kabar_part_n_inputs(r);
    /* the operands extract --keep-going skipped: first in skipped.tsv, as in export */
    for (size_t k = 0; st == KABAR_OK && k < kabar_part_n_skipped_operands(r); k++) {
      const char *message = NULL, *operand = kabar_part_skipped_operand(r, k, &message);
      st = kabar_cli_skip(skipped, operand, message);
    }
    if (i == 0)
      *opt = *o;
    else if (!kabar_part_options_equal(opt, o, &what))
      st = kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s: extracted with another %s than %s: the parts of one merge "
                           "must agree",
                           parts[i], what, parts[0]);
    kabar_part_close(r);
    r = NULL;
  }
  if (st != KABAR_OK)
    return st;
  if (strcmp(opt->version, KABAR_VERSION) != 0)
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s: extracted by kabar %s, this is kabar %s",
                           parts[0], opt->version, KABAR_VERSION);
  unsigned char fp[32];
  if ((st = kabar_part_data_fingerprint(data_dir, fp, err)) != KABAR_OK)
    return st;
  if (memcmp(fp, opt->data, sizeof fp) != 0)
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s: not the data the parts were extracted with (%s: other "
                           "lexicons, cues or model); give that one with --data",
                           data_dir, parts[0]);
  return KABAR_OK;
}

/* Reads one part into kb. */
static kabar_status merge_part(const char *path, kabar_shard_merge *m, kabar_kb *kb,
                               kabar_cli_skipped *skipped, size_t *n_failed, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_part_reader *r = NULL;
  if ((st = kabar_part_open(path, 0, &r, err)) != KABAR_OK ||
      (st = kabar_shard_merge_next_part(m)) != KABAR_OK)
    goto done;
  for (;;) {
    kabar_part_input in;
    int end = 0;
    kabar_shard_action action;
    const char *name = NULL;
    if ((st = kabar_part_next(r, &in, &end, err)) != KABAR_OK || end)
      break;
    if (in.skipped) { /* extract --keep-going could not read it */
      ++*n_failed;
      if ((st = kabar_cli_skip(skipped, in.path, in.skipped)) != KABAR_OK)
        break;
      continue;
    }
    if ((st = kabar_shard_merge_input(m, &in, kb, &action, &name, err)) != KABAR_OK)
      break;
    if (action == KABAR_SHARD_REPLAY)
      st = kabar_part_replay(r, kb, name, err);
    else
      st = kabar_part_skip(r, err);
    if (st == KABAR_OK && action == KABAR_SHARD_REPLAY)
      st = kabar_shard_merge_replayed(m, &in, err);
    if (st != KABAR_OK)
      break;
  }
done:
  if (st == KABAR_ERR_NOMEM && !err->message[0])
    kabar_error_set(err, st, "out of memory");
  kabar_part_close(r);
  return st;
}

int kabar_cmd_merge(int argc, char **argv) {
  const char *outdir = "out", *data_opt = NULL, *base = NULL, *rdf_list = "turtle";
  const char *include = NULL, *jobs_opt = NULL, *epsilon_opt = NULL;
  int quiet = 0, entity_mentions = 0;
  kabar_cli_parser args;
  kabar_cli_parser_init(&args, "kabar merge", merge_usage, "o:qhj:", merge_options, argc, argv);
  for (;;) {
    const char *v;
    int rc, c = kabar_cli_next_option(&args, &v, &rc);
    if (c == -1)
      break;
    switch (c) {
    case KABAR_CLI_EXIT: return rc;
    case 'o': outdir = v; break;
    case 'q': quiet = 1; break;
    case KABAR_OPT_DATA: data_opt = v; break;
    case OPT_RDF: rdf_list = v; break;
    case OPT_BASE: base = v; break;
    case OPT_INCLUDE: include = v; break;
    case OPT_ENTITY_MENTIONS: entity_mentions = 1; break;
    case 'j': jobs_opt = v; break;
    case OPT_EPSILON: epsilon_opt = v; break;
    default: return KABAR_EXIT_INTERNAL;
    }
  }
  int first_part = kabar_cli_first_operand();
  if (!*outdir) {
    fprintf(stderr, "kabar merge: -o needs a directory name\n");
    return KABAR_EXIT_USAGE;
  }
  if (first_part >= argc) {
    fprintf(stderr, "kabar merge: no parts\n%s", merge_usage);
    return KABAR_EXIT_USAGE;
  }
  size_t jobs = kabar_cli_default_jobs();
  if (jobs_opt && kabar_cli_parse_jobs(jobs_opt, &jobs) != 0) {
    fprintf(stderr, "kabar merge: --jobs wants a number of threads from 1 to %d, not '%s'\n",
            KABAR_CLI_MAX_JOBS, jobs_opt);
    return KABAR_EXIT_USAGE;
  }
  kabar_cli_outputs outputs;
  int usage = kabar_cli_outputs_parse("kabar merge", rdf_list, base, entity_mentions, include,
                                      epsilon_opt, jobs, &outputs);
  if (usage)
    return usage;

  kabar_error err;
  kabar_error_clear(&err);
  kabar_status st = KABAR_OK;
  kabar_pipeline *pipe = NULL;
  kabar_kb *kb = NULL;
  kabar_metrics *metrics = NULL;
  kabar_cli_outdir *od = NULL;
  kabar_shard_merge *m = NULL;
  kabar_part_options popt;
  kabar_cli_skipped skipped = {0};
  size_t n_inputs = 0, n_failed = 0;
  int skipped_only = 0;
  const char *data_dir = kabar_cli_data_dir(data_opt);
  outputs.rdf.data_dir = data_dir;
  if ((st = kabar_cli_outdir_open(outdir, &od, &err)) != KABAR_OK ||
      (st = check_parts(argv + first_part, argc - first_part, data_dir, &popt, &n_inputs,
                        &skipped, &err)) != KABAR_OK)
    goto done;
  if (n_inputs == 0) { /* every operand skipped */
    st = kabar_error_set(&err, KABAR_ERR_INPUT, "no input could be read");
    goto done;
  }
  kabar_read_options ropt = {popt.lenient, popt.html, popt.max_doc_bytes,
                             popt.date[0] ? popt.date : NULL};
  if ((st = kabar_pipeline_new(data_dir, &ropt, &pipe, &err)) != KABAR_OK)
    goto done;
  kb = kabar_kb_new();
  if (!kb || kabar_shard_merge_new(pipe, &m) != KABAR_OK) {
    st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
    goto done;
  }
  for (int i = first_part; i < argc; i++)
    if ((st = merge_part(argv[i], m, kb, &skipped, &n_failed, &err)) != KABAR_OK)
      goto done;
  if ((st = kabar_kb_finish(kb)) != KABAR_OK) {
    kabar_error_set(&err, st, "finishing the knowledge base: %s", kabar_strerror(st));
    goto done;
  }
  if (skipped.n && n_failed == n_inputs) {
    st = kabar_error_set(&err, KABAR_ERR_INPUT, "no input could be read (%zu skipped)",
                         skipped.n);
    goto done;
  }
  const char *staging = kabar_cli_outdir_staging(od);
  if ((popt.keep_going && (st = kabar_cli_skipped_write(&skipped, staging, &err)) != KABAR_OK) ||
      (st = kabar_cli_outputs_write(kb, &outputs, staging, &metrics, &err)) != KABAR_OK ||
      (st = kabar_cli_outdir_commit(od, &err)) != KABAR_OK)
    goto done;
  if (!quiet) {
    /* the summary line of kabar export, then what the merge did */
    size_t dups = kabar_pipeline_n_duplicates(pipe);
    char repeated[64] = "";
    if (dups)
      snprintf(repeated, sizeof repeated, " (%zu duplicate input%s skipped)", dups,
               dups > 1 ? "s" : "");
    fprintf(stderr, "kabar: %zu documents%s, %zu entities, %zu facts (%zu mentions) -> %s/\n",
            n_inputs - n_failed - dups, repeated, kabar_kb_n_entities(kb), kabar_kb_n_facts(kb),
            kabar_kb_n_mentions(kb), outdir);
    fprintf(stderr, "kabar merge: %d parts, %zu document%s extracted again\n", argc - first_part,
            kabar_shard_merge_n_again(m), kabar_shard_merge_n_again(m) == 1 ? "" : "s");
  }
  if (skipped.n) {
    fprintf(stderr, "kabar: %zu input%s skipped, listed in %s/skipped.tsv\n", skipped.n,
            skipped.n == 1 ? "" : "s", outdir);
    st = KABAR_ERR_INPUT; /* exit 1: the outputs stand, without those inputs */
    skipped_only = 1;
  }
done:
  if (st != KABAR_OK && !skipped_only) {
    kabar_cli_outdir_unstage(od, err.message, sizeof err.message);
    kabar_cli_error("kabar merge", err.message[0] ? err.message : kabar_strerror(st));
  }
  kabar_cli_outdir_close(od);
  kabar_shard_merge_free(m);
  kabar_cli_skipped_free(&skipped);
  kabar_metrics_free(metrics);
  kabar_kb_free(kb);
  kabar_pipeline_free(pipe);
  return kabar_cli_exit_code(st);
}
