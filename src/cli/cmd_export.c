/* SPDX-License-Identifier: MIT */
/* kabar export: inputs -> knowledge base -> every output file.
 * Outputs are written into a fresh staging directory beside the output
 * directory, which replaces the output directory as a whole only when all
 * of them succeeded (outdir.h), so a failed or interrupted run leaves
 * nothing half-written. */
#include "args.h"
#include "commands.h"
#include "outdir.h"
#include "outputs.h"
#include "skipped.h"

#include <kabar/graph.h>
#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/rdf.h>
#include <kabar/text.h>
#include <kabar/tsv.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char export_usage[] =
    "usage: kabar export [options] [INPUT...]\n"
    "\n"
    "Reads news articles (files, directories walked for .txt/.html/.htm, or - for\n"
    "standard input) and writes into the output directory: entities.tsv,\n"
    "facts.tsv, facts.jsonl, mentions.tsv, kb.ttl (and other RDF formats),\n"
    "graph.graphml, graph.gexf, nodes.csv, edges.csv, metrics.json. With no INPUT,\n"
    "standard input is read when it is a pipe or a file ('kabar export < page.html');\n"
    "from a terminal (or /dev/null), the bundled corpus. Options may come anywhere.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR         output directory (default: out)\n"
    "      --rdf FORMATS        turtle,ntriples,nquads,rdfxml, all or none (default: turtle)\n"
    "      --base IRI           base IRI of entity and mention identifiers\n"
    "      --entity-mentions    also write every entity mention (mentions.tsv) into\n"
    "                           the RDF, as kabar:EntityMention nodes\n"
    "      --metrics-include S  statuses whose facts count as edges for the network\n"
    "                           metrics besides asserted: alleged,denied,planned,negated or all\n"
    "      --format F           auto (default), text or html\n"
    "      --lenient            replace invalid UTF-8 with U+FFFD and warn, instead of failing\n"
    "      --max-doc-bytes N    the largest document read, in bytes or with K, M, G\n"
    "                           (default 64M); a larger one is an error naming it\n"
    "      --keep-going         skip an input that cannot be read (missing, empty,\n"
    "                           not UTF-8 or its declared charset, too large), say so on\n"
    "                           stderr and in skipped.tsv, export the rest, exit 1\n"
    "      --date YYYY-MM-DD    the date of documents that give none of their own\n"
    "                           (HTML meta, a dateline); also YYYY-MM or YYYY\n"
    "      --data DIR           lexicons and cues (default: the installed data directory)\n"
    "  -j, --jobs N             threads that read and extract the documents (default:\n"
    "                           the cores online); the outputs are the same for any N\n"
    "      --epsilon E          target error of sampled network metrics, between 0 and 1\n"
    "                           (default 0.1; small graphs are exact, and metrics.json\n"
    "                           states the bound)\n"
    "  -q, --quiet              no progress line and no summary\n"
    "  -h, --help               this help\n"
    "      --version            the version\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input or data file, 2 usage, 3 output not written,\n"
    "4 out of memory or a library failure.\n";

typedef struct inputs {
  char **paths;
  size_t n, cap;
} inputs;

static kabar_status add_inputs(inputs *in, const char *arg, kabar_error *err) {
  char **list = NULL;
  size_t n = 0;
  kabar_status st = kabar_list_inputs(arg, &list, &n, err);
  if (st != KABAR_OK)
    return st;
  if (n == 0) {
    free(list);
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s: no .txt, .html or .htm file in it", arg);
  }
  if (in->n + n > in->cap) {
    size_t ncap = (in->n + n) * 2 + 8;
    char **np = realloc(in->paths, ncap * sizeof *np);
    if (!np) {
      for (size_t i = 0; i < n; i++)
        free(list[i]);
      free(list);
      return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    }
    in->paths = np;
    in->cap = ncap;
  }
  for (size_t i = 0; i < n; i++)
    in->paths[in->n++] = list[i];
  free(list);
  return KABAR_OK;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

enum {
  OPT_RDF = KABAR_OPT_FIRST_OWN,
  OPT_BASE,
  OPT_INCLUDE,
  OPT_FORMAT,
  OPT_ENTITY_MENTIONS,
  OPT_KEEP_GOING,
  OPT_DATE,
  OPT_EPSILON
};

/* What each input's end does, in input order (kabar_pipeline_add_files()). */
typedef struct export_run {
  char **paths;
  size_t n;
  int keep_going;
  kabar_cli_skipped *skipped;
  size_t n_failed; /* of paths: skipped while reading */
  int progress;
  double last;     /* when progress was last shown */
} export_run;

static kabar_status input_done(void *user, size_t i, kabar_status st, kabar_error *err) {
  export_run *r = user;
  if (st != KABAR_OK && r->keep_going && kabar_cli_skippable(st)) {
    r->n_failed++;
    st = kabar_cli_skip(r->skipped, r->paths[i], err->message);
  }
  if (st == KABAR_OK && r->progress && now() - r->last > 0.25) {
    r->last = now();
    fprintf(stderr, "\rkabar: %zu/%zu documents", i + 1, r->n);
  }
  return st;
}

static const struct option export_options[] = {
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, KABAR_OPT_HELP},
    {"version", no_argument, NULL, KABAR_OPT_VERSION},
    {"data", required_argument, NULL, KABAR_OPT_DATA},
    {"lenient", no_argument, NULL, KABAR_OPT_LENIENT},
    {"max-doc-bytes", required_argument, NULL, KABAR_OPT_MAX_DOC_BYTES},
    {"rdf", required_argument, NULL, OPT_RDF},
    {"base", required_argument, NULL, OPT_BASE},
    {"metrics-include", required_argument, NULL, OPT_INCLUDE},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"entity-mentions", no_argument, NULL, OPT_ENTITY_MENTIONS},
    {"keep-going", no_argument, NULL, OPT_KEEP_GOING},
    {"date", required_argument, NULL, OPT_DATE},
    {"jobs", required_argument, NULL, 'j'},
    {"epsilon", required_argument, NULL, OPT_EPSILON},
    {NULL, 0, NULL, 0}};

int kabar_cmd_export(int argc, char **argv) {
  const char *outdir = "out", *data_opt = NULL, *base = NULL, *rdf_list = "turtle";
  const char *include = NULL, *format = "auto", *max_doc = NULL, *date = NULL, *jobs_opt = NULL;
  const char *epsilon_opt = NULL;
  int quiet = 0, lenient = 0, entity_mentions = 0, keep_going = 0;
  kabar_cli_parser args;
  kabar_cli_parser_init(&args, "kabar export", export_usage, "o:qhj:", export_options, argc, argv);
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
    case KABAR_OPT_LENIENT: lenient = 1; break;
    case KABAR_OPT_MAX_DOC_BYTES: max_doc = v; break;
    case OPT_RDF: rdf_list = v; break;
    case OPT_BASE: base = v; break;
    case OPT_INCLUDE: include = v; break;
    case OPT_FORMAT: format = v; break;
    case OPT_ENTITY_MENTIONS: entity_mentions = 1; break;
    case OPT_KEEP_GOING: keep_going = 1; break;
    case OPT_DATE: date = v; break;
    case 'j': jobs_opt = v; break;
    case OPT_EPSILON: epsilon_opt = v; break;
    default: return KABAR_EXIT_INTERNAL; /* an option in the table with no case */
    }
  }
  int first_input = kabar_cli_first_operand();

  if (!*outdir) {
    fprintf(stderr, "kabar export: -o needs a directory name\n");
    return KABAR_EXIT_USAGE;
  }
  kabar_read_options ropt = {lenient, -1, 0, NULL};
  if (max_doc && kabar_parse_byte_count(max_doc, &ropt.max_doc_bytes) != 0) {
    fprintf(stderr, "kabar export: --max-doc-bytes wants a positive byte count, not '%s'\n",
            max_doc);
    return KABAR_EXIT_USAGE;
  }
  if (date && !kabar_is_iso_date(date)) {
    fprintf(stderr, "kabar export: --date wants YYYY-MM-DD, YYYY-MM or YYYY, not '%s'\n", date);
    return KABAR_EXIT_USAGE;
  }
  ropt.date = date;
  size_t jobs = kabar_cli_default_jobs();
  if (jobs_opt && kabar_cli_parse_jobs(jobs_opt, &jobs) != 0) {
    fprintf(stderr, "kabar export: --jobs wants a number of threads from 1 to %d, not '%s'\n",
            KABAR_CLI_MAX_JOBS, jobs_opt);
    return KABAR_EXIT_USAGE;
  }
  if (!strcmp(format, "text"))
    ropt.html = 0;
  else if (!strcmp(format, "html"))
    ropt.html = 1;
  else if (strcmp(format, "auto")) {
    fprintf(stderr, "kabar export: --format must be auto, text or html\n");
    return KABAR_EXIT_USAGE;
  }
  kabar_cli_outputs outputs;
  int usage = kabar_cli_outputs_parse("kabar export", rdf_list, base, entity_mentions, include,
                                      epsilon_opt, jobs, &outputs);
  if (usage)
    return usage;

  kabar_error err;
  kabar_error_clear(&err);
  kabar_status st = KABAR_OK;
  inputs in = {0};
  kabar_pipeline *pipe = NULL;
  kabar_kb *kb = NULL;
  kabar_metrics *metrics = NULL;
  kabar_cli_outdir *od = NULL;
  kabar_cli_skipped skipped = {0};
  size_t n_failed = 0; /* of in.paths: skipped while reading */
  int skipped_only = 0;
  const char *data_dir = kabar_cli_data_dir(data_opt);
  outputs.rdf.data_dir = data_dir; /* the states' English labels */
  /* Locked first, so that a second export into the same directory fails
   * at once rather than after its whole run. */
  if ((st = kabar_cli_outdir_open(outdir, &od, &err)) != KABAR_OK)
    goto done;
  const char *piped = first_input >= argc ? kabar_cli_stdin_input() : NULL;
  if (piped) {
    st = add_inputs(&in, piped, &err);
  } else if (first_input >= argc) {
    size_t n = strlen(data_dir) + 16;
    char *corpus = malloc(n);
    if (!corpus) {
      st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
      goto done;
    }
    snprintf(corpus, n, "%s/corpus", data_dir);
    st = add_inputs(&in, corpus, &err);
    free(corpus);
  }
  for (int i = first_input; st == KABAR_OK && i < argc; i++) {
    st = add_inputs(&in, argv[i], &err);
    if (st != KABAR_OK && keep_going && kabar_cli_skippable(st))
      st = kabar_cli_skip(&skipped, argv[i], err.message);
  }
  if (st != KABAR_OK)
    goto done;
  if (in.n == 0) {
    st = kabar_error_set(&err, KABAR_ERR_INPUT, skipped.n ? "no input could be read"
                                                          : "no .txt, .html or .htm input found");
    goto done;
  }
  if ((st = kabar_pipeline_new(data_dir, &ropt, &pipe, &err)) != KABAR_OK)
    goto done;
  kb = kabar_kb_new();
  if (!kb) {
    st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
    goto done;
  }
  int progress = !quiet && isatty(STDERR_FILENO);
  double t0 = now();
  export_run run = {in.paths, in.n, keep_going, &skipped, 0, progress, t0};
  kabar_pipeline_set_jobs(pipe, jobs);
  st = kabar_pipeline_add_files(pipe, in.paths, in.n, kb, input_done, &run, &err);
  n_failed = run.n_failed;
  if (st != KABAR_OK)
    goto done;
  if (progress && now() - t0 > 0.25)
    fprintf(stderr, "\rkabar: %zu/%zu documents\n", in.n, in.n);
  if ((st = kabar_kb_finish(kb)) != KABAR_OK) {
    kabar_error_set(&err, st, "finishing the knowledge base: %s", kabar_strerror(st));
    goto done;
  }
  if (skipped.n && n_failed == in.n) {
    st = kabar_error_set(&err, KABAR_ERR_INPUT, "no input could be read (%zu skipped)",
                         skipped.n);
    goto done;
  }
  const char *staging = kabar_cli_outdir_staging(od);
  if ((keep_going && (st = kabar_cli_skipped_write(&skipped, staging, &err)) != KABAR_OK) ||
      (st = kabar_cli_outputs_write(kb, &outputs, staging, &metrics, &err)) != KABAR_OK ||
      (st = kabar_cli_outdir_commit(od, &err)) != KABAR_OK)
    goto done;
  /* Inputs whose bytes repeat an earlier input's are read once. */
  size_t dups = kabar_pipeline_n_duplicates(pipe);
  char repeated[64] = "";
  if (dups)
    snprintf(repeated, sizeof repeated, " (%zu duplicate input%s skipped)", dups,
             dups > 1 ? "s" : "");
  if (!quiet)
    fprintf(stderr, "kabar: %zu documents%s, %zu entities, %zu facts (%zu mentions) -> %s/\n",
            in.n - n_failed - dups, repeated, kabar_kb_n_entities(kb), kabar_kb_n_facts(kb),
            kabar_kb_n_mentions(kb), outdir);
  if (skipped.n) {
    fprintf(stderr, "kabar: %zu input%s skipped, listed in %s/skipped.tsv\n", skipped.n,
            skipped.n == 1 ? "" : "s", outdir);
    st = KABAR_ERR_INPUT; /* exit 1: the outputs stand, without those inputs */
    skipped_only = 1;
  }
done:
  if (st != KABAR_OK && !skipped_only) {
    kabar_cli_outdir_unstage(od, err.message, sizeof err.message);
    kabar_cli_error("kabar", err.message[0] ? err.message : kabar_strerror(st));
  }
  kabar_cli_outdir_close(od);
  kabar_metrics_free(metrics);
  kabar_kb_free(kb);
  kabar_pipeline_free(pipe);
  for (size_t i = 0; i < in.n; i++)
    free(in.paths[i]);
  free(in.paths);
  kabar_cli_skipped_free(&skipped);
  return kabar_cli_exit_code(st);
}
