/* SPDX-License-Identifier: MIT */
/* One command-line parser for every subcommand: getopt_long, so options
 * may come anywhere among the inputs, long options take "--opt=value" or
 * "--opt value", short ones may be bundled ("-qo out"), and "--" ends the
 * options. getopt's own messages are off: errors are printed here, in
 * kabar's words, naming the command. */
#ifndef KABAR_CLI_ARGS_H
#define KABAR_CLI_ARGS_H

#include <getopt.h>
#include <stddef.h>

/* Option values shared by the subcommands' option tables. */
enum {
  KABAR_OPT_HELP = 'h',
  KABAR_OPT_VERSION = 0x100,
  KABAR_OPT_DATA,
  KABAR_OPT_LENIENT,
  KABAR_OPT_MAX_DOC_BYTES,
  KABAR_OPT_FIRST_OWN /* a command's own long-only options start here */
};

/* Returned by kabar_cli_next_option() when the command is to exit now
 * (after --help, --version or a usage error) with *exit_code. */
#define KABAR_CLI_EXIT (-2)

typedef struct kabar_cli_parser {
  const char *command;   /* "kabar export": the prefix of messages */
  const char *usage;     /* printed by --help, and after a usage error */
  const char *shortopts; /* getopt's string, without the leading ':' */
  const struct option *longopts;
  int argc;
  char **argv;           /* argv[0] is the subcommand's name */
  char shortbuf[64];
} kabar_cli_parser;

/* Starts parsing argv[1..argc). */
void kabar_cli_parser_init(kabar_cli_parser *p, const char *command, const char *usage,
                           const char *shortopts, const struct option *longopts, int argc,
                           char **argv);

/* The next option's value (its `val` in longopts, or its short letter),
 * with its argument in *arg; -1 when all options are read, and then the
 * operands are argv[kabar_cli_first_operand()..argc) in the order given;
 * KABAR_CLI_EXIT when the command should return *exit_code at once (help
 * and version printed, or a usage error reported). */
int kabar_cli_next_option(kabar_cli_parser *p, const char **arg, int *exit_code);

/* The index of the first operand once kabar_cli_next_option() returned -1. */
int kabar_cli_first_operand(void);

/* The FILE operands of a command that needs one at least, once
 * kabar_cli_next_option() returned -1: argv[first operand..argc), or "-"
 * alone when there are none and standard input is piped. Returns the
 * number of them with *files set, or -1 after printing "COMMAND: no input
 * files" and the usage. */
int kabar_cli_files(const kabar_cli_parser *p, char ***files);

/* The input a command with no INPUT reads: "-" when standard input is a
 * pipe, a file or a socket (`kabar export < page.html`, `curl ... | kabar
 * export`), NULL when it is a terminal or a device such as /dev/null (then
 * the bundled corpus, or nothing, is meant). */
const char *kabar_cli_stdin_input(void);

/* --jobs N: a whole number of threads from 1 to KABAR_CLI_MAX_JOBS into
 * *jobs; 0, or -1 for anything else. */
#define KABAR_CLI_MAX_JOBS 1024
int kabar_cli_parse_jobs(const char *s, size_t *jobs);

/* The default of --jobs: the cores online (1 when unknown). */
size_t kabar_cli_default_jobs(void);

/* --epsilon E: the target error of sampled network metrics, a number
 * strictly between 0 and 1, into *eps; 0, or -1 for anything else. */
int kabar_cli_parse_epsilon(const char *s, double *eps);

#endif
