/* SPDX-License-Identifier: MIT */
/* Small knowledge bases built by hand for the graph tests. */
#ifndef KABAR_TEST_GRAPH_KB_H
#define KABAR_TEST_GRAPH_KB_H

#include <kabar/kb.h>

#include <stdio.h>
#include <stdlib.h>

/* Adds `count` mentions of subject-relation->object in `status`, dated `date`
 * (may be NULL); exits the test on failure. */
static void add_fact(kabar_kb *kb, size_t s, kabar_relation r, size_t o, kabar_fact_status status,
                     int count, const char *date) {
  for (int i = 0; i < count; i++) {
    kabar_mention m = {0};
    m.sentence = 1;
    m.subject = s;
    m.object = o;
    m.relation = r;
    m.status = status;
    m.claimant = KABAR_NONE;
    m.date = date;
    m.evidence = "evidence sentence";
    if (kabar_kb_add_mention(kb, &m) != KABAR_OK) {
      fprintf(stderr, "kabar_kb_add_mention failed\n");
      exit(2);
    }
  }
}

static kabar_kb *new_kb(void) {
  kabar_kb *kb = kabar_kb_new();
  if (!kb || kabar_kb_begin_doc(kb, "doc1", "doc1.txt", "Doc one", NULL, 10) != KABAR_OK) {
    fprintf(stderr, "cannot start a kb\n");
    exit(2);
  }
  return kb;
}

static size_t ent(kabar_kb *kb, kabar_entity_type t, const char *label, const char *iso3) {
  size_t i = kabar_kb_entity(kb, t, label, iso3, label);
  if (i == KABAR_NONE) {
    fprintf(stderr, "kabar_kb_entity failed\n");
    exit(2);
  }
  return i;
}

static void finish_kb(kabar_kb *kb) {
  if (kabar_kb_finish(kb) != KABAR_OK) {
    fprintf(stderr, "kabar_kb_finish failed\n");
    exit(2);
  }
}

#endif
