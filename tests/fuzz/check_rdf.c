/* SPDX-License-Identifier: MIT */
/* The RDF files read back with raptor2's parsers (not its serializers, which
 * wrote them): each must parse without an error, and all must hold the same
 * set of triples, as many as kb.nt has lines. */
#include "support.h"

#include <raptor2.h>

#include <stdlib.h>
#include <string.h>

typedef struct triples {
  char **v;
  size_t n, cap;
  const char *file;
  char error[512];
} triples;

static void on_log(void *user, raptor_log_message *m) {
  triples *t = user;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR && !t->error[0])
    snprintf(t->error, sizeof t->error, "line %d: %s", m->locator ? m->locator->line : -1,
             m->text ? m->text : "?");
}

/* A statement as the strings of its terms, each with its length in front,
 * so that no term can look like another (raptor2's raptor_term_to_string is
 * far too slow for a fuzzer). At most 3 terms of 4 parts. */
typedef struct parts {
  const char *s[12];
  size_t n[12];
  size_t count;
} parts;

static void add_part(parts *p, const char *s, size_t n) {
  p->s[p->count] = s ? s : "";
  p->n[p->count++] = s ? n : 0;
}

static void add_uri(parts *p, raptor_uri *u) {
  size_t n = 0;
  const unsigned char *s = u ? raptor_uri_as_counted_string(u, &n) : NULL;
  add_part(p, (const char *)s, n);
}

static void add_term(parts *p, const raptor_term *t) {
  if (!t)
    fuzz_fail("a statement without a term");
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    add_part(p, "U", 1);
    add_uri(p, t->value.uri);
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    add_part(p, "L", 1);
    add_part(p, (const char *)t->value.literal.string, t->value.literal.string_len);
    add_uri(p, t->value.literal.datatype);
    add_part(p, (const char *)t->value.literal.language, t->value.literal.language_len);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    add_part(p, "B", 1);
    add_part(p, (const char *)t->value.blank.string, t->value.blank.string_len);
    break;
  default:
    fuzz_fail("a term of unknown type");
  }
}

static char *join_parts(const parts *p) {
  size_t total = 1;
  for (size_t i = 0; i < p->count; i++)
    total += p->n[i] + 24;
  char *line = malloc(total), *o = line;
  if (!line)
    fuzz_fail("out of memory");
  for (size_t i = 0; i < p->count; i++) {
    o += sprintf(o, "%zu:", p->n[i]);
    memcpy(o, p->s[i], p->n[i]);
    o += p->n[i];
  }
  *o = '\0';
  return line;
}

/* One statement as its three terms (the graph is left out: the N-Quads
 * file says the same triples, some in named graphs). */
static void on_statement(void *user, raptor_statement *st) {
  triples *t = user;
  parts p = {.count = 0};
  add_term(&p, st->subject);
  add_term(&p, st->predicate);
  add_term(&p, st->object);
  if (t->n == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 64;
    t->v = realloc(t->v, t->cap * sizeof *t->v);
    if (!t->v)
      fuzz_fail("out of memory");
  }
  t->v[t->n++] = join_parts(&p);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorts and drops duplicates; returns how many there were in all. */
static size_t sort_unique(triples *t) {
  size_t all = t->n, j = 0;
  if (t->n)
    qsort(t->v, t->n, sizeof *t->v, cmp_str);
  for (size_t i = 0; i < t->n; i++) {
    if (j > 0 && !strcmp(t->v[j - 1], t->v[i]))
      free(t->v[i]);
    else
      t->v[j++] = t->v[i];
  }
  t->n = j;
  return all;
}

static void triples_free(triples *t) {
  for (size_t i = 0; i < t->n; i++)
    free(t->v[i]);
  free(t->v);
}

/* Parses dir/file with raptor2's `syntax` parser into t (sorted, unique);
 * returns the number of statements parsed. */
static size_t parse(const char *dir, const char *file, const char *syntax, triples *t) {
  size_t n;
  char *s = fuzz_read(dir, file, &n);
  if (!s)
    fuzz_fail("%s: missing", file);
  t->file = file;
  static raptor_world *world; /* one per process: opening one is slow */
  if (!world && (!(world = raptor_new_world()) || raptor_world_open(world) != 0))
    fuzz_fail("raptor_new_world failed");
  raptor_world_set_log_handler(world, t, on_log);
  raptor_parser *p = raptor_new_parser(world, syntax);
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"file:///kabar-fuzz/");
  if (!p || !base)
    fuzz_fail("raptor2: no %s parser", syntax);
  raptor_parser_set_statement_handler(p, t, on_statement);
  if (raptor_parser_parse_start(p, base) != 0 ||
      raptor_parser_parse_chunk(p, (const unsigned char *)s, n, 1) != 0 || t->error[0])
    fuzz_fail("%s: raptor2's %s parser rejects it: %s", file, syntax,
              t->error[0] ? t->error : "?");
  raptor_free_uri(base);
  raptor_free_parser(p);
  free(s);
  return sort_unique(t);
}

static size_t count_lines(const char *dir, const char *file) {
  size_t n, lines = 0;
  char *s = fuzz_read(dir, file, &n);
  if (!s)
    fuzz_fail("%s: missing", file);
  for (size_t i = 0; i < n; i++)
    lines += s[i] == '\n';
  free(s);
  return lines;
}

static void same(const triples *a, const triples *b) {
  for (size_t i = 0; i < a->n && i < b->n; i++)
    if (strcmp(a->v[i], b->v[i]) != 0)
      fuzz_fail("%s and %s differ: %s / %s", a->file, b->file, a->v[i], b->v[i]);
  if (a->n != b->n)
    fuzz_fail("%s has %zu distinct triples, %s %zu", a->file, a->n, b->file, b->n);
}

void fuzz_check_rdf(const char *dir, unsigned formats) {
  static const struct {
    unsigned flag;
    const char *file, *syntax;
  } kinds[] = {{KABAR_RDF_NTRIPLES, "kb.nt", "ntriples"},
               {KABAR_RDF_TURTLE, "kb.ttl", "turtle"},
               {KABAR_RDF_NQUADS, "kb.nq", "nquads"},
               {KABAR_RDF_RDFXML, "kb.rdf", "rdfxml"}};
  triples first = {0};
  int have_first = 0;
  for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
    if (!(formats & kinds[k].flag))
      continue;
    triples t = {0};
    size_t all = parse(dir, kinds[k].file, kinds[k].syntax, &t);
    if (kinds[k].flag == KABAR_RDF_NTRIPLES && all != count_lines(dir, "kb.nt"))
      fuzz_fail("kb.nt: %zu triples parsed from %zu lines", all, count_lines(dir, "kb.nt"));
    if (kinds[k].flag == KABAR_RDF_NTRIPLES && all != t.n)
      fuzz_fail("kb.nt: %zu triples, only %zu distinct", all, t.n);
    if (!have_first) {
      first = t;
      have_first = 1;
    } else {
      same(&first, &t);
      triples_free(&t);
    }
  }
  triples_free(&first);
}
