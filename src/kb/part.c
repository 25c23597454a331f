/* SPDX-License-Identifier: MIT */
/* The part file of kabar extract / kabar merge (see kabar/part.h). */
#include "kabar/part.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/sha256.h"
#include "common/strmap.h"
#include "common/try.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- lines ---- */

/* A growing string; a failed allocation sticks (`failed`), so that a
 * record is built with plain calls and checked once. */
typedef struct buf {
  char *data;
  size_t len, cap;
  int failed;
} buf;

static int buf_put(buf *b, const char *s, size_t n) {
  if (b->failed)
    return -1;
  if (b->len + n + 1 > b->cap) {
    size_t cap = (b->len + n + 1) * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
      b->failed = 1;
      return -1;
    }
    b->data = p;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

static int buf_str(buf *b, const char *s) { return buf_put(b, s, strlen(s)); }

/* A tab and the field, escaped; NULL is \N. */
static int buf_field(buf *b, const char *s) {
  if (buf_put(b, "\t", 1) < 0)
    return -1;
  if (!s)
    return buf_put(b, "\\N", 2);
  const char *run = s;
  for (const char *p = s;; p++) {
    const char *esc = *p == '\\' ? "\\\\" : *p == '\t' ? "\\t" : *p == '\n' ? "\\n"
                                          : *p == '\r' ? "\\r" : NULL;
    if (!esc && *p)
      continue;
    if (buf_put(b, run, (size_t)(p - run)) < 0 || (esc && buf_put(b, esc, 2) < 0))
      return -1;
    if (!*p)
      return 0;
    run = p + 1;
  }
}

static int buf_num(buf *b, uint64_t v) {
  char n[24];
  snprintf(n, sizeof n, "%" PRIu64, v);
  return buf_field(b, n);
}

/* The checksum of the bytes before the end record: each line's hash
 * chained into the sum. */
static uint64_t sum_line(uint64_t sum, const char *line, size_t n) {
  return sum * 0x9e3779b97f4a7c15ull + kabar_hash_bytes(line, n);
}

static void hex_digest(const unsigned char d[32], char hex[65]) { kabar_sha256_hex(d, hex); }

static int unhex_digest(const char *s, unsigned char d[32]) {
  if (strlen(s) != 64)
    return -1;
  for (int i = 0; i < 32; i++) {
    unsigned v = 0;
    for (int k = 0; k < 2; k++) {
      char c = s[2 * i + k];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= (unsigned)(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= (unsigned)(c - 'a' + 10);
      else
        return -1;
    }
    d[i] = (unsigned char)v;
  }
  return 0;
}

static const char *format_name(int html) { return html < 0 ? "auto" : html ? "html" : "text"; }

/* ---- the data directory's fingerprint ---- */

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* What extraction reads of the data directory (its other entries, the
 * corpus or an installed ontology, do not count). */
static int extraction_data(const char *name) {
  static const char *const used[] = {"boilerplate.tsv", "cues", "frames", "lexicon", "ner"};
  for (size_t i = 0; i < sizeof used / sizeof used[0]; i++)
    if (strcmp(name, used[i]) == 0)
      return 1;
  return 0;
}

/* Appends "relpath NUL sha256hex LF" for every regular file below dir/rel. */
static kabar_status fingerprint_dir(const char *root, const char *rel, buf *list,
                                    kabar_error *err) {
  kabar_status st = KABAR_OK;
  char **names = NULL;
  size_t n = 0, cap = 0;
  char *dirpath = NULL, *bytes = NULL;
  DIR *d = NULL;
  buf p = {0};
  buf_str(&p, root);
  if (*rel) {
    buf_str(&p, "/");
    buf_str(&p, rel);
  }
  TRY_ALLOC(!p.failed);
  dirpath = p.data;
  p.data = NULL;
  d = opendir(dirpath);
  if (!d) {
    st = errno == ENOMEM ? KABAR_ERR_NOMEM
                         : kabar_error_set(err, KABAR_ERR_DATA, "%s: %s", dirpath, strerror(errno));
    goto done;
  }
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.' || (!*rel && !extraction_data(de->d_name)))
      continue;
    char *copy = strdup(de->d_name);
    if (!copy || kabar_grow((void **)&names, &cap, n, sizeof *names) < 0) {
      free(copy);
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    names[n++] = copy;
  }
  if (n)
    qsort(names, n, sizeof *names, cmp_name);
  for (size_t i = 0; i < n; i++) {
    buf rp = {0}, fp = {0};
    if ((*rel && (buf_str(&rp, rel) < 0 || buf_str(&rp, "/") < 0)) || buf_str(&rp, names[i]) < 0 ||
        buf_str(&fp, root) < 0 || buf_str(&fp, "/") < 0 || buf_str(&fp, rp.data) < 0) {
      free(rp.data);
      free(fp.data);
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    struct stat sb;
    if (stat(fp.data, &sb) == 0 && S_ISDIR(sb.st_mode)) {
      st = fingerprint_dir(root, rp.data, list, err);
    } else if (stat(fp.data, &sb) == 0 && S_ISREG(sb.st_mode)) {
      errno = 0;
      FILE *f = fopen(fp.data, "rb");
      int open_errno = errno;
      size_t len = (size_t)sb.st_size;
      bytes = malloc(len ? len : 1);
      if (!bytes || (!f && open_errno == ENOMEM))
        st = KABAR_ERR_NOMEM;
      else if (!f || fread(bytes, 1, len, f) != len)
        st = kabar_error_set(err, KABAR_ERR_DATA, "%s: cannot be read", fp.data);
      if (f)
        fclose(f);
      if (st == KABAR_OK) {
        unsigned char dg[32];
        char hex[65];
        kabar_sha256(bytes, len, dg);
        hex_digest(dg, hex);
        if (buf_put(list, rp.data, strlen(rp.data) + 1) < 0 || buf_str(list, hex) < 0 ||
            buf_str(list, "\n") < 0)
          st = KABAR_ERR_NOMEM;
      }
      free(bytes);
      bytes = NULL;
    }
    free(rp.data);
    free(fp.data);
    if (st != KABAR_OK)
      goto done;
  }
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", root);
  if (d)
    closedir(d);
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
  free(dirpath);
  free(p.data);
  return st;
}

kabar_status kabar_part_data_fingerprint(const char *data_dir, unsigned char out[32],
                                         kabar_error *err) {
  buf list = {0};
  kabar_status st = fingerprint_dir(data_dir, "", &list, err);
  if (st == KABAR_OK)
    kabar_sha256(list.data ? list.data : "", list.len, out);
  free(list.data);
  return st;
}

int kabar_part_options_equal(const kabar_part_options *a, const kabar_part_options *b,
                             const char **what) {
  const char *w = strcmp(a->version, b->version) ? "kabar version"
                  : memcmp(a->data, b->data, sizeof a->data) ? "data directory (--data)"
                  : a->lenient != b->lenient                ? "--lenient"
                  : a->html != b->html                      ? "--format"
                  : a->max_doc_bytes != b->max_doc_bytes    ? "--max-doc-bytes"
                  : strcmp(a->date, b->date)                ? "--date"
                  : a->keep_going != b->keep_going          ? "--keep-going"
                                                            : NULL;
  if (what)
    *what = w;
  return w == NULL;
}

/* ---- writing ---- */

struct kabar_part_writer {
  char *path, *tmp;
  FILE *f;
  buf line;
  uint64_t sum;
  size_t n_inputs;
  int committed;
};

/* Writes w->line (a record without its newline) and counts it. */
static kabar_status put_line(kabar_part_writer *w, kabar_error *err) {
  if (buf_put(&w->line, "\n", 1) < 0) {
    w->line.len = 0;
    w->line.failed = 0;
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", w->path);
  }
  w->sum = sum_line(w->sum, w->line.data, w->line.len);
  if (fwrite(w->line.data, 1, w->line.len, w->f) != w->line.len)
    return kabar_error_set(err, kabar_write_status(errno), "%s: cannot be written: %s", w->path,
                           strerror(errno));
  w->line.len = 0;
  return KABAR_OK;
}

kabar_status kabar_part_create(const char *path, const kabar_part_options *opt,
                               kabar_part_writer **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  *out = NULL;
  kabar_part_writer *w = calloc(1, sizeof *w);
  TRY_ALLOC(w);
  w->path = strdup(path);
  w->tmp = malloc(strlen(path) + 16);
  TRY_ALLOC(w->path && w->tmp);
  snprintf(w->tmp, strlen(path) + 16, "%s.tmp-XXXXXX", path);
  int fd = mkstemp(w->tmp);
  if (fd < 0) {
    w->tmp[0] = '\0';
    st = kabar_error_set(err, kabar_write_status(errno), "%s: cannot be written: %s", path,
                         strerror(errno));
    goto done;
  }
  /* mkstemp makes it 0600: the part gets the mode of any file written */
  mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) != 0) {
    close(fd);
    st = kabar_error_set(err, kabar_write_status(errno), "%s: cannot be written: %s", path,
                         strerror(errno));
    goto done;
  }
  w->f = fdopen(fd, "w");
  if (!w->f) {
    close(fd);
    st = kabar_error_set(err, kabar_write_status(errno), "%s: cannot be written: %s", path,
                         strerror(errno));
    goto done;
  }
  char num[24], hex[65];
  snprintf(num, sizeof num, "%d", KABAR_PART_VERSION);
  buf_str(&w->line, KABAR_PART_MAGIC);
  buf_field(&w->line, num);
  TRY(put_line(w, err));
  hex_digest(opt->data, hex);
  snprintf(num, sizeof num, "%zu", opt->max_doc_bytes);
  const char *rows[][2] = {{"version", opt->version},  {"data", hex},
                           {"lenient", opt->lenient ? "1" : "0"},
                           {"format", format_name(opt->html)}, {"max-doc-bytes", num},
                           {"date", opt->date[0] ? opt->date : NULL},
                           {"keep-going", opt->keep_going ? "1" : "0"}};
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    buf_str(&w->line, "O");
    buf_field(&w->line, rows[i][0]);
    buf_field(&w->line, rows[i][1]);
    TRY(put_line(w, err));
  }
  *out = w;
  w = NULL;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", path);
  kabar_part_writer_free(w);
  return st;
}

typedef struct mention_writer {
  kabar_part_writer *w;
  kabar_error *err;
} mention_writer;

static kabar_status write_fact_mention(void *user, const kabar_mention *m) {
  mention_writer *mw = user;
  buf *b = &mw->w->line;
  buf_str(b, "F");
  buf_num(b, m->sentence);
  buf_num(b, m->start);
  buf_num(b, m->end);
  buf_num(b, m->subject);
  buf_num(b, m->object);
  buf_num(b, (uint64_t)m->relation);
  buf_num(b, (uint64_t)m->status);
  if (m->claimant == KABAR_NONE)
    buf_field(b, NULL);
  else
    buf_num(b, m->claimant);
  buf_field(b, m->date);
  buf_field(b, m->evidence);
  return put_line(mw->w, mw->err);
}

static kabar_status write_entity_mention(void *user, const kabar_entity_mention *m) {
  mention_writer *mw = user;
  buf *b = &mw->w->line;
  buf_str(b, "M");
  buf_num(b, m->sentence);
  buf_num(b, m->start);
  buf_num(b, m->end);
  buf_num(b, m->entity);
  buf_num(b, (uint64_t)m->kind);
  buf_field(b, m->surface);
  return put_line(mw->w, mw->err);
}

kabar_status kabar_part_add_skipped_operand(kabar_part_writer *w, const char *operand,
                                            const char *message, kabar_error *err) {
  if (w->n_inputs)
    return kabar_error_set(err, KABAR_ERR_USAGE, "%s: an operand skipped after inputs", w->path);
  buf_str(&w->line, "A");
  buf_field(&w->line, operand);
  buf_field(&w->line, message);
  return put_line(w, err);
}

kabar_status kabar_part_add(kabar_part_writer *w, const kabar_part_input *in,
                            const kabar_kb *doc_kb, kabar_error *err) {
  kabar_status st = KABAR_OK;
  buf *b = &w->line;
  char hex[65];
  if (in->skipped) {
    buf_str(b, "S");
    buf_field(b, in->path);
    buf_field(b, in->skipped);
    TRY(put_line(w, err));
    w->n_inputs++;
    goto done;
  }
  hex_digest(in->sha256, hex);
  buf_str(b, "I");
  buf_field(b, in->path);
  buf_field(b, in->name);
  buf_field(b, hex);
  buf_field(b, in->extracted ? "1" : "0");
  TRY(put_line(w, err));
  buf_str(b, "R\t");
  for (size_t i = 0; i < in->n_reads; i++) {
    char h[24];
    snprintf(h, sizeof h, "%s%016" PRIx64, i ? " " : "", in->reads[i]);
    buf_str(b, h);
  }
  TRY(put_line(w, err));
  for (size_t i = 0; i < in->n_people; i++) {
    const kabar_part_person *p = &in->people[i];
    buf_str(b, "P");
    buf_field(b, p->label);
    buf_field(b, p->key);
    buf_field(b, p->first);
    buf_field(b, p->last);
    buf_field(b, p->iso3);
    TRY(put_line(w, err));
  }
  if (doc_kb) {
    const kabar_kb_doc *d = kabar_kb_get_doc(doc_kb, 0);
    if (!d || kabar_kb_n_docs(doc_kb) != 1) {
      st = kabar_error_set(err, KABAR_ERR_USAGE, "%s: not one document", in->path);
      goto done;
    }
    buf_str(b, "D");
    buf_num(b, d->n_sentences);
    buf_field(b, d->title);
    buf_field(b, d->date);
    buf_field(b, d->url);
    TRY(put_line(w, err));
    for (size_t i = 0; i < kabar_kb_n_entities(doc_kb); i++) {
      const kabar_entity *e = kabar_kb_get_entity(doc_kb, i);
      buf_str(b, "E");
      buf_num(b, (uint64_t)e->type);
      buf_field(b, e->label);
      buf_field(b, e->iso3);
      for (size_t a = 0; a < e->n_aliases; a++)
        buf_field(b, e->aliases[a]);
      TRY(put_line(w, err));
    }
    mention_writer mw = {w, err};
    TRY(kabar_kb_foreach_mention(doc_kb, write_fact_mention, &mw));
    TRY(kabar_kb_foreach_entity_mention(doc_kb, write_entity_mention, &mw));
  }
  buf_str(b, ".");
  TRY(put_line(w, err));
  w->n_inputs++;
done:
  w->line.len = 0;
  w->line.failed = 0;
  if (st == KABAR_ERR_IO) /* a spool of the document's kb */
    return kabar_error_set(err, st, "%s: the document's mentions could not be read back",
                           in->path);
  return st;
}

const char *kabar_part_temp_path(const kabar_part_writer *w) { return w->tmp; }

kabar_status kabar_part_commit(kabar_part_writer *w, kabar_error *err) {
  char sum[24], n[24];
  snprintf(sum, sizeof sum, "%016" PRIx64, w->sum);
  snprintf(n, sizeof n, "%zu", w->n_inputs);
  buf_str(&w->line, "Z");
  buf_field(&w->line, n);
  buf_field(&w->line, sum);
  kabar_status st = put_line(w, err);
  if (st != KABAR_OK)
    return st;
  FILE *f = w->f;
  w->f = NULL;
  if (fflush(f) != 0 || fsync(fileno(f)) != 0) {
    int e = errno;
    fclose(f);
    return kabar_error_set(err, kabar_write_status(e), "%s: cannot be written: %s", w->path,
                           strerror(e));
  }
  if (fclose(f) != 0 || rename(w->tmp, w->path) != 0)
    return kabar_error_set(err, kabar_write_status(errno), "%s: cannot be written: %s", w->path,
                           strerror(errno));
  w->committed = 1;
  return KABAR_OK;
}

void kabar_part_writer_free(kabar_part_writer *w) {
  if (!w)
    return;
  if (w->f)
    fclose(w->f);
  if (!w->committed && w->tmp && w->tmp[0])
    unlink(w->tmp);
  free(w->path);
  free(w->tmp);
  free(w->line.data);
  free(w);
}

/* ---- reading ---- */

enum { MAX_FIELDS = 4096 };

struct kabar_part_reader {
  char *path;
  FILE *f;
  char *line;         /* the current line, split in place */
  size_t cap;
  size_t lineno;      /* of the current line, 1-based */
  uint64_t offset;    /* byte offset of the current line */
  uint64_t next_offset;
  uint64_t sum;       /* of the lines before the current one */
  uint64_t sum_after; /* and with it */
  int held;           /* the current line is read but not taken */
  char *fields[MAX_FIELDS];
  size_t n_fields;
  kabar_part_options opt;
  size_t n_inputs, seen_inputs;
  int ended;
  /* the current input */
  kabar_part_input in;
  int in_pending; /* kabar_part_next() returned it, its document not yet passed */
  kabar_arena *arena;
  uint64_t *reads;
  size_t cap_reads;
  kabar_part_person *people;
  size_t cap_people;
  size_t *map; /* the document's entity indices -> kb indices */
  size_t cap_map, n_map;
  char **skipped_ops; /* operand, message, operand, message, ... */
  size_t n_skipped_ops, cap_skipped_ops;
};

static kabar_status bad(kabar_part_reader *r, kabar_error *err, const char *what) {
  return kabar_error_set(err, KABAR_ERR_INPUT, "%s: line %zu (byte %" PRIu64 "): %s (not a part written by this kabar extract, or damaged)",
                         r->path, r->lineno, r->offset, what);
}

/* Reads the next line into r->fields (unless one is held); a file that
 * ends before the end record is truncated. */
static kabar_status read_line(kabar_part_reader *r, kabar_error *err) {
  if (r->held) {
    r->held = 0;
    return KABAR_OK;
  }
  errno = 0;
  ssize_t n = getline(&r->line, &r->cap, r->f);
  r->lineno++;
  r->offset = r->next_offset;
  if (n < 0) {
    if (errno == ENOMEM)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", r->path);
    if (ferror(r->f))
      return kabar_error_set(err, KABAR_ERR_IO, "%s: cannot be read: %s", r->path,
                             strerror(errno));
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s: truncated at line %zu (byte %" PRIu64 "): the part has no end "
                           "record (was kabar extract stopped, or the copy cut short?)",
                           r->path, r->lineno, r->offset);
  }
  r->next_offset += (uint64_t)n;
  r->sum = r->sum_after;
  r->sum_after = sum_line(r->sum, r->line, (size_t)n);
  if (r->line[n - 1] != '\n')
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s: truncated at line %zu (byte %" PRIu64 "): its last line is cut "
                           "short",
                           r->path, r->lineno, r->offset);
  r->line[n - 1] = '\0';
  if (memchr(r->line, '\0', (size_t)n - 1))
    return bad(r, err, "a NUL byte");
  /* split on tabs and undo the escapes in place */
  r->n_fields = 0;
  char *p = r->line;
  for (;;) {
    if (r->n_fields == MAX_FIELDS)
      return bad(r, err, "too many fields");
    char *start = p, *o = p;
    r->fields[r->n_fields++] = start;
    for (; *p && *p != '\t'; p++) {
      if (*p != '\\') {
        *o++ = *p;
        continue;
      }
      char c = *++p;
      if (c == 'N' && p - 1 == start && (p[1] == '\t' || !p[1])) {
        r->fields[r->n_fields - 1] = NULL;
        continue;
      }
      if (c != '\\' && c != 't' && c != 'n' && c != 'r')
        return bad(r, err, "a bad escape");
      *o++ = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : '\\';
    }
    int last = !*p;
    *o = '\0';
    if (last)
      break;
    p++;
  }
  return KABAR_OK;
}

static int is_rec(const kabar_part_reader *r, const char *tag) {
  return r->fields[0] && strcmp(r->fields[0], tag) == 0;
}

/* A whole decimal number of field i into *v. */
static int num_field(const kabar_part_reader *r, size_t i, uint64_t *v) {
  const char *s = i < r->n_fields ? r->fields[i] : NULL;
  if (!s || !*s || strlen(s) > 20)
    return -1;
  uint64_t x = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || x > (UINT64_MAX - 9) / 10)
      return -1;
    x = x * 10 + (uint64_t)(*s - '0');
  }
  *v = x;
  return 0;
}

static void free_skipped_ops(kabar_part_reader *r) {
  for (size_t i = 0; i < r->n_skipped_ops; i++)
    free(r->skipped_ops[i]);
  r->n_skipped_ops = 0;
}

static kabar_status read_header(kabar_part_reader *r, kabar_error *err) {
  kabar_status st = read_line(r, err);
  if (st != KABAR_OK)
    return st;
  char v[24];
  snprintf(v, sizeof v, "%d", KABAR_PART_VERSION);
  if (!is_rec(r, KABAR_PART_MAGIC) || r->n_fields != 2)
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s: not a part written by kabar extract (no '%s' "
                           "header on line 1)", r->path, KABAR_PART_MAGIC);
  if (!r->fields[1] || strcmp(r->fields[1], v) != 0)
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s: a part of format version %s; this kabar reads version %s",
                           r->path, r->fields[1] ? r->fields[1] : "?", v);
  memset(&r->opt, 0, sizeof r->opt);
  unsigned seen = 0;
  for (int i = 0; i < 7; i++) {
    if ((st = read_line(r, err)) != KABAR_OK)
      return st;
    if (!is_rec(r, "O") || r->n_fields != 3 || !r->fields[1])
      return bad(r, err, "expected an option record");
    const char *k = r->fields[1], *val = r->fields[2];
    uint64_t n;
    if (!strcmp(k, "version") && val && strlen(val) < sizeof r->opt.version) {
      strcpy(r->opt.version, val);
      seen |= 1;
    } else if (!strcmp(k, "data") && val && unhex_digest(val, r->opt.data) == 0) {
      seen |= 2;
    } else if (!strcmp(k, "lenient") && val && (!strcmp(val, "0") || !strcmp(val, "1"))) {
      r->opt.lenient = val[0] == '1';
      seen |= 4;
    } else if (!strcmp(k, "format") && val &&
               (!strcmp(val, "auto") || !strcmp(val, "text") || !strcmp(val, "html"))) {
      r->opt.html = !strcmp(val, "auto") ? -1 : !strcmp(val, "html");
      seen |= 8;
    } else if (!strcmp(k, "max-doc-bytes") && num_field(r, 2, &n) == 0 && n <= SIZE_MAX) {
      r->opt.max_doc_bytes = (size_t)n;
      seen |= 16;
    } else if (!strcmp(k, "date") && (!val || (strlen(val) < sizeof r->opt.date && *val))) {
      if (val)
        strcpy(r->opt.date, val);
      seen |= 32;
    } else if (!strcmp(k, "keep-going") && val && (!strcmp(val, "0") || !strcmp(val, "1"))) {
      r->opt.keep_going = val[0] == '1';
      seen |= 64;
    } else {
      return bad(r, err, "a bad option record");
    }
  }
  if (seen != 127)
    return bad(r, err, "an option missing or repeated");
  free_skipped_ops(r);
  for (;;) { /* the operands --keep-going skipped */
    if ((st = read_line(r, err)) != KABAR_OK)
      return st;
    if (!is_rec(r, "A")) {
      r->held = 1;
      return KABAR_OK;
    }
    if (r->n_fields != 3 || !r->fields[1] || !r->fields[2] || !r->opt.keep_going)
      return bad(r, err, "a bad record of an operand skipped");
    for (int i = 1; i <= 2; i++) {
      char *copy = strdup(r->fields[i]);
      if (!copy || kabar_grow((void **)&r->skipped_ops, &r->cap_skipped_ops,
                              r->n_skipped_ops, sizeof *r->skipped_ops) < 0) {
        free(copy);
        return kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", r->path);
      }
      r->skipped_ops[r->n_skipped_ops++] = copy;
    }
  }
}

/* The end record: the count and the checksum; nothing after it. */
static kabar_status read_end(kabar_part_reader *r, kabar_error *err) {
  uint64_t n;
  char sum[24];
  snprintf(sum, sizeof sum, "%016" PRIx64, r->sum);
  if (r->n_fields != 3 || num_field(r, 1, &n) != 0 || !r->fields[2])
    return bad(r, err, "a bad end record");
  if (n != r->seen_inputs)
    return bad(r, err, "the end record counts other inputs than the part holds");
  if (strcmp(r->fields[2], sum) != 0)
    return kabar_error_set(err, KABAR_ERR_INPUT,
                           "%s: the checksum on line %zu (byte %" PRIu64 ") does not match "
                           "the bytes before it: the part is damaged",
                           r->path, r->lineno, r->offset);
  if (fgetc(r->f) != EOF)
    return kabar_error_set(err, KABAR_ERR_INPUT, "%s: bytes after the end record (line %zu)",
                           r->path, r->lineno);
  r->ended = 1;
  r->n_inputs = (size_t)n;
  return KABAR_OK;
}

kabar_status kabar_part_next(kabar_part_reader *r, kabar_part_input *in, int *end,
                             kabar_error *err) {
  kabar_status st = KABAR_OK;
  *end = 0;
  if (r->in_pending && (st = kabar_part_skip(r, err)) != KABAR_OK)
    return st;
  if (r->ended) {
    *end = 1;
    return KABAR_OK;
  }
  TRY(read_line(r, err));
  if (is_rec(r, "Z")) {
    TRY(read_end(r, err));
    *end = 1;
    return KABAR_OK;
  }
  kabar_arena_free(r->arena);
  r->arena = kabar_arena_new();
  TRY_ALLOC(r->arena);
  memset(&r->in, 0, sizeof r->in);
  if (is_rec(r, "S")) { /* an input --keep-going skipped */
    if (r->n_fields != 3 || !r->fields[1] || !r->fields[2] || !r->opt.keep_going)
      return bad(r, err, "a bad record of an input skipped");
    r->in.path = kabar_arena_strdup(r->arena, r->fields[1]);
    r->in.skipped = kabar_arena_strdup(r->arena, r->fields[2]);
    TRY_ALLOC(r->in.path && r->in.skipped);
    r->seen_inputs++;
    *in = r->in;
    return KABAR_OK;
  }
  if (!is_rec(r, "I") || r->n_fields != 5 || !r->fields[1] || !r->fields[2] || !r->fields[3] ||
      unhex_digest(r->fields[3], r->in.sha256) != 0 || !r->fields[4] ||
      (strcmp(r->fields[4], "0") && strcmp(r->fields[4], "1")))
    return bad(r, err, "expected an input record");
  r->in.path = kabar_arena_strdup(r->arena, r->fields[1]);
  r->in.name = kabar_arena_strdup(r->arena, r->fields[2]);
  r->in.extracted = r->fields[4][0] == '1';
  TRY_ALLOC(r->in.path && r->in.name);
  TRY(read_line(r, err));
  if (!is_rec(r, "R") || r->n_fields != 2 || !r->fields[1])
    return bad(r, err, "expected the record of people looked up");
  size_t n_reads = 0;
  for (const char *p = r->fields[1]; *p;) {
    char *e;
    if (strspn(p, "0123456789abcdef") != 16 || (p[16] && p[16] != ' '))
      return bad(r, err, "a bad hash of a person looked up");
    uint64_t h = strtoull(p, &e, 16);
    TRY_ALLOC(kabar_grow((void **)&r->reads, &r->cap_reads, n_reads, sizeof *r->reads) == 0);
    r->reads[n_reads++] = h;
    p = *e ? e + 1 : e;
  }
  size_t n_people = 0;
  for (;;) {
    TRY(read_line(r, err));
    if (!is_rec(r, "P"))
      break;
    if (r->n_fields != 6 || !r->fields[1] || !r->fields[2])
      return bad(r, err, "a bad record of a person remembered");
    TRY_ALLOC(kabar_grow((void **)&r->people, &r->cap_people, n_people, sizeof *r->people) == 0);
    kabar_part_person *p = &r->people[n_people++];
    const char **dst[5] = {&p->label, &p->key, &p->first, &p->last, &p->iso3};
    for (int i = 0; i < 5; i++) {
      *dst[i] = r->fields[i + 1] ? kabar_arena_strdup(r->arena, r->fields[i + 1]) : NULL;
      TRY_ALLOC(!r->fields[i + 1] || *dst[i]);
    }
  }
  r->held = 1; /* the document's first record, or its end */
  if (!r->in.extracted && (n_reads || n_people))
    return bad(r, err, "people recorded for an input not extracted");
  r->in.reads = r->reads;
  r->in.n_reads = n_reads;
  r->in.people = r->people;
  r->in.n_people = n_people;
  r->in_pending = 1;
  r->seen_inputs++;
  *in = r->in;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", r->path);
  return st;
}

static kabar_status kb_failed(kabar_part_reader *r, kabar_status st, kabar_error *err) {
  if (st == KABAR_ERR_NOMEM)
    return kabar_error_set(err, st, "%s: out of memory", r->path);
  if (st == KABAR_ERR_USAGE)
    return bad(r, err, "a record the knowledge base refuses");
  return kabar_error_set(err, st, "the knowledge base's temporary files cannot be written");
}

/* Reads the current input's document up to its end record, checking each
 * record, and adds it to kb (as document `name`) when kb is not NULL. */
static kabar_status read_doc(kabar_part_reader *r, kabar_kb *kb, const char *name,
                             kabar_error *err) {
  kabar_status st = KABAR_OK;
  r->in_pending = 0;
  r->n_map = 0;
  TRY(read_line(r, err));
  if (r->in.extracted) {
    uint64_t ns;
    if (!is_rec(r, "D") || r->n_fields != 5 || num_field(r, 1, &ns) != 0)
      return bad(r, err, "expected a document record");
    if (kb && ((st = kabar_kb_begin_doc(kb, name, r->in.path, r->fields[2], r->in.sha256,
                                        (size_t)ns)) != KABAR_OK ||
               (st = kabar_kb_set_doc_meta(kb, r->fields[3], r->fields[4])) != KABAR_OK))
      return kb_failed(r, st, err);
    TRY(read_line(r, err));
  }
  while (is_rec(r, "E")) {
    uint64_t type;
    if (!r->in.extracted || r->n_fields < 4 || num_field(r, 1, &type) != 0 ||
        type >= KABAR_ENT__COUNT || !r->fields[2])
      return bad(r, err, "a bad entity record");
    for (size_t a = 4; a < r->n_fields; a++)
      if (!r->fields[a])
        return bad(r, err, "a bad entity record");
    size_t k = 0;
    if (kb) {
      k = kabar_kb_entity(kb, (kabar_entity_type)type, r->fields[2], r->fields[3], NULL);
      for (size_t a = 4; a < r->n_fields && k != KABAR_NONE; a++)
        k = kabar_kb_entity(kb, (kabar_entity_type)type, r->fields[2], r->fields[3],
                            r->fields[a]);
      if (k == KABAR_NONE)
        return kb_failed(r, KABAR_ERR_NOMEM, err);
    }
    if (kabar_grow((void **)&r->map, &r->cap_map, r->n_map, sizeof *r->map) < 0)
      return kb_failed(r, KABAR_ERR_NOMEM, err);
    r->map[r->n_map++] = k;
    TRY(read_line(r, err));
  }
  while (is_rec(r, "F")) {
    uint64_t v[8];
    int no_claimant = r->n_fields == 11 && !r->fields[8];
    int ok = r->n_fields == 11;
    for (size_t i = 0; ok && i < 8; i++)
      ok = (i == 7 && no_claimant) || num_field(r, i + 1, &v[i]) == 0;
    if (!ok || v[3] >= r->n_map || v[4] >= r->n_map || v[5] >= KABAR_REL__COUNT ||
        v[6] >= KABAR_FS__COUNT || (!no_claimant && v[7] >= r->n_map) || !r->fields[10])
      return bad(r, err, "a bad fact mention record");
    kabar_mention m = {name, (size_t)v[0], (size_t)v[1], (size_t)v[2], r->map[v[3]],
                       r->map[v[4]], (kabar_relation)v[5], (kabar_fact_status)v[6],
                       no_claimant ? KABAR_NONE : r->map[v[7]], r->fields[9], r->fields[10]};
    if (kb && (st = kabar_kb_add_mention(kb, &m)) != KABAR_OK)
      return kb_failed(r, st, err);
    TRY(read_line(r, err));
  }
  while (is_rec(r, "M")) {
    uint64_t v[5];
    int ok = r->n_fields == 7 && r->fields[6];
    for (size_t i = 0; ok && i < 5; i++)
      ok = num_field(r, i + 1, &v[i]) == 0;
    if (!ok || v[3] >= r->n_map || v[4] >= KABAR_MK__COUNT || v[2] < v[1])
      return bad(r, err, "a bad entity mention record");
    kabar_entity_mention m = {name,         (size_t)v[0], (size_t)v[1], (size_t)v[2],
                              r->fields[6], r->map[v[3]], (kabar_mention_kind)v[4]};
    if (kb && (st = kabar_kb_add_entity_mention(kb, &m)) != KABAR_OK)
      return kb_failed(r, st, err);
    TRY(read_line(r, err));
  }
  if (!is_rec(r, ".") || r->n_fields != 1)
    return bad(r, err, "expected a record of the document or its end");
done:
  return st;
}

kabar_status kabar_part_replay(kabar_part_reader *r, kabar_kb *kb, const char *name,
                               kabar_error *err) {
  if (!r->in_pending)
    return kabar_error_set(err, KABAR_ERR_USAGE, "%s: no input to replay", r->path);
  return read_doc(r, kb, name, err);
}

kabar_status kabar_part_skip(kabar_part_reader *r, kabar_error *err) {
  if (!r->in_pending)
    return KABAR_OK;
  return read_doc(r, NULL, NULL, err);
}

static kabar_status reader_start(kabar_part_reader *r, kabar_error *err) {
  r->lineno = 0;
  r->offset = r->next_offset = 0;
  r->sum = r->sum_after = 0;
  r->held = r->in_pending = r->ended = 0;
  r->seen_inputs = 0;
  return read_header(r, err);
}

kabar_status kabar_part_open(const char *path, int verify, kabar_part_reader **out,
                             kabar_error *err) {
  kabar_status st = KABAR_OK;
  *out = NULL;
  kabar_part_reader *r = calloc(1, sizeof *r);
  TRY_ALLOC(r);
  r->path = strdup(path);
  TRY_ALLOC(r->path);
  struct stat sb;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    st = kabar_error_set(err, KABAR_ERR_INPUT, "%s: not a regular file", path);
    goto done;
  }
  r->f = fopen(path, "rb");
  if (!r->f) {
    st = errno == ENOMEM ? KABAR_ERR_NOMEM
                         : kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  TRY(reader_start(r, err));
  if (verify) {
    kabar_part_input in;
    int end = 0;
    while (!end)
      TRY(kabar_part_next(r, &in, &end, err));
    if (fseek(r->f, 0, SEEK_SET) != 0) {
      st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
      goto done;
    }
    size_t n = r->n_inputs;
    TRY(reader_start(r, err));
    r->n_inputs = n;
  }
  *out = r;
  r = NULL;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", path);
  kabar_part_close(r);
  return st;
}

const kabar_part_options *kabar_part_options_of(const kabar_part_reader *r) { return &r->opt; }

size_t kabar_part_n_inputs(const kabar_part_reader *r) { return r->n_inputs; }

size_t kabar_part_n_skipped_operands(const kabar_part_reader *r) {
  return r->n_skipped_ops / 2;
}

const char *kabar_part_skipped_operand(const kabar_part_reader *r, size_t i,
                                       const char **message) {
  if (2 * i + 1 >= r->n_skipped_ops)
    return NULL;
  *message = r->skipped_ops[2 * i + 1];
  return r->skipped_ops[2 * i];
}

void kabar_part_close(kabar_part_reader *r) {
  if (!r)
    return;
  if (r->f)
    fclose(r->f);
  free(r->path);
  free(r->line);
  free(r->reads);
  free(r->people);
  free(r->map);
  free_skipped_ops(r);
  free(r->skipped_ops);
  kabar_arena_free(r->arena);
  free(r);
}
