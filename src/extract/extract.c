/* SPDX-License-Identifier: MIT */
/* Rule-based extraction over tokens: entity mentions (lexicon, role titles,
 * name patterns), their identity within and across documents, then facts
 * from verbal clauses, passives and nominalizations, each with its status.
 *
 * Work per document is linear in its length: every rule looks at a bounded
 * window of tokens around a cue. */
#include "extract.h"
#include "cues.h"

#include "common/arena.h"
#include "common/strmap.h"
#include "common/try.h"
#include "lexicon/compact.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE KABAR_NONE
#define WINDOW 7      /* words a rule looks past a cue for an argument */
#define MAX_ARGS 8    /* entities in one coordinated argument */

/* ---- the extractor ---- */

/* What kabar knows of a word, looked up once per distinct word and kept
 * across documents: one hash lookup per token instead of one per table. */
typedef struct lexeme {
  const char *compact;
  unsigned wcat;
  const kabar_root_info *root;
  kabar_morph morph;
  const kabar_status_cue *status;
  unsigned char first_entity, first_role;
} lexeme;

#define MAX_LEXEMES 2000000 /* beyond this, words are analyzed without caching */

struct kabar_extractor {
  kabar_lexicon *lex;
  kabar_cues *cues;
  kabar_strmap *lexeme_index; /* normalized word -> lexeme */
  lexeme *lexemes;
  size_t n_lexemes, cap_lexemes;
  kabar_buf lexeme_buf;
  /* People met so far, across documents: compact full name -> label, and a
   * bare family or given name -> label ("" when two people share it). */
  kabar_arena *arena;
  kabar_strmap *person_full;
  kabar_strmap *person_short;  /* from the lexicon */
  kabar_strmap *person_recent; /* from the documents read so far */
  struct known_person {
    const char *label;
    const char *iso3; /* or NULL */
  } *people;
  size_t n_people, cap_people;
};

/* ---- per-document state ---- */

typedef struct dent { /* an entity of the document */
  kabar_entity_type type;
  const char *label;
  const char *key;  /* compact key of the label */
  const char *iso3; /* a state's code; for others their state's code */
  size_t state;     /* dent of the state a person, place or body stands for */
  int leader;       /* a person who leads a state: "presiden" refers to them */
  int mononym;      /* a person with one name ("Sugiono"), met after a title */
  int gov;          /* a government body: in a relation between states, its state acts */
  int academic;     /* a university, think tank, medium or firm: its people are affiliated */
  const char *lex_role; /* an office holder's role title from the lexicon, or NULL */
} dent;

enum { MK_NAME, MK_PRON_PERSON, MK_PRON_PLURAL, MK_PAIR, MK_REF_STATE, MK_REF_ORG, MK_PRON_NYA,
       MK_ROLEREF, MK_PAIR_OLD, MK_DROPPED, MK_REF_AGREEMENT, MK_OWN_STATE };

typedef struct ment { /* a mention in a sentence */
  size_t sent;
  size_t tb, te;        /* tokens */
  unsigned kind;        /* MK_* */
  size_t dent[MAX_ARGS]; /* what it refers to (pairs and groups refer to several) */
  size_t n_dent;
  int inner;            /* inside a role phrase or apposition: not an argument */
  int locative;         /* after di/ke/dari: a place stays a place */
  int nominal;          /* a name whose head word is also a cue ("sanksi ...") */
  size_t phrase_tb;     /* a titled name: where its title began ("Presiden Prancis Macron") */
  size_t group;         /* coordination group id (first member's index), or NONE */
} ment;

typedef struct arg {
  size_t d[MAX_ARGS];
  size_t n;
  size_t pos;  /* token where it was found */
  int between; /* introduced by "antara": the members relate to each other */
} arg;

typedef struct pfact {
  size_t sent;
  size_t s, o;
  kabar_relation rel;
  kabar_fact_status status;
  size_t claimant;
} pfact;

typedef struct sent_info {
  size_t m_begin, m_end; /* mentions */
  arg subject;           /* main subject */
  int has_alleged;
  size_t f_begin, f_end; /* facts */
} sent_info;

typedef struct ctx {
  kabar_extractor *x;
  const kabar_doc *doc;
  kabar_arena *arena;
  const char **compact;  /* per token */
  size_t *ment_at;       /* per token: mention index or NONE */
  unsigned *wcat;        /* per token: word categories */
  const kabar_root_info **root; /* per token: the cue root it is built on, or NULL */
  kabar_morph *morph;    /* per token: its analysis, where root is set */
  const kabar_status_cue **status; /* per token: its status cue, or NULL */
  unsigned char *first;  /* per token: 1 may start an entity name, 2 a role title */
  dent *dents;
  size_t n_dents, cap_dents;
  kabar_strmap *dent_keys; /* "type:key" -> dent */
  kabar_strmap *fact_keys; /* facts already taken from a sentence */
  ment *ments;
  size_t n_ments, cap_ments;
  pfact *facts;
  size_t n_facts, cap_facts;
  sent_info *sents;
  size_t pair[2];
  size_t last_alleged_sent; /* sentence with the latest alleged facts, or NONE */
  kabar_buf buf;
} ctx;

static int grow(void **arr, size_t *cap, size_t n, size_t size) {
  if (n < *cap)
    return 0;
  size_t ncap = *cap ? *cap * 2 : 64;
  void *p = realloc(*arr, ncap * size);
  if (!p)
    return -1;
  *arr = p;
  *cap = ncap;
  return 0;
}

static const char *tok_norm(const ctx *c, size_t t) { return c->doc->tokens[t].norm; }

/* The cue root token t is built on (analyzed once per document), or NULL. */
static const kabar_root_info *tok_root(const ctx *c, size_t t, kabar_morph *m) {
  if (c->root[t] && m)
    *m = c->morph[t];
  return c->root[t];
}
static unsigned tok_flags(const ctx *c, size_t t) { return c->doc->tokens[t].flags; }
static int tok_is(const ctx *c, size_t t, const char *w) { return strcmp(tok_norm(c, t), w) == 0; }

/* The compact key of tokens [b, e), in the arena. */
static const char *compact_span(ctx *c, size_t b, size_t e) {
  c->buf.len = 0;
  for (size_t t = b; t < e; t++)
    if (kabar_compact_append(&c->buf, tok_norm(c, t), strlen(tok_norm(c, t))) < 0)
      return NULL;
  return kabar_arena_strndup(c->arena, c->buf.data ? c->buf.data : "", c->buf.len);
}

/* The original text of tokens [b, e). */
static const char *text_span(ctx *c, size_t b, size_t e) {
  const kabar_token *tk = c->doc->tokens;
  return kabar_arena_strndup(c->arena, c->doc->text + tk[b].start, tk[e - 1].end - tk[b].start);
}

/* ---- entities of the document ---- */

/* The map key of an entity: its type's digit, ':', its key (truncated). */
static size_t dent_key(char buf[600], kabar_entity_type type, const char *key) {
  size_t n = strlen(key);
  if (n > 597)
    n = 597;
  buf[0] = (char)('0' + (int)type);
  buf[1] = ':';
  memcpy(buf + 2, key, n);
  return n + 2;
}

static size_t find_dent(ctx *c, kabar_entity_type type, const char *key) {
  char buf[600];
  size_t v, n = dent_key(buf, type, key);
  return kabar_strmap_get(c->dent_keys, buf, n, &v) ? v : NONE;
}

static size_t add_dent(ctx *c, kabar_entity_type type, const char *label, const char *iso3) {
  const char *key;
  c->buf.len = 0;
  if (kabar_compact_append(&c->buf, label, strlen(label)) < 0)
    return NONE;
  key = type == KABAR_ENT_STATE && iso3 ? iso3
                                        : kabar_arena_strndup(c->arena, c->buf.data, c->buf.len);
  if (!key)
    return NONE;
  size_t d = find_dent(c, type, key);
  if (d != NONE)
    return d;
  if (grow((void **)&c->dents, &c->cap_dents, c->n_dents, sizeof *c->dents) < 0)
    return NONE;
  d = c->n_dents++;
  dent *e = &c->dents[d];
  memset(e, 0, sizeof *e);
  e->type = type;
  e->label = kabar_arena_strdup(c->arena, label);
  e->key = key;
  e->iso3 = iso3 ? kabar_arena_strdup(c->arena, iso3) : NULL;
  e->state = NONE;
  char buf[600];
  size_t kn = dent_key(buf, type, key);
  if (!e->label || kabar_strmap_put(c->dent_keys, buf, kn, d) < 0)
    return NONE;
  return d;
}

/* The dent of a state by code, added from the lexicon when needed. */
static size_t state_dent(ctx *c, const char *iso3) {
  if (!iso3)
    return NONE;
  size_t d = find_dent(c, KABAR_ENT_STATE, iso3);
  if (d != NONE)
    return d;
  const kabar_lex_entity *le = kabar_lexicon_state(c->x->lex, iso3);
  return le ? add_dent(c, KABAR_ENT_STATE, le->label, iso3) : NONE;
}

static size_t lex_dent(ctx *c, const kabar_lex_entity *le) {
  size_t d = add_dent(c, le->type, le->label, le->iso3);
  if (d != NONE && le->type == KABAR_ENT_PERSON && !strchr(le->label, ' '))
    c->dents[d].mononym = 1; /* the lexicon's one-name people ("Sugiono") */
  if (d != NONE && le->type != KABAR_ENT_STATE && le->iso3 && c->dents[d].state == NONE)
    c->dents[d].state = state_dent(c, le->iso3);
  if (d != NONE && le->type == KABAR_ENT_ORGANIZATION && strcmp(le->kind, "gov") == 0)
    c->dents[d].gov = 1;
  if (d != NONE && le->type == KABAR_ENT_ORGANIZATION &&
      (!strcmp(le->kind, "university") || !strcmp(le->kind, "thinktank") ||
       !strcmp(le->kind, "media") || !strcmp(le->kind, "company") || !strcmp(le->kind, "ngo")))
    c->dents[d].academic = 1;
  if (d != NONE && le->type == KABAR_ENT_PERSON && le->kind[0]) {
    c->dents[d].lex_role = le->kind;
    const kabar_lex_role *r = kabar_lexicon_role(c->x->lex, le->kind);
    if (r && r->relation == KABAR_REL_LEADER_OF)
      c->dents[d].leader = 1;
  }
  return d;
}

static size_t add_ment(ctx *c, size_t sent, size_t tb, size_t te, unsigned kind) {
  if (grow((void **)&c->ments, &c->cap_ments, c->n_ments, sizeof *c->ments) < 0)
    return NONE;
  size_t m = c->n_ments++;
  ment *mm = &c->ments[m];
  memset(mm, 0, sizeof *mm);
  mm->sent = sent;
  mm->tb = tb;
  mm->te = te;
  mm->kind = kind;
  mm->group = NONE;
  mm->phrase_tb = tb;
  for (size_t t = tb; t < te; t++)
    c->ment_at[t] = m;
  return m;
}

static size_t add_name_ment(ctx *c, size_t sent, size_t tb, size_t te, size_t d) {
  size_t m = add_ment(c, sent, tb, te, MK_NAME);
  if (m != NONE) {
    c->ments[m].dent[0] = d;
    c->ments[m].n_dent = 1;
  }
  return m;
}

/* Lexicon lookups at token t, skipped at once for words no name starts with. */
static size_t match_entity(const ctx *c, size_t t, size_t end, const kabar_lex_entity **le) {
  const kabar_lex_entity *dummy;
  return (c->first[t] & 1) ? kabar_lexicon_match_entity(c->x->lex, c->doc->tokens, c->compact, t,
                                                        end, le ? le : &dummy)
                           : 0;
}

static size_t match_role(const ctx *c, size_t t, size_t end, const kabar_lex_role **lr) {
  const kabar_lex_role *dummy;
  return (c->first[t] & 2) ? kabar_lexicon_match_role(c->x->lex, c->doc->tokens, c->compact, t,
                                                      end, lr ? lr : &dummy)
                           : 0;
}

/* ---- people: full names, short names, across documents ---- */

static const char *person_known_full(kabar_extractor *x, const char *key) {
  size_t v;
  return kabar_strmap_get(x->person_full, key, strlen(key), &v) ? x->people[v].label : NULL;
}

/* Records a person: from the lexicon (`seen` 0), a bare name stands for them
 * only when no one else in the lexicon shares it; from a document (`seen`
 * 1), the bare name stands for the person last met with it. */
static void person_remember(kabar_extractor *x, const char *label, const char *key,
                            const char *first, const char *last, const char *iso3, int seen) {
  size_t v;
  if (!kabar_strmap_get(x->person_full, key, strlen(key), &v)) {
    if (grow((void **)&x->people, &x->cap_people, x->n_people, sizeof *x->people) < 0)
      return;
    v = x->n_people++;
    x->people[v].label = kabar_arena_strdup(x->arena, label);
    x->people[v].iso3 = iso3 ? kabar_arena_strdup(x->arena, iso3) : NULL;
    kabar_strmap_put(x->person_full, key, strlen(key), v);
  }
  const char *parts[2] = {first, last};
  for (int i = 0; i < 2; i++) {
    if (!parts[i] || !*parts[i] || (i == 1 && first && strcmp(first, last) == 0))
      continue;
    size_t n = strlen(parts[i]), old;
    if (kabar_strmap_get(x->person_full, parts[i], n, NULL))
      continue; /* someone's whole name is this one word */
    if (seen)
      kabar_strmap_put(x->person_recent, parts[i], n, v);
    else if (!kabar_strmap_get(x->person_short, parts[i], n, &old))
      kabar_strmap_put(x->person_short, parts[i], n, v);
    else if (old != v)
      kabar_strmap_put(x->person_short, parts[i], n, NONE); /* ambiguous */
  }
}

/* A person named by tokens [b, e), resolved to the full name it stands for
 * in this document, in earlier documents or in the lexicon; NONE when the
 * name is unknown (see person_new()). */
static size_t person_lookup(ctx *c, size_t b, size_t e) {
  const char *key = compact_span(c, b, e);
  if (!key || !*key)
    return NONE;
  size_t d = find_dent(c, KABAR_ENT_PERSON, key);
  if (d != NONE)
    return d;
  const char *known = person_known_full(c->x, key);
  if (known) {
    d = add_dent(c, KABAR_ENT_PERSON, known, NULL);
    if (d != NONE && !strchr(known, ' '))
      c->dents[d].mononym = 1;
    return d;
  }
  if (e - b > 1)
    return NONE;
  /* one word: a family or given name of someone in this document */
  size_t found = NONE;
  kabar_buf tmp = {0};
  for (size_t i = 0; i < c->n_dents; i++) {
    dent *p = &c->dents[i];
    if (p->type != KABAR_ENT_PERSON || !strchr(p->label, ' '))
      continue;
    const char *lab = p->label;
    const char *lastsp = strrchr(lab, ' ');
    int hit = 0;
    tmp.len = 0;
    if (kabar_compact_append(&tmp, lab, strcspn(lab, " ")) == 0 && tmp.data &&
        strcmp(tmp.data, key) == 0)
      hit = 1;
    tmp.len = 0;
    if (!hit && kabar_compact_append(&tmp, lastsp + 1, strlen(lastsp + 1)) == 0 && tmp.data &&
        strcmp(tmp.data, key) == 0)
      hit = 1;
    if (hit) {
      if (found != NONE && found != i) {
        found = NONE; /* two people share the name: leave it */
        break;
      }
      found = i;
    }
  }
  kabar_buf_free(&tmp);
  if (found != NONE)
    return found;
  size_t v;
  if ((kabar_strmap_get(c->x->person_recent, key, strlen(key), &v) ||
       kabar_strmap_get(c->x->person_short, key, strlen(key), &v)) &&
      v != NONE) {
    d = add_dent(c, KABAR_ENT_PERSON, c->x->people[v].label, NULL);
    if (d != NONE && c->x->people[v].iso3 && c->dents[d].state == NONE)
      c->dents[d].state = state_dent(c, c->x->people[v].iso3);
    return d;
  }
  return NONE;
}

/* A new person named by tokens [b, e) (two words at least). */
static size_t person_new(ctx *c, size_t b, size_t e) {
  if (e - b < 2)
    return NONE;
  const char *label = text_span(c, b, e);
  return label ? add_dent(c, KABAR_ENT_PERSON, label, NULL) : NONE;
}

/* ---- mentions: lexicon, roles, names ---- */

static int is_name_token(const ctx *c, size_t t) {
  unsigned f = tok_flags(c, t);
  if (!(f & KABAR_TOK_WORD) || !(f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return 0;
  return c->wcat[t] == 0;
}

/* The end of a run of capitalized name tokens from t (at most 5). */
static size_t name_run(ctx *c, size_t t, size_t end) {
  size_t k = t;
  while (k < end && k - t < 5 && is_name_token(c, k)) {
    const kabar_lex_entity *le;
    const kabar_lex_role *lr;
    size_t rl = k > t ? match_role(c, k, end, &lr) : 0;
    /* a title word between two names is part of the name ("Rizal Hakim Pratama") */
    if (rl == 1 && k + 1 < end && is_name_token(c, k + 1) && !match_role(c, k + 1, end, &lr) &&
        !match_entity(c, k + 1, end, &le))
      rl = 0;
    if (k > t && (match_entity(c, k, end, &le) || rl))
      break;
    k++;
  }
  return k;
}

/* A name at t: a person from the lexicon, or a capitalized run. Returns the
 * end token and sets *d, or returns t when there is none. */
static size_t person_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d) {
  const kabar_lex_entity *le;
  size_t n = match_entity(c, t, end, &le);
  size_t run = name_run(c, t, end);
  if (n && le->type == KABAR_ENT_PERSON && run > t + n && c->doc->sentences[sent].kind == KABAR_SENT_TEXT &&
      (n == 1 || tok_is(c, run - 1, "jr") || tok_is(c, run - 1, "sr"))) {
    /* "Nasser Kanaani" is not Gamal Abdel Nasser, "Ferdinand Marcos Jr" not his father */
    size_t e = run;
    *d = person_lookup(c, t, e);
    if (*d == NONE)
      *d = person_new(c, t, e);
    if (*d != NONE)
      return e;
  }
  if (n && le->type == KABAR_ENT_PERSON) {
    *d = lex_dent(c, le);
    return *d == NONE ? t : t + n;
  }
  if (n)
    return t;
  size_t e = run;
  if (e == t)
    return t;
  *d = person_lookup(c, t, e);
  if (*d == NONE)
    *d = person_new(c, t, e);
  if (*d == NONE && e == t + 1 && strlen(tok_norm(c, t)) >= 3 &&
      !(tok_flags(c, t) & KABAR_TOK_UPPER) &&
      !kabar_strmap_get(c->x->person_short, c->compact[t], strlen(c->compact[t]), NULL)) {
    /* one name after a title: many Indonesians have one ("Menlu Sugiono") */
    const char *label = text_span(c, t, e);
    *d = label ? add_dent(c, KABAR_ENT_PERSON, label, NULL) : NONE;
    if (*d != NONE)
      c->dents[*d].mononym = 1;
  }
  return *d == NONE ? t : e;
}

static kabar_status add_fact(ctx *c, size_t sent, size_t s, kabar_relation rel, size_t o,
                             kabar_fact_status st, size_t claimant);
static size_t state_of(ctx *c, size_t d);

/* An entity (state, body) right after a role title: "Presiden Rusia",
 * "Juru bicara Pentagon", "kepala Departemen Studi Rusia di ...". Returns
 * the end and sets *d (or NONE). */
static size_t entity_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d, int inner);

/* A role title at t: "[role] [state or body][,] [Name]". Returns the token
 * after what it used. */
static size_t headed_name(ctx *c, size_t t, size_t end, kabar_entity_type *type);

static size_t handle_role(ctx *c, size_t sent, size_t t, size_t n, const kabar_lex_role *role,
                          size_t end) {
  size_t k = t + n;
  size_t aff = NONE;
  size_t ke = entity_at(c, sent, k, end, &aff, 1);
  if (ke > k)
    k = ke;
  if (aff == NONE) {
    /* a short description, then "dari"/"di" and the body */
    size_t q = k;
    while (q < end && q < k + 3 && (tok_flags(c, q) & KABAR_TOK_WORD) &&
           !(tok_flags(c, q) & KABAR_TOK_CAP) && !(c->wcat[q] & (W_PREP | W_BOUNDARY)))
      q++;
    const kabar_lex_entity *peek = NULL;
    kabar_entity_type ht;
    int body = q + 1 < end && (headed_name(c, q + 1, end, &ht) > q + 1 ||
                               (match_entity(c, q + 1, end, &peek) &&
                                peek->type == KABAR_ENT_ORGANIZATION));
    if (body && (tok_is(c, q, "dari") || tok_is(c, q, "di"))) {
      size_t ke2 = entity_at(c, sent, q + 1, end, &aff, 1);
      if (ke2 > q + 1 && aff != NONE && c->dents[aff].type == KABAR_ENT_ORGANIZATION)
        k = ke2;
      else
        aff = NONE;
    }
  }
  if (aff != NONE && k + 1 < end && tok_is(c, k, "untuk")) {
    /* "Duta Besar Korea Utara untuk PBB Kim Song": the post is for the first */
    size_t other = NONE;
    size_t ke3 = entity_at(c, sent, k + 1, end, &other, 1);
    if (ke3 > k + 1)
      k = ke3;
  }
  size_t j = k;
  if (j < end && tok_is(c, j, ","))
    j++;
  size_t person = NONE;
  size_t pe = j < end ? person_at(c, sent, j, end, &person) : j;
  if (pe > j && person != NONE) {
    size_t pm = add_name_ment(c, sent, j, pe, person);
    if (pm != NONE)
      c->ments[pm].phrase_tb = t;
    dent *p = &c->dents[person];
    if (aff == NONE && p->lex_role && p->state != NONE && role->relation == KABAR_REL_LEADER_OF &&
        strcmp(p->lex_role, role->title) == 0) {
      /* "Presiden Soekarno": the lexicon of office holders knows the state */
      add_fact(c, sent, person, KABAR_REL_LEADER_OF, p->state, KABAR_FS_ASSERTED, NONE);
      p->leader = 1;
    }
    if (aff != NONE && c->dents[aff].type == KABAR_ENT_PLACE) {
      const kabar_lex_entity *pl = kabar_lexicon_lookup(c->x->lex, c->dents[aff].label);
      if (pl && (pl->flags & KABAR_LEX_METONYM))
        aff = state_of(c, aff); /* "Juru bicara Kremlin Dmitry Peskov" */
    }
    if (aff != NONE) {
      dent *a = &c->dents[aff];
      kabar_relation rel = role->relation;
      if (a->type == KABAR_ENT_STATE && rel == KABAR_REL_AFFILIATED_WITH)
        rel = KABAR_REL_OFFICIAL_OF;
      if (a->type == KABAR_ENT_ORGANIZATION && a->academic && rel == KABAR_REL_OFFICIAL_OF)
        rel = KABAR_REL_AFFILIATED_WITH; /* "peneliti Pusat Studi ..." */
      if (a->type == KABAR_ENT_STATE || a->type == KABAR_ENT_ORGANIZATION)
        add_fact(c, sent, person, rel, aff, KABAR_FS_ASSERTED, NONE);
      size_t st = a->type == KABAR_ENT_STATE ? aff : a->state;
      if (st != NONE && (p->state == NONE || a->type == KABAR_ENT_STATE))
        p->state = st;
      if (a->type == KABAR_ENT_STATE && role->relation == KABAR_REL_LEADER_OF)
        p->leader = 1;
    }
    return pe;
  }
  if (aff == NONE && role->relation == KABAR_REL_LEADER_OF && strcmp(role->kind, "head") == 0) {
    /* "presiden" alone: the leader met before in this document */
    for (size_t i = c->n_dents; i-- > 0;)
      if (c->dents[i].type == KABAR_ENT_PERSON && c->dents[i].leader &&
          (c->dents[i].mononym || strchr(c->dents[i].label, ' '))) {
        size_t m = add_ment(c, sent, t, t + n, MK_ROLEREF);
        if (m != NONE) {
          c->ments[m].dent[0] = i;
          c->ments[m].n_dent = 1;
        }
        break;
      }
  }
  /* The body or state alone acts: "Juru bicara Pentagon mengatakan". */
  if (aff != NONE && c->ment_at[t + n] != NONE) {
    c->ments[c->ment_at[t + n]].inner = 0;
    c->ments[c->ment_at[t + n]].phrase_tb = t; /* "Sejumlah pejabat India menuduh ..." */
  }
  return k > t + n ? k : t + n;
}

/* A name starting with a head word: "Universitas Luar Negeri Hankuk". */
static size_t headed_name_parent(ctx *c, size_t t, size_t end, kabar_entity_type *type,
                                 const kabar_lex_entity **parent);

static size_t headed_name(ctx *c, size_t t, size_t end, kabar_entity_type *type) {
  return headed_name_parent(c, t, end, type, NULL);
}

static size_t headed_name_parent(ctx *c, size_t t, size_t end, kabar_entity_type *type,
                                 const kabar_lex_entity **parent) {
  unsigned w = c->wcat[t];
  if (!(tok_flags(c, t) & KABAR_TOK_CAP) || !(w & (W_HEAD_ORG | W_HEAD_AGREEMENT | W_HEAD_EVENT)))
    return t;
  *type = (w & W_HEAD_ORG) ? KABAR_ENT_ORGANIZATION
          : (w & W_HEAD_AGREEMENT) ? KABAR_ENT_AGREEMENT : KABAR_ENT_EVENT;
  size_t k = t + 1;
  while (k < end && k - t < 12) {
    unsigned f = tok_flags(c, k);
    /* a treaty's title may be a list: "Perjanjian Persahabatan, Kerja Sama,
     * dan Saling Bantu" */
    if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && k + 1 < end &&
        (tok_is(c, k, ",") || tok_is(c, k, "dan"))) {
      size_t q = k + 1;
      if (tok_is(c, k, ",") && q < end && tok_is(c, q, "dan"))
        q++;
      if (q < end && (tok_flags(c, q) & KABAR_TOK_CAP) && !c->wcat[q] &&
          !match_entity(c, q, end, NULL)) {
        k = q;
        continue;
      }
    }
    if (!(f & KABAR_TOK_WORD) || !(f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
      break;
    /* a body's name ends with the state or seat it belongs to: "Kementerian
     * Luar Negeri China | Lin Jian", "Dewan Keamanan Nasional Gedung Putih |
     * Sean Savett"; a person's name may follow */
    const kabar_lex_entity *le;
    size_t n = match_entity(c, k, end, &le);
    if (n && (le->type == KABAR_ENT_STATE || (le->flags & KABAR_LEX_METONYM))) {
      k += n;
      break;
    }
    if (match_role(c, k, end, NULL))
      break; /* "Kantor | Perdana Menteri Israel Benjamin Netanyahu" */
    if (n && le->type == KABAR_ENT_PERSON)
      break; /* "... Partai Buruh Korea | Kim Yo Jong" */
    if (n && le->type == KABAR_ENT_ORGANIZATION && k > t) {
      /* "Departemen Komite Sentral Partai Buruh Korea": a part of a known
       * body is named by it; the caller folds the run into that body */
      k += n;
      if (parent)
        *parent = le;
      break;
    }
    k++;
  }
  return k - t >= 2 ? k : t;
}

static size_t entity_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d, int inner) {
  *d = NONE;
  if (t >= end)
    return t;
  kabar_entity_type ht;
  const kabar_lex_entity *parent = NULL;
  size_t he = headed_name_parent(c, t, end, &ht, &parent);
  const kabar_lex_entity *le;
  size_t n = match_entity(c, t, end, &le);
  if (he > t && he - t > n && n < 2 && parent) {
    *d = lex_dent(c, parent);
    if (*d != NONE) {
      size_t m = add_name_ment(c, sent, t, he, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
    }
    return he;
  }
  if (he > t && he - t > n && n < 2) {
    const char *label = text_span(c, t, he);
    *d = label ? add_dent(c, ht, label, NULL) : NONE;
    if (*d != NONE && ht == KABAR_ENT_ORGANIZATION &&
        (tok_is(c, t, "universitas") || tok_is(c, t, "institut") || tok_is(c, t, "akademi") ||
         tok_is(c, t, "sekolah") || tok_is(c, t, "pusat") || tok_is(c, t, "departemen")))
      c->dents[*d].academic = !tok_is(c, t, "departemen") || he - t >= 2;
    if (*d != NONE && ht == KABAR_ENT_ORGANIZATION) {
      /* "Kementerian Luar Negeri China": a body of the state it ends with */
      for (size_t q = t + 1; q < he; q++) {
        const kabar_lex_entity *sl;
        size_t sn = match_entity(c, q, he, &sl);
        if (sn && q + sn == he && (sl->type == KABAR_ENT_STATE || (sl->flags & KABAR_LEX_METONYM))) {
          c->dents[*d].state = sl->type == KABAR_ENT_STATE ? lex_dent(c, sl) : state_dent(c, sl->iso3);
          c->dents[*d].gov = (c->wcat[t] & W_HEAD_ORG) != 0;
        }
      }
    }
    if (*d != NONE) {
      size_t m = add_name_ment(c, sent, t, he, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
    }
    return he;
  }
  if (n && le->type != KABAR_ENT_PERSON) {
    *d = lex_dent(c, le);
    if (*d != NONE) {
      size_t m = add_name_ment(c, sent, t, t + n, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
    }
    return t + n;
  }
  return t;
}

/* After a person's name: ", [seorang] role [entity] [di entity]". */
static size_t apposition(ctx *c, size_t sent, size_t t, size_t end, size_t person) {
  if (t + 1 >= end || !tok_is(c, t, ","))
    return t;
  size_t k = t + 1;
  if (c->wcat[k] & W_ARTICLE)
    k++;
  const kabar_lex_role *role;
  size_t n = k < end ? match_role(c, k, end, &role) : 0;
  if (!n)
    return t;
  k += n;
  size_t aff = NONE, a2 = NONE;
  size_t ke = entity_at(c, sent, k, end, &aff, 1);
  if (ke > k)
    k = ke;
  /* "kepala Departemen Studi Rusia di Universitas ...": the body after "di" */
  for (size_t q = k; q < end && q < k + 5; q++) {
    if (tok_is(c, q, "di")) {
      k = q;
      break;
    }
    if (!(tok_flags(c, q) & KABAR_TOK_WORD) || (c->wcat[q] & (W_BOUNDARY | W_PREP)))
      break;
  }
  if (k + 1 < end && tok_is(c, k, "di")) {
    size_t ke2 = entity_at(c, sent, k + 1, end, &a2, 1);
    if (ke2 == k + 1 && is_name_token(c, k + 1)) {
      /* an unknown body after "di": "analis di Open Nuclear Network" */
      size_t e2 = name_run(c, k + 1, end);
      const char *label = text_span(c, k + 1, e2);
      a2 = label ? add_dent(c, KABAR_ENT_ORGANIZATION, label, NULL) : NONE;
      if (a2 != NONE) {
        size_t m = add_name_ment(c, sent, k + 1, e2, a2);
        if (m != NONE)
          c->ments[m].inner = 1;
      }
      ke2 = e2;
    }
    if (a2 != NONE) {
      aff = a2;
      k = ke2;
    }
  }
  dent *p = &c->dents[person];
  if (aff != NONE) {
    dent *a = &c->dents[aff];
    kabar_relation rel = role->relation;
    if (a->type == KABAR_ENT_STATE && rel == KABAR_REL_AFFILIATED_WITH)
      rel = KABAR_REL_OFFICIAL_OF;
    if (a->type == KABAR_ENT_ORGANIZATION && rel != KABAR_REL_LEADER_OF &&
        ((a2 == aff && strcmp(role->kind, "expert") == 0) || a->academic))
      rel = KABAR_REL_AFFILIATED_WITH; /* "kepala Departemen ... di Universitas ..." */
    if (a->type == KABAR_ENT_STATE || a->type == KABAR_ENT_ORGANIZATION)
      add_fact(c, sent, person, rel, aff, KABAR_FS_ASSERTED, NONE);
    size_t st = a->type == KABAR_ENT_STATE ? aff : a->state;
    if (st != NONE && p->state == NONE)
      p->state = st;
    if (a->type == KABAR_ENT_STATE && role->relation == KABAR_REL_LEADER_OF)
      p->leader = 1;
  }
  return k;
}

/* Pronouns and phrases that refer back ("kedua negara", "negara itu"). */
static size_t reference_at(ctx *c, size_t sent, size_t t, size_t end) {
  unsigned w = c->wcat[t];
  const char *n = tok_norm(c, t);
  if (w & W_PRON_PERSON)
    return add_ment(c, sent, t, t + 1, MK_PRON_PERSON) == NONE ? t : t + 1;
  if (w & W_PRON_PLURAL)
    return add_ment(c, sent, t, t + 1, MK_PRON_PLURAL) == NONE ? t : t + 1;
  if (w & W_PRON_PAIR)
    return add_ment(c, sent, t, t + 1, MK_PAIR) == NONE ? t : t + 1;
  if (w & W_PRON_NYA)
    return add_ment(c, sent, t, t + 1, MK_PRON_NYA) == NONE ? t : t + 1;
  if (strcmp(n, "negaranya") == 0 || strcmp(n, "pemerintahnya") == 0)
    return add_ment(c, sent, t, t + 1, MK_OWN_STATE) == NONE ? t : t + 1;
  if ((strcmp(n, "kedua") == 0 || strcmp(n, "antarkedua") == 0 || strcmp(n, "ketiga") == 0 ||
       strcmp(n, "keempat") == 0) &&
      t + 1 < end) {
    size_t k = t + 1;
    if (tok_is(c, k, "belah") && k + 1 < end)
      k++;
    if (tok_is(c, k, "negara") || tok_is(c, k, "pihak") || tok_is(c, k, "pemimpin") ||
        tok_is(c, k, "ibu"))
      return add_ment(c, sent, t, k + 1, MK_PAIR) == NONE ? t : k + 1;
  }
  if ((w & (W_REF_STATE | W_REF_ORG | W_REF_AGREEMENT)) && t + 1 < end &&
      (c->wcat[t + 1] & W_DEMONSTRATIVE))
    return add_ment(c, sent, t, t + 2,
                    (w & W_REF_STATE) ? MK_REF_STATE
                    : (w & W_REF_ORG) ? MK_REF_ORG
                                      : MK_REF_AGREEMENT) == NONE
               ? t
               : t + 2;
  return t;
}

static int prev_is(const ctx *c, size_t sb, size_t t, unsigned cat) {
  return t > sb && (c->wcat[t - 1] & cat);
}

/* "sanksi(-sanksi) [baru] [AS] terhadap Rusia": a sanctions regime, named
 * after its target (and issuer when the text gives one). */
static size_t sanctions_at(ctx *c, size_t sent, size_t t, size_t end) {
  const char *n = tok_norm(c, t);
  if (strncmp(n, "sanksi", 6) != 0 || (n[6] && strcmp(n + 6, "-sanksi") != 0))
    return t;
  size_t issuer = NONE, target = NONE, ie = t + 1;
  for (size_t k = t + 1; k < end && k <= t + 5; k++) {
    if (c->wcat[k] & W_PREP) {
      if (!(tok_is(c, k, "terhadap") || tok_is(c, k, "atas") || tok_is(c, k, "bagi") ||
            tok_is(c, k, "kepada") || tok_is(c, k, "untuk")) || k + 1 >= end)
        break;
      const kabar_lex_entity *le;
      size_t m = match_entity(c, k + 1, end, &le);
      if (m && (le->type == KABAR_ENT_STATE || (le->flags & KABAR_LEX_METONYM)))
        target = le->type == KABAR_ENT_STATE ? lex_dent(c, le) : state_dent(c, le->iso3);
      break;
    }
    const kabar_lex_entity *le;
    size_t m = match_entity(c, k, end, &le);
    if (m && issuer == NONE && (le->type == KABAR_ENT_STATE || le->type == KABAR_ENT_ORGANIZATION)) {
      issuer = lex_dent(c, le);
      k += m - 1;
      continue;
    }
    if (!(tok_flags(c, k) & KABAR_TOK_WORD) || (tok_flags(c, k) & KABAR_TOK_CAP))
      break;
    ie = k + 1; /* an adjective: "baru", "berat", "ekonomi" */
  }
  if (target == NONE)
    return t;
  /* A sanctions regime is an entity when it is a known one: the UN's
   * against a state ("sanksi PBB terhadap Korea Utara", "sanksi-sanksi baru
   * bagi Korea Utara"); one state's measures are facts, not agreements. */
  char label[512];
  const char *tl = c->dents[target].label;
  int by_un = issuer == NONE;
  if (issuer != NONE) {
    const kabar_lex_entity *un = kabar_lexicon_lookup(c->x->lex, "PBB");
    const kabar_lex_entity *unsc = kabar_lexicon_lookup(c->x->lex, "DK PBB");
    const char *il = c->dents[issuer].label;
    by_un = (un && strcmp(il, un->label) == 0) || (unsc && strcmp(il, unsc->label) == 0);
  }
  if (!by_un)
    return t;
  snprintf(label, sizeof label, "Sanksi PBB terhadap %s", tl);
  const kabar_lex_entity *known = kabar_lexicon_lookup(c->x->lex, label);
  if (!known || known->type != KABAR_ENT_AGREEMENT)
    return t;
  snprintf(label, sizeof label, "%s", known->label);
  size_t d = add_dent(c, KABAR_ENT_AGREEMENT, label, NULL);
  if (d == NONE)
    return t;
  size_t m = add_name_ment(c, sent, t, ie, d);
  if (m != NONE)
    c->ments[m].nominal = 1;
  return t + 1; /* the issuer and target stay mentions of their own */
}

/* Whether a place at t is named as a location ("di Kremlin", "dekat
 * Pyongyang", "di utara Kyiv", "provinsi Teheran"), not as an actor. */
static int locative_before(const ctx *c, size_t sb, size_t t) {
  static const char *const near[] = {"di", "ke", "dari", "menuju", "hingga", "sampai", "dekat",
                                     "sekitar", "kota", "provinsi", "wilayah", "kawasan", "ibu"};
  static const char *const sides[] = {"utara", "selatan", "timur", "barat", "pinggiran", "luar",
                                      "pusat", "tengah", "kota"};
  if (t == sb)
    return 0;
  for (size_t i = 0; i < sizeof near / sizeof near[0]; i++)
    if (tok_is(c, t - 1, near[i]))
      return 1;
  if (t > sb + 1 && (tok_is(c, t - 2, "di") || tok_is(c, t - 2, "ke") || tok_is(c, t - 2, "dari")))
    for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++)
      if (tok_is(c, t - 1, sides[i]))
        return 1;
  return 0;
}

/* An unknown capitalized name [t, e) that its context makes a place ("di
 * Ussuriysk", "pelabuhan Rajin", "Camp David, Maryland") or an event
 * ("latihan militer bersama Balikatan"). Adds the mention; 1 when it did. */
static int unknown_place_or_event(ctx *c, size_t s, size_t t, size_t e) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t end = c->doc->sentences[s].tok_end;
  if (t == sb || c->doc->sentences[s].kind != KABAR_SENT_TEXT)
    return 0;
  /* "Laut | Jawa": a word before a known name is a modifier of it */
  if (e < end && match_entity(c, e, end, NULL))
    return 0;
  kabar_entity_type type;
  size_t p = t - 1;
  if (c->wcat[p] & W_PLACE_NOUN)
    type = KABAR_ENT_PLACE;
  else if (tok_is(c, p, "di") || tok_is(c, p, "ke") || tok_is(c, p, "dari") ||
           tok_is(c, p, "dekat"))
    type = KABAR_ENT_PLACE;
  else if (tok_is(c, p, ",") && p > sb && c->ment_at[p - 1] != NONE &&
           c->ments[c->ment_at[p - 1]].n_dent &&
           c->dents[c->ments[c->ment_at[p - 1]].dent[0]].type == KABAR_ENT_PLACE)
    type = KABAR_ENT_PLACE; /* "Camp David, Maryland" */
  else {
    size_t q = t;
    while (q > sb && q + 4 > t && !(c->wcat[q - 1] & W_EVENT_NOUN) &&
           (c->wcat[q - 1] & W_MILITARY || tok_is(c, q - 1, "bersama") ||
            tok_is(c, q - 1, "gabungan") || tok_is(c, q - 1, "tahunan")))
      q--;
    if (q == sb || !(c->wcat[q - 1] & W_EVENT_NOUN))
      return 0;
    type = KABAR_ENT_EVENT;
  }
  /* a trailing number is part of an event's name: "Orruda 2024" */
  if (type == KABAR_ENT_EVENT && e < end && (tok_flags(c, e) & KABAR_TOK_NUMBER))
    e++;
  const char *label = text_span(c, t, e);
  size_t d = label ? add_dent(c, type, label, NULL) : NONE;
  if (d == NONE)
    return 0;
  size_t m = add_name_ment(c, s, t, e, d);
  if (m != NONE && type == KABAR_ENT_PLACE)
    c->ments[m].locative = 1;
  return 1;
}

/* Finds the mentions of one sentence. */
static kabar_status ner_sentence(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t sb = se->tok_begin, end = se->tok_end;
  size_t t = sb;
  size_t inside_name_end = sb; /* the end of a named agreement or event being read */
  while (t < end) {
    unsigned f = tok_flags(c, t);
    if (f & KABAR_TOK_PUNCT || c->ment_at[t] != NONE) {
      t++;
      continue;
    }
    size_t k = reference_at(c, s, t, end);
    if (k == t)
      k = sanctions_at(c, s, t, end);
    if (k > t) {
      t = k;
      continue;
    }
    const kabar_lex_role *role;
    size_t n = match_role(c, t, end, &role);
    if (n && !(t > sb + 1 && is_name_token(c, t - 1) && (tok_flags(c, t) & KABAR_TOK_CAP) &&
               c->ment_at[t - 1] == NONE)) {
      t = handle_role(c, s, t, n, role, end);
      continue;
    }
    size_t d = NONE;
    k = entity_at(c, s, t, end, &d, 0);
    if (k > t && t < inside_name_end && c->dents[d].type == KABAR_ENT_PLACE) {
      /* "Perjanjian Paris", "Perang Vietnam": the place belongs to the name */
      size_t m = c->n_ments - 1;
      for (size_t i = t; i < k; i++)
        c->ment_at[i] = NONE;
      c->ments[m].kind = MK_DROPPED;
      c->ments[m].n_dent = 0;
      t = k;
      continue;
    }
    if (k > t) {
      ment *m = &c->ments[c->n_ments - 1];
      dent *e = &c->dents[d];
      if (e->type == KABAR_ENT_PLACE && locative_before(c, sb, t))
        m->locative = 1;
      /* Events and agreements are nominal: the names and cues inside them
       * stay open ("resolusi Dewan Keamanan PBB", "perjanjian kemitraan
       * strategis"). */
      if (e->type == KABAR_ENT_EVENT || e->type == KABAR_ENT_AGREEMENT) {
        for (size_t i = t + 1; i < k; i++)
          c->ment_at[i] = NONE;
        if (inside_name_end < k)
          inside_name_end = k;
        t++;
      } else {
        t = k;
      }
      continue;
    }
    /* A person by name. */
    const kabar_lex_entity *le;
    n = match_entity(c, t, end, &le);
    if (n && le->type == KABAR_ENT_PERSON) {
      d = lex_dent(c, le);
      if (d != NONE)
        add_name_ment(c, s, t, t + n, d);
      t = apposition(c, s, t + n, end, d) > t + n ? apposition(c, s, t + n, end, d) : t + n;
      continue;
    }
    if (is_name_token(c, t)) {
      size_t e = name_run(c, t, end);
      size_t r = e + 1 < end && (c->wcat[e + 1] & W_ARTICLE) ? e + 2 : e + 1;
      int intro = prev_is(c, sb, t, W_NAME_INTRO) ||
                  (r < end && tok_is(c, e, ",") &&
                   match_role(c, r, end, &role));
      d = person_lookup(c, t, e);
      if (d == NONE && intro)
        d = person_new(c, t, e);
      if (d != NONE) {
        add_name_ment(c, s, t, e, d);
        size_t a = apposition(c, s, e, end, d);
        t = a > e ? a : e;
        continue;
      }
      if (e > t)
        unknown_place_or_event(c, s, t, e);
      t = e > t ? e : t + 1;
      continue;
    }
    t++;
  }
  return KABAR_OK;
}

/* Links coordinated mentions: "Rusia dan Korea Utara", "A, B, dan C",
 * "Baik Moskow maupun Pyongyang". */
/* What stands between two coordinated names: a conjunction (or a comma,
 * "A, B, dan C"), then possibly the second one's title ("Perdana Menteri
 * Jepang Fumio Kishida dan Presiden Korea Selatan Yoon Suk Yeol"). */
enum { L_NONE, L_COMMA, L_CONJ };
static int coordination_gap(ctx *c, size_t from, size_t to) {
  if (from >= to)
    return L_NONE;
  int kind;
  size_t k = from;
  if (c->wcat[k] & W_CONJ) {
    kind = L_CONJ;
    k++;
  } else if (tok_is(c, k, ",")) {
    kind = L_COMMA;
    k++;
    if (k < to && (c->wcat[k] & W_CONJ)) {
      kind = L_CONJ;
      k++;
    }
  } else {
    return L_NONE;
  }
  while (k < to) {
    size_t rl = match_role(c, k, to, NULL);
    if (rl)
      k += rl;
    else if (c->ment_at[k] != NONE && c->ments[c->ment_at[k]].inner)
      k = c->ments[c->ment_at[k]].te;
    else if (c->wcat[k] & (W_SKIP | W_ARTICLE))
      k++;
    else
      return L_NONE;
  }
  return kind;
}

static void group_sentence(ctx *c, size_t s) {
  sent_info *si = &c->sents[s];
  size_t n = si->m_end - si->m_begin;
  if (n < 2)
    return;
  unsigned char *link = calloc(n, 1); /* link[i]: between name i and the next name */
  size_t *next = malloc(n * sizeof *next);
  if (!link || !next) {
    free(link);
    free(next);
    return;
  }
  size_t prev = NONE;
  for (size_t i = 0; i < n; i++) {
    next[i] = NONE;
    ment *b = &c->ments[si->m_begin + i];
    if (b->kind != MK_NAME || b->inner)
      continue;
    if (prev != NONE) {
      ment *a = &c->ments[si->m_begin + prev];
      next[prev] = i;
      if (b->phrase_tb >= a->te)
        link[prev] = (unsigned char)coordination_gap(c, a->te, b->phrase_tb);
    }
    prev = i;
  }
  /* a comma joins only in a list closed by a conjunction ("A, B, dan C");
   * "mitranya dari Rusia, Sergei Lavrov" is an apposition */
  for (size_t i = n; i-- > 0;)
    if (link[i] == L_COMMA && !(next[i] != NONE && link[next[i]] != L_NONE))
      link[i] = L_NONE;
  for (size_t i = 0; i < n; i++)
    if (link[i] != L_NONE && next[i] != NONE) {
      ment *a = &c->ments[si->m_begin + i], *b = &c->ments[si->m_begin + next[i]];
      b->group = a->group != NONE ? a->group : (a->group = si->m_begin + i);
    }
  free(link);
  free(next);
}

/* ---- arguments ---- */

static size_t state_of(ctx *c, size_t d) {
  dent *e = &c->dents[d];
  if (e->type == KABAR_ENT_STATE)
    return d;
  if (e->state != NONE)
    return e->state;
  if (e->iso3)
    return state_dent(c, e->iso3);
  return NONE;
}

/* The dent that stands in a slot of `types`, or NONE: a person or place may
 * stand for its state where the rule says so or where only a state fits. */
static size_t fit(ctx *c, size_t d, unsigned types, unsigned flags, const ment *m) {
  dent *e = &c->dents[d];
  int only_state = types == TYPE_BIT(KABAR_ENT_STATE);
  if (e->type == KABAR_ENT_PLACE) {
    const kabar_lex_entity *le = kabar_lexicon_lookup(c->x->lex, e->label);
    int metonym = le && (le->flags & KABAR_LEX_METONYM);
    if ((types & TYPE_BIT(KABAR_ENT_STATE)) && ((flags & RC_PLACE) || (metonym && !(m && m->locative))))
      return state_of(c, d);
    return (types & TYPE_BIT(KABAR_ENT_PLACE)) ? d : NONE;
  }
  if (e->type == KABAR_ENT_ORGANIZATION && e->gov && e->state != NONE &&
      (types & TYPE_BIT(KABAR_ENT_STATE)) && ((flags & RC_STATE) || only_state))
    return e->state; /* "Departemen Keuangan AS menjatuhkan sanksi": the state */
  if (types & TYPE_BIT(e->type))
    return d;
  if ((flags & RC_STATE) || only_state)
    if ((types & TYPE_BIT(KABAR_ENT_STATE)) && e->type == KABAR_ENT_PERSON)
      return state_of(c, d);
  return NONE;
}

/* All the dents of mention m (and of its coordination group) that fit. */
static void arg_from(ctx *c, size_t m, unsigned types, unsigned flags, arg *out) {
  out->n = 0;
  out->pos = c->ments[m].tb;
  const ment *mm = &c->ments[m];
  size_t first = m, last = m;
  if (mm->group != NONE) {
    /* the group's members, with titles' inner names between them */
    first = c->sents[mm->sent].m_begin;
    last = c->sents[mm->sent].m_end - 1;
  }
  for (size_t i = first; i <= last; i++) {
    const ment *x = &c->ments[i];
    if (i != m && x->group != mm->group)
      continue;
    for (size_t k = 0; k < x->n_dent; k++) {
      size_t d = fit(c, x->dent[k], types, flags, x);
      if (d == NONE)
        continue;
      int dup = 0;
      for (size_t j = 0; j < out->n; j++)
        dup |= out->d[j] == d;
      if (!dup && out->n < MAX_ARGS)
        out->d[out->n++] = d;
    }
  }
}

static int is_boundary(const ctx *c, size_t t) {
  const char *n = tok_norm(c, t);
  return (c->wcat[t] & W_BOUNDARY) || strcmp(n, ";") == 0 || strcmp(n, ":") == 0 ||
         (tok_flags(c, t) & KABAR_TOK_QUOTE && 0);
}

/* Whether the word at t is a verb form (meN-, ber-, di-, ter-). */
static int is_verb_word(ctx *c, size_t t) {
  const char *n = tok_norm(c, t);
  if (c->ment_at[t] != NONE || !(tok_flags(c, t) & KABAR_TOK_WORD))
    return 0;
  kabar_morph m;
  const kabar_root_info *ri = tok_root(c, t, &m);
  if (ri) {
    if (m.form == KABAR_FORM_ACTIVE || m.form == KABAR_FORM_BER || m.form == KABAR_FORM_PASSIVE ||
        m.form == KABAR_FORM_TER)
      return 1;
    for (size_t r = 0; m.form == KABAR_FORM_BASE && r < ri->n_rel; r++)
      if (kabar_cues_rel(c->x->cues, ri->first_rel + r)->forms & F_BASE)
        return 1; /* "tiba" */
  }
  size_t l = strlen(n);
  return l > 4 && (strncmp(n, "me", 2) == 0 || strncmp(n, "ber", 3) == 0 || strncmp(n, "di", 2) == 0);
}

static int is_verb_word(ctx *c, size_t t);

/* A subject stands at the start of its clause: after nothing, punctuation,
 * a conjunction, an adverb or an article; or, as the owner in a noun
 * phrase ("kapal tanker Rusia telah dituduh"), right before the verb. */
static int clause_initial(ctx *c, size_t sb, const ment *m) {
  if (m->phrase_tb == sb)
    return 1;
  size_t p = m->phrase_tb - 1;
  unsigned pc = c->wcat[p];
  int manner = p > sb && tok_is(c, p - 1, "secara"); /* "kantor berita resmi KCNA" */
  if ((tok_flags(c, p) & KABAR_TOK_PUNCT) ||
      (pc & (W_CONJ | W_ARTICLE | W_BOUNDARY | W_RELATIVE)) || tok_is(c, p, "baik") ||
      ((pc & W_SKIP) && !tok_is(c, p, "resmi") && !tok_is(c, p, "terbuka")) || manner)
    return 1;
  if (tok_flags(c, p) & KABAR_TOK_NUMBER)
    return 1;
  size_t end = c->doc->sentences[m->sent].tok_end;
  size_t k = m->te;
  while (k < end && ((c->wcat[k] & W_SKIP) || (c->status[k] && !c->status[k]->after)))
    k++; /* "telah", "akan", "tidak", "berjanji untuk" */
  return k < end && c->ment_at[k] == NONE && is_verb_word(c, k);
}

/* An active verb (meN-, ber-): "untuk mengakhiri perang" ends a noun's phrase. */
static int active_verb(ctx *c, size_t t) {
  kabar_morph m;
  if (c->ment_at[t] != NONE || !(tok_flags(c, t) & KABAR_TOK_WORD))
    return 0;
  if (tok_root(c, t, &m))
    return m.form == KABAR_FORM_ACTIVE || m.form == KABAR_FORM_BER;
  const char *n = tok_norm(c, t);
  return strlen(n) > 4 && (strncmp(n, "me", 2) == 0 || strncmp(n, "ber", 3) == 0);
}

static int usable_subject(ctx *c, size_t sb, const ment *m) {
  if (m->inner)
    return 0;
  if (m->phrase_tb > sb) {
    unsigned pc = c->wcat[m->phrase_tb - 1];
    if (pc & W_JOIN)
      return 0; /* "menyusul langkah China": joins the subject, is not it */
    if (!(pc & W_PREP) && !clause_initial(c, sb, m))
      return 0;
    /* "sejak Putin memerintahkan ...": a preposition opening a clause */
    if ((pc & W_PREP) && (tok_is(c, m->tb - 1, "sejak") || tok_is(c, m->tb - 1, "selama") ||
                          tok_is(c, m->tb - 1, "sebelum") || tok_is(c, m->tb - 1, "tanpa"))) {
      size_t end = c->doc->sentences[m->sent].tok_end;
      size_t k = m->te;
      while (k < end && (c->wcat[k] & W_SKIP))
        k++;
      if (k < end && c->ment_at[k] == NONE && is_verb_word(c, k))
        return 1;
    }
    if ((pc & W_PREP) && !tok_is(c, m->tb - 1, "oleh"))
      return 0;
    if (m->tb - 1 > sb && tok_is(c, m->tb - 1, "oleh") && !tok_is(c, m->tb - 2, "dipimpin"))
      return 0;
  }
  return 1;
}

static void resolve_arg(ctx *c, size_t m, unsigned types, unsigned flags, arg *out);

/* A name after "dipimpin oleh" / "pimpinan": the leader of a delegation. */
static int led_by(const ctx *c, size_t sb, size_t tb) {
  if (tb > sb + 1 && tok_is(c, tb - 1, "oleh") && tok_is(c, tb - 2, "dipimpin"))
    return 1;
  return tb > sb && tok_is(c, tb - 1, "pimpinan");
}

static int find_subject(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out);

/* Whether the words before position j are a clause opener and then only
 * plain nouns: "sejak negara-negara Barat | menjatuhkan ...". */
static int plain_subject_clause(ctx *c, size_t sb, size_t j) {
  static const char *const openers[] = {"sejak", "ketika", "setelah", "sebelum", "bahwa",
                                         "karena", "sementara", "saat", "sehingga", "meskipun",
                                         "walaupun", "jika", "agar"};
  size_t words = 0;
  for (size_t q = j; q-- > sb && words <= 3;) {
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
      if (tok_is(c, q, openers[i]))
        return words > 0;
    if (c->ment_at[q] != NONE || !(tok_flags(c, q) & KABAR_TOK_WORD) || c->wcat[q] ||
        c->status[q] || is_verb_word(c, q))
      return 0;
    words++;
  }
  return 0;
}

/* "X melindungi Y dan menerima Z": a verb after "dan" at `conj` shares the
 * subject of the verb before it (or, with none, the sentence's). */
static int shared_subject(ctx *c, size_t s, size_t conj, unsigned types, unsigned flags, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t v = conj; v-- > sb && v + 12 > conj;) {
    if (is_boundary(c, v))
      break;
    if (c->ment_at[v] == NONE && is_verb_word(c, v) && (v == sb || !tok_is(c, v - 1, "dan")))
      return find_subject(c, s, v, types, flags, out);
  }
  out->n = 0;
  if (c->sents[s].subject.n && c->sents[s].subject.pos < conj) {
    for (size_t i = 0; i < c->sents[s].subject.n; i++) {
      size_t d = fit(c, c->sents[s].subject.d[i], types, flags, NULL);
      if (d != NONE)
        out->d[out->n++] = d;
    }
    out->pos = c->sents[s].subject.pos;
  }
  return out->n > 0;
}

/* The subject of the clause that holds token t: the nearest mention to its
 * left that is not governed by a preposition. */
static int find_subject(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  out->n = 0;
  size_t k = t;
  /* "dengan mendukung", "untuk membantu", "dan memberikan": the main subject */
  size_t j = t;
  while (j > sb && (c->wcat[j - 1] & W_SKIP))
    j--;
  if (j > sb && (tok_is(c, j - 1, "dan") || tok_is(c, j - 1, "serta")) && is_verb_word(c, t))
    return shared_subject(c, s, j - 1, types, flags, out);
  /* "sejak negara-negara Barat menjatuhkan sanksi": when a plain noun stands
   * right before an active verb, its subject is that noun phrase, which
   * names no entity */
  if (j > sb + 1 && active_verb(c, t) && plain_subject_clause(c, sb, j))
    return 0;
  int crossed = 0;
  while (k-- > sb) {
    if (is_boundary(c, k)) {
      /* "setelah bergabung dengan BRICS": a clause without a subject of its
       * own shares the one before it */
      if (!crossed && k + 3 >= t && is_verb_word(c, t) && !tok_is(c, k, "bahwa")) {
        crossed = 1;
        continue;
      }
      break;
    }
    size_t m = c->ment_at[k];
    if (m == NONE && c->root[k] && c->root[k]->report && c->morph[k].form == KABAR_FORM_ACTIVE) {
      /* "X mengatakan kerja sama itu melanggar ...": X is not its subject;
       * but in "X menyatakan dukungannya" the noun is X's own */
      size_t q = k + 1;
      while (q < t && (c->wcat[q] & W_SKIP))
        q++;
      if (q == t && !is_verb_word(c, t))
        return find_subject(c, s, k, types, flags, out);
      return 0;
    }
    if (m == NONE) {
      if ((tok_is(c, k, "dan") || tok_is(c, k, "serta")) && k + 1 < t && is_verb_word(c, k + 1) &&
          c->ment_at[k + 1] == NONE)
        return shared_subject(c, s, k, types, flags, out);
      continue;
    }
    ment *mm = &c->ments[m];
    if (mm->group != NONE && mm->group != m) {
      m = mm->group; /* "antara Moskow dan Pyongyang": judged by its first member */
      mm = &c->ments[m];
    }
    k = mm->tb;
    if (!usable_subject(c, sb, mm))
      continue;
    resolve_arg(c, m, types, flags, out);
    if (out->n) {
      /* "bergabung dengan AS", "menyusul langkah China": they act too */
      size_t last_comma = mm->te;
      for (size_t q = mm->te; q < t; q++)
        if (tok_is(c, q, ","))
          last_comma = q;
      for (size_t q = last_comma; q < t; q++)
        if ((c->wcat[q] & W_JOIN) && q + 1 < t) {
          size_t r = q + 1;
          if (tok_is(c, r, "dengan"))
            r++;
          if (c->ment_at[r] != NONE) {
            arg extra;
            resolve_arg(c, c->ment_at[r], types, flags, &extra);
            for (size_t e = 0; e < extra.n && out->n < MAX_ARGS; e++)
              out->d[out->n++] = extra.d[e];
          }
        }
      /* "delegasi yang dipimpin oleh A dan delegasi ... yang dipimpin oleh B": both */
      /* (not inside a relative clause about that leader: ", yang duduk di ...") */
      int relative = 0;
      for (size_t q = last_comma; q < t; q++)
        relative |= (c->wcat[q] & W_RELATIVE) != 0;
      if (led_by(c, sb, mm->tb) && !relative)
        for (size_t q = mm->tb; q-- > sb;) {
          if (is_boundary(c, q) && !tok_is(c, q, "ketika"))
            break;
          size_t m2 = c->ment_at[q];
          if (m2 == NONE)
            continue;
          q = c->ments[m2].tb;
          if (!led_by(c, sb, q))
            continue;
          arg extra;
          resolve_arg(c, m2, types, flags, &extra);
          for (size_t e = 0; e < extra.n && out->n < MAX_ARGS; e++)
            out->d[out->n++] = extra.d[e];
        }
      return 1;
    }
  }
  /* nothing before it in its clause: the sentence's subject */
  if (c->sents[s].subject.n && c->sents[s].subject.pos < t) {
    out->n = 0;
    for (size_t i = 0; i < c->sents[s].subject.n; i++) {
      size_t d = fit(c, c->sents[s].subject.d[i], types, flags, NULL);
      if (d != NONE)
        out->d[out->n++] = d;
    }
    out->pos = c->sents[s].subject.pos;
    return out->n > 0;
  }
  return 0;
}

/* What a mention refers to, fitted to `types`. */
static void resolve_arg(ctx *c, size_t m, unsigned types, unsigned flags, arg *out) {
  ment *mm = &c->ments[m];
  out->between = 0;
  if (mm->kind == MK_NAME || mm->n_dent) {
    arg_from(c, m, types, flags, out);
    return;
  }
  out->n = 0;
  out->pos = mm->tb;
}

static int prep_allowed(const kabar_rel_cue *cue, const char *w) {
  for (size_t i = 0; i < cue->n_preps; i++)
    if (strcmp(cue->preps[i], w) == 0)
      return 1;
  return 0;
}

static int noun_agent(ctx *c, size_t s, size_t t, unsigned types, arg *out);

/* "mengecam latihan tersebut", "menentang sanksi itu": a fact noun with a
 * demonstrative names the latest fact of its kind; its agents are meant
 * (for a symmetric relation, both parties). */
static int refers_back(ctx *c, size_t s, size_t k, unsigned types, arg *out) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t q = k + 1;
  while (q < end && q < k + 3 && !(c->wcat[q] & W_DEMONSTRATIVE) &&
         (tok_flags(c, q) & KABAR_TOK_WORD) && !c->wcat[q])
    q++; /* "latihan militer tersebut" */
  if (q >= end || !(c->wcat[q] & W_DEMONSTRATIVE) || !c->root[k] || !c->root[k]->n_rel)
    return 0;
  const kabar_root_info *ri = c->root[k];
  out->n = 0;
  out->between = 0;
  for (size_t f = c->n_facts; f-- > 0 && !out->n;)
    for (size_t r = 0; r < ri->n_rel; r++) {
      kabar_relation rel = kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation;
      if (c->facts[f].rel != rel || c->facts[f].sent > s)
        continue;
      size_t who[2] = {c->facts[f].s, kabar_relation_is_symmetric(rel) ? c->facts[f].o : NONE};
      for (int i = 0; i < 2; i++) {
        size_t d = who[i] != NONE ? fit(c, who[i], types, RC_STATE, NULL) : NONE;
        if (d != NONE && out->n < MAX_ARGS)
          out->d[out->n++] = d;
      }
      out->pos = k;
      break;
    }
  return out->n > 0;
}

/* The object after position k for a cue: a direct object or one after an
 * allowed preposition, within a few words. */
static int find_object(ctx *c, size_t s, size_t k, const kabar_rel_cue *cue, int verb, arg *out) {
  size_t end = c->doc->sentences[s].tok_end;
  int budget = verb ? WINDOW : WINDOW + 2, seen_prep = 0, other_prep = 0;
  int first = 1; /* nothing but skip words since the verb or the preposition */
  int seen_between = 0;
  int content_object = 0; /* a plain noun stood right after the verb */
  out->n = 0;
  while (k < end && budget > 0) {
    if (is_boundary(c, k) && !(c->wcat[k] & W_PREP))
      return 0;
    const char *n = tok_norm(c, k);
    if (strcmp(n, ",") == 0 && !seen_prep)
      return 0;
    size_t m = c->ment_at[k];
    if (m != NONE && c->ments[m].n_dent && c->ments[m].kind == MK_NAME &&
        c->dents[c->ments[m].dent[0]].type == KABAR_ENT_EVENT) {
      /* a named event is an action: its agent, or the names inside it */
      if ((cue->relation == KABAR_REL_SUPPORTS || cue->relation == KABAR_REL_OPPOSES ||
           cue->relation == KABAR_REL_CRITICIZED) && first &&
          (seen_prep || (verb && cue->direct)) && noun_agent(c, s, k, cue->object_types, out))
        return 1;
      k++;
      budget--;
      first = 0;
      continue;
    }
    if (m != NONE) {
      ment *mm = &c->ments[m];
      if (mm->kind == MK_PRON_NYA) {
        if (prep_allowed(cue, "kepada") || prep_allowed(cue, "untuk") || prep_allowed(cue, "terhadap")) {
          /* "kepadanya": the clause subject */
          if (find_subject(c, s, mm->tb, cue->object_types, cue->flags, out))
            return 1;
        }
        k = mm->te;
        continue;
      }
      int after_prep = mm->tb > 0 && (c->wcat[mm->tb - 1] & W_PREP);
      int ok = !mm->inner && ((after_prep && prep_allowed(cue, tok_norm(c, mm->tb - 1))) ||
                              (!after_prep && ((verb && cue->direct && !other_prep) || seen_prep)));
      if (ok) {
        resolve_arg(c, m, cue->object_types, cue->flags, out);
        out->between = seen_between;
        if (out->n) {
          if (cue->flags & RC_PLACE)
            mm->locative = 1; /* a destination stays a place */
          return 1;
        }
      }
      k = mm->te;
      budget--;
      continue;
    }
    size_t rl = match_role(c, k, end, NULL);
    if (rl) {
      k += rl; /* "dengan Menteri Luar Negeri Pakistan Ishaq Dar" */
      continue;
    }
    if (c->wcat[k] & W_PREP) {
      /* "mendukung penuh tekanan terhadap Kremlin": after a plain noun as
       * the direct object, a phrase with a preposition belongs to that noun */
      if (verb && cue->direct && !seen_prep && content_object)
        return 0;
      if (seen_prep && !prep_allowed(cue, n)) {
        /* another preposition ends it ("bertempur dengan gagah berani bersama
         * saudara-saudara Rusia"), unless an apposition names the object
         * after it: "dengan mitranya dari Rusia, Sergei Lavrov" */
        size_t q = k + 1;
        if (!(q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].te < end &&
              tok_is(c, c->ments[c->ment_at[q]].te, ",")))
          return 0;
      }
      if (prep_allowed(cue, n)) {
        seen_prep = 1;
        seen_between = strcmp(n, "antara") == 0;
        first = 1;
        if (budget > 4)
          budget = 4; /* "kepada Presiden X", "untuk membantu Rusia" */
      } else {
        if (!seen_prep)
          other_prep = 1;
        first = 0;
      }
      k++;
      continue;
    }
    if (first && !seen_prep && (c->wcat[k] & W_CLAIM) && cue->relation != KABAR_REL_ACCUSED)
      return 0; /* "menolak tudingan Pyongyang": a denial, not opposition */
    /* support for an action is support for its agent: "terhadap aneksasi ... oleh Rusia" */
    if ((cue->relation == KABAR_REL_SUPPORTS || cue->relation == KABAR_REL_OPPOSES ||
         cue->relation == KABAR_REL_CRITICIZED) && first && (seen_prep || (verb && cue->direct)) &&
        refers_back(c, s, k, cue->object_types, out))
      return 1;
    if ((cue->relation == KABAR_REL_SUPPORTS || cue->relation == KABAR_REL_OPPOSES ||
         cue->relation == KABAR_REL_CRITICIZED) && first &&
        (seen_prep || (verb && cue->direct))) {
      kabar_morph mo;
      const kabar_root_info *ri = tok_root(c, k, &mo);
      if (ri && ri->n_rel && (mo.form == KABAR_FORM_NOUN || mo.form == KABAR_FORM_BASE) &&
          noun_agent(c, s, k, cue->object_types, out))
        return 1;
    }
    /* the object does not lie past a relative clause or another verb,
     * except "atas uji nuklir yang dilakukan Korea Utara" after the preposition */
    if (!seen_prep && ((c->wcat[k] & W_RELATIVE) || (!verb && active_verb(c, k))))
      return 0;
    if (!(c->wcat[k] & (W_SKIP | W_ARTICLE | W_RELATIVE | W_CONJ)) &&
        !(tok_flags(c, k) & (KABAR_TOK_QUOTE | KABAR_TOK_NUMBER | KABAR_TOK_PUNCT))) {
      if ((cue->flags & RC_ADJACENT) && !(c->wcat[k] & W_TRANSPARENT))
        return 0;
      if (first && !seen_prep && !is_verb_word(c, k) && !c->status[k])
        content_object = 1;
      budget--;
      first = 0;
    }
    k++;
  }
  return 0;
}

/* The agent of a nominalization at t: "aneksasi Rusia atas ...",
 * "pencaplokan ... oleh Rusia". */
static int noun_agent(ctx *c, size_t s, size_t t, unsigned types, arg *out) {
  size_t end = c->doc->sentences[s].tok_end;
  out->n = 0;
  int budget = 4;
  for (size_t k = t + 1; k < end && budget > 0; k++) {
    if (is_boundary(c, k) || tok_is(c, k, ","))
      break;
    if (tok_is(c, k, "antara") && k + 1 < end && c->ment_at[k + 1] != NONE) {
      resolve_arg(c, c->ment_at[k + 1], types, RC_STATE, out);
      return out->n > 1; /* the two parties of a joint action */
    }
    if ((c->wcat[k] & W_PREP) && !tok_is(c, k, "oleh"))
      return 0;
    size_t m = c->ment_at[k];
    if (m != NONE) {
      ment *mm = &c->ments[m];
      if (mm->tb > 0 && tok_is(c, mm->tb - 1, "oleh")) {
        resolve_arg(c, m, types, RC_STATE, out);
        return out->n > 0;
      }
      if (mm->tb > 0 && (c->wcat[mm->tb - 1] & W_PREP))
        return 0;
      /* a genitive is the agent unless "oleh" names another */
      arg g;
      resolve_arg(c, m, types, RC_STATE, &g);
      for (size_t q = mm->te; q < end && q < mm->te + 4; q++)
        if (tok_is(c, q, "oleh") && q + 1 < end && c->ment_at[q + 1] != NONE) {
          resolve_arg(c, c->ment_at[q + 1], types, RC_STATE, out);
          return out->n > 0;
        }
      *out = g;
      return out->n > 0;
    }
    if (!(c->wcat[k] & W_SKIP))
      budget--;
  }
  return 0;
}

/* ---- status ---- */

typedef struct status_ctx {
  kabar_fact_status status;
  size_t claimant; /* dent or NONE */
  int cancel;
} status_ctx;

static const kabar_status_cue *status_at(ctx *c, size_t k) { return c->status[k]; }

static size_t first_dent(const arg *a) { return a->n ? a->d[0] : NONE; }

/* Whether d (or its state) is a party of the fact. */
static int is_party(ctx *c, size_t d, const arg *subj, const arg *obj) {
  size_t sd = state_of(c, d);
  const arg *both[2] = {subj, obj};
  for (int i = 0; i < 2; i++)
    for (size_t q = 0; both[i] && q < both[i]->n; q++) {
      size_t x = both[i]->d[q];
      if (x == d || (sd != NONE && state_of(c, x) == sd))
        return 1;
    }
  return 0;
}

/* Whether a negation stands right before token k ("tidak secara tegas menyangkal"). */
static int negated_before(ctx *c, size_t sb, size_t k) {
  for (size_t q = k; q-- > sb && q + 4 > k;) {
    const kabar_status_cue *sc = status_at(c, q);
    if (sc && sc->kind == SC_NEGATED)
      return 1;
    if (!(c->wcat[q] & W_SKIP) && !tok_is(c, q, "tegas"))
      return 0;
  }
  return 0;
}

static status_ctx fact_status(ctx *c, size_t s, size_t t, size_t subj_pos, int noun,
                              const arg *subj, const arg *obj) {
  status_ctx r = {KABAR_FS_ASSERTED, NONE, 0};
  size_t sb = c->doc->sentences[s].tok_begin;
  /* before the trigger, in its clause */
  size_t lo = t > sb + 8 ? t - 8 : sb;
  if (subj_pos != NONE && subj_pos < lo)
    lo = subj_pos;
  int skipped = 0;
  for (size_t k = t; k-- > lo;) {
    if (is_boundary(c, k)) {
      /* "jika mereka ikut bertempur": a condition is not yet a fact */
      if ((tok_is(c, k, "jika") || tok_is(c, k, "apabila") || tok_is(c, k, "bila") ||
           tok_is(c, k, "kalau")) && r.status == KABAR_FS_ASSERTED)
        r.status = KABAR_FS_PLANNED;
      break;
    }
    if (c->ment_at[k] != NONE)
      continue;
    if (!noun && t - k <= 2 + (size_t)skipped && c->root[k] && c->morph[k].form == KABAR_FORM_ACTIVE &&
        strcmp(c->morph[k].root, "tolak") == 0)
      r.status = KABAR_FS_NEGATED; /* "China menolak mengecam invasi" */
    const kabar_status_cue *sc = status_at(c, k);
    if (sc && !sc->after) {
      if (sc->kind == SC_NONE)
        r.cancel = 1;
      else if (sc->kind == SC_NEGATED) {
        if (t - k <= 2 + (size_t)skipped)
          r.status = KABAR_FS_NEGATED;
      } else if (sc->kind == SC_PLANNED && r.status == KABAR_FS_ASSERTED)
        r.status = KABAR_FS_PLANNED;
      else if (sc->kind == SC_ALLEGED && r.status == KABAR_FS_ASSERTED)
        r.status = KABAR_FS_ALLEGED;
    }
    if (c->wcat[k] & W_SKIP)
      skipped++;
  }
  /* "menurut laporan", "menurut sumber intelijen": hearsay, wherever it
   * stands; "menurut Inggris": a state's word about others */
  const kabar_sentence *sen = &c->doc->sentences[s];
  for (size_t k = sen->tok_begin; k + 1 < sen->tok_end; k++) {
    if (!(c->wcat[k] & W_REPORT_PREP) || r.status != KABAR_FS_ASSERTED)
      continue;
    if (c->wcat[k + 1] & W_HEARSAY)
      r.status = KABAR_FS_ALLEGED;
    else if (c->ment_at[k + 1] != NONE && c->ments[c->ment_at[k + 1]].n_dent) {
      size_t who = c->ments[c->ment_at[k + 1]].dent[0];
      if (c->dents[who].type == KABAR_ENT_STATE && !is_party(c, who, subj, obj)) {
        r.status = KABAR_FS_ALLEGED;
        r.claimant = who;
      }
    }
  }
  /* "..., kata Israel": a report after the clause, by a state outside it */
  for (size_t k = t + 1; k + 1 < sen->tok_end && r.status == KABAR_FS_ASSERTED; k++) {
    if (!c->root[k] || !c->root[k]->report || c->morph[k].form != KABAR_FORM_BASE ||
        !tok_is(c, k - 1, ","))
      continue;
    size_t m = c->ment_at[k + 1];
    if (m != NONE && c->ments[m].n_dent) {
      size_t who = c->ments[m].dent[0];
      if (c->dents[who].type == KABAR_ENT_STATE && !is_party(c, who, subj, obj)) {
        r.status = KABAR_FS_ALLEGED;
        r.claimant = who;
      }
    }
  }
  /* cues that govern the rest of the sentence: accusations, denials, reports */
  for (size_t k = t; k-- > sb;) {
    if (is_boundary(c, k) && !tok_is(c, k, "bahwa"))
      break;
    if (c->ment_at[k] != NONE)
      continue;
    const kabar_status_cue *sc = status_at(c, k);
    kabar_morph m;
    const kabar_root_info *ri = tok_root(c, k, &m);
    if (sc && sc->after && (sc->kind == SC_ALLEGED || sc->kind == SC_DENIED)) {
      if (noun && t - k > 6)
        continue;
      if (negated_before(c, sb, k))
        continue; /* "tidak secara tegas menyangkal": no denial */
      if (r.status == KABAR_FS_NEGATED)
        return r; /* "X membantah ... tidak ...": what the text says is the negation */
      r.status = sc->kind == SC_ALLEGED ? KABAR_FS_ALLEGED : KABAR_FS_DENIED;
      arg who;
      int passive_cue = c->root[k] ? c->morph[k].form == KABAR_FORM_PASSIVE
                                   : strncmp(tok_norm(c, k), "di", 2) == 0;
      if (passive_cue) {
        /* "diduga", "dituduh oleh X": the claimant is X or nobody named */
        if (k + 2 < t && tok_is(c, k + 1, "oleh") && c->ment_at[k + 2] != NONE) {
          resolve_arg(c, c->ment_at[k + 2], TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) |
                                                TYPE_BIT(KABAR_ENT_ORGANIZATION), 0, &who);
          r.claimant = first_dent(&who);
        }
      } else if (find_subject(c, s, k, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) |
                                           TYPE_BIT(KABAR_ENT_ORGANIZATION),
                              0, &who))
        r.claimant = first_dent(&who);
      return r;
    }
    if (ri && ri->report && (m.form == KABAR_FORM_ACTIVE || m.form == KABAR_FORM_BASE)) {
      if (r.status == KABAR_FS_NEGATED)
        return r;
      if (noun) {
        /* "menyatakan dukungannya terhadap aneksasi ...": a noun in the
         * report's object is no reported clause */
        int clause = 0;
        for (size_t q = k + 1; q < t; q++)
          clause |= tok_is(c, q, "bahwa");
        if (!clause)
          return r;
      }
      arg who;
      if (!find_subject(c, s, k, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_ORGANIZATION) |
                                     TYPE_BIT(KABAR_ENT_PERSON), 0, &who))
        continue;
      /* a claim by a party outside the fact is an allegation */
      size_t sp = state_of(c, who.d[0]);
      int party = 0;
      const arg *both[2] = {subj, obj};
      for (int i = 0; i < 2; i++)
        for (size_t q = 0; both[i] && q < both[i]->n; q++) {
          size_t x = both[i]->d[q];
          party |= x == who.d[0] || (sp != NONE && state_of(c, x) == sp);
        }
      if (!party && who.pos < k && c->dents[who.d[0]].type == KABAR_ENT_STATE) {
        r.status = KABAR_FS_ALLEGED;
        r.claimant = who.d[0];
      }
      return r;
    }
  }
  return r;
}

/* ---- facts ---- */

static kabar_status add_fact(ctx *c, size_t sent, size_t s, kabar_relation rel, size_t o,
                             kabar_fact_status st, size_t claimant) {
  if (s == NONE || o == NONE || s == o)
    return KABAR_OK;
  if (rel != KABAR_REL_LEADER_OF && rel != KABAR_REL_OFFICIAL_OF &&
      rel != KABAR_REL_AFFILIATED_WITH && rel != KABAR_REL_MEMBER_OF) {
    /* a state does not visit, support or meet itself or its own people */
    size_t ss = state_of(c, s), os = state_of(c, o);
    if (ss != NONE && ss == os && (c->dents[s].type == KABAR_ENT_STATE ||
                                   c->dents[o].type == KABAR_ENT_STATE))
      return KABAR_OK;
  }
  if (c->doc->sentences[sent].kind != KABAR_SENT_TEXT)
    return KABAR_OK;
  /* once per sentence: a symmetric fact in either order is the same */
  size_t a = s, b = o;
  if (kabar_relation_is_symmetric(rel) && b < a) {
    a = o;
    b = s;
  }
  char key[96];
  int kn = snprintf(key, sizeof key, "%zu:%zu:%d:%zu:%d", sent, a, (int)rel, b, (int)st);
  if (kabar_strmap_get(c->fact_keys, key, (size_t)kn, NULL))
    return KABAR_OK;
  if (kabar_strmap_put(c->fact_keys, key, (size_t)kn, 1) < 0)
    return KABAR_ERR_NOMEM;
  if (grow((void **)&c->facts, &c->cap_facts, c->n_facts, sizeof *c->facts) < 0)
    return KABAR_ERR_NOMEM;
  c->facts[c->n_facts++] = (pfact){sent, s, o, rel, st, claimant};
  if (st == KABAR_FS_ALLEGED) {
    c->sents[sent].has_alleged = 1;
    c->last_alleged_sent = sent;
  }
  return KABAR_OK;
}

static kabar_status emit(ctx *c, size_t s, const kabar_rel_cue *cue, const arg *subj,
                         const arg *obj, status_ctx st) {
  kabar_status rc = KABAR_OK;
  if (st.cancel)
    return KABAR_OK;
  for (size_t i = 0; i < subj->n; i++)
    for (size_t j = 0; j < obj->n; j++) {
      size_t a = subj->d[i], b = obj->d[j];
      if (cue->flags & RC_REVERSE) {
        size_t t = a;
        a = b;
        b = t;
      }
      rc = add_fact(c, s, a, cue->relation, b, st.status, st.claimant);
      if (rc)
        return rc;
    }
  return rc;
}

/* Pairs among the members of one argument: "Kim dan Putin bertemu". */
static kabar_status emit_pairs(ctx *c, size_t s, const kabar_rel_cue *cue, const arg *a,
                               status_ctx st) {
  if (st.cancel)
    return KABAR_OK;
  for (size_t i = 0; i < a->n; i++)
    for (size_t j = i + 1; j < a->n; j++) {
      kabar_status rc = add_fact(c, s, a->d[i], cue->relation, a->d[j], st.status, st.claimant);
      if (rc)
        return rc;
    }
  return KABAR_OK;
}

static int military_near(const ctx *c, size_t s, size_t t) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t lo = t > se->tok_begin + 3 ? t - 3 : se->tok_begin;
  size_t hi = t + 8 < se->tok_end ? t + 8 : se->tok_end;
  for (size_t k = lo; k < hi; k++)
    if (c->wcat[k] & W_MILITARY)
      return 1;
  return 0;
}

/* The antecedent of -nya on a noun at t. */
static int nya_antecedent(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out) {
  if (find_subject(c, s, t, types, flags, out))
    return 1;
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t k = t; k-- > sb;)
    if (c->ment_at[k] != NONE) {
      resolve_arg(c, c->ment_at[k], types, flags, out);
      if (out->n)
        return 1;
      k = c->ments[c->ment_at[k]].tb;
    }
  /* cataphora: "Selama kunjungannya ke Rusia, Kim ..." */
  if (c->sents[s].subject.n) {
    out->n = 0;
    for (size_t i = 0; i < c->sents[s].subject.n; i++) {
      size_t d = fit(c, c->sents[s].subject.d[i], types, flags, NULL);
      if (d != NONE)
        out->d[out->n++] = d;
    }
    return out->n > 0;
  }
  return 0;
}

/* "menentang kecaman atas ...": a noun right after a verb that is itself a
 * relation cue is that verb's object; the clause subject is not its agent. */
static int object_of_cue_verb(ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t k = t;
  while (k > sb && (c->wcat[k - 1] & W_SKIP))
    k--;
  if (k == sb)
    return 0;
  kabar_morph mo;
  const kabar_root_info *ri = tok_root(c, k - 1, &mo);
  if (!ri || !ri->n_rel || mo.form != KABAR_FORM_ACTIVE)
    return 0;
  for (size_t r = 0; r < ri->n_rel; r++)
    if (!kabar_cues_rel(c->x->cues, ri->first_rel + r)->n_with)
      return 1;
  return 0;
}

/* The name a noun at t describes: "China, sekutu terdekat Pakistan" (an
 * apposition) or "Turki adalah anggota NATO" (a copula). */
static int appositive_head(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t k = t;
  while (k > sb && (c->wcat[k - 1] & (W_ARTICLE | W_SKIP)))
    k--;
  if (k > sb && (tok_is(c, k - 1, "adalah") || tok_is(c, k - 1, "merupakan") ||
                 tok_is(c, k - 1, "menjadi") || tok_is(c, k - 1, "ialah"))) {
    size_t q = k - 1;
    while (q > sb && (c->wcat[q - 1] & W_SKIP))
      q--;
    if (q > sb && c->ment_at[q - 1] != NONE) {
      resolve_arg(c, c->ment_at[q - 1], cue->subject_types, cue->flags | RC_STATE, out);
      return out->n > 0;
    }
    return 0;
  }
  if (k > sb + 1 && tok_is(c, k - 1, ",") && c->ment_at[k - 2] != NONE) {
    resolve_arg(c, c->ment_at[k - 2], cue->subject_types, cue->flags | RC_STATE, out);
    return out->n > 0;
  }
  return 0;
}

/* "Kerja sama militer antara Korea Utara dan Rusia merupakan pelanggaran
 * ...": a noun after a copula whose subject is an action has that action's
 * agents. */
static int copular_action_agent(ctx *c, size_t s, size_t t, unsigned types, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t k = t;
  while (k > sb && (c->wcat[k - 1] & (W_ARTICLE | W_SKIP)))
    k--;
  if (k == sb || !(tok_is(c, k - 1, "merupakan") || tok_is(c, k - 1, "adalah")))
    return 0;
  for (size_t q = k - 1; q-- > sb && q + 10 > k;) {
    if (is_boundary(c, q))
      break;
    if (c->ment_at[q] == NONE && c->root[q] && c->root[q]->n_rel &&
        (c->morph[q].form == KABAR_FORM_NOUN || c->morph[q].form == KABAR_FORM_BASE) &&
        noun_agent(c, s, q, types, out))
      return 1;
  }
  return 0;
}

/* "Marcos dijadwalkan bertemu dengan Trump di Gedung Putih": a meeting at a
 * place of one party's state is a visit to it by the people of the others. */
static kabar_status visit_by_guests(ctx *c, size_t s, size_t from, const arg *a, const arg *b,
                                    status_ctx st) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t place_state = NONE;
  for (size_t k = from; k < end && k < from + 18; k++)
    if (tok_is(c, k, "di") && k + 1 < end && c->ment_at[k + 1] != NONE) {
      ment *pm = &c->ments[c->ment_at[k + 1]];
      if (pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_PLACE)
        place_state = state_of(c, pm->dent[0]);
      break;
    }
  if (place_state == NONE || st.cancel)
    return KABAR_OK;
  const arg *sides[2] = {a, b};
  int host = 0;
  for (int i = 0; i < 2; i++)
    for (size_t q = 0; q < sides[i]->n; q++)
      host |= state_of(c, sides[i]->d[q]) == place_state;
  if (!host)
    return KABAR_OK;
  for (int i = 0; i < 2; i++)
    for (size_t q = 0; q < sides[i]->n; q++) {
      size_t d = sides[i]->d[q], ds = state_of(c, d);
      if (c->dents[d].type == KABAR_ENT_PERSON && ds != NONE && ds != place_state) {
        kabar_status rc = add_fact(c, s, d, KABAR_REL_VISITED, place_state, st.status, st.claimant);
        if (rc)
          return rc;
      }
    }
  return KABAR_OK;
}

/* "..., termasuk memberikan bantuan ...": the parties of the fact before it
 * in the sentence. */
static int inherit_parties(ctx *c, size_t s, size_t t, arg *subj, arg *obj) {
  size_t sb = c->doc->sentences[s].tok_begin;
  int found = 0;
  for (size_t k = t; k-- > sb && k + 4 > t;)
    if (tok_is(c, k, "termasuk") || tok_is(c, k, "yakni") || tok_is(c, k, "yaitu"))
      found = 1;
  if (!found || c->n_facts == c->sents[s].f_begin)
    return 0;
  const pfact *prev = &c->facts[c->n_facts - 1];
  subj->d[0] = prev->s;
  subj->n = 1;
  obj->d[0] = prev->o;
  obj->n = 1;
  return 1;
}

static kabar_status trigger(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue,
                            const kabar_morph *mo) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  int verb = mo->form == KABAR_FORM_ACTIVE || mo->form == KABAR_FORM_BER ||
             mo->form == KABAR_FORM_TER;
  int passive = mo->form == KABAR_FORM_PASSIVE;
  int noun = mo->form == KABAR_FORM_NOUN || mo->form == KABAR_FORM_BASE;
  if (mo->form == KABAR_FORM_BASE && (cue->forms & F_BASE)) {
    verb = 1;
    noun = 0;
  }
  /* inside a named event ("Perang Dingin") a word is a noun */
  if (verb && c->ment_at[t] != NONE)
    return KABAR_OK;
  if ((verb && !(cue->forms & F_VERB)) || (passive && !(cue->forms & F_PASSIVE)) ||
      (noun && !(cue->forms & F_NOUN)) || ((cue->forms & F_NOKAN) && mo->suffix == 'k'))
    return KABAR_OK;
  /* the words the cue needs after it */
  size_t after = t + 1;
  size_t goods_before = NONE; /* "tentara AS yang ditempatkan di ...": the goods before */
  if (cue->n_with) {
    size_t found = NONE;
    for (size_t k = t + 1; k < end && k <= t + 7; k++) {
      if (is_boundary(c, k))
        break;
      if (kabar_cues_with_match(c->x->cues, cue, tok_norm(c, k)))
        found = k;
    }
    for (size_t k = t; passive && found == NONE && k-- > se->tok_begin && k + 7 > t;) {
      if (is_boundary(c, k))
        break;
      if (kabar_cues_with_match(c->x->cues, cue, tok_norm(c, k)))
        goods_before = k;
    }
    if (found == NONE && goods_before == NONE)
      return KABAR_OK;
    if (found != NONE)
      after = found + 1;
  }
  if ((cue->flags & RC_MILITARY) && !military_near(c, s, t))
    return KABAR_OK;
  arg subj = {{0}, 0, NONE, 0}, obj = {{0}, 0, NONE, 0};
  if (passive && goods_before != NONE) {
    /* "sekitar 28.500 tentara AS yang ditempatkan di Korea Selatan",
     * "senjata Korea Utara yang dikirim ke Rusia": the owner of the goods
     * sends them; the place after the verb receives them */
    size_t g = goods_before + 1;
    if (g < end && c->ment_at[g] != NONE)
      resolve_arg(c, c->ment_at[g], cue->subject_types, cue->flags | RC_STATE, &subj);
    for (size_t k = after; !subj.n && k < end && k < after + 8; k++)
      if (tok_is(c, k, "oleh") && k + 1 < end && c->ment_at[k + 1] != NONE) {
        resolve_arg(c, c->ment_at[k + 1], cue->subject_types, cue->flags, &subj);
        after = c->ments[c->ment_at[k + 1]].te;
      }
    if (!subj.n)
      return KABAR_OK;
    find_object(c, s, after, cue, 1, &obj);
  } else if (passive) {
    /* the patient is the clause subject; the agent comes after "oleh", or
     * right after the verb ("yang ditandatangani Indonesia dan Australia") */
    size_t y = t;
    while (y > se->tok_begin && (c->wcat[y - 1] & W_SKIP))
      y--;
    if (y > se->tok_begin && (c->wcat[y - 1] & W_RELATIVE)) {
      /* "Perjanjian ... (DCA) yang ditandatangani ...": the name before "yang" */
      for (size_t q = y - 1; q-- > se->tok_begin && q + 16 > y;) {
        if (c->ment_at[q] == NONE)
          continue;
        resolve_arg(c, c->ment_at[q], cue->object_types, cue->flags, &obj);
        if (obj.n)
          break;
        q = c->ments[c->ment_at[q]].tb;
      }
    }
    if (!obj.n && !find_subject(c, s, t, cue->object_types, cue->flags, &obj))
      return KABAR_OK;
    for (size_t k = after; k < end && k < after + 8; k++) {
      if (is_boundary(c, k) || tok_is(c, k, ","))
        break;
      int direct = k == after && (c->ment_at[k] != NONE || match_role(c, k, end, NULL));
      if (!direct && !(tok_is(c, k, "oleh") && k + 1 < end))
        continue;
      size_t q = direct ? k : k + 1;
      /* past a title's inner names: "oleh Perdana Menteri India Indira Gandhi" */
      while (q < end && q < k + 8) {
        size_t rl = c->ment_at[q] == NONE ? match_role(c, q, end, NULL) : 0;
        if (c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner)
          q = c->ments[c->ment_at[q]].te;
        else if (rl)
          q += rl;
        else if (c->wcat[q] & W_ARTICLE)
          q++;
        else
          break;
      }
      if (q < end && c->ment_at[q] != NONE)
        resolve_arg(c, c->ment_at[q], cue->subject_types, cue->flags, &subj);
      break;
    }
    if (!subj.n)
      return KABAR_OK;
  } else if (verb) {
    find_subject(c, s, t, cue->subject_types, cue->flags, &subj);
    if ((cue->flags & RC_CARRIER) && after < end && c->ment_at[after] != NONE) {
      /* "kapal Rusia mengangkut senjata Korea Utara ke Rusia" */
      resolve_arg(c, c->ment_at[after], cue->subject_types, cue->flags, &subj);
      after = c->ments[c->ment_at[after]].te;
    }
    find_object(c, s, after, cue, 1, &obj);
  } else {
    /* a nominalization */
    size_t k = after;
    int budget = 3;
    while (k < end && budget > 0 && !(c->wcat[k] & (W_PREP | W_BOUNDARY)) && !tok_is(c, k, ",")) {
      if (c->ment_at[k] != NONE) {
        if (!c->ments[c->ment_at[k]].inner)
          break;
        k = c->ments[c->ment_at[k]].te; /* "kunjungan Presiden Prancis Emmanuel Macron" */
        continue;
      }
      if (is_verb_word(c, k))
        break; /* the genitive does not lie past a verb */
      if (!(tok_flags(c, k) & (KABAR_TOK_QUOTE | KABAR_TOK_PUNCT)))
        budget--;
      k++;
    }
    arg probe = {{0}, 0, NONE, 0};
    if (k < end && c->ment_at[k] != NONE)
      resolve_arg(c, c->ment_at[k], cue->subject_types | cue->object_types, cue->flags | RC_STATE,
                  &probe);
    if (k < end && c->ment_at[k] != NONE && probe.n && /* not "latihan ... Freedom Shield" */
        (c->ments[c->ment_at[k]].kind == MK_NAME || c->ments[c->ment_at[k]].kind == MK_OWN_STATE ||
         c->ments[c->ment_at[k]].kind == MK_REF_STATE) &&
        !c->ments[c->ment_at[k]].inner) {
      /* the genitive: "invasi Rusia", or the patient when "oleh" follows */
      size_t m = c->ment_at[k];
      size_t q = c->ments[m].te;
      int oleh = 0;
      for (size_t z = q; z < end && z < q + 3; z++)
        if (tok_is(c, z, "oleh") && z + 1 < end && c->ment_at[z + 1] != NONE) {
          resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, &subj);
          resolve_arg(c, m, cue->object_types, cue->flags, &obj);
          oleh = 1;
          break;
        }
      if (!oleh) {
        resolve_arg(c, m, cue->subject_types, cue->flags | RC_STATE, &subj);
        if (!(cue->flags & RC_LIST))
          find_object(c, s, q, cue, 0, &obj);
        arg head;
        if (!obj.n && (cue->flags & RC_APPOS) && appositive_head(c, s, t, cue, &head)) {
          /* "China, sekutu terdekat Pakistan": China to Pakistan */
          resolve_arg(c, m, cue->object_types, cue->flags | RC_STATE, &obj);
          subj = head;
        }
      }
    } else if (k < end && tok_is(c, k, "dari") && k + 1 < end && c->ment_at[k + 1] != NONE) {
      /* "pengiriman senjata dari Korea Utara ke Rusia" */
      resolve_arg(c, c->ment_at[k + 1], cue->subject_types, cue->flags, &subj);
      find_object(c, s, c->ments[c->ment_at[k + 1]].te, cue, 0, &obj);
    } else {
      find_object(c, s, after, cue, 0, &obj);
      if (mo->possessive)
        nya_antecedent(c, s, t, cue->subject_types, cue->flags, &subj);
      if (!subj.n) {
        /* a giver before: "menerima janji dari presiden untuk bantuan" */
        size_t sb = se->tok_begin;
        for (size_t z = t; z-- > sb && z + 6 > t;)
          if (tok_is(c, z, "dari") && z + 1 < t && c->ment_at[z + 1] != NONE) {
            resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, &subj);
            if (subj.n && !obj.n)
              find_subject(c, s, z, cue->object_types, cue->flags, &obj);
            break;
          }
      }
      if (!subj.n) {
        /* "mengecam Washington atas penjualan senjata ...": the one blamed acts */
        size_t z = t;
        while (z > se->tok_begin && c->ment_at[z - 1] == NONE && !(c->wcat[z - 1] & W_PREP) &&
               z + 3 > t)
          z--;
        if (z > se->tok_begin + 1 && (tok_is(c, z - 1, "atas") || tok_is(c, z - 1, "karena")) &&
            c->ment_at[z - 2] != NONE)
          resolve_arg(c, c->ment_at[z - 2], cue->subject_types, cue->flags | RC_STATE, &subj);
      }
      if (!subj.n)
        copular_action_agent(c, s, t, cue->subject_types, &subj);
      int light = t > se->tok_begin && (c->wcat[t - 1] & W_LIGHT);
      if (!subj.n && (!(cue->flags & RC_OWN) || light) && !object_of_cue_verb(c, s, t))
        find_subject(c, s, t, cue->subject_types, cue->flags, &subj);
    }
    if (!obj.n && (cue->flags & RC_BENEFIT) && subj.n) {
      arg cs;
      if (find_subject(c, s, t, cue->object_types, cue->flags, &cs) && cs.n &&
          !(cs.n == subj.n && cs.d[0] == subj.d[0]))
        obj = cs;
    }
  }
  if ((cue->flags & RC_REVERSE) && verb && subj.n && !obj.n) {
    /* "mendekati Korea Utara untuk membeli senjata": the one approached sells */
    for (size_t k = t; k-- > se->tok_begin && k + WINDOW > t;) {
      if (is_boundary(c, k))
        break;
      if (c->ment_at[k] == NONE)
        continue;
      arg cand;
      resolve_arg(c, c->ment_at[k], cue->object_types, cue->flags, &cand);
      if (cand.n && cand.d[0] != subj.d[0]) {
        obj = cand;
        break;
      }
      k = c->ments[c->ment_at[k]].tb;
    }
  }
  if (cue->flags & RC_LIST) {
    /* "aliansi trilateral Amerika Serikat, Korea Selatan, dan Jepang" */
    for (size_t k = after; k < end && k < after + 4; k++)
      if (c->ment_at[k] != NONE) {
        arg members;
        resolve_arg(c, c->ment_at[k], cue->subject_types, cue->flags, &members);
        if (members.n >= 2)
          return emit_pairs(c, s, cue, &members,
                            fact_status(c, s, t, NONE, noun, &members, NULL));
        break;
      }
  }
  /* "kerja sama antara Korea Utara dan Rusia": the pair is the object */
  if (kabar_relation_is_symmetric(cue->relation) && obj.n >= 2 && obj.between) {
    status_ctx st = fact_status(c, s, t, NONE, noun, &obj, NULL);
    return emit_pairs(c, s, cue, &obj, st);
  }
  if (!obj.n && !(cue->flags & RC_GROUP) && kabar_relation_is_symmetric(cue->relation) == 0)
    inherit_parties(c, s, t, &subj, &obj);
  if (!obj.n && noun && (cue->flags & RC_APPOS) && kabar_relation_is_symmetric(cue->relation)) {
    arg head;
    if (appositive_head(c, s, t, cue, &head) && head.n >= 2)
      return emit_pairs(c, s, cue, &head, fact_status(c, s, t, NONE, noun, &head, NULL));
  }
  if (!obj.n && (cue->flags & RC_GROUP) && subj.n >= 2)
    return emit_pairs(c, s, cue, &subj, fact_status(c, s, t, subj.pos, noun, &subj, NULL));
  if (!subj.n || !obj.n)
    return KABAR_OK;
  /* "Kamikawa berkunjung ke Manila bersama Menteri Pertahanan Jepang Minoru
   * Kihara": a companion after the verb acts with the subject */
  if (verb && (cue->subject_types & TYPE_BIT(KABAR_ENT_PERSON)))
    for (size_t k = after; k + 1 < end && k < after + 10; k++) {
      if (is_boundary(c, k))
        break;
      if (!tok_is(c, k, "bersama"))
        continue;
      size_t q = k + 1;
      while (q < end && q < k + 8 && c->ment_at[q] == NONE && match_role(c, q, end, NULL))
        q += match_role(c, q, end, NULL);
      while (q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner)
        q = c->ments[c->ment_at[q]].te;
      if (q < end && c->ment_at[q] != NONE) {
        arg extra;
        resolve_arg(c, c->ment_at[q], TYPE_BIT(KABAR_ENT_PERSON), 0, &extra);
        for (size_t e = 0; e < extra.n && subj.n < MAX_ARGS; e++)
          subj.d[subj.n++] = extra.d[e];
      }
      break;
    }
  status_ctx st = fact_status(c, s, t, subj.pos, noun, &subj, &obj);
  kabar_status rc = emit(c, s, cue, &subj, &obj, st);
  if (rc == KABAR_OK && cue->relation == KABAR_REL_MET_WITH && !(cue->flags & RC_HOST))
    rc = visit_by_guests(c, s, after, &subj, &obj, st);
  if (rc == KABAR_OK && (cue->flags & RC_HOST)) {
    /* "menjamu X di Kremlin": X visited the state of the place */
    for (size_t k = after; k < end && k < after + 18; k++)
      if (tok_is(c, k, "di") && k + 1 < end && c->ment_at[k + 1] != NONE) {
        ment *pm = &c->ments[c->ment_at[k + 1]];
        if (pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_PLACE) {
          size_t place_state = state_of(c, pm->dent[0]);
          for (size_t j = 0; j < obj.n; j++) {
            size_t os = c->dents[obj.d[j]].type == KABAR_ENT_PERSON ? state_of(c, obj.d[j]) : NONE;
            if (place_state != NONE && os != place_state)
              rc = add_fact(c, s, obj.d[j], KABAR_REL_VISITED, place_state, st.status, st.claimant);
          }
        }
        break;
      }
  }
  return rc;
}

/* "komitmen Washington terhadap Perjanjian Pertahanan Bersama 1951 dengan
 * Filipina", "menangguhkan Perjanjian Air Sungai Indus dengan Pakistan": a
 * named agreement "dengan" a state binds that state and the clause's. */
static kabar_status agreement_parties(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  static const kabar_rel_cue party = {KABAR_REL_PARTY_TO, "", F_NOUN, NULL, 0, NULL, 0, 0,
                                      TYPE_BIT(KABAR_ENT_STATE), TYPE_BIT(KABAR_ENT_AGREEMENT),
                                      RC_STATE};
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || !mm->n_dent || c->dents[mm->dent[0]].type != KABAR_ENT_AGREEMENT ||
        mm->nominal)
      continue;
    /* the end of the agreement's name: its nested names lie inside it */
    size_t k = mm->tb + 1;
    while (k < end && (c->ment_at[k] == NONE || c->ments[c->ment_at[k]].tb > mm->tb) &&
           k < mm->tb + 12 && !tok_is(c, k, "dengan") && !(c->wcat[k] & W_BOUNDARY) &&
           !tok_is(c, k, ","))
      k++;
    if (k + 1 >= end || !tok_is(c, k, "dengan") || c->ment_at[k + 1] == NONE)
      continue;
    arg other, holder, agreement = {{mm->dent[0]}, 1, mm->tb, 0};
    resolve_arg(c, c->ment_at[k + 1], TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &other);
    if (!other.n)
      continue;
    status_ctx st = fact_status(c, s, mm->tb, NONE, 1, &other, &agreement);
    kabar_status rc = emit(c, s, &party, &other, &agreement, st);
    if (rc == KABAR_OK && find_subject(c, s, mm->tb, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &holder))
      rc = emit(c, s, &party, &holder, &agreement, st);
    if (rc != KABAR_OK)
      return rc;
  }
  return KABAR_OK;
}

/* "membantah tuduhan tersebut": the claims last made become denied. */
static kabar_status denial_of_claims(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t t = se->tok_begin; t < se->tok_end; t++) {
    const kabar_status_cue *sc = status_at(c, t);
    int rejects = c->root[t] && strcmp(c->morph[t].root, "tolak") == 0 && t + 1 < se->tok_end &&
                  (c->wcat[t + 1] & W_CLAIM); /* "menolak tuduhan" */
    if ((!sc || sc->kind != SC_DENIED) && !rejects)
      continue;
    if (c->ment_at[t] != NONE)
      continue;
    arg who;
    if (!find_subject(c, s, t, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) |
                                   TYPE_BIT(KABAR_ENT_ORGANIZATION), RC_STATE, &who))
      who.n = 0;
    for (size_t k = t + 1; k < se->tok_end && k <= t + 8; k++) {
      if (is_boundary(c, k))
        break;
      /* a claim noun, or a fact noun with a demonstrative: "pengerahan tersebut" */
      int claim = (c->wcat[k] & W_CLAIM) != 0;
      kabar_morph mo;
      const kabar_root_info *ri = claim ? NULL : tok_root(c, k, &mo);
      int fact_ref = ri && ri->n_rel && k + 1 < se->tok_end && (c->wcat[k + 1] & W_DEMONSTRATIVE);
      if (claim && k + 1 < se->tok_end && (c->wcat[k + 1] & W_DEMONSTRATIVE) &&
          c->last_alleged_sent != NONE && c->last_alleged_sent != s) {
        sent_info *src = &c->sents[c->last_alleged_sent];
        for (size_t f = src->f_begin; f < src->f_end; f++) {
          pfact pf = c->facts[f];
          if (pf.status == KABAR_FS_ALLEGED) {
            kabar_status rc = add_fact(c, s, pf.s, pf.rel, pf.o, KABAR_FS_DENIED, first_dent(&who));
            if (rc)
              return rc;
          }
        }
        return KABAR_OK;
      }
      if (fact_ref) {
        for (size_t r = 0; r < ri->n_rel; r++) {
          kabar_relation rel = kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation;
          for (size_t f = c->sents[s].f_begin; f-- > 0;)
            if (c->facts[f].rel == rel) {
              kabar_status rc = add_fact(c, s, c->facts[f].s, rel, c->facts[f].o, KABAR_FS_DENIED,
                                         first_dent(&who));
              if (rc)
                return rc;
              return KABAR_OK;
            }
        }
      }
    }
  }
  return KABAR_OK;
}

/* The main subject of a sentence: its first mention not governed by a
 * preposition. */
static void main_subject(ctx *c, size_t s) {
  sent_info *si = &c->sents[s];
  size_t sb = c->doc->sentences[s].tok_begin;
  si->subject.n = 0;
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    ment *mm = &c->ments[m];
    if (!usable_subject(c, sb, mm) || !mm->n_dent)
      continue;
    if (mm->tb > sb && (c->wcat[mm->tb - 1] & W_ARTICLE) == 0 &&
        !(tok_flags(c, mm->tb - 1) & KABAR_TOK_PUNCT) && !(c->wcat[mm->tb - 1] & W_SKIP) &&
        !(c->wcat[mm->tb - 1] & (W_BOUNDARY | W_CONJ)) && mm->tb - 1 != sb && 0)
      continue;
    arg_from(c, m, (1u << KABAR_ENT__COUNT) - 1, 0, &si->subject);
    si->subject.pos = mm->tb;
    return;
  }
}

/* The person the document names as leader of state d, or NONE. */
static size_t leader_of(ctx *c, size_t d) {
  for (size_t i = 0; i < c->n_dents; i++)
    if (c->dents[i].type == KABAR_ENT_PERSON && c->dents[i].leader && c->dents[i].state == d)
      return i;
  return NONE;
}

/* Resolves the pronouns and references of sentence s. */
static void resolve_refs(ctx *c, size_t s) {
  sent_info *si = &c->sents[s];
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    ment *mm = &c->ments[m];
    if (mm->n_dent)
      continue;
    switch (mm->kind) {
    case MK_PAIR: {
      /* "kedua negara": the two states just named together ("ke Australia
       * dan Jepang"), else the two the document is about; "kedua
       * pemimpin": their leaders */
      size_t near[2] = {NONE, NONE};
      size_t want = tok_is(c, mm->tb, "ketiga") ? 3 : tok_is(c, mm->tb, "keempat") ? 4 : 2;
      for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s;) {
        const ment *g = &c->ments[q];
        if (g->group == NONE || g->group == q || g->kind != MK_NAME)
          continue;
        arg members;
        arg_from(c, q, TYPE_BIT(KABAR_ENT_STATE), 0, &members);
        if (members.n == want && want > 2) {
          for (size_t i = 0; i < want; i++)
            mm->dent[i] = members.d[i];
          mm->n_dent = want;
          break;
        }
        if (members.n == 2) {
          near[0] = members.d[0];
          near[1] = members.d[1];
        }
        break;
      }
      if (want > 2 && !mm->n_dent) {
        /* "ketiga negara" after "Presiden AS ..., Presiden Korea Selatan ...
         * dan Perdana Menteri Jepang ...": the states last named */
        int leaders = tok_is(c, mm->te - 1, "pemimpin");
        for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s && mm->n_dent < want;) {
          const ment *g = &c->ments[q];
          if (g->kind != MK_NAME || g->n_dent != 1)
            continue;
          size_t d = g->dent[0];
          d = leaders ? (c->dents[d].type == KABAR_ENT_PERSON ? d : NONE)
                      : fit(c, d, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, g);
          int dup = d == NONE;
          for (size_t i = 0; i < mm->n_dent && !dup; i++)
            dup = mm->dent[i] == d;
          if (!dup)
            mm->dent[mm->n_dent++] = d;
        }
        if (mm->n_dent != want)
          mm->n_dent = 0;
      }
      if (want > 2)
        break;
      size_t a = near[0] != NONE ? near[0] : c->pair[0], b = near[0] != NONE ? near[1] : c->pair[1];
      if (a != NONE && b != NONE && tok_is(c, mm->te - 1, "pemimpin")) {
        size_t la = leader_of(c, a), lb = leader_of(c, b);
        if (la != NONE && lb != NONE) {
          mm->dent[0] = la;
          mm->dent[1] = lb;
          mm->n_dent = 2;
        }
        break;
      }
      if (a != NONE && b != NONE) {
        mm->dent[0] = a;
        mm->dent[1] = b;
        mm->n_dent = 2;
      }
      break;
    }
    case MK_PAIR_OLD:
      if (c->pair[0] != NONE && c->pair[1] != NONE) {
        mm->dent[0] = c->pair[0];
        mm->dent[1] = c->pair[1];
        mm->n_dent = 2;
      }
      break;
    case MK_PRON_PERSON: {
      /* the main subject of this sentence if a person before it, else of
       * the sentences before */
      const arg *cand = NULL;
      if (si->subject.n && si->subject.pos < mm->tb &&
          c->dents[si->subject.d[0]].type == KABAR_ENT_PERSON)
        cand = &si->subject;
      for (size_t p = s; !cand && p-- > 0 && p + 3 > s;)
        if (c->sents[p].subject.n && c->dents[c->sents[p].subject.d[0]].type == KABAR_ENT_PERSON)
          cand = &c->sents[p].subject;
      if (!cand) {
        for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s;)
          if (c->ments[q].n_dent == 1 && c->dents[c->ments[q].dent[0]].type == KABAR_ENT_PERSON) {
            mm->dent[0] = c->ments[q].dent[0];
            mm->n_dent = 1;
            break;
          }
      } else {
        mm->dent[0] = cand->d[0];
        mm->n_dent = 1;
      }
      break;
    }
    case MK_OWN_STATE: {
      /* "negaranya": the state of this sentence's subject, or of the person
       * spoken of just before */
      size_t who = NONE;
      if (si->subject.n && si->subject.pos < mm->tb)
        who = si->subject.d[0];
      for (size_t q = m; who == NONE && q-- > 0 && c->ments[q].sent + 2 >= s;)
        if (c->ments[q].n_dent == 1 && c->dents[c->ments[q].dent[0]].type == KABAR_ENT_PERSON)
          who = c->ments[q].dent[0];
      size_t st = who != NONE ? state_of(c, who) : NONE;
      if (st != NONE) {
        mm->dent[0] = st;
        mm->n_dent = 1;
      }
      break;
    }
    case MK_PRON_PLURAL:
      /* "mereka": the last coordinated group */
      for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s;)
        if (c->ments[q].group != NONE) {
          arg g;
          arg_from(c, q, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON), 0, &g);
          if (g.n < 2)
            continue;
          for (size_t i = 0; i < g.n && i < MAX_ARGS; i++)
            mm->dent[i] = g.d[i];
          mm->n_dent = g.n;
          break;
        }
      if (!mm->n_dent && c->pair[0] != NONE && c->pair[1] != NONE) {
        mm->dent[0] = c->pair[0];
        mm->dent[1] = c->pair[1];
        mm->n_dent = 2;
      }
      break;
    case MK_REF_STATE:
    case MK_REF_ORG:
    case MK_REF_AGREEMENT: {
      kabar_entity_type want = mm->kind == MK_REF_STATE ? KABAR_ENT_STATE
                               : mm->kind == MK_REF_ORG ? KABAR_ENT_ORGANIZATION
                                                        : KABAR_ENT_AGREEMENT;
      /* the previous sentence's subject when it is one, else the latest */
      if (s > 0 && c->sents[s - 1].subject.n &&
          c->dents[c->sents[s - 1].subject.d[0]].type == want) {
        mm->dent[0] = c->sents[s - 1].subject.d[0];
        mm->n_dent = 1;
        break;
      }
      for (size_t q = m; q-- > 0;)
        if (c->ments[q].n_dent == 1 && c->dents[c->ments[q].dent[0]].type == want) {
          mm->dent[0] = c->ments[q].dent[0];
          mm->n_dent = 1;
          break;
        }
      break;
    }
    default:
      break;
    }
  }
}

/* The two states the document is about: the most mentioned. */
static void find_pair(ctx *c) {
  c->pair[0] = c->pair[1] = NONE;
  size_t *count = calloc(c->n_dents ? c->n_dents : 1, sizeof *count);
  if (!count)
    return;
  for (size_t m = 0; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || !mm->n_dent)
      continue;
    size_t d = fit(c, mm->dent[0], TYPE_BIT(KABAR_ENT_STATE), 0, mm);
    if (d != NONE && c->doc->sentences[mm->sent].kind != KABAR_SENT_BOILERPLATE)
      count[d]++;
  }
  for (size_t d = 0; d < c->n_dents; d++) {
    if (!count[d])
      continue;
    if (c->pair[0] == NONE || count[d] > count[c->pair[0]]) {
      c->pair[1] = c->pair[0];
      c->pair[0] = d;
    } else if (c->pair[1] == NONE || count[d] > count[c->pair[1]])
      c->pair[1] = d;
  }
  free(count);
}

static kabar_status relations_sentence(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  c->sents[s].f_begin = c->n_facts;
  kabar_status rc = KABAR_OK;
  if (se->kind == KABAR_SENT_TEXT) {
    for (size_t t = se->tok_begin; t < se->tok_end && rc == KABAR_OK; t++) {
      if (!(tok_flags(c, t) & KABAR_TOK_WORD))
        continue;
      if (c->ment_at[t] != NONE && c->ments[c->ment_at[t]].kind == MK_NAME &&
          !c->ments[c->ment_at[t]].nominal &&
          c->dents[c->ments[c->ment_at[t]].dent[0]].type != KABAR_ENT_EVENT)
        continue;
      kabar_morph mo;
      const kabar_root_info *ri = tok_root(c, t, &mo);
      if (!ri || !ri->n_rel)
        continue;
      size_t before = c->n_facts;
      for (size_t r = 0; r < ri->n_rel && rc == KABAR_OK; r++)
        rc = trigger(c, s, t, kabar_cues_rel(c->x->cues, ri->first_rel + r), &mo);
      (void)before;
    }
    if (rc == KABAR_OK)
      rc = agreement_parties(c, s);
    if (rc == KABAR_OK)
      rc = denial_of_claims(c, s);
  }
  c->sents[s].f_end = c->n_facts;
  return rc;
}

/* A date in the sentence: "25 April 2019", "Februari 2022", "pada 2024". */
static const char *sentence_date(ctx *c, size_t s) {
  static const char *const months[] = {"januari", "februari", "maret",     "april",
                                       "mei",     "juni",     "juli",      "agustus",
                                       "september", "oktober", "november", "desember"};
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t t = se->tok_begin; t < se->tok_end; t++) {
    const char *n = tok_norm(c, t);
    if (!(tok_flags(c, t) & KABAR_TOK_NUMBER) || strlen(n) != 4 || n[0] < '1' || n[0] > '2')
      continue;
    int year = atoi(n);
    if (year < 1800 || year > 2100)
      continue;
    int month = 0, day = 0;
    if (t > se->tok_begin)
      for (int i = 0; i < 12; i++)
        if (tok_is(c, t - 1, months[i]))
          month = i + 1;
    if (month && t > se->tok_begin + 1 && (tok_flags(c, t - 2) & KABAR_TOK_NUMBER))
      day = atoi(tok_norm(c, t - 2));
    if (!month && t > se->tok_begin) {
      const char *p = tok_norm(c, t - 1);
      if (strcmp(p, "pada") && strcmp(p, "tahun") && strcmp(p, "sejak") && strcmp(p, "akhir") &&
          strcmp(p, "awal") && strcmp(p, "pertengahan"))
        continue;
    }
    char buf[48];
    if (day >= 1 && day <= 31)
      snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (month)
      snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else
      snprintf(buf, sizeof buf, "%04d", year);
    return kabar_arena_strdup(c->arena, buf);
  }
  return NULL;
}

/* ---- output into the kb ---- */

static char *evidence(const ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t n = se->end - se->start;
  char *e = kabar_arena_strndup(c->arena, c->doc->text + se->start, n);
  if (e)
    for (char *p = e; *p; p++)
      if (*p == '\t' || *p == '\n' || *p == '\r')
        *p = ' ';
  return e;
}

static kabar_status to_kb(ctx *c, kabar_kb *kb) {
  kabar_status st = KABAR_OK;
  size_t *kbi = malloc((c->n_dents ? c->n_dents : 1) * sizeof *kbi);
  if (!kbi)
    return KABAR_ERR_NOMEM;
  for (size_t d = 0; d < c->n_dents; d++)
    kbi[d] = NONE;
  TRY(kabar_kb_begin_doc(kb, c->doc->name, c->doc->path, c->doc->title, c->doc->sha256,
                         c->doc->n_sentences));
  for (size_t m = 0; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || !mm->n_dent ||
        c->doc->sentences[mm->sent].kind == KABAR_SENT_BOILERPLATE)
      continue;
    size_t d = mm->dent[0];
    dent *e = &c->dents[d];
    if (e->type == KABAR_ENT_PERSON && !e->mononym && !strchr(e->label, ' '))
      continue;
    /* a capital acting for its state is the state */
    if (e->type == KABAR_ENT_PLACE && !mm->locative) {
      const kabar_lex_entity *le = kabar_lexicon_lookup(c->x->lex, e->label);
      if (le && (le->flags & KABAR_LEX_METONYM)) {
        size_t sd = state_of(c, d);
        if (sd != NONE)
          d = sd, e = &c->dents[d];
      }
    }
    const char *surface = text_span(c, mm->tb, mm->te);
    size_t k = kabar_kb_entity(kb, e->type, e->label, e->type == KABAR_ENT_STATE ? e->iso3 : NULL,
                               surface);
    if (k == NONE) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    kbi[d] = k;
  }
  for (size_t f = 0; f < c->n_facts; f++) {
    pfact *pf = &c->facts[f];
    size_t ids[3] = {pf->s, pf->o, pf->claimant};
    for (int i = 0; i < 3; i++) {
      size_t d = ids[i];
      if (d == NONE || kbi[d] != NONE)
        continue;
      dent *e = &c->dents[d];
      if (e->type == KABAR_ENT_PERSON && !e->mononym && !strchr(e->label, ' '))
        continue;
      kbi[d] = kabar_kb_entity(kb, e->type, e->label, e->type == KABAR_ENT_STATE ? e->iso3 : NULL,
                               NULL);
      if (kbi[d] == NONE) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    }
    if (kbi[pf->s] == NONE || kbi[pf->o] == NONE)
      continue;
    const kabar_sentence *se = &c->doc->sentences[pf->sent];
    kabar_mention km = {c->doc->name, pf->sent + 1, se->start, se->end, kbi[pf->s], kbi[pf->o],
                        pf->rel, pf->status,
                        pf->claimant != NONE ? kbi[pf->claimant] : NONE,
                        sentence_date(c, pf->sent), evidence(c, pf->sent)};
    TRY(kabar_kb_add_mention(kb, &km));
  }
done:
  free(kbi);
  return st;
}

/* Remembers the document's people for the documents after it. */
static void remember_people(ctx *c) {
  for (size_t d = 0; d < c->n_dents; d++) {
    dent *e = &c->dents[d];
    if (e->type == KABAR_ENT_PERSON && e->mononym) {
      size_t st = state_of(c, d);
      person_remember(c->x, e->label, e->key, NULL, NULL, st != NONE ? c->dents[st].iso3 : NULL, 1);
      continue;
    }
    if (e->type != KABAR_ENT_PERSON || !strchr(e->label, ' '))
      continue;
    size_t fl = strcspn(e->label, " ");
    const char *lastsp = strrchr(e->label, ' ');
    kabar_buf a = {0}, b = {0};
    if (kabar_compact_append(&a, e->label, fl) == 0 &&
        kabar_compact_append(&b, lastsp + 1, strlen(lastsp + 1)) == 0) {
      size_t st = state_of(c, d);
      person_remember(c->x, e->label, e->key, a.data, b.data,
                      st != NONE ? c->dents[st].iso3 : NULL, 1);
    }
    kabar_buf_free(&a);
    kabar_buf_free(&b);
  }
}

/* Analyzes a normalized word into *out (strings in the extractor's arena). */
static int analyze_word(kabar_extractor *x, const char *w, lexeme *out) {
  size_t n = strlen(w);
  x->lexeme_buf.len = 0;
  if (kabar_compact_append(&x->lexeme_buf, w, n) < 0)
    return -1;
  out->compact = kabar_arena_strndup(x->arena, x->lexeme_buf.data ? x->lexeme_buf.data : "",
                                     x->lexeme_buf.len);
  if (!out->compact)
    return -1;
  out->wcat = kabar_cues_word(x->cues, w);
  out->root = kabar_cues_root(x->cues, w, &out->morph);
  out->status = kabar_cues_status_word(x->cues, w);
  if (!out->status && out->root)
    out->status = kabar_cues_status(x->cues, out->root->status);
  out->first_entity = (unsigned char)kabar_lexicon_may_start_entity(x->lex, out->compact);
  out->first_role = (unsigned char)kabar_lexicon_may_start_role(x->lex, out->compact);
  return 0;
}

/* The lexeme of a word, cached. NULL when out of memory. */
static const lexeme *word_lexeme(kabar_extractor *x, const char *w, lexeme *scratch) {
  size_t n = strlen(w), v;
  if (kabar_strmap_get(x->lexeme_index, w, n, &v))
    return &x->lexemes[v];
  if (analyze_word(x, w, scratch) < 0)
    return NULL;
  if (x->n_lexemes >= MAX_LEXEMES)
    return scratch;
  if (grow((void **)&x->lexemes, &x->cap_lexemes, x->n_lexemes, sizeof *x->lexemes) < 0 ||
      kabar_strmap_put(x->lexeme_index, w, n, x->n_lexemes) < 0)
    return NULL;
  x->lexemes[x->n_lexemes] = *scratch;
  return &x->lexemes[x->n_lexemes++];
}

/* KABAR_DEBUG=1: each sentence with its mentions and facts, on stderr. */
static void debug_dump(ctx *c) {
  for (size_t s = 0; s < c->doc->n_sentences; s++) {
    const kabar_sentence *se = &c->doc->sentences[s];
    fprintf(stderr, "[%s %zu %s]", c->doc->name, s + 1, kabar_sentence_kind_name(se->kind));
    for (size_t t = se->tok_begin; t < se->tok_end; t++) {
      size_t m = c->ment_at[t];
      const kabar_token *tk = &c->doc->tokens[t];
      if (m != NONE && c->ments[m].tb == t) {
        ment *mm = &c->ments[m];
        fprintf(stderr, " {%u%s%s%s:", mm->kind, mm->inner ? "i" : "", mm->locative ? "l" : "",
                mm->group != NONE ? "g" : "");
        for (size_t k = 0; k < mm->n_dent; k++)
          fprintf(stderr, "%s%s", k ? "," : "", c->dents[mm->dent[k]].label);
        fprintf(stderr, "}");
      }
      fprintf(stderr, " %.*s", (int)(tk->end - tk->start), c->doc->text + tk->start);
    }
    fprintf(stderr, "\n");
    for (size_t f = c->sents[s].f_begin; f < c->sents[s].f_end; f++)
      fprintf(stderr, "    => %s %s %s [%s]\n", c->dents[c->facts[f].s].label,
              kabar_relation_name(c->facts[f].rel), c->dents[c->facts[f].o].label,
              kabar_fact_status_name(c->facts[f].status));
  }
}

kabar_status kabar_extract_doc(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                               kabar_error *err) {
  kabar_status st = KABAR_OK;
  ctx c;
  memset(&c, 0, sizeof c);
  c.x = x;
  c.doc = doc;
  c.last_alleged_sent = NONE;
  c.arena = kabar_arena_new();
  c.dent_keys = kabar_strmap_new();
  c.fact_keys = kabar_strmap_new();
  size_t nt = doc->n_tokens ? doc->n_tokens : 1;
  c.compact = malloc(nt * sizeof *c.compact);
  c.ment_at = malloc(nt * sizeof *c.ment_at);
  c.wcat = malloc(nt * sizeof *c.wcat);
  c.root = malloc(nt * sizeof *c.root);
  c.morph = malloc(nt * sizeof *c.morph);
  c.status = malloc(nt * sizeof *c.status);
  c.first = malloc(nt);
  c.sents = calloc(doc->n_sentences ? doc->n_sentences : 1, sizeof *c.sents);
  TRY_ALLOC(c.arena && c.dent_keys && c.fact_keys && c.compact && c.ment_at && c.wcat && c.root && c.morph &&
                    c.status && c.first && c.sents
                ? c.arena
                : NULL);
  for (size_t t = 0; t < doc->n_tokens; t++) {
    lexeme scratch;
    const lexeme *lx = word_lexeme(x, doc->tokens[t].norm, &scratch);
    TRY_ALLOC(lx);
    int word = (doc->tokens[t].flags & KABAR_TOK_WORD) != 0;
    c.compact[t] = lx == &scratch ? kabar_arena_strdup(c.arena, lx->compact) : lx->compact;
    TRY_ALLOC(c.compact[t]);
    c.ment_at[t] = NONE;
    c.wcat[t] = lx->wcat;
    c.root[t] = word ? lx->root : NULL;
    c.morph[t] = lx->morph;
    c.status[t] = word ? lx->status : NULL;
    /* a status root counts as a verb or bare root, not inside a noun
     * ("perjanjian" is not "janji") */
    if (c.status[t] && c.status[t]->kind == SC_PLANNED && lx->root &&
        lx->morph.form == KABAR_FORM_NOUN &&
        lx->status != kabar_cues_status_word(x->cues, doc->tokens[t].norm))
      c.status[t] = NULL;
    c.first[t] = (unsigned char)(lx->first_entity | (lx->first_role << 1));
  }
  for (size_t s = 0; s < doc->n_sentences; s++) {
    c.sents[s].m_begin = c.n_ments;
    if (doc->sentences[s].kind != KABAR_SENT_BOILERPLATE)
      TRY(ner_sentence(&c, s));
    c.sents[s].m_end = c.n_ments;
    group_sentence(&c, s);
  }
  find_pair(&c);
  for (size_t s = 0; s < doc->n_sentences; s++) {
    main_subject(&c, s);
    resolve_refs(&c, s);
    main_subject(&c, s); /* a pronoun may have been the subject */
    TRY(relations_sentence(&c, s));
  }
  if (getenv("KABAR_DEBUG"))
    debug_dump(&c);
  TRY(to_kb(&c, kb));
  remember_people(&c);
done:
  if (st != KABAR_OK)
    kabar_error_set(err, st, "%s: %s during extraction", doc->path, kabar_strerror(st));
  kabar_buf_free(&c.buf);
  free(c.compact);
  free(c.ment_at);
  free(c.wcat);
  free(c.root);
  free(c.morph);
  free(c.status);
  free(c.first);
  free(c.sents);
  free(c.dents);
  free(c.ments);
  free(c.facts);
  kabar_strmap_free(c.dent_keys);
  kabar_strmap_free(c.fact_keys);
  kabar_arena_free(c.arena);
  return st;
}

/* The lexicon's office holders, so that "Presiden Xi" or "Erdogan" alone
 * resolves to the full name when no one else in the lexicon shares it. */
static kabar_status seed_people(kabar_extractor *x) {
  kabar_buf full = {0}, a = {0}, b = {0};
  kabar_status st = KABAR_OK;
  for (size_t i = 0; i < kabar_lexicon_n_entities(x->lex); i++) {
    const kabar_lex_entity *le = kabar_lexicon_entity(x->lex, i);
    const char *sp = strchr(le->label, ' ');
    if (le->type != KABAR_ENT_PERSON || !sp)
      continue;
    const char *lastsp = strrchr(le->label, ' ');
    full.len = a.len = b.len = 0;
    if (kabar_compact_append(&full, le->label, strlen(le->label)) < 0 ||
        kabar_compact_append(&a, le->label, (size_t)(sp - le->label)) < 0 ||
        kabar_compact_append(&b, lastsp + 1, strlen(lastsp + 1)) < 0) {
      st = KABAR_ERR_NOMEM;
      break;
    }
    /* A bare name resolves by a first word of up to four letters (an East
     * Asian family name: Xi, Li, Moon) or a last word of three letters or
     * more (Putin, Erdogan; not "Un"); a Western given name alone does not. */
    person_remember(x, le->label, full.data, a.len <= 4 ? a.data : NULL,
                    b.len >= 3 ? b.data : NULL, le->iso3, 0);
  }
  kabar_buf_free(&full);
  kabar_buf_free(&a);
  kabar_buf_free(&b);
  return st;
}

kabar_status kabar_extractor_new(const char *data_dir, kabar_extractor **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_extractor *x = calloc(1, sizeof *x);
  TRY_ALLOC(x);
  x->arena = kabar_arena_new();
  x->person_full = kabar_strmap_new();
  x->person_short = kabar_strmap_new();
  x->person_recent = kabar_strmap_new();
  x->lexeme_index = kabar_strmap_new();
  TRY_ALLOC(x->arena && x->person_full && x->person_short && x->person_recent && x->lexeme_index
                ? x
                : NULL);
  size_t n = strlen(data_dir) + 16;
  path = malloc(n);
  TRY_ALLOC(path);
  snprintf(path, n, "%s/lexicon", data_dir);
  TRY(kabar_lexicon_load(path, &x->lex, err));
  snprintf(path, n, "%s/cues", data_dir);
  TRY(kabar_cues_load(path, &x->cues, err));
  TRY(seed_people(x));
  *out = x;
  x = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", data_dir);
  free(path);
  kabar_extractor_free(x);
  return st;
}

void kabar_extractor_free(kabar_extractor *x) {
  if (!x)
    return;
  kabar_lexicon_free(x->lex);
  kabar_cues_free(x->cues);
  kabar_strmap_free(x->person_full);
  kabar_strmap_free(x->person_short);
  kabar_strmap_free(x->person_recent);
  free(x->people);
  kabar_strmap_free(x->lexeme_index);
  free(x->lexemes);
  kabar_buf_free(&x->lexeme_buf);
  kabar_arena_free(x->arena);
  free(x);
}
