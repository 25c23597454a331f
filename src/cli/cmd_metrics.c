/* SPDX-License-Identifier: MIT */
#include "commands.h"

/* Placeholder until the real command lands. */
int kabar_cmd_metrics(int argc, char **argv) {
  (void)argc;
  fprintf(stderr, "kabar %s: not implemented yet\n", argv[0]);
  return KABAR_EXIT_USAGE;
}
