/* SPDX-License-Identifier: MIT */
/* Rule cases: short Indonesian texts written for a test, run through the
 * real pipeline, each with what a careful reader takes from it per
 * spec/EXTRACTION.md: the fact mentions (exhaustive unless marked partial),
 * facts that must not appear, entities that must or must not exist.
 *
 * A test file lists its `cases` (counted: any mismatch fails) and its
 * `known_gaps` (cases the extractor gets wrong today: run and printed, not
 * counted; a gap that starts to pass is reported so it can move into the
 * cases), and calls rule_cases_main(). */
#ifndef KABAR_TESTS_RULE_CASES_H
#define KABAR_TESTS_RULE_CASES_H

#include <stddef.h>


typedef struct want_fact {
  const char *s, *rel, *o; /* labels and relation name */
  const char *status;      /* for absent facts NULL means any status */
  const char *claimant;    /* NULL: not checked; "-": none; else its label */
  const char *date;        /* NULL: not checked; "-": none; else the date */
} want_fact;

typedef struct want_ent {
  const char *label; /* "L = A": the entity labelled L has the alias A */
  const char *type; /* NULL (for no_ents): any type */
} want_ent;

#define MAX_DOCS 3
#define MAX_WANT 8

typedef struct rule_case {
  const char *family;
  const char *docs[MAX_DOCS]; /* one document each, through one pipeline */
  want_fact facts[MAX_WANT];  /* must be there; all there is unless partial */
  want_fact absent[4];        /* must not be there */
  want_ent ents[6];           /* must exist */
  want_ent no_ents[4];        /* must not exist */
  int partial;
} rule_case;

#define F(s, r, o, st) {s, r, o, st, NULL, NULL}
#define FC(s, r, o, st, cl) {s, r, o, st, cl, NULL}
#define FD(s, r, o, st, d) {s, r, o, st, NULL, d}
#define E(l, t) {l, t}

/* Runs every case of `cases` and `gaps` (each in a pipeline that has read
 * nothing), checks that each family in `families` keeps at least
 * `min_per_family` counted cases, and returns the process exit code. */
int rule_cases_main(const char *name, const rule_case *cases, size_t n_cases,
                    const rule_case *gaps, size_t n_gaps, const char *const *families,
                    size_t n_families, size_t min_per_family);

#endif
