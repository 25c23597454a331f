/* SPDX-License-Identifier: MIT */
#include "commands.h"

int kabar_cmd_export(int argc, char **argv) {
  (void)argc;
  (void)argv;
  return KABAR_EXIT_USAGE;
}
