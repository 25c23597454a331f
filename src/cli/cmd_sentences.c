/* SPDX-License-Identifier: MIT */
/* kabar sentences: the sentence split of documents as TSV. */
#include "commands.h"

#include <kabar/text.h>
#include <kabar/tsv.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: kabar sentences [--data DIR] [--lenient] [--max-doc-bytes N] FILE...\n"
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
    "(its .txt, .html and .htm files, recursively, in byte order).\n"
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

int kabar_cmd_sentences(int argc, char **argv) {
  const char *data_opt = NULL;
  kabar_read_options opt = {0, -1, 0};
  int first_file = argc;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(usage, stdout);
      return fflush(stdout) == 0 && !ferror(stdout) ? KABAR_EXIT_OK : output_failed();
    } else if (!strcmp(a, "--lenient")) {
      opt.lenient = 1;
    } else if (!strcmp(a, "--max-doc-bytes") || !strncmp(a, "--max-doc-bytes=", 16)) {
      const char *v = a[15] == '=' ? a + 16 : (i + 1 < argc ? argv[++i] : NULL);
      if (!v || kabar_parse_byte_count(v, &opt.max_doc_bytes) != 0) {
        fprintf(stderr, "kabar sentences: --max-doc-bytes wants a positive byte count, not '%s'\n",
                v ? v : "");
        return KABAR_EXIT_USAGE;
      }
    } else if (!strcmp(a, "--data")) {
      if (i + 1 >= argc) {
        fprintf(stderr, "kabar sentences: --data needs a directory\n%s", usage);
        return KABAR_EXIT_USAGE;
      }
      data_opt = argv[++i];
    } else if (!strncmp(a, "--data=", 7)) {
      data_opt = a + 7;
    } else if (!strcmp(a, "--")) {
      first_file = i + 1;
      break;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "kabar sentences: unknown option '%s'\n%s", a, usage);
      return KABAR_EXIT_USAGE;
    } else {
      first_file = i;
      break;
    }
  }
  /* Options may not follow the files: everything from here is a file. */
  if (first_file >= argc) {
    fprintf(stderr, "kabar sentences: no input files\n%s", usage);
    return KABAR_EXIT_USAGE;
  }

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
  for (int i = first_file; i < argc && rc != KABAR_EXIT_OUTPUT; i++) {
    char **paths = NULL;
    size_t n_paths = 0;
    st = kabar_list_inputs(argv[i], &paths, &n_paths, &err);
    if (st != KABAR_OK) {
      fprintf(stderr, "kabar: %s\n", err.message);
      if (rc == KABAR_EXIT_OK || kabar_cli_exit_code(st) > rc)
        rc = kabar_cli_exit_code(st);
      continue;
    }
    if (n_paths == 0) {
      fprintf(stderr, "kabar: %s: no .txt, .html or .htm files in this directory\n", argv[i]);
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
