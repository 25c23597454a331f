/* SPDX-License-Identifier: MIT */
/* kabar extract: a shard of the inputs -> a part, for kabar merge.
 * Each input is read and extracted as kabar export would (in the order
 * given, with the people of the shard's earlier documents); the part
 * records what each added to the knowledge base and the people it looked
 * up and remembered (kabar/part.h, kabar/shard.h). The part is written to
 * a temporary name beside PART and renamed when whole. */
#include "args.h"
#include "commands.h"
#include "skipped.h"

#include <kabar/kb.h>
#include <kabar/part.h>
#include <kabar/pipeline.h>
#include <kabar/shard.h>
#include <kabar/text.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char extract_usage[] =
    "usage: kabar extract [options] -o PART INPUT...\n"
    "\n"
    "Reads a shard of the inputs (files, or directories walked for .txt/.html/.htm)\n"
    "and writes PART, a partial result that 'kabar merge' builds every output from:\n"
    "'kabar merge -o DIR PART1 PART2 ...', the parts in shard order, writes the same\n"
    "bytes as 'kabar export -o DIR' on all the inputs in that order. The inputs must\n"
    "stay where they are until the merge, which may read some of them again.\n"
    "\n"
    "Options:\n"
    "  -o, --output PART        the part to write (required)\n"
    "      --format F           auto (default), text or html\n"
    "      --lenient            replace invalid UTF-8 with U+FFFD and warn, instead of failing\n"
    "      --max-doc-bytes N    the largest document read (default 64M)\n"
    "      --keep-going         skip an input that cannot be read, say so on stderr and\n"
    "                           in the part; merge lists it in skipped.tsv and exits 1\n"
    "      --date YYYY-MM-DD    the date of documents that give none of their own\n"
    "      --data DIR           lexicons and cues (default: the installed data directory)\n"
    "  -q, --quiet              no summary\n"
    "  -h, --help               this help\n"
    "      --version            the version\n"
    "\n"
    "Every part of one merge must be extracted with the same --format, --lenient,\n"
    "--max-doc-bytes, --date, --keep-going and data; the part records them, and\n"
    "merge checks.\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input or data file, 2 usage, 3 part not written,\n"
    "4 out of memory or a library failure.\n";

enum { OPT_FORMAT = KABAR_OPT_FIRST_OWN, OPT_DATE, OPT_KEEP_GOING };

static const struct option extract_options[] = {
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, KABAR_OPT_HELP},
    {"version", no_argument, NULL, KABAR_OPT_VERSION},
    {"data", required_argument, NULL, KABAR_OPT_DATA},
    {"lenient", no_argument, NULL, KABAR_OPT_LENIENT},
    {"max-doc-bytes", required_argument, NULL, KABAR_OPT_MAX_DOC_BYTES},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"date", required_argument, NULL, OPT_DATE},
    {"keep-going", no_argument, NULL, OPT_KEEP_GOING},
    {NULL, 0, NULL, 0}};

/* SIGINT, SIGTERM and SIGHUP remove the part's temporary file before the
 * process dies of the signal (a SIGKILL leaves PART.tmp-XXXXXX behind). */
static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};
static char temp_part[4096];

static void remove_temp_part(int sig) {
  if (temp_part[0])
    unlink(temp_part);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void guard_temp_part(const char *path) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
    sigaddset(&sa.sa_mask, fatal_signals[i]);
  sa.sa_handler = path ? remove_temp_part : SIG_DFL;
  if (path && strlen(path) >= sizeof temp_part)
    return; /* too long to keep: left behind if killed */
  sigprocmask(SIG_BLOCK, &sa.sa_mask, NULL);
  snprintf(temp_part, sizeof temp_part, "%s", path ? path : "");
  for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
    sigaction(fatal_signals[i], &sa, NULL);
  sigprocmask(SIG_UNBLOCK, &sa.sa_mask, NULL);
}

/* The inputs of the operands, directories walked; with `skipped`
 * (--keep-going), an operand that cannot be listed is skipped. */
static kabar_status list_inputs(char **args, int n_args, char ***paths, size_t *n,
                                kabar_cli_skipped *skipped, kabar_error *err) {
  kabar_status st = KABAR_OK;
  size_t cap = 0;
  for (int a = 0; a < n_args && st == KABAR_OK; a++) {
    char **list = NULL;
    size_t m = 0;
    if ((st = kabar_list_inputs(args[a], &list, &m, err)) == KABAR_OK && m == 0)
      st = kabar_error_set(err, KABAR_ERR_INPUT, "%s: no .txt, .html or .htm file in it",
                           args[a]);
    if (st != KABAR_OK && skipped && kabar_cli_skippable(st)) {
      free(list);
      st = kabar_cli_skip(skipped, args[a], err->message);
      continue;
    }
    if (st == KABAR_OK && *n + m > cap) {
      size_t ncap = (*n + m) * 2 + 8;
      char **np = realloc(*paths, ncap * sizeof *np);
      if (np) {
        *paths = np;
        cap = ncap;
      } else {
        st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
      }
    }
    for (size_t i = 0; i < m; i++) {
      if (st == KABAR_OK)
        (*paths)[(*n)++] = list[i];
      else
        free(list[i]);
    }
    free(list);
  }
  return st;
}

int kabar_cmd_extract(int argc, char **argv) {
  const char *output = NULL, *data_opt = NULL, *format = "auto", *max_doc = NULL, *date = NULL;
  int quiet = 0, lenient = 0, keep_going = 0;
  kabar_cli_parser args;
  kabar_cli_parser_init(&args, "kabar extract", extract_usage, "o:qh", extract_options, argc,
                        argv);
  for (;;) {
    const char *v;
    int rc, c = kabar_cli_next_option(&args, &v, &rc);
    if (c == -1)
      break;
    switch (c) {
    case KABAR_CLI_EXIT: return rc;
    case 'o': output = v; break;
    case 'q': quiet = 1; break;
    case KABAR_OPT_DATA: data_opt = v; break;
    case KABAR_OPT_LENIENT: lenient = 1; break;
    case KABAR_OPT_MAX_DOC_BYTES: max_doc = v; break;
    case OPT_FORMAT: format = v; break;
    case OPT_DATE: date = v; break;
    case OPT_KEEP_GOING: keep_going = 1; break;
    default: return KABAR_EXIT_INTERNAL;
    }
  }
  int first_input = kabar_cli_first_operand();
  if (!output || !*output) {
    fprintf(stderr, "kabar extract: -o PART is required\n%s", extract_usage);
    return KABAR_EXIT_USAGE;
  }
  if (first_input >= argc) {
    fprintf(stderr, "kabar extract: no input files\n%s", extract_usage);
    return KABAR_EXIT_USAGE;
  }
  for (int i = first_input; i < argc; i++)
    if (!strcmp(argv[i], "-")) {
      fprintf(stderr, "kabar extract: standard input cannot go into a part (merge may have "
                      "to read an input again); give files\n");
      return KABAR_EXIT_USAGE;
    }
  kabar_part_options popt;
  memset(&popt, 0, sizeof popt);
  kabar_read_options ropt = {lenient, -1, KABAR_DEFAULT_MAX_DOC_BYTES, NULL};
  if (max_doc && kabar_parse_byte_count(max_doc, &ropt.max_doc_bytes) != 0) {
    fprintf(stderr, "kabar extract: --max-doc-bytes wants a positive byte count, not '%s'\n",
            max_doc);
    return KABAR_EXIT_USAGE;
  }
  if (date && !kabar_is_iso_date(date)) {
    fprintf(stderr, "kabar extract: --date wants YYYY-MM-DD, YYYY-MM or YYYY, not '%s'\n", date);
    return KABAR_EXIT_USAGE;
  }
  ropt.date = date;
  if (!strcmp(format, "text"))
    ropt.html = 0;
  else if (!strcmp(format, "html"))
    ropt.html = 1;
  else if (strcmp(format, "auto")) {
    fprintf(stderr, "kabar extract: --format must be auto, text or html\n");
    return KABAR_EXIT_USAGE;
  }

  kabar_error err;
  kabar_error_clear(&err);
  kabar_status st = KABAR_OK;
  char **paths = NULL;
  size_t n = 0, n_docs = 0;
  kabar_pipeline *pipe = NULL;
  kabar_part_writer *w = NULL;
  kabar_shard_log *log = NULL;
  kabar_kb *doc_kb = NULL;
  kabar_cli_skipped skipped = {0};
  size_t n_failed = 0;
  const char *data_dir = kabar_cli_data_dir(data_opt);
  if ((st = list_inputs(argv + first_input, argc - first_input, &paths, &n,
                        keep_going ? &skipped : NULL, &err)) != KABAR_OK)
    goto done;
  snprintf(popt.version, sizeof popt.version, "%s", KABAR_VERSION);
  popt.lenient = lenient;
  popt.html = ropt.html;
  popt.max_doc_bytes = ropt.max_doc_bytes;
  snprintf(popt.date, sizeof popt.date, "%s", date ? date : "");
  popt.keep_going = keep_going;
  if ((st = kabar_part_data_fingerprint(data_dir, popt.data, &err)) != KABAR_OK ||
      (st = kabar_pipeline_new(data_dir, &ropt, &pipe, &err)) != KABAR_OK ||
      (st = kabar_part_create(output, &popt, &w, &err)) != KABAR_OK)
    goto done;
  guard_temp_part(kabar_part_temp_path(w));
  for (size_t i = 0; i < skipped.n; i++)
    if ((st = kabar_part_add_skipped_operand(w, skipped.inputs[i], skipped.reasons[i], &err)) !=
        KABAR_OK)
      goto done;
  if (!(log = kabar_shard_log_new())) {
    st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    kabar_part_input in;
    if (!(doc_kb = kabar_kb_new())) {
      st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
      goto done;
    }
    st = kabar_pipeline_extract_logged(pipe, paths[i], doc_kb, log, &in, &err);
    if (st != KABAR_OK && keep_going && kabar_cli_skippable(st)) {
      /* merge lists it in skipped.tsv, in its place among the inputs */
      memset(&in, 0, sizeof in);
      in.path = paths[i];
      in.skipped = err.message;
      n_failed++;
      if ((st = kabar_cli_skip(&skipped, paths[i], err.message)) == KABAR_OK)
        st = kabar_part_add(w, &in, NULL, &err);
      kabar_kb_free(doc_kb);
      doc_kb = NULL;
      if (st != KABAR_OK)
        goto done;
      continue;
    }
    if (st != KABAR_OK)
      goto done;
    if (in.extracted && (st = kabar_kb_finish(doc_kb)) != KABAR_OK) {
      kabar_error_set(&err, st, "%s: %s", paths[i], kabar_strerror(st));
      goto done;
    }
    if ((st = kabar_part_add(w, &in, in.extracted ? doc_kb : NULL, &err)) != KABAR_OK)
      goto done;
    n_docs += in.extracted != 0;
    kabar_kb_free(doc_kb);
    doc_kb = NULL;
  }
  if ((st = kabar_part_commit(w, &err)) != KABAR_OK)
    goto done;
  if (!quiet) {
    size_t dups = n - n_failed - n_docs;
    char repeated[64] = "";
    if (dups)
      snprintf(repeated, sizeof repeated, " (%zu duplicate input%s skipped)", dups,
               dups > 1 ? "s" : "");
    fprintf(stderr, "kabar: %zu documents%s -> %s\n", n_docs, repeated, output);
    if (skipped.n)
      fprintf(stderr, "kabar: %zu input%s skipped, recorded in %s for merge\n", skipped.n,
              skipped.n == 1 ? "" : "s", output);
  }
done:
  if (st != KABAR_OK)
    kabar_cli_error("kabar extract", err.message[0] ? err.message : kabar_strerror(st));
  kabar_kb_free(doc_kb);
  kabar_shard_log_free(log);
  kabar_cli_skipped_free(&skipped);
  kabar_part_writer_free(w);
  guard_temp_part(NULL);
  kabar_pipeline_free(pipe);
  for (size_t i = 0; i < n; i++)
    free(paths[i]);
  free(paths);
  return kabar_cli_exit_code(st);
}
