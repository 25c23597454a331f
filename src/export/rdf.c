/* SPDX-License-Identifier: MIT */
/* The RDF export: one pass over the kb, each statement handed to every
 * requested raptor2 serializer. See include/kabar/rdf.h for the IRIs and
 * ontology/kabar.ttl for the vocabulary; a test checks that every term
 * written here is defined there. */
#include "kabar/rdf.h"

#include "kabar/graph.h"

#include "common/clean.h"
#include "common/output.h"
#include "common/strmap.h"
#include "common/try.h"
#include "common/utf8.h"
#include "export/rdf_vocab.h"
#include "lexicon/english.h"

#include <errno.h>
#include <math.h>
#include <raptor2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define LANG "id" /* the corpus is Indonesian: labels and evidence are tagged @id */

/* ---------------------------------------------------------------- formats */

static const struct {
  unsigned flag;
  const char *syntax; /* raptor2 serializer name */
  const char *file;
} FORMATS[] = {
    {KABAR_RDF_TURTLE, "turtle", "kb.ttl"},
    {KABAR_RDF_NTRIPLES, "ntriples", "kb.nt"},
    {KABAR_RDF_NQUADS, "nquads", "kb.nq"},
    {KABAR_RDF_RDFXML, "rdfxml", "kb.rdf"},
};
#define N_FORMATS (sizeof FORMATS / sizeof FORMATS[0])

static const struct {
  const char *name;
  unsigned flags;
} FORMAT_NAMES[] = {
    {"turtle", KABAR_RDF_TURTLE}, {"ttl", KABAR_RDF_TURTLE},  {"ntriples", KABAR_RDF_NTRIPLES},
    {"nt", KABAR_RDF_NTRIPLES},   {"nquads", KABAR_RDF_NQUADS}, {"nq", KABAR_RDF_NQUADS},
    {"rdfxml", KABAR_RDF_RDFXML}, {"xml", KABAR_RDF_RDFXML},  {"rdf", KABAR_RDF_RDFXML},
    {"all", KABAR_RDF_TURTLE | KABAR_RDF_NTRIPLES | KABAR_RDF_NQUADS | KABAR_RDF_RDFXML},
};

int kabar_rdf_parse_formats(const char *list, unsigned *out) {
  if (!list || !out)
    return -1;
  unsigned flags = 0;
  const char *p = list;
  for (;;) {
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    size_t i;
    for (i = 0; i < sizeof FORMAT_NAMES / sizeof FORMAT_NAMES[0]; i++)
      if (strlen(FORMAT_NAMES[i].name) == n && memcmp(FORMAT_NAMES[i].name, p, n) == 0)
        break;
    if (i == sizeof FORMAT_NAMES / sizeof FORMAT_NAMES[0])
      return -1;
    flags |= FORMAT_NAMES[i].flags;
    if (!end)
      break;
    p = end + 1;
  }
  *out = flags;
  return 0;
}

/* -------------------------------------------------------------- vocabulary */

static const char *const TYPE_PATH[KABAR_ENT__COUNT] = {
    "state/", "person/", "organization/", "agreement/", "place/", "event/"};

const char *kabar_rdf_type_path(kabar_entity_type t) {
  return (unsigned)t < KABAR_ENT__COUNT ? TYPE_PATH[t] : NULL;
}

/* Every term of the kabar namespace this file may write, besides the class
 * names (kabar_entity_type_name), relations (kabar_relation_name), statuses
 * (kabar_fact_status_name) and metrics (kabar_metric_name). */
static const char *const TERMS[] = {
    "Document", "FactMention", "subject", "relation", "object", "status", "claimant",
    "inDocument", "sentence", "byteStart", "byteEnd", "evidence", "date", "iso3166Alpha3",
    "mentionCount", "occursIn", "identifier", "fileName", "title", "sha256", "sentenceCount",
    "EntityMention", "mentionOf", "surface", "foundBy", "source", "published", "url",
    "documentCount",
};
enum {
  T_DOCUMENT, T_FACT_MENTION, T_SUBJECT, T_RELATION, T_OBJECT, T_STATUS, T_CLAIMANT,
  T_IN_DOCUMENT, T_SENTENCE, T_BYTE_START, T_BYTE_END, T_EVIDENCE, T_DATE, T_ISO3,
  T_MENTION_COUNT, T_OCCURS_IN, T_IDENTIFIER, T_FILE_NAME, T_TITLE, T_SHA256,
  T_SENTENCE_COUNT, T_ENTITY_MENTION, T_MENTION_OF, T_SURFACE, T_FOUND_BY, T_SOURCE,
  T_PUBLISHED, T_URL, T_DOCUMENT_COUNT, T__COUNT
};

size_t kabar_rdf_n_terms(void) { return T__COUNT; }
const char *kabar_rdf_term(size_t i) { return i < T__COUNT ? TERMS[i] : NULL; }

/* --------------------------------------------------------------- buffers */

/* Jump to `done` with KABAR_ERR_NOMEM when a buffer call (0 ok, -1 out of
 * memory) fails. */
#define TRY_BUF(expr)                                                                              \
  do {                                                                                             \
    if ((expr) != 0) {                                                                             \
      st = KABAR_ERR_NOMEM;                                                                        \
      goto done;                                                                                   \
    }                                                                                              \
  } while (0)

typedef struct buf {
  char *p;
  size_t len, cap;
} buf;

static int buf_reserve(buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return 0;
  size_t ncap = b->cap ? b->cap : 256;
  while (ncap < b->len + extra + 1)
    ncap *= 2;
  char *np = realloc(b->p, ncap);
  if (!np)
    return -1;
  b->p = np;
  b->cap = ncap;
  return 0;
}

static int buf_add(buf *b, const char *s, size_t n) {
  if (buf_reserve(b, n))
    return -1;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
  return 0;
}

static int buf_adds(buf *b, const char *s) { return buf_add(b, s, strlen(s)); }

static int buf_addz(buf *b, size_t v) {
  char tmp[32];
  int n = snprintf(tmp, sizeof tmp, "%zu", v);
  return buf_add(b, tmp, (size_t)n);
}

/* Appends `s` as one IRI path segment: letters, digits, '-' and '.' as they
 * are, every other byte as %XX. raptor2 writes IRIs as given, so this is
 * what keeps them valid in every syntax. Entity names (`names` set) write a
 * space as '_' and so encode '_' itself (Vladimir_Putin); document names,
 * which are file names, keep '_' and encode a space. Either way the mapping
 * is one to one. A segment of dots only is encoded whole, so that no parser
 * resolves it as "." or "..". */
static int buf_add_segment(buf *b, const char *s, int names) {
  static const char HEX[] = "0123456789ABCDEF";
  size_t n = strlen(s);
  int dots_only = n > 0 && strspn(s, ".") == n;
  if (buf_reserve(b, 3 * n))
    return -1;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char *o = b->p + b->len;
    if (((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         (c == '.' && !dots_only) || (c == '_' && !names))) {
      o[0] = (char)c;
      b->len += 1;
    } else if (c == ' ' && names) {
      o[0] = '_';
      b->len += 1;
    } else {
      o[0] = '%';
      o[1] = HEX[c >> 4];
      o[2] = HEX[c & 15];
      b->len += 3;
    }
  }
  b->p[b->len] = '\0';
  return 0;
}

/* Copies `s` into b cleaned by the writers' one rule (common/clean.h): no
 * control characters or line separators, no invalid UTF-8, nothing XML 1.0
 * or raptor2's RDF/XML writer refuses; so all four files, and the TSV and
 * graph files, say the same thing. */
static int buf_set_literal(buf *b, const char *s) {
  b->len = 0;
  size_t n = strlen(s);
  if (buf_reserve(b, n))
    return -1;
  for (size_t i = 0; i < n;) {
    const char *piece;
    size_t used, len = kabar_clean_char(s + i, n - i, &piece, &used);
    if (buf_add(b, piece, len))
      return -1;
    i += used;
  }
  b->p[b->len] = '\0';
  return 0;
}

/* ----------------------------------------------------------------- writer */

typedef struct sink {
  unsigned flag;
  const char *file;
  char *path, *tmp_path;
  FILE *fh;
  raptor_iostream *out; /* writes on fh; outlives each batch's serializer */
  raptor_serializer *ser;
  const char *syntax;
  int quads; /* N-Quads: mentions go to their document's graph */
  int holds; /* the serializer keeps every statement until it ends (Turtle):
                restarted every batch so that it never holds the corpus */
  int started; /* serialize_start succeeded and serialize_end is still due */
} sink;

typedef struct writer {
  raptor_world *world;
  const kabar_kb *kb;
  const kabar_metrics *metrics;
  kabar_english_names *english; /* states' English names, or NULL */
  buf base; /* ends in '/' or '#' */
  sink sinks[N_FORMATS];
  size_t n_sinks;
  kabar_error *err;
  char raptor_msg[512]; /* the first error raptor2 logged */
  int raptor_failed;

  raptor_term **entity; /* per entity index */
  size_t n_entities;
  raptor_term *term[T__COUNT];
  raptor_term *type_class[KABAR_ENT__COUNT];
  raptor_term *relation[KABAR_REL__COUNT];
  raptor_term *status[KABAR_FS__COUNT];
  raptor_term *metric[KABAR_M__COUNT];
  raptor_term *rdf_type, *rdfs_label, *skos_alt_label;
  raptor_uri *xsd_integer, *xsd_double, *xsd_date, *xsd_gyearmonth, *xsd_gyear, *xsd_anyuri;

  /* Each document's IRI key (see make_doc_keys), by document index, and
   * document name -> index: mentions and entities name their documents. */
  char **doc_key;
  size_t n_docs;
  kabar_strmap *doc_index;

  buf iri, lit; /* scratch */
  /* mention numbering within the current document */
  char *cur_doc;
  raptor_term *cur_doc_term, *cur_graph;
  kabar_strmap *sentence_n;
  char *ent_doc;   /* the document of the entity mentions being written */
  size_t ent_n;    /* ... and how many of them so far */
  size_t statements;
  size_t batch;    /* statements per batch of a holding serializer */
  size_t in_batch; /* statements since the current batch began */
} writer;

static void on_raptor_log(void *user, raptor_log_message *m) {
  writer *w = user;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || w->raptor_failed)
    return;
  w->raptor_failed = 1;
  snprintf(w->raptor_msg, sizeof w->raptor_msg, "%s", m->text ? m->text : "unknown error");
}

static raptor_term *new_iri(writer *w, const char *iri) {
  return raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
}

/* A term for base + path. */
static raptor_term *new_instance(writer *w, const char *path) {
  w->iri.len = 0;
  if (buf_add(&w->iri, w->base.p, w->base.len) || buf_adds(&w->iri, path))
    return NULL;
  return new_iri(w, w->iri.p);
}

/* A term for base + a + b. */
static raptor_term *new_instance_2(writer *w, const char *a, const char *b) {
  w->iri.len = 0;
  if (buf_add(&w->iri, w->base.p, w->base.len) || buf_adds(&w->iri, a) || buf_adds(&w->iri, b))
    return NULL;
  return new_iri(w, w->iri.p);
}

static raptor_term *new_vocab(writer *w, const char *local) {
  w->iri.len = 0;
  if (buf_adds(&w->iri, KABAR_ONTOLOGY_NS) || buf_adds(&w->iri, local))
    return NULL;
  return new_iri(w, w->iri.p);
}

/* Hands one statement to every serializer; `in_graph` puts it into the
 * current document's named graph in N-Quads. Terms stay owned by the caller. */
static kabar_status emit(writer *w, raptor_term *s, raptor_term *p, raptor_term *o, int in_graph) {
  if (!s || !p || !o)
    return KABAR_ERR_NOMEM;
  raptor_statement st;
  raptor_statement_init(&st, w->world);
  st.subject = s;
  st.predicate = p;
  st.object = o;
  for (size_t i = 0; i < w->n_sinks; i++) {
    st.graph = w->sinks[i].quads && in_graph ? w->cur_graph : NULL;
    if (raptor_serializer_serialize_statement(w->sinks[i].ser, &st) != 0 || w->raptor_failed)
      return kabar_error_set(w->err, KABAR_ERR_DEPENDENCY, "%s: raptor2 failed: %s",
                             w->sinks[i].path, w->raptor_failed ? w->raptor_msg : "serializer error");
  }
  w->statements++;
  w->in_batch++;
  return KABAR_OK;
}

/* ------------------------------------------------------------- batches */

/* A new serializer for k writing on at the end of k's file. */
static kabar_status start_serializer(writer *w, sink *k) {
  kabar_status st = KABAR_OK;
  raptor_uri *ns = NULL;
  k->ser = raptor_new_serializer(w->world, k->syntax);
  if (!k->ser) {
    st = kabar_error_set(w->err, KABAR_ERR_DEPENDENCY, "%s: raptor2 has no %s serializer",
                         k->path, k->syntax);
    goto done;
  }
  /* Prefixes make Turtle and RDF/XML readable; N-Triples ignores them. */
  static const char *const PREFIXES[][2] = {
      {"rdfs", NS_RDFS}, {"xsd", NS_XSD}, {"skos", NS_SKOS},
      {"kabar", KABAR_ONTOLOGY_NS}};
  for (size_t i = 0; i < sizeof PREFIXES / sizeof PREFIXES[0]; i++) {
    TRY_ALLOC(ns = raptor_new_uri(w->world, (const unsigned char *)PREFIXES[i][1]));
    if (raptor_serializer_set_namespace(k->ser, ns, (const unsigned char *)PREFIXES[i][0]) != 0) {
      st = kabar_error_set(w->err, KABAR_ERR_DEPENDENCY, "%s: raptor2 refused a prefix", k->path);
      goto done;
    }
    raptor_free_uri(ns);
    ns = NULL;
  }
  /* A NULL base URI: raptor2 would otherwise write IRIs relative to it. */
  if (raptor_serializer_start_to_iostream(k->ser, NULL, k->out) != 0 || w->raptor_failed) {
    st = kabar_error_set(w->err, KABAR_ERR_DEPENDENCY, "%s: raptor2 could not start: %s", k->path,
                         w->raptor_failed ? w->raptor_msg : "serializer error");
    goto done;
  }
  k->started = 1;
done:
  raptor_free_uri(ns);
  return st;
}

/* Ends k's serializer: it writes what it holds, and is freed. */
static kabar_status end_serializer(writer *w, sink *k) {
  kabar_status st = KABAR_OK;
  k->started = 0;
  if (raptor_serializer_serialize_end(k->ser) != 0 || w->raptor_failed)
    st = kabar_error_set(w->err, KABAR_ERR_DEPENDENCY, "%s: raptor2 failed: %s", k->path,
                         w->raptor_failed ? w->raptor_msg : "serializer error");
  raptor_free_serializer(k->ser);
  k->ser = NULL;
  return st;
}

/* Called before each subject's statements (a document, an entity, a fact,
 * a mention): once a batch is full, every serializer that holds its graph
 * writes it out and a fresh one carries on in the same file. Turtle allows
 * the repeated @prefix lines; a node's own statements stay in one batch
 * (an entity's facts may come in a later one), and the batches fall at the
 * same statements whatever --jobs was, so the bytes are the same run to
 * run. The streaming syntaxes (N-Triples, N-Quads, raptor2's
 * plain "rdfxml") keep one serializer: RDF/XML must stay one document. */
static kabar_status batch_point(writer *w) {
  kabar_status st = KABAR_OK;
  if (w->in_batch < w->batch)
    return KABAR_OK;
  w->in_batch = 0;
  for (size_t i = 0; i < w->n_sinks; i++) {
    sink *k = &w->sinks[i];
    if (!k->holds)
      continue;
    TRY(end_serializer(w, k));
    TRY(start_serializer(w, k));
  }
done:
  return st;
}

/* Emits s p "text"@lang, the text cleaned for every syntax; consumes nothing. */
static kabar_status emit_lang(writer *w, raptor_term *s, raptor_term *p, const char *text,
                              const char *lang, int in_graph) {
  if (buf_set_literal(&w->lit, text))
    return KABAR_ERR_NOMEM;
  raptor_term *o = raptor_new_term_from_counted_literal(
      w->world, (const unsigned char *)w->lit.p, w->lit.len, NULL, (const unsigned char *)lang,
      (unsigned char)strlen(lang));
  kabar_status st = emit(w, s, p, o, in_graph);
  raptor_free_term(o);
  return st;
}

/* Emits s p "text"@id (or typed with `datatype` when it is not NULL). */
static kabar_status emit_literal(writer *w, raptor_term *s, raptor_term *p, const char *text,
                                 raptor_uri *datatype, int in_graph) {
  if (!datatype)
    return emit_lang(w, s, p, text, LANG, in_graph);
  if (buf_set_literal(&w->lit, text))
    return KABAR_ERR_NOMEM;
  raptor_term *o = raptor_new_term_from_counted_literal(
      w->world, (const unsigned char *)w->lit.p, w->lit.len, datatype, NULL, 0);
  kabar_status st = emit(w, s, p, o, in_graph);
  raptor_free_term(o);
  return st;
}

/* A plain xsd:string literal (no language): codes, checksums, file names. */
static kabar_status emit_string(writer *w, raptor_term *s, raptor_term *p, const char *text,
                                int in_graph) {
  if (buf_set_literal(&w->lit, text))
    return KABAR_ERR_NOMEM;
  raptor_term *o = raptor_new_term_from_counted_literal(
      w->world, (const unsigned char *)w->lit.p, w->lit.len, NULL, NULL, 0);
  kabar_status st = emit(w, s, p, o, in_graph);
  raptor_free_term(o);
  return st;
}

static kabar_status emit_integer(writer *w, raptor_term *s, raptor_term *p, size_t v, int in_graph) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "%zu", v);
  raptor_term *o =
      raptor_new_term_from_literal(w->world, (const unsigned char *)tmp, w->xsd_integer, NULL);
  kabar_status st = emit(w, s, p, o, in_graph);
  raptor_free_term(o);
  return st;
}

/* The shortest exponent form that reads back as the same double, with a
 * '.' whatever the locale: "1.25E-1", "0.0E0". Always with an exponent,
 * because raptor2's Turtle writer prints a double bare and a bare "0.5"
 * would read back as an xsd:decimal. */
static void format_double(double v, char *out, size_t n) {
  if (v == 0) { /* also -0 */
    snprintf(out, n, "0.0E0");
    return;
  }
  char tmp[32]; /* "-1.2345678901234567e+308" at most */
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*e", prec, v);
    for (char *c = tmp; *c; c++)
      if (*c == ',')
        *c = '.';
    if (strtod(tmp, NULL) == v)
      break;
  }
  /* "1.250e-01" -> "1.25E-1" */
  char *e = strchr(tmp, 'e');
  if (!e) {
    snprintf(out, n, "%s", tmp);
    return;
  }
  *e = '\0';
  size_t m = strlen(tmp);
  while (m > 2 && tmp[m - 1] == '0' && tmp[m - 2] != '.')
    tmp[--m] = '\0';
  snprintf(out, n, "%sE%d", tmp, atoi(e + 1));
}

static int all_digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

/* The XSD type of an ISO 8601 (partial) date, or NULL when it is none of
 * YYYY, YYYY-MM, YYYY-MM-DD with a real month and day. */
static raptor_uri *date_type(writer *w, const char *d) {
  size_t n = strlen(d);
  if (n < 4 || !all_digits(d, 4))
    return NULL;
  if (n == 4)
    return w->xsd_gyear;
  if ((n != 7 && n != 10) || d[4] != '-' || !all_digits(d + 5, 2))
    return NULL;
  int year = atoi(d), month = (d[5] - '0') * 10 + (d[6] - '0');
  if (month < 1 || month > 12)
    return NULL;
  if (n == 7)
    return w->xsd_gyearmonth;
  if (d[7] != '-' || !all_digits(d + 8, 2))
    return NULL;
  static const int DAYS[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day < 1 || day > DAYS[month - 1] || (month == 2 && day == 29 && !leap))
    return NULL;
  return w->xsd_date;
}

/* Builds the entity IRIs: <base>state/RUS or <base><type>/<label>. Two
 * entities that would share an IRI (a code-less state labelled like another
 * state's code) get "~2", "~3", ... which no encoded name contains. */
static kabar_status make_entity_terms(writer *w) {
  kabar_status st = KABAR_OK;
  kabar_strmap *seen = kabar_strmap_new();
  buf path = {0};
  TRY_ALLOC(seen);
  w->n_entities = kabar_kb_n_entities(w->kb);
  w->entity = calloc(w->n_entities ? w->n_entities : 1, sizeof *w->entity);
  TRY_ALLOC(w->entity);
  for (size_t i = 0; i < w->n_entities; i++) {
    const kabar_entity *e = kabar_kb_get_entity(w->kb, i);
    const char *tp = kabar_rdf_type_path(e->type);
    if (!tp) {
      st = kabar_error_set(w->err, KABAR_ERR_DATA, "entity %zu has no valid type", i);
      goto done;
    }
    path.len = 0;
    TRY_BUF(buf_add(&path, w->base.p, w->base.len) || buf_adds(&path, tp));
    int code = e->type == KABAR_ENT_STATE && e->iso3 && strlen(e->iso3) == 3 &&
               strspn(e->iso3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 3;
    TRY_BUF(buf_add_segment(&path, code ? e->iso3 : (e->label ? e->label : ""), 1));
    size_t stem = path.len;
    for (size_t k = 1;; k++) {
      if (k > 1 || stem == w->base.len + strlen(tp)) { /* taken, or an empty name */
        path.len = stem;
        TRY_BUF(buf_adds(&path, "~") || buf_addz(&path, k));
      }
      size_t dummy;
      if (!kabar_strmap_get(seen, path.p, path.len, &dummy))
        break;
    }
    TRY_BUF(kabar_strmap_put(seen, path.p, path.len, i));
    w->entity[i] = new_iri(w, path.p);
    TRY_ALLOC(w->entity[i]);
  }
done:
  kabar_strmap_free(seen);
  free(path.p);
  return st;
}

static kabar_status make_vocab_terms(writer *w) {
  kabar_status st = KABAR_OK;
  for (size_t i = 0; i < T__COUNT; i++)
    TRY_ALLOC(w->term[i] = new_vocab(w, TERMS[i]));
  for (int t = 0; t < KABAR_ENT__COUNT; t++)
    TRY_ALLOC(w->type_class[t] = new_vocab(w, kabar_entity_type_name((kabar_entity_type)t)));
  for (int r = 0; r < KABAR_REL__COUNT; r++)
    TRY_ALLOC(w->relation[r] = new_vocab(w, kabar_relation_name((kabar_relation)r)));
  for (int s = 0; s < KABAR_FS__COUNT; s++)
    TRY_ALLOC(w->status[s] = new_vocab(w, kabar_fact_status_name((kabar_fact_status)s)));
  if (w->metrics)
    for (int m = 0; m < KABAR_M__COUNT; m++)
      TRY_ALLOC(w->metric[m] = new_vocab(w, kabar_metric_name((kabar_metric)m)));
  TRY_ALLOC(w->rdf_type = new_iri(w, NS_RDF "type"));
  TRY_ALLOC(w->rdfs_label = new_iri(w, NS_RDFS "label"));
  TRY_ALLOC(w->skos_alt_label = new_iri(w, NS_SKOS "altLabel"));
  raptor_world *rw = w->world;
  TRY_ALLOC(w->xsd_integer = raptor_new_uri(rw, (const unsigned char *)NS_XSD "integer"));
  TRY_ALLOC(w->xsd_double = raptor_new_uri(rw, (const unsigned char *)NS_XSD "double"));
  TRY_ALLOC(w->xsd_date = raptor_new_uri(rw, (const unsigned char *)NS_XSD "date"));
  TRY_ALLOC(w->xsd_gyearmonth = raptor_new_uri(rw, (const unsigned char *)NS_XSD "gYearMonth"));
  TRY_ALLOC(w->xsd_gyear = raptor_new_uri(rw, (const unsigned char *)NS_XSD "gYear"));
  TRY_ALLOC(w->xsd_anyuri = raptor_new_uri(rw, (const unsigned char *)NS_XSD "anyURI"));
done:
  return st;
}

/* A document's IRI key is its content, not its file name: the first 32 hex
 * digits (128 bits) of its SHA-256, so that two runs over the same text
 * mint the same document, graph and mention IRIs, and two texts that
 * happen to share a file name do not collide in one triplestore. A
 * document given without a digest (through the API) is keyed by its name
 * after a '~', which no digest holds; a key already taken (the same
 * content twice in one kb, which `kabar export` skips) gets "~2", "~3". */
#define DOC_KEY_HEX 32

static kabar_status make_doc_keys(writer *w) {
  kabar_status st = KABAR_OK;
  kabar_strmap *taken = kabar_strmap_new();
  buf key = {0};
  TRY_ALLOC(taken);
  TRY_ALLOC(w->doc_index = kabar_strmap_new());
  w->n_docs = kabar_kb_n_docs(w->kb);
  TRY_ALLOC(w->doc_key = calloc(w->n_docs ? w->n_docs : 1, sizeof *w->doc_key));
  for (size_t i = 0; i < w->n_docs; i++) {
    const kabar_kb_doc *doc = kabar_kb_get_doc(w->kb, i);
    const char *name = doc->name ? doc->name : "";
    key.len = 0;
    if (strspn(doc->sha256, "0123456789abcdef") >= DOC_KEY_HEX)
      TRY_BUF(buf_add(&key, doc->sha256, DOC_KEY_HEX));
    else
      TRY_BUF(buf_adds(&key, "~") || buf_add_segment(&key, name, 0));
    size_t stem = key.len;
    for (size_t k = 2; kabar_strmap_get(taken, key.p, key.len, NULL); k++) {
      key.len = stem;
      TRY_BUF(buf_adds(&key, "~") || buf_addz(&key, k));
    }
    TRY_BUF(kabar_strmap_put(taken, key.p, key.len, i));
    TRY_ALLOC(w->doc_key[i] = malloc(key.len + 1));
    memcpy(w->doc_key[i], key.p, key.len + 1);
    /* names are unique in a kb the pipeline built; else the first one wins */
    if (!kabar_strmap_get(w->doc_index, name, strlen(name), NULL))
      TRY_BUF(kabar_strmap_put(w->doc_index, name, strlen(name), i));
  }
done:
  kabar_strmap_free(taken);
  free(key.p);
  return st;
}

/* The key of the document named `name`, or NULL when the kb has none. */
static const char *doc_key_of(const writer *w, const char *name) {
  size_t i;
  if (!kabar_strmap_get(w->doc_index, name, strlen(name), &i))
    return NULL;
  return w->doc_key[i];
}

/* The term of the document named `name`: <base>doc/<key>. */
static kabar_status doc_term(writer *w, const char *name, raptor_term **out) {
  const char *key = doc_key_of(w, name);
  *out = NULL;
  if (!key)
    return kabar_error_set(w->err, KABAR_ERR_DATA, "document '%s' is not in the kb", name);
  *out = new_instance_2(w, "doc/", key);
  return *out ? KABAR_OK : KABAR_ERR_NOMEM;
}

static kabar_status write_docs(writer *w) {
  kabar_status st = KABAR_OK;
  raptor_term *d = NULL;
  for (size_t i = 0; i < kabar_kb_n_docs(w->kb); i++) {
    const kabar_kb_doc *doc = kabar_kb_get_doc(w->kb, i);
    TRY(batch_point(w));
    TRY_ALLOC(d = new_instance_2(w, "doc/", w->doc_key[i]));
    TRY(emit(w, d, w->rdf_type, w->term[T_DOCUMENT], 0));
    TRY(emit_string(w, d, w->term[T_FILE_NAME], doc->name ? doc->name : "", 0));
    /* where it was read from; standard input ("-") has no place to name */
    if (doc->path && doc->path[0] && strcmp(doc->path, "-") != 0)
      TRY(emit_string(w, d, w->term[T_SOURCE], doc->path, 0));
    if (doc->title && doc->title[0])
      TRY(emit_literal(w, d, w->term[T_TITLE], doc->title, NULL, 0));
    if (doc->sha256[0])
      TRY(emit_string(w, d, w->term[T_SHA256], doc->sha256, 0));
    if (doc->date) {
      raptor_uri *dt = date_type(w, doc->date);
      if (dt)
        TRY(emit_literal(w, d, w->term[T_PUBLISHED], doc->date, dt, 0));
    }
    if (doc->url)
      TRY(emit_literal(w, d, w->term[T_URL], doc->url, w->xsd_anyuri, 0));
    TRY(emit_integer(w, d, w->term[T_SENTENCE_COUNT], doc->n_sentences, 0));
    TRY(emit_integer(w, d, w->term[T_MENTION_COUNT], doc->n_mentions, 0));
    raptor_free_term(d);
    d = NULL;
  }
done:
  raptor_free_term(d);
  return st;
}

static kabar_status write_entities(writer *w) {
  kabar_status st = KABAR_OK;
  raptor_term *d = NULL, *o = NULL;
  for (size_t i = 0; i < w->n_entities; i++) {
    const kabar_entity *e = kabar_kb_get_entity(w->kb, i);
    raptor_term *s = w->entity[i];
    TRY(batch_point(w));
    TRY(emit(w, s, w->rdf_type, w->type_class[e->type], 0));
    TRY(emit_literal(w, s, w->rdfs_label, e->label ? e->label : "", NULL, 0));
    /* A state's English name, for readers of the graph who have no Indonesian. */
    const char *en = e->type == KABAR_ENT_STATE ? kabar_english_name(w->english, e->iso3) : NULL;
    if (en)
      TRY(emit_lang(w, s, w->rdfs_label, en, "en", 0));
    for (size_t a = 0; a < e->n_aliases; a++)
      if (!e->label || strcmp(e->aliases[a], e->label) != 0)
        TRY(emit_literal(w, s, w->skos_alt_label, e->aliases[a], NULL, 0));
    if (e->id && e->id[0])
      TRY(emit_string(w, s, w->term[T_IDENTIFIER], e->id, 0));
    if (e->type == KABAR_ENT_STATE && e->iso3 && e->iso3[0])
      TRY(emit_string(w, s, w->term[T_ISO3], e->iso3, 0));
    TRY(emit_integer(w, s, w->term[T_MENTION_COUNT], e->mentions, 0));
    TRY(emit_integer(w, s, w->term[T_DOCUMENT_COUNT], e->n_docs, 0));
    /* the sample of its documents (all when there are at most KABAR_DOC_SAMPLE) */
    for (size_t k = 0; k < e->n_doc_sample; k++) {
      TRY(doc_term(w, e->doc_sample[k], &d));
      TRY(emit(w, s, w->term[T_OCCURS_IN], d, 0));
      raptor_free_term(d);
      d = NULL;
    }
    for (int m = 0; w->metrics && m < KABAR_M__COUNT; m++) {
      double v = kabar_metrics_get(w->metrics, (kabar_metric)m, i);
      if (isnan(v) || isinf(v))
        continue;
      char tmp[64];
      int integer = kabar_metric_is_integer((kabar_metric)m) && v == floor(v) && fabs(v) < 1e15;
      if (integer)
        snprintf(tmp, sizeof tmp, "%.0f", v);
      else
        format_double(v, tmp, sizeof tmp);
      TRY_ALLOC(o = raptor_new_term_from_literal(w->world, (const unsigned char *)tmp,
                                                 integer ? w->xsd_integer : w->xsd_double, NULL));
      TRY(emit(w, s, w->metric[m], o, 0));
      raptor_free_term(o);
      o = NULL;
    }
  }
done:
  raptor_free_term(d);
  raptor_free_term(o);
  return st;
}

static kabar_status write_facts(writer *w) {
  kabar_status st = KABAR_OK;
  for (size_t i = 0; i < kabar_kb_n_facts(w->kb); i++) {
    const kabar_fact *f = kabar_kb_get_fact(w->kb, i);
    if (f->by_status[KABAR_FS_ASSERTED] == 0)
      continue;
    if (f->subject >= w->n_entities || f->object >= w->n_entities ||
        (unsigned)f->relation >= KABAR_REL__COUNT)
      return kabar_error_set(w->err, KABAR_ERR_DATA, "fact %zu refers to no entity or relation", i);
    TRY(batch_point(w));
    TRY(emit(w, w->entity[f->subject], w->relation[f->relation], w->entity[f->object], 0));
  }
done:
  return st;
}

/* Enters the mentions of document `name`: its node, its named graph, and a
 * fresh count of mentions per sentence. */
static kabar_status enter_doc(writer *w, const char *name) {
  kabar_status st = KABAR_OK;
  raptor_free_term(w->cur_doc_term);
  raptor_free_term(w->cur_graph);
  w->cur_doc_term = w->cur_graph = NULL;
  /* cleared as they are freed: a failure below leaves nothing freed twice */
  free(w->cur_doc);
  w->cur_doc = NULL;
  kabar_strmap_free(w->sentence_n);
  w->sentence_n = NULL;
  TRY_ALLOC(w->sentence_n = kabar_strmap_new());
  w->cur_doc = malloc(strlen(name) + 1);
  TRY_ALLOC(w->cur_doc);
  memcpy(w->cur_doc, name, strlen(name) + 1);
  TRY(doc_term(w, name, &w->cur_doc_term));
  TRY_ALLOC(w->cur_graph = new_instance_2(w, "graph/", doc_key_of(w, name)));
done:
  return st;
}

/* Enters the document of the mention being written, when it is another. */
static kabar_status at_doc(writer *w, const char *docname) {
  return !w->cur_doc || strcmp(w->cur_doc, docname) != 0 ? enter_doc(w, docname) : KABAR_OK;
}

static kabar_status write_mention(void *user, const kabar_mention *m) {
  writer *w = user;
  kabar_status st = KABAR_OK;
  raptor_term *node = NULL;
  const char *docname = m->doc ? m->doc : "";
  TRY(batch_point(w));
  TRY(at_doc(w, docname));
  if (m->subject >= w->n_entities || m->object >= w->n_entities ||
      (unsigned)m->relation >= KABAR_REL__COUNT || (unsigned)m->status >= KABAR_FS__COUNT ||
      (m->claimant != KABAR_NONE && m->claimant >= w->n_entities))
    return kabar_error_set(w->err, KABAR_ERR_DATA, "%s: sentence %zu: mention refers to no entity",
                           docname, m->sentence);

  /* <base>mention/<doc key>/<sentence>/<n>, n counting within the sentence */
  char key[32];
  int klen = snprintf(key, sizeof key, "%zu", m->sentence);
  size_t n = 0;
  kabar_strmap_get(w->sentence_n, key, (size_t)klen, &n);
  n++;
  TRY_BUF(kabar_strmap_put(w->sentence_n, key, (size_t)klen, n));
  w->lit.len = 0;
  TRY_BUF(buf_adds(&w->lit, "mention/") || buf_adds(&w->lit, doc_key_of(w, docname)) ||
          buf_adds(&w->lit, "/") || buf_addz(&w->lit, m->sentence) || buf_adds(&w->lit, "/") ||
          buf_addz(&w->lit, n));
  TRY_ALLOC(node = new_instance(w, w->lit.p));

  TRY(emit(w, node, w->rdf_type, w->term[T_FACT_MENTION], 1));
  TRY(emit(w, node, w->term[T_SUBJECT], w->entity[m->subject], 1));
  TRY(emit(w, node, w->term[T_RELATION], w->relation[m->relation], 1));
  TRY(emit(w, node, w->term[T_OBJECT], w->entity[m->object], 1));
  TRY(emit(w, node, w->term[T_STATUS], w->status[m->status], 1));
  if (m->claimant != KABAR_NONE)
    TRY(emit(w, node, w->term[T_CLAIMANT], w->entity[m->claimant], 1));
  TRY(emit(w, node, w->term[T_IN_DOCUMENT], w->cur_doc_term, 1));
  TRY(emit_integer(w, node, w->term[T_SENTENCE], m->sentence, 1));
  TRY(emit_integer(w, node, w->term[T_BYTE_START], m->start, 1));
  TRY(emit_integer(w, node, w->term[T_BYTE_END], m->end, 1));
  TRY(emit_literal(w, node, w->term[T_EVIDENCE], m->evidence ? m->evidence : "", NULL, 1));
  if (m->date && m->date[0]) {
    raptor_uri *dt = date_type(w, m->date);
    if (dt)
      TRY(emit_literal(w, node, w->term[T_DATE], m->date, dt, 1));
    else
      TRY(emit_string(w, node, w->term[T_DATE], m->date, 1));
  }
done:
  raptor_free_term(node);
  return st;
}

/* <base>entity-mention/<doc key>/<n>, n counting within the document, in the
 * document's named graph in N-Quads. */
static kabar_status write_entity_mention(void *user, const kabar_entity_mention *m) {
  writer *w = user;
  kabar_status st = KABAR_OK;
  raptor_term *node = NULL;
  const char *docname = m->doc ? m->doc : "";
  TRY(batch_point(w));
  TRY(at_doc(w, docname));
  if (!w->ent_doc || strcmp(w->ent_doc, docname) != 0) {
    free(w->ent_doc);
    TRY_ALLOC(w->ent_doc = malloc(strlen(docname) + 1));
    memcpy(w->ent_doc, docname, strlen(docname) + 1);
    w->ent_n = 0;
  }
  if (m->entity >= w->n_entities || (unsigned)m->kind >= KABAR_MK__COUNT)
    return kabar_error_set(w->err, KABAR_ERR_DATA, "%s: sentence %zu: mention of no entity",
                           docname, m->sentence);
  w->ent_n++;
  w->lit.len = 0;
  TRY_BUF(buf_adds(&w->lit, "entity-mention/") || buf_adds(&w->lit, doc_key_of(w, docname)) ||
          buf_adds(&w->lit, "/") || buf_addz(&w->lit, w->ent_n));
  TRY_ALLOC(node = new_instance(w, w->lit.p));
  TRY(emit(w, node, w->rdf_type, w->term[T_ENTITY_MENTION], 1));
  TRY(emit(w, node, w->term[T_MENTION_OF], w->entity[m->entity], 1));
  TRY(emit(w, node, w->term[T_IN_DOCUMENT], w->cur_doc_term, 1));
  TRY(emit_integer(w, node, w->term[T_SENTENCE], m->sentence, 1));
  TRY(emit_integer(w, node, w->term[T_BYTE_START], m->start, 1));
  TRY(emit_integer(w, node, w->term[T_BYTE_END], m->end, 1));
  TRY(emit_literal(w, node, w->term[T_SURFACE], m->surface ? m->surface : "", NULL, 1));
  TRY(emit_string(w, node, w->term[T_FOUND_BY], kabar_mention_kind_name(m->kind), 1));
done:
  raptor_free_term(node);
  return st;
}

/* Whether the path of an absolute IRI holds a "." or ".." segment. An
 * IRI written relative to a base (Turtle, RDF/XML) is resolved by RFC 3986,
 * which removes such segments: "p:./x" would come back as "p:x", and the
 * formats would no longer name the same resources (found by fuzz_rdf). */
static int has_dot_segment(const char *iri) {
  const char *p = strchr(iri, ':') + 1, *end = p + strcspn(p, "?#");
  while (p < end) {
    size_t len = strcspn(p, "/?#");
    if (p + len > end)
      len = (size_t)(end - p);
    if ((len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
      return 1;
    p += len;
    if (p < end && *p == '/')
      p++;
  }
  return 0;
}

/* Validates and stores the base: an absolute IRI (scheme ":" ...) without
 * characters that no syntax allows unescaped, ending in '/' or '#'. */
static kabar_status set_base(writer *w, const char *base) {
  if (!base)
    base = KABAR_RDF_DEFAULT_BASE;
  size_t n = strlen(base), i = 0;
  while (i < n && ((base[i] >= 'a' && base[i] <= 'z') || (base[i] >= 'A' && base[i] <= 'Z') ||
                   (i > 0 && ((base[i] >= '0' && base[i] <= '9') || strchr("+-.", base[i])))))
    i++;
  int ok = i > 0 && i < n && base[i] == ':' && i + 1 < n;
  /* Bytes that are not UTF-8, and characters no syntax carries, make
   * raptor2's RDF/XML writer fail late, after the other files are written. */
  for (i = 0; ok && i < n;) {
    unsigned char c = (unsigned char)base[i];
    uint32_t cp = 0;
    size_t len = kabar_utf8_decode((const unsigned char *)base + i, n - i, &cp);
    if (!len || c <= 0x20 || c == 0x7F || strchr("<>\"{}|\\^`", c) ||
        (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
      ok = 0;
    i += len ? len : 1;
  }
  if (!ok)
    return kabar_error_set(w->err, KABAR_ERR_USAGE,
                           "base IRI \"%s\" is not an absolute IRI (like %s)", base,
                           KABAR_RDF_DEFAULT_BASE);
  if (has_dot_segment(base))
    return kabar_error_set(w->err, KABAR_ERR_USAGE,
                           "base IRI \"%s\" has a '.' or '..' path segment, which readers "
                           "resolve away (write it without)",
                           base);
  if (buf_add(&w->base, base, n))
    return KABAR_ERR_NOMEM;
  if (base[n - 1] != '/' && base[n - 1] != '#' && buf_adds(&w->base, "/"))
    return KABAR_ERR_NOMEM;
  return KABAR_OK;
}

/* The states' English names from <data_dir>/lexicon/states.tsv. */
static kabar_status load_english(writer *w, const char *data_dir) {
  size_t n = strlen(data_dir) + sizeof "/lexicon/states.tsv";
  char *path = malloc(n);
  if (!path)
    return KABAR_ERR_NOMEM;
  snprintf(path, n, "%s/lexicon/states.tsv", data_dir);
  kabar_status st = kabar_english_names_load(path, &w->english, w->err);
  free(path);
  return st;
}

/* raptor2's own iostream on a FILE writes most of N-Triples and Turtle a
 * byte at a time with fputc(), which takes the stream's lock for every
 * byte: a quarter of `export --rdf ntriples`. Each sink's file is written
 * by one thread only, so its bytes go in without the lock; they are the
 * same bytes, and a failed write still shows in ferror() at close_sink(). */
static int sink_write_byte(void *user, const int byte) {
  return putc_unlocked(byte, (FILE *)user) == byte; /* as raptor2's: 1 when written */
}

static int sink_write_bytes(void *user, const void *p, size_t size, size_t nmemb) {
  return (int)fwrite(p, size, nmemb, (FILE *)user);
}

static const raptor_iostream_handler SINK_HANDLER = {
    .version = 2, .write_byte = sink_write_byte, .write_bytes = sink_write_bytes};

/* The stdio buffer of an RDF file: fewer write(2) calls than the default. */
#define SINK_BUFFER (1u << 16)

static kabar_status open_sink(writer *w, sink *k, const char *dir) {
  kabar_status st = KABAR_OK;
  size_t dl = strlen(dir);
  const char *sep = dl && dir[dl - 1] == '/' ? "" : "/";
  size_t need = dl + strlen(k->file) + 16;
  TRY_ALLOC(k->path = malloc(need));
  TRY_ALLOC(k->tmp_path = malloc(need));
  snprintf(k->path, need, "%s%s%s", dir, sep, k->file);
  snprintf(k->tmp_path, need, "%s%s%s.tmp", dir, sep, k->file);
  k->fh = kabar_output_open(k->tmp_path);
  if (!k->fh) {
    st = kabar_error_set(w->err, kabar_write_status(errno), "%s: cannot write: %s", k->path,
                         strerror(errno));
    goto done;
  }
  (void)setvbuf(k->fh, NULL, _IOFBF, SINK_BUFFER); /* a failure keeps the default buffer */
  TRY_ALLOC(k->out = raptor_new_iostream_from_handler(w->world, k->fh, &SINK_HANDLER));
  TRY(start_serializer(w, k));
done:
  return st;
}

/* Ends the serializer, closes the file and moves it to its final name. */
static kabar_status close_sink(writer *w, sink *k) {
  kabar_status st = end_serializer(w, k);
  raptor_free_iostream(k->out);
  k->out = NULL;
  int bad = ferror(k->fh);
  int saved = errno;
  if (fclose(k->fh) != 0 || bad) {
    if (!bad)
      saved = errno;
    k->fh = NULL;
    if (st == KABAR_OK)
      st = kabar_error_set(w->err, KABAR_ERR_WRITE, "%s: write failed: %s", k->path,
                           strerror(saved ? saved : EIO));
  }
  k->fh = NULL;
  if (st == KABAR_OK && rename(k->tmp_path, k->path) != 0)
    st = kabar_error_set(w->err, KABAR_ERR_WRITE, "%s: cannot rename %s: %s", k->path,
                         k->tmp_path, strerror(errno));
  return st;
}

static void writer_free(writer *w) {
  for (size_t i = 0; i < w->n_sinks; i++) {
    sink *k = &w->sinks[i];
    /* a serializer started but not ended holds its iostream until it ends */
    if (k->ser && k->started)
      raptor_serializer_serialize_end(k->ser);
    raptor_free_serializer(k->ser);
    raptor_free_iostream(k->out);
    if (k->fh)
      fclose(k->fh);
    if (k->tmp_path)
      remove(k->tmp_path); /* a no-op once renamed */
    free(k->path);
    free(k->tmp_path);
  }
  for (size_t i = 0; w->entity && i < w->n_entities; i++)
    raptor_free_term(w->entity[i]);
  free(w->entity);
  for (size_t i = 0; i < T__COUNT; i++)
    raptor_free_term(w->term[i]);
  for (size_t i = 0; i < KABAR_ENT__COUNT; i++)
    raptor_free_term(w->type_class[i]);
  for (size_t i = 0; i < KABAR_REL__COUNT; i++)
    raptor_free_term(w->relation[i]);
  for (size_t i = 0; i < KABAR_FS__COUNT; i++)
    raptor_free_term(w->status[i]);
  for (size_t i = 0; i < KABAR_M__COUNT; i++)
    raptor_free_term(w->metric[i]);
  raptor_free_term(w->rdf_type);
  raptor_free_term(w->rdfs_label);
  raptor_free_term(w->skos_alt_label);
  raptor_free_term(w->cur_doc_term);
  raptor_free_term(w->cur_graph);
  raptor_free_uri(w->xsd_integer);
  raptor_free_uri(w->xsd_double);
  raptor_free_uri(w->xsd_date);
  raptor_free_uri(w->xsd_gyearmonth);
  raptor_free_uri(w->xsd_gyear);
  raptor_free_uri(w->xsd_anyuri);
  kabar_strmap_free(w->sentence_n);
  kabar_english_names_free(w->english);
  for (size_t i = 0; w->doc_key && i < w->n_docs; i++)
    free(w->doc_key[i]);
  free(w->doc_key);
  kabar_strmap_free(w->doc_index);
  free(w->cur_doc);
  free(w->ent_doc);
  free(w->base.p);
  free(w->iri.p);
  free(w->lit.p);
  if (w->world)
    raptor_free_world(w->world);
}

/* Statements per batch of a holding serializer: raptor2's Turtle writer
 * takes about a kilobyte per statement it holds, so a batch is some MB
 * (see the README on memory). KABAR_RDF_BATCH, for tests only, sets
 * another size, to cut a small kb into many batches. */
#define DEFAULT_BATCH 10000

static kabar_status set_batch(writer *w) {
  const char *env = getenv("KABAR_RDF_BATCH");
  w->batch = DEFAULT_BATCH;
  if (!env || !env[0])
    return KABAR_OK;
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(env, &end, 10);
  if (env[0] < '0' || env[0] > '9' || *end || errno || v == 0 || v > SIZE_MAX)
    return kabar_error_set(w->err, KABAR_ERR_USAGE,
                           "KABAR_RDF_BATCH=\"%s\" is not a positive number of statements", env);
  w->batch = (size_t)v;
  return KABAR_OK;
}

kabar_status kabar_rdf_write(const kabar_kb *kb, const struct kabar_metrics *metrics,
                             const kabar_rdf_options *opt, const char *dir, kabar_error *err) {
  kabar_status st = KABAR_OK;
  writer w;
  memset(&w, 0, sizeof w);
  w.kb = kb;
  w.metrics = metrics;
  w.err = err;
  kabar_error_clear(err);
  if (!kb || !dir)
    return kabar_error_set(err, KABAR_ERR_USAGE, "kabar_rdf_write: no kb or no directory");
  if (metrics && kabar_metrics_n_vertices(metrics) != kabar_kb_n_entities(kb))
    return kabar_error_set(err, KABAR_ERR_USAGE, "kabar_rdf_write: metrics of another kb");
  unsigned formats = opt && opt->formats ? opt->formats : KABAR_RDF_TURTLE;
  TRY(set_base(&w, opt ? opt->base : NULL));
  TRY(set_batch(&w));
  if (opt && opt->data_dir)
    TRY(load_english(&w, opt->data_dir));

  w.world = raptor_new_world();
  TRY_ALLOC(w.world);
  raptor_world_set_log_handler(w.world, &w, on_raptor_log);
  if (raptor_world_open(w.world) != 0) {
    st = kabar_error_set(err, KABAR_ERR_DEPENDENCY, "raptor2 could not start");
    goto done;
  }
  TRY(make_vocab_terms(&w));
  TRY(make_entity_terms(&w));
  TRY(make_doc_keys(&w));
  for (size_t i = 0; i < N_FORMATS; i++) {
    if (!(formats & FORMATS[i].flag))
      continue;
    sink *k = &w.sinks[w.n_sinks++];
    k->flag = FORMATS[i].flag;
    k->file = FORMATS[i].file;
    k->syntax = FORMATS[i].syntax;
    k->quads = FORMATS[i].flag == KABAR_RDF_NQUADS;
    k->holds = FORMATS[i].flag == KABAR_RDF_TURTLE;
    TRY(open_sink(&w, k, dir));
  }
  TRY(write_docs(&w));
  TRY(write_entities(&w));
  TRY(write_facts(&w));
  TRY(kabar_kb_foreach_mention(kb, write_mention, &w));
  if (opt && opt->entity_mentions)
    TRY(kabar_kb_foreach_entity_mention(kb, write_entity_mention, &w));
  for (size_t i = 0; i < w.n_sinks; i++)
    TRY(close_sink(&w, &w.sinks[i]));
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", dir);
  else if (st != KABAR_OK && err && err->status == KABAR_OK)
    kabar_error_set(err, st, "%s: RDF export failed: %s", dir, kabar_strerror(st));
  writer_free(&w);
  return st;
}
