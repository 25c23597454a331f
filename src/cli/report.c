/* SPDX-License-Identifier: MIT */
/* Exit codes, and error lines on standard error. A message names files, and a file name
 * may hold a newline or another control character: escaped here, every
 * error stays one line that scripts can read. */
#include "commands.h"

#include <stdio.h>

int kabar_cli_exit_code(kabar_status st) {
  switch (st) {
  case KABAR_OK: return KABAR_EXIT_OK;
  case KABAR_ERR_IO:
  case KABAR_ERR_ENCODING:
  case KABAR_ERR_INPUT:
  case KABAR_ERR_DATA: return KABAR_EXIT_INPUT;
  case KABAR_ERR_WRITE: return KABAR_EXIT_OUTPUT;
  case KABAR_ERR_USAGE: return KABAR_EXIT_USAGE;
  default: return KABAR_EXIT_INTERNAL; /* out of memory, a library failed */
  }
}

void kabar_cli_error(const char *prefix, const char *message) {
  fprintf(stderr, "%s: ", prefix);
  for (const unsigned char *p = (const unsigned char *)message; *p; p++) {
    unsigned c = *p;
    if (c == '\n')
      fputs("\\n", stderr);
    else if (c == '\r')
      fputs("\\r", stderr);
    else if (c == '\t')
      fputs("\\t", stderr);
    else if (c < 0x20 || c == 0x7f)
      fprintf(stderr, "\\x%02x", c);
    else if (c == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) /* C1 controls, NEL among them */
      fprintf(stderr, "\\u%04x", (unsigned)*++p);
    else if (c == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) { /* U+2028, U+2029 */
      fprintf(stderr, "\\u%04x", 0x2000u + (p[2] - 0x80u));
      p += 2;
    } else
      putc((int)c, stderr);
  }
  putc('\n', stderr);
}
