/* SPDX-License-Identifier: MIT */
#include "export/ntriples.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* How raptor2 escapes the bytes of an IRI (between < and >) or of a
 * literal's string (between double quotes) in N-Triples. */
enum { NT_IRI, NT_LITERAL };

/* A statement's line is gathered here and handed to stdio in one fwrite
 * (a call per piece cost more than the escaping); a longer line goes out
 * in pieces of the buffer's size. */
typedef struct out {
  FILE *f;
  size_t n;
  char b[4096];
} out;

static void flush(out *o) {
  if (o->n)
    fwrite(o->b, 1, o->n, o->f);
  o->n = 0;
}

static void put(out *o, const void *p, size_t n) {
  if (n > sizeof o->b - o->n) {
    flush(o);
    if (n > sizeof o->b) {
      fwrite(p, 1, n, o->f);
      return;
    }
  }
  memcpy(o->b + o->n, p, n);
  o->n += n;
}

static void put1(out *o, char c) {
  if (o->n == sizeof o->b)
    flush(o);
  o->b[o->n++] = c;
}

/* "\uXXXX" or "\UXXXXXXXX": upper-case hexadecimal, as raptor2 writes. */
static void put_hex(out *o, char u, uint32_t v, int digits) {
  static const char hex[] = "0123456789ABCDEF";
  char buf[10];
  buf[0] = '\\';
  buf[1] = u;
  for (int i = digits - 1; i >= 0; i--, v >>= 4)
    buf[2 + i] = hex[v & 15];
  put(o, buf, (size_t)(2 + digits));
}

/* Whether byte c (below 0x80) goes out as it is. */
static int plain(unsigned char c, int kind) {
  if (c == '\\' || c == 0x7f)
    return 0;
  if (kind == NT_LITERAL)
    return c >= 0x20 && c != '"';
  return c > 0x20 && !strchr("<>\"{}|^`", c);
}

/* The length of the UTF-8 sequence that lead byte c starts, as raptor2
 * reads it (up to six bytes), or 0 for a byte no sequence starts with. */
static size_t seq_len(unsigned char c) {
  return c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : c < 0xFC ? 5 : c < 0xFE ? 6 : 0;
}

/* Writes s (up to its NUL, at most len bytes) escaped for kind. Plain
 * runs go out in one piece each. */
static void put_escaped(out *o, const unsigned char *s, size_t len, int kind) {
  size_t run = 0, i = 0;
  for (; i < len && s[i]; i++) {
    unsigned char c = s[i];
    if (c < 0x80 && plain(c, kind))
      continue;
    if (i > run)
      put(o, s + run, i - run);
    if (c == '\\' || (kind == NT_LITERAL && c == '"')) {
      put1(o, '\\');
      put1(o, (char)c);
    } else if (kind == NT_LITERAL && (c == '\t' || c == '\n' || c == '\r')) {
      put1(o, '\\');
      put1(o, c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
    } else if (c < 0x80) {
      put_hex(o, 'u', c, 4);
    } else {
      /* a character beyond ASCII: its code point, or the end of the
       * string at a byte that starts no sequence or one that breaks off */
      size_t n = seq_len(c);
      if (!n || n > len - i)
        return;
      uint32_t cp = c & (0x7Fu >> n);
      for (size_t k = 1; k < n; k++) {
        if ((s[i + k] & 0xC0) != 0x80)
          return;
        cp = cp << 6 | (s[i + k] & 0x3Fu);
      }
      if (cp < 0x10000)
        put_hex(o, 'u', cp, 4);
      else
        put_hex(o, 'U', cp, 8);
      i += n - 1;
    }
    run = i + 1;
  }
  if (i > run)
    put(o, s + run, i - run);
}

static void put_iri(out *o, raptor_uri *uri) {
  size_t n = 0;
  const unsigned char *s = raptor_uri_as_counted_string(uri, &n);
  put1(o, '<');
  if (s)
    put_escaped(o, s, n, NT_IRI);
  put1(o, '>');
}

static int put_term(out *o, const raptor_term *t) {
  if (!t)
    return -1;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    put_iri(o, t->value.uri);
    return 0;
  case RAPTOR_TERM_TYPE_LITERAL:
    put1(o, '"');
    if (t->value.literal.string)
      put_escaped(o, t->value.literal.string, t->value.literal.string_len, NT_LITERAL);
    put1(o, '"');
    if (t->value.literal.language) {
      put1(o, '@');
      put(o, t->value.literal.language, t->value.literal.language_len);
    }
    if (t->value.literal.datatype) {
      put(o, "^^", 2);
      put_iri(o, t->value.literal.datatype);
    }
    return 0;
  case RAPTOR_TERM_TYPE_BLANK:
    put(o, "_:", 2);
    put(o, t->value.blank.string, t->value.blank.string_len);
    return 0;
  default:
    return -1;
  }
}

int nt_write_statement(FILE *f, const raptor_statement *st, int with_graph) {
  out o;
  o.f = f;
  o.n = 0;
  int rc = -1;
  if (put_term(&o, st->subject) < 0)
    goto done;
  put1(&o, ' ');
  if (put_term(&o, st->predicate) < 0)
    goto done;
  put1(&o, ' ');
  if (put_term(&o, st->object) < 0)
    goto done;
  if (with_graph && st->graph) {
    put1(&o, ' ');
    if (put_term(&o, st->graph) < 0)
      goto done;
  }
  put(&o, " .\n", 3);
  rc = 0;
done:
  flush(&o);
  return rc;
}
