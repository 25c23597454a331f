/* SPDX-License-Identifier: MIT */
/* Private to the extractor's files: its state, the per-document state the
 * rules share, small token helpers, and the functions one file calls in
 * another.
 *
 * Functions shared between these files carry the prefix ex_: they are
 * global symbols of the library, but no part of its API (kabar_). */
#ifndef KABAR_EXTRACT_INTERNAL_H
#define KABAR_EXTRACT_INTERNAL_H

#include "extract.h"
#include "cues.h"
#include "grammar.h"
#include "common/grow.h"

#include "common/arena.h"
#include "common/strmap.h"
#include "lexicon/compact.h"
#include "lexicon/dictionary.h"
#include "lexicon/lexicon.h"
#include "tagger/tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE KABAR_NONE
#define WINDOW 7      /* words a rule looks past a cue for an argument */
#define MAX_ARGS 16   /* entities in one coordinated argument ("terdiri dari" ten states) */
#define FIRST_HEAD 4  /* ctx.first: the word may start a frame head */
/* ctx.first: the word may end the name of a room or a building ("Credential
 * Hall"); kept out of ctx.wcat, where any category would make the word no
 * part of a person's name ("Stuart Hall") */
#define FIRST_PLACE_LAST 8

/* ---- the extractor ---- */

/* What kabar knows of a word, looked up once per distinct word and kept
 * across documents: one hash lookup per token instead of one per table. */
typedef struct lexeme {
  const char *compact;
  kabar_word_cats wcat;
  const kabar_root_info *root;
  kabar_morph morph;
  const kabar_status_cue *status;
  unsigned char first_entity, first_role;
  kabar_grammar_cats gcat; /* grammar categories as a word of its own (G_*) */
  unsigned gstart; /* KABAR_GRAMMAR_STARTS_*: a two-word grammar entry or a frame head */
} lexeme;

/* The lexemes of the words one thread has met (see extract.h). It holds
 * at most WORD_CACHE_MAX words: once full, it starts afresh when the next
 * document begins and no document being extracted or waiting to be merged
 * still points into it (`users`), and until then new words are analyzed
 * uncached. So memory stays bounded on words that never repeat, and a
 * result never depends on the cache. */
struct kabar_word_cache {
  kabar_strmap *index; /* normalized word -> lexeme */
  lexeme *lexemes;
  size_t n_lexemes, cap_lexemes;
  kabar_buf buf;
  kabar_arena *arena; /* the lexemes' compact forms */
  size_t users;       /* documents (ctx) whose compact forms point into arena */
  kabar_tagger_memo *tagger; /* the tagger's sums for this thread's words, made when first needed */
};

struct kabar_extractor {
  kabar_lexicon *lex;
  kabar_tagger *tagger; /* the statistical name tagger (data/ner/tagger.model) */
  kabar_dictionary *dict; /* the common-word test (hunspell-id) */
  kabar_cues *cues;
  kabar_grammar *grammar;
  kabar_word_cache *words; /* of the thread that merges documents */
  /* People met so far, across documents: compact full name -> label, and a
   * bare family or given name -> label ("" when two people share it).
   * Documents extracted in parallel read them as they were when their
   * batch began: a document reads person_full and person_recent only
   * through ex_people_read(), and person_remember() records each change in
   * people_changed, so that a document whose reads changed is extracted
   * again when it is merged (kabar_extraction_merge()). */
  kabar_strmap *people_changed; /* key hashes (8 bytes), or NULL: not tracked */
  /* kabar extract: each person remembered from a document is also logged
   * here (ex_log_person(), shard.c), or NULL */
  struct kabar_shard_log *people_log;
  kabar_arena *arena;
  kabar_strmap *person_full;
  kabar_strmap *person_short;  /* from the lexicon */
  kabar_strmap *person_recent; /* from the documents read so far */
  struct known_person {
    const char *label;
    const char *iso3; /* or NULL */
  } *people;
  size_t n_people, cap_people;
  /* Heads of state and government in office, from the lexicon, by a word of
   * their name: a bare name several lexicon people share ("Kim") still
   * means the one who leads a state the document names. */
  kabar_strmap *leader_names; /* name word -> first of its leader_namesakes */
  struct leader_namesake {
    const kabar_lex_entity *le;
    size_t next; /* another with the word, or NONE */
  } *leader_namesakes;
  size_t n_leader_namesakes, cap_leader_namesakes;
};

/* ---- per-document state ---- */

typedef struct dent { /* an entity of the document */
  kabar_entity_type type;
  const char *label;
  const char *key;  /* compact key of the label */
  const char *iso3; /* a state's code; for others their state's code */
  size_t state;     /* dent of the state a person, place or body stands for */
  int leader;       /* a person who leads a state: "presiden" refers to them
                     * (set by ex_set_leader(), which lists them) */
  int heads_state;  /* the document has said so: a leaderOf fact to a state */
  int mononym;      /* a person with one name ("Sugiono"), met after a title */
  int guessed;      /* a name only the statistical tagger read: not remembered
                     * for later documents */
  int titled;       /* named with a title ("Menteri Luar Negeri Ekuador Gabriela Noboa") */
  int spokesperson; /* ... a spokesperson's: what they report is of others */
  int gov;          /* a government body: in a relation between states, its state acts */
  int government;   /* ... that is its state's government: its leader leads the state */
  int academic;     /* a university, think tank, medium or firm: its people are affiliated */
  const char *lex_role; /* an office holder's role title from the lexicon, or NULL */
  const char *head_title; /* the leader's title the text gave them ("perdana menteri"), or NULL */
  const char *office;     /* a minister's full title the text gave them ("menteri pertahanan"
                           * for "Menhan"), or NULL */
  int unnamed;      /* an agreement the text describes but does not name ("nota
                     * kesepahaman"): labelled by its parties when exported */
  const char *alt_label[5]; /* ... its label with two parties the other way round,
                             * both ways as the text spells them, and both ways
                             * without the year ("perjanjian keamanan Kepulauan
                             * Solomon–China") */
  const char *kind;      /* ... and its kind ("perjanjian persahabatan"), when its label
                          * holds a year too */
  const char *armed_kind; /* an armed group named by its kind ("separatis"), for the
                           * same kind named again; NULL for others */
  int own_title;         /* ... written as a title of three words or more ("Perjanjian
                          * Keamanan Bilateral"): with fewer than two parties, known
                          * by that title */
} dent;

enum { MK_NAME, MK_PRON_PERSON, MK_PRON_PLURAL, MK_PAIR, MK_REF_STATE, MK_REF_ORG, MK_PRON_NYA,
       MK_ROLEREF, MK_BILATERAL, MK_DROPPED, MK_REF_AGREEMENT, MK_OWN_STATE, MK_SPEAKER,
       MK_SPEAKER_STATE };

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
  size_t phrase_te;     /* an unnamed agreement: the end of the phrase that
                         * describes it ("persetujuan tahun 2015 itu"), kept
                         * as one of its names; else 0 */
  unsigned char how;    /* a name: the kabar_mention_kind of the rule that found it
                         * (ctx.how when it was added) */
  unsigned char clitic; /* a one-token name with -nya glued to it ("Israelnya"):
                         * the entity's alias drops it */
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
  const char *why;       /* the rule that stated it (see ctx.why) */
  const char *why_root;  /* the cue's root, for a cue rule */
  int superseded;        /* said again of a named person (see extract.c), not exported */
} pfact;

/* ---- the sentence layer (clauses.c, phrases.c, frames.c) ---- */

enum { CL_NONE, CL_VERB, CL_COPULA, CL_ROLE }; /* what a clause's predicate is */
enum { CS_NONE, CS_OWN, CS_RELATIVE, CS_CARRIED, CS_CONTROL }; /* where its subject comes from */

#define MAX_OBLIQUES 4

typedef struct clause {
  size_t tb, te;         /* tokens */
  size_t pred, pred_te;  /* the predicate's words ("menjabat sebagai"), or NONE */
  unsigned kind;         /* CL_* */
  unsigned voice;        /* the verb's kabar_form (KABAR_FORM_ACTIVE, _PASSIVE, ...) */
  int negated;           /* a negation before the predicate, or "bukan" as one */
  size_t subj_m;         /* the subject's mention, or NONE */
  unsigned subj_how;     /* CS_* */
  int head_unnamed;      /* a relative clause whose head is a noun no name stands for */
  int agent_carried;     /* its subject is the agent of the passive clause before */
  size_t obj_m;          /* the direct object's mention, or NONE */
  struct { size_t prep, m; } obl[MAX_OBLIQUES]; /* prepositional phrases after the predicate */
  size_t n_obl;
} clause;

enum { PS_OTHER, PS_PREDICATE, PS_APPOSITION }; /* a phrase's place in its clause */

typedef struct phrase { /* a noun phrase headed by a frame's head or a role title */
  size_t tb, head_te, te;   /* head [tb, head_te); the phrase [tb, te) */
  const kabar_frame *frames[KABAR_MAX_HEAD_FRAMES];
  size_t n_frames;
  const kabar_lex_role *role; /* the head is this role title */
  size_t gen_m;             /* the genitive's mention ("sekutu [Jepang]"), or NONE */
  int gen_alone;            /* the genitive is not its whole coordination, only the
                             * members before gen_te ("anggota ASEAN dan APEC, dan
                             * anggota Gerakan Non-Blok") */
  size_t gen_te;
  size_t list_m;            /* the first member after a list word, or NONE */
  size_t between_m, between_m2; /* the parties after "antara" ("dengan" the second), or NONE */
  size_t clause;            /* the clause it stands in */
  unsigned slot;            /* PS_* */
  size_t appos_m;           /* PS_APPOSITION: the name it describes */
  int appos_all;            /* ... with all of its coordination ("A dan B, dua sekutu") */
} phrase;

typedef struct sent_info {
  size_t m_begin, m_end; /* mentions */
  size_t c_begin, c_end; /* clauses */
  size_t p_begin, p_end; /* phrases */
  arg subject;           /* main subject */
  int has_alleged;
  size_t f_begin, f_end; /* facts */
} sent_info;

typedef struct ctx {
  kabar_extractor *x;
  kabar_word_cache *wc; /* the cache its compact forms point into */
  const kabar_doc *doc;
  kabar_arena *arena;
  const char **compact;  /* per token */
  size_t *ment_at;       /* per token: mention index or NONE */
  kabar_word_cats *wcat; /* per token: word categories */
  const kabar_root_info **root; /* per token: the cue root it is built on, or NULL */
  kabar_morph *morph;    /* per token: its analysis, where root is set */
  const kabar_status_cue **status; /* per token: its status cue, or NULL */
  unsigned char *first;  /* per token: 1 may start an entity name, 2 a role title,
                          * FIRST_HEAD a frame head, FIRST_PLACE_LAST see there */
  /* per token t, at 2t as written and at 2t + 1 in any case: the
   * lexicon's longest name there as ex_match_entity() last found it,
   * bounded by me_end (NONE: not looked up yet); its length (0: none) and
   * entity. The rules ask about a token again and again. */
  size_t *me_end;
  unsigned char *me_len;
  const kabar_lex_entity **me_le;
  dent *dents;
  size_t n_dents, cap_dents;
  kabar_strmap *dent_keys; /* "type:key" -> dent */
  kabar_strmap *fact_keys; /* facts already taken from a sentence */
  kabar_strmap *unnamed_kinds; /* an unnamed agreement's kind -> the latest one of that kind */
  /* The name words of the document's people (see ex_person_lookup()):
   * compact word -> its first link; the links of one word list its people
   * in dent order. Filled lazily up to n_name_indexed dents. */
  kabar_strmap *name_words;
  struct name_link { size_t dent, next, tail; } *name_links;
  size_t n_name_links, cap_name_links, n_name_indexed;
  /* Per dent, its mentions by name alone among mentions [0, n_named_counted)
   * (see most_named()); counted only up to named_final, the first mention
   * of the sentence the name finder reads: earlier ones no longer change. */
  size_t *named_count;
  size_t cap_named_count, n_named_counted, named_final;
  size_t *leaders; /* the dents whose leader flag is set (see ex_set_leader()) */
  size_t n_leaders, cap_leaders;
  ment *ments;
  size_t n_ments, cap_ments;
  pfact *facts;
  size_t n_facts, cap_facts;
  sent_info *sents;
  clause *clauses;
  size_t n_clauses, cap_clauses;
  phrase *phrases;
  size_t n_phrases, cap_phrases;
  unsigned char *ner;    /* per token: the tagger's kabar_tag, for sentence ner_sent */
  size_t ner_sent;       /* the sentence tagged last, or NONE (see ex_tagged_span()) */
  kabar_grammar_cats *gcat; /* per token: grammar word categories (G_*) */
  unsigned char *glen;   /* per token: the grammar word's length in tokens */
  size_t pair[2];         /* the two states the document is about */
  size_t article_subject; /* the person a biography's title names, or NONE */
  int pair_titled;        /* named so by its title */
  int pair_relations;     /* ... a title on their relations ("Hubungan A dengan B") */
  int title_case;         /* the sentence being read is a heading in title case */
  int body_of_title;      /* a body's name being read after a title and its portfolio */
  /* A title and its state with no name, then "dan" (see handle_role): the
   * token after "dan" (0: none), the title's first token, role and state. */
  size_t listed_title_next, listed_title_tb, listed_title_aff;
  const kabar_lex_role *listed_title_role;
  int headline;           /* the sentence being read is the document's title line */
  size_t last_alleged_sent; /* sentence with the latest alleged facts, or NONE */
  kabar_buf buf;
  /* What the rule now running is, for `kabar analyze`: "title", "cue
   * kunjung", "frame memberOf anggota"...; copied into each fact it adds. */
  const char *why;
  const char *why_root;
  /* How the name rule now running finds names (a kabar_mention_kind):
   * copied into each mention it adds, for mentions.tsv. */
  unsigned char how;
  /* The first allocation failure (KABAR_ERR_NOMEM), or KABAR_OK. A rule that
   * cannot allocate records it here and gives no result; kabar_extract_doc()
   * checks it after each pass and stops, so it is never taken for "none". */
  kabar_status failed;
  /* Extracted in parallel with other documents: the hashes of the keys it
   * looked up among the people of earlier documents (ex_people_read()). */
  int track_people;
  uint64_t *people_read;
  size_t n_people_read, cap_people_read;
} ctx;

/* The status a fact mention takes from its cues (see ex_fact_status()). */
typedef struct status_ctx {
  kabar_fact_status status;
  size_t claimant; /* dent or NONE */
  int cancel;
  /* a person outside the fact who reports it ("Nuland mengatakan bahwa
   * Rusia mengirim tentara"): a hostile act they report is their claim */
  size_t reporter;
  /* ... or the one it was done to, who reports it ("Saakashvili mengatakan
   * tentara Rusia mengebom penduduk Georgia"): the act stands, and the
   * report accuses the one who acts */
  int victim_reports;
} status_ctx;

/* Whether rel is a hostile act that a party outside it reports as a claim
 * against the one who acts: attacked, annexed, violated, deployed troops,
 * supplied arms. */
int ex_relation_is_hostile_act(kabar_relation rel);

/* ---- small helpers ---- */

/* Whether t is an adverb or a modal word that stands before its verb
 * ("telah", "akan", "tidak", "sepakat", "berjanji untuk"). */
static inline int ex_before_verb(const ctx *c, size_t t) {
  return (c->wcat[t] & W_SKIP) || (c->status[t] && !c->status[t]->after);
}

/* Records an allocation failure (see ctx.failed); returns NONE for the
 * callers that return "no dent" or "no mention". */
static inline size_t ex_out_of_memory(ctx *c) {
  c->failed = KABAR_ERR_NOMEM;
  return KABAR_NONE;
}

/* The token's normalized form, flags (KABAR_TOK_*), and whether it is w. */
static inline const char *tok_norm(const ctx *c, size_t t) { return c->doc->tokens[t].norm; }
static inline unsigned tok_flags(const ctx *c, size_t t) { return c->doc->tokens[t].flags; }
static inline int tok_is(const ctx *c, size_t t, const char *w) {
  return strcmp(tok_norm(c, t), w) == 0;
}

/* Whether t counts times before "kali" ("dua kali", "3 kali"): how often,
 * an adverb between a subject and its verb. */
static inline int ex_times_count(const ctx *c, size_t t) {
  return t + 1 < c->doc->n_tokens && ((c->gcat[t] & G_MANY) || (tok_flags(c, t) & KABAR_TOK_NUMBER)) &&
         tok_is(c, t + 1, "kali");
}

/* The cue root token t is built on (analyzed once per document), or NULL. */
static inline const kabar_root_info *tok_root(const ctx *c, size_t t, kabar_morph *m) {
  if (c->root[t] && m)
    *m = c->morph[t];
  return c->root[t];
}

/* The status cue at token k, or NULL. */
static inline const kabar_status_cue *status_at(ctx *c, size_t k) { return c->status[k]; }

/* Lexicon lookups at token t, skipped at once for words no name starts with
 * (and at the end of the range: t may be `end`). */
/* The lexicon's longest name at t before end (t may start one), as
 * written or, with any_case, in any case, and its entity in *le; 0, *le
 * untouched, when none (see me_end in ctx). */
size_t ex_match_entity(const ctx *c, size_t t, size_t end, int any_case,
                       const kabar_lex_entity **le);

static inline size_t match_entity(const ctx *c, size_t t, size_t end, const kabar_lex_entity **le) {
  const kabar_lex_entity *dummy;
  return t < end && (c->first[t] & 1) ? ex_match_entity(c, t, end, 0, le ? le : &dummy) : 0;
}

static inline size_t match_role(const ctx *c, size_t t, size_t end, const kabar_lex_role **lr) {
  const kabar_lex_role *dummy;
  return t < end && (c->first[t] & 2) ? kabar_lexicon_match_role(c->x->lex, c->doc->tokens, c->compact, t,
                                                      end, lr ? lr : &dummy)
                           : 0;
}

/* The first entity of an argument, or NONE. */
static inline size_t first_dent(const arg *a) { return a->n ? a->d[0] : NONE; }

/* ---- entities.c: the entities of the document, the people met across documents ---- */

const char *ex_text_span(ctx *c, size_t b, size_t e);
size_t ex_add_dent(ctx *c, kabar_entity_type type, const char *label, const char *iso3);
size_t ex_state_dent(ctx *c, const char *iso3);
size_t ex_lex_dent(ctx *c, const kabar_lex_entity *le);
size_t ex_add_ment(ctx *c, size_t sent, size_t tb, size_t te, unsigned kind);
size_t ex_add_name_ment(ctx *c, size_t sent, size_t tb, size_t te, size_t d);
size_t ex_person_lookup(ctx *c, size_t b, size_t e);
/* Whether the one word at t is a word of the name of a person the
 * document names with two words or more ("Kim" after Kim Jong-un and Kim
 * Jong-il), whom ex_person_lookup() may have left ambiguous. */
int ex_person_word_named(ctx *c, size_t t);
/* Marks dent d as a leader of its state and lists it in c->leaders, so that
 * finding a state's leader reads the leaders, not every entity; out of
 * memory is recorded. */
void ex_set_leader(ctx *c, size_t d);
/* The entity of this type that the document already named by the one
 * token t ("FARC" after "gerilyawan Marxis FARC"), or NONE. */
size_t ex_named_dent(ctx *c, kabar_entity_type type, size_t t);
size_t ex_person_new(ctx *c, size_t b, size_t e);
/* A new person named by the one token t; NONE when out of memory. */
size_t ex_mononym_new(ctx *c, size_t t);
kabar_status ex_remember_people(ctx *c);
const kabar_lex_entity *ex_lex_lookup(ctx *c, const char *name);
const kabar_lex_entity *ex_dent_lex(ctx *c, size_t d);
kabar_status ex_seed_people(kabar_extractor *x);
/* extract.c: a lookup of `key` among the people of earlier documents
 * (person_full, person_recent), recorded when the document is extracted in
 * parallel with others; and a change of that key's entry, recorded while
 * the extractor tracks changes. Both record nothing otherwise. 0, or -1
 * when out of memory (c->failed is set). */
int ex_people_read(ctx *c, const char *key);
int ex_people_changed(kabar_extractor *x, const char *key, size_t n);
/* shard.c: logs a person remembered from a document (the arguments of
 * person_remember()); 0, or -1 when out of memory. entities.c: remembers
 * one as a document's extraction would (kabar merge replays them). */
int ex_log_person(struct kabar_shard_log *log, const char *label, const char *key,
                  const char *first, const char *last, const char *iso3);
kabar_status ex_remember_person(kabar_extractor *x, const char *label, const char *key,
                                const char *first, const char *last, const char *iso3);

/* ---- mentions.c: mentions in a sentence and what references refer to ---- */

kabar_status ex_ner_sentence(ctx *c, size_t s);
kabar_status ex_group_sentence(ctx *c, size_t s);
/* The token after mention m and the names coordinated after it ("Washington
 * dan Beijing"). */
size_t ex_group_end(const ctx *c, size_t m);
/* Whether the statistical tagger reads tokens [t, e) of sentence s as one
 * name whose first tag is `b` (KABAR_TAG_B_PER, _ORG, _LOC) and which
 * ends at e. The sentence is tagged once, when a rule first asks. */
int ex_tagged_span(ctx *c, size_t s, size_t t, size_t e, kabar_tag b);
/* "Persib Bandung", "Inter Milan", "Woodchef Indonesia": whether the
 * tagger reads the unknown name [t, e) and the place or state the lexicon
 * knows right after it as one body's name (the words of [t, e) as
 * ex_tagged_span() takes them). Returns the name's end, or 0. */
size_t ex_tagged_body_with_place(ctx *c, size_t s, size_t t, size_t e);
/* After the rules of sentence s: a name that only a weak pattern typed (a
 * capitalised name after "di" is a place, one before a verb a person's),
 * which no lexicon knows and nothing else in the document names, takes
 * the type of the tagger's reading when the tagger reads exactly that
 * span as a name of another type ("di PSMS Medan", "Pink Floyd merilis"
 * are organizations). The rules' organizations (named by a head word)
 * keep their type: the tagger is mostly wrong there; and so do places named
 * by their head noun ("Pangkalan Militer Andrews"). */
kabar_status ex_tagged_types(ctx *c, size_t s);
/* Whether most words of [t, e) are ordinary Indonesian words (the Hunspell
 * dictionary spells them in lower case): "Nasionalisme Arab", "Warga
 * Karantina" are no names, "Budi Santoso" is. */
int ex_mostly_common(ctx *c, size_t t, size_t e);
/* Whether every token of [t, e) (one at least) is an ordinary Indonesian word. */
int ex_all_common(ctx *c, size_t t, size_t e);
/* The end of a chain of honorifics and ranks at t ("Brigjen. Jenderal",
 * "Dr. (H.C.)"), words before a name that are never the name; t when none. */
size_t ex_honorifics_end(const ctx *c, size_t t, size_t end);
/* The first token from t before `end` past articles and role titles ("para
 * pemimpin", "yaitu Presiden Indonesia ..."): where the name they introduce
 * (or the state inside the title) begins. */
size_t ex_past_titles(const ctx *c, size_t t, size_t end);
/* ex_past_titles(), then past the names inside the titles ("Presiden
 * Filipina | Benigno Aquino III"): where the holder's name begins. */
size_t ex_past_title_names(const ctx *c, size_t t, size_t end);
void ex_main_subject(ctx *c, size_t s);
void ex_resolve_refs(ctx *c, size_t s);
kabar_status ex_find_pair(ctx *c);
/* Titles a document gives a bare-titled person through a state it names with
 * that title and no holder (a pass over the whole document, at its end). */
kabar_status ex_titles_from_document(ctx *c);
/* The person whose name alone is the document's title line (a
 * biography: "Mohamad Roem"), or NONE. */
size_t ex_article_subject(const ctx *c);
/* Whether token t is a Roman numeral of a name's sequence: "II", "IV". */
int ex_is_roman_numeral(const ctx *c, size_t t);

/* ---- arguments.c: the arguments of a cue ---- */

/* The mention named at q past titles and their states ("Presiden Prancis
 * Emmanuel Macron"), before end; NONE when no name stands there. */
size_t ex_titled_name_at(const ctx *c, size_t q, size_t end);

size_t ex_state_of(ctx *c, size_t d);
size_t ex_fit(ctx *c, size_t d, unsigned types, unsigned flags, const ment *m);
void ex_arg_from(ctx *c, size_t m, unsigned types, unsigned flags, arg *out);
int ex_is_boundary(const ctx *c, size_t t);
int ex_is_verb_word(ctx *c, size_t t);
int ex_usable_subject(ctx *c, size_t sb, const ment *m);
/* Where the plain lower-case noun phrase ending at h begins (at most four
 * words and an article before them, not past a verb, preposition or copula),
 * and the name a comma sets before such a phrase in apposition ("Hamas,
 * kelompok yang ...", "Korea Utara, negara yang ..."), or NONE. */
size_t ex_plain_phrase_start(ctx *c, size_t sb, size_t h);
/* The person a counterpart or kin noun at k names ("mitranya dari China,
 * Wang Yi"), or NONE. */
size_t ex_counterpart_named(const ctx *c, size_t s, size_t k);
size_t ex_apposed_name(const ctx *c, size_t sb, size_t b);
int ex_find_subject(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out);
/* Whether the cue's object may come after preposition w. */
int ex_cue_takes_prep(const kabar_rel_cue *cue, const char *w);
void ex_resolve_arg(ctx *c, size_t m, unsigned types, unsigned flags, arg *out);
int ex_find_object(ctx *c, size_t s, size_t k, const kabar_rel_cue *cue, int verb, arg *out);
int ex_nya_antecedent(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out);
int ex_object_of_cue_verb(ctx *c, size_t s, size_t t);
int ex_appositive_head(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *out);
int ex_copular_action_agent(ctx *c, size_t s, size_t t, unsigned types, arg *out);
int ex_inherit_parties(ctx *c, size_t s, size_t t, arg *subj, arg *obj);

/* ---- status.c: the status of a fact mention ---- */

status_ctx ex_fact_status(ctx *c, size_t s, size_t t, size_t subj_pos, int noun,
                       const arg *subj, const arg *obj);

/* ---- clauses.c, phrases.c, frames.c: the sentence layer ---- */

/* Splits sentence s into clauses with their predicates and subjects. */
kabar_status ex_clauses_sentence(ctx *c, size_t s);
/* The noun phrases of sentence s that frames are matched on (after its clauses). */
kabar_status ex_phrases_sentence(ctx *c, size_t s);
/* The clause of sentence s that token t stands in. */
size_t ex_clause_at(const ctx *c, size_t s, size_t t);
/* The subject that the clause layer gives the verb at t when the token
 * scan cannot see it: the object of the verb before ("membantu Angola
 * merebut ..."). NONE otherwise. */
size_t ex_controlled_subject(const ctx *c, size_t s, size_t t);
/* The subject of the main clause after a fronted clause with none of its
 * own that holds t ("Setelah bertemu ..., Kerry dan Putin sepakat"), or NONE. */
/* Whether the verb (or copula, role verb) at t opens its sentence but for
 * words of when: its subject is the one of the sentence before. */
int ex_opens_with_predicate(ctx *c, size_t s, size_t t);
/* The end of a phrase of when at q ("pada Senin", "hari Kamis (5/12)",
 * "pada tanggal 14 Agustus 2019"), or q when none starts there. */
size_t ex_time_phrase_end(const ctx *c, size_t q, size_t end);
/* Where the name starts after a relative clause of naming at k ("yang
 * disebut Quad", "yang dikenal sebagai X"), or k when there is none. */
size_t ex_naming_clause_end(const ctx *c, size_t k, size_t end);
/* Whether k is a lower-case word that may stand inside a noun phrase: no
 * name, preposition, clause word, conjunction, demonstrative or verb. */
int ex_plain_word(ctx *c, size_t k);
size_t ex_fronted_subject(const ctx *c, size_t s, size_t t);
/* The facts the frames state in sentence s. */
kabar_status ex_frames_sentence(ctx *c, size_t s);
/* The mention that stands for a phrase's referent: a predicate's subject, an
 * apposition's name; NONE when there is none. */
size_t ex_phrase_referent(const ctx *c, const phrase *p);

/* ---- analyze.c: the layers of each sentence, for `kabar analyze` ---- */

/* Prints each sentence's words, mentions, clauses, phrases and facts on out. */
kabar_status ex_print_doc(ctx *c, FILE *out);

/* ---- facts.c: facts from a sentence ---- */

kabar_status ex_add_fact(ctx *c, size_t sent, size_t s, kabar_relation rel, size_t o,
                      kabar_fact_status st, size_t claimant);
kabar_status ex_relations_sentence(ctx *c, size_t s);
int ex_is_year(const char *w);
const char *ex_sentence_date(ctx *c, size_t s);
/* The date of a fact stated in sentence s: a numeric date in it ("Senin
 * (27/10)"), else the date ex_sentence_date() reads, else the document's
 * date; NULL when none (or out of memory: c->failed). */
const char *ex_mention_date(ctx *c, size_t s);

#endif
