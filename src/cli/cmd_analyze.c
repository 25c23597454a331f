/* SPDX-License-Identifier: MIT */
/* kabar analyze: what each pass of the extractor read in each sentence. */
#include "args.h"
#include "commands.h"

#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/text.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: kabar analyze [--data DIR] [--lenient] [--max-doc-bytes N] [FILE...]\n"
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
    "the order given, and earlier documents' people are remembered. With no\n"
    "FILE, standard input is read when it is a pipe or a file.\n"
    "\n"
    "Options:\n"
    "  --data DIR   data directory (default: $KABAR_DATA or the built-in one)\n"
    "  --lenient    replace invalid UTF-8 with U+FFFD and warn, instead of failing\n"
    "  --max-doc-bytes N\n"
    "               refuse a document larger than N bytes (suffix K, M or G)\n"
    "  --help       show this help\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input, 2 usage, 3 output not written, 4 internal error.\n";

static const struct option analyze_options[] = {
    {"help", no_argument, NULL, KABAR_OPT_HELP},
    {"version", no_argument, NULL, KABAR_OPT_VERSION},
    {"data", required_argument, NULL, KABAR_OPT_DATA},
    {"lenient", no_argument, NULL, KABAR_OPT_LENIENT},
    {"max-doc-bytes", required_argument, NULL, KABAR_OPT_MAX_DOC_BYTES},
    {NULL, 0, NULL, 0}};

int kabar_cmd_analyze(int argc, char **argv) {
  const char *data = NULL;
  kabar_read_options opt = {0, -1, 0, NULL};
  int rc = KABAR_EXIT_OK;
  kabar_cli_parser args;
  kabar_cli_parser_init(&args, "kabar analyze", usage, "h", analyze_options, argc, argv);
  for (;;) {
    const char *v;
    int c = kabar_cli_next_option(&args, &v, &rc);
    if (c == -1)
      break;
    if (c == KABAR_CLI_EXIT)
      return rc;
    if (c == KABAR_OPT_LENIENT) {
      opt.lenient = 1;
    } else if (c == KABAR_OPT_DATA) {
      data = v;
    } else if (c == KABAR_OPT_MAX_DOC_BYTES && kabar_parse_byte_count(v, &opt.max_doc_bytes) != 0) {
      fprintf(stderr, "kabar analyze: --max-doc-bytes wants a positive byte count, not '%s'\n", v);
      return KABAR_EXIT_USAGE;
    }
  }
  char **files;
  int n_files = kabar_cli_files(&args, &files);
  if (n_files < 0)
    return KABAR_EXIT_USAGE;
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
  for (int i = 0; i < n_files && rc < KABAR_EXIT_OUTPUT; i++) {
    char **paths = NULL;
    size_t n_paths = 0;
    st = kabar_list_inputs(files[i], &paths, &n_paths, &err);
    if (st == KABAR_OK && n_paths == 0)
      st = kabar_error_set(&err, KABAR_ERR_INPUT, "%s: no .txt, .html or .htm files in this directory",
                           files[i]);
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
