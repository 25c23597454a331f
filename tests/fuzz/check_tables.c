/* SPDX-License-Identifier: MIT */
/* Strict readers for the table files, written here so that they share no
 * code with the writers: TSV (spec/EXTRACTION.md), CSV (RFC 4180) and JSON
 * (RFC 8259). */
#include "support.h"

#include <stdlib.h>
#include <string.h>

/* Text of a table file: valid UTF-8 without control characters (C0 but
 * tab and newline, DEL, C1). */
static void check_text(const char *name, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t len = fuzz_utf8_decode(u + i, n - i, &cp);
    if (!len)
      fuzz_fail("%s: invalid UTF-8 at byte %zu", name, i);
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F))
      fuzz_fail("%s: control character U+%04X at byte %zu", name, (unsigned)cp, i);
    i += len;
  }
  if (n == 0 || s[n - 1] != '\n')
    fuzz_fail("%s: does not end with a newline", name);
}

/* ------------------------------------------------------------------ TSV */

static void check_tsv_file(const char *dir, const char *name, const char *header, size_t rows) {
  size_t n;
  char *s = fuzz_read(dir, name, &n);
  if (!s)
    fuzz_fail("%s: missing", name);
  check_text(name, s, n);
  size_t hl = strlen(header);
  if (n < hl + 1 || memcmp(s, header, hl) != 0 || s[hl] != '\n')
    fuzz_fail("%s: the header is not \"%s\"", name, header);
  size_t columns = 1, lines = 0;
  for (const char *h = header; *h; h++)
    columns += *h == '\t';
  for (size_t i = 0, tabs = 0; i < n; i++) {
    if (s[i] == '\t')
      tabs++;
    else if (s[i] == '\n') {
      lines++;
      if (tabs + 1 != columns)
        fuzz_fail("%s: line %zu has %zu columns, not %zu", name, lines, tabs + 1, columns);
      tabs = 0;
    }
  }
  if (lines != rows + 1)
    fuzz_fail("%s: %zu lines, not %zu rows and a header", name, lines, rows);
  free(s);
}

static void check_jsonl(const char *dir, size_t rows);

void fuzz_check_tsv(const char *dir, const kabar_kb *kb) {
  check_tsv_file(dir, "entities.tsv", "id\ttype\tlabel\taliases\tiso3\tdocs\tmentions\tdocuments",
                 kabar_kb_n_entities(kb));
  check_tsv_file(dir, "facts.tsv",
                 "doc\tsentence\tsubject\tsubject_type\trelation\tobject\tobject_type\tstatus\tevidence"
                 "\tfact_id\tsubject_id\tobject_id\tclaimant_id\tdate\tstart\tend",
                 kabar_kb_n_mentions(kb));
  check_jsonl(dir, kabar_kb_n_mentions(kb));
}

/* ------------------------------------------------------------------ CSV */

/* One parsed CSV file: its records as arrays of malloc'd fields. */
typedef struct csv {
  char ***rows;
  size_t *widths;
  size_t n;
} csv;

static void csv_free(csv *c) {
  for (size_t r = 0; r < c->n; r++) {
    for (size_t f = 0; f < c->widths[r]; f++)
      free(c->rows[r][f]);
    free(c->rows[r]);
  }
  free(c->rows);
  free(c->widths);
}

/* Reads one field at s[*i]; leaves *i on the ',' or '\n' after it. */
static char *csv_field(const char *name, const char *s, size_t n, size_t *i) {
  char *out = malloc(n - *i + 1);
  size_t o = 0;
  if (!out)
    fuzz_fail("out of memory");
  if (s[*i] == '"') {
    for ((*i)++;; (*i)++) {
      if (*i >= n)
        fuzz_fail("%s: a quoted field is not closed", name);
      if (s[*i] == '"') {
        if (*i + 1 < n && s[*i + 1] == '"')
          out[o++] = s[(*i)++];
        else
          break;
      } else if (s[*i] == '\n')
        fuzz_fail("%s: a newline inside a field at byte %zu", name, *i);
      else
        out[o++] = s[*i];
    }
    (*i)++;
    if (*i >= n || (s[*i] != ',' && s[*i] != '\n'))
      fuzz_fail("%s: text after a closing quote at byte %zu", name, *i);
  } else {
    for (; *i < n && s[*i] != ',' && s[*i] != '\n'; (*i)++) {
      if (s[*i] == '"')
        fuzz_fail("%s: a quote in an unquoted field at byte %zu", name, *i);
      out[o++] = s[*i];
    }
  }
  out[o] = '\0';
  return out;
}

static csv csv_parse(const char *dir, const char *name) {
  size_t n;
  char *s = fuzz_read(dir, name, &n);
  if (!s)
    fuzz_fail("%s: missing", name);
  check_text(name, s, n);
  csv c = {0};
  size_t cap = 0;
  for (size_t i = 0; i < n;) {
    if (c.n == cap) {
      cap = cap ? 2 * cap : 16;
      c.rows = realloc(c.rows, cap * sizeof *c.rows);
      c.widths = realloc(c.widths, cap * sizeof *c.widths);
      if (!c.rows || !c.widths)
        fuzz_fail("out of memory");
    }
    char **row = NULL;
    size_t w = 0;
    for (;;) {
      row = realloc(row, (w + 1) * sizeof *row);
      if (!row)
        fuzz_fail("out of memory");
      row[w++] = csv_field(name, s, n, &i);
      if (i >= n)
        fuzz_fail("%s: the last record has no newline", name);
      if (s[i++] == '\n')
        break;
    }
    c.rows[c.n] = row;
    c.widths[c.n++] = w;
    if (c.widths[c.n - 1] != c.widths[0])
      fuzz_fail("%s: record %zu has %zu fields, the header %zu", name, c.n, w, c.widths[0]);
  }
  free(s);
  if (c.n == 0)
    fuzz_fail("%s: empty", name);
  return c;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int has_id(char **sorted, size_t n, const char *id) {
  return bsearch(&id, sorted, n, sizeof *sorted, cmp_str) != NULL;
}

void fuzz_check_csv(const char *dir, const kabar_kb *kb, const kabar_metrics *m) {
  csv nodes = csv_parse(dir, "nodes.csv"), edges = csv_parse(dir, "edges.csv");
  size_t n_nodes = nodes.n - 1;
  if (n_nodes != kabar_kb_n_entities(kb))
    fuzz_fail("nodes.csv: %zu nodes for %zu entities", n_nodes, kabar_kb_n_entities(kb));
  if (edges.n - 1 != kabar_metrics_summary(m)->edges)
    fuzz_fail("edges.csv: %zu edges, the summary says %zu", edges.n - 1,
              kabar_metrics_summary(m)->edges);
  if (strcmp(nodes.rows[0][0], "Id") || strcmp(edges.rows[0][0], "Source") ||
      edges.widths[0] < 2 || strcmp(edges.rows[0][1], "Target"))
    fuzz_fail("nodes.csv or edges.csv: unexpected header");
  char **ids = malloc((n_nodes + 1) * sizeof *ids);
  if (!ids)
    fuzz_fail("out of memory");
  for (size_t r = 1; r < nodes.n; r++)
    ids[r - 1] = nodes.rows[r][0];
  qsort(ids, n_nodes, sizeof *ids, cmp_str);
  for (size_t k = 1; k < n_nodes; k++)
    if (!strcmp(ids[k - 1], ids[k]))
      fuzz_fail("nodes.csv: node id \"%s\" twice", ids[k]);
  for (size_t r = 1; r < edges.n; r++)
    for (int end = 0; end < 2; end++)
      if (!has_id(ids, n_nodes, edges.rows[r][end]))
        fuzz_fail("edges.csv: edge %zu ends at \"%s\", which is no node", r, edges.rows[r][end]);
  free(ids);
  csv_free(&nodes);
  csv_free(&edges);
}

/* ----------------------------------------------------------------- JSON */

typedef struct json {
  const char *name; /* the file, for messages */
  const char *s;
  size_t n, i;
} json;

static _Noreturn void json_fail(const json *j, const char *what) {
  fuzz_fail("%s: %s at byte %zu", j->name, what, j->i);
}

static void json_ws(json *j) {
  while (j->i < j->n && strchr(" \t\n\r", j->s[j->i]) && j->s[j->i])
    j->i++;
}

static int json_peek(const json *j) { return j->i < j->n ? (unsigned char)j->s[j->i] : -1; }

static void json_expect(json *j, const char *lit) {
  size_t k = strlen(lit);
  if (j->n - j->i < k || memcmp(j->s + j->i, lit, k) != 0)
    json_fail(j, "an unknown literal");
  j->i += k;
}

static unsigned json_hex4(json *j) {
  unsigned v = 0;
  for (int k = 0; k < 4; k++, j->i++) {
    int c = json_peek(j);
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0)
      json_fail(j, "a bad \\u escape");
    v = v * 16 + (unsigned)d;
  }
  return v;
}

static void json_string(json *j) {
  j->i++; /* the opening quote */
  for (;;) {
    int c = json_peek(j);
    if (c < 0)
      json_fail(j, "an unterminated string");
    if (c == '"') {
      j->i++;
      return;
    }
    if (c < 0x20)
      json_fail(j, "a raw control character in a string");
    if (c == '\\') {
      j->i++;
      c = json_peek(j);
      if (c == 'u') {
        j->i++;
        unsigned u = json_hex4(j);
        if (u >= 0xDC00 && u <= 0xDFFF)
          json_fail(j, "a lone low surrogate");
        if (u >= 0xD800 && u <= 0xDBFF) {
          json_expect(j, "\\u");
          unsigned lo = json_hex4(j);
          if (lo < 0xDC00 || lo > 0xDFFF)
            json_fail(j, "a high surrogate without its low one");
        }
      } else if (c >= 0 && strchr("\"\\/bfnrt", c) && c) {
        j->i++;
      } else {
        json_fail(j, "a bad escape");
      }
      continue;
    }
    uint32_t cp;
    size_t len = fuzz_utf8_decode((const unsigned char *)j->s + j->i, j->n - j->i, &cp);
    if (!len)
      json_fail(j, "invalid UTF-8 in a string");
    j->i += len;
  }
}

static void json_digits(json *j) {
  if (json_peek(j) < '0' || json_peek(j) > '9')
    json_fail(j, "a number without digits");
  while (json_peek(j) >= '0' && json_peek(j) <= '9')
    j->i++;
}

static void json_number(json *j) {
  if (json_peek(j) == '-')
    j->i++;
  if (json_peek(j) == '0')
    j->i++;
  else
    json_digits(j);
  if (json_peek(j) == '.') {
    j->i++;
    json_digits(j);
  }
  if (json_peek(j) == 'e' || json_peek(j) == 'E') {
    j->i++;
    if (json_peek(j) == '+' || json_peek(j) == '-')
      j->i++;
    json_digits(j);
  }
}

static void json_value(json *j, int depth);

/* An object or array: `close` ends it, members are `"key": value` when
 * `keyed`. */
static void json_container(json *j, int depth, int close, int keyed) {
  j->i++;
  json_ws(j);
  if (json_peek(j) == close) {
    j->i++;
    return;
  }
  for (;;) {
    json_ws(j);
    if (keyed) {
      if (json_peek(j) != '"')
        json_fail(j, "a member without a string key");
      json_string(j);
      json_ws(j);
      if (json_peek(j) != ':')
        json_fail(j, "a key without ':'");
      j->i++;
    }
    json_value(j, depth + 1);
    json_ws(j);
    int c = json_peek(j);
    j->i++;
    if (c == close)
      return;
    if (c != ',')
      json_fail(j, "neither ',' nor the end of a container");
  }
}

static void json_value(json *j, int depth) {
  if (depth > 64)
    json_fail(j, "nesting deeper than 64");
  json_ws(j);
  int c = json_peek(j);
  if (c == '{')
    json_container(j, depth, '}', 1);
  else if (c == '[')
    json_container(j, depth, ']', 0);
  else if (c == '"')
    json_string(j);
  else if (c == 't')
    json_expect(j, "true");
  else if (c == 'f')
    json_expect(j, "false");
  else if (c == 'n')
    json_expect(j, "null");
  else if (c == '-' || (c >= '0' && c <= '9'))
    json_number(j);
  else
    json_fail(j, "no value");
}

/* facts.jsonl: `rows` lines, each one JSON object and LF (a string holds no
 * raw LF, so the lines are the values). */
static void check_jsonl(const char *dir, size_t rows) {
  size_t n;
  char *s = fuzz_read(dir, "facts.jsonl", &n);
  if (!s)
    fuzz_fail("facts.jsonl: missing");
  size_t lines = 0;
  for (size_t b = 0; b < n; lines++) {
    const char *nl = memchr(s + b, '\n', n - b);
    if (!nl)
      fuzz_fail("facts.jsonl: line %zu does not end in LF", lines + 1);
    size_t e = (size_t)(nl - s);
    json j = {"facts.jsonl", s + b, e - b, 0};
    if (json_peek(&j) != '{')
      json_fail(&j, "a line that is no object");
    json_value(&j, 0);
    if (j.i != j.n)
      json_fail(&j, "text after the object");
    b = e + 1;
  }
  if (lines != rows)
    fuzz_fail("facts.jsonl: %zu lines, not %zu rows", lines, rows);
  free(s);
}

void fuzz_check_json(const char *dir) {
  size_t n;
  char *s = fuzz_read(dir, "metrics.json", &n);
  if (!s)
    fuzz_fail("metrics.json: missing");
  json j = {"metrics.json", s, n, 0};
  json_ws(&j);
  if (json_peek(&j) != '{')
    json_fail(&j, "not an object");
  json_value(&j, 0);
  json_ws(&j);
  if (j.i != n)
    json_fail(&j, "text after the value");
  free(s);
}
