/* SPDX-License-Identifier: MIT */
#include "args.h"

#include "commands.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void kabar_cli_parser_init(kabar_cli_parser *p, const char *command, const char *usage,
                           const char *shortopts, const struct option *longopts, int argc,
                           char **argv) {
  p->command = command;
  p->usage = usage;
  p->longopts = longopts;
  p->argc = argc;
  p->argv = argv;
  /* A leading ':' makes getopt tell a missing argument (':') from an
   * unknown option ('?'). */
  snprintf(p->shortbuf, sizeof p->shortbuf, ":%s", shortopts);
  p->shortopts = p->shortbuf;
  optind = 0; /* glibc: 0 starts afresh, for a second parse in one process */
  opterr = 0;
}

static int print_and_exit(const char *text) {
  fputs(text, stdout);
  return fflush(stdout) == 0 && !ferror(stdout) ? KABAR_EXIT_OK : KABAR_EXIT_OUTPUT;
}

/* The argument getopt last stepped over, or "" (it may still be inside
 * a bundle of short options). */
static const char *last_arg(const kabar_cli_parser *p) {
  return optind > 0 && optind - 1 < p->argc ? p->argv[optind - 1] : "";
}

static int long_value_known(const kabar_cli_parser *p, int val) {
  for (const struct option *o = p->longopts; o->name; o++)
    if (o->val == val)
      return 1;
  return 0;
}

/* Whether the long option spelt in `a` ("--output=x") has value `val`. */
static int long_name_has_value(const kabar_cli_parser *p, const char *a, int val) {
  size_t n = strcspn(a + 2, "=");
  for (const struct option *o = p->longopts; o->name; o++)
    if (o->val == val && !strncmp(o->name, a + 2, n))
      return 1; /* getopt also takes unambiguous prefixes: "--out" */
  return 0;
}

int kabar_cli_next_option(kabar_cli_parser *p, const char **arg, int *exit_code) {
  int c = getopt_long(p->argc, p->argv, p->shortopts, p->longopts, NULL);
  *arg = optarg;
  if (c == KABAR_OPT_HELP) {
    *exit_code = print_and_exit(p->usage);
    return KABAR_CLI_EXIT;
  }
  if (c == KABAR_OPT_VERSION) {
    *exit_code = print_and_exit("kabar " KABAR_VERSION "\n");
    return KABAR_CLI_EXIT;
  }
  if (c != '?' && c != ':')
    return c;
  /* getopt says which option only through optopt: 0 for an unknown long
   * option, the letter of an unknown short one, else the failed option's
   * value; its spelling is in last_arg() when that is a long option. */
  const char *a = last_arg(p);
  int known = optopt != 0 && ((optopt < 0x80 && strchr(p->shortopts + 1, optopt)) ||
                              long_value_known(p, optopt));
  int is_long = a[0] == '-' && a[1] == '-' && (optopt == 0 || known) &&
                (c == '?' || long_name_has_value(p, a, optopt));
  char name[128];
  if (is_long)
    snprintf(name, sizeof name, "%.*s", (int)strcspn(a, "="), a);
  else
    snprintf(name, sizeof name, "-%c", optopt > 0 && optopt < 0x80 ? optopt : '?');
  if (c == ':')
    fprintf(stderr, "%s: %s needs a value\n", p->command, name);
  else if (is_long && known) /* "--quiet=yes" */
    fprintf(stderr, "%s: %s takes no value\n", p->command, name);
  else
    fprintf(stderr, "%s: unknown option '%s'\n%s", p->command, name, p->usage);
  *exit_code = KABAR_EXIT_USAGE;
  return KABAR_CLI_EXIT;
}

int kabar_cli_first_operand(void) { return optind; }

int kabar_cli_files(const kabar_cli_parser *p, char ***files) {
  static char dash[] = "-";
  static char *stdin_only[] = {dash};
  int first = kabar_cli_first_operand();
  if (first < p->argc) {
    *files = p->argv + first;
    return p->argc - first;
  }
  if (kabar_cli_stdin_input()) {
    *files = stdin_only;
    return 1;
  }
  fprintf(stderr, "%s: no input files\n%s", p->command, p->usage);
  return -1;
}

const char *kabar_cli_stdin_input(void) {
  struct stat sb;
  if (isatty(STDIN_FILENO) || fstat(STDIN_FILENO, &sb) != 0)
    return NULL;
  return S_ISFIFO(sb.st_mode) || S_ISREG(sb.st_mode) || S_ISSOCK(sb.st_mode) ? "-" : NULL;
}

int kabar_cli_parse_jobs(const char *s, size_t *jobs) {
  size_t n = 0;
  if (!*s)
    return -1;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return -1;
    n = n * 10 + (size_t)(*s - '0');
    if (n > KABAR_CLI_MAX_JOBS)
      return -1;
  }
  if (n == 0)
    return -1;
  *jobs = n;
  return 0;
}

int kabar_cli_parse_epsilon(const char *s, double *eps) {
  char *end;
  errno = 0;
  double e = strtod(s, &end);
  if (!*s || *end || errno || !(e > 0 && e < 1))
    return -1;
  *eps = e;
  return 0;
}

size_t kabar_cli_default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > KABAR_CLI_MAX_JOBS ? KABAR_CLI_MAX_JOBS : (size_t)n;
}
