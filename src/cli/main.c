/* SPDX-License-Identifier: MIT */
/* kabar: Indonesian news about relations between states, as a knowledge graph. */
#include "commands.h"

#include <kabar/common.h>

#include <string.h>

static const char usage[] =
    "usage: kabar COMMAND [options] [INPUT...]\n"
    "\n"
    "Commands:\n"
    "  export     extract entities and facts; write TSV, RDF, GraphML, GEXF, CSV, metrics\n"
    "  extract    extract a shard of the inputs into a part, for merge\n"
    "  merge      write every output of export from the parts of extract\n"
    "  sentences  print the sentence split of documents as TSV\n"
    "  metrics    print the top entities per network metric\n"
    "  analyze    print what the extractor read in each sentence (for writing frames)\n"
    "\n"
    "Run 'kabar COMMAND --help' for a command's options.\n"
    "Options: --help, --version\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input, 2 usage, 3 output not written, 4 internal error.\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return KABAR_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    fputs(usage, stdout);
    return fflush(stdout) == 0 && !ferror(stdout) ? KABAR_EXIT_OK : KABAR_EXIT_OUTPUT;
  }
  if (!strcmp(cmd, "--version")) {
    printf("kabar %s\n", KABAR_VERSION);
    return fflush(stdout) == 0 && !ferror(stdout) ? KABAR_EXIT_OK : KABAR_EXIT_OUTPUT;
  }
  if (!strcmp(cmd, "export"))
    return kabar_cmd_export(argc - 1, argv + 1);
  if (!strcmp(cmd, "extract"))
    return kabar_cmd_extract(argc - 1, argv + 1);
  if (!strcmp(cmd, "merge"))
    return kabar_cmd_merge(argc - 1, argv + 1);
  if (!strcmp(cmd, "sentences"))
    return kabar_cmd_sentences(argc - 1, argv + 1);
  if (!strcmp(cmd, "analyze"))
    return kabar_cmd_analyze(argc - 1, argv + 1);
  if (!strcmp(cmd, "metrics"))
    return kabar_cmd_metrics(argc - 1, argv + 1);
  fprintf(stderr, "kabar: unknown command '%s'\n%s", cmd, usage);
  return KABAR_EXIT_USAGE;
}
