/* SPDX-License-Identifier: MIT */
/* The knowledge base: entities and aggregated facts in memory, mentions
 * spooled to a temporary file so that memory stays flat over a corpus. */
#include "kabar/kb.h"

#include "common/arena.h"
#include "common/grow.h"
#include "common/sha256.h"
#include "common/strmap.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

typedef struct ent {
  kabar_entity pub;
  const char **aliases; /* arena strings; grows */
  size_t n_aliases, cap_aliases;
  /* The names of the KABAR_DOC_SAMPLE documents with the smallest names
   * among those it occurs in, sorted (strings of kb->docs); grows to
   * KABAR_DOC_SAMPLE at most. */
  const char **sample;
  size_t n_sample, cap_sample;
  size_t n_docs;   /* distinct documents */
  size_t last_doc; /* 1 + the index of the last document counted, or 0 */
  uint64_t last_rec; /* 1 + the offset of its last record in kb->doc_spool, or 0 */
} ent;

typedef struct fact {
  kabar_fact pub;
  size_t last_doc;
} fact;

struct kabar_kb {
  kabar_arena *arena;
  kabar_strmap *entity_keys; /* "type\x1fkey" -> entity index */
  kabar_strmap *entity_ids;  /* id -> entity index (for uniqueness) */
  kabar_strmap *alias_keys;  /* "index\x1falias" -> 1 */
  kabar_strmap *fact_keys;   /* "s\x1fr\x1fo" -> fact index */
  ent *ents;
  size_t n_ents, cap_ents;
  fact *facts;
  size_t n_facts, cap_facts;
  kabar_kb_doc *docs;
  size_t n_docs, cap_docs;
  FILE *spool; /* fact mention records, see kabar_kb_add_mention() */
  size_t n_mentions;
  FILE *ent_spool; /* entity mention records, see kabar_kb_add_entity_mention() */
  /* Every (entity, document) pair, as doc_rec records: each entity's form a
   * list linked backwards on disk (ent.last_rec), read back by
   * kabar_kb_entity_docs(), so that an entity's record in memory does not
   * grow with its documents. */
  FILE *doc_spool;
  uint64_t doc_spool_len;
  size_t n_ent_mentions;
  int finished;
  int failed; /* an allocation or the spool failed: later calls report it */
};

kabar_kb *kabar_kb_new(void) {
  kabar_kb *kb = calloc(1, sizeof *kb);
  if (!kb)
    return NULL;
  kb->arena = kabar_arena_new();
  kb->entity_keys = kabar_strmap_new();
  kb->entity_ids = kabar_strmap_new();
  kb->alias_keys = kabar_strmap_new();
  kb->fact_keys = kabar_strmap_new();
  kb->spool = tmpfile();
  kb->ent_spool = tmpfile();
  kb->doc_spool = tmpfile();
  if (!kb->arena || !kb->entity_keys || !kb->entity_ids || !kb->alias_keys || !kb->fact_keys ||
      !kb->spool || !kb->ent_spool || !kb->doc_spool) {
    kabar_kb_free(kb);
    return NULL;
  }
  return kb;
}

void kabar_kb_free(kabar_kb *kb) {
  if (!kb)
    return;
  for (size_t i = 0; i < kb->n_ents; i++) {
    free(kb->ents[i].aliases);
    free(kb->ents[i].sample);
  }
  free(kb->ents);
  free(kb->facts);
  free(kb->docs);
  if (kb->spool)
    fclose(kb->spool);
  if (kb->ent_spool)
    fclose(kb->ent_spool);
  if (kb->doc_spool)
    fclose(kb->doc_spool);
  kabar_strmap_free(kb->entity_keys);
  kabar_strmap_free(kb->entity_ids);
  kabar_strmap_free(kb->alias_keys);
  kabar_strmap_free(kb->fact_keys);
  kabar_arena_free(kb->arena);
  free(kb);
}

kabar_status kabar_kb_begin_doc(kabar_kb *kb, const char *name, const char *path, const char *title,
                                const unsigned char *sha256, size_t n_sentences) {
  if (kb->finished)
    return KABAR_ERR_USAGE;
  if (kb->failed || kabar_grow((void **)&kb->docs, &kb->cap_docs, kb->n_docs, sizeof *kb->docs) < 0)
    return KABAR_ERR_NOMEM;
  kabar_kb_doc *d = &kb->docs[kb->n_docs];
  memset(d, 0, sizeof *d);
  d->name = kabar_arena_strdup(kb->arena, name ? name : "");
  d->path = kabar_arena_strdup(kb->arena, path ? path : "");
  d->title = title ? kabar_arena_strdup(kb->arena, title) : NULL;
  if (!d->name || !d->path || (title && !d->title))
    return KABAR_ERR_NOMEM;
  if (sha256)
    kabar_sha256_hex(sha256, d->sha256);
  d->n_sentences = n_sentences;
  kb->n_docs++;
  return KABAR_OK;
}

kabar_status kabar_kb_set_doc_meta(kabar_kb *kb, const char *date, const char *url) {
  if (kb->finished || kb->n_docs == 0)
    return KABAR_ERR_USAGE;
  kabar_kb_doc *d = &kb->docs[kb->n_docs - 1];
  d->date = date && *date ? kabar_arena_strdup(kb->arena, date) : NULL;
  d->url = url && *url ? kabar_arena_strdup(kb->arena, url) : NULL;
  if ((date && *date && !d->date) || (url && *url && !d->url))
    return KABAR_ERR_NOMEM;
  return KABAR_OK;
}

/* A lowercase ASCII slug of a label: Latin letters lose their diacritics
 * ("Luiz Inácio" -> "luiz_inacio"), letters and digits are kept, anything
 * else becomes one '_'. Labels in other scripts keep their bytes out, and
 * fall back to "x" (ids are made unique by the caller). NULL when out of
 * memory. */
static char *slug(kabar_arena *a, const char *label) {
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t fl =
      utf8proc_map((const utf8proc_uint8_t *)label, 0, &folded,
                   UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT);
  if (fl == UTF8PROC_ERROR_NOMEM)
    return NULL; /* not a label to fall back on: the id would differ */
  const char *src = fl >= 0 ? (const char *)folded : label;
  size_t n = strlen(src);
  char *s = kabar_arena_alloc(a, n + 2);
  if (!s) {
    free(folded);
    return NULL;
  }
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)src[i];
    if (c < 0x80 && isalnum(c))
      s[j++] = (char)tolower(c);
    else if (j > 0 && s[j - 1] != '_')
      s[j++] = '_';
  }
  free(folded);
  while (j > 0 && s[j - 1] == '_')
    j--;
  if (j == 0)
    s[j++] = 'x';
  s[j] = '\0';
  return s;
}

static int add_alias(kabar_kb *kb, size_t index, const char *surface) {
  ent *e = &kb->ents[index];
  if (!surface || !*surface || strcmp(surface, e->pub.label) == 0)
    return 0;
  char key[64];
  int kn = snprintf(key, sizeof key, "%zu\x1f", index);
  size_t sn = strlen(surface);
  char *buf = malloc((size_t)kn + sn);
  if (!buf)
    return -1;
  memcpy(buf, key, (size_t)kn);
  memcpy(buf + kn, surface, sn);
  int rc = 0;
  if (!kabar_strmap_get(kb->alias_keys, buf, (size_t)kn + sn, NULL)) {
    if (kabar_strmap_put(kb->alias_keys, buf, (size_t)kn + sn, 1) < 0 ||
        kabar_grow((void **)&e->aliases, &e->cap_aliases, e->n_aliases, sizeof *e->aliases) < 0)
      rc = -1;
    else {
      const char *stored = kabar_strmap_key(kb->alias_keys, buf, (size_t)kn + sn) + kn;
      e->aliases[e->n_aliases++] = stored;
    }
  }
  free(buf);
  return rc;
}

/* A record of kb->doc_spool: a document of an entity, and 1 + the offset
 * of the entity's record before it (0: none). */
typedef struct doc_rec {
  uint64_t doc, prev;
} doc_rec;

/* Puts a document's name into e's sample when it is among the
 * KABAR_DOC_SAMPLE smallest seen; 0, or -1 when out of memory. */
static int sample_doc(ent *e, const char *name) {
  size_t at = e->n_sample;
  while (at > 0 && strcmp(name, e->sample[at - 1]) < 0)
    at--;
  if (at == KABAR_DOC_SAMPLE)
    return 0; /* larger than all of a full sample */
  if (e->n_sample < KABAR_DOC_SAMPLE && e->n_sample == e->cap_sample) {
    size_t cap = e->cap_sample ? 2 * e->cap_sample : 2;
    if (cap > KABAR_DOC_SAMPLE)
      cap = KABAR_DOC_SAMPLE;
    const char **p = realloc(e->sample, cap * sizeof *p);
    if (!p)
      return -1;
    e->sample = p;
    e->cap_sample = cap;
  }
  size_t keep = e->n_sample < KABAR_DOC_SAMPLE ? e->n_sample : KABAR_DOC_SAMPLE - 1;
  memmove(e->sample + at + 1, e->sample + at, (keep - at) * sizeof *e->sample);
  e->sample[at] = name;
  e->n_sample = keep + 1;
  return 0;
}

size_t kabar_kb_entity(kabar_kb *kb, kabar_entity_type type, const char *label, const char *iso3,
                       const char *surface) {
  if (kb->finished || kb->failed || !label || (unsigned)type >= KABAR_ENT__COUNT)
    return KABAR_NONE;
  /* The key: states by code, everything else by type and exact label. */
  const char *keypart = (type == KABAR_ENT_STATE && iso3 && *iso3) ? iso3 : label;
  size_t kl = strlen(keypart);
  char *key = malloc(kl + 3);
  if (!key)
    goto oom;
  key[0] = (char)('0' + type);
  key[1] = '\x1f';
  memcpy(key + 2, keypart, kl + 1);
  size_t index;
  if (!kabar_strmap_get(kb->entity_keys, key, kl + 2, &index)) {
    if (kabar_grow((void **)&kb->ents, &kb->cap_ents, kb->n_ents, sizeof *kb->ents) < 0)
      goto oom_key;
    index = kb->n_ents;
    ent *e = &kb->ents[index];
    memset(e, 0, sizeof *e);
    e->pub.index = index;
    e->pub.type = type;
    e->pub.label = kabar_arena_strdup(kb->arena, label);
    e->pub.iso3 = iso3 && *iso3 ? kabar_arena_strdup(kb->arena, iso3) : NULL;
    char *id = (type == KABAR_ENT_STATE && e->pub.iso3) ? kabar_arena_strdup(kb->arena, iso3)
                                                        : slug(kb->arena, label);
    if (!e->pub.label || (iso3 && *iso3 && !e->pub.iso3) || !id)
      goto oom_key;
    /* Ids are unique: a second "x" becomes "x_2". */
    if (kabar_strmap_get(kb->entity_ids, id, strlen(id), NULL)) {
      size_t n = strlen(id);
      char *alt = kabar_arena_alloc(kb->arena, n + 24);
      if (!alt)
        goto oom_key;
      for (unsigned k = 2;; k++) {
        snprintf(alt, n + 24, "%s_%u", id, k);
        if (!kabar_strmap_get(kb->entity_ids, alt, strlen(alt), NULL))
          break;
      }
      id = alt;
    }
    e->pub.id = id;
    if (kabar_strmap_put(kb->entity_ids, id, strlen(id), index) < 0 ||
        kabar_strmap_put(kb->entity_keys, key, kl + 2, index) < 0)
      goto oom_key;
    kb->n_ents++;
  }
  free(key);
  ent *e = &kb->ents[index];
  if (strcmp(label, e->pub.label) != 0 && add_alias(kb, index, label) < 0)
    goto oom;
  if (add_alias(kb, index, surface) < 0)
    goto oom;
  if (kb->n_docs > 0 && e->last_doc != kb->n_docs) {
    doc_rec r = {kb->n_docs - 1, e->last_rec};
    if (sample_doc(e, kb->docs[kb->n_docs - 1].name) < 0)
      goto oom;
    if (fwrite(&r, sizeof r, 1, kb->doc_spool) != 1)
      goto oom; /* the temporary file failed: the kb has failed */
    e->last_rec = kb->doc_spool_len + 1;
    kb->doc_spool_len += sizeof r;
    e->last_doc = kb->n_docs;
    e->n_docs++;
  }
  return index;
oom_key:
  free(key);
oom:
  kb->failed = 1;
  return KABAR_NONE;
}

/* The spool record: fixed fields, then the date and evidence bytes. */
typedef struct spool_rec {
  uint64_t doc, sentence, start, end, subject, object, claimant;
  uint32_t relation, status;
  uint64_t date_len, evidence_len; /* date_len == UINT64_MAX: no date */
} spool_rec;

kabar_status kabar_kb_add_mention(kabar_kb *kb, const kabar_mention *m) {
  if (kb->finished || kb->n_docs == 0 || m->subject >= kb->n_ents || m->object >= kb->n_ents ||
      (unsigned)m->relation >= KABAR_REL__COUNT || (unsigned)m->status >= KABAR_FS__COUNT ||
      (m->claimant != KABAR_NONE && m->claimant >= kb->n_ents))
    return KABAR_ERR_USAGE;
  if (kb->failed)
    return KABAR_ERR_NOMEM;
  size_t s = m->subject, o = m->object;
  if (kabar_relation_is_symmetric(m->relation) && o < s) {
    size_t t = s;
    s = o;
    o = t;
  }
  size_t doc = kb->n_docs - 1;
  char key[96];
  int kn = snprintf(key, sizeof key, "%zu\x1f%d\x1f%zu", s, (int)m->relation, o);
  size_t fi;
  if (!kabar_strmap_get(kb->fact_keys, key, (size_t)kn, &fi)) {
    if (kabar_grow((void **)&kb->facts, &kb->cap_facts, kb->n_facts, sizeof *kb->facts) < 0 ||
        kabar_strmap_put(kb->fact_keys, key, (size_t)kn, kb->n_facts) < 0) {
      kb->failed = 1;
      return KABAR_ERR_NOMEM;
    }
    fi = kb->n_facts++;
    fact *f = &kb->facts[fi];
    memset(f, 0, sizeof *f);
    f->pub.subject = s;
    f->pub.object = o;
    f->pub.relation = m->relation;
    f->last_doc = KABAR_NONE;
  }
  fact *f = &kb->facts[fi];
  f->pub.mentions++;
  f->pub.by_status[m->status]++;
  if (f->last_doc != doc) {
    f->last_doc = doc;
    f->pub.n_docs++;
  }
  if (m->date && *m->date) {
    if (!f->pub.first_date || strcmp(m->date, f->pub.first_date) < 0)
      f->pub.first_date = kabar_arena_strdup(kb->arena, m->date);
    if (!f->pub.last_date || strcmp(m->date, f->pub.last_date) > 0)
      f->pub.last_date = kabar_arena_strdup(kb->arena, m->date);
    if (!f->pub.first_date || !f->pub.last_date) {
      kb->failed = 1;
      return KABAR_ERR_NOMEM;
    }
  }
  spool_rec r = {doc, m->sentence, m->start, m->end, m->subject, m->object,
                 m->claimant == KABAR_NONE ? UINT64_MAX : m->claimant,
                 (uint32_t)m->relation, (uint32_t)m->status,
                 m->date ? strlen(m->date) : UINT64_MAX, m->evidence ? strlen(m->evidence) : 0};
  if (fwrite(&r, sizeof r, 1, kb->spool) != 1 ||
      (m->date && fwrite(m->date, 1, r.date_len, kb->spool) != r.date_len) ||
      fwrite(m->evidence ? m->evidence : "", 1, r.evidence_len, kb->spool) != r.evidence_len) {
    kb->failed = 1;
    return KABAR_ERR_WRITE;
  }
  kb->docs[doc].n_mentions++;
  kb->n_mentions++;
  return KABAR_OK;
}

const char *kabar_mention_kind_name(kabar_mention_kind kind) {
  static const char *const names[KABAR_MK__COUNT] = {
      "lexicon", "title",       "apposition", "head",   "pattern",
      "model",   "description", "reference",  "implied"};
  return (unsigned)kind < KABAR_MK__COUNT ? names[kind] : "unknown";
}

/* The entity mention spool record: fixed fields, then the surface bytes. */
typedef struct ent_spool_rec {
  uint64_t doc, sentence, start, end, entity, surface_len;
  uint32_t kind, unused; /* no padding: the temporary file holds no stray bytes */
} ent_spool_rec;

kabar_status kabar_kb_add_entity_mention(kabar_kb *kb, const kabar_entity_mention *m) {
  if (kb->finished || kb->n_docs == 0 || m->entity >= kb->n_ents || m->end < m->start ||
      (unsigned)m->kind >= KABAR_MK__COUNT)
    return KABAR_ERR_USAGE;
  if (kb->failed)
    return KABAR_ERR_NOMEM;
  ent_spool_rec r = {kb->n_docs - 1, m->sentence, m->start, m->end, m->entity,
                     m->surface ? strlen(m->surface) : 0, (uint32_t)m->kind, 0};
  if (fwrite(&r, sizeof r, 1, kb->ent_spool) != 1 ||
      fwrite(m->surface ? m->surface : "", 1, r.surface_len, kb->ent_spool) != r.surface_len) {
    kb->failed = 1;
    return KABAR_ERR_WRITE;
  }
  kb->ents[m->entity].pub.mentions++;
  kb->n_ent_mentions++;
  return KABAR_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Aliases, the longest (most specific) first, then by bytes: "perjanjian
 * keamanan China–Kepulauan Solomon" before the bare "perjanjian keamanan"
 * that many agreements share. */
static int cmp_alias(const void *a, const void *b) {
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  size_t nx = strlen(x), ny = strlen(y);
  if (nx != ny)
    return nx > ny ? -1 : 1;
  return strcmp(x, y);
}

kabar_status kabar_kb_finish(kabar_kb *kb) {
  if (kb->finished)
    return KABAR_OK;
  if (kb->failed)
    return KABAR_ERR_NOMEM;
  for (size_t i = 0; i < kb->n_ents; i++) {
    ent *e = &kb->ents[i];
    /* A label may have entered as an alias before it became canonical. */
    size_t j = 0;
    for (size_t k = 0; k < e->n_aliases; k++)
      if (strcmp(e->aliases[k], e->pub.label) != 0)
        e->aliases[j++] = e->aliases[k];
    e->n_aliases = j;
    if (e->n_aliases)
      qsort(e->aliases, e->n_aliases, sizeof *e->aliases, cmp_alias);
    e->pub.aliases = e->aliases;
    e->pub.n_aliases = e->n_aliases;
    e->pub.doc_sample = e->sample;
    e->pub.n_doc_sample = e->n_sample;
    e->pub.n_docs = e->n_docs;
  }
  if (fflush(kb->spool) != 0 || fflush(kb->ent_spool) != 0 || fflush(kb->doc_spool) != 0)
    return KABAR_ERR_WRITE;
  kb->finished = 1;
  return KABAR_OK;
}

size_t kabar_kb_n_entities(const kabar_kb *kb) { return kb->n_ents; }
const kabar_entity *kabar_kb_get_entity(const kabar_kb *kb, size_t i) {
  return i < kb->n_ents ? &kb->ents[i].pub : NULL;
}
kabar_status kabar_kb_entity_docs(const kabar_kb *kb, size_t index, const char ***names,
                                  size_t *n) {
  *names = NULL;
  *n = 0;
  if (!kb->finished || index >= kb->n_ents)
    return KABAR_ERR_USAGE;
  const ent *e = &kb->ents[index];
  const char **out = malloc((e->n_docs ? e->n_docs : 1) * sizeof *out);
  if (!out)
    return KABAR_ERR_NOMEM;
  int fd = fileno(kb->doc_spool);
  size_t k = 0;
  for (uint64_t at = e->last_rec; at != 0 && k < e->n_docs; k++) {
    doc_rec r;
    if (pread(fd, &r, sizeof r, (off_t)(at - 1)) != (ssize_t)sizeof r || r.doc >= kb->n_docs) {
      free(out);
      return KABAR_ERR_IO;
    }
    out[k] = kb->docs[r.doc].name;
    at = r.prev;
  }
  if (k != e->n_docs) {
    free(out);
    return KABAR_ERR_IO;
  }
  if (k)
    qsort(out, k, sizeof *out, cmp_str);
  *names = out;
  *n = k;
  return KABAR_OK;
}

size_t kabar_kb_n_facts(const kabar_kb *kb) { return kb->n_facts; }
const kabar_fact *kabar_kb_get_fact(const kabar_kb *kb, size_t i) {
  return i < kb->n_facts ? &kb->facts[i].pub : NULL;
}
size_t kabar_kb_n_docs(const kabar_kb *kb) { return kb->n_docs; }
const kabar_kb_doc *kabar_kb_get_doc(const kabar_kb *kb, size_t i) {
  return i < kb->n_docs ? &kb->docs[i] : NULL;
}
size_t kabar_kb_n_mentions(const kabar_kb *kb) { return kb->n_mentions; }

/* Readies a spool of a finished kb for replay from its start. */
static kabar_status spool_rewind(const kabar_kb *kb, FILE *f) {
  if (!kb->finished)
    return KABAR_ERR_USAGE;
  return fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0 ? KABAR_ERR_IO : KABAR_OK;
}

/* Grows *buf to hold `need` bytes; 0, or -1 when out of memory. */
static int ensure_cap(char **buf, size_t *cap, size_t need) {
  if (need <= *cap)
    return 0;
  char *nb = realloc(*buf, need);
  if (!nb)
    return -1;
  *buf = nb;
  *cap = need;
  return 0;
}

kabar_status kabar_kb_foreach_mention(const kabar_kb *kb, kabar_mention_fn fn, void *user) {
  FILE *f = kb->spool;
  kabar_status st = spool_rewind(kb, f);
  if (st != KABAR_OK)
    return st;
  char *buf = NULL;
  size_t cap = 0;
  for (size_t n = 0; n < kb->n_mentions; n++) {
    spool_rec r;
    if (fread(&r, sizeof r, 1, f) != 1) {
      st = KABAR_ERR_IO;
      break;
    }
    size_t dl = r.date_len == UINT64_MAX ? 0 : (size_t)r.date_len;
    if (ensure_cap(&buf, &cap, dl + 1 + (size_t)r.evidence_len + 1) < 0) {
      st = KABAR_ERR_NOMEM;
      break;
    }
    if (fread(buf, 1, dl, f) != dl ||
        fread(buf + dl + 1, 1, (size_t)r.evidence_len, f) != r.evidence_len) {
      st = KABAR_ERR_IO;
      break;
    }
    buf[dl] = '\0';
    buf[dl + 1 + r.evidence_len] = '\0';
    kabar_mention m = {kb->docs[r.doc].name, (size_t)r.sentence, (size_t)r.start, (size_t)r.end,
                       (size_t)r.subject, (size_t)r.object, (kabar_relation)r.relation,
                       (kabar_fact_status)r.status,
                       r.claimant == UINT64_MAX ? KABAR_NONE : (size_t)r.claimant,
                       r.date_len == UINT64_MAX ? NULL : buf, buf + dl + 1};
    st = fn(user, &m);
    if (st != KABAR_OK)
      break;
  }
  free(buf);
  /* Appends after reading would land mid-file otherwise. */
  fseek(f, 0, SEEK_END);
  return st;
}

size_t kabar_kb_n_entity_mentions(const kabar_kb *kb) { return kb->n_ent_mentions; }

kabar_status kabar_kb_foreach_entity_mention(const kabar_kb *kb, kabar_entity_mention_fn fn,
                                             void *user) {
  FILE *f = kb->ent_spool;
  kabar_status st = spool_rewind(kb, f);
  if (st != KABAR_OK)
    return st;
  char *buf = NULL;
  size_t cap = 0;
  for (size_t n = 0; n < kb->n_ent_mentions; n++) {
    ent_spool_rec r;
    if (fread(&r, sizeof r, 1, f) != 1) {
      st = KABAR_ERR_IO;
      break;
    }
    if (ensure_cap(&buf, &cap, (size_t)r.surface_len + 1) < 0) {
      st = KABAR_ERR_NOMEM;
      break;
    }
    if (fread(buf, 1, (size_t)r.surface_len, f) != r.surface_len) {
      st = KABAR_ERR_IO;
      break;
    }
    buf[r.surface_len] = '\0';
    kabar_entity_mention m = {kb->docs[r.doc].name, (size_t)r.sentence, (size_t)r.start,
                              (size_t)r.end, buf, (size_t)r.entity, (kabar_mention_kind)r.kind};
    st = fn(user, &m);
    if (st != KABAR_OK)
      break;
  }
  free(buf);
  fseek(f, 0, SEEK_END);
  return st;
}
