/* SPDX-License-Identifier: MIT */
/* Builds a small knowledge base by hand, with hostile labels (quotes, <>&,
 * U+0001, tabs, emoji, invalid UTF-8, a very long name), computes its
 * metrics and writes the graph files into the directory given as argv[1].
 * The python and node checks then read that directory. Also checks here:
 * both XML files parse with libxml2, the same kb gives the same bytes, and
 * a missing directory gives KABAR_ERR_WRITE naming the file. */
#include "check.h"
#include "slurp.h"
#include "graph/graph_kb.h"

#include <kabar/graph.h>

#include <libxml/parser.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void silent(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static kabar_kb *build(void) {
  kabar_kb *kb = new_kb();
  char long_name[6001];
  for (int i = 0; i < 6000; i++)
    long_name[i] = "Panjang "[i % 8];
  long_name[6000] = '\0';
  size_t idn = ent(kb, KABAR_ENT_STATE, "Indonesia \xF0\x9F\x87\xAE\xF0\x9F\x87\xA9", "IDN");
  size_t rus = ent(kb, KABAR_ENT_STATE, "Rusia", "RUS");
  size_t ukr = ent(kb, KABAR_ENT_STATE, "Ukraina", "UKR");
  size_t usa = ent(kb, KABAR_ENT_STATE, "Amerika Serikat", "USA");
  size_t putin = ent(kb, KABAR_ENT_PERSON, "Vladimir \"Vova\" Putin", NULL);
  size_t zel = ent(kb, KABAR_ENT_PERSON, "Volodymyr\tZelensky", NULL);
  size_t nato = ent(kb, KABAR_ENT_ORGANIZATION, "<NATO> & 'Friends'", NULL);
  size_t ctrl = ent(kb, KABAR_ENT_ORGANIZATION, "Ctrl\x01" "Char \xFF" "Org", NULL);
  size_t pact = ent(kb, KABAR_ENT_AGREEMENT, long_name, NULL);
  size_t kyiv = ent(kb, KABAR_ENT_PLACE, "Kyiv, \"ibu kota\"", NULL);
  size_t summit = ent(kb, KABAR_ENT_EVENT, "KTT G20 \xF0\x9F\x98\x80", NULL);
  size_t lone = ent(kb, KABAR_ENT_PERSON, "Orang Sendiri", NULL);
  (void)lone;
  add_fact(kb, putin, KABAR_REL_LEADER_OF, rus, KABAR_FS_ASSERTED, 3, "2024-02-24");
  add_fact(kb, zel, KABAR_REL_LEADER_OF, ukr, KABAR_FS_ASSERTED, 2, "2024-03");
  add_fact(kb, rus, KABAR_REL_ATTACKED, ukr, KABAR_FS_ASSERTED, 4, "2022-02-24");
  add_fact(kb, rus, KABAR_REL_ATTACKED, ukr, KABAR_FS_ASSERTED, 1, "2024-06-19");
  add_fact(kb, rus, KABAR_REL_ATTACKED, kyiv, KABAR_FS_ALLEGED, 2, "2024");
  add_fact(kb, rus, KABAR_REL_FOUGHT_AGAINST, ukr, KABAR_FS_ASSERTED, 2, NULL);
  add_fact(kb, usa, KABAR_REL_SUPPLIED_ARMS_TO, ukr, KABAR_FS_ASSERTED, 2, "2024-05");
  add_fact(kb, usa, KABAR_REL_SUPPLIED_ARMS_TO, ukr, KABAR_FS_DENIED, 1, NULL);
  add_fact(kb, usa, KABAR_REL_MEMBER_OF, nato, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, nato, KABAR_REL_CRITICIZED, rus, KABAR_FS_ASSERTED, 1, "2024-07-10");
  add_fact(kb, idn, KABAR_REL_MET_WITH, rus, KABAR_FS_ASSERTED, 1, "2024-07");
  add_fact(kb, idn, KABAR_REL_MET_WITH, ukr, KABAR_FS_ASSERTED, 1, "2024-07");
  add_fact(kb, idn, KABAR_REL_TRADES_WITH, rus, KABAR_FS_PLANNED, 1, NULL);
  add_fact(kb, rus, KABAR_REL_PARTY_TO, pact, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, ukr, KABAR_REL_PARTY_TO, pact, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, rus, KABAR_REL_VIOLATED, pact, KABAR_FS_ALLEGED, 1, NULL);
  add_fact(kb, ctrl, KABAR_REL_SUPPORTS, ukr, KABAR_FS_ASSERTED, 1, NULL);
  add_fact(kb, idn, KABAR_REL_VISITED, summit, KABAR_FS_ASSERTED, 1, "2024-11-18");
  add_fact(kb, usa, KABAR_REL_VISITED, summit, KABAR_FS_ASSERTED, 1, "2024-11-18");
  add_fact(kb, putin, KABAR_REL_CRITICIZED, putin, KABAR_FS_ASSERTED, 1, NULL); /* self-loop */
  finish_kb(kb);
  return kb;
}

static const char *const files[] = {"graph.graphml", "graph.gexf", "nodes.csv", "edges.csv",
                                    "metrics.json"};

int main(int argc, char **argv) {
  const char *dir = fixture_outdir(argc, argv, "graph_fixture");
  kabar_kb *kb = build();
  kabar_metrics *m = NULL;
  kabar_error err;
  kabar_graph_options opt = {0, 0};
  CHECK(kabar_metrics_compute(kb, &opt, &m, &err) == KABAR_OK);
  if (!m)
    return check_done();
  CHECK(kabar_graph_write(kb, m, dir, &err) == KABAR_OK);
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  /* Counted by hand: 18 facts (attacked RUS->UKR is one fact); not edges:
   * attacked Kyiv and violated (alleged only), tradesWith (planned only),
   * the self-loop. Symmetric: foughtAgainst and the two metWith. */
  CHECK_INT(s->edges, 14);
  CHECK_INT(s->symmetric_edges, 3);
  CHECK_INT(s->vertices, 12);

  /* Both XML files parse (no raw U+0001, valid UTF-8). */
  xmlSetGenericErrorFunc(NULL, silent);
  for (int i = 0; i < 2; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    CHECK(doc != NULL);
    if (!doc)
      fprintf(stderr, "%s does not parse\n", path);
    xmlFreeDoc(doc);
  }

  /* Same kb, same bytes. */
  char again[4096];
  snprintf(again, sizeof again, "%s/again", dir);
  if (mkdir(again, 0777) != 0 && errno != EEXIST)
    perror(again);
  kabar_kb *kb2 = build();
  kabar_metrics *m2 = NULL;
  CHECK(kabar_metrics_compute(kb2, &opt, &m2, &err) == KABAR_OK);
  CHECK(m2 && kabar_graph_write(kb2, m2, again, &err) == KABAR_OK);
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char p1[4200], p2[4200];
    size_t n1 = 0, n2 = 0;
    snprintf(p1, sizeof p1, "%s/%s", dir, files[i]);
    snprintf(p2, sizeof p2, "%s/%s", again, files[i]);
    char *a = slurp(p1, &n1), *b = slurp(p2, &n2);
    CHECK(a && b && n1 == n2 && n1 > 0 && memcmp(a, b, n1) == 0);
    /* Nothing XML forbids, nothing that is not UTF-8. */
    CHECK(a && !memchr(a, '\x01', n1) && !memchr(a, '\xFF', n1));
    free(a);
    free(b);
  }
  kabar_metrics_free(m2);
  kabar_kb_free(kb2);

  /* A directory that does not exist: KABAR_ERR_WRITE naming the file. */
  char missing[4096];
  snprintf(missing, sizeof missing, "%s/no/such/dir", dir);
  CHECK(kabar_graph_write(kb, m, missing, &err) == KABAR_ERR_WRITE);
  CHECK(strstr(err.message, "graph.graphml") != NULL);

  kabar_metrics_free(m);
  kabar_kb_free(kb);
  return check_done();
}
