/* SPDX-License-Identifier: MIT */
/* Small knowledge bases built by hand for the graph tests. */
#ifndef KABAR_TEST_GRAPH_KB_H
#define KABAR_TEST_GRAPH_KB_H

#include <kabar/kb.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* Adds one mention of subject-relation->object in `status`, dated `date`
 * (may be NULL), with its evidence; exits the test on failure. */
static inline void add_mention(kabar_kb *kb, size_t s, kabar_relation r, size_t o,
                               kabar_fact_status status, const char *date, const char *evidence) {
  kabar_mention m = {0};
  m.sentence = 1;
  m.subject = s;
  m.object = o;
  m.relation = r;
  m.status = status;
  m.claimant = KABAR_NONE;
  m.date = date;
  m.evidence = evidence;
  if (kabar_kb_add_mention(kb, &m) != KABAR_OK) {
    fprintf(stderr, "kabar_kb_add_mention failed\n");
    exit(2);
  }
}

/* Adds `count` mentions of subject-relation->object. */
static inline void add_fact(kabar_kb *kb, size_t s, kabar_relation r, size_t o,
                            kabar_fact_status status, int count, const char *date) {
  for (int i = 0; i < count; i++)
    add_mention(kb, s, r, o, status, date, "evidence sentence");
}

/* The OUTDIR argument of a fixture program, created when missing; exits
 * with 2 on a bad command line or a directory that cannot be made. */
static inline const char *fixture_outdir(int argc, char **argv, const char *program) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s OUTDIR\n", program);
    exit(2);
  }
  if (mkdir(argv[1], 0777) != 0 && errno != EEXIST) {
    perror(argv[1]);
    exit(2);
  }
  return argv[1];
}

static inline kabar_kb *new_kb(void) {
  kabar_kb *kb = kabar_kb_new();
  if (!kb || kabar_kb_begin_doc(kb, "doc1", "doc1.txt", "Doc one", NULL, 10) != KABAR_OK) {
    fprintf(stderr, "cannot start a kb\n");
    exit(2);
  }
  return kb;
}

/* An entity seen as `surface`; exits the test on failure. */
static inline size_t entity(kabar_kb *kb, kabar_entity_type t, const char *label, const char *iso3,
                            const char *surface) {
  size_t i = kabar_kb_entity(kb, t, label, iso3, surface);
  if (i == KABAR_NONE) {
    fprintf(stderr, "kabar_kb_entity failed\n");
    exit(2);
  }
  return i;
}

static inline size_t ent(kabar_kb *kb, kabar_entity_type t, const char *label, const char *iso3) {
  return entity(kb, t, label, iso3, label);
}

static inline void finish_kb(kabar_kb *kb) {
  if (kabar_kb_finish(kb) != KABAR_OK) {
    fprintf(stderr, "kabar_kb_finish failed\n");
    exit(2);
  }
}

#endif
