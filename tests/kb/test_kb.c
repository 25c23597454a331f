/* SPDX-License-Identifier: MIT */
/* The knowledge base API (include/kabar/kb.h), its names, and the TSV
 * writer (include/kabar/tsv.h) on a small kb whose output is written out
 * by hand below. */
#include <kabar/kb.h>
#include <kabar/tsv.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "slurp.h"

/* ---- names ---- */

static void test_names(void) {
  /* The spec's order, typed here by hand. */
  static const char *const rel[KABAR_REL__COUNT] = {
      "leaderOf",         "officialOf",          "affiliatedWith", "memberOf",   "visited",
      "metWith",          "congratulated",       "supports",       "criticized", "accused",
      "recognized",       "partyTo",             "violated",       "opposes",    "sanctioned",
      "suppliedArmsTo",   "deployedTroopsTo",    "militaryCooperation", "providedAidTo",
      "exportsTo",        "tradesWith",          "alliedWith",     "attacked",   "annexed",
      "foughtAgainst"};
  CHECK_INT(KABAR_REL__COUNT, 25);
  int n_sym = 0;
  for (int i = 0; i < KABAR_REL__COUNT; i++) {
    CHECK_STR(kabar_relation_name((kabar_relation)i), rel[i]);
    kabar_relation r = KABAR_REL__COUNT;
    CHECK_INT(kabar_relation_parse(rel[i], &r), 0);
    CHECK_INT(r, i);
    n_sym += kabar_relation_is_symmetric((kabar_relation)i) != 0;
  }
  CHECK_INT(n_sym, 5);
  CHECK(kabar_relation_is_symmetric(KABAR_REL_MET_WITH));
  CHECK(kabar_relation_is_symmetric(KABAR_REL_MILITARY_COOPERATION));
  CHECK(kabar_relation_is_symmetric(KABAR_REL_TRADES_WITH));
  CHECK(kabar_relation_is_symmetric(KABAR_REL_ALLIED_WITH));
  CHECK(kabar_relation_is_symmetric(KABAR_REL_FOUGHT_AGAINST));
  kabar_relation r = KABAR_REL_VISITED;
  CHECK_INT(kabar_relation_parse("metwith", &r), -1); /* case matters */
  CHECK_INT(kabar_relation_parse("", &r), -1);
  CHECK_INT(kabar_relation_parse("leaderOf ", &r), -1);
  CHECK_INT(r, KABAR_REL_VISITED); /* untouched on failure */

  static const char *const types[KABAR_ENT__COUNT] = {"State", "Person", "Organization",
                                                      "Agreement", "Place", "Event"};
  CHECK_INT(KABAR_ENT__COUNT, 6);
  for (int i = 0; i < KABAR_ENT__COUNT; i++) {
    CHECK_STR(kabar_entity_type_name((kabar_entity_type)i), types[i]);
    kabar_entity_type t = KABAR_ENT__COUNT;
    CHECK_INT(kabar_entity_type_parse(types[i], &t), 0);
    CHECK_INT(t, i);
  }
  kabar_entity_type t;
  CHECK_INT(kabar_entity_type_parse("state", &t), -1);
  CHECK_INT(kabar_entity_type_parse("Country", &t), -1);

  static const char *const st[KABAR_FS__COUNT] = {"asserted", "alleged", "denied", "planned",
                                                  "negated"};
  CHECK_INT(KABAR_FS__COUNT, 5);
  for (int i = 0; i < KABAR_FS__COUNT; i++) {
    CHECK_STR(kabar_fact_status_name((kabar_fact_status)i), st[i]);
    kabar_fact_status s = KABAR_FS__COUNT;
    CHECK_INT(kabar_fact_status_parse(st[i], &s), 0);
    CHECK_INT(s, i);
  }
  kabar_fact_status s;
  CHECK_INT(kabar_fact_status_parse("Asserted", &s), -1);
  CHECK_INT(kabar_fact_status_parse("unknown", &s), -1);
}

/* ---- entities ---- */

static const kabar_entity *ent(const kabar_kb *kb, size_t i) {
  const kabar_entity *e = kabar_kb_get_entity(kb, i);
  CHECK(e != NULL);
  return e;
}

static void test_entities(void) {
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return;
  CHECK_INT(kabar_kb_begin_doc(kb, "zeta", "in/zeta.txt", "Judul", NULL, 4), KABAR_OK);
  size_t rus = kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Rusia");
  CHECK_INT(rus, 0);
  /* States merge by code, whatever label or surface. */
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Moskow"), rus);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Federasi Rusia", "RUS", NULL), rus);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Kremlin"), rus);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Moskow"), rus); /* no dup */
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", ""), rus);
  /* Others merge by (type, label). */
  size_t putin = kabar_kb_entity(kb, KABAR_ENT_PERSON, "Vladimir Putin", NULL, "Putin");
  CHECK_INT(putin, 1);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_PERSON, "Vladimir Putin", NULL, "Vladimir Putin"),
            putin);
  size_t moskow = kabar_kb_entity(kb, KABAR_ENT_PLACE, "Moskow", NULL, "Moskow");
  CHECK_INT(moskow, 2); /* same name, other type: another entity */
  /* A state without a code is keyed by its label. */
  size_t qing = kabar_kb_entity(kb, KABAR_ENT_STATE, "Dinasti Qing", NULL, "Qing");
  CHECK_INT(qing, 3);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Dinasti Qing", "", NULL), qing);
  /* Ids: slugs, made unique with _2, _3. */
  size_t k1 = kabar_kb_entity(kb, KABAR_ENT_PERSON, "Kim Jong Un", NULL, NULL);
  size_t k2 = kabar_kb_entity(kb, KABAR_ENT_PERSON, "Kim Jong-un", NULL, NULL);
  size_t k3 = kabar_kb_entity(kb, KABAR_ENT_ORGANIZATION, "Kim Jong Un", NULL, NULL);
  CHECK(k1 != k2 && k2 != k3 && k1 != k3);
  /* Mentions count the entity's mention rows, not the calls above. */
  kabar_entity_mention em = {NULL, 1, 0, 5, "Rusia", rus, KABAR_MK_LEXICON};
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_OK);
  em.start = 10, em.end = 12, em.surface = "ia", em.kind = KABAR_MK_REFERENCE;
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_OK);
  em.entity = putin, em.kind = KABAR_MK_TITLE;
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_OK);
  /* no such entity, a span that ends before it starts, no such kind */
  em.entity = 99;
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_ERR_USAGE);
  em.entity = putin, em.start = 13;
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_ERR_USAGE);
  em.start = 10, em.kind = KABAR_MK__COUNT;
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_ERR_USAGE);

  CHECK_INT(kabar_kb_begin_doc(kb, "alpha", "in/alpha.txt", NULL, NULL, 1), KABAR_OK);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Rusia"), rus);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_PERSON, "Vladimir Putin", NULL, "Putin"), putin);
  CHECK_INT(kabar_kb_begin_doc(kb, "mid", "in/mid.txt", NULL, NULL, 1), KABAR_OK);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Russia"), rus);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", NULL), rus);
  em = (kabar_entity_mention){NULL, 2, 30, 36, "Russia", rus, KABAR_MK_LEXICON};
  CHECK_INT(kabar_kb_add_entity_mention(kb, &em), KABAR_OK);

  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);
  CHECK_INT(kabar_kb_n_entity_mentions(kb), 4);
  CHECK_INT(kabar_kb_n_entities(kb), 7);
  CHECK_INT(kabar_kb_n_docs(kb), 3);
  CHECK(kabar_kb_get_entity(kb, 7) == NULL);

  const kabar_entity *e = ent(kb, rus);
  CHECK_INT(e->index, rus);
  CHECK_INT(e->type, KABAR_ENT_STATE);
  CHECK_STR(e->id, "RUS");
  CHECK_STR(e->label, "Rusia");
  CHECK_STR(e->iso3, "RUS");
  /* sorted byte-wise, the label not among them, no duplicates */
  CHECK_INT(e->n_aliases, 4);
  if (e->n_aliases == 4) {
    CHECK_STR(e->aliases[0], "Federasi Rusia");
    CHECK_STR(e->aliases[1], "Kremlin");
    CHECK_STR(e->aliases[2], "Moskow");
    CHECK_STR(e->aliases[3], "Russia");
  }
  CHECK_INT(e->mentions, 3);
  CHECK_INT(e->n_docs, 3);
  CHECK_INT(e->n_doc_sample, 3);
  if (e->n_doc_sample == 3) {
    CHECK_STR(e->doc_sample[0], "alpha");
    CHECK_STR(e->doc_sample[1], "mid");
    CHECK_STR(e->doc_sample[2], "zeta");
  }

  e = ent(kb, putin);
  CHECK_STR(e->id, "vladimir_putin");
  CHECK(e->iso3 == NULL);
  CHECK_INT(e->n_aliases, 1);
  if (e->n_aliases == 1)
    CHECK_STR(e->aliases[0], "Putin");
  CHECK_INT(e->mentions, 1);
  CHECK_INT(e->n_docs, 2);
  CHECK_INT(e->n_doc_sample, 2);
  if (e->n_doc_sample == 2) {
    CHECK_STR(e->doc_sample[0], "alpha");
    CHECK_STR(e->doc_sample[1], "zeta");
  }

  e = ent(kb, moskow);
  CHECK_INT(e->type, KABAR_ENT_PLACE);
  CHECK_STR(e->id, "moskow");
  CHECK_INT(e->n_aliases, 0);
  CHECK_INT(e->mentions, 0); /* named, but no mention row added */

  e = ent(kb, qing);
  CHECK_STR(e->id, "dinasti_qing");
  CHECK(e->iso3 == NULL);
  CHECK_INT(e->mentions, 0);

  CHECK_STR(ent(kb, k1)->id, "kim_jong_un");
  CHECK_STR(ent(kb, k2)->id, "kim_jong_un_2");
  CHECK_STR(ent(kb, k3)->id, "kim_jong_un_3");
  /* ids are unique over the whole kb */
  for (size_t i = 0; i < kabar_kb_n_entities(kb); i++)
    for (size_t j = i + 1; j < kabar_kb_n_entities(kb); j++)
      CHECK(strcmp(ent(kb, i)->id, ent(kb, j)->id) != 0);

  const kabar_kb_doc *d = kabar_kb_get_doc(kb, 0);
  CHECK(d != NULL);
  if (d) {
    CHECK_STR(d->name, "zeta");
    CHECK_STR(d->path, "in/zeta.txt");
    CHECK_STR(d->title, "Judul");
    CHECK_INT(d->n_sentences, 4);
    CHECK_INT(d->n_mentions, 0);
  }
  d = kabar_kb_get_doc(kb, 1);
  CHECK(d != NULL && d->title == NULL);
  CHECK(kabar_kb_get_doc(kb, 3) == NULL);

  /* finished: nothing may be added any more */
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Jepang", "JPN", NULL), KABAR_NONE);
  CHECK_INT(kabar_kb_begin_doc(kb, "late", "late.txt", NULL, NULL, 1), KABAR_ERR_USAGE);
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK); /* a second finish is harmless */
  kabar_kb_free(kb);
}

/* ---- facts and mentions ---- */

typedef struct seen {
  size_t n;
  size_t stop_at; /* return an error at this call (1-based), 0: never */
  kabar_mention m[8];
  char *evidence[8];
  char *date[8];
  char *doc[8];
} seen;

static char *dup_or_null(const char *s) {
  if (!s)
    return NULL;
  char *d = malloc(strlen(s) + 1);
  if (d)
    strcpy(d, s);
  return d;
}

static kabar_status collect(void *user, const kabar_mention *m) {
  seen *s = user;
  if (s->n < 8) {
    s->m[s->n] = *m;
    s->evidence[s->n] = dup_or_null(m->evidence);
    s->date[s->n] = dup_or_null(m->date);
    s->doc[s->n] = dup_or_null(m->doc);
  }
  s->n++;
  if (s->stop_at && s->n == s->stop_at)
    return KABAR_ERR_WRITE;
  return KABAR_OK;
}

static void seen_free(seen *s) {
  for (size_t i = 0; i < 8 && i < s->n; i++) {
    free(s->evidence[i]);
    free(s->date[i]);
    free(s->doc[i]);
  }
  memset(s, 0, sizeof *s);
}

static kabar_mention mention(size_t sentence, size_t subj, kabar_relation rel, size_t obj,
                             kabar_fact_status st, size_t claimant, const char *date,
                             const char *evidence) {
  kabar_mention m;
  memset(&m, 0, sizeof m);
  m.doc = "ignored";
  m.sentence = sentence;
  m.start = sentence * 10;
  m.end = sentence * 10 + 5;
  m.subject = subj;
  m.object = obj;
  m.relation = rel;
  m.status = st;
  m.claimant = claimant;
  m.date = date;
  m.evidence = evidence;
  return m;
}

static const kabar_fact *find_fact(const kabar_kb *kb, size_t s, kabar_relation r, size_t o) {
  for (size_t i = 0; i < kabar_kb_n_facts(kb); i++) {
    const kabar_fact *f = kabar_kb_get_fact(kb, i);
    if (f->subject == s && f->object == o && f->relation == r)
      return f;
  }
  return NULL;
}

static void test_facts(void) {
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return;
  size_t big_n = 100 * 1024;
  char *big = malloc(big_n + 1);
  CHECK(big != NULL);
  if (!big) {
    kabar_kb_free(kb);
    return;
  }
  for (size_t i = 0; i < big_n; i++)
    big[i] = (char)('a' + i % 26);
  big[big_n] = '\0';

  /* entities before any document: allowed; mentions are not */
  size_t a = kabar_kb_entity(kb, KABAR_ENT_STATE, "Korea Utara", "PRK", NULL);
  size_t b = kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", NULL);
  CHECK_INT(a, 0);
  CHECK_INT(b, 1);
  kabar_mention m = mention(1, a, KABAR_REL_MET_WITH, b, KABAR_FS_ASSERTED, KABAR_NONE, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);

  CHECK_INT(kabar_kb_begin_doc(kb, "d1", "d1.txt", NULL, NULL, 3), KABAR_OK);
  size_t usa = kabar_kb_entity(kb, KABAR_ENT_STATE, "Amerika Serikat", "USA", "AS");
  CHECK_INT(usa, 2);

  /* out of range: subject, object, claimant, relation, status */
  m = mention(1, 3, KABAR_REL_VISITED, a, KABAR_FS_ASSERTED, KABAR_NONE, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);
  m = mention(1, a, KABAR_REL_VISITED, 99, KABAR_FS_ASSERTED, KABAR_NONE, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);
  m = mention(1, a, KABAR_REL_VISITED, b, KABAR_FS_ALLEGED, 3, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);
  m = mention(1, a, KABAR_REL__COUNT, b, KABAR_FS_ASSERTED, KABAR_NONE, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);
  m = mention(1, a, KABAR_REL_VISITED, b, KABAR_FS__COUNT, KABAR_NONE, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);
  CHECK_INT(kabar_kb_n_mentions(kb), 0);

  /* 1: metWith(PRK, RUS) */
  m = mention(1, a, KABAR_REL_MET_WITH, b, KABAR_FS_ASSERTED, KABAR_NONE, "2024-06-19",
              "Kim bertemu Putin.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  /* 2: metWith(RUS, PRK): the same fact */
  m = mention(2, b, KABAR_REL_MET_WITH, a, KABAR_FS_PLANNED, KABAR_NONE, "2023",
              "Putin akan\tbertemu Kim.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  /* 3: visited(PRK, RUS) and 4: visited(RUS, PRK): two facts */
  m = mention(3, a, KABAR_REL_VISITED, b, KABAR_FS_ASSERTED, KABAR_NONE, NULL, big);
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);

  CHECK_INT(kabar_kb_begin_doc(kb, "d2", "d2.txt", NULL, NULL, 2), KABAR_OK);
  m = mention(1, b, KABAR_REL_VISITED, a, KABAR_FS_NEGATED, KABAR_NONE, "2024", "");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  /* 5: metWith(RUS, PRK) again, in a second document, alleged by USA */
  m = mention(2, b, KABAR_REL_MET_WITH, a, KABAR_FS_ALLEGED, usa, "2024-06",
              "AS menuduh\nPutin bertemu Kim.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  /* 6: a non-symmetric fact keeps its direction even when subject > object */
  m = mention(2, usa, KABAR_REL_ACCUSED, b, KABAR_FS_ASSERTED, KABAR_NONE, NULL, "AS menuduh");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  /* 7: denied, claimant RUS */
  m = mention(2, b, KABAR_REL_MET_WITH, a, KABAR_FS_DENIED, b, NULL, "Rusia membantah.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);

  /* mentions and foreach before finish */
  seen s;
  memset(&s, 0, sizeof s);
  CHECK_INT(kabar_kb_foreach_mention(kb, collect, &s), KABAR_ERR_USAGE);
  CHECK_INT(s.n, 0);
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);
  m = mention(1, a, KABAR_REL_VISITED, b, KABAR_FS_ASSERTED, KABAR_NONE, NULL, "late");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_ERR_USAGE);

  CHECK_INT(kabar_kb_n_mentions(kb), 7);
  CHECK_INT(kabar_kb_n_facts(kb), 4);
  CHECK(kabar_kb_get_fact(kb, 4) == NULL);

  /* metWith is stored once, subject index < object index */
  CHECK(find_fact(kb, b, KABAR_REL_MET_WITH, a) == NULL);
  const kabar_fact *f = find_fact(kb, a, KABAR_REL_MET_WITH, b);
  CHECK(f != NULL);
  if (f) {
    CHECK(f->subject < f->object);
    CHECK_INT(f->mentions, 4);
    CHECK_INT(f->n_docs, 2);
    CHECK_INT(f->by_status[KABAR_FS_ASSERTED], 1);
    CHECK_INT(f->by_status[KABAR_FS_PLANNED], 1);
    CHECK_INT(f->by_status[KABAR_FS_ALLEGED], 1);
    CHECK_INT(f->by_status[KABAR_FS_DENIED], 1);
    CHECK_INT(f->by_status[KABAR_FS_NEGATED], 0);
    CHECK_STR(f->first_date, "2023");
    CHECK_STR(f->last_date, "2024-06-19");
  }
  f = find_fact(kb, a, KABAR_REL_VISITED, b);
  CHECK(f != NULL);
  if (f) {
    CHECK_INT(f->mentions, 1);
    CHECK_INT(f->n_docs, 1);
    CHECK_INT(f->by_status[KABAR_FS_ASSERTED], 1);
    CHECK(f->first_date == NULL);
    CHECK(f->last_date == NULL);
  }
  f = find_fact(kb, b, KABAR_REL_VISITED, a);
  CHECK(f != NULL);
  if (f) {
    CHECK_INT(f->mentions, 1);
    CHECK_INT(f->by_status[KABAR_FS_NEGATED], 1);
    CHECK_STR(f->first_date, "2024");
    CHECK_STR(f->last_date, "2024");
  }
  f = find_fact(kb, usa, KABAR_REL_ACCUSED, b);
  CHECK(f != NULL);
  CHECK(find_fact(kb, b, KABAR_REL_ACCUSED, usa) == NULL);

  const kabar_kb_doc *d1 = kabar_kb_get_doc(kb, 0), *d2 = kabar_kb_get_doc(kb, 1);
  CHECK(d1 && d2);
  if (d1 && d2) {
    CHECK_INT(d1->n_mentions, 3);
    CHECK_INT(d2->n_mentions, 4);
  }

  /* replay: input order, every field as given */
  CHECK_INT(kabar_kb_foreach_mention(kb, collect, &s), KABAR_OK);
  CHECK_INT(s.n, 7);
  if (s.n == 7) {
    CHECK_STR(s.doc[0], "d1");
    CHECK_INT(s.m[0].sentence, 1);
    CHECK_INT(s.m[0].start, 10);
    CHECK_INT(s.m[0].end, 15);
    CHECK_INT(s.m[0].relation, KABAR_REL_MET_WITH);
    CHECK_INT(s.m[0].status, KABAR_FS_ASSERTED);
    CHECK_INT(s.m[0].claimant, KABAR_NONE);
    CHECK_STR(s.date[0], "2024-06-19");
    CHECK_STR(s.evidence[0], "Kim bertemu Putin.");
    CHECK_STR(s.evidence[1], "Putin akan\tbertemu Kim.");
    CHECK_INT(s.m[1].status, KABAR_FS_PLANNED);
    CHECK_STR(s.date[1], "2023");
    /* the 100 kB evidence */
    CHECK(s.evidence[2] != NULL && strlen(s.evidence[2]) == big_n);
    CHECK(s.evidence[2] != NULL && strcmp(s.evidence[2], big) == 0);
    CHECK(s.date[2] == NULL);
    CHECK_INT(s.m[2].subject, a);
    CHECK_INT(s.m[2].object, b);
    CHECK_INT(s.m[2].relation, KABAR_REL_VISITED);
    CHECK_STR(s.doc[3], "d2");
    CHECK_INT(s.m[3].subject, b);
    CHECK_INT(s.m[3].object, a);
    CHECK_INT(s.m[3].status, KABAR_FS_NEGATED);
    CHECK_STR(s.evidence[3], "");
    CHECK_STR(s.date[3], "2024");
    CHECK_INT(s.m[4].status, KABAR_FS_ALLEGED);
    CHECK_INT(s.m[4].claimant, usa);
    CHECK_STR(s.date[4], "2024-06");
    CHECK_STR(s.evidence[4], "AS menuduh\nPutin bertemu Kim.");
    CHECK_INT(s.m[5].subject, usa);
    CHECK_INT(s.m[5].object, b);
    CHECK_INT(s.m[5].relation, KABAR_REL_ACCUSED);
    CHECK_INT(s.m[6].status, KABAR_FS_DENIED);
    CHECK_INT(s.m[6].claimant, b);
    CHECK(s.date[6] == NULL);
    CHECK_STR(s.doc[6], "d2");
  }
  seen_free(&s);

  /* the callback's error stops the walk and is returned */
  s.stop_at = 2;
  CHECK_INT(kabar_kb_foreach_mention(kb, collect, &s), KABAR_ERR_WRITE);
  CHECK_INT(s.n, 2);
  seen_free(&s);
  /* and a later walk starts again from the first mention */
  CHECK_INT(kabar_kb_foreach_mention(kb, collect, &s), KABAR_OK);
  CHECK_INT(s.n, 7);
  if (s.n == 7)
    CHECK_STR(s.evidence[0], "Kim bertemu Putin.");
  seen_free(&s);

  free(big);
  kabar_kb_free(kb);
  kabar_kb_free(NULL); /* a no-op */
}

/* ---- the TSV writer ---- */

/* The contract's nine columns, then kabar's own. */
#define FACTS_HEADER                                                                               \
  "doc\tsentence\tsubject\tsubject_type\trelation\tobject\tobject_type\tstatus\tevidence\t"       \
  "fact_id\tsubject_id\tobject_id\tclaimant_id\tdate\tstart\tend\n"

static void check_file(const char *path, const char *want) {
  size_t n = 0;
  char *got = slurp(path, &n);
  CHECK(got != NULL);
  if (!got)
    return;
  CHECK_INT(n, strlen(want));
  if (strcmp(got, want) != 0)
    fprintf(stderr, "%s:\n--- got ---\n%s--- want ---\n%s---\n", path, got, want);
  CHECK(strcmp(got, want) == 0);
  free(got);
}

static void test_tsv(void) {
  char dir[] = "/tmp/kabar-test-kb-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return;
  CHECK_INT(kabar_kb_begin_doc(kb, "beta", "in/beta.txt", "Judul", NULL, 2), KABAR_OK);
  size_t rus = kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Moskow");
  size_t putin = kabar_kb_entity(kb, KABAR_ENT_PERSON, "Vladimir Putin", NULL, "Putin");
  size_t dk = kabar_kb_entity(kb, KABAR_ENT_ORGANIZATION, "Dewan\tKeamanan", NULL, "DK\nPBB");
  kabar_mention m = mention(1, putin, KABAR_REL_LEADER_OF, rus, KABAR_FS_ASSERTED, KABAR_NONE,
                            NULL, "Presiden\tRusia Vladimir Putin\r\nberkata.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  m = mention(2, rus, KABAR_REL_MEMBER_OF, dk, KABAR_FS_ASSERTED, KABAR_NONE, "2020",
              "Rusia duduk di DK.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  kabar_entity_mention em[] = {
      {NULL, 1, 9, 14, "Rusia", rus, KABAR_MK_LEXICON},
      {NULL, 1, 15, 29, "Vladimir Putin", putin, KABAR_MK_TITLE},
      {NULL, 2, 45, 51, "DK\tPBB", dk, KABAR_MK_HEAD}};
  for (size_t i = 0; i < 3; i++)
    CHECK_INT(kabar_kb_add_entity_mention(kb, &em[i]), KABAR_OK);
  CHECK_INT(kabar_kb_begin_doc(kb, "alpha", "in/alpha.txt", NULL, NULL, 1), KABAR_OK);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Federasi Rusia"), rus);
  size_t prk = kabar_kb_entity(kb, KABAR_ENT_STATE, "Korea Utara", "PRK", "Korut");
  size_t qing = kabar_kb_entity(kb, KABAR_ENT_STATE, "Dinasti Qing", NULL, "Dinasti Qing");
  m = mention(1, prk, KABAR_REL_VISITED, rus, KABAR_FS_PLANNED, KABAR_NONE, "2024-06",
              "Korut akan mengunjungi Rusia.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  m = mention(1, qing, KABAR_REL_ATTACKED, prk, KABAR_FS_ALLEGED, rus, NULL, "x");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  /* symmetric: the fact_id puts the smaller id first, whatever the kb's order */
  m = mention(2, rus, KABAR_REL_MET_WITH, prk, KABAR_FS_DENIED, KABAR_NONE, NULL,
              "\"Kami tidak bertemu Korut, kata Moskow.");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  kabar_entity_mention em2[] = {
      {NULL, 1, 3, 8, "Korut", prk, KABAR_MK_LEXICON},
      {NULL, 1, 23, 28, "Rusia", rus, KABAR_MK_LEXICON},
      {NULL, 1, 0, 1, "x", qing, KABAR_MK_IMPLIED}};
  for (size_t i = 0; i < 3; i++)
    CHECK_INT(kabar_kb_add_entity_mention(kb, &em2[i]), KABAR_OK);
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);

  kabar_error err;
  kabar_error_clear(&err);
  CHECK_INT(kabar_tsv_write(kb, dir, &err), KABAR_OK);
  char path[512];
  /* State rows first, by label; then Person; then Organization. */
  snprintf(path, sizeof path, "%s/entities.tsv", dir);
  check_file(path, "id\ttype\tlabel\taliases\tiso3\tdocs\tmentions\tdocuments\n"
                   "dinasti_qing\tState\tDinasti Qing\t\t\talpha\t1\t1\n"
                   "PRK\tState\tKorea Utara\tKorut\tPRK\talpha\t1\t1\n"
                   "RUS\tState\tRusia\tFederasi Rusia|Moskow\tRUS\talpha|beta\t2\t2\n"
                   "vladimir_putin\tPerson\tVladimir Putin\tPutin\t\tbeta\t1\t1\n"
                   "dewan_keamanan\tOrganization\tDewan Keamanan\tDK PBB\t\tbeta\t1\t1\n");
  snprintf(path, sizeof path, "%s/facts.tsv", dir);
  check_file(path,
             FACTS_HEADER
             "beta\t1\tVladimir Putin\tPerson\tleaderOf\tRusia\tState\tasserted\t"
             "Presiden Rusia Vladimir Putin  berkata.\t"
             "vladimir_putin:leaderOf:RUS\tvladimir_putin\tRUS\t\t\t10\t15\n"
             "beta\t2\tRusia\tState\tmemberOf\tDewan Keamanan\tOrganization\tasserted\t"
             "Rusia duduk di DK.\t"
             "RUS:memberOf:dewan_keamanan\tRUS\tdewan_keamanan\t\t2020\t20\t25\n"
             "alpha\t1\tKorea Utara\tState\tvisited\tRusia\tState\tplanned\t"
             "Korut akan mengunjungi Rusia.\tPRK:visited:RUS\tPRK\tRUS\t\t2024-06\t10\t15\n"
             "alpha\t1\tDinasti Qing\tState\tattacked\tKorea Utara\tState\talleged\tx\t"
             "dinasti_qing:attacked:PRK\tdinasti_qing\tPRK\tRUS\t\t10\t15\n"
             "alpha\t2\tRusia\tState\tmetWith\tKorea Utara\tState\tdenied\t"
             "\"Kami tidak bertemu Korut, kata Moskow.\tPRK:metWith:RUS\tRUS\tPRK\t\t\t20\t25\n");
  /* the same rows as JSON: numbers unquoted, empty values null */
  snprintf(path, sizeof path, "%s/facts.jsonl", dir);
  check_file(
      path,
      "{\"doc\":\"beta\",\"sentence\":1,\"subject\":\"Vladimir Putin\",\"subject_type\":\"Person\","
      "\"relation\":\"leaderOf\",\"object\":\"Rusia\",\"object_type\":\"State\","
      "\"status\":\"asserted\",\"evidence\":\"Presiden Rusia Vladimir Putin  berkata.\","
      "\"fact_id\":\"vladimir_putin:leaderOf:RUS\",\"subject_id\":\"vladimir_putin\","
      "\"object_id\":\"RUS\",\"claimant_id\":null,\"date\":null,\"start\":10,\"end\":15}\n"
      "{\"doc\":\"beta\",\"sentence\":2,\"subject\":\"Rusia\",\"subject_type\":\"State\","
      "\"relation\":\"memberOf\",\"object\":\"Dewan Keamanan\",\"object_type\":\"Organization\","
      "\"status\":\"asserted\",\"evidence\":\"Rusia duduk di DK.\","
      "\"fact_id\":\"RUS:memberOf:dewan_keamanan\",\"subject_id\":\"RUS\","
      "\"object_id\":\"dewan_keamanan\",\"claimant_id\":null,\"date\":\"2020\",\"start\":20,"
      "\"end\":25}\n"
      "{\"doc\":\"alpha\",\"sentence\":1,\"subject\":\"Korea Utara\",\"subject_type\":\"State\","
      "\"relation\":\"visited\",\"object\":\"Rusia\",\"object_type\":\"State\","
      "\"status\":\"planned\",\"evidence\":\"Korut akan mengunjungi Rusia.\","
      "\"fact_id\":\"PRK:visited:RUS\",\"subject_id\":\"PRK\",\"object_id\":\"RUS\","
      "\"claimant_id\":null,\"date\":\"2024-06\",\"start\":10,\"end\":15}\n"
      "{\"doc\":\"alpha\",\"sentence\":1,\"subject\":\"Dinasti Qing\",\"subject_type\":\"State\","
      "\"relation\":\"attacked\",\"object\":\"Korea Utara\",\"object_type\":\"State\","
      "\"status\":\"alleged\",\"evidence\":\"x\",\"fact_id\":\"dinasti_qing:attacked:PRK\","
      "\"subject_id\":\"dinasti_qing\",\"object_id\":\"PRK\",\"claimant_id\":\"RUS\","
      "\"date\":null,\"start\":10,\"end\":15}\n"
      "{\"doc\":\"alpha\",\"sentence\":2,\"subject\":\"Rusia\",\"subject_type\":\"State\","
      "\"relation\":\"metWith\",\"object\":\"Korea Utara\",\"object_type\":\"State\","
      "\"status\":\"denied\",\"evidence\":\"\\\"Kami tidak bertemu Korut, kata Moskow.\","
      "\"fact_id\":\"PRK:metWith:RUS\",\"subject_id\":\"RUS\",\"object_id\":\"PRK\","
      "\"claimant_id\":null,\"date\":null,\"start\":20,\"end\":25}\n");
  /* in input order, the surface cleaned, the entity's id and type */
  snprintf(path, sizeof path, "%s/mentions.tsv", dir);
  check_file(path, "doc\tsentence\tstart\tend\tsurface\tentity_id\ttype\tkind\n"
                   "beta\t1\t9\t14\tRusia\tRUS\tState\tlexicon\n"
                   "beta\t1\t15\t29\tVladimir Putin\tvladimir_putin\tPerson\ttitle\n"
                   "beta\t2\t45\t51\tDK PBB\tdewan_keamanan\tOrganization\thead\n"
                   "alpha\t1\t3\t8\tKorut\tPRK\tState\tlexicon\n"
                   "alpha\t1\t23\t28\tRusia\tRUS\tState\tlexicon\n"
                   "alpha\t1\t0\t1\tx\tdinasti_qing\tState\timplied\n");

  /* a directory that does not exist: a write error naming the file */
  char missing[600];
  snprintf(missing, sizeof missing, "%s/no/such/dir", dir);
  kabar_error_clear(&err);
  CHECK_INT(kabar_tsv_write(kb, missing, &err), KABAR_ERR_WRITE);
  CHECK_INT(err.status, KABAR_ERR_WRITE);
  CHECK(strstr(err.message, "no/such/dir/entities.tsv") != NULL);
  if (!strstr(err.message, "no/such/dir/entities.tsv"))
    fprintf(stderr, "message: %s\n", err.message);
  /* facts.jsonl that cannot be opened (a directory of that name): its name
   * in the message */
  snprintf(path, sizeof path, "%s/facts.jsonl", dir);
  unlink(path);
  CHECK(mkdir(path, 0700) == 0);
  kabar_error_clear(&err);
  CHECK_INT(kabar_tsv_write(kb, dir, &err), KABAR_ERR_WRITE);
  CHECK(strstr(err.message, "/facts.jsonl: ") != NULL);
  if (!strstr(err.message, "/facts.jsonl: "))
    fprintf(stderr, "message: %s\n", err.message);
  rmdir(path);

  kabar_kb_free(kb);
  snprintf(path, sizeof path, "%s/entities.tsv", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/facts.tsv", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/facts.jsonl", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/mentions.tsv", dir);
  unlink(path);
  rmdir(dir);
}

/* An empty kb writes the three headers. */
static void test_tsv_empty(void) {
  char dir[] = "/tmp/kabar-test-kb-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return;
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);
  CHECK_INT(kabar_kb_n_entities(kb), 0);
  CHECK_INT(kabar_kb_n_facts(kb), 0);
  kabar_error err;
  CHECK_INT(kabar_tsv_write(kb, dir, &err), KABAR_OK);
  char path[512];
  snprintf(path, sizeof path, "%s/entities.tsv", dir);
  check_file(path, "id\ttype\tlabel\taliases\tiso3\tdocs\tmentions\tdocuments\n");
  unlink(path);
  snprintf(path, sizeof path, "%s/facts.tsv", dir);
  check_file(path, FACTS_HEADER);
  unlink(path);
  snprintf(path, sizeof path, "%s/facts.jsonl", dir);
  check_file(path, ""); /* JSON Lines has no header */
  unlink(path);
  snprintf(path, sizeof path, "%s/mentions.tsv", dir);
  check_file(path, "doc\tsentence\tstart\tend\tsurface\tentity_id\ttype\tkind\n");
  unlink(path);
  rmdir(dir);
  kabar_kb_free(kb);
}

/* ---- hostile values through the TSV writer ---- */

/* Whether text holds a line break other than LF that some line-based reader
 * splits on (Python's str.splitlines: CR, VT, FF, U+001C-U+001E, NEL, U+2028,
 * U+2029). */
static int has_other_line_break(const char *text) {
  static const char *const breaks[] = {"\r", "\v", "\f", "\x1C", "\x1D", "\x1E",
                                       "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"};
  for (size_t i = 0; i < sizeof breaks / sizeof *breaks; i++)
    if (strstr(text, breaks[i]))
      return 1;
  return 0;
}

/* Reads a written table as a strict line-based reader would: splits on LF
 * and tabs only; checks `rows` data rows of `cols` fields after the header. */
static void check_table(const char *path, size_t rows, size_t cols) {
  size_t n = 0;
  char *text = slurp(path, &n);
  CHECK(text != NULL);
  if (!text)
    return;
  CHECK_INT(strlen(text), n); /* no NUL inside */
  CHECK(!has_other_line_break(text));
  size_t lines = 0;
  for (char *line = text, *end; *line; line = end + 1) {
    end = strchr(line, '\n');
    CHECK(end != NULL); /* the last line ends in LF too */
    if (!end)
      break;
    size_t fields = 1;
    for (char *c = line; c < end; c++)
      fields += *c == '\t';
    CHECK_INT(fields, cols);
    lines++;
  }
  CHECK_INT(lines, rows + 1);
  free(text);
}

/* Splits a '|'-joined list field as include/kabar/tsv.h documents it and
 * checks that it gives `want` (n items). */
static void check_list(const char *field, const char *const *want, size_t n) {
  char item[256];
  size_t k = 0, len = 0;
  for (const char *c = field;; c++) {
    if (*c == '\\' && (c[1] == '\\' || c[1] == '|')) {
      item[len++] = *++c;
      continue;
    }
    if (*c == '|' || *c == '\0') {
      item[len] = '\0';
      CHECK(k < n);
      if (k < n)
        CHECK_STR(item, want[k]);
      k++, len = 0;
      if (!*c)
        break;
      continue;
    }
    CHECK(*c != '\\'); /* a lone backslash is never written in a list */
    if (len + 2 < sizeof item)
      item[len++] = *c;
  }
  CHECK_INT(k, n);
}

/* The field `col` (0-based) of line `line` (0: the header) of a file. */
static char *table_field(const char *path, size_t line, size_t col) {
  size_t n = 0;
  char *text = slurp(path, &n);
  char *start = text;
  for (size_t i = 0; start && i < line; i++)
    start = (start = strchr(start, '\n')) ? start + 1 : NULL;
  for (size_t i = 0; start && i < col; i++)
    start = (start = strchr(start, '\t')) ? start + 1 : NULL;
  char *copy = NULL;
  if (start) {
    size_t len = strcspn(start, "\t\n");
    copy = malloc(len + 1);
    if (copy) {
      memcpy(copy, start, len);
      copy[len] = '\0';
    }
  }
  free(text);
  return copy;
}

/* Raw control characters, NEL, U+2028/U+2029, invalid UTF-8, a noncharacter,
 * '|' and '\' in aliases and document names, fed through the kb API: each
 * table keeps one line per row and one field per value, and the lists split
 * back into their items. */
static void test_tsv_hostile(void) {
  char dir[] = "/tmp/kabar-test-kb-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return;
  CHECK_INT(kabar_kb_begin_doc(kb, "doc\\two", "doc\\two.txt", NULL, NULL, 1), KABAR_OK);
  size_t negara = kabar_kb_entity(kb, KABAR_ENT_STATE, "Negara", "N\tX", "Negara");
  size_t ana = kabar_kb_entity(kb, KABAR_ENT_PERSON, "Ana\vBo\fCi", NULL, "AC|DC");
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_PERSON, "Ana\vBo\fCi", NULL, "C:\\x"), ana);
  kabar_mention m = mention(1, ana, KABAR_REL_LEADER_OF, negara, KABAR_FS_ASSERTED, KABAR_NONE,
                            NULL,
                            "Satu\r\ndua\vtiga\fempat\xC2\x85lima\xE2\x80\xA8" "enam\xE2\x80\xA9"
                            "tujuh\x1C" "delapan");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  CHECK_INT(kabar_kb_begin_doc(kb, "doc|one", "doc|one.txt", NULL, NULL, 1), KABAR_OK);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_PERSON, "Ana\vBo\fCi", NULL,
                            "N\xC2\x85L\xE2\x80\xA8S\xE2\x80\xA9P"),
            ana);
  size_t bad = kabar_kb_entity(kb, KABAR_ENT_ORGANIZATION, "Bad\xFF\xEF\xBF\xBEUTF", NULL,
                               "x\x01\x1F\x7F");
  m = mention(1, negara, KABAR_REL_MEMBER_OF, bad, KABAR_FS_ASSERTED, KABAR_NONE, NULL,
              "Quote \"q\" <&> back\\slash|pipe");
  CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  CHECK_INT(kabar_kb_begin_doc(kb, "d\nthree", "d\nthree.txt", NULL, NULL, 1), KABAR_OK);
  CHECK_INT(kabar_kb_entity(kb, KABAR_ENT_PERSON, "Ana\vBo\fCi", NULL, "Ana\vBo\fCi"), ana);
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);

  kabar_error err;
  kabar_error_clear(&err);
  CHECK_INT(kabar_tsv_write(kb, dir, &err), KABAR_OK);
  char ents[512], facts[512];
  snprintf(ents, sizeof ents, "%s/entities.tsv", dir);
  snprintf(facts, sizeof facts, "%s/facts.tsv", dir);
  check_table(ents, 3, 8);
  check_table(facts, 2, 16);
  /* Written out by hand from the rule in include/kabar/tsv.h (no mention
   * rows were added: mentions 0). */
  check_file(ents, "id\ttype\tlabel\taliases\tiso3\tdocs\tmentions\tdocuments\n"
                   "N X\tState\tNegara\t\tN X\tdoc\\\\two\t0\t1\n"
                   "ana_bo_ci\tPerson\tAna Bo Ci\tN L S P|AC\\|DC|C:\\\\x\t\t"
                   "d three|doc\\\\two|doc\\|one\t0\t3\n"
                   "bad_utf\tOrganization\tBad\xEF\xBF\xBD\xEF\xBF\xBDUTF\tx   \t\tdoc\\|one\t0\t1\n");
  check_file(facts,
             FACTS_HEADER
             "doc\\two\t1\tAna Bo Ci\tPerson\tleaderOf\tNegara\tState\tasserted\t"
             "Satu  dua tiga empat lima enam tujuh delapan\t"
             "ana_bo_ci:leaderOf:N X\tana_bo_ci\tN X\t\t\t10\t15\n"
             "doc|one\t1\tNegara\tState\tmemberOf\tBad\xEF\xBF\xBD\xEF\xBF\xBDUTF\tOrganization\t"
             "asserted\tQuote \"q\" <&> back\\slash|pipe\t"
             "N X:memberOf:bad_utf\tN X\tbad_utf\t\t\t10\t15\n");
  /* facts.jsonl: the same cleaned values, '"' and '\' escaped */
  char jsonl[512];
  snprintf(jsonl, sizeof jsonl, "%s/facts.jsonl", dir);
  check_file(
      jsonl,
      "{\"doc\":\"doc\\\\two\",\"sentence\":1,\"subject\":\"Ana Bo Ci\",\"subject_type\":\"Person\","
      "\"relation\":\"leaderOf\",\"object\":\"Negara\",\"object_type\":\"State\","
      "\"status\":\"asserted\",\"evidence\":\"Satu  dua tiga empat lima enam tujuh delapan\","
      "\"fact_id\":\"ana_bo_ci:leaderOf:N X\",\"subject_id\":\"ana_bo_ci\",\"object_id\":\"N X\","
      "\"claimant_id\":null,\"date\":null,\"start\":10,\"end\":15}\n"
      "{\"doc\":\"doc|one\",\"sentence\":1,\"subject\":\"Negara\",\"subject_type\":\"State\","
      "\"relation\":\"memberOf\",\"object\":\"Bad\xEF\xBF\xBD\xEF\xBF\xBDUTF\","
      "\"object_type\":\"Organization\",\"status\":\"asserted\","
      "\"evidence\":\"Quote \\\"q\\\" <&> back\\\\slash|pipe\",\"fact_id\":\"N X:memberOf:bad_utf\","
      "\"subject_id\":\"N X\",\"object_id\":\"bad_utf\",\"claimant_id\":null,\"date\":null,"
      "\"start\":10,\"end\":15}\n");
  /* The lists split back into the (cleaned) items. */
  char *aliases = table_field(ents, 2, 3), *docs = table_field(ents, 2, 5);
  CHECK(aliases && docs);
  if (aliases && docs) {
    /* the longest alias first (the most specific name), then by bytes */
    static const char *const want_aliases[] = {"N L S P", "AC|DC", "C:\\x"};
    static const char *const want_docs[] = {"d three", "doc\\two", "doc|one"};
    check_list(aliases, want_aliases, 3);
    check_list(docs, want_docs, 3);
  }
  free(aliases);
  free(docs);

  kabar_kb_free(kb);
  unlink(ents);
  unlink(facts);
  unlink(jsonl);
  snprintf(ents, sizeof ents, "%s/mentions.tsv", dir);
  unlink(ents);
  rmdir(dir);
}

/* kabar_tsv_put_value (for other TSV writers) cleans by the same rule and
 * writes exactly n bytes' worth, NUL included. */
static void test_tsv_put_value(void) {
  char buf[64] = {0};
  FILE *f = fmemopen(buf, sizeof buf - 1, "w");
  CHECK(f != NULL);
  if (!f)
    return;
  CHECK_INT(kabar_tsv_put_value(f, "a\tb\0c\xE2\x80\xA8" "d|e\\fXYZ", 13), 0);
  CHECK_INT(kabar_tsv_put_value(f, NULL, 5), 0);
  fclose(f);
  CHECK_STR(buf, "a b c d|e\\f");
}

/* ---- the sample of an entity's documents ---- */

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

#define SAMPLE_DOCS 57

/* A kb of SAMPLE_DOCS documents added in the order `perm` gives (names
 * "n00" ... "n56", some with a suffix so that byte order is not the order
 * of the numbers); entity "Semua" occurs in every document (twice in some),
 * "Dua Puluh" in the 20 with an even number below 40, "Dua Satu" in the 21
 * below 21, "Tujuh" in every eighth. */
static kabar_kb *sample_kb(const size_t *perm, char names[][16]) {
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return NULL;
  for (size_t i = 0; i < SAMPLE_DOCS; i++) {
    size_t d = perm[i];
    CHECK_INT(kabar_kb_begin_doc(kb, names[d], names[d], NULL, NULL, 1), KABAR_OK);
    CHECK(kabar_kb_entity(kb, KABAR_ENT_STATE, "Semua", NULL, NULL) != KABAR_NONE);
    if (d % 2 == 0 && d < 40)
      CHECK(kabar_kb_entity(kb, KABAR_ENT_STATE, "Dua Puluh", NULL, NULL) != KABAR_NONE);
    if (d < 21)
      CHECK(kabar_kb_entity(kb, KABAR_ENT_STATE, "Dua Satu", NULL, NULL) != KABAR_NONE);
    if (d % 8 == 0)
      CHECK(kabar_kb_entity(kb, KABAR_ENT_STATE, "Tujuh", NULL, NULL) != KABAR_NONE);
    if (d % 3 == 0)
      CHECK(kabar_kb_entity(kb, KABAR_ENT_STATE, "Semua", NULL, "semua") != KABAR_NONE);
  }
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);
  return kb;
}

/* The entity labelled `label` in kb, or NULL. */
static const kabar_entity *by_label(const kabar_kb *kb, const char *label) {
  for (size_t i = 0; i < kabar_kb_n_entities(kb); i++)
    if (strcmp(kabar_kb_get_entity(kb, i)->label, label) == 0)
      return kabar_kb_get_entity(kb, i);
  return NULL;
}

/* The sample is the KABAR_DOC_SAMPLE smallest names (all when fewer), in
 * byte order, with the exact count, whatever order the documents came in;
 * here computed apart, by sorting every name of the entity's documents. */
static void check_sample(const kabar_kb *kb, const char *label, char names[][16],
                         int (*in)(size_t)) {
  const char *want[SAMPLE_DOCS];
  size_t n = 0;
  for (size_t d = 0; d < SAMPLE_DOCS; d++)
    if (in(d))
      want[n++] = names[d];
  qsort(want, n, sizeof *want, cmp_name);
  const kabar_entity *e = by_label(kb, label);
  CHECK(e != NULL);
  if (!e)
    return;
  size_t k = n < KABAR_DOC_SAMPLE ? n : KABAR_DOC_SAMPLE;
  CHECK_INT(e->n_docs, n);
  CHECK_INT(e->n_doc_sample, k);
  for (size_t i = 0; i < k && i < e->n_doc_sample; i++)
    CHECK_STR(e->doc_sample[i], want[i]);
  /* and all of them, read back from the kb's file */
  const char **all = NULL;
  size_t n_all = 0;
  CHECK_INT(kabar_kb_entity_docs(kb, e->index, &all, &n_all), KABAR_OK);
  CHECK_INT(n_all, n);
  for (size_t i = 0; i < n && i < n_all; i++)
    CHECK_STR(all[i], want[i]);
  free(all);
}

/* The docs field entities.tsv should have for `label`: every name, sorted
 * here apart, joined by '|', then the mentions (0) and the count. */
static void want_row(char *buf, size_t cap, const char *label, char names[][16],
                     int (*in)(size_t)) {
  const char *want[SAMPLE_DOCS];
  size_t n = 0;
  for (size_t d = 0; d < SAMPLE_DOCS; d++)
    if (in(d))
      want[n++] = names[d];
  qsort(want, n, sizeof *want, cmp_name);
  size_t len = (size_t)snprintf(buf, cap, "\t%s\t%s\t\t", label, strcmp(label, "Semua") ? "" : "semua");
  for (size_t i = 0; i < n && len < cap; i++)
    len += (size_t)snprintf(buf + len, cap - len, "%s%s", i ? "|" : "", want[i]);
  if (len < cap)
    snprintf(buf + len, cap - len, "\t0\t%zu\n", n);
}

static int in_all(size_t d) { return d < SAMPLE_DOCS; }
static int in_twenty(size_t d) { return d % 2 == 0 && d < 40; }
static int in_twenty_one(size_t d) { return d < 21; }
static int in_eighth(size_t d) { return d % 8 == 0; }

static void test_doc_sample(void) {
  CHECK_INT(KABAR_DOC_SAMPLE, 20);
  char names[SAMPLE_DOCS][16];
  size_t forward[SAMPLE_DOCS], backward[SAMPLE_DOCS], scrambled[SAMPLE_DOCS];
  for (size_t d = 0; d < SAMPLE_DOCS; d++) {
    /* "n07" < "n07b" < "n08": every fifth name has a suffix, and names
     * over 50 sort before the others ("m51") */
    snprintf(names[d], sizeof names[d], "%s%02zu%s", d > 50 ? "m" : "n", d, d % 5 == 0 ? "b" : "");
    forward[d] = d;
    backward[d] = SAMPLE_DOCS - 1 - d;
    scrambled[d] = (d * 23) % SAMPLE_DOCS; /* 23 is prime to 57 */
  }
  const size_t *orders[] = {forward, backward, scrambled};
  for (size_t o = 0; o < 3; o++) {
    kabar_kb *kb = sample_kb(orders[o], names);
    if (!kb)
      return;
    check_sample(kb, "Semua", names, in_all);          /* 57 documents: 20 listed */
    check_sample(kb, "Dua Puluh", names, in_twenty);   /* exactly 20: all */
    check_sample(kb, "Dua Satu", names, in_twenty_one); /* 21: the 20 smallest */
    check_sample(kb, "Tujuh", names, in_eighth);        /* 8: all */
    const kabar_entity *e = by_label(kb, "Semua");
    /* by hand: m51 ... m56, then n00b (document 0), n01 ... n13 */
    if (e && e->n_doc_sample == 20) {
      CHECK_STR(e->doc_sample[0], "m51");
      CHECK_STR(e->doc_sample[5], "m56");
      CHECK_STR(e->doc_sample[6], "n00b");
      CHECK_STR(e->doc_sample[7], "n01");
      CHECK_STR(e->doc_sample[19], "n13");
    }
    e = by_label(kb, "Dua Satu");
    if (e && e->n_doc_sample == 20) {
      CHECK_STR(e->doc_sample[0], "n00b");
      CHECK_STR(e->doc_sample[19], "n19"); /* n20b, the largest, is left out */
    }
    /* entities.tsv: docs lists every document, documents counts them */
    char dir[] = "/tmp/kabar-test-kb-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    kabar_error err;
    kabar_error_clear(&err);
    CHECK_INT(kabar_tsv_write(kb, dir, &err), KABAR_OK);
    char path[512];
    snprintf(path, sizeof path, "%s/entities.tsv", dir);
    char *text = slurp(path, NULL);
    CHECK(text != NULL);
    if (text) {
      /* two rows written out by hand */
      CHECK(strstr(text, "\tDua Satu\t\t\tn00b|n01|n02|n03|n04|n05b|n06|n07|n08|n09|n10b|n11|"
                         "n12|n13|n14|n15b|n16|n17|n18|n19|n20b\t0\t21\n") != NULL);
      CHECK(strstr(text, "\tTujuh\t\t\tm56|n00b|n08|n16|n24|n32|n40b|n48\t0\t8\n") != NULL);
      char row[2048];
      const char *labels[] = {"Semua", "Dua Puluh", "Dua Satu", "Tujuh"};
      int (*ins[])(size_t) = {in_all, in_twenty, in_twenty_one, in_eighth};
      for (size_t i = 0; i < 4; i++) {
        want_row(row, sizeof row, labels[i], names, ins[i]);
        if (!strstr(text, row))
          fprintf(stderr, "entities.tsv lacks the row %s", row);
        CHECK(strstr(text, row) != NULL);
      }
      free(text);
    }
    char *files[] = {"entities.tsv", "facts.tsv", "facts.jsonl", "mentions.tsv"};
    for (size_t i = 0; i < 4; i++) {
      snprintf(path, sizeof path, "%s/%s", dir, files[i]);
      unlink(path);
    }
    rmdir(dir);
    kabar_kb_free(kb);
  }
}

int main(void) {
  test_names();
  test_entities();
  test_facts();
  test_tsv();
  test_tsv_empty();
  test_tsv_hostile();
  test_tsv_put_value();
  test_doc_sample();
  return check_done();
}
