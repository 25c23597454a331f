/* SPDX-License-Identifier: MIT */
/* The visible article text of an HTML page, through libxml2's HTML parser.
 *
 * Block elements (p, div, h1-h6, li, td, ...) and <br> end a line, so each
 * paragraph, heading and list item is its own line of the result; runs of
 * white space inside a block collapse to one space. Page furniture (script,
 * style, nav, header, footer, aside, figure, figcaption, noscript, form and
 * the like) is dropped with everything inside it. <title> goes to the
 * title. libxml2 must neither print nor touch the network, so the parse
 * runs with NONET and silent error handlers, restored afterwards.
 *
 * HUGE lifts libxml2's nesting limit of 256 elements, past which it stops
 * parsing and the rest of the page would be lost without a word; the
 * walk below keeps no stack, and the input is bounded by max_doc_bytes. A
 * fatal parser error that still occurs fails the document, named. */
#include "text_internal.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "common/grow.h"
#include "common/try.h"

static void silent_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

/* The first fatal error of a parse; errors that recovery repairs (a
 * missing end tag) are not kept. */
typedef struct parse_failure {
  int fatal, code, line;
  char message[160];
} parse_failure;

#if LIBXML_VERSION >= 21200
static void record_fatal(void *ctx, const xmlError *e) {
#else
static void record_fatal(void *ctx, xmlErrorPtr e) {
#endif
  parse_failure *f = ctx;
  if (!f || !e || e->level != XML_ERR_FATAL || f->fatal)
    return;
  f->fatal = 1;
  f->code = e->code;
  f->line = e->line;
  snprintf(f->message, sizeof f->message, "%s", e->message ? e->message : "parse error");
  size_t n = strlen(f->message);
  while (n > 0 && (f->message[n - 1] == '\n' || f->message[n - 1] == ' '))
    f->message[--n] = '\0';
}

static kabar_status parse_failed(const char *name, const parse_failure *f, kabar_error *err) {
  if (f->code == XML_ERR_NO_MEMORY)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", name);
  if (strstr(f->message, "depth"))
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s: HTML nested too deeply (line %d)", name,
                           f->line);
  return kabar_error_set(err, KABAR_ERR_INPUT, "%s: the HTML parser gave up at line %d: %s", name,
                         f->line, f->message);
}

static int name_in(const char *name, const char *const *list) {
  for (; *list; list++)
    if (!strcmp(name, *list))
      return 1;
  return 0;
}

static const char *const dropped[] = {
    "script", "style", "nav", "header", "footer", "aside", "figure", "figcaption", "noscript",
    "form", "template", "iframe", "svg", "math", "button", "select", "textarea", "object",
    "embed", "canvas", "video", "audio", "map", "head", NULL};

static const char *const blocks[] = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
    "th", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "address", "hr",
    "center", "details", "summary", "body", "html", "dialog", "menu", "hgroup", "h1", "h2",
    "h3", "h4", "h5", "h6", "br", "fieldset", "legend", NULL};

static int is_heading(const char *name) {
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

typedef struct out {
  char *buf;
  size_t len, cap;
  size_t line_start;
  int pending_space;
  int heading_depth;
  kabar_span *heads;
  size_t n_heads, heads_cap;
  int nomem;
} out;

static void put_bytes(out *o, const char *s, size_t n) {
  if (o->nomem)
    return;
  if (o->len + n + 2 > o->cap) {
    size_t cap = o->cap ? o->cap : 4096;
    while (o->len + n + 2 > cap)
      cap *= 2;
    char *nb = realloc(o->buf, cap);
    if (!nb) {
      o->nomem = 1;
      return;
    }
    o->buf = nb;
    o->cap = cap;
  }
  memcpy(o->buf + o->len, s, n);
  o->len += n;
}

static int html_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Appends text, collapsing ASCII white space as a browser would. */
static void put_text(out *o, const char *t) {
  const char *p = t;
  while (*p) {
    if (html_space((unsigned char)*p)) {
      o->pending_space = 1;
      p++;
      continue;
    }
    const char *q = p;
    while (*q && !html_space((unsigned char)*q))
      q++;
    if (o->pending_space && o->len > o->line_start)
      put_bytes(o, " ", 1);
    o->pending_space = 0;
    put_bytes(o, p, (size_t)(q - p));
    p = q;
  }
}

static void break_line(out *o) {
  o->pending_space = 0;
  if (o->len == o->line_start)
    return;
  if (o->heading_depth > 0 && !o->nomem) {
    if (kabar_grow((void **)&o->heads, &o->heads_cap, o->n_heads, sizeof *o->heads) < 0) {
      o->nomem = 1;
      return;
    }
    o->heads[o->n_heads++] = (kabar_span){o->line_start, o->len};
  }
  put_bytes(o, "\n", 1);
  o->line_start = o->len;
}

static void enter(out *o, const char *name) {
  if (name_in(name, blocks))
    break_line(o);
  if (is_heading(name))
    o->heading_depth++;
}

static void leave(out *o, const char *name) {
  if (name_in(name, blocks))
    break_line(o);
  if (is_heading(name))
    o->heading_depth--;
}

/* The text inside <title>, white space collapsed; malloc'd or NULL. */
static char *title_text(xmlNodePtr node) {
  xmlChar *c = xmlNodeGetContent(node);
  if (!c)
    return NULL;
  out o = {0};
  put_text(&o, (const char *)c);
  xmlFree(c);
  if (o.nomem || o.len == 0) {
    free(o.buf);
    return NULL;
  }
  o.buf[o.len] = '\0';
  return o.buf;
}

int kabar_html_declared_charset(const char *s, size_t n, char *out, size_t size) {
  size_t end = n < 1024 ? n : 1024;
  for (size_t i = 0; i + 5 <= end; i++) {
    if (s[i] != '<' || !kabar_ascii_ncaseeq(s + i + 1, "meta", 4))
      continue;
    size_t close = i;
    while (close < n && s[close] != '>')
      close++;
    for (size_t j = i + 5; j + 7 <= close; j++) {
      if (!kabar_ascii_ncaseeq(s + j, "charset", 7))
        continue;
      size_t k = j + 7;
      while (k < close && (s[k] == ' ' || s[k] == '\t'))
        k++;
      if (k >= close || s[k] != '=')
        continue;
      k++;
      while (k < close && (s[k] == ' ' || s[k] == '\t' || s[k] == '"' || s[k] == '\''))
        k++;
      size_t m = 0;
      while (k < close && m + 1 < size &&
             (isalnum((unsigned char)s[k]) || s[k] == '-' || s[k] == '_' || s[k] == '.' ||
              s[k] == ':'))
        out[m++] = (char)tolower((unsigned char)s[k++]);
      out[m] = '\0';
      if (m)
        return 1;
    }
  }
  return 0;
}

/* The date in a <meta> that states when the page was published
 * (article:published_time, date, pubdate, DC.date, datePublished), cut to
 * the ISO 8601 date it starts with. */
static void meta_date(xmlNodePtr meta, char date[11]) {
  static const char *const names[] = {"article:published_time", "date", "pubdate",
                                      "publishdate", "dc.date", "dc.date.issued",
                                      "datepublished", "og:published_time", NULL};
  if (date[0])
    return;
  xmlChar *key = xmlGetProp(meta, (const xmlChar *)"property");
  if (!key)
    key = xmlGetProp(meta, (const xmlChar *)"name");
  if (!key)
    key = xmlGetProp(meta, (const xmlChar *)"itemprop");
  xmlChar *content = key ? xmlGetProp(meta, (const xmlChar *)"content") : NULL;
  int known = 0;
  for (size_t i = 0; key && names[i]; i++)
    known |= strlen((const char *)key) == strlen(names[i]) &&
             kabar_ascii_ncaseeq((const char *)key, names[i], strlen(names[i]));
  if (known && content) {
    char iso[11];
    static const size_t lengths[] = {10, 7, 4};
    for (size_t i = 0; i < 3; i++) {
      if (strlen((const char *)content) < lengths[i])
        continue;
      memcpy(iso, content, lengths[i]);
      iso[lengths[i]] = '\0';
      char after = (char)content[lengths[i]];
      if (kabar_is_iso_date(iso) && (after == '\0' || after == 'T' || after == ' ')) {
        memcpy(date, iso, lengths[i] + 1);
        break;
      }
    }
  }
  xmlFree(key);
  xmlFree(content);
}

/* The page's own address: <link rel="canonical" href> or <meta
 * property="og:url" content>, an absolute http(s) URL without spaces or
 * control characters; NULL when none (or when out of memory, which only
 * loses this optional field). */
static char *canonical_url(xmlNodePtr el) {
  const char *name = (const char *)el->name;
  xmlChar *key = NULL, *value = NULL;
  char *url = NULL;
  if (!strcmp(name, "link")) {
    key = xmlGetProp(el, (const xmlChar *)"rel");
    if (key && kabar_ascii_ncaseeq((const char *)key, "canonical", 10))
      value = xmlGetProp(el, (const xmlChar *)"href");
  } else if (!strcmp(name, "meta")) {
    key = xmlGetProp(el, (const xmlChar *)"property");
    if (key && kabar_ascii_ncaseeq((const char *)key, "og:url", 7))
      value = xmlGetProp(el, (const xmlChar *)"content");
  }
  if (value && (!strncmp((const char *)value, "http://", 7) ||
                !strncmp((const char *)value, "https://", 8))) {
    int clean = 1;
    for (const xmlChar *p = value; *p; p++)
      clean &= *p > ' ' && *p != 0x7f && *p != '"' && *p != '<' && *p != '>';
    size_t n = strlen((const char *)value) + 1;
    if (clean && (url = malloc(n)) != NULL)
      memcpy(url, value, n);
  }
  xmlFree(key);
  xmlFree(value);
  return url;
}

kabar_status kabar_html_extract(const char *name, const char *html, size_t len,
                                const char *encoding, char **text, size_t *text_len,
                                char **title, kabar_span **headings, size_t *n_headings,
                                char date[11], char **url, kabar_error *err) {
  kabar_status st = KABAR_OK;
  out o = {0};
  char *ttl = NULL;
  htmlDocPtr doc = NULL;
  parse_failure failure = {0, 0, 0, ""};
  *text = NULL;
  *text_len = 0;
  *title = NULL;
  *headings = NULL;
  *n_headings = 0;
  date[0] = '\0';
  *url = NULL;
  if (len > INT_MAX) {
    st = kabar_error_set(err, KABAR_ERR_INPUT, "%s: HTML larger than 2 GiB", name);
    goto done;
  }
  if (encoding) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
    if (!handler) {
      st = kabar_error_set(err, KABAR_ERR_ENCODING,
                           "%s: not UTF-8, and its declared charset '%s' is one kabar cannot "
                           "decode",
                           name, encoding);
      goto done;
    }
    xmlCharEncCloseFunc(handler);
  }
  xmlGenericErrorFunc old_generic = xmlGenericError;
  void *old_generic_ctx = xmlGenericErrorContext;
  xmlStructuredErrorFunc old_structured = xmlStructuredError;
  void *old_structured_ctx = xmlStructuredErrorContext;
  xmlSetGenericErrorFunc(NULL, silent_generic);
  xmlSetStructuredErrorFunc(&failure, record_fatal);
  /* Bytes validated as UTF-8 must not be decoded again as what a wrong
   * <meta charset> says; others are decoded from the charset declared. */
  doc = htmlReadMemory(html, (int)len, NULL, encoding ? encoding : "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
  xmlSetGenericErrorFunc(old_generic_ctx, old_generic);
  xmlSetStructuredErrorFunc(old_structured_ctx, old_structured);
  if (failure.fatal) {
    st = parse_failed(name, &failure, err);
    goto done;
  }

  if (doc) {
    xmlNodePtr cur = doc->children;
    while (cur) {
      int entered = 0;
      if (cur->type == XML_ELEMENT_NODE && cur->name) {
        const char *el = (const char *)cur->name;
        if (!strcmp(el, "title")) {
          if (!ttl)
            ttl = title_text(cur);
        } else if (!strcmp(el, "head")) {
          /* Only the title and the date matter in <head>. */
          for (xmlNodePtr c = cur->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && !ttl && !strcmp((const char *)c->name, "title"))
              ttl = title_text(c);
            else if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, "meta"))
              meta_date(c, date);
          for (xmlNodePtr c = cur->children; c && !*url; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
              *url = canonical_url(c);
        } else if (!strcmp(el, "meta") || !strcmp(el, "link")) {
          meta_date(cur, date);
          if (!*url)
            *url = canonical_url(cur);
        } else if (!name_in(el, dropped)) {
          enter(&o, el);
          entered = 1;
        }
      } else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
                 cur->content) {
        put_text(&o, (const char *)cur->content);
      }
      if (entered && cur->children) {
        cur = cur->children;
        continue;
      }
      if (entered)
        leave(&o, (const char *)cur->name);
      while (cur && !cur->next) {
        cur = cur->parent;
        if (!cur || cur->type != XML_ELEMENT_NODE) {
          cur = NULL;
          break;
        }
        leave(&o, (const char *)cur->name);
      }
      if (cur)
        cur = cur->next;
    }
    break_line(&o);
  }
  if (o.nomem) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", name);
    goto done;
  }
  if (!o.buf) {
    o.buf = malloc(1);
    if (!o.buf) {
      st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", name);
      goto done;
    }
  }
  /* Drop the final line break: the text ends with its last block. */
  if (o.len && o.buf[o.len - 1] == '\n')
    o.len--;
  o.buf[o.len] = '\0';
  if (kabar_utf8_valid_prefix(o.buf, o.len) != o.len) {
    st = kabar_error_set(err, KABAR_ERR_DEPENDENCY, "%s: libxml2 returned invalid UTF-8", name);
    goto done;
  }
  *text = o.buf;
  *text_len = o.len;
  o.buf = NULL;
  *title = ttl;
  ttl = NULL;
  *headings = o.heads;
  *n_headings = o.n_heads;
  o.heads = NULL;
done:
  if (doc)
    xmlFreeDoc(doc);
  free(o.buf);
  free(o.heads);
  free(ttl);
  return st;
}
