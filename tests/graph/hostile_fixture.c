/* SPDX-License-Identifier: MIT */
/* Builds a kb through the API whose values hold everything a writer must
 * not pass on raw (C0 and C1 controls, NEL, U+2028/U+2029, invalid UTF-8,
 * noncharacters, '|', '\', quotes, commas, <&>) and whose entity ids made
 * the old graph ids collide (an id GraphML cannot carry fell back to
 * "n<index>", and another entity's id was "n0"). Writes the TSV and graph
 * files into argv[1], and raw.tsv: what went in, hex-encoded, for
 * check_hostile.py, which reads every file back strictly. */
#include <kabar/graph.h>
#include <kabar/tsv.h>

#include "graph/graph_kb.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void put_hex(FILE *f, const char *s) {
  if (!s || !*s) {
    putc('-', f);
    return;
  }
  for (; *s; s++)
    fprintf(f, "%02x", (unsigned char)*s);
}

static void put_hex_list(FILE *f, const char *const *items, size_t n) {
  if (!n)
    putc('-', f);
  for (size_t k = 0; k < n; k++) {
    if (k)
      putc(',', f);
    put_hex(f, items[k]);
  }
}

static kabar_status dump_mention(void *user, const kabar_mention *m) {
  FILE *f = user;
  fprintf(f, "mention\t");
  put_hex(f, m->doc);
  fprintf(f, "\t%zu\t%zu\t", m->subject, m->object);
  put_hex(f, m->evidence);
  putc('\n', f);
  return KABAR_OK;
}

static kabar_kb *build(void) {
  kabar_kb *kb = kabar_kb_new();
  if (!kb || kabar_kb_begin_doc(kb, "doc|one\xC2\x85", "d1.txt", NULL, NULL, 1) != KABAR_OK)
    exit(2);
  /* Index 0: an id GraphML cannot carry ("A B"), and "n0" at index 1. */
  size_t aneh = ent(kb, KABAR_ENT_STATE, "Negara\xC2\x85" "Aneh", "A B");
  size_t n0 = ent(kb, KABAR_ENT_PERSON, "N0", NULL);
  /* Its escaped form taken literally: must stay distinct. */
  size_t titik = ent(kb, KABAR_ENT_STATE, "Titik", "A.20B");
  size_t kim = ent(kb, KABAR_ENT_PERSON, "Kim \"Jong\" Un\xE2\x80\xA8Jr", NULL);
  entity(kb, KABAR_ENT_PERSON, "Kim \"Jong\" Un\xE2\x80\xA8Jr", NULL, "Kim|Jong|Un");
  entity(kb, KABAR_ENT_PERSON, "Kim \"Jong\" Un\xE2\x80\xA8Jr", NULL, "C:\\Kim\\");
  size_t nato = ent(kb, KABAR_ENT_ORGANIZATION, "<NATO> &\xE2\x80\xA9" "Co, Ltd", NULL);
  size_t ctl = ent(kb, KABAR_ENT_PERSON, "Ctl\x01\x0B\x0C\r\nX\x7F\xC2\x9F", NULL);
  if (kabar_kb_begin_doc(kb, "doc\\two\t\"<&>\"", "d2.txt", NULL, NULL, 1) != KABAR_OK)
    exit(2);
  size_t bad = ent(kb, KABAR_ENT_ORGANIZATION, "Bad\xFF\xEF\xB7\x90\xEF\xBF\xBE", NULL);
  size_t ev = ent(kb, KABAR_ENT_EVENT, "tab\there, comma ", NULL);
  entity(kb, KABAR_ENT_PERSON, "N0", NULL, "N|0\\");
  add_mention(kb, n0, KABAR_REL_LEADER_OF, aneh, KABAR_FS_ASSERTED, NULL,
              "ev\xC2\x85one\xE2\x80\xA8two|three \"q\", <&>");
  add_mention(kb, kim, KABAR_REL_LEADER_OF, titik, KABAR_FS_ASSERTED, NULL,
              "line\r\nbreak\x0B\x0C\x1C\x1D\x1E end");
  add_mention(kb, aneh, KABAR_REL_MEMBER_OF, nato, KABAR_FS_ASSERTED, NULL,
              "bad \xFF byte \xED\xA0\x80 surrogate");
  add_mention(kb, bad, KABAR_REL_SUPPORTS, aneh, KABAR_FS_ASSERTED, NULL, "back\\slash \\| pipe");
  add_mention(kb, ctl, KABAR_REL_CRITICIZED, kim, KABAR_FS_ASSERTED, NULL, "\t lead and trail \t");
  add_mention(kb, titik, KABAR_REL_VISITED, ev, KABAR_FS_ASSERTED, NULL, "plain");
  if (kabar_kb_finish(kb) != KABAR_OK)
    exit(2);
  return kb;
}

int main(int argc, char **argv) {
  const char *dir = fixture_outdir(argc, argv, "hostile_fixture");
  kabar_kb *kb = build();
  kabar_metrics *m = NULL;
  kabar_error err;
  kabar_graph_options opt = {0, 0};
  if (kabar_metrics_compute(kb, &opt, &m, &err) != KABAR_OK ||
      kabar_tsv_write(kb, dir, &err) != KABAR_OK || kabar_graph_write(kb, m, dir, &err) != KABAR_OK) {
    fprintf(stderr, "hostile_fixture: %s\n", err.message);
    return 1;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/raw.tsv", dir);
  FILE *f = fopen(path, "w");
  if (!f) {
    perror(path);
    return 2;
  }
  for (size_t i = 0; i < kabar_kb_n_entities(kb); i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    fprintf(f, "entity\t%zu\t%s\t", i, kabar_entity_type_name(e->type));
    put_hex(f, e->id);
    putc('\t', f);
    put_hex(f, e->label);
    putc('\t', f);
    put_hex_list(f, e->aliases, e->n_aliases);
    putc('\t', f);
    put_hex_list(f, e->doc_sample, e->n_doc_sample);
    putc('\n', f);
  }
  kabar_kb_foreach_mention(kb, dump_mention, f);
  fprintf(f, "edges\t%zu\n", kabar_metrics_summary(m)->edges);
  int bad = ferror(f);
  if (fclose(f) != 0 || bad) {
    perror(path);
    return 2;
  }
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  return 0;
}
