/* SPDX-License-Identifier: MIT */
/* The graph files: graph.graphml (GraphML 1.0), graph.gexf (GEXF 1.3 with
 * viz and spells), nodes.csv and edges.csv (Gephi's spreadsheet import) and
 * metrics.json. XML is written by a small writer of our own (see "XML"
 * below), which escapes markup after every value has gone through the
 * writers' one sanitiser (common/clean.h); CSV and JSON are quoted by it
 * too. */
#include "kabar/graph.h"

#include "common/clean.h"
#include "common/output.h"
#include "common/try.h"
#include "graph/graph_internal.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NUM_FMT "%.15g"

/* ---- strings ---- */

/* A node's id in every file: the entity's kabar id, unique in the kb, with
 * each byte outside [A-Za-z0-9_-] written as '.' and two hex digits. The
 * mapping is one to one ('.' itself is escaped), so ids stay unique, and the
 * result is an XML NMTOKEN, as GraphML wants. Slugs and ISO codes come out
 * as they are. Caller frees; NULL when out of memory. */
static char *node_id_of(const kabar_entity *e) {
  static const char HEX[] = "0123456789ABCDEF";
  const char *id = e->id ? e->id : "";
  size_t n = strlen(id), o = 0;
  char *out = malloc(3 * n + 2);
  if (!out)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)id[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
        c == '-') {
      out[o++] = (char)c;
    } else {
      out[o++] = '.';
      out[o++] = HEX[c >> 4];
      out[o++] = HEX[c & 15];
    }
  }
  if (o == 0)
    out[o++] = '.'; /* no escape is a lone '.': the empty id stays distinct */
  out[o] = '\0';
  return out;
}

static void free_node_ids(char **ids, size_t n) {
  for (size_t i = 0; ids && i < n; i++)
    free(ids[i]);
  free(ids);
}

/* node_id_of() for every entity, by index; NULL when out of memory. */
static char **make_node_ids(const kabar_kb *kb) {
  size_t n = kabar_kb_n_entities(kb);
  char **ids = calloc(n ? n : 1, sizeof *ids);
  for (size_t i = 0; ids && i < n; i++) {
    ids[i] = node_id_of(kabar_kb_get_entity(kb, i));
    if (!ids[i]) {
      free_node_ids(ids, i);
      return NULL;
    }
  }
  return ids;
}

/* v in decimal, as snprintf's "%zu" writes it, into buf (n bytes, at
 * least 21); returns buf. */
static char *fmt_size(size_t v, char *buf, size_t n) {
  char digits[24];
  size_t nd = 0, k = 0;
  (void)n;
  do
    digits[nd++] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  while (nd)
    buf[k++] = digits[--nd];
  buf[k] = '\0';
  return buf;
}

static const char *fmt_num(double v, int integer, char *buf, size_t n) {
  if (v == 0)
    v = 0.0; /* no "-0" */
  /* a whole number below 1e15 (most values of a large graph: counts, and
   * the zeros of its leaves) prints as its digits in both formats ("%.15g"
   * switches to an exponent from 1e15 on): written without snprintf */
  if (v > -1e15 && v < 1e15 && v == (double)(long long)v && n >= 18) {
    char digits[20];
    size_t nd = 0, k = 0;
    unsigned long long u = v < 0 ? (unsigned long long)-(long long)v : (unsigned long long)v;
    do
      digits[nd++] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
      buf[k++] = '-';
    while (nd)
      buf[k++] = digits[--nd];
    buf[k] = '\0';
    return buf;
  }
  if (integer)
    snprintf(buf, n, "%.0f", v);
  else
    snprintf(buf, n, NUM_FMT, v);
  return buf;
}

/* Colours per entity type, also used by examples/gephi/draw.py. */
static const unsigned char type_rgb[KABAR_ENT__COUNT][3] = {
  {31, 119, 180},  /* State: blue */
  {214, 39, 40},   /* Person: red */
  {44, 160, 44},   /* Organization: green */
  {148, 103, 189}, /* Agreement: purple */
  {255, 127, 14},  /* Place: orange */
  {140, 86, 75},   /* Event: brown */
};

/* A partial ISO date ("2024", "2024-06", "2024-06-19") as a full xsd:date:
 * the first day of its period, or with `end` the last. 0 when not a date. */
static int full_date(const char *d, int end, char *buf, size_t n) {
  int y = 0, mo = 0, da = 0;
  char tail;
  if (!d)
    return 0;
  size_t len = strlen(d);
  if (len == 10 && sscanf(d, "%4d-%2d-%2d%c", &y, &mo, &da, &tail) == 3) {
  } else if (len == 7 && sscanf(d, "%4d-%2d%c", &y, &mo, &tail) == 2) {
    da = 0;
  } else if (len == 4 && sscanf(d, "%4d%c", &y, &tail) == 1) {
    mo = 0, da = 0;
  } else {
    return 0;
  }
  if (y < 1 || (mo && (mo < 1 || mo > 12)) || da < 0 || da > 31)
    return 0;
  if (!mo)
    mo = end ? 12 : 1;
  if (!da) {
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    da = end ? mdays[mo - 1] + (mo == 2 && leap) : 1;
  }
  snprintf(buf, n, "%04d-%02d-%02d", y, mo, da);
  return 1;
}

/* ---- XML ---- */

/* A small XML writer for the two graph files, straight onto the FILE. It
 * writes the bytes libxml2 2.9's xmlTextWriter wrote with indentation "  "
 * (which these files were first written with): an element that gets a
 * child element has its start tag closed with ">" and a line break, each
 * start tag is indented two spaces per open ancestor, an element with no
 * content is closed by "/>", one with text has its end tag right after the
 * text, one with children its end tag on a line of its own, indented as
 * its start; every end tag ends its line. Going through libxml2's writer
 * (an output buffer and a call or more per piece) was about a tenth of
 * `kabar export --rdf none`. Element names are string literals: only
 * their pointers are kept. */
#define XW_DEPTH 8

enum { XW_NAME, XW_ATTR, XW_TEXT }; /* where an open element is */

typedef struct xw {
  FILE *f;
  size_t depth;
  int doindent; /* the next end tag of an element with children is indented */
  const char *name[XW_DEPTH];
  unsigned char state[XW_DEPTH];
} xw;

/* Each call returns 0, or -1 when a write failed (ferror() then says so),
 * memory ran out or the elements nest too deep. */
static int xw_put(xw *w, const char *s, size_t n) {
  return fwrite(s, 1, n, w->f) == n ? 0 : -1;
}

static int xw_puts(xw *w, const char *s) { return xw_put(w, s, strlen(s)); }

/* Two spaces for each open element but the innermost. */
static int xw_indent(xw *w) {
  for (size_t i = 1; i < w->depth; i++)
    if (xw_put(w, "  ", 2) < 0)
      return -1;
  return 0;
}

static int xw_start(xw *w, const char *name) {
  if (w->depth == XW_DEPTH)
    return -1;
  if (w->depth && w->state[w->depth - 1] != XW_TEXT) {
    if (w->state[w->depth - 1] == XW_ATTR && xw_put(w, "\"", 1) < 0)
      return -1;
    if (xw_put(w, ">\n", 2) < 0)
      return -1;
    w->state[w->depth - 1] = XW_TEXT;
  }
  w->name[w->depth] = name;
  w->state[w->depth++] = XW_NAME;
  return xw_indent(w) < 0 || xw_put(w, "<", 1) < 0 ? -1 : xw_puts(w, name);
}

static int xw_end(xw *w) {
  if (!w->depth)
    return -1;
  unsigned char st = w->state[w->depth - 1];
  if (st == XW_ATTR && xw_put(w, "\"", 1) < 0)
    return -1;
  if (st != XW_TEXT) {
    w->doindent = 1;
    if (xw_put(w, "/>", 2) < 0)
      return -1;
  } else {
    if (w->doindent && xw_indent(w) < 0)
      return -1;
    w->doindent = 1;
    if (xw_put(w, "</", 2) < 0 || xw_puts(w, w->name[w->depth - 1]) < 0 || xw_put(w, ">", 1) < 0)
      return -1;
  }
  w->depth--;
  return xw_put(w, "\n", 1);
}

/* Bytes that are already escaped, as an attribute's value (after
 * xw_attr_start) or as the text of the innermost element. */
static int xw_raw(xw *w, const char *s) {
  if (w->depth && w->state[w->depth - 1] == XW_NAME) {
    if (xw_put(w, ">", 1) < 0)
      return -1;
    w->state[w->depth - 1] = XW_TEXT;
  }
  w->doindent = 0;
  return xw_puts(w, s);
}

static int xw_attr_start(xw *w, const char *name) {
  if (!w->depth || w->state[w->depth - 1] == XW_TEXT)
    return -1;
  if (w->state[w->depth - 1] == XW_ATTR && xw_put(w, "\"", 1) < 0)
    return -1;
  w->state[w->depth - 1] = XW_ATTR;
  return xw_put(w, " ", 1) < 0 || xw_puts(w, name) < 0 ? -1 : xw_put(w, "=\"", 2);
}

static int xw_attr_end(xw *w) {
  if (!w->depth || w->state[w->depth - 1] != XW_ATTR)
    return -1;
  w->state[w->depth - 1] = XW_NAME;
  return xw_put(w, "\"", 1);
}

typedef struct xml_out {
  FILE *f;
  xw w;
} xml_out;

static kabar_status write_error(kabar_error *err, const char *path) {
  return kabar_error_set(err, KABAR_ERR_WRITE, "%s: cannot write", path);
}

/* A writer call failed: with the file itself in good order, our escaping
 * ran out of memory; otherwise the file could not be written. */
static kabar_status xml_failed(const xml_out *x, kabar_error *err, const char *path) {
  if (x->f && !ferror(x->f))
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  return write_error(err, path);
}

static kabar_status xml_open(xml_out *x, const char *path, kabar_error *err) {
  memset(x, 0, sizeof *x);
  x->f = kabar_output_open(path);
  if (!x->f)
    return kabar_error_set(err, kabar_write_status(errno), "%s: cannot create", path);
  x->w.f = x->f;
  x->w.doindent = 1;
  if (xw_puts(&x->w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") < 0)
    return xml_failed(x, err, path);
  return KABAR_OK;
}

/* Finishes the document and closes the file; st is the status so far. */
static kabar_status xml_close(xml_out *x, kabar_status st, const char *path, kabar_error *err) {
  while (st == KABAR_OK && x->w.depth)
    if (xw_end(&x->w) < 0)
      st = xml_failed(x, err, path);
  if (x->f) {
    if (fflush(x->f) != 0 || ferror(x->f))
      st = st == KABAR_OK ? write_error(err, path) : st;
    if (fclose(x->f) != 0 && st == KABAR_OK)
      st = write_error(err, path);
  }
  return st;
}

/* Each XML call: a negative return means the write failed. */
#define XW(call)                                                                                   \
  do {                                                                                             \
    if ((call) < 0) {                                                                              \
      st = xml_failed(&x, err, path);                                                              \
      goto done;                                                                                   \
    }                                                                                              \
  } while (0)

/* Every text and attribute value is cleaned (common/clean.h) and escaped
 * here, then written raw. */
static char *xml_escape(const char *s) {
  size_t n = 0, len = s ? strlen(s) : 0;
  for (size_t i = 0; i < len;) { /* the longest escape, "&quot;", is 6 bytes */
    const char *out;
    size_t used, k = kabar_clean_char(s + i, len - i, &out, &used);
    n += k * 6;
    i += used;
  }
  char *e = malloc(n + 1), *p = e;
  if (!e)
    return NULL;
  for (size_t i = 0; i < len;) {
    const char *out;
    size_t used, k = kabar_clean_char(s + i, len - i, &out, &used);
    for (size_t j = 0; j < k; j++) {
      const char *ent = out[j] == '&'   ? "&amp;"
                        : out[j] == '<' ? "&lt;"
                        : out[j] == '>' ? "&gt;"
                        : out[j] == '"' ? "&quot;"
                                        : NULL;
      if (ent) {
        memcpy(p, ent, strlen(ent));
        p += strlen(ent);
      } else {
        *p++ = out[j];
      }
    }
    i += used;
  }
  *p = '\0';
  return e;
}

static int xml_raw(xw *w, const char *text) {
  /* printable ASCII that needs no entity (ids, numbers, most names) is
   * written as it is: cleaning and escaping would leave it unchanged */
  const unsigned char *q = (const unsigned char *)(text ? text : "");
  while (*q >= 0x20 && *q < 0x7F && *q != '&' && *q != '<' && *q != '>' && *q != '"')
    q++;
  if (!*q)
    return xw_raw(w, text ? text : "");
  char *e = xml_escape(text);
  if (!e)
    return -1;
  int rc = xw_raw(w, e);
  free(e);
  return rc;
}

static int xml_attr(xw *w, const char *name, const char *value) {
  if (xw_attr_start(w, name) < 0 || xml_raw(w, value) < 0)
    return -1;
  return xw_attr_end(w);
}

static int xml_elem(xw *w, const char *name, const char *text) {
  if (xw_start(w, name) < 0 || xml_raw(w, text) < 0)
    return -1;
  return xw_end(w);
}

/* The same, for values from the knowledge base (the cleaning is the same;
 * the flag tells the caller's message that memory ran out). */
static int xml_attr_clean(xw *w, const char *name, const char *value, int *nomem) {
  (void)nomem; /* a failure with the file in good order is out of memory: xml_failed() */
  return xml_attr(w, name, value);
}

static int xml_elem_clean(xw *w, const char *name, const char *text, int *nomem) {
  (void)nomem;
  return xml_elem(w, name, text);
}

static char *join_path(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *p = malloc(a + b + 2);
  if (p) {
    memcpy(p, dir, a);
    p[a] = '/';
    memcpy(p + a + 1, name, b + 1);
  }
  return p;
}

/* ---- the attributes, shared by every file ---- */

typedef enum { T_STRING, T_INT, T_DOUBLE, T_BOOL } attr_type;

typedef struct attr_def {
  const char *name;
  attr_type type;
  const char *desc;
} attr_def;

enum { NA_TYPE, NA_ISO3, NA_MENTIONS, NA_DOCUMENTS, NA__COUNT };
static const attr_def node_attrs[NA__COUNT] = {
  {"type", T_STRING, "entity type: State, Person, Organization, Agreement, Place, Event"},
  {"iso3", T_STRING, "ISO 3166 alpha-3 code of a state"},
  {"mentions", T_INT, "times the entity was mentioned"},
  {"documents", T_INT, "documents the entity occurs in"},
};

enum { EA_RELATION, EA_SYMMETRIC, EA_MENTIONS, EA_DOCUMENTS, EA_STATUS0,
       EA_FIRST = EA_STATUS0 + KABAR_FS__COUNT, EA_LAST, EA__COUNT };
static const attr_def edge_attrs[EA__COUNT] = {
  {"relation", T_STRING, "relation of the fact (subject relation object)"},
  {"symmetric", T_BOOL, "true for a symmetric relation: counts as arcs both ways in the metrics"},
  {"factMentions", T_INT, "mentions of the fact in any status"},
  {"factDocuments", T_INT, "documents that mention the fact"},
  {"asserted", T_INT, "mentions stated as fact"},
  {"alleged", T_INT, "mentions attributed to a claimant"},
  {"denied", T_INT, "mentions denied by a claimant"},
  {"planned", T_INT, "mentions of a planned or future fact"},
  {"negated", T_INT, "mentions stating that it did not happen"},
  {"firstDate", T_STRING, "earliest date of a mention (ISO 8601, may be partial)"},
  {"lastDate", T_STRING, "latest date of a mention"},
};

static const char *edge_attr_value(const kabar_fact *f, int a, char *buf, size_t n) {
  switch (a) {
  case EA_RELATION: return kabar_relation_name(f->relation);
  case EA_SYMMETRIC: return kabar_relation_is_symmetric(f->relation) ? "true" : "false";
  case EA_MENTIONS: return fmt_size(f->mentions, buf, n);
  case EA_DOCUMENTS: return fmt_size(f->n_docs, buf, n);
  case EA_FIRST: return f->first_date;
  case EA_LAST: return f->last_date;
  default: return fmt_size(f->by_status[a - EA_STATUS0], buf, n);
  }
}

static const char *node_attr_value(const kabar_entity *e, int a, char *buf, size_t n) {
  switch (a) {
  case NA_TYPE: return kabar_entity_type_name(e->type);
  case NA_ISO3: return e->iso3;
  case NA_MENTIONS: return fmt_size(e->mentions, buf, n);
  default: return fmt_size(e->n_docs, buf, n);
  }
}

static const char *weight_text =
    "edge weight = mentions of the fact in a counted status; path metrics use distance 1/weight";

/* ---- GraphML ---- */

static const char *graphml_type(attr_type t) {
  switch (t) {
  case T_INT: return "long";
  case T_DOUBLE: return "double";
  case T_BOOL: return "boolean";
  default: return "string";
  }
}

static int graphml_key(xw *w, const char *id, const char *name, const char *for_,
                       attr_type t, const char *desc) {
  if (xw_start(w, "key") < 0 || xml_attr(w, "id", id) < 0 ||
      xml_attr(w, "for", for_) < 0 || xml_attr(w, "attr.name", name) < 0 ||
      xml_attr(w, "attr.type", graphml_type(t)) < 0)
    return -1;
  if (desc && xml_elem(w, "desc", desc) < 0)
    return -1;
  return xw_end(w);
}

/* Writes one attribute value in a format's own element (GraphML <data>,
 * GEXF <attvalue>). */
typedef int (*value_writer)(xw *w, const char *name, const char *value, int *nomem);

/* Opens <edge> for fact f with the id, source and target both formats use. */
static int start_edge(xw *w, char *const *ids, size_t f, const kabar_fact *fa) {
  char id[32];
  snprintf(id, sizeof id, "e%zu", f);
  if (xw_start(w, "edge") < 0 || xml_attr(w, "id", id) < 0 ||
      xml_attr(w, "source", ids[fa->subject]) < 0)
    return -1;
  return xml_attr(w, "target", ids[fa->object]);
}

/* A node's attributes and metrics, each through the format's writer. */
static int node_values(xw *w, const kabar_entity *e, const kabar_metrics *m, size_t i,
                       value_writer put, int *nomem) {
  char buf[64];
  for (int a = 0; a < NA__COUNT; a++) {
    const char *v = node_attr_value(e, a, buf, sizeof buf);
    if (v && put(w, node_attrs[a].name, v, nomem) < 0)
      return -1;
  }
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    double v = kabar_metrics_get(m, (kabar_metric)k, i);
    if (!isnan(v) &&
        put(w, kabar_metric_name((kabar_metric)k),
            fmt_num(v, kabar_metric_is_integer((kabar_metric)k), buf, sizeof buf), nomem) < 0)
      return -1;
  }
  return 0;
}

/* An edge's attributes through the format's writer. */
static int edge_values(xw *w, const kabar_fact *fa, value_writer put, int *nomem) {
  char buf[64];
  for (int a = 0; a < EA__COUNT; a++) {
    const char *v = edge_attr_value(fa, a, buf, sizeof buf);
    if (v && put(w, edge_attrs[a].name, v, nomem) < 0)
      return -1;
  }
  return 0;
}

static int graphml_data(xw *w, const char *key, const char *value, int *nomem) {
  if (xw_start(w, "data") < 0 || xml_attr(w, "key", key) < 0)
    return -1;
  (void)nomem;
  return xml_raw(w, value) < 0 ? -1 : xw_end(w);
}

static kabar_status write_graphml(const kabar_kb *kb, const kabar_metrics *m, char *const *ids,
                                  const char *path, kabar_error *err) {
  kabar_status st = KABAR_OK;
  xml_out x;
  int nomem = 0;
  char buf[64], statuses[64];
  const kabar_graph_summary *sum = kabar_metrics_summary(m);
  kabar_graph_format_statuses(sum->statuses, statuses, sizeof statuses);
  TRY(xml_open(&x, path, err));
  xw *w = &x.w;
  XW(xw_start(w, "graphml"));
  XW(xml_attr(w, "xmlns", "http://graphml.graphdrawing.org/xmlns"));
  XW(xml_attr(w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
  XW(xml_attr(w, "xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns "
                                       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
  XW(xml_elem(w, "desc", "kabar knowledge graph: entities and the facts between them"));
  /* Graph keys: which edges count, and how the metrics were computed. */
  XW(graphml_key(w, "generator", "generator", "graph", T_STRING, NULL));
  XW(graphml_key(w, "countedStatuses", "countedStatuses", "graph", T_STRING,
                 "fact statuses whose mentions make edges and count in the weights"));
  XW(graphml_key(w, "edgeWeight", "edgeWeight", "graph", T_STRING, NULL));
  XW(graphml_key(w, "pathMetrics", "pathMetrics", "graph", T_STRING, NULL));
  XW(graphml_key(w, "label", "label", "node", T_STRING, "canonical name"));
  for (int a = 0; a < NA__COUNT; a++)
    XW(graphml_key(w, node_attrs[a].name, node_attrs[a].name, "node", node_attrs[a].type,
                   node_attrs[a].desc));
  for (int k = 0; k < KABAR_M__COUNT; k++)
    XW(graphml_key(w, kabar_metric_name((kabar_metric)k), kabar_metric_name((kabar_metric)k), "node",
                   kabar_metric_is_integer((kabar_metric)k) ? T_INT : T_DOUBLE,
                   kabar_metric_description((kabar_metric)k)));
  XW(graphml_key(w, "weight", "weight", "edge", T_DOUBLE,
                 "mentions of the fact in a counted status (see countedStatuses)"));
  for (int a = 0; a < EA__COUNT; a++)
    XW(graphml_key(w, edge_attrs[a].name, edge_attrs[a].name, "edge", edge_attrs[a].type,
                   edge_attrs[a].desc));

  XW(xw_start(w, "graph"));
  XW(xml_attr(w, "id", "kabar"));
  XW(xml_attr(w, "edgedefault", "directed"));
  XW(graphml_data(w, "generator", "kabar " KABAR_VERSION, &nomem));
  XW(graphml_data(w, "countedStatuses", statuses, &nomem));
  XW(graphml_data(w, "edgeWeight", weight_text, &nomem));
  XW(graphml_data(w, "pathMetrics",
                  "betweenness, closeness, harmonic: undirected, distance 1/weight; pagerank, hub, "
                  "authority: directed, weighted, parallel arcs merged; symmetric facts count both ways",
                  &nomem));
  size_t n = kabar_kb_n_entities(kb);
  for (size_t i = 0; i < n; i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    XW(xw_start(w, "node"));
    XW(xml_attr(w, "id", ids[i]));
    XW(graphml_data(w, "label", e->label, &nomem));
    XW(node_values(w, e, m, i, graphml_data, &nomem));
    XW(xw_end(w));
  }
  size_t nf = kabar_kb_n_facts(kb);
  for (size_t f = 0; f < nf; f++) {
    size_t wt = kabar_metrics_edge_weight(m, f);
    if (!wt)
      continue;
    const kabar_fact *fa = kabar_kb_get_fact(kb, f);
    XW(start_edge(w, ids, f, fa));
    fmt_size(wt, buf, sizeof buf);
    XW(graphml_data(w, "weight", buf, &nomem));
    XW(edge_values(w, fa, graphml_data, &nomem));
    XW(xw_end(w));
  }
  XW(xw_end(w)); /* graph */
  XW(xw_end(w)); /* graphml */
done:
  if (nomem && st == KABAR_ERR_WRITE)
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  return xml_close(&x, st, path, err);
}

/* ---- GEXF 1.3 ---- */

static const char *gexf_type(attr_type t) {
  switch (t) {
  case T_INT: return "long";
  case T_DOUBLE: return "double";
  case T_BOOL: return "boolean";
  default: return "string";
  }
}

static int gexf_attribute(xw *w, const char *id, attr_type t) {
  if (xw_start(w, "attribute") < 0 || xml_attr(w, "id", id) < 0 ||
      xml_attr(w, "title", id) < 0 || xml_attr(w, "type", gexf_type(t)) < 0)
    return -1;
  return xw_end(w);
}

static int gexf_attvalue(xw *w, const char *id, const char *value, int *nomem) {
  if (xw_start(w, "attvalue") < 0 || xml_attr(w, "for", id) < 0 ||
      xml_attr_clean(w, "value", value, nomem) < 0)
    return -1;
  return xw_end(w);
}

static kabar_status write_gexf(const kabar_kb *kb, const kabar_metrics *m, char *const *ids,
                               const char *path, kabar_error *err) {
  kabar_status st = KABAR_OK;
  xml_out x;
  int nomem = 0;
  char buf[64], statuses[64], desc[512], d1[40], d2[40];
  const kabar_graph_summary *sum = kabar_metrics_summary(m);
  size_t n = kabar_kb_n_entities(kb), nf = kabar_kb_n_facts(kb);
  int dynamic = 0;
  for (size_t f = 0; f < nf && !dynamic; f++) {
    const kabar_fact *fa = kabar_kb_get_fact(kb, f);
    dynamic = kabar_metrics_edge_weight(m, f) && full_date(fa->first_date, 0, d1, sizeof d1);
  }
  double max_pr = 0;
  for (size_t i = 0; i < n; i++) {
    double v = kabar_metrics_get(m, KABAR_M_PAGERANK, i);
    if (v > max_pr)
      max_pr = v;
  }
  kabar_graph_format_statuses(sum->statuses, statuses, sizeof statuses);
  snprintf(desc, sizeof desc,
           "kabar knowledge graph. Edges: facts with mentions in a counted status (%s); %s. "
           "Node colour: entity type; node size: pagerank.",
           statuses, weight_text);

  TRY(xml_open(&x, path, err));
  xw *w = &x.w;
  XW(xw_start(w, "gexf"));
  XW(xml_attr(w, "xmlns", "http://gexf.net/1.3"));
  XW(xml_attr(w, "xmlns:viz", "http://gexf.net/1.3/viz"));
  XW(xml_attr(w, "version", "1.3"));
  XW(xw_start(w, "meta"));
  XW(xml_elem(w, "creator", "kabar " KABAR_VERSION));
  XW(xml_elem(w, "keywords", "knowledge graph, international relations, Indonesian news"));
  XW(xml_elem_clean(w, "description", desc, &nomem));
  XW(xw_end(w));
  XW(xw_start(w, "graph"));
  XW(xml_attr(w, "defaultedgetype", "directed"));
  XW(xml_attr(w, "mode", dynamic ? "dynamic" : "static"));
  if (dynamic)
    XW(xml_attr(w, "timeformat", "date"));
  XW(xw_start(w, "attributes"));
  XW(xml_attr(w, "class", "node"));
  XW(xml_attr(w, "mode", "static"));
  for (int a = 0; a < NA__COUNT; a++)
    XW(gexf_attribute(w, node_attrs[a].name, node_attrs[a].type));
  for (int k = 0; k < KABAR_M__COUNT; k++)
    XW(gexf_attribute(w, kabar_metric_name((kabar_metric)k),
                      kabar_metric_is_integer((kabar_metric)k) ? T_INT : T_DOUBLE));
  XW(xw_end(w));
  XW(xw_start(w, "attributes"));
  XW(xml_attr(w, "class", "edge"));
  XW(xml_attr(w, "mode", "static"));
  for (int a = 0; a < EA__COUNT; a++)
    XW(gexf_attribute(w, edge_attrs[a].name, edge_attrs[a].type));
  XW(xw_end(w));

  XW(xw_start(w, "nodes"));
  snprintf(buf, sizeof buf, "%zu", n);
  XW(xml_attr(w, "count", buf));
  for (size_t i = 0; i < n; i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    XW(xw_start(w, "node"));
    XW(xml_attr(w, "id", ids[i]));
    XW(xml_attr_clean(w, "label", e->label, &nomem));
    XW(xw_start(w, "attvalues"));
    XW(node_values(w, e, m, i, gexf_attvalue, &nomem));
    XW(xw_end(w));
    const unsigned char *rgb = type_rgb[(unsigned)e->type < KABAR_ENT__COUNT ? e->type : 0];
    XW(xw_start(w, "viz:color"));
    for (int c = 0; c < 3; c++) {
      snprintf(buf, sizeof buf, "%u", rgb[c]);
      XW(xml_attr(w, c == 0 ? "r" : c == 1 ? "g" : "b", buf));
    }
    XW(xw_end(w));
    /* Area proportional to pagerank: size 4 (none) to 40 (the largest). */
    double pr = kabar_metrics_get(m, KABAR_M_PAGERANK, i);
    double size = 4.0 + (max_pr > 0 && pr > 0 ? 36.0 * sqrt(pr / max_pr) : 0.0);
    XW(xw_start(w, "viz:size"));
    snprintf(buf, sizeof buf, "%.3f", size);
    XW(xml_attr(w, "value", buf));
    XW(xw_end(w));
    XW(xw_end(w)); /* node */
  }
  XW(xw_end(w)); /* nodes */

  XW(xw_start(w, "edges"));
  snprintf(buf, sizeof buf, "%zu", sum->edges);
  XW(xml_attr(w, "count", buf));
  for (size_t f = 0; f < nf; f++) {
    size_t wt = kabar_metrics_edge_weight(m, f);
    if (!wt)
      continue;
    const kabar_fact *fa = kabar_kb_get_fact(kb, f);
    const char *rel = kabar_relation_name(fa->relation);
    XW(start_edge(w, ids, f, fa));
    /* A symmetric fact has no direction: Gephi and graphology read a mixed
     * graph. (GraphML stays directed: networkx and igraph refuse mixed
     * GraphML, and its `symmetric` attribute says the same.) */
    if (kabar_relation_is_symmetric(fa->relation))
      XW(xml_attr(w, "type", "undirected"));
    XW(xml_attr(w, "label", rel));
    /* Gephi keeps parallel edges apart when their kinds differ. */
    XW(xml_attr(w, "kind", rel));
    fmt_size(wt, buf, sizeof buf);
    XW(xml_attr(w, "weight", buf));
    XW(xw_start(w, "attvalues"));
    XW(edge_values(w, fa, gexf_attvalue, &nomem));
    XW(xw_end(w));
    if (full_date(fa->first_date, 0, d1, sizeof d1)) {
      if (!full_date(fa->last_date, 1, d2, sizeof d2))
        full_date(fa->first_date, 1, d2, sizeof d2);
      XW(xw_start(w, "spells"));
      XW(xw_start(w, "spell"));
      XW(xml_attr(w, "start", d1));
      XW(xml_attr(w, "end", d2));
      XW(xw_end(w));
      XW(xw_end(w));
    }
    XW(xw_end(w)); /* edge */
  }
  XW(xw_end(w)); /* edges */
  XW(xw_end(w)); /* graph */
  XW(xw_end(w)); /* gexf */
done:
  if (nomem && st == KABAR_ERR_WRITE)
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
  return xml_close(&x, st, path, err);
}

/* ---- CSV (RFC 4180, as Gephi's spreadsheet import reads it) ---- */

static int csv_field(FILE *f, const char *s, int first) {
  if (!first && fputc(',', f) == EOF)
    return -1;
  return kabar_clean_puts(f, s, KABAR_CLEAN_CSV);
}

/* Each CSV or JSON write: a negative return means the write failed. */
#define CSV(call)                                                                                  \
  do {                                                                                             \
    if ((call) < 0) {                                                                              \
      st = write_error(err, path);                                                                 \
      goto done;                                                                                   \
    }                                                                                              \
  } while (0)

static kabar_status close_file(FILE *f, kabar_status st, const char *path, kabar_error *err) {
  if (!f)
    return st;
  if ((fflush(f) != 0 || ferror(f)) && st == KABAR_OK)
    st = write_error(err, path);
  if (fclose(f) != 0 && st == KABAR_OK)
    st = write_error(err, path);
  return st;
}

static kabar_status write_nodes_csv(const kabar_kb *kb, const kabar_metrics *m, char *const *ids,
                                    const char *path, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char buf[64];
  FILE *f = kabar_output_open(path);
  if (!f)
    return kabar_error_set(err, kabar_write_status(errno), "%s: cannot create", path);
  CSV(csv_field(f, "Id", 1));
  CSV(csv_field(f, "Label", 0));
  for (int a = 0; a < NA__COUNT; a++)
    CSV(csv_field(f, node_attrs[a].name, 0));
  for (int k = 0; k < KABAR_M__COUNT; k++)
    CSV(csv_field(f, kabar_metric_name((kabar_metric)k), 0));
  CSV(fputc('\n', f) == EOF ? -1 : 0);
  size_t n = kabar_kb_n_entities(kb);
  for (size_t i = 0; i < n; i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    CSV(csv_field(f, ids[i], 1));
    CSV(csv_field(f, e->label, 0));
    for (int a = 0; a < NA__COUNT; a++)
      CSV(csv_field(f, node_attr_value(e, a, buf, sizeof buf), 0));
    for (int k = 0; k < KABAR_M__COUNT; k++) {
      double v = kabar_metrics_get(m, (kabar_metric)k, i);
      CSV(csv_field(f, isnan(v) ? NULL
                                : fmt_num(v, kabar_metric_is_integer((kabar_metric)k), buf, sizeof buf),
                    0));
    }
    CSV(fputc('\n', f) == EOF ? -1 : 0);
  }
done:
  return close_file(f, st, path, err);
}

static kabar_status write_edges_csv(const kabar_kb *kb, const kabar_metrics *m, char *const *ids,
                                    const char *path, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char buf[64];
  FILE *f = kabar_output_open(path);
  if (!f)
    return kabar_error_set(err, kabar_write_status(errno), "%s: cannot create", path);
  static const char *const fixed[] = {"Source", "Target", "Type", "Id", "Label", "Weight"};
  for (size_t c = 0; c < sizeof fixed / sizeof *fixed; c++)
    CSV(csv_field(f, fixed[c], c == 0));
  for (int a = 0; a < EA__COUNT; a++)
    CSV(csv_field(f, edge_attrs[a].name, 0));
  CSV(fputc('\n', f) == EOF ? -1 : 0);
  size_t nf = kabar_kb_n_facts(kb);
  for (size_t fi = 0; fi < nf; fi++) {
    size_t wt = kabar_metrics_edge_weight(m, fi);
    if (!wt)
      continue;
    const kabar_fact *fa = kabar_kb_get_fact(kb, fi);
    CSV(csv_field(f, ids[fa->subject], 1));
    CSV(csv_field(f, ids[fa->object], 0));
    CSV(csv_field(f, kabar_relation_is_symmetric(fa->relation) ? "Undirected" : "Directed", 0));
    snprintf(buf, sizeof buf, "e%zu", fi);
    CSV(csv_field(f, buf, 0));
    CSV(csv_field(f, kabar_relation_name(fa->relation), 0));
    fmt_size(wt, buf, sizeof buf);
    CSV(csv_field(f, buf, 0));
    for (int a = 0; a < EA__COUNT; a++)
      CSV(csv_field(f, edge_attr_value(fa, a, buf, sizeof buf), 0));
    CSV(fputc('\n', f) == EOF ? -1 : 0);
  }
done:
  return close_file(f, st, path, err);
}

/* ---- metrics.json ---- */

static int json_str(FILE *f, const char *s) {
  return kabar_clean_puts(f, s ? s : "", KABAR_CLEAN_JSON);
}

static int json_num(FILE *f, double v) {
  if (isnan(v) || isinf(v))
    return fputs("null", f) == EOF ? -1 : 0;
  if (v == 0)
    v = 0.0;
  return fprintf(f, NUM_FMT, v) < 0 ? -1 : 0;
}

typedef struct ranked {
  size_t index;
  double value;
} ranked;

static int cmp_ranked(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Entities by decreasing value of `which` (NaN left out), ties by index;
 * returns how many were put in r (at most n). */
static size_t rank_entities(const kabar_metrics *m, kabar_metric which, ranked *r, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    double v = kabar_metrics_get(m, which, i);
    if (!isnan(v))
      r[k++] = (ranked){i, v};
  }
  qsort(r, k, sizeof *r, cmp_ranked);
  return k;
}

#define JSON_TOP 10

static int json_entity(FILE *f, const kabar_kb *kb, char *const *ids, size_t i, double value,
                       int integer) {
  const kabar_entity *e = kabar_kb_get_entity(kb, i);
  if (fputs("{\"id\": ", f) == EOF || json_str(f, ids[i]) < 0 || fputs(", \"label\": ", f) == EOF ||
      json_str(f, e->label) < 0 ||
      fprintf(f, ", \"type\": \"%s\", \"value\": ", kabar_entity_type_name(e->type)) < 0)
    return -1;
  if (integer ? fprintf(f, "%.0f", value) < 0 : json_num(f, value) < 0)
    return -1;
  return fputc('}', f) == EOF ? -1 : 0;
}

/* The community of entity i (its metric value, a whole number below nc),
 * or nc when it has none. */
static size_t community_of(const kabar_metrics *m, size_t i, size_t nc) {
  double v = kabar_metrics_get(m, KABAR_M_COMMUNITY, i);
  if (!(v >= 0 && v < (double)nc) || v != (double)(size_t)v)
    return nc;
  return (size_t)v;
}

/* A community's list of at most 5 members, KABAR_NONE where there is none. */
static void ctop_reset(size_t *top) {
  for (int k = 0; k < 5; k++)
    top[k] = KABAR_NONE;
}

static void ctop_add(size_t *top, size_t index) {
  for (int k = 0; k < 5; k++)
    if (top[k] == KABAR_NONE) {
      top[k] = index;
      return;
    }
}

static kabar_status write_metrics_json(const kabar_kb *kb, const kabar_metrics *m, char *const *ids,
                                       const char *path, kabar_error *err) {
  kabar_status st = KABAR_OK;
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  size_t n = kabar_kb_n_entities(kb);
  ranked *r = NULL;
  size_t *csize = NULL, *ctop = NULL; /* communities' sizes, and 5 members of each */
  FILE *f = kabar_output_open(path);
  if (!f)
    return kabar_error_set(err, kabar_write_status(errno), "%s: cannot create", path);
  TRY_ALLOC(r = malloc((n ? n : 1) * sizeof *r));
  CSV(fprintf(f, "{\n  \"generator\": \"kabar %s\",\n  \"countedStatuses\": [", KABAR_VERSION) < 0 ? -1 : 0);
  int first = 1;
  for (int k = 0; k < KABAR_FS__COUNT; k++)
    if (s->statuses & (1u << k)) {
      CSV(fprintf(f, "%s\"%s\"", first ? "" : ", ", kabar_fact_status_name((kabar_fact_status)k)) < 0 ? -1 : 0);
      first = 0;
    }
  CSV(fprintf(f, "],\n  \"edgeWeight\": ") < 0 ? -1 : 0);
  CSV(json_str(f, weight_text));
  /* One number per line in "graph": `kabar metrics` reads this block back. */
  CSV(fprintf(f, ",\n  \"graph\": {\n"
                 "    \"vertices\": %zu,\n    \"edges\": %zu,\n    \"arcs\": %zu,\n"
                 "    \"symmetricEdges\": %zu,\n    \"density\": ",
              s->vertices, s->edges, s->arcs, s->symmetric_edges) < 0 ? -1 : 0);
  CSV(json_num(f, s->density));
  CSV(fprintf(f, ",\n    \"components\": %zu,\n    \"largestComponent\": %zu,\n"
                 "    \"isolated\": %zu,\n    \"diameter\": ",
              s->components, s->largest_component, s->isolated) < 0 ? -1 : 0);
  CSV(json_num(f, s->diameter));
  CSV(fputs(",\n    \"transitivity\": ", f) == EOF ? -1 : 0);
  CSV(json_num(f, s->transitivity));
  CSV(fputs(",\n    \"reciprocity\": ", f) == EOF ? -1 : 0);
  CSV(json_num(f, s->reciprocity));
  CSV(fputs(",\n    \"modularity\": ", f) == EOF ? -1 : 0);
  CSV(json_num(f, s->modularity));
  CSV(fprintf(f, ",\n    \"communities\": %zu\n  },\n", s->communities) < 0 ? -1 : 0);
  CSV(fputs("  \"definitions\": {\n"
            "    \"density\": \"distinct ordered pairs joined by an arc / (n (n-1))\",\n"
            "    \"components\": \"weakly connected components, isolated entities included\",\n"
            "    \"diameter\": \"longest shortest path in hops, undirected, within a component\",\n"
            "    \"transitivity\": \"global clustering coefficient of the undirected graph\",\n"
            "    \"reciprocity\": \"share of arcs u->v whose v->u exists\",\n"
            "    \"modularity\": \"of the community partition on the weighted undirected graph\"",
            f) == EOF ? -1 : 0);
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    CSV(fprintf(f, ",\n    \"%s\": ", kabar_metric_name((kabar_metric)k)) < 0 ? -1 : 0);
    CSV(json_str(f, kabar_metric_description((kabar_metric)k)));
  }
  CSV(fputs("\n  },\n  \"methods\": {", f) == EOF ? -1 : 0);
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    const char *method = kabar_metrics_method(m, (kabar_metric)k);
    if (k == KABAR_M_COMMUNITY)
      method = "leiden";
    CSV(fprintf(f, "%s\n    \"%s\": {\"method\": \"%s\"", k ? "," : "",
                kabar_metric_name((kabar_metric)k), method) < 0 ? -1 : 0);
    if (!strcmp(method, "sampled")) {
      /* The bound each estimate carries (see the README's metrics section). */
      double bound = k == KABAR_M_BETWEENNESS ? s->epsilon
                     : k == KABAR_M_HARMONIC  ? s->harmonic_error
                                              : s->distance_error;
      CSV(fprintf(f, ", \"sources\": %zu, \"seed\": %llu, \"delta\": ", s->sample_sources,
                  s->seed) < 0 ? -1 : 0);
      CSV(json_num(f, s->delta));
      CSV(fputs(k == KABAR_M_CLOSENESS ? ", \"meanDistanceErrorBound\": " : ", \"errorBound\": ", f) == EOF ? -1 : 0);
      CSV(json_num(f, bound));
      CSV(fputs(", \"bound\": ", f) == EOF ? -1 : 0);
      CSV(json_str(f, k == KABAR_M_BETWEENNESS
                          ? "every entity within errorBound of its exact value, all together with "
                            "probability >= 1 - delta (Hoeffding, union bound over entities)"
                      : k == KABAR_M_HARMONIC
                          ? "every entity within errorBound of its exact value, all together with "
                            "probability >= 1 - delta (Hoeffding, values up to the largest weight)"
                          : "1/closeness, the mean distance, within meanDistanceErrorBound for "
                            "every entity with probability >= 1 - delta; null when the graph is "
                            "not connected"));
    }
    if (k == KABAR_M_COMMUNITY)
      CSV(fputs(", \"objective\": \"modularity\", \"resolution\": 1, \"beta\": 0.01, \"seed\": 42", f) == EOF ? -1 : 0);
    if (k == KABAR_M_PAGERANK)
      CSV(fputs(", \"damping\": 0.85, \"algorithm\": \"prpack\"", f) == EOF ? -1 : 0);
    CSV(fputc('}', f) == EOF ? -1 : 0);
  }
  if (s->sample_sources)
    CSV(fprintf(f, ",\n    \"diameter\": {\"method\": \"largest eccentricity of %d sampled "
                   "sources and of a double sweep (lower bound)\"}",
                KABAR_PATHS_ECC_SOURCES) < 0 ? -1 : 0);
  else
    CSV(fputs(",\n    \"diameter\": {\"method\": \"exact\"}", f) == EOF ? -1 : 0);
  CSV(fputs("\n  },\n  \"top\": {", f) == EOF ? -1 : 0);
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    if (k == KABAR_M_COMMUNITY)
      continue;
    size_t got = rank_entities(m, (kabar_metric)k, r, n);
    CSV(fprintf(f, "%s\n    \"%s\": [", k ? "," : "", kabar_metric_name((kabar_metric)k)) < 0 ? -1 : 0);
    for (size_t j = 0; j < got && j < JSON_TOP; j++) {
      CSV(fputs(j ? ",\n      " : "\n      ", f) == EOF ? -1 : 0);
      CSV(json_entity(f, kb, ids, r[j].index, r[j].value, kabar_metric_is_integer((kabar_metric)k)));
    }
    CSV(fputs(got ? "\n    ]" : "]", f) == EOF ? -1 : 0);
  }
  /* Communities: size and members by decreasing pagerank. */
  CSV(fputs("\n  },\n  \"communities\": [", f) == EOF ? -1 : 0);
  size_t got = rank_entities(m, KABAR_M_PAGERANK, r, n);
  /* each community's size and first 5 members in that order, in one pass
   * over the entities and one over the ranking (not one per community) */
  size_t nc = s->communities;
  TRY_ALLOC(csize = calloc(nc ? nc : 1, sizeof *csize));
  TRY_ALLOC(ctop = malloc((nc ? nc : 1) * 5 * sizeof *ctop));
  for (size_t i = 0; i < n; i++) {
    size_t c = community_of(m, i, nc);
    if (c < nc)
      csize[c]++;
  }
  for (size_t c = 0; c < nc; c++)
    ctop_reset(ctop + 5 * c);
  for (size_t j = 0; j < got; j++) {
    size_t c = community_of(m, r[j].index, nc);
    if (c < nc)
      ctop_add(ctop + 5 * c, r[j].index);
  }
  for (size_t c = 0; c < nc; c++) {
    CSV(fprintf(f, "%s\n    {\"community\": %zu, \"size\": %zu, \"top\": [", c ? "," : "", c, csize[c]) < 0 ? -1 : 0);
    for (size_t shown = 0; shown < 5 && ctop[5 * c + shown] != KABAR_NONE; shown++) {
      const kabar_entity *e = kabar_kb_get_entity(kb, ctop[5 * c + shown]);
      CSV(fputs(shown ? ", " : "", f) == EOF ? -1 : 0);
      CSV(json_str(f, e->label));
    }
    CSV(fputs("]}", f) == EOF ? -1 : 0);
  }
  CSV(fputs(s->communities ? "\n  ]\n}\n" : "]\n}\n", f) == EOF ? -1 : 0);
done:
  free(r);
  free(csize);
  free(ctop);
  if (st == KABAR_ERR_NOMEM && err && !err->message[0])
    kabar_error_set(err, st, "%s: out of memory", path);
  return close_file(f, st, path, err);
}

typedef kabar_status (*graph_writer)(const kabar_kb *, const kabar_metrics *, char *const *,
                                     const char *, kabar_error *);
static const char *const graph_names[] = {"graph.graphml", "graph.gexf", "nodes.csv", "edges.csv",
                                          "metrics.json"};
static const graph_writer graph_writers[] = {write_graphml, write_gexf, write_nodes_csv,
                                             write_edges_csv, write_metrics_json};
#define N_GRAPH_FILES (sizeof graph_names / sizeof *graph_names)

/* Writes the graph files [from, to) in order; the first failure ends it. */
static kabar_status write_files(const kabar_kb *kb, const kabar_metrics *m, char *const *ids,
                                const char *dir, size_t from, size_t to, kabar_error *err) {
  kabar_status st = KABAR_OK;
  for (size_t i = from; i < to && st == KABAR_OK; i++) {
    char *path = join_path(dir, graph_names[i]);
    if (!path)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "%s/%s: out of memory", dir, graph_names[i]);
    kabar_error_clear(err);
    st = graph_writers[i](kb, m, ids, path, err);
    free(path);
  }
  return st;
}

/* The first graph file (the GraphML), written by a thread of its own. */
typedef struct first_job {
  const kabar_kb *kb;
  const kabar_metrics *m;
  char *const *ids;
  const char *dir;
  kabar_status st;
  kabar_error err;
} first_job;

static void *first_main(void *arg) {
  first_job *j = arg;
  kabar_error_clear(&j->err);
  j->st = write_files(j->kb, j->m, j->ids, j->dir, 0, 1, &j->err);
  return NULL;
}

kabar_status kabar_graph_write_jobs(const kabar_kb *kb, const kabar_metrics *m, const char *dir,
                                    size_t jobs, kabar_error *err) {
  if (!kb || !m || !dir || kabar_metrics_n_vertices(m) != kabar_kb_n_entities(kb))
    return kabar_error_set(err, KABAR_ERR_USAGE, "graph files: metrics do not match the knowledge base");
  char **ids = make_node_ids(kb);
  if (!ids)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s/%s: out of memory", dir, graph_names[0]);
  kabar_status st;
  first_job job = {kb, m, ids, dir, KABAR_OK, {0}};
  pthread_t tid;
  int threaded = 0;
  if (jobs > 1) {
    threaded = pthread_create(&tid, NULL, first_main, &job) == 0;
  }
  if (threaded) {
    /* the other files meanwhile; a failure of the first is reported first,
     * as one thread writing them in order would */
    kabar_error rest_err;
    kabar_error_clear(&rest_err);
    st = write_files(kb, m, ids, dir, 1, N_GRAPH_FILES, &rest_err);
    pthread_join(tid, NULL);
    if (job.st != KABAR_OK) {
      *err = job.err;
      st = job.st;
    } else if (st != KABAR_OK) {
      *err = rest_err;
    }
  } else {
    st = write_files(kb, m, ids, dir, 0, N_GRAPH_FILES, err);
  }
  free_node_ids(ids, kabar_kb_n_entities(kb));
  return st;
}

kabar_status kabar_graph_write(const kabar_kb *kb, const kabar_metrics *m, const char *dir,
                               kabar_error *err) {
  return kabar_graph_write_jobs(kb, m, dir, 1, err);
}
