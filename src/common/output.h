/* SPDX-License-Identifier: MIT */
/* Output files that one thread writes. */
#ifndef KABAR_OUTPUT_H
#define KABAR_OUTPUT_H

#include <stdio.h>

/* fopen(path, "wb") for a file that only one thread writes at a time:
 * stdio then takes no lock for each putc(), fputs() or fwrite() (with
 * glibc, through __fsetlocking; elsewhere it is a plain fopen). The TSV,
 * JSONL, CSV and RDF writers make a call or more per value, and the lock
 * was most of what a putc() cost. NULL, with errno set, when fopen fails;
 * the caller closes the file with fclose(). */
FILE *kabar_output_open(const char *path);

#endif
