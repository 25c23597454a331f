/* SPDX-License-Identifier: MIT */
/* The subcommands of the kabar command. Each returns the process exit code
 * (see KABAR_EXIT_* below); argv[0] is the subcommand's name. */
#ifndef KABAR_CLI_COMMANDS_H
#define KABAR_CLI_COMMANDS_H

#include <kabar/common.h>

#include <stdio.h>

enum {
  KABAR_EXIT_OK = 0,
  KABAR_EXIT_INPUT = 1,  /* bad or unreadable input, malformed data file */
  KABAR_EXIT_USAGE = 2,  /* bad command line */
  KABAR_EXIT_OUTPUT = 3, /* an output could not be written */
  KABAR_EXIT_INTERNAL = 4 /* out of memory, a library failed */
};

int kabar_cmd_export(int argc, char **argv);
int kabar_cmd_extract(int argc, char **argv);
int kabar_cmd_merge(int argc, char **argv);
int kabar_cmd_sentences(int argc, char **argv);
int kabar_cmd_metrics(int argc, char **argv);
int kabar_cmd_analyze(int argc, char **argv);

/* The exit code for a failure of that status (KABAR_EXIT_*). */
int kabar_cli_exit_code(kabar_status st);

/* Prints "PREFIX: MESSAGE" and a newline on standard error, with control
 * characters in MESSAGE (a file name's newline) escaped: always one line. */
void kabar_cli_error(const char *prefix, const char *message);

/* The data directory: --data, else $KABAR_DATA, else PREFIX/share/kabar
 * when the running binary is PREFIX/bin/kabar and that directory exists
 * (an installed kabar), else the source tree's data/ built in (src/cli/datadir.c). */
const char *kabar_cli_data_dir(const char *option);

#endif
