/* SPDX-License-Identifier: MIT */
/* kabar knowledge base: entities, aggregated facts and fact mentions across
 * documents. The extractor fills it; the exporters read it.
 *
 * Entities and aggregated facts live in memory. Fact mentions (one per
 * sentence that states a fact, with its evidence) are spooled to a
 * temporary file as they arrive and replayed by kabar_kb_foreach_mention(),
 * so memory does not grow with the number of mentions. */
#ifndef KABAR_KB_H
#define KABAR_KB_H

#include "kabar/common.h"
#include "kabar/schema.h"

#ifdef __cplusplus
extern "C" {
#endif

#define KABAR_NONE ((size_t)-1)

/* An entity keeps the names of at most this many of the documents it
 * occurs in: the smallest in byte order, whatever the order of the inputs
 * (so the sample is the same for any thread count, and the samples of
 * shards merge into the sample of their union). Its document count is
 * exact. */
#define KABAR_DOC_SAMPLE 20


/* An entity as the exporters see it. All strings are owned by the kb and
 * live until kabar_kb_free(). */
typedef struct kabar_entity {
  size_t index;             /* position in the kb, 0..n-1 */
  kabar_entity_type type;
  const char *id;           /* stable id: "RUS" for states with a code, else
                               a lowercase ASCII slug of the label ("vladimir_putin"),
                               unique in the kb */
  const char *label;        /* canonical name */
  const char *iso3;         /* ISO 3166 alpha-3, or NULL */
  const char *const *aliases; /* other surface forms seen, longest first, then by bytes */
  size_t n_aliases;
  const char *const *doc_sample; /* names of the documents it occurs in, sorted in
                               byte order: all of them, or the KABAR_DOC_SAMPLE
                               smallest when there are more (all of them:
                               kabar_kb_entity_docs()) */
  size_t n_doc_sample;      /* min(n_docs, KABAR_DOC_SAMPLE) */
  size_t n_docs;            /* how many documents it occurs in (distinct, exact) */
  size_t mentions;          /* how many times it was mentioned: its rows in mentions.tsv */
} kabar_entity;

/* One aggregated fact (an edge of the graph): all mentions of one
 * (subject, relation, object); symmetric relations are stored with
 * subject index < object index. */
typedef struct kabar_fact {
  size_t subject, object;   /* entity indices */
  kabar_relation relation;
  size_t mentions;          /* all mentions, whatever their status */
  size_t n_docs;            /* distinct documents */
  size_t by_status[KABAR_FS__COUNT];
  const char *first_date;   /* earliest date of a mention ("2024", "2024-06",
                               "2024-06-19"), or NULL when none had one */
  const char *last_date;
} kabar_fact;

/* One mention of a fact: what a sentence says, with its provenance. The
 * strings are valid only during the callback that receives it. */
typedef struct kabar_mention {
  const char *doc;          /* document name */
  size_t sentence;          /* 1-based, within the document */
  size_t start, end;        /* byte span of the sentence: bytes into the input file,
                               as for kabar_entity_mention (a BOM counts; for HTML,
                               into the extracted text) */
  size_t subject, object;   /* entity indices */
  kabar_relation relation;
  kabar_fact_status status;
  size_t claimant;          /* who alleges or denies it, or KABAR_NONE */
  const char *date;         /* ISO 8601 (partial) date, or NULL */
  const char *evidence;     /* the sentence text, tabs and newlines as spaces */
} kabar_mention;

/* How an entity mention was found (mentions.tsv's `kind`). */
typedef enum kabar_mention_kind {
  KABAR_MK_LEXICON = 0, /* a name from data/lexicon/ */
  KABAR_MK_TITLE,       /* a name after a role title, rank or honorific */
  KABAR_MK_APPOSITION,  /* a name beside its title or description ("X, menteri ...") */
  KABAR_MK_HEAD,        /* a body, agreement or event named by its head noun */
  KABAR_MK_PATTERN,     /* another name pattern (an unknown capitalised name, an acronym) */
  KABAR_MK_MODEL,       /* an unknown name the statistical tagger reads as one */
  KABAR_MK_DESCRIPTION, /* an agreement described, not named ("nota kesepahaman itu") */
  KABAR_MK_REFERENCE,   /* "ia", "negara itu", "-nya", "kedua negara", "presiden" */
  KABAR_MK_IMPLIED,     /* not in the text: implied by a fact (a person's own state);
                           the span is the fact's sentence */
  KABAR_MK__COUNT
} kabar_mention_kind;

/* "lexicon", "title", "apposition", "head", "pattern", "model",
 * "description", "reference", "implied". */
const char *kabar_mention_kind_name(kabar_mention_kind kind);

/* One mention of an entity. Offsets are bytes into the input file (for
 * HTML, into the text kabar extracted from it). The strings are valid only
 * during the call that receives it. */
typedef struct kabar_entity_mention {
  const char *doc;          /* document name */
  size_t sentence;          /* 1-based, within the document */
  size_t start, end;        /* byte span of the surface text */
  const char *surface;      /* the text of the span, tabs and newlines as spaces */
  size_t entity;            /* entity index */
  kabar_mention_kind kind;
} kabar_entity_mention;

/* A document as the exporters see it. */
typedef struct kabar_kb_doc {
  const char *name;         /* file name without extension */
  const char *path;
  const char *title;        /* may be NULL */
  const char *date;         /* when it was published (ISO 8601, maybe partial: HTML
                               meta, a dateline, --date), or NULL */
  const char *url;          /* its canonical URL (HTML), or NULL */
  char sha256[65];          /* hex */
  size_t n_sentences;
  size_t n_mentions;
} kabar_kb_doc;

typedef struct kabar_kb kabar_kb;

/* A new, empty kb; NULL when out of memory. Free with kabar_kb_free(). */
kabar_kb *kabar_kb_new(void);
void kabar_kb_free(kabar_kb *kb); /* NULL is a no-op */

/* Starts a document; entities and mentions added until the next call belong
 * to it. `title` may be NULL; `sha256` is 32 raw bytes or NULL. */
kabar_status kabar_kb_begin_doc(kabar_kb *kb, const char *name, const char *path,
                                const char *title, const unsigned char *sha256,
                                size_t n_sentences);

/* Records the current document's publication date (ISO 8601) and
 * canonical URL; either may be NULL or "". */
kabar_status kabar_kb_set_doc_meta(kabar_kb *kb, const char *date, const char *url);

/* Finds or adds the entity of this type and canonical label (states are
 * keyed by iso3 when it is given), records `surface` as an alias when it
 * differs from the label, and counts one mention in the current document.
 * Returns the entity index, or KABAR_NONE when out of memory. */
size_t kabar_kb_entity(kabar_kb *kb, kabar_entity_type type, const char *label,
                       const char *iso3, const char *surface);

/* Adds a mention (its `doc` is ignored: the current document is used) and
 * aggregates it into its fact. Symmetric relations are normalized. */
kabar_status kabar_kb_add_mention(kabar_kb *kb, const kabar_mention *m);

/* Adds a mention of an entity to the current document (its `doc` is
 * ignored) and counts it in the entity's `mentions`. Entity mentions are
 * spooled like fact mentions. */
kabar_status kabar_kb_add_entity_mention(kabar_kb *kb, const kabar_entity_mention *m);

/* Ends input: sorts aliases and documents, builds the fact list. Call once
 * before reading. */
kabar_status kabar_kb_finish(kabar_kb *kb);

size_t kabar_kb_n_entities(const kabar_kb *kb);
const kabar_entity *kabar_kb_get_entity(const kabar_kb *kb, size_t index);
/* Every document the entity `index` occurs in (its n_docs), read back from
 * the kb's temporary file, sorted in byte order: *names is malloc'd (free
 * it; the strings are the kb's). After kabar_kb_finish(). KABAR_OK,
 * KABAR_ERR_NOMEM, KABAR_ERR_IO (the file could not be read) or
 * KABAR_ERR_USAGE. */
kabar_status kabar_kb_entity_docs(const kabar_kb *kb, size_t index, const char ***names,
                                  size_t *n);
size_t kabar_kb_n_facts(const kabar_kb *kb);
const kabar_fact *kabar_kb_get_fact(const kabar_kb *kb, size_t index);
size_t kabar_kb_n_docs(const kabar_kb *kb);
const kabar_kb_doc *kabar_kb_get_doc(const kabar_kb *kb, size_t index);
size_t kabar_kb_n_mentions(const kabar_kb *kb);

/* Calls `fn` for every mention in input order; stops and returns the first
 * non-OK status `fn` returns. */
typedef kabar_status (*kabar_mention_fn)(void *user, const kabar_mention *m);
kabar_status kabar_kb_foreach_mention(const kabar_kb *kb, kabar_mention_fn fn, void *user);

/* Entity mentions, like fact mentions: counted, and replayed in input order. */
size_t kabar_kb_n_entity_mentions(const kabar_kb *kb);
typedef kabar_status (*kabar_entity_mention_fn)(void *user, const kabar_entity_mention *m);
kabar_status kabar_kb_foreach_entity_mention(const kabar_kb *kb, kabar_entity_mention_fn fn,
                                             void *user);

#ifdef __cplusplus
}
#endif
#endif
