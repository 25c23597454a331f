/* SPDX-License-Identifier: MIT */
/* GraphML and GEXF read back with libxml2's parser (strict: no recovery,
 * no network): well-formed, every node id once, every edge between nodes,
 * and as many nodes and edges as the kb and the metrics say. */
#include "support.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <stdlib.h>
#include <string.h>

typedef struct graph_ids {
  char **nodes;
  size_t n_nodes, cap_nodes;
  char **ends; /* source, target, source, target, ... */
  size_t n_ends, cap_ends;
} graph_ids;

static void push(char ***v, size_t *n, size_t *cap, char *s) {
  if (*n == *cap) {
    *cap = *cap ? 2 * *cap : 16;
    *v = realloc(*v, *cap * sizeof **v);
    if (!*v)
      fuzz_fail("out of memory");
  }
  (*v)[(*n)++] = s;
}

static char *attr(const char *file, xmlNode *e, const char *name) {
  xmlChar *v = xmlGetProp(e, (const xmlChar *)name);
  if (!v)
    fuzz_fail("%s: a <%s> without %s", file, (const char *)e->name, name);
  return (char *)v;
}

/* Collects <node id> and <edge source target> anywhere below `e`. */
static void collect(const char *file, xmlNode *e, graph_ids *g) {
  for (; e; e = e->next) {
    if (e->type != XML_ELEMENT_NODE)
      continue;
    if (!strcmp((const char *)e->name, "node"))
      push(&g->nodes, &g->n_nodes, &g->cap_nodes, attr(file, e, "id"));
    else if (!strcmp((const char *)e->name, "edge")) {
      push(&g->ends, &g->n_ends, &g->cap_ends, attr(file, e, "source"));
      push(&g->ends, &g->n_ends, &g->cap_ends, attr(file, e, "target"));
    }
    collect(file, e->children, g);
  }
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void check_file(const char *dir, const char *file, size_t nodes, size_t edges) {
  size_t n;
  char *s = fuzz_read(dir, file, &n);
  if (!s)
    fuzz_fail("%s: missing", file);
  xmlDoc *doc = xmlReadMemory(s, (int)n, file, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError *e = xmlGetLastError();
    fuzz_fail("%s: not well-formed: line %d: %s", file, e ? e->line : 0,
              e && e->message ? e->message : "?");
  }
  graph_ids g = {0};
  collect(file, xmlDocGetRootElement(doc), &g);
  if (g.n_nodes != nodes || g.n_ends != 2 * edges)
    fuzz_fail("%s: %zu nodes and %zu edges, not %zu and %zu", file, g.n_nodes, g.n_ends / 2, nodes,
              edges);
  if (g.n_nodes)
    qsort(g.nodes, g.n_nodes, sizeof *g.nodes, cmp_str);
  for (size_t k = 1; k < g.n_nodes; k++)
    if (!strcmp(g.nodes[k - 1], g.nodes[k]))
      fuzz_fail("%s: node id \"%s\" twice", file, g.nodes[k]);
  for (size_t k = 0; k < g.n_ends; k++)
    if (!g.n_nodes || !bsearch(&g.ends[k], g.nodes, g.n_nodes, sizeof *g.nodes, cmp_str))
      fuzz_fail("%s: an edge ends at \"%s\", which is no node", file, g.ends[k]);
  for (size_t k = 0; k < g.n_nodes; k++)
    xmlFree(g.nodes[k]);
  for (size_t k = 0; k < g.n_ends; k++)
    xmlFree(g.ends[k]);
  free(g.nodes);
  free(g.ends);
  xmlFreeDoc(doc);
  free(s);
}

void fuzz_check_graph_xml(const char *dir, const kabar_kb *kb, const kabar_metrics *m) {
  size_t nodes = kabar_kb_n_entities(kb), edges = kabar_metrics_summary(m)->edges;
  check_file(dir, "graph.graphml", nodes, edges);
  check_file(dir, "graph.gexf", nodes, edges);
}
