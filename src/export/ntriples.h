/* SPDX-License-Identifier: MIT */
/* N-Triples and N-Quads written straight onto a FILE, in the bytes that
 * raptor2's "ntriples" and "nquads" serializers write (tests/rdf/
 * test_ntriples.c compares them statement by statement): raptor2 writes
 * them a byte at a time through its iostream, which was a sixth of
 * `kabar export --rdf ntriples`. */
#ifndef KABAR_NTRIPLES_H
#define KABAR_NTRIPLES_H

#include <raptor2.h>
#include <stdio.h>

/* Writes statement st as one line of N-Triples, or of N-Quads with its
 * graph when with_graph and st->graph is set. Returns 0, or -1 for a term
 * of a type N-Triples has not (nothing of the statement is then written
 * after it). A string that is not UTF-8 is cut before its first bad byte,
 * as raptor2 cuts it. Write errors show in ferror(f). */
int nt_write_statement(FILE *f, const raptor_statement *st, int with_graph);

#endif
