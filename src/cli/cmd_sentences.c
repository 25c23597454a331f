/* SPDX-License-Identifier: MIT */
/* kabar sentences: the sentence split of documents as TSV. */
#include "args.h"
#include "commands.h"

#include <kabar/text.h>
#include <kabar/tsv.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: kabar sentences [--data DIR] [--lenient] [--max-doc-bytes N] [FILE...]\n"
    "\n"
    "Prints the sentences of each document as TSV with a header line:\n"
    "  doc  n  start  end  kind  text\n"
    "doc is the file name without directory and extension, n counts from 1\n"
    "within the document, start/end are byte offsets into the file (for HTML\n"
    "into the extracted text; with --lenient into the repaired text), kind is text,\n"
    "caption, heading or boilerplate. Tabs, line breaks (U+0085, U+2028 and\n"
    "U+2029 too) and other control characters in doc and text are printed as\n"
    "spaces, as in facts.tsv.\n"
    "\n"
    "FILE may be a .txt or .html file, '-' for standard input, or a directory\n"
    "(its .txt, .html and .htm files, recursively, in byte order). With no FILE,\n"
    "standard input is read when it is a pipe or a file.\n"
    "\n"
    "Options:\n"
    "  --data DIR   data directory with boilerplate.tsv (default: $KABAR_DATA or\n"
    "               the built-in one)\n"
    "  --lenient    replace invalid UTF-8 with U+FFFD and warn, instead of failing\n"
    "  --max-doc-bytes N\n"
    "               refuse a document larger than N bytes (suffix K, M or G for\n"
    "               KiB, MiB, GiB; default 64M)\n"
    "  --help       show this help\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input, 2 usage, 3 output not written, 4 internal error.\n";

static void print_doc(const kabar_doc *doc, FILE *fp) {
  for (size_t i = 0; i < doc->n_sentences; i++) {
    const kabar_sentence *se = &doc->sentences[i];
    /* Values cleaned by the rule of every kabar writer (kabar/tsv.h), so
     * that the text matches facts.tsv's evidence and a row stays a line. */
    kabar_tsv_put_value(fp, doc->name, strlen(doc->name));
    size_t off = doc->is_html ? 0 : doc->text_offset; /* a BOM */
    fprintf(fp, "\t%zu\t%zu\t%zu\t%s\t", i + 1, se->start + off, se->end + off,
            kabar_sentence_kind_name(se->kind));
    kabar_tsv_put_value(fp, doc->text + se->start, se->end - se->start);
    putc('\n', fp);
  }
}

static int output_failed(void) {
  fprintf(stderr, "kabar sentences: cannot write the output: %s\n",
          errno ? strerror(errno) : "write error");
  return KABAR_EXIT_OUTPUT;
}

static const struct option sentence_options[] = {
    {"help", no_argument, NULL, KABAR_OPT_HELP},
    {"version", no_argument, NULL, KABAR_OPT_VERSION},
    {"data", required_argument, NULL, KABAR_OPT_DATA},
    {"lenient", no_argument, NULL, KABAR_OPT_LENIENT},
    {"max-doc-bytes", required_argument, NULL, KABAR_OPT_MAX_DOC_BYTES},
    {NULL, 0, NULL, 0}};

int kabar_cmd_sentences(int argc, char **argv) {
  const char *data_opt = NULL;
  kabar_read_options opt = {0, -1, 0, NULL};
  kabar_cli_parser args;
  kabar_cli_parser_init(&args, "kabar sentences", usage, "h", sentence_options, argc, argv);
  for (;;) {
    const char *v;
    int code, c = kabar_cli_next_option(&args, &v, &code);
    if (c == -1)
      break;
    if (c == KABAR_CLI_EXIT)
      return code;
    if (c == KABAR_OPT_LENIENT) {
      opt.lenient = 1;
    } else if (c == KABAR_OPT_DATA) {
      data_opt = v;
    } else if (c == KABAR_OPT_MAX_DOC_BYTES && kabar_parse_byte_count(v, &opt.max_doc_bytes) != 0) {
      fprintf(stderr, "kabar sentences: --max-doc-bytes wants a positive byte count, not '%s'\n",
              v);
      return KABAR_EXIT_USAGE;
    }
  }
  char **files;
  int n_files = kabar_cli_files(&args, &files);
  if (n_files < 0)
    return KABAR_EXIT_USAGE;

  int rc = KABAR_EXIT_OK;
  kabar_error err;
  kabar_error_clear(&err);
  kabar_text_cues *cues = NULL;
  const char *dir = kabar_cli_data_dir(data_opt);
  size_t dn = strlen(dir);
  char *cue_path = malloc(dn + sizeof "/boilerplate.tsv");
  if (!cue_path) {
    fprintf(stderr, "kabar sentences: out of memory\n");
    return KABAR_EXIT_INTERNAL;
  }
  memcpy(cue_path, dir, dn);
  memcpy(cue_path + dn, "/boilerplate.tsv", sizeof "/boilerplate.tsv");
  kabar_status st = kabar_text_cues_load(cue_path, &cues, &err);
  free(cue_path);
  if (st != KABAR_OK) {
    fprintf(stderr, "kabar: %s\n", err.message);
    return kabar_cli_exit_code(st);
  }

  fputs("doc\tn\tstart\tend\tkind\ttext\n", stdout);
  for (int i = 0; i < n_files && rc != KABAR_EXIT_OUTPUT; i++) {
    char **paths = NULL;
    size_t n_paths = 0;
    st = kabar_list_inputs(files[i], &paths, &n_paths, &err);
    if (st != KABAR_OK) {
      fprintf(stderr, "kabar: %s\n", err.message);
      if (rc == KABAR_EXIT_OK || kabar_cli_exit_code(st) > rc)
        rc = kabar_cli_exit_code(st);
      continue;
    }
    if (n_paths == 0) {
      fprintf(stderr, "kabar: %s: no .txt, .html or .htm files in this directory\n", files[i]);
      if (rc == KABAR_EXIT_OK)
        rc = KABAR_EXIT_INPUT;
    }
    for (size_t k = 0; k < n_paths; k++) {
      kabar_doc *doc = NULL;
      if (rc != KABAR_EXIT_OUTPUT) {
        st = kabar_doc_read(paths[k], &opt, cues, &doc, &err);
        if (st != KABAR_OK) {
          fprintf(stderr, "kabar: %s\n", err.message);
          if (rc == KABAR_EXIT_OK || kabar_cli_exit_code(st) > rc)
            rc = kabar_cli_exit_code(st);
        } else {
          print_doc(doc, stdout);
          if (ferror(stdout))
            rc = output_failed();
        }
      }
      kabar_doc_free(doc);
      free(paths[k]);
    }
    free(paths);
  }
  kabar_text_cues_free(cues);
  if (rc != KABAR_EXIT_OUTPUT && (fflush(stdout) != 0 || ferror(stdout)))
    rc = output_failed();
  return rc;
}
