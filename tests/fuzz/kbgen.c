/* SPDX-License-Identifier: MIT */
/* A knowledge base from fuzz input, through the public kb API only, so that
 * hostile strings reach the writers as labels, aliases, ids, document names,
 * titles, dates and evidence.
 *
 * The input is split on NUL bytes into fields (C strings cannot hold NUL, so
 * every other byte can reach a string). The first field is the RDF base IRI
 * ("" for the default). Each later field is one command: its first byte
 * `op` chooses the command (op % 5), the rest is its text:
 *   0  begin a document named (made unique with "~2", ...), and with a path,
 *      `text`; bit 5 of op: `text` is its title too; bit 6: it has a SHA-256
 *   1  an entity of type (op / 5) % 6 labelled `text`
 *   2  a state whose code (and so id) is the first three bytes of `text`,
 *      labelled with the rest
 *   3  `text` as a surface form (alias) of the last entity
 *   4  a mention: bytes 0-4 of `text` pick subject, object, relation,
 *      status and claimant (0xFF: none), the rest is the evidence; the date
 *      is (op / 5) % 6: none, "", "2024", "2024-06", "2024-06-19", or the
 *      evidence itself
 * The kb API takes any NUL-terminated bytes (kb.h promises nothing about
 * UTF-8), so neither does this: the writers must cope. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct last_entity {
  kabar_entity_type type;
  const char *label, *iso3;
  int set;
} last_entity;

static int doc_name_taken(const kabar_kb *kb, const char *name) {
  for (size_t i = 0; i < kabar_kb_n_docs(kb); i++)
    if (!strcmp(kabar_kb_get_doc(kb, i)->name, name))
      return 1;
  return 0;
}

/* Document names are unique, as the pipeline makes them ("berita~2"): the
 * writers name documents and mentions by them, and kb.h does not check. */
static void begin_doc(kabar_kb *kb, unsigned char op, const char *text) {
  static const unsigned char sha[32] = {0xde, 0xad, 0xbe, 0xef};
  size_t n = strlen(text) + 24;
  char *name = malloc(n);
  if (!name)
    fuzz_fail("out of memory");
  snprintf(name, n, "%s", text);
  for (size_t k = 2; doc_name_taken(kb, name); k++)
    snprintf(name, n, "%s~%zu", text, k);
  if (kabar_kb_begin_doc(kb, name, text, op & 0x20 ? text : NULL, op & 0x40 ? sha : NULL, op) !=
      KABAR_OK)
    fuzz_fail("kabar_kb_begin_doc refused a document");
  free(name);
}

static void add_entity(kabar_kb *kb, last_entity *last, kabar_entity_type type,
                       const char *label, const char *iso3) {
  if (kabar_kb_entity(kb, type, label, iso3, label) == KABAR_NONE)
    fuzz_fail("kabar_kb_entity refused an entity");
  *last = (last_entity){type, label, iso3, 1};
}

/* `text` is writable: the code is cut off in place (the label follows it). */
static void add_state(kabar_kb *kb, last_entity *last, char *text, char *code) {
  size_t n = strlen(text), k = n < 3 ? n : 3;
  memcpy(code, text, k);
  code[k] = '\0';
  add_entity(kb, last, KABAR_ENT_STATE, text + k, code);
}

static void add_alias(kabar_kb *kb, const last_entity *last, const char *text) {
  if (last->set && kabar_kb_entity(kb, last->type, last->label, last->iso3, text) == KABAR_NONE)
    fuzz_fail("kabar_kb_entity refused an alias");
}

static void add_mention(kabar_kb *kb, unsigned char op, const char *text) {
  static const char *const dates[] = {NULL, "", "2024", "2024-06", "2024-06-19"};
  size_t n_ents = kabar_kb_n_entities(kb), len = strlen(text);
  if (n_ents == 0)
    return;
  if (kabar_kb_n_docs(kb) == 0)
    begin_doc(kb, 0, "doc");
  unsigned char p[5] = {0, 0, 0, 0, 0xFF};
  memcpy(p, text, len < 5 ? len : 5);
  const char *evidence = text + (len < 5 ? len : 5);
  unsigned which = (unsigned)(op / 5) % 6;
  kabar_mention m = {0};
  m.sentence = (size_t)op + 1;
  m.start = 0;
  m.end = strlen(evidence);
  m.subject = p[0] % n_ents;
  m.object = p[1] % n_ents;
  m.relation = (kabar_relation)(p[2] % KABAR_REL__COUNT);
  m.status = (kabar_fact_status)(p[3] % KABAR_FS__COUNT);
  m.claimant = p[4] == 0xFF ? KABAR_NONE : p[4] % n_ents;
  m.date = which < 5 ? dates[which] : evidence;
  m.evidence = evidence;
  if (kabar_kb_add_mention(kb, &m) != KABAR_OK)
    fuzz_fail("kabar_kb_add_mention refused a valid mention");
}

kabar_kb *fuzz_kb_build(const uint8_t *data, size_t size, char **base) {
  /* The fields, each NUL-terminated, and room for the state codes. */
  char *buf = malloc(size + 1), *codes = malloc(4 * (size + 1));
  kabar_kb *kb = kabar_kb_new();
  if (!buf || !codes || !kb)
    fuzz_fail("out of memory");
  memcpy(buf, data, size);
  buf[size] = '\0';
  *base = strlen(buf) ? strdup(buf) : NULL;
  last_entity last = {0};
  size_t field = 0;
  for (size_t at = strlen(buf) + 1; at <= size; at += strlen(buf + at) + 1, field++) {
    char *text = buf + at;
    unsigned char op = (unsigned char)text[0];
    if (!op)
      continue; /* an empty field */
    text++;
    switch (op % 5) {
    case 0: begin_doc(kb, op, text); break;
    case 1: add_entity(kb, &last, (kabar_entity_type)((op / 5) % KABAR_ENT__COUNT), text, NULL); break;
    case 2: add_state(kb, &last, text, codes + 4 * field); break;
    case 3: add_alias(kb, &last, text); break;
    default: add_mention(kb, op, text); break;
    }
  }
  if (kabar_kb_finish(kb) != KABAR_OK)
    fuzz_fail("kabar_kb_finish failed");
  free(codes);
  free(buf);
  return kb;
}
