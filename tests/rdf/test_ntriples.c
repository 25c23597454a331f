/* SPDX-License-Identifier: MIT */
/* kabar writes N-Triples and N-Quads itself (src/export/ntriples.c): the
 * bytes must be raptor2's, statement by statement, for IRIs and literals
 * holding every ASCII byte, characters of two, three and four bytes, a
 * language, a datatype, a blank node and a graph; and a string that is not
 * UTF-8 is cut where raptor2 cuts it. */
#include "export/ntriples.h"

#include "check.h"

#include <stdlib.h>
#include <string.h>

static raptor_world *world;

/* Writes st both ways and checks the bytes agree. */
static void check_same(const raptor_statement *st, int with_graph, const char *what) {
  void *want = NULL;
  size_t want_len = 0;
  raptor_iostream *io = raptor_new_iostream_to_string(world, &want, &want_len, malloc);
  CHECK(io != NULL);
  if (!io)
    return;
  CHECK_INT(raptor_statement_ntriples_write(st, io, with_graph), 0);
  raptor_free_iostream(io);
  char *got = NULL;
  size_t got_len = 0;
  FILE *f = open_memstream(&got, &got_len);
  CHECK(f != NULL);
  if (f) {
    CHECK_INT(nt_write_statement(f, st, with_graph), 0);
    fclose(f);
  }
  CHECK(got && want && got_len == want_len && memcmp(got, want, got_len) == 0);
  if (!(got && want && got_len == want_len && memcmp(got, want, got_len) == 0))
    fprintf(stderr, "%s:\n  raptor2: %.*s  kabar:   %.*s", what, (int)want_len,
            want ? (const char *)want : "", (int)got_len, got ? got : "");
  free(got);
  free(want);
}

static raptor_term *iri(const char *s) {
  return raptor_new_term_from_uri_string(world, (const unsigned char *)s);
}

static raptor_term *literal(const char *s, const char *datatype, const char *lang) {
  raptor_uri *dt = datatype ? raptor_new_uri(world, (const unsigned char *)datatype) : NULL;
  raptor_term *t = raptor_new_term_from_literal(world, (const unsigned char *)s, dt,
                                                (const unsigned char *)lang);
  if (dt)
    raptor_free_uri(dt);
  return t;
}

static void check_triple(raptor_term *s, raptor_term *p, raptor_term *o, raptor_term *g,
                         const char *what) {
  raptor_statement st;
  raptor_statement_init(&st, world);
  st.subject = s;
  st.predicate = p;
  st.object = o;
  st.graph = g;
  CHECK(s && p && o);
  if (s && p && o) {
    check_same(&st, 0, what);
    check_same(&st, 1, what);
  }
  raptor_free_term(s);
  raptor_free_term(p);
  raptor_free_term(o);
  raptor_free_term(g);
}

int main(void) {
  world = raptor_new_world();
  CHECK(world != NULL);
  if (!world || raptor_world_open(world) != 0)
    return check_done();
  /* every ASCII byte but NUL, in a literal and in an IRI */
  char ascii[128];
  for (int c = 1; c < 128; c++)
    ascii[c - 1] = (char)c;
  ascii[127] = '\0';
  char iri_ascii[160];
  snprintf(iri_ascii, sizeof iri_ascii, "http://example.org/%s", ascii);
  check_triple(iri("http://example.org/s"), iri("http://example.org/p"), literal(ascii, NULL, NULL),
               NULL, "ASCII literal");
  check_triple(iri(iri_ascii), iri("http://example.org/p"), iri(iri_ascii), NULL, "ASCII IRI");
  /* two, three and four bytes: Latin, Cyrillic, CJK, punctuation, emoji */
  static const char *const wide[] = {"Kunashiri-t\xC5\x8D", "\xD0\x9A\xD1\x83\xD0\xBD",
                                     "\xE5\x9B\xBD\xE5\xBE\x8C \xE2\x80\x93 \"x\" \\ y",
                                     "\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBD", "\xEF\xBF\xBD", ""};
  for (size_t k = 0; k < sizeof wide / sizeof wide[0]; k++) {
    char buf[128];
    snprintf(buf, sizeof buf, "http://example.org/%s", wide[k]);
    check_triple(iri(buf), iri("http://example.org/p"), literal(wide[k], NULL, "id"), iri(buf),
                 wide[k]);
    check_triple(iri("http://example.org/s"), iri(buf),
                 literal(wide[k], "http://www.w3.org/2001/XMLSchema#string", NULL), NULL, wide[k]);
  }
  /* a typed number, a blank node, a graph */
  check_triple(raptor_new_term_from_blank(world, (const unsigned char *)"b0"),
               iri("http://example.org/p"),
               literal("42", "http://www.w3.org/2001/XMLSchema#integer", NULL),
               iri("http://example.org/graph/1"), "blank node");
  /* not UTF-8: a stray continuation byte, a sequence cut short */
  check_triple(iri("http://example.org/s"), iri("http://example.org/p"),
               literal("ab\x80" "cd", NULL, NULL), NULL, "stray byte");
  check_triple(iri("http://example.org/s"), iri("http://example.org/p"),
               literal("ab\xE2\x80", NULL, NULL), NULL, "cut sequence");
  raptor_free_world(world);
  return check_done();
}
