/* SPDX-License-Identifier: MIT */
/* kabar analyze: what each pass of the extractor read in each sentence. */
#include "commands.h"

#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/text.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: kabar analyze [--data DIR] [--lenient] [--max-doc-bytes N] FILE...\n"
    "\n"
    "Prints, for each sentence of each document, the layers the extractor\n"
    "built, in the order its passes build them:\n"
    "  words     each word that has a category: function words\n"
    "            (data/cues/words.tsv), grammar words (data/frames/grammar.tsv),\n"
    "            the relation cue it is built on with its form, its status cue\n"
    "  mentions  names and references, with the entities they resolve to\n"
    "  clauses   each clause's predicate (verb with its voice, copula or role\n"
    "            verb; negated or not), subject (its own, the name a relative\n"
    "            'yang' clause modifies, or carried from the clause before),\n"
    "            direct object and prepositional phrases\n"
    "  phrases   noun phrases headed by a frame's head or a role title: the\n"
    "            frames (data/frames/frames.tsv) they start, what they are of,\n"
    "            what they describe, their list members and parties\n"
    "  facts     each fact with its status and the rule that stated it\n"
    "It is the tool for writing frames and debugging rules; the format is\n"
    "for reading and may change. Documents are read as by 'kabar export', in\n"
    "the order given, and earlier documents' people are remembered.\n"
    "\n"
    "Options:\n"
    "  --data DIR   data directory (default: $KABAR_DATA or the built-in one)\n"
    "  --lenient    replace invalid UTF-8 with U+FFFD and warn, instead of failing\n"
    "  --max-doc-bytes N\n"
    "               refuse a document larger than N bytes (suffix K, M or G)\n"
    "  --help       show this help\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input, 2 usage, 3 output not written, 4 internal error.\n";

/* Parses the options; returns the index of the first file, or -1 after
 * printing why (with *rc set). */
static int parse_options(int argc, char **argv, const char **data, kabar_read_options *opt, int *rc) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = NULL;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(usage, stdout);
      *rc = fflush(stdout) == 0 && !ferror(stdout) ? KABAR_EXIT_OK : KABAR_EXIT_OUTPUT;
      return -1;
    }
    if (!strcmp(a, "--lenient")) {
      opt->lenient = 1;
      continue;
    }
    if (!strcmp(a, "--"))
      return i + 1;
    int bytes = !strncmp(a, "--max-doc-bytes", 15) && (a[15] == '\0' || a[15] == '=');
    int dir = !strncmp(a, "--data", 6) && (a[6] == '\0' || a[6] == '=');
    if (!bytes && !dir) {
      if (a[0] == '-' && a[1] != '\0') {
        fprintf(stderr, "kabar analyze: unknown option '%s'\n%s", a, usage);
        *rc = KABAR_EXIT_USAGE;
        return -1;
      }
      return i;
    }
    const char *eq = strchr(a, '=');
    v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
    if (dir && v && *v) {
      *data = v;
    } else if (!bytes || !v || kabar_parse_byte_count(v, &opt->max_doc_bytes) != 0) {
      fprintf(stderr, "kabar analyze: %s wants %s, not '%s'\n", bytes ? "--max-doc-bytes" : "--data",
              bytes ? "a positive byte count" : "a directory", v ? v : "");
      *rc = KABAR_EXIT_USAGE;
      return -1;
    }
  }
  return argc;
}

int kabar_cmd_analyze(int argc, char **argv) {
  const char *data = NULL;
  kabar_read_options opt = {0, -1, 0};
  int rc = KABAR_EXIT_OK;
  int first = parse_options(argc, argv, &data, &opt, &rc);
  if (first < 0)
    return rc;
  if (first >= argc) {
    fprintf(stderr, "kabar analyze: no input files\n%s", usage);
    return KABAR_EXIT_USAGE;
  }
  kabar_error err;
  kabar_error_clear(&err);
  kabar_pipeline *pipe = NULL;
  kabar_kb *kb = NULL;
  kabar_status st = kabar_pipeline_new(kabar_cli_data_dir(data), &opt, &pipe, &err);
  if (st == KABAR_OK && !(kb = kabar_kb_new()))
    st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
  if (st != KABAR_OK) {
    kabar_cli_error("kabar", err.message);
    kabar_pipeline_free(pipe);
    return kabar_cli_exit_code(st);
  }
  for (int i = first; i < argc && rc < KABAR_EXIT_OUTPUT; i++) {
    char **paths = NULL;
    size_t n_paths = 0;
    st = kabar_list_inputs(argv[i], &paths, &n_paths, &err);
    if (st == KABAR_OK && n_paths == 0)
      st = kabar_error_set(&err, KABAR_ERR_INPUT, "%s: no .txt, .html or .htm files in this directory",
                           argv[i]);
    for (size_t k = 0; k < n_paths && st == KABAR_OK; k++)
      st = kabar_pipeline_analyze_file(pipe, paths[k], kb, stdout, &err);
    for (size_t k = 0; k < n_paths; k++)
      free(paths[k]);
    free(paths);
    if (st != KABAR_OK) {
      kabar_cli_error("kabar", err.message);
      if (kabar_cli_exit_code(st) > rc)
        rc = kabar_cli_exit_code(st);
    }
    if (ferror(stdout))
      rc = KABAR_EXIT_OUTPUT;
  }
  kabar_kb_free(kb);
  kabar_pipeline_free(pipe);
  if (rc != KABAR_EXIT_OUTPUT && (fflush(stdout) != 0 || ferror(stdout)))
    rc = KABAR_EXIT_OUTPUT;
  if (rc == KABAR_EXIT_OUTPUT)
    fprintf(stderr, "kabar analyze: cannot write the output: %s\n", errno ? strerror(errno) : "write error");
  return rc;
}
