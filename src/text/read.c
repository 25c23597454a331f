/* SPDX-License-Identifier: MIT */
/* Reading a file into a kabar_doc: bytes, strict UTF-8 (or lenient
 * replacement), plain text or HTML, then segmentation and tokens. Also the
 * listing of the input files below a directory. */
#include "text_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/grow.h"
#include "common/sha256.h"
#include "common/try.h"

const char *kabar_sentence_kind_name(kabar_sentence_kind kind) {
  switch (kind) {
  case KABAR_SENT_TEXT: return "text";
  case KABAR_SENT_CAPTION: return "caption";
  case KABAR_SENT_HEADING: return "heading";
  case KABAR_SENT_BOILERPLATE: return "boilerplate";
  }
  return "text";
}

void kabar_doc_free(kabar_doc *doc) {
  if (!doc)
    return;
  free(doc->name);
  free(doc->path);
  free(doc->text);
  free(doc->title);
  free(doc->url);
  free(doc->sentences);
  free(doc->tokens);
  kabar_arena_free(doc->arena);
  free(doc);
}

static char *dup_n(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

/* "dir/000_abc.txt" -> "000_abc"; "-" -> "stdin". */
static char *doc_stem(const char *path) {
  if (!strcmp(path, "-"))
    return dup_n("stdin", 5);
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  const char *dot = strrchr(base, '.');
  if (dot && dot > base)
    n = (size_t)(dot - base);
  if (n == 0) /* "dir/" */
    return dup_n(path, strlen(path));
  return dup_n(base, n);
}

static int has_ext(const char *path, const char *ext) {
  size_t n = strlen(path), e = strlen(ext);
  return n > e && path[n - e - 1] == '.' && kabar_ascii_ncaseeq(path + n - e, ext, e);
}

/* HTML by extension, or by an unmistakable start (doctype or <html>). */
static int looks_html(const char *path, const char *s, size_t n) {
  if (has_ext(path, "html") || has_ext(path, "htm") || has_ext(path, "xhtml"))
    return 1;
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
    i++;
  static const char *const starts[] = {"<!doctype html", "<html", "<?xml"};
  for (size_t k = 0; k < 3; k++) {
    size_t m = strlen(starts[k]);
    if (n - i >= m && kabar_ascii_ncaseeq(s + i, starts[k], m)) {
      if (k < 2)
        return 1;
      /* XHTML: an XML declaration followed by an html element soon after. */
      for (size_t j = i; j + 5 <= n && j < i + 1024; j++)
        if (kabar_ascii_ncaseeq(s + j, "<html", 5))
          return 1;
    }
  }
  return 0;
}

/* Control bytes other than tab, line feed, vertical tab, form feed and
 * carriage return, among the first 8 KiB: text has (next to) none. */
static int looks_binary(const unsigned char *s, size_t n, size_t *ctrl_out) {
  size_t m = n < 8192 ? n : 8192, ctrl = 0;
  for (size_t i = 0; i < m; i++)
    if ((s[i] < 0x20 && !(s[i] >= 0x09 && s[i] <= 0x0D)) || s[i] == 0x7F)
      ctrl++;
  *ctrl_out = ctrl;
  return ctrl >= 4 && ctrl * 16 > m;
}

/* Nothing but spaces and invisible format characters. */
static int all_space(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = kabar_u8_decode(u + i, n - i, &cp);
    if (!kabar_cp_is_space(cp) && !kabar_cp_is_ignorable(cp))
      return 0;
    i += k;
  }
  return 1;
}

/* Replaces each maximal invalid subpart with U+FFFD; *bad counts the bytes
 * replaced, *seqs the replacements. Returns a malloc'd NUL-terminated copy. */
static char *replace_invalid(const char *s, size_t n, size_t *out_len, size_t *bad, size_t *seqs) {
  char *out = malloc(n * 3 + 1);
  if (!out)
    return NULL;
  size_t i = 0, o = 0;
  *bad = *seqs = 0;
  while (i < n) {
    size_t p = kabar_utf8_valid_prefix(s + i, n - i);
    memcpy(out + o, s + i, p);
    o += p;
    i += p;
    if (i < n) {
      size_t k = kabar_u8_invalid_len((const unsigned char *)s + i, n - i);
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i += k;
      *bad += k;
      (*seqs)++;
    }
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

/* Everything after the bytes are in memory. `label` names the input in
 * messages; `path` and `name` go into the document. */
/* `owned`, when not NULL, is the malloc'd buffer holding `bytes` (with room
 * for a NUL after them), which a plain text document may take over instead
 * of copying it. */
/* The name libxml2 (iconv) is to decode a declared charset by. As in
 * browsers (the WHATWG Encoding standard), pages labelled Latin-1 or ASCII
 * are read as windows-1252, its superset that they nearly always are. */
static const char *html_charset_name(const char *declared) {
  static const char *const latin1[] = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
                                       "ascii", "iso_8859-1", "cp819", "ibm819", NULL};
  for (size_t i = 0; latin1[i]; i++)
    if (!strcmp(declared, latin1[i]))
      return "windows-1252";
  return declared;
}

static kabar_status build_doc(const char *label, const char *path, char *name, const char *bytes,
                              size_t len, char **owned, const kabar_read_options *opt,
                              const kabar_text_cues *cues, kabar_doc **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_doc *doc = NULL;
  char *fixed = NULL;
  kabar_span *headings = NULL;
  size_t n_headings = 0;
  kabar_read_options defaults = {0, -1, 0, NULL};
  if (!opt)
    opt = &defaults;
  *out = NULL;
  doc = calloc(1, sizeof *doc);
  TRY_ALLOC(doc);
  doc->name = name;
  name = NULL;
  TRY_ALLOC(doc->name);
  doc->path = dup_n(path, strlen(path));
  TRY_ALLOC(doc->path);
  doc->arena = kabar_arena_new();
  TRY_ALLOC(doc->arena);
  kabar_sha256(bytes, len, doc->sha256);

  if (len >= 2 && (((unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) ||
                   ((unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF))) {
    st = kabar_error_set(err, KABAR_ERR_INPUT,
                         "%s: UTF-16 text (binary to kabar); convert it to UTF-8", label);
    goto done;
  }
  size_t off = 0;
  if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
    off = 3;
  doc->text_offset = off;
  const char *body = bytes + off;
  size_t blen = len - off;
  size_t ctrl;
  if (looks_binary((const unsigned char *)body, blen, &ctrl)) {
    st = kabar_error_set(err, KABAR_ERR_INPUT,
                         "%s: binary file (%zu control bytes in the first %zu), not text", label,
                         ctrl, blen < 8192 ? blen : 8192);
    goto done;
  }
  size_t valid = kabar_utf8_valid_prefix(body, blen);
  doc->is_html = opt->html == 1 || (opt->html == -1 && looks_html(path, body, blen));
  /* HTML that is not UTF-8 and says what it is: libxml2 decodes it. */
  char charset[48];
  const char *decode_as = NULL;
  if (valid < blen && doc->is_html &&
      kabar_html_declared_charset(body, blen, charset, sizeof charset) &&
      strcmp(charset, "utf-8") != 0 && strcmp(charset, "utf8") != 0)
    decode_as = html_charset_name(charset);
  if (valid < blen && !decode_as) {
    if (!opt->lenient) {
      if (body[valid] == '\0')
        st = kabar_error_set(err, KABAR_ERR_ENCODING,
                             "%s: invalid UTF-8 at byte %zu: NUL byte (binary data?)", label,
                             off + valid);
      else
        st = kabar_error_set(err, KABAR_ERR_ENCODING, "%s: invalid UTF-8 at byte %zu", label,
                             off + valid);
      goto done;
    }
    size_t bad, seqs, flen;
    fixed = replace_invalid(body, blen, &flen, &bad, &seqs);
    TRY_ALLOC(fixed);
    kabar_warn("%s: replaced %zu invalid bytes (%zu sequences, the first at byte %zu) with U+FFFD",
               label, bad, seqs, off + valid);
    body = fixed;
    blen = flen;
  }

  if (doc->is_html) {
    TRY(kabar_html_extract(label, body, blen, decode_as, &doc->text, &doc->len, &doc->title,
                           &headings, &n_headings, doc->date, &doc->url, err));
    if (!doc->title && n_headings) { /* no <title>: the first heading */
      doc->title = dup_n(doc->text + headings[0].start, headings[0].end - headings[0].start);
      TRY_ALLOC(doc->title);
    }
  } else if (fixed) {
    doc->text = fixed;
    doc->len = blen;
    fixed = NULL;
  } else if (owned && *owned == bytes) {
    if (off)
      memmove(*owned, *owned + off, blen);
    (*owned)[blen] = '\0';
    doc->text = *owned;
    doc->len = blen;
    *owned = NULL;
  } else {
    doc->text = dup_n(body, blen);
    TRY_ALLOC(doc->text);
    doc->len = blen;
  }
  if (all_space(doc->text, doc->len)) {
    st = kabar_error_set(err, KABAR_ERR_INPUT, "%s: empty document%s", label,
                         doc->is_html && blen ? " (no text in the HTML)" : "");
    goto done;
  }
  TRY(kabar_segment_doc(doc, cues, headings, n_headings, err));
  if (!doc->date[0])
    kabar_dateline(doc, doc->date);
  if (!doc->date[0] && opt->date && kabar_is_iso_date(opt->date))
    memcpy(doc->date, opt->date, strlen(opt->date) + 1);
  *out = doc;
  doc = NULL;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", label);
  free(name);
  free(fixed);
  free(headings);
  kabar_doc_free(doc);
  return st;
}

kabar_status kabar_doc_from_bytes(const char *name, const char *bytes, size_t len,
                                  const kabar_read_options *opt, const kabar_text_cues *cues,
                                  kabar_doc **out, kabar_error *err) {
  return build_doc(name, name, doc_stem(name), bytes, len, NULL, opt, cues, out, err);
}

/* The limit in force; at most SIZE_MAX / 2 so that limit + 2 never wraps. */
static size_t max_doc_bytes(const kabar_read_options *opt) {
  size_t max = opt && opt->max_doc_bytes ? opt->max_doc_bytes : KABAR_DEFAULT_MAX_DOC_BYTES;
  return max < SIZE_MAX / 2 ? max : SIZE_MAX / 2;
}

int kabar_parse_byte_count(const char *s, size_t *out) {
  size_t n = 0;
  const char *p = s;
  if (*p < '0' || *p > '9')
    return -1;
  for (; *p >= '0' && *p <= '9'; p++) {
    if (n > (SIZE_MAX / 2 - (size_t)(*p - '0')) / 10)
      return -1;
    n = n * 10 + (size_t)(*p - '0');
  }
  unsigned shift = 0;
  if (*p == 'K' || *p == 'k')
    shift = 10;
  else if (*p == 'M' || *p == 'm')
    shift = 20;
  else if (*p == 'G' || *p == 'g')
    shift = 30;
  if (shift)
    p++;
  if (*p != '\0' || n == 0 || n > (SIZE_MAX / 2) >> shift)
    return -1;
  *out = n << shift;
  return 0;
}

static kabar_status too_large(const char *label, size_t max, kabar_error *err) {
  return kabar_error_set(err, KABAR_ERR_INPUT,
                         "%s: larger than the maximum document size of %zu bytes (--max-doc-bytes)",
                         label, max);
}

/* What a file that is not a regular file is, for messages; NULL for a
 * regular file. */
static const char *special_kind(mode_t mode) {
  if (S_ISREG(mode))
    return NULL;
  if (S_ISDIR(mode))
    return "a directory";
  if (S_ISFIFO(mode))
    return "a FIFO (named pipe)";
  if (S_ISSOCK(mode))
    return "a socket";
  if (S_ISCHR(mode))
    return "a character device";
  if (S_ISBLK(mode))
    return "a block device";
  return "a special file";
}

static kabar_status not_regular(const char *label, mode_t mode, kabar_error *err) {
  return kabar_error_set(err, KABAR_ERR_INPUT, "%s: %s, not a regular file", label,
                         special_kind(mode));
}

/* Reads fd to its end, but never more than max + 1 bytes: one byte over
 * the limit is enough to refuse it. *buf is malloc'd. */
static kabar_status read_fd(int fd, const char *label, size_t max, char **buf, size_t *len,
                            kabar_error *err) {
  kabar_status st = KABAR_OK;
  struct stat sb;
  char *b = NULL;
  size_t n = 0, cap = 65536;
  if (fstat(fd, &sb) != 0) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", label, strerror(errno));
    goto done;
  }
  if (S_ISDIR(sb.st_mode)) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", label, strerror(EISDIR));
    goto done;
  }
  if (S_ISREG(sb.st_mode) && (uintmax_t)sb.st_size > max) {
    st = too_large(label, max, err);
    goto done;
  }
  if (S_ISREG(sb.st_mode) && sb.st_size > 0)
    cap = (size_t)sb.st_size + 2;
  if (cap > max + 2)
    cap = max + 2;
  b = malloc(cap);
  TRY_ALLOC(b);
  for (;;) {
    if (n + 1 >= cap) { /* keep room for a NUL */
      cap = cap > (max + 2) / 2 ? max + 2 : cap * 2;
      char *nb = realloc(b, cap);
      TRY_ALLOC(nb);
      b = nb;
    }
    ssize_t got = read(fd, b + n, cap - n - 1);
    if (got < 0) {
      if (errno == EINTR)
        continue;
      st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", label, strerror(errno));
      goto done;
    }
    if (got == 0)
      break;
    n += (size_t)got;
    if (n > max) {
      st = too_large(label, max, err);
      goto done;
    }
  }
  if (cap - n > 65536) { /* a pipe's buffer grew by doubling: give back the rest */
    char *nb = realloc(b, n + 1);
    if (nb)
      b = nb;
  }
  *buf = b;
  *len = n;
  b = NULL;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", label);
  free(b);
  return st;
}

/* Opens a named file for reading, refusing anything but a regular file
 * before opening it (opening a FIFO would wait for a writer). The check is
 * repeated on the descriptor, opened non-blocking, in case the name was
 * replaced in between. */
static kabar_status open_regular(const char *path, int *fd_out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  struct stat sb;
  int fd = -1;
  *fd_out = -1;
  if (stat(path, &sb) != 0) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  if (!S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode)) {
    st = not_regular(path, sb.st_mode, err);
    goto done;
  }
  fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  if (fstat(fd, &sb) != 0) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  if (!S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode)) {
    st = not_regular(path, sb.st_mode, err);
    goto done;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  *fd_out = fd;
  fd = -1;
done:
  if (fd >= 0)
    close(fd);
  return st;
}

kabar_status kabar_doc_read(const char *path, const kabar_read_options *opt,
                            const kabar_text_cues *cues, kabar_doc **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *buf = NULL;
  size_t len = 0;
  int fd = -1;
  int is_stdin = !strcmp(path, "-");
  const char *label = is_stdin ? "stdin" : path;
  *out = NULL;
  if (is_stdin)
    fd = STDIN_FILENO;
  else
    TRY(open_regular(path, &fd, err));
  TRY(read_fd(fd, label, max_doc_bytes(opt), &buf, &len, err));
  TRY(build_doc(label, path, doc_stem(path), buf, len, &buf, opt, cues, out, err));
done:
  if (fd >= 0 && !is_stdin)
    close(fd);
  free(buf);
  return st;
}

/* ---- inputs below a directory ---- */

typedef struct strvec {
  char **v;
  size_t n, cap;
} strvec;

static kabar_status vec_push(strvec *vec, char *s) {
  if (!s)
    return KABAR_ERR_NOMEM;
  if (kabar_grow((void **)&vec->v, &vec->cap, vec->n, sizeof *vec->v) < 0) {
    free(s);
    return KABAR_ERR_NOMEM;
  }
  vec->v[vec->n++] = s;
  return KABAR_OK;
}

static int is_input_name(const char *name) {
  return has_ext(name, "txt") || has_ext(name, "html") || has_ext(name, "htm");
}

/* The one directory walker (fts): every command lists its inputs here.
 * Hidden entries are skipped, with everything below them; symbolic links
 * to directories are not followed (no cycles), links to files are, and a
 * link to nowhere is skipped. An input name (.txt, .html, .htm) on a FIFO,
 * socket or device is listed like a file: reading refuses it by name
 * without opening it, so that --keep-going skips that entry alone. */
static kabar_status walk(const char *dir, strvec *vec, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *roots[] = {(char *)dir, NULL};
  errno = 0;
  FTS *fts = fts_open(roots, FTS_PHYSICAL | FTS_NOCHDIR, NULL);
  if (!fts)
    return kabar_error_set(err, errno == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_IO, "%s: %s", dir,
                           strerror(errno));
  FTSENT *e;
  while (st == KABAR_OK && (errno = 0, e = fts_read(fts)) != NULL) {
    if (e->fts_level > 0 && e->fts_name[0] == '.') {
      if (e->fts_info == FTS_D)
        fts_set(fts, e, FTS_SKIP);
      continue;
    }
    struct stat sb;
    switch (e->fts_info) {
    case FTS_DNR:
    case FTS_ERR:
    case FTS_NS:
      st = kabar_error_set(err, e->fts_errno == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_IO, "%s: %s",
                           e->fts_path, strerror(e->fts_errno));
      break;
    case FTS_SL:
    case FTS_SLNONE:
      if (is_input_name(e->fts_name) && stat(e->fts_path, &sb) == 0 && !S_ISDIR(sb.st_mode))
        st = vec_push(vec, dup_n(e->fts_path, e->fts_pathlen));
      break;
    case FTS_F:
    case FTS_DEFAULT: /* a FIFO, socket or device */
      if (is_input_name(e->fts_name))
        st = vec_push(vec, dup_n(e->fts_path, e->fts_pathlen));
      break;
    default: /* directories on the way in and out */
      break;
    }
  }
  if (st == KABAR_OK && errno != 0)
    st = kabar_error_set(err, errno == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_IO, "%s: %s", dir,
                         strerror(errno));
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", dir);
  fts_close(fts);
  return st;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

kabar_status kabar_list_inputs(const char *path, char ***paths, size_t *n_paths, kabar_error *err) {
  kabar_status st = KABAR_OK;
  strvec vec = {0};
  *paths = NULL;
  *n_paths = 0;
  struct stat sb;
  if (strcmp(path, "-") != 0 && stat(path, &sb) != 0) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  if (strcmp(path, "-") != 0 && S_ISDIR(sb.st_mode)) {
    TRY(walk(path, &vec, err));
    if (vec.n > 1)
      qsort(vec.v, vec.n, sizeof *vec.v, cmp_str);
  } else if (strcmp(path, "-") != 0 && !S_ISREG(sb.st_mode)) {
    st = not_regular(path, sb.st_mode, err);
    goto done;
  } else {
    TRY(vec_push(&vec, dup_n(path, strlen(path))));
  }
  *paths = vec.v;
  *n_paths = vec.n;
  vec.v = NULL;
  vec.n = 0;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", path);
  for (size_t i = 0; i < vec.n; i++)
    free(vec.v[i]);
  free(vec.v);
  return st;
}

int kabar_is_iso_date(const char *s) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  size_t n = strlen(s);
  if (n != 4 && n != 7 && n != 10)
    return 0;
  for (size_t i = 0; i < n; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
      return 0;
  if (s[0] != '1' && s[0] != '2')
    return 0;
  int month = n >= 7 ? (s[5] - '0') * 10 + (s[6] - '0') : 1;
  int day = n == 10 ? (s[8] - '0') * 10 + (s[9] - '0') : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}
