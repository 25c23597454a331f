/* SPDX-License-Identifier: MIT */
/* What the fuzz targets share: failing loudly (abort, so that libFuzzer
 * keeps the input), a scratch directory per process, the knowledge base
 * built from fuzzed fields, and the checkers that re-read every written file
 * with a parser that is not the writer's own. */
#ifndef KABAR_FUZZ_SUPPORT_H
#define KABAR_FUZZ_SUPPORT_H

#include <kabar/graph.h>
#include <kabar/kb.h>
#include <kabar/rdf.h>

#include <stddef.h>
#include <stdint.h>

/* Prints "fuzz: <message>" to standard error and aborts. */
_Noreturn void fuzz_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Silences kabar's warnings (and libxml2's error printing): a fuzzer prints
 * nothing per input. Every target linked with this file calls it at start. */
void fuzz_quiet(void);

struct kabar_doc;
struct kabar_read_options;

/* The input read as a document named `name` with `opt` (data/boilerplate.tsv
 * loaded once); NULL when the reader refuses it, which it must do with a
 * message and no document. */
struct kabar_doc *fuzz_read_bytes(const char *name, const uint8_t *data, size_t size,
                                  const struct kabar_read_options *opt);

/* A fresh directory for this process, removed at exit. */
const char *fuzz_scratch_dir(void);
/* Removes every file in `dir` (it has no subdirectories). */
void fuzz_empty_dir(const char *dir);
/* The bytes of dir/name, NUL-terminated, length in *len; NULL when absent. */
char *fuzz_read(const char *dir, const char *name, size_t *len);

/* Decodes one UTF-8 sequence at s (n > 0 bytes); returns its length and
 * sets *cp, or 0 when the bytes are not valid UTF-8. */
size_t fuzz_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* The invariants of a document read by kabar_doc_from_bytes(): valid UTF-8
 * text, tokens in order inside the text, sentences in order, each holding
 * its tokens. */
void fuzz_check_doc(const struct kabar_doc *doc);

/* The invariants of a finished kb: ids unique, indices in range, mentions
 * replayed in full and (when `doc` is given) inside that document. */
void fuzz_check_kb(const kabar_kb *kb, const struct kabar_doc *doc);

/* The kb described by the fuzz input (see kbgen.c for the format), finished.
 * *base is the RDF base IRI the input chose (malloc'd, or NULL for the
 * default). Returns NULL when the kb API refused the input as a whole. */
kabar_kb *fuzz_kb_build(const uint8_t *data, size_t size, char **base);

/* What the writer targets start from: the kb the input describes, its
 * metrics, and an emptied scratch directory. */
typedef struct fuzz_kb_case {
  kabar_kb *kb;
  kabar_metrics *m;
  char *base; /* the RDF base IRI the input chose, or NULL */
  const char *dir;
} fuzz_kb_case;
void fuzz_kb_case_begin(const uint8_t *data, size_t size, fuzz_kb_case *fc);
void fuzz_kb_case_end(fuzz_kb_case *fc);

/* Each checker aborts through fuzz_fail() on the first violation. */
/* entities.tsv and facts.tsv: header, column count, row count, no control
 * characters, valid UTF-8; facts.jsonl: one JSON object per line, a line
 * per facts.tsv row. */
void fuzz_check_tsv(const char *dir, const kabar_kb *kb);
/* nodes.csv and edges.csv (RFC 4180) and metrics.json (RFC 8259). */
void fuzz_check_csv(const char *dir, const kabar_kb *kb, const kabar_metrics *m);
void fuzz_check_json(const char *dir);
/* graph.graphml and graph.gexf: well-formed, node ids unique, edge
 * endpoints are nodes, as many nodes and edges as the kb and metrics say. */
void fuzz_check_graph_xml(const char *dir, const kabar_kb *kb, const kabar_metrics *m);
/* The RDF files of `formats` (KABAR_RDF_* bits) parse, and all of them hold
 * the same number of triples, which is the line count of kb.nt. */
void fuzz_check_rdf(const char *dir, unsigned formats);

#endif
