/* SPDX-License-Identifier: MIT */
/* Facts from a sentence: each relation cue with its arguments and status,
 * plus the patterns that are not one cue (agreements between parties,
 * denials of earlier claims, visits by guests), and the sentence's date. */
#include "internal.h"

/* The most states a counted reference ("keempat negara") pairs up in a
 * group cue. */
#define MAX_PAIRED_REFERENCE 4

#include <ctype.h>
#include <stdio.h>
#include <strings.h>

kabar_status ex_add_fact(ctx *c, size_t sent, size_t s, kabar_relation rel, size_t o,
                      kabar_fact_status st, size_t claimant) {
  if (s == NONE || o == NONE || s == o)
    return KABAR_OK;
  /* "anggota ANZUS terdiri dari ...", "tergabung dalam kesepakatan JETP": a
   * state's membership of a pact is being party to it */
  if (rel == KABAR_REL_MEMBER_OF && c->dents[o].type == KABAR_ENT_AGREEMENT) {
    if (c->dents[s].type != KABAR_ENT_STATE && c->dents[s].type != KABAR_ENT_PERSON)
      return KABAR_OK;
    rel = KABAR_REL_PARTY_TO;
  }
  if (rel != KABAR_REL_LEADER_OF && rel != KABAR_REL_OFFICIAL_OF &&
      rel != KABAR_REL_AFFILIATED_WITH && rel != KABAR_REL_MEMBER_OF) {
    /* a state does not visit, support or meet itself or its own people */
    size_t ss = ex_state_of(c, s), os = ex_state_of(c, o);
    if (ss != NONE && ss == os && (c->dents[s].type == KABAR_ENT_STATE ||
                                   c->dents[o].type == KABAR_ENT_STATE))
      return KABAR_OK;
  }
  if (c->doc->sentences[sent].kind != KABAR_SENT_TEXT && !c->headline)
    return KABAR_OK; /* a heading states nothing, but for the title's verbs */
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
  if (kabar_grow((void **)&c->facts, &c->cap_facts, c->n_facts, sizeof *c->facts) < 0)
    return KABAR_ERR_NOMEM;
  c->facts[c->n_facts++] = (pfact){sent, s, o, rel, st, claimant, c->why, c->why_root, 0};
  if (rel == KABAR_REL_LEADER_OF && c->dents[o].type == KABAR_ENT_STATE)
    c->dents[s].heads_state = 1;
  if (st == KABAR_FS_ALLEGED) {
    c->sents[sent].has_alleged = 1;
    c->last_alleged_sent = sent;
  }
  return KABAR_OK;
}

/* Whether the noun at t follows a verb of undergoing ("menghadapi berbagai
 * sanksi"), past quantifiers, articles and adverbs. */
static int undergone(const ctx *c, size_t sb, size_t t) {
  size_t q = t;
  while (q > sb && q + 4 > t && ((c->gcat[q - 1] & G_QUANTIFIER) || (c->wcat[q - 1] & (W_ARTICLE | W_SKIP))))
    q--;
  return q > sb && (c->wcat[q - 1] & W_UNDERGO);
}

/* Whether a verb of inviting or urging stands between a and b ("membujuk
 * Iran untuk ... menghindari sanksi": the one persuaded undergoes, not the
 * persuader). */
static int invited_between(const ctx *c, size_t a, size_t b) {
  for (size_t q = a; q < b; q++)
    if (c->gcat[q] & G_INVITE)
      return 1;
  return 0;
}

/* The giver after "oleh" or "dari" within a few words past the noun:
 * "sanksi (baru) oleh Amerika", "sanksi dari PBB". */
static void agent_after(ctx *c, size_t k, size_t end, const kabar_rel_cue *cue, arg *subj) {
  for (size_t z = k; z < end && z < k + 4; z++) {
    if ((tok_is(c, z, "oleh") || tok_is(c, z, "dari")) && z + 1 < end && c->ment_at[z + 1] != NONE) {
      ex_resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, subj);
      return;
    }
    if (ex_is_boundary(c, z) || tok_is(c, z, ","))
      return;
  }
}

/* Whether a and b are people the text gives two different states. */
static int foreign_pair(const ctx *c, size_t a, size_t b) {
  const dent *p = &c->dents[a], *q = &c->dents[b];
  return p->type == KABAR_ENT_PERSON && q->type == KABAR_ENT_PERSON && p->state != NONE &&
         q->state != NONE && p->state != q->state;
}

/* Adds the states place or state mention m stands for to obj, once each. */
static void add_listed_place(ctx *c, size_t m, const kabar_rel_cue *cue, arg *obj) {
  arg more;
  ex_resolve_arg(c, m, cue->object_types, cue->flags, &more);
  for (size_t i = 0; i < more.n; i++) {
    size_t j = 0;
    while (j < obj->n && obj->d[j] != more.d[i])
      j++;
    if (j == obj->n && obj->n < MAX_ARGS)
      obj->d[obj->n++] = more.d[i];
  }
}

/* "mengunjungi Praha dan Pilsen di Republik Ceko, Ljubljana di Slovenia;
 * Wina di Austria; dan Warsawa di Polandia": the rest of a list of places
 * visited, each perhaps with the state it is in, after the first the cue
 * found; each place's state joins obj. */
static void places_listed_after(ctx *c, size_t s, const kabar_rel_cue *cue, arg *obj) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t m = c->ment_at[obj->pos];
  if (m == NONE)
    return;
  size_t q = ex_group_end(c, m);
  for (int items = 0; q < end && items < MAX_ARGS; items++) {
    /* "di Republik Ceko": where the place just listed is */
    if (q + 1 < end && tok_is(c, q, "di") && c->ment_at[q + 1] != NONE &&
        c->ments[c->ment_at[q + 1]].n_dent == 1 &&
        c->dents[c->ments[c->ment_at[q + 1]].dent[0]].type == KABAR_ENT_STATE) {
      add_listed_place(c, c->ment_at[q + 1], cue, obj);
      q = c->ments[c->ment_at[q + 1]].te;
    }
    size_t r = q;
    if (r < end && (tok_is(c, r, ",") || tok_is(c, r, ";")))
      r++;
    if (r < end && (tok_is(c, r, "dan") || tok_is(c, r, "serta")))
      r++;
    if (r == q || r >= end)
      return;
    if (c->ment_at[r] == NONE && r + 2 < end && (tok_flags(c, r) & KABAR_TOK_CAP) &&
        (tok_flags(c, r) & KABAR_TOK_WORD) && tok_is(c, r + 1, "di")) {
      q = r + 1; /* "Pilsen di Republik Ceko": a town no lexicon lists, then its state */
      continue;
    }
    if (c->ment_at[r] == NONE)
      return;
    const ment *pm = &c->ments[c->ment_at[r]];
    if (pm->n_dent != 1 || (c->dents[pm->dent[0]].type != KABAR_ENT_PLACE &&
                            c->dents[pm->dent[0]].type != KABAR_ENT_STATE))
      return;
    add_listed_place(c, c->ment_at[r], cue, obj);
    q = ex_group_end(c, c->ment_at[r]);
  }
}

/* "Perjalanan Tsai Ing-wen selama sepekan ini akan membawanya ke ...": the
 * traveller of the journey noun that opens the clause of t, into *out;
 * whether there is one. */
/* Whether word k is a word of journey ("lawatan"), also with -nya
 * ("lawatannya", *nya set). */
static int journey_word(ctx *c, size_t k, int *nya) {
  *nya = 0;
  if (c->ment_at[k] != NONE)
    return 0;
  if (c->gcat[k] & G_JOURNEY)
    return 1;
  const char *w = tok_norm(c, k);
  size_t wl = strlen(w);
  if (wl <= 3 || wl - 3 >= 32 || strcmp(w + wl - 3, "nya") != 0)
    return 0;
  char bare[32];
  memcpy(bare, w, wl - 3);
  bare[wl - 3] = '\0';
  unsigned starts;
  *nya = (kabar_grammar_word_info(c->x->grammar, bare, &starts) & G_JOURNEY) != 0;
  return *nya;
}

static int journey_traveller(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *out) {
  size_t ci = ex_clause_at(c, s, t);
  size_t tb = ci != NONE ? c->clauses[ci].tb : c->doc->sentences[s].tok_begin;
  size_t q = tb;
  while (q < t && (c->wcat[q] & (W_ARTICLE | W_SKIP)))
    q++;
  if (q < t && (c->gcat[q] & G_JOURNEY)) {
    size_t m = ex_titled_name_at(c, q + 1, t);
    if (m == NONE)
      return 0;
    ex_resolve_arg(c, m, cue->subject_types, cue->flags, out);
    return out->n > 0;
  }
  /* "Blinken memulai lawatan keempatnya ke Afrika pekan ini yang
   * membawanya ke Cabo Verde": a journey in the clause before, whose
   * subject is a person, is that person's */
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t k = tb; k-- > sb && k + 16 > tb;) {
    int nya;
    if (!journey_word(c, k, &nya))
      continue;
    size_t kc = ex_clause_at(c, s, k);
    /* ("Perjalanan Tsai Ing-wen selama sepekan ini akan membawanya ke
     * ...": a journey noun opening the clause before, and its traveller) */
    if (!nya && kc != NONE && kc != ci && c->clauses[kc].tb == k) {
      size_t m = ex_titled_name_at(c, k + 1, c->clauses[kc].te);
      if (m != NONE) {
        ex_resolve_arg(c, m, cue->subject_types, cue->flags, out);
        return out->n > 0;
      }
    }
    if (kc == NONE || kc == ci || c->clauses[kc].subj_m == NONE || c->clauses[kc].subj_how != CS_OWN)
      return 0;
    ex_resolve_arg(c, c->clauses[kc].subj_m, TYPE_BIT(KABAR_ENT_PERSON), 0, out);
    return out->n > 0;
  }
  return 0;
}

/* "Biden menyebut Raja Yordania, Abdullah, sebagai teman yang baik dalam
 * pertemuan Senin di Gedung Putih": a meeting the clause took place in,
 * with no parties of its own, is between the clause's subject and its
 * object, when both are people. */
static void meeting_of_clause(ctx *c, size_t s, size_t t, size_t cl_at, arg *subj, arg *obj) {
  size_t sb = c->doc->sentences[s].tok_begin;
  if (cl_at == NONE || t == sb ||
      !(tok_is(c, t - 1, "dalam") || tok_is(c, t - 1, "pada") || tok_is(c, t - 1, "saat")))
    return;
  /* the verb's clause, past up to two clauses with no verb between it and
   * the meeting: a relative clause on its object, the rest of a quotation
   * ("sebagai “teman yang baik, setia, terhormat” dalam pertemuan") */
  size_t first = c->sents[s].c_begin, i = cl_at;
  while (i > first && i + 3 > cl_at && c->clauses[i].kind != CL_VERB)
    i--;
  const clause *cl = &c->clauses[i];
  if (cl->kind != CL_VERB || cl->pred == NONE || cl->pred >= t || cl->subj_m == NONE ||
      cl->obj_m == NONE || cl->voice != KABAR_FORM_ACTIVE)
    return;
  arg a, b;
  ex_resolve_arg(c, cl->subj_m, TYPE_BIT(KABAR_ENT_PERSON), 0, &a);
  ex_resolve_arg(c, cl->obj_m, TYPE_BIT(KABAR_ENT_PERSON), 0, &b);
  /* "Raja Yordania, Abdullah,": the holder after the title's state */
  const ment *om = &c->ments[cl->obj_m];
  if (!b.n && om->inner && om->te + 1 < t && tok_is(c, om->te, ",") && c->ment_at[om->te + 1] != NONE)
    ex_resolve_arg(c, c->ment_at[om->te + 1], TYPE_BIT(KABAR_ENT_PERSON), 0, &b);
  if (a.n == 1 && b.n == 1 && a.d[0] != b.d[0]) {
    *subj = a;
    *obj = b;
  }
}

/* The state a government's body (not a university or a firm) belongs to,
 * or NONE. */
static size_t body_state(const ctx *c, size_t d) {
  const dent *e = &c->dents[d];
  return e->type == KABAR_ENT_ORGANIZATION && e->gov && !e->academic ? e->state : NONE;
}

/* The state whose government body d takes a stance or acts for it in a
 * relation between states (criticizing, sanctioning, supplying arms), or
 * NONE: meetings, visits and signatures stay the body's own. */
static size_t gov_body_state(const ctx *c, size_t d, const kabar_rel_cue *cue) {
  size_t st = body_state(c, d);
  if (st == NONE || !(cue->subject_types & TYPE_BIT(KABAR_ENT_STATE)) || (cue->flags & RC_REVERSE))
    return NONE;
  switch (cue->relation) {
  case KABAR_REL_CRITICIZED:
  case KABAR_REL_ACCUSED:
  case KABAR_REL_SUPPORTS:
  case KABAR_REL_OPPOSES:
  case KABAR_REL_SANCTIONED:
  case KABAR_REL_RECOGNIZED:
  case KABAR_REL_CONGRATULATED:
  case KABAR_REL_SUPPLIED_ARMS_TO:
  case KABAR_REL_DEPLOYED_TROOPS_TO:
  case KABAR_REL_PROVIDED_AID_TO:
    return st;
  default:
    return NONE;
  }
}

/* Whether a title's holder is named after t: past words that describe the
 * post and "negara itu", a comma and a person's name ("presiden baru negara
 * itu, Daniel Ortega"). */
static int holder_named_after(const ctx *c, size_t t, size_t end) {
  while (t < end && c->ment_at[t] == NONE && (c->gcat[t] & G_MODIFIER))
    t++;
  if (t + 2 < end && c->ment_at[t] == NONE && (c->wcat[t] & W_REF_STATE) && (c->wcat[t + 1] & W_DEMONSTRATIVE))
    t += 2;
  else if (t < end && c->ment_at[t] != NONE && c->ments[c->ment_at[t]].kind == MK_REF_STATE)
    t = c->ments[c->ment_at[t]].te;
  if (t + 1 >= end || !tok_is(c, t, ",") || c->ment_at[t + 1] == NONE)
    return 0;
  const ment *m = &c->ments[c->ment_at[t + 1]];
  return m->kind == MK_NAME && m->n_dent && c->dents[m->dent[0]].type == KABAR_ENT_PERSON;
}

/* The name in apposition to the plain noun phrase ending at h, whose
 * relative clause's verb is at y: before it ("Hamas, kelompok yang didukung
 * Iran,") or, when the phrase opens the sentence, after the relative clause
 * ("Diktator yang didukung Amerika, Anastasio Somoza,"); NONE when none. */
static size_t noun_in_apposition(ctx *c, size_t s, size_t h, size_t y) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t b = ex_plain_phrase_start(c, se->tok_begin, h);
  size_t named = ex_apposed_name(c, se->tok_begin, b);
  if (named != NONE)
    return named;
  /* ... or after the verb whose object it is ("menggulingkan diktator yang
   * didukung Amerika, Anastasio Somoza tahun 1979") */
  int object = b > se->tok_begin && c->ment_at[b - 1] == NONE && ex_is_verb_word(c, b - 1);
  if (b != se->tok_begin && !(b == se->tok_begin + 1 && (tok_flags(c, se->tok_begin) & KABAR_TOK_WORD)) &&
      !object)
    return NONE;
  /* past the relative clause to its comma, then a name closed by a comma */
  size_t q = y + 1;
  while (q < se->tok_end && q < y + 8 && !tok_is(c, q, ","))
    q++;
  if (q + 2 < se->tok_end && tok_is(c, q, ",") && c->ment_at[q + 1] != NONE &&
      c->ments[c->ment_at[q + 1]].kind == MK_NAME && !c->ments[c->ment_at[q + 1]].inner) {
    size_t e = c->ments[c->ment_at[q + 1]].te;
    if (e < se->tok_end && tok_is(c, e, ","))
      return c->ment_at[q + 1];
    if (object && (e >= se->tok_end || tok_is(c, e, ".") || (c->wcat[e] & W_TIME) ||
                   (tok_is(c, e, "tahun") && e + 1 < se->tok_end && (tok_flags(c, e + 1) & KABAR_TOK_NUMBER))))
      return c->ment_at[q + 1];
  }
  return NONE;
}

static kabar_status emit(ctx *c, size_t s, const kabar_rel_cue *cue, const arg *subj,
                         const arg *obj, status_ctx st) {
  kabar_status rc = KABAR_OK;
  if (st.cancel)
    return KABAR_OK;
  int reported = st.status == KABAR_FS_ASSERTED && st.reporter != NONE && !st.victim_reports &&
                 ex_relation_is_hostile_act(cue->relation);
  /* "yang menurut NATO telah dilanggar oleh Rusia": a hostile act alleged
   * by someone outside it is their accusation of the one who acts */
  if (st.status == KABAR_FS_ALLEGED && st.claimant != NONE && !(cue->flags & RC_REVERSE) &&
      ex_relation_is_hostile_act(cue->relation))
    for (size_t i = 0; i < subj->n; i++) {
      size_t cs = ex_state_of(c, st.claimant), ss = ex_state_of(c, subj->d[i]);
      if (subj->d[i] == st.claimant || (cs != NONE && (cs == ss || cs == subj->d[i])))
        continue;
      rc = ex_add_fact(c, s, st.claimant, KABAR_REL_ACCUSED, subj->d[i], KABAR_FS_ASSERTED, NONE);
      if (rc)
        return rc;
    }
  if (st.victim_reports && st.status == KABAR_FS_ASSERTED && st.reporter != NONE &&
      ex_relation_is_hostile_act(cue->relation) && !(cue->flags & RC_REVERSE))
    for (size_t i = 0; i < subj->n; i++)
      if ((rc = ex_add_fact(c, s, st.reporter, KABAR_REL_ACCUSED, subj->d[i], KABAR_FS_ASSERTED, NONE)))
        return rc;
  if (reported) {
    /* "Nuland mengatakan bahwa Rusia mengirim tentara": her claim, and her
     * accusation of the one who acts */
    st.status = KABAR_FS_ALLEGED;
    st.claimant = st.reporter;
  }
  for (size_t i = 0; i < subj->n; i++)
    for (size_t j = 0; j < obj->n; j++) {
      if (reported && !(cue->flags & RC_REVERSE) &&
          (rc = ex_add_fact(c, s, st.reporter, KABAR_REL_ACCUSED, subj->d[i], KABAR_FS_ASSERTED, NONE)))
        return rc;
      size_t a = subj->d[i], b = obj->d[j];
      if ((cue->flags & RC_FOREIGN) && !foreign_pair(c, a, b))
        continue;
      if (cue->flags & RC_REVERSE) {
        size_t t = a;
        a = b;
        b = t;
      }
      rc = ex_add_fact(c, s, a, cue->relation, b, st.status, st.claimant);
      if (rc)
        return rc;
      /* "diteken oleh Menteri Pertahanan Rusia Sergei Shoigu": Rusia too */
      size_t st_a = (cue->flags & RC_SIGNER) && c->dents[a].type == KABAR_ENT_PERSON
                        ? ex_state_of(c, a)
                        : NONE;
      if (st_a != NONE && (rc = ex_add_fact(c, s, st_a, cue->relation, b, st.status, st.claimant)))
        return rc;
      /* "Kementerian Luar Negeri China mengecam ...": a government body's
       * stance is its state's too */
      size_t gov_state = gov_body_state(c, a, cue);
      if (gov_state != NONE && (rc = ex_add_fact(c, s, gov_state, cue->relation, b, st.status, st.claimant)))
        return rc;
    }
  return rc;
}

static void act_agent_before(ctx *c, size_t s, const char *root, unsigned types, unsigned flags, arg *out);
static void act_noun_doer(ctx *c, size_t s, size_t q, int any_act, unsigned types, unsigned flags, arg *out);

/* "Lee mengajak Korea Utara berdialog. Ajakan itu ditolak oleh Pyongyang":
 * a noun of an act with a demonstrative that opens the clause before y
 * refers to the act its verb told of in the two sentences before; what is
 * done to it is done to the one who acted (a leader's act, to the state).
 * Fills out (or leaves it empty). */
static void referred_act_agent(ctx *c, size_t s, size_t y, unsigned types, unsigned flags, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  out->n = 0;
  if (y < sb + 2 || !(c->wcat[y - 1] & W_DEMONSTRATIVE) || c->ment_at[y - 2] != NONE)
    return;
  size_t n = y - 2;
  while (n > sb && (c->wcat[n - 1] & (W_ARTICLE | W_SKIP)))
    n--;
  if (n != sb && !tok_is(c, n - 1, ","))
    return; /* the noun opens its clause */
  /* "... Keputusan itu dikecam oleh Kremlin": any act at the start of a
   * sentence */
  act_noun_doer(c, s, y - 2, n == sb, types, flags, out);
}

/* Who did the act that the noun at q (before a demonstrative) refers back
 * to: the subject of a verb on the noun's root in sentence s or the two
 * before; else, when any_act, for a word for any act ("keputusan",
 * "langkah", "tindakan": "... mengizinkan Ukraina memakai rudal. Keputusan
 * itu ..."), the subject of the sentence before (a leader's act is the
 * state's under RC_STATE). Fills out (or leaves it empty). */
static void act_noun_doer(ctx *c, size_t s, size_t q, int any_act, unsigned types, unsigned flags, arg *out) {
  out->n = 0;
  if (c->root[q] && c->morph[q].form == KABAR_FORM_NOUN && strcmp(tok_norm(c, q), c->morph[q].root) != 0)
    act_agent_before(c, s, c->morph[q].root, types, flags, out);
  if (out->n || !any_act || s == 0 || !(c->gcat[q] & G_ACT))
    return;
  const arg *ps = &c->sents[s - 1].subject;
  for (size_t i = 0; i < ps->n && out->n < MAX_ARGS; i++) {
    size_t d = ps->d[i];
    if ((flags & RC_STATE) && c->dents[d].type == KABAR_ENT_PERSON && ex_state_of(c, d) != NONE)
      d = ex_state_of(c, d);
    if (types & TYPE_BIT(c->dents[d].type))
      out->d[out->n++] = d;
  }
}

/* Who did, in sentence s or the two before, the act whose root is `root`:
 * the subject of the last active verb on that root. Fills out (or leaves it
 * empty). */
static void act_agent_before(ctx *c, size_t s, const char *root, unsigned types, unsigned flags, arg *out) {
  for (size_t p = s + 1; p-- > 0 && p + 3 > s;) {
    const kabar_sentence *ps = &c->doc->sentences[p];
    for (size_t q = ps->tok_end; q-- > ps->tok_begin;)
      if (c->root[q] && c->ment_at[q] == NONE && c->morph[q].form == KABAR_FORM_ACTIVE &&
          strcmp(c->morph[q].root, root) == 0) {
        ex_find_subject(c, p, q, types, flags, out);
        return;
      }
  }
}

/* "Korea Utara meluncurkan rudal balistik. Amerika Serikat ... mengecam
 * peluncuran tersebut": a judging verb's object that is a noun of an act
 * with a demonstrative after it is on the one who did that act. Fills out
 * (or leaves it empty). */
static void judged_act_agent(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out) {
  size_t end = c->doc->sentences[s].tok_end, n = t + 1;
  out->n = 0;
  while (n < end && (c->wcat[n] & W_SKIP))
    n++;
  /* (a claim rejected is denied, its maker not opposed: "menolak tuduhan itu") */
  if (n + 1 >= end || c->ment_at[n] != NONE || !(c->wcat[n + 1] & W_DEMONSTRATIVE) || (c->wcat[n] & W_CLAIM))
    return;
  act_noun_doer(c, s, n, 0, types, flags, out);
}

/* "Ia mengakui bantuan Beijing": a noun of help right after an active verb
 * that is no verb of receiving ("menerima", "meminta") or light verb is
 * what the clause's subject speaks of, not what it got. */
static int judged_not_received(ctx *c, size_t sb, size_t t) {
  size_t k = t;
  while (k > sb && (c->wcat[k - 1] & (W_ARTICLE | W_SKIP)))
    k--;
  return k > sb && c->ment_at[k - 1] == NONE && ex_is_verb_word(c, k - 1) &&
         !(c->wcat[k - 1] & (W_RECEIVE | W_LIGHT | W_PREP)) && !(tok_flags(c, k - 1) & KABAR_TOK_CAP);
}

/* Whether a verb cue with no named object still tells of a hostile act:
 * one by its relation ("menyerang pos militer"), or support for a faction
 * ("mendukung pemberontak di Ukraina timur"). */
static int hostile_on_unnamed(ctx *c, const kabar_rel_cue *cue, size_t after, size_t end) {
  if (ex_relation_is_hostile_act(cue->relation))
    return 1;
  if (cue->relation != KABAR_REL_SUPPORTS)
    return 0;
  for (size_t k = after; k < end && k < after + 3; k++)
    if (c->wcat[k] & W_FACTION)
      return 1;
  return 0;
}

/* "Hodges mengatakan ... tentara Rusia mendukung pemberontak": a hostile act
 * an outsider reports is their accusation of the one who acts, though the
 * act's object has no name to make a fact of its own. */
static kabar_status accused_by_reporter(ctx *c, size_t s, status_ctx st, const arg *subj) {
  if (st.cancel || st.status != KABAR_FS_ASSERTED || st.reporter == NONE)
    return KABAR_OK;
  for (size_t i = 0; i < subj->n; i++) {
    kabar_status rc = ex_add_fact(c, s, st.reporter, KABAR_REL_ACCUSED, subj->d[i],
                                  KABAR_FS_ASSERTED, NONE);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "mendukung banyak kelompok teroris ..., yang bertujuan ..., termasuk A,
 * B dan C": a verb's object named by no name, described by relative
 * clauses, then listed; the listed are the object. */
static void listed_object(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *obj) {
  const sent_info *si = &c->sents[s];
  size_t i = ex_clause_at(c, s, t);
  if (i == NONE)
    return;
  /* the verb's object is a plain noun, and no name or verb follows it in
   * its clause */
  size_t k = t + 1;
  while (k < c->clauses[i].te && (c->wcat[k] & W_SKIP))
    k++;
  unsigned f = k < c->clauses[i].te ? tok_flags(c, k) : 0;
  if (!(f & KABAR_TOK_WORD) || (f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) || c->ment_at[k] != NONE ||
      (c->wcat[k] & (W_PRON_PERSON | W_PRON_PLURAL | W_PRON_PAIR | W_PRON_NYA | W_PREP)) ||
      ex_is_verb_word(c, k))
    return;
  for (size_t q = k; q < c->clauses[i].te; q++)
    if (c->ment_at[q] != NONE || ex_is_verb_word(c, q))
      return;
  for (size_t j = i + 1; j < si->c_end; j++) {
    const clause *cl = &c->clauses[j];
    if (cl->subj_how == CS_RELATIVE)
      continue;
    if (!(c->gcat[cl->tb] & G_LIST_INTRO))
      return;
    size_t r = ex_past_titles(c, cl->tb + (c->glen[cl->tb] ? c->glen[cl->tb] : 1), cl->te);
    if (r < cl->te && c->ment_at[r] != NONE)
      ex_resolve_arg(c, c->ment_at[r], cue->object_types, cue->flags, obj);
    return;
  }
}

/* Pairs among the members of one argument: "Kim dan Putin bertemu". */
static kabar_status emit_pairs(ctx *c, size_t s, const kabar_rel_cue *cue, const arg *a,
                               status_ctx st) {
  if (st.cancel)
    return KABAR_OK;
  for (size_t i = 0; i < a->n; i++)
    for (size_t j = i + 1; j < a->n; j++) {
      kabar_status rc = ex_add_fact(c, s, a->d[i], cue->relation, a->d[j], st.status, st.claimant);
      if (rc)
        return rc;
    }
  return KABAR_OK;
}

/* "berterima kasih kepada Jepang atas bantuannya": the one thanked "kepada"
 * before "atas" and a noun with -nya at t is the noun's agent. Returns that
 * mention, or NONE. */
static size_t thanked_before(const ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  if (t < sb + 3 || !tok_is(c, t - 1, "atas") || c->ment_at[t - 2] == NONE)
    return NONE;
  size_t m = c->ment_at[t - 2];
  if (c->ments[m].group != NONE)
    m = c->ments[m].group;
  size_t b = c->ments[m].phrase_tb;
  return b > sb && tok_is(c, b - 1, "kepada") ? m : NONE;
}

/* The mention of the one person named at t, past titles ("Presiden Irak |
 * Barham Salih"), or NONE. */
static size_t person_mention_at(ctx *c, size_t t, size_t end) {
  t = ex_past_title_names(c, t, end);
  if (t >= end || c->ment_at[t] == NONE)
    return NONE;
  const ment *pm = &c->ments[c->ment_at[t]];
  return pm->n_dent == 1 && c->dents[pm->dent[0]].type == KABAR_ENT_PERSON ? c->ment_at[t] : NONE;
}

/* "Jadwal Rouhani termasuk pembicaraan dengan Presiden Irak Barham Salih",
 * "Kegiatan Merkel di Beijing ... termasuk pertemuan dengan ...": a meeting
 * on a person's agenda is that person's. */
static void agenda_owner(ctx *c, size_t s, size_t t, arg *subj, arg *obj) {
  size_t sb = c->doc->sentences[s].tok_begin, end = c->doc->sentences[s].tok_end;
  for (size_t k = t; k-- > sb && k + 14 > t;) {
    if (ex_is_boundary(c, k))
      return;
    if (!(tok_is(c, k, "jadwal") || tok_is(c, k, "kegiatan") || tok_is(c, k, "agenda") ||
          tok_is(c, k, "acara")))
      continue;
    size_t m = person_mention_at(c, k + 1, end);
    if (m != NONE) {
      ex_resolve_arg(c, m, TYPE_BIT(KABAR_ENT_PERSON), 0, subj);
      subj->pos = k + 1;
      /* the people met, not their states ("Presiden Irak Barham Salih") */
      size_t kept = 0;
      for (size_t i = 0; i < obj->n; i++)
        if (c->dents[obj->d[i]].type == KABAR_ENT_PERSON)
          obj->d[kept++] = obj->d[i];
      obj->n = kept;
    }
    return;
  }
}

/* "... persinggahan Tillerson dalam lawatannya di Afrika, yang juga
 * mencakup kunjungan ke Chad, Djibouti ...": a visit, as a noun with no
 * agent of its own, in a relative clause on a journey earlier in its
 * sentence, is part of that journey: its traveller is the person named just
 * before the journey, or the one its -nya refers to, or no one. Returns whether such a
 * journey stands before t (then no other subject is looked for). */
static int journey_owner(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *subj) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t k = t; k-- > sb && k + 20 > t;) {
    /* "lawatannya": a word of journey the grammar lists, with -nya */
    int nya;
    if (!journey_word(c, k, &nya) || (!nya && k + 1 == t))
      continue;
    /* (the visit in a relative clause on the journey: "..., yang juga
     * mencakup kunjungan ke ...") */
    int relative = 0;
    for (size_t q = k + 1; q < t && !relative; q++)
      relative = (c->wcat[q] & W_RELATIVE) != 0;
    if (!relative)
      return 0;
    /* "persinggahan Tillerson dalam lawatannya": the person just before */
    for (size_t q = k; q-- > sb && q + 4 > k;)
      if (c->ment_at[q] != NONE && c->ments[c->ment_at[q]].n_dent == 1 &&
          c->dents[c->ments[c->ment_at[q]].dent[0]].type == KABAR_ENT_PERSON) {
        ex_resolve_arg(c, c->ment_at[q], cue->subject_types, cue->flags, subj);
        return 1;
      }
    /* "lawatan Presiden AS Barack Obama, yang mencakup persinggahan di ..." */
    size_t g = nya ? NONE : ex_titled_name_at(c, k + 1, t);
    if (g != NONE) {
      ex_resolve_arg(c, g, cue->subject_types, cue->flags, subj);
      return 1;
    }
    if (!nya || !ex_nya_antecedent(c, s, k, cue->subject_types, cue->flags, subj))
      subj->n = 0;
    return 1;
  }
  return 0;
}

/* Whether a word of mutual action ("saling") stands before the verb at t,
 * past adverbs. */
static int mutual_before(const ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t k = t; k-- > sb && k + 3 > t;) {
    if (c->gcat[k] & G_MUTUAL)
      return 1;
    if (!(c->wcat[k] & W_SKIP))
      return 0;
  }
  return 0;
}

/* Whether a military word stands near the cue at t, or in the list of
 * fields that follows it ("kerja sama ... meliputi beberapa bidang, termasuk
 * kesehatan, pertahanan, dan ..."), up to the clause's end. */
static int military_near(const ctx *c, size_t s, size_t t) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t lo = t > se->tok_begin + 3 ? t - 3 : se->tok_begin;
  size_t hi = t + 8 < se->tok_end ? t + 8 : se->tok_end;
  int fields = 0;
  for (size_t k = lo; k < hi; k++) {
    if (c->wcat[k] & W_MILITARY)
      return 1;
    if (k > t && (c->gcat[k] & (G_FIELD | G_LIST_INTRO)) && !fields) {
      fields = 1;
      hi = se->tok_end;
    }
    if (fields && k > t + 8 && (ex_is_boundary(c, k) || (c->wcat[k] & W_RELATIVE)))
      break;
  }
  return 0;
}

/* "mengakui Timor Timur sebagai provinsi Indonesia": what is recognised
 * as part of another is recognised as no state. */
static int recognized_as_part(ctx *c, size_t s, size_t t) {
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t k = t + 1; k + 1 < end && k < t + 10; k++) {
    if (ex_is_boundary(c, k))
      return 0;
    if (tok_is(c, k, "sebagai") && (c->gcat[k + 1] & G_PART))
      return 1;
    /* "Tokayev mengakui Indonesia merupakan mitra dagang Kazakhstan": a
     * name and a copula after it, what is admitted of it */
    if ((c->gcat[k] & G_COPULA) && k > t + 1 && c->ment_at[k - 1] != NONE)
      return 1;
  }
  return 0;
}

/* Whether troops are the subject of the cue at t: a word of war or of the
 * military right before a name, at most five words before the cue and in
 * its clause ("pasukan Rusia masih berada di ..."; not the title "Menteri
 * Pertahanan AS"). */
static int troops_before(ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t k = t; k-- > sb && k + 6 > t;) {
    if (ex_is_boundary(c, k) || tok_is(c, k, ","))
      return 0;
    /* (not "pejabat militer Amerika": the word ends an official's title) */
    if (c->ment_at[k] == NONE && (c->wcat[k] & (W_WAR | W_MILITARY)) && c->ment_at[k + 1] != NONE &&
        (k == sb || !(tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))) &&
        !(k > sb && match_role(c, k - 1, k + 1, NULL) == 2))
      return 1;
  }
  return 0;
}

/* Whether sentence s has a word of word category wcat or grammar category
 * gcat: a word of war (W_WAR), a meeting held from afar (G_REMOTE,
 * "melalui telepon"). */
/* Whether the word of war at k is a figure: "perang dagang", "perang tarif". */
static int figurative_war(const ctx *c, size_t s, size_t k) {
  return (c->wcat[k] & W_WAR) && k + 1 < c->doc->sentences[s].tok_end && (c->wcat[k + 1] & W_FIGURATIVE);
}

static int sentence_has(const ctx *c, size_t s, kabar_word_cats wcat, kabar_grammar_cats gcat) {
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t k = se->tok_begin; k < se->tok_end; k++)
    if (((c->wcat[k] & wcat) && !figurative_war(c, s, k)) || (c->gcat[k] & gcat))
      return 1;
  return 0;
}

/* The state a mention of a state or a place stands in, or NONE. */
static size_t state_of_place(ctx *c, const ment *pm) {
  if (!pm->n_dent)
    return NONE;
  kabar_entity_type ty = c->dents[pm->dent[0]].type;
  return ty == KABAR_ENT_PLACE || ty == KABAR_ENT_STATE ? ex_state_of(c, pm->dent[0]) : NONE;
}

/* The state of a place that opens sentence s ("Di Peru, Pompeo bertemu
 * ...", "Sebelumnya di Asuncion, ..."), or NONE. */
static size_t fronted_place(ctx *c, size_t s) {
  size_t sb = c->doc->sentences[s].tok_begin, end = c->doc->sentences[s].tok_end;
  for (size_t k = sb; k < end && k < sb + 3; k++) {
    if (!tok_is(c, k, "di"))
      continue;
    size_t m = k + 1 < end ? c->ment_at[k + 1] : NONE;
    if (m == NONE || c->ments[m].te >= end || !tok_is(c, c->ments[m].te, ","))
      return NONE;
    return state_of_place(c, &c->ments[m]);
  }
  return NONE;
}

/* "Marcos dijadwalkan bertemu dengan Trump di Gedung Putih": a meeting at a
 * place of one party's state is a visit to it by the people of the others.
 * With `may_front` (a verb of meeting each other, not "memanggil"), a place
 * that opens the sentence is where they met, whoever's it is ("Di Peru,
 * Pompeo bertemu dengan ..."). */
static kabar_status visit_by_guests(ctx *c, size_t s, size_t from, const arg *a, const arg *b,
                                    status_ctx st, int may_front) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t place_state = may_front ? fronted_place(c, s) : NONE;
  int fronted = place_state != NONE;
  for (size_t k = from; !fronted && k < end && k < from + 18; k++)
    if (tok_is(c, k, "di") && k + 1 < end &&
        (c->ment_at[k + 1] == NONE
             ? (tok_flags(c, k + 1) & KABAR_TOK_CAP) != 0
             : c->ments[c->ment_at[k + 1]].n_dent &&
                   c->dents[c->ments[c->ment_at[k + 1]].dent[0]].type == KABAR_ENT_PLACE)) {
      /* "di Ruang Kakatua, Jakarta Convention Center (JCC), Jakarta": a
       * room or hall no lexicon knows, then the city it is in */
      for (size_t q = k + 1; q < end && q < k + 16 && place_state == NONE; q++) {
        if (c->ment_at[q] != NONE) {
          const ment *pm = &c->ments[c->ment_at[q]];
          if (pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_PLACE)
            place_state = ex_state_of(c, pm->dent[0]);
          q = pm->te - 1;
        } else if (!(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !tok_is(c, q, ",") &&
                   !tok_is(c, q, "(") && !tok_is(c, q, ")")) {
          break;
        }
      }
      break;
    } else if (tok_is(c, k, "di") && k + 1 < end && c->ment_at[k + 1] != NONE) {
      ment *pm = &c->ments[c->ment_at[k + 1]];
      if (pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_PLACE)
        place_state = ex_state_of(c, pm->dent[0]);
      else if (pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_STATE && k <= from + 1) {
        /* "bertemu di Kolombia dengan ...": a state named where they met,
         * right after the verb (not "tindakan Rusia di Ukraina" later) */
        place_state = pm->dent[0];
        fronted = 1;
      }
      break;
    }
  if (place_state == NONE || st.cancel)
    return KABAR_OK;
  const arg *sides[2] = {a, b};
  int host = 0;
  for (int i = 0; i < 2; i++)
    for (size_t q = 0; q < sides[i]->n; q++)
      host |= ex_state_of(c, sides[i]->d[q]) == place_state;
  if (!host && !fronted)
    return KABAR_OK;
  for (int i = 0; i < 2; i++)
    for (size_t q = 0; q < sides[i]->n; q++) {
      size_t d = sides[i]->d[q], ds = ex_state_of(c, d);
      if (c->dents[d].type == KABAR_ENT_PERSON && ds != NONE && ds != place_state) {
        kabar_status rc = ex_add_fact(c, s, d, KABAR_REL_VISITED, place_state, st.status, st.claimant);
        if (rc)
          return rc;
      }
    }
  return KABAR_OK;
}

/* A pronoun passive: "yang mereka tuduh", the pronoun at t - 1 acts on the
 * name before "yang" (past a comma). */
static kabar_status pronoun_passive(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue) {
  if (!(cue->forms & (F_VERB | F_PASSIVE)))
    return KABAR_OK;
  /* the name the relative clause describes ("Kenya adalah negara yang ia
   * kunjungi": Kenya), else the name right before "yang" */
  size_t cl = ex_clause_at(c, s, t), head = NONE;
  if (cl != NONE && c->clauses[cl].subj_how == CS_RELATIVE)
    head = c->clauses[cl].subj_m;
  size_t sb = c->doc->sentences[s].tok_begin, q = t - 2;
  if (q > sb && tok_is(c, q - 1, ","))
    q--;
  if (head == NONE && q > sb)
    head = c->ment_at[q - 1];
  if (head == NONE)
    return KABAR_OK;
  arg subj, obj;
  ex_resolve_arg(c, c->ment_at[t - 1], cue->subject_types, cue->flags, &subj);
  ex_resolve_arg(c, head, cue->object_types, cue->flags, &obj);
  if (!subj.n || !obj.n)
    return KABAR_OK;
  return emit(c, s, cue, &subj, &obj, ex_fact_status(c, s, t, subj.pos, 0, &subj, &obj));
}

/* Whether t begins a head of several words that the phrase layer reads as
 * another relation: "sekutu dalam Kelompok 77" is membership, not an
 * alliance; the longer head is the more specific reading. */
static int read_by_longer_head(const ctx *c, size_t s, size_t t, kabar_relation rel) {
  const sent_info *si = &c->sents[s];
  /* "Australia adalah donor bantuan terbesar Vanuatu": a noun of the
   * relation inside a phrase that a frame of the same relation heads is
   * read with that phrase */
  for (size_t i = si->p_begin; i < si->p_end; i++) {
    const phrase *p = &c->phrases[i];
    if (p->tb >= t || p->te <= t || p->role || p->slot == PS_OTHER)
      continue;
    for (size_t f = 0; f < p->n_frames; f++)
      if (!p->frames[f]->role && p->frames[f]->relation == rel)
        return 1;
  }
  for (size_t i = si->p_begin; i < si->p_end; i++) {
    const phrase *p = &c->phrases[i];
    if (p->tb != t || p->head_te <= t + 1 || p->role || !p->n_frames)
      continue;
    for (size_t f = 0; f < p->n_frames; f++)
      if (p->frames[f]->role || p->frames[f]->relation == rel)
        return 0;
    return 1;
  }
  return 0;
}

/* "Kunjungan balasan dari Polandia dilakukan oleh Presiden Kwasniewski"
 * under the title "Hubungan Indonesia dengan Polandia": an act with no
 * object, by one side of the relations the title names, is on the other. */
static void other_side_of_pair(ctx *c, size_t subject, arg *obj) {
  if (!c->pair_relations)
    return;
  size_t own = ex_state_of(c, subject);
  for (int i = 0; i < 2 && own != NONE; i++)
    if (c->pair[i] == own) {
      obj->d[0] = c->pair[1 - i];
      obj->n = 1;
    }
}

/* In a headline, the subject of the bare verb at t ("AS Tuduh Rusia
 * Tembaki Pos Militer Ukraina": AS, then Rusia): the name right before it,
 * with its title, opening the headline or its clause; NONE when a common
 * noun heads the phrase the name ends ("Senjata Nuklir Rusia Tiba",
 * "Pemberontak Yaman Kecam"). */
static size_t headline_subject(const ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  if (t <= sb || c->ment_at[t - 1] == NONE)
    return NONE;
  size_t m = c->ment_at[t - 1];
  if (c->ments[m].group != NONE)
    m = c->ments[m].group;
  const ment *mm = &c->ments[m];
  size_t b = mm->phrase_tb != NONE && mm->phrase_tb < mm->tb ? mm->phrase_tb : mm->tb;
  if (mm->inner) {
    /* "Menhan AS Puji Vietnam": a state inside a title; the title's
     * holder is not named, the state acts */
    b = mm->tb;
    for (size_t r = mm->tb; r-- > sb;)
      if (match_role(c, r, mm->tb, NULL) == mm->tb - r)
        b = r; /* the earliest title that ends at the state */
  }
  if (b == sb)
    return m;
  /* past a comma or "dan", or the verb before: "Ukraina Tuding Korut
   * Pasok Rudal" (Korut supplies) */
  unsigned f = tok_flags(c, b - 1);
  return (f & KABAR_TOK_PUNCT) || (c->wcat[b - 1] & W_CONJ) || c->root[b - 1] ? m : NONE;
}

/* Whether the verb at t is the predicate of relative clause cl. */
static int relative_predicate(const ctx *c, size_t cl, size_t t) {
  return cl != NONE && c->clauses[cl].subj_how == CS_RELATIVE && c->clauses[cl].pred == t;
}

/* Whether token t lies inside a mention of sentence s (ment_at marks only
 * where a later pass did not take a name's words back). */
static int inside_mention(const ctx *c, size_t s, size_t t) {
  if (c->ment_at[t] != NONE)
    return 1;
  for (size_t i = c->sents[s].m_begin; i < c->sents[s].m_end; i++)
    if (c->ments[i].kind == MK_NAME && c->ments[i].tb <= t && t < c->ments[i].te)
      return 1;
  return 0;
}

/* Whether a noun's agent found so far is one state, which a person named
 * after "dilakukan oleh" may act for. */
static int done_by_state(const ctx *c, const arg *subj) {
  return subj->n == 1 && c->dents[subj->d[0]].type == KABAR_ENT_STATE;
}

/* "Kunjungan ke Jepang dilakukan oleh Presiden Joko Widodo": the agent of
 * the noun at t is the name after "oleh" past a passive light verb in its
 * clause (past the title before the name). A state found before gives way
 * only to a person of that state (or of none known). Leaves subj as it was
 * when there is none. */
static void done_by_agent(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *subj) {
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t z = t + 1; z + 2 < end && z < t + 10; z++) {
    if (ex_is_boundary(c, z) || (c->wcat[z] & W_RELATIVE))
      return;
    if (!(c->wcat[z] & W_DONE_BY) || !tok_is(c, z + 1, "oleh"))
      continue;
    size_t q = z + 2;
    size_t rl = c->ment_at[q] == NONE ? match_role(c, q, end, NULL) : 0;
    q += rl;
    while (rl && q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner)
      q = c->ments[c->ment_at[q]].te;
    if (q >= end || c->ment_at[q] == NONE)
      return;
    arg agent;
    ex_resolve_arg(c, c->ment_at[q], cue->subject_types, cue->flags, &agent);
    /* a person who acts for the state found before, or for none we know */
    if (agent.n && done_by_state(c, subj)) {
      dent *p = agent.n == 1 ? &c->dents[agent.d[0]] : NULL;
      if (!p || p->type != KABAR_ENT_PERSON || (p->state != NONE && p->state != subj->d[0]))
        return;
      p->state = subj->d[0]; /* the visit "dari Polandia" was his: he acts for it */
    }
    if (agent.n)
      *subj = agent;
    return;
  }
}

/* "terbang ke Peru untuk menghadiri KTT APEC dan ke Brazil untuk ...": a
 * second destination after "dan"/"serta" and the same preposition, in the
 * same clause, is visited too. */
static void more_destinations(ctx *c, size_t s, const kabar_rel_cue *cue, arg *obj) {
  size_t end = c->doc->sentences[s].tok_end, at = obj->pos;
  if (at == NONE || at == 0 || c->ment_at[at] == NONE || !(c->wcat[at - 1] & W_PREP))
    return;
  const char *prep = tok_norm(c, at - 1);
  for (size_t k = c->ments[c->ment_at[at]].te; k + 2 < end && k < at + 30; k++) {
    if (ex_is_boundary(c, k) && !(c->wcat[k] & W_CONJ))
      return;
    if (!(c->wcat[k] & W_CONJ) || !tok_is(c, k + 1, prep) || c->ment_at[k + 2] == NONE)
      continue;
    arg more;
    ex_resolve_arg(c, c->ment_at[k + 2], cue->object_types, cue->flags, &more);
    for (size_t i = 0; i < more.n && obj->n < MAX_ARGS; i++)
      obj->d[obj->n++] = more.d[i];
    return;
  }
}

/* Whether "selamat" at or just after t greets ("selamat datang"). */
static int greeting_near(const ctx *c, size_t s, size_t t) {
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t k = t; k + 1 < end && k < t + 3; k++)
    if (tok_is(c, k, "selamat"))
      return (c->wcat[k + 1] & W_GREETING) != 0;
  return 0;
}

/* "menjamu X di Kremlin": X visited the state of the place; "menerima
 * kunjungan X", "menyambut kedatangan X" with no place: the host's. The
 * host may be unnamed ("Menhan RI menerima kunjungan X di ..., Jakarta"). */
static kabar_status host_visits(ctx *c, size_t s, const kabar_rel_cue *cue, size_t after,
                                const arg *subj, const arg *obj, status_ctx st) {
  size_t end = c->doc->sentences[s].tok_end;
  kabar_status rc = KABAR_OK;
  size_t host_state = NONE;
  int placed = 0;
  for (size_t k = after; k < end && k < after + 18 && !placed; k++) {
    if (!tok_is(c, k, "di"))
      continue;
    /* "di kantor Kementerian Pertahanan, Jakarta": past a building's noun */
    size_t q = k + 1;
    while (q < end && q < k + 3 && c->ment_at[q] == NONE && (tok_flags(c, q) & KABAR_TOK_WORD) &&
           !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[q] & (W_PREP | W_CONJ)) &&
           !ex_is_verb_word(c, q))
      q++;
    if (q < end && c->ment_at[q] != NONE) {
      ment *pm = &c->ments[c->ment_at[q]];
      /* "di Kantor Kemhan, Jakarta": the city after the building */
      if (pm->n_dent && c->dents[pm->dent[0]].type != KABAR_ENT_PLACE && pm->te + 1 < end &&
          tok_is(c, pm->te, ",") && c->ment_at[pm->te + 1] != NONE)
        pm = &c->ments[c->ment_at[pm->te + 1]];
      if (pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_PLACE)
        host_state = ex_state_of(c, pm->dent[0]);
      placed = 1;
    }
  }
  /* "Presiden Jokowi menerima PM Belanda": a head of state receives at home
   * (not an official of a body: "disambut Sekjen ASEAN") */
  if (!placed && subj->n == 1 && c->dents[subj->d[0]].type == KABAR_ENT_PERSON && !sentence_has(c, s, 0, G_REMOTE) &&
      (cue->n_with || c->dents[subj->d[0]].heads_state))
    host_state = ex_state_of(c, subj->d[0]);
  if (!placed && subj->n == 1 && c->dents[subj->d[0]].type == KABAR_ENT_STATE)
    host_state = subj->d[0];
  for (size_t j = 0; j < obj->n && host_state != NONE && rc == KABAR_OK; j++) {
    size_t os = c->dents[obj->d[j]].type == KABAR_ENT_PERSON ? ex_state_of(c, obj->d[j]) : NONE;
    if (os != host_state)
      rc = ex_add_fact(c, s, obj->d[j], KABAR_REL_VISITED, host_state, st.status, st.claimant);
  }
  return rc;
}

/* Whether the word at t is a preposition: right after another (sb: the
 * sentence's start), or taken by a cue word between b and t. */
static int taken_as_prep(ctx *c, size_t sb, size_t b, size_t t) {
  const char *prep = tok_norm(c, t);
  /* "pada pasca-perang melawan Iran": inside a prepositional phrase */
  for (size_t q = t; q > sb && q + 2 > t; q--)
    if (c->wcat[q - 1] & W_PREP)
      return 1;
  for (size_t q = b; q < t; q++) {
    kabar_morph mo;
    const kabar_root_info *ri = c->ment_at[q] == NONE ? tok_root(c, q, &mo) : NULL;
    for (size_t r = 0; ri && r < ri->n_rel; r++)
      if (ex_cue_takes_prep(kabar_cues_rel(c->x->cues, ri->first_rel + r), prep))
        return 1;
  }
  return 0;
}

/* "Moskow membatalkan penjualan sistem pertahanan misil kepada Teheran":
 * an act right after a verb of calling off is the subject's own, and did
 * not happen (a treaty called off, or a stance, is another matter). */
static int cancelled_act(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue) {
  size_t sb = c->doc->sentences[s].tok_begin;
  if (cue->relation == KABAR_REL_PARTY_TO || cue->relation == KABAR_REL_OPPOSES ||
      cue->relation == KABAR_REL_SUPPORTS || cue->relation == KABAR_REL_CRITICIZED ||
      cue->relation == KABAR_REL_ACCUSED)
    return 0;
  size_t v = t;
  while (v > sb && (c->wcat[v - 1] & W_SKIP))
    v--;
  return v > sb && c->ment_at[v - 1] == NONE && c->root[v - 1] && c->morph[v - 1].form == KABAR_FORM_ACTIVE &&
         strcmp(c->morph[v - 1].root, "batal") == 0;
}

/* Whether an argument names one of subj's entities. */
static int shares_entity(const arg *a, const arg *subj) {
  for (size_t i = 0; i < a->n; i++)
    for (size_t j = 0; j < subj->n; j++)
      if (a->d[i] == subj->d[j])
        return 1;
  return 0;
}

/* "Indonesia menyerbu Timor Leste dan menganeksasinya", "Arab Saudi
 * memutuskan hubungan dengan Qatar, menuduhnya ...": -nya on an active verb
 * is its object, the object of a clause before it in the sentence, else the
 * nearest name before it that no preposition governs and that is not the
 * verb's own subject. */
static void verb_nya_object(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, const arg *subj,
                            arg *obj) {
  size_t sb = c->doc->sentences[s].tok_begin;
  obj->n = 0;
  const sent_info *si = &c->sents[s];
  for (size_t i = si->c_end; i-- > si->c_begin;) {
    const clause *cl = &c->clauses[i];
    if (cl->tb >= t || cl->obj_m == NONE || c->ments[cl->obj_m].tb >= t)
      continue;
    ex_resolve_arg(c, cl->obj_m, cue->object_types, cue->flags, obj);
    if (obj->n && !shares_entity(obj, subj))
      return;
    obj->n = 0;
    break;
  }
  for (size_t k = t; k-- > sb;) {
    size_t m = c->ment_at[k];
    if (m == NONE)
      continue;
    k = c->ments[m].tb;
    /* (one governed by "dengan", "terhadap", "kepada", "ke", ...; not one
     * where or whence: "dari Portugal", "di Jenewa") */
    if (c->ments[m].inner || (k > sb && (c->wcat[k - 1] & W_PREP) &&
                              (tok_is(c, k - 1, "dari") || tok_is(c, k - 1, "di") || tok_is(c, k - 1, "oleh") ||
                               tok_is(c, k - 1, "pada") || tok_is(c, k - 1, "dalam") || tok_is(c, k - 1, "sejak"))))
      continue;
    ex_resolve_arg(c, m, cue->object_types, cue->flags, obj);
    if (obj->n && !shares_entity(obj, subj))
      return;
    obj->n = 0;
  }
}

static kabar_status trigger(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue,
                            const kabar_morph *mo) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  int verb = mo->form == KABAR_FORM_ACTIVE || mo->form == KABAR_FORM_BER ||
             mo->form == KABAR_FORM_TER;
  int passive = mo->form == KABAR_FORM_PASSIVE;
  int noun = mo->form == KABAR_FORM_NOUN || mo->form == KABAR_FORM_BASE;
  int base_verb = 0; /* "tiba", "terbang": a bare root used as a verb */
  if (mo->form == KABAR_FORM_BASE && (cue->forms & F_BASE)) {
    verb = base_verb = 1;
    noun = 0;
  }
  size_t cl_at = ex_clause_at(c, s, t); /* the clause the cue stands in */
  int cancelled = noun && cancelled_act(c, s, t, cue);
  /* "berperang melawan Jerman": a verb that is also a preposition is a
   * verb only as its clause's predicate in lower case, and not after a cue
   * that takes it as its preposition ("perang Amerika melawan Vietnam") */
  if (verb && (c->wcat[t] & W_PREP) &&
      (cl_at == NONE || c->clauses[cl_at].pred != t || (tok_flags(c, t) & KABAR_TOK_CAP) ||
       taken_as_prep(c, se->tok_begin, c->clauses[cl_at].tb, t)))
    return KABAR_OK;
  int headline_base = c->headline && mo->form == KABAR_FORM_BASE;
  size_t head_subj = headline_base ? headline_subject(c, s, t) : NONE;
  /* "Uni Eropa Kecam Ancaman Iran", "Hun Sen Temui Xi Jinping": a headline
   * drops the verb's prefix */
  if (headline_base && (cue->forms & F_VERB) && (tok_flags(c, t) & KABAR_TOK_CAP) &&
      head_subj != NONE) {
    verb = base_verb = 1;
    noun = 0;
  } else if (c->headline && !verb) {
    return KABAR_OK; /* a headline's nouns are read in the text below it */
  }
  /* inside a named event ("Perang Dingin") a word is a noun */
  if (verb && c->ment_at[t] != NONE)
    return KABAR_OK;
  if (read_by_longer_head(c, s, t, cue->relation))
    return KABAR_OK;
  /* "rekan-rekan dari Rusia yang mereka tuduh", "negara yang ia kunjungi":
   * a pronoun before a bare verb after "yang" is its agent, the name "yang"
   * follows is its patient */
  if (mo->form == KABAR_FORM_BASE && t >= se->tok_begin + 3 && c->ment_at[t - 1] != NONE &&
      (c->ments[c->ment_at[t - 1]].kind == MK_PRON_PERSON ||
       c->ments[c->ment_at[t - 1]].kind == MK_PRON_PLURAL ||
       c->ments[c->ment_at[t - 1]].kind == MK_SPEAKER ||
       c->ments[c->ment_at[t - 1]].kind == MK_SPEAKER_STATE) &&
      (c->wcat[t - 2] & W_RELATIVE))
    return pronoun_passive(c, s, t, cue);
  int ber_verb = mo->form == KABAR_FORM_BER && (cue->forms & F_BER);
  int men_verb = mo->form == KABAR_FORM_ACTIVE && (cue->forms & F_MEN);
  if ((verb && !base_verb && !ber_verb && !men_verb && !(cue->forms & F_VERB)) ||
      (passive && !(cue->forms & F_PASSIVE)) ||
      (noun && !(cue->forms & F_NOUN)) || ((cue->forms & F_NOKAN) && mo->suffix == 'k') ||
      ((cue->forms & F_AFFIXED) && strcmp(tok_norm(c, t), mo->root) == 0))
    return KABAR_OK;
  /* "menolak mengecam Iran": a verb that takes another verb as its
   * complement has no object of its own; the second verb's object is not it
   * (but "menuduhnya mendukung ...": -nya is its object) */
  if (verb && cue->direct && !cue->n_with && mo->form == KABAR_FORM_ACTIVE && !mo->possessive &&
      !mutual_before(c, s, t)) {
    size_t q = t + 1;
    while (q < end && (c->wcat[q] & W_SKIP))
      q++;
    if (q < end && tok_is(c, q, "untuk"))
      q++;
    if (q < end && c->root[q] && c->morph[q].form == KABAR_FORM_ACTIVE &&
        !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && c->ment_at[q] == NONE)
      return KABAR_OK;
  }
  /* the words the cue needs after it */
  size_t after = t + 1;
  size_t goods_before = NONE; /* "tentara AS yang ditempatkan di ...": the goods before */
  size_t recipient = NONE;    /* "memasok X dengan ...": X, before the goods */
  if (cue->n_with) {
    size_t found = NONE;
    for (size_t k = t + 1; k < end && k <= t + 7; k++) {
      if (ex_is_boundary(c, k))
        break;
      if (kabar_cues_with_match(c->x->cues, cue, tok_norm(c, k)) && !figurative_war(c, s, k))
        found = k;
      if ((cue->flags & RC_NEXT) && !(c->wcat[k] & W_SKIP))
        break; /* "memutuskan hubungan", not "memutuskan untuk ... hubungan" */
    }
    /* "... perangkat keras militer Rusia dengan membeli dari AS": a verb of
     * buying right before its source may have its goods before it */
    int bought_from = (cue->flags & RC_REVERSE) && !passive && t + 1 < end && tok_is(c, t + 1, "dari");
    for (size_t k = t; (passive || bought_from) && found == NONE && k-- > se->tok_begin &&
                       k + (bought_from ? 10 : 7) > t;) {
      if (ex_is_boundary(c, k))
        break;
      if (kabar_cues_with_match(c->x->cues, cue, tok_norm(c, k)))
        goods_before = k;
    }
    if (found == NONE && goods_before == NONE)
      return KABAR_OK;
    if (found != NONE) {
      after = found + 1;
      /* "menerima kunjungan kehormatan (courtesy call) dari X": past the
       * words that describe the cue's word, to the preposition it takes
       * (the word found inside the brackets: past them) */
      if (found > t + 1 && tok_is(c, found - 1, "("))
        for (size_t z = found + 1; z < end && z < found + 4; z++)
          if (tok_is(c, z, ")")) {
            after = z + 1;
            break;
          }
      size_t q = after;
      for (size_t n = 0; q < end && n < 3; n++) {
        size_t close = NONE;
        if (tok_is(c, q, "(")) {
          for (size_t z = q + 1; z < end && z < q + 6 && close == NONE; z++) {
            if (tok_is(c, z, ")"))
              close = z;
            else if (c->ment_at[z] != NONE)
              break;
          }
        }
        if (close != NONE)
          q = close + 1;
        else if (ex_plain_word(c, q))
          q++;
        else
          break;
      }
      if (q > after && q < end && (c->wcat[q] & W_PREP) && ex_cue_takes_prep(cue, tok_norm(c, q)))
        after = q;
      /* "memasok Indonesia dengan tiga kapal selam": the one supplied stands
       * right after the verb, the goods after "dengan" */
      size_t rm = verb && t + 1 < end ? c->ment_at[t + 1] : NONE;
      if (rm != NONE && c->ments[rm].kind == MK_NAME && c->ments[rm].te < found &&
          tok_is(c, c->ments[rm].te, "dengan"))
        recipient = rm;
      /* "menyepakati perjanjian untuk ...": the word the cue needs is its
       * object when it names one of the object's type */
      size_t fm = c->ment_at[found];
      if (fm != NONE && c->ments[fm].n_dent &&
          (cue->object_types & TYPE_BIT(c->dents[c->ments[fm].dent[0]].type)))
        after = c->ments[fm].tb;
    }
  }
  if ((cue->flags & RC_MILITARY) && !military_near(c, s, t))
    return KABAR_OK;
  if (cue->relation == KABAR_REL_CONGRATULATED && greeting_near(c, s, t))
    return KABAR_OK; /* "mengucapkan selamat datang": a welcome */
  if (noun && cue->relation == KABAR_REL_SUPPORTS && t > se->tok_begin && (c->wcat[t - 1] & W_BACKED))
    return KABAR_OK; /* "pemerintah dukungan PBB": the UN-backed government */
  if (noun && (cue->flags & RC_TREATY_KIND) && t > se->tok_begin && (c->gcat[t - 1] & G_AGREEMENT))
    return KABAR_OK; /* "perjanjian persahabatan antara A dan B": a treaty's kind, no alliance */
  if ((cue->flags & RC_TROOPS) && !troops_before(c, s, t))
    return KABAR_OK;
  if ((cue->flags & RC_CIVIL) && (troops_before(c, s, t) || sentence_has(c, s, W_WAR, 0)))
    return KABAR_OK;
  if (cue->relation == KABAR_REL_RECOGNIZED && recognized_as_part(c, s, t))
    return KABAR_OK;
  if ((cue->flags & RC_WAR) && !sentence_has(c, s, W_WAR, 0))
    return KABAR_OK; /* "mengalahkan" in a match or a vote */
  arg traveller = {{0}, 0, NONE, 0};
  if ((cue->flags & RC_JOURNEY) && (!mo->possessive || !journey_traveller(c, s, t, cue, &traveller)))
    return KABAR_OK; /* "membawa bantuan ke Gaza" is no visit */
  arg subj = {{0}, 0, NONE, 0}, obj = {{0}, 0, NONE, 0};
  if (passive && goods_before != NONE) {
    /* "sekitar 28.500 tentara AS yang ditempatkan di Korea Selatan",
     * "senjata Korea Utara yang dikirim ke Rusia": the owner of the goods
     * sends them; the place after the verb receives them */
    size_t g = goods_before + 1;
    if (g < end && c->ment_at[g] != NONE)
      ex_resolve_arg(c, c->ment_at[g], cue->subject_types, cue->flags | RC_STATE, &subj);
    if (!subj.n && after == t + 1 && after < end && c->ment_at[after] != NONE &&
        !c->ments[c->ment_at[after]].inner) {
      /* "Sanksi serupa sudah dijatuhkan UE terhadap ...": the agent right after the verb */
      ex_resolve_arg(c, c->ment_at[after], cue->subject_types, cue->flags, &subj);
      if (subj.n)
        after = c->ments[c->ment_at[after]].te;
    }
    for (size_t k = after; !subj.n && k < end && k < after + 8; k++)
      if (tok_is(c, k, "oleh") && k + 1 < end && c->ment_at[k + 1] != NONE) {
        ex_resolve_arg(c, c->ment_at[k + 1], cue->subject_types, cue->flags, &subj);
        after = c->ments[c->ment_at[k + 1]].te;
      }
    if (!subj.n)
      return KABAR_OK;
    ex_find_object(c, s, after, cue, 1, &obj);
  } else if (passive) {
    /* the patient is the clause subject; the agent comes after "oleh", or
     * right after the verb ("yang ditandatangani Indonesia dan Australia") */
    size_t y = t;
    while (y > se->tok_begin && (c->wcat[y - 1] & W_SKIP))
      y--;
    /* "yang menurut NATO telah dilanggar oleh Rusia": past who says so */
    if (y > se->tok_begin + 2 && c->ment_at[y - 1] != NONE) {
      size_t r = c->ments[c->ment_at[y - 1]].tb;
      if (r > se->tok_begin + 1 && (c->wcat[r - 1] & W_REPORT_PREP) && (c->wcat[r - 2] & W_RELATIVE))
        y = r - 1;
    }
    if (cl_at != NONE && c->clauses[cl_at].head_unnamed)
      return KABAR_OK; /* the clause layer found the head no name */
    /* "... milik AS di Filipina, yang ditentang oleh Beijing": the head the
     * clause layer found past a place */
    if (relative_predicate(c, cl_at, t) && c->clauses[cl_at].subj_m != NONE &&
        c->clauses[cl_at].tb > se->tok_begin && tok_is(c, c->clauses[cl_at].tb - 1, ",") &&
        c->ments[c->clauses[cl_at].subj_m].te + 1 < c->clauses[cl_at].tb)
      ex_resolve_arg(c, c->clauses[cl_at].subj_m, cue->object_types, cue->flags, &obj);
    if (!obj.n && y > se->tok_begin && (c->wcat[y - 1] & W_RELATIVE)) {
      /* "pasukan militan Syiah yang didukung Iran": a noun no name stands
       * for is the head; no name further back is */
      size_t h = y - 2, hc = ex_clause_at(c, s, h);
      /* "pasukan militan Syiah yang": a place's name after a plain noun only
       * describes that noun */
      if (y >= se->tok_begin + 3 && c->ment_at[h] != NONE && c->ments[c->ment_at[h]].n_dent &&
          c->dents[c->ments[c->ment_at[h]].dent[0]].type == KABAR_ENT_PLACE &&
          c->ments[c->ment_at[h]].tb > se->tok_begin) {
        size_t b = c->ments[c->ment_at[h]].tb - 1;
        /* (not "pulau di utara Hokkaido yang": a place where something lies) */
        if (c->ment_at[b] == NONE && (tok_flags(c, b) & KABAR_TOK_WORD) &&
            !(tok_flags(c, b) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
            !(c->wcat[b] & (W_PREP | W_CONJ | W_TRANSPARENT | W_SKIP)) && !(c->gcat[b] & G_COMPASS) &&
            !ex_is_verb_word(c, b) &&
            !(b > se->tok_begin && (c->wcat[b - 1] & W_PREP)))
          return KABAR_OK;
      }
      if (y >= se->tok_begin + 2 && !inside_mention(c, s, h) && (tok_flags(c, h) & KABAR_TOK_WORD) &&
          !(c->wcat[h] & (W_DEMONSTRATIVE | W_SKIP)) && !(c->gcat[h] & (G_ACT | G_AGREEMENT)) &&
          !ex_is_year(tok_norm(c, h)) && (hc == NONE || c->clauses[hc].kind != CL_COPULA)) {
        /* ... unless a name stands in apposition to the noun: "Hamas,
         * kelompok yang didukung Iran, ...", "Diktator yang didukung Amerika,
         * Anastasio Somoza, ..." */
        size_t named = noun_in_apposition(c, s, h, y);
        if (named == NONE)
          return KABAR_OK;
        ex_resolve_arg(c, named, cue->object_types, cue->flags, &obj);
        if (!obj.n)
          return KABAR_OK;
      }
      /* "Perjanjian ... (DCA) yang ditandatangani ...": the name before "yang" */
      for (size_t q = y - 1; !obj.n && q-- > se->tok_begin && q + 16 > y;) {
        if (c->ment_at[q] == NONE)
          continue;
        ex_resolve_arg(c, c->ment_at[q], cue->object_types, cue->flags, &obj);
        if (obj.n)
          break;
        q = c->ments[c->ment_at[q]].tb;
      }
    }
    /* "dengan ditandatanganinya Traktat X oleh ...": with -nya the patient
     * follows the verb */
    if (!obj.n && mo->possessive && after < end && c->ment_at[after] != NONE) {
      ex_resolve_arg(c, c->ment_at[after], cue->object_types, cue->flags, &obj);
      if (obj.n)
        after = c->ments[c->ment_at[after]].te;
    }
    if (!obj.n)
      referred_act_agent(c, s, y, cue->object_types, cue->flags | RC_STATE, &obj);
    /* "Komite Pendukung ... Afrika Utara, dipimpin oleh Perdana Menteri
     * Indonesia Mohammad Natsir": a body, a comma, and who leads it */
    if (!obj.n && cue->relation == KABAR_REL_LEADER_OF && y > se->tok_begin + 1 &&
        tok_is(c, y - 1, ",") && c->ment_at[y - 2] != NONE &&
        c->ments[c->ment_at[y - 2]].te == y - 1 && !c->ments[c->ment_at[y - 2]].inner)
      ex_resolve_arg(c, c->ment_at[y - 2], cue->object_types, cue->flags, &obj);
    if (!obj.n && !ex_find_subject(c, s, t, cue->object_types, cue->flags, &obj))
      return KABAR_OK;
    /* "Penyingkiran Yunus dikecam Amerika": what was done to someone is
     * judged, not the one it was done to */
    if ((cue->relation == KABAR_REL_CRITICIZED || cue->relation == KABAR_REL_OPPOSES ||
         cue->relation == KABAR_REL_SUPPORTS) &&
        obj.pos != NONE && obj.pos > se->tok_begin && (c->wcat[obj.pos - 1] & W_PATIENT_ACT))
      return KABAR_OK;
    /* "Delegasi dari Kementerian Luar Negeri X yang dipimpin oleh Y": Y
     * leads the delegation, not the body it comes from */
    if (cue->relation == KABAR_REL_LEADER_OF && obj.pos != NONE && obj.pos > se->tok_begin &&
        tok_is(c, obj.pos - 1, "dari"))
      return KABAR_OK;
    for (size_t k = after; k < end && k < after + 8; k++) {
      if (ex_is_boundary(c, k) || tok_is(c, k, ","))
        break;
      size_t kk = k; /* "dijajah pemerintahan Kekaisaran Prancis" */
      while (k == after && kk + 1 < end && (c->wcat[kk] & W_TRANSPARENT) && c->ment_at[kk] == NONE)
        kk++;
      int direct = k == after && (c->ment_at[kk] != NONE || match_role(c, kk, end, NULL));
      if (!direct && !(tok_is(c, k, "oleh") && k + 1 < end))
        continue;
      size_t q = direct ? kk : k + 1;
      size_t titled_state = NONE; /* "oleh para kepala negara A, B, dan C" */
      int titled = 0;
      /* past a title's inner names: "oleh Perdana Menteri India Indira Gandhi";
       * past a portfolio no lexicon lists and a comma: "oleh Menteri
       * Pertanian dan Perikanan, Mariano Sabino" */
      while (q < end && q < k + 10) {
        size_t rl = c->ment_at[q] == NONE ? match_role(c, q, end, NULL) : 0;
        if (c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner) {
          if (titled_state == NONE)
            titled_state = c->ment_at[q];
          q = c->ments[c->ment_at[q]].te;
        } else if (rl) {
          q += rl;
          titled = 1;
        } else if (titled && c->ment_at[q] == NONE &&
                   (((tok_flags(c, q) & KABAR_TOK_CAP) && (tok_flags(c, q) & KABAR_TOK_WORD)) ||
                    tok_is(c, q, ",") || (c->wcat[q] & W_CONJ) || (c->gcat[q] & G_MODIFIER))) {
          q++;
        } else if (!titled && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].kind == MK_ROLEREF &&
                   holder_named_after(c, c->ments[c->ment_at[q]].te, end)) {
          /* "oleh presiden baru negara itu, Daniel Ortega": not the
           * president named before */
          titled = 1;
          q = c->ments[c->ment_at[q]].te;
        } else if (titled && q + 3 < end && c->ment_at[q] == NONE && (c->wcat[q] & W_REF_STATE) &&
                   (c->wcat[q + 1] & W_DEMONSTRATIVE) && tok_is(c, q + 2, ",")) {
          /* "oleh presiden baru negara itu, Daniel Ortega": the holder is named
           * after the state referred to */
          q += 2;
        } else if (titled && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].kind == MK_REF_STATE &&
                   c->ments[c->ment_at[q]].te + 1 < end && tok_is(c, c->ments[c->ment_at[q]].te, ",")) {
          q = c->ments[c->ment_at[q]].te;
        } else if (((c->wcat[q] & (W_ARTICLE | W_MILITARY | W_WAR)) || (c->gcat[q] & G_ENVOY)) &&
                   !(tok_flags(c, q) & KABAR_TOK_CAP)) {
          /* "didukung oleh pasukan militer Soviet": the state the force is of;
           * "ditandatangani oleh perwakilan Apodeti": the body they stand for */
          q++;
        } else {
          break;
        }
      }
      size_t counterpart = q < end && c->ment_at[q] == NONE ? ex_counterpart_named(c, s, q) : NONE;
      if (q < end && c->ment_at[q] != NONE) {
        ex_resolve_arg(c, c->ment_at[q], cue->subject_types, cue->flags, &subj);
      } else if (counterpart != NONE) {
        /* "disambut di Entebbe oleh mitranya dari Uganda, Jeje Odongo" */
        ex_resolve_arg(c, counterpart, cue->subject_types, cue->flags, &subj);
      } else if (titled_state != NONE && c->ments[titled_state].group != NONE) {
        /* the officials of several states, unnamed: the states act */
        ex_resolve_arg(c, titled_state, cue->subject_types, cue->flags | RC_STATE, &subj);
      } else {
        /* "oleh para pemimpin dari negara anggota ASEAN, yaitu A, B, dan C" */
        /* "oleh ketua delegasi dari lima negara yang terdiri dari A, B" */
        size_t li = q, skip = 0;
        while (li < end && li < q + 10 && !ex_is_boundary(c, li)) {
          if (c->gcat[li] & G_LIST_INTRO) {
            skip = c->glen[li] ? c->glen[li] : 1;
            break;
          }
          if (li + 1 < end && tok_is(c, li, "terdiri") &&
              (tok_is(c, li + 1, "dari") || tok_is(c, li + 1, "atas"))) {
            skip = 2;
            break;
          }
          li++;
        }
        if (skip) {
          size_t r = ex_past_title_names(c, li + skip, end);
          if (r < end && c->ment_at[r] != NONE)
            ex_resolve_arg(c, c->ment_at[r], cue->subject_types, cue->flags, &subj);
        }
      }
      break;
    }
    /* "perjanjian persahabatan ditandatangani pada 21 Juni 1951" in an
     * article on two states' relations: an agreement it does not name,
     * signed by no one named, is theirs */
    if (!subj.n && (cue->flags & RC_PAIR) && c->pair_relations && obj.n == 1 &&
        c->dents[obj.d[0]].unnamed && c->pair[0] != NONE && c->pair[1] != NONE) {
      subj.d[0] = c->pair[0];
      subj.d[1] = c->pair[1];
      subj.n = 2;
    }
    /* "pemimpin-pemimpin Tajikistan dan Uzbekistan, yang akan
     * dikunjunginya": -nya on the passive verb is its agent, whom the
     * sentence (or the one before) is about */
    if (!subj.n && mo->possessive && obj.n)
      for (size_t p = s + 1; p-- > 0 && p + 2 > s && !subj.n;) {
        const arg *ms = &c->sents[p].subject;
        int patient = 0;
        for (size_t i = 0; i < obj.n && ms->n; i++)
          patient |= obj.d[i] == ms->d[0];
        if (ms->n == 1 && !patient && (p < s || ms->pos < t) &&
            (cue->subject_types & TYPE_BIT(c->dents[ms->d[0]].type)))
          subj = *ms;
      }
    if (!subj.n)
      return KABAR_OK;
  } else if (verb) {
    if (headline_base) {
      if (head_subj != NONE) /* none: "Senjata Nuklir Rusia Tiba" */
        ex_resolve_arg(c, head_subj, cue->subject_types, cue->flags, &subj);
    } else {
      /* "laporan PBB yang menuduh Rwanda ...": the clause layer's head of a
       * relative clause whose verb this is */
      if (relative_predicate(c, cl_at, t) && c->clauses[cl_at].subj_m != NONE)
        ex_resolve_arg(c, c->clauses[cl_at].subj_m, cue->subject_types, cue->flags, &subj);
      if (!subj.n)
        ex_find_subject(c, s, t, cue->subject_types, cue->flags, &subj);
    }
    if ((cue->flags & RC_REVERSE) && cue->n_with && after < end && c->ment_at[after] != NONE) {
      /* "India membeli minyak Rusia": the goods' owner sells them */
      ex_resolve_arg(c, c->ment_at[after], cue->object_types, cue->flags, &obj);
    }
    if ((cue->flags & RC_CARRIER) && after < end && c->ment_at[after] != NONE) {
      /* "kapal Rusia mengangkut senjata Korea Utara ke Rusia" */
      ex_resolve_arg(c, c->ment_at[after], cue->subject_types, cue->flags, &subj);
      after = c->ments[c->ment_at[after]].te;
    }
    if (!obj.n && recipient != NONE)
      ex_resolve_arg(c, recipient, cue->object_types, cue->flags, &obj);
    if (!obj.n)
      ex_find_object(c, s, after, cue, 1, &obj);
    if (!obj.n && !cue->n_with &&
        (cue->relation == KABAR_REL_CRITICIZED || cue->relation == KABAR_REL_OPPOSES))
      judged_act_agent(c, s, t, cue->object_types, cue->flags | RC_STATE, &obj);
    if (!obj.n && cue->direct)
      listed_object(c, s, t, cue, &obj);
    /* (not "menolaknya", "mengecamnya", "mendukungnya": mostly a proposal or
     * a deed the sentence told) */
    if (!obj.n && cue->direct && subj.n && mo->possessive && mo->form == KABAR_FORM_ACTIVE &&
        cue->relation != KABAR_REL_OPPOSES && cue->relation != KABAR_REL_CRITICIZED &&
        cue->relation != KABAR_REL_SUPPORTS)
      verb_nya_object(c, s, t, cue, &subj, &obj); /* "..., menuduhnya mendukung ..." */
  } else {
    /* a nominalization */
    size_t k = after;
    /* "sanksi baru Dewan Keamanan PBB": past the words of the cue's own
     * mention (a regime, an agreement) to its genitive */
    if (c->ment_at[t] != NONE && c->ments[c->ment_at[t]].tb == t && c->ments[c->ment_at[t]].te > k &&
        c->ments[c->ment_at[t]].n_dent && c->dents[c->ments[c->ment_at[t]].dent[0]].type == KABAR_ENT_AGREEMENT)
      k = c->ments[c->ment_at[t]].te;
    int budget = 3, titled = 0;
    while (k < end && budget > 0 && !(c->wcat[k] & (W_PREP | W_BOUNDARY))) {
      size_t named_at = k > after && c->ment_at[k - 1] == NONE ? ex_naming_clause_end(c, k, end) : k;
      if (named_at > k) {
        k = named_at; /* "anggota kelompok yang disebut Quad" */
        break;
      }
      if (tok_is(c, k, ",")) {
        /* "kunjungan Menteri Luar Negeri Kamboja, Prak Sokhonn, ke Jakarta":
         * the name after a title and a comma is the title's holder */
        if (!titled || k + 1 >= end || c->ment_at[k + 1] == NONE)
          break;
        k++;
        continue;
      }
      if (c->ment_at[k] != NONE) {
        if (!c->ments[c->ment_at[k]].inner)
          break;
        k = c->ments[c->ment_at[k]].te; /* "kunjungan Presiden Prancis Emmanuel Macron" */
        continue;
      }
      size_t rl = match_role(c, k, end, NULL);
      if (rl) {
        k += rl; /* "pertemuan Perdana Menteri India Narendra Modi": a title is no verb */
        titled = 1;
        continue;
      }
      if (ex_is_verb_word(c, k) && !(c->wcat[k] & W_SKIP))
        break; /* the genitive does not lie past a verb (but "kunjungan bersejarah X") */
      if (!(tok_flags(c, k) & (KABAR_TOK_QUOTE | KABAR_TOK_PUNCT)))
        budget--;
      k++;
    }
    arg probe = {{0}, 0, NONE, 0};
    if (k < end && c->ment_at[k] != NONE)
      ex_resolve_arg(c, c->ment_at[k], cue->subject_types | cue->object_types, cue->flags | RC_STATE,
                  &probe);
    if (k < end && c->ment_at[k] != NONE && probe.n && /* not "latihan ... Freedom Shield" */
        (c->ments[c->ment_at[k]].kind == MK_NAME || c->ments[c->ment_at[k]].kind == MK_OWN_STATE ||
         c->ments[c->ment_at[k]].kind == MK_PAIR || c->ments[c->ment_at[k]].kind == MK_ROLEREF ||
         c->ments[c->ment_at[k]].kind == MK_BILATERAL ||
         c->ments[c->ment_at[k]].kind == MK_REF_STATE || c->ments[c->ment_at[k]].kind == MK_SPEAKER ||
         c->ments[c->ment_at[k]].kind == MK_SPEAKER_STATE) &&
        !c->ments[c->ment_at[k]].inner) {
      /* the genitive: "invasi Rusia", or the patient when "oleh" follows */
      size_t m = c->ment_at[k];
      size_t q = c->ments[m].te;
      if (titled && k > 0 && tok_is(c, k - 1, ",") && q + 1 < end && tok_is(c, q, ","))
        q++; /* the apposition's closing comma */
      int oleh = 0;
      for (size_t z = q; z < end && z < q + 3; z++)
        if (tok_is(c, z, "oleh") && z + 1 < end && c->ment_at[z + 1] != NONE) {
          ex_resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, &subj);
          ex_resolve_arg(c, m, cue->object_types, cue->flags, &obj);
          oleh = 1;
          break;
        }
      if (!oleh) {
        ex_resolve_arg(c, m, cue->subject_types, cue->flags | RC_STATE, &subj);
        if (done_by_state(c, &subj)) /* "Kunjungan dari Polandia dilakukan oleh Presiden X" */
          done_by_agent(c, s, t, cue, &subj);
        /* "pemberontak Houthi dukungan Iran": the name before the noun of
         * support is the one backed */
        size_t backed = cue->relation == KABAR_REL_SUPPORTS && t > se->tok_begin ? c->ment_at[t - 1] : NONE;
        if (backed != NONE && c->ments[backed].kind == MK_NAME && !c->ments[backed].inner &&
            !c->ments[backed].locative)
          ex_resolve_arg(c, backed, cue->object_types, cue->flags, &obj);
        if (!obj.n && !(cue->flags & RC_LIST))
          ex_find_object(c, s, q, cue, 0, &obj);
        arg head;
        if (!obj.n && (cue->flags & RC_APPOS) && ex_appositive_head(c, s, t, cue, &head)) {
          /* "China, sekutu terdekat Pakistan": China to Pakistan */
          ex_resolve_arg(c, m, cue->object_types, cue->flags | RC_STATE, &obj);
          subj = head;
        }
      }
    } else if (k < end && tok_is(c, k, "dari") && k + 1 < end && c->ment_at[k + 1] != NONE &&
               (cue->flags & RC_REVERSE)) {
      /* "China meningkatkan impor minyak dari Rusia": the one it comes from
       * is the giver (the reversed object); the buyer is the clause subject */
      /* (a capital it comes from is its state: "dari Moskow") */
      const ment *from = &c->ments[c->ment_at[k + 1]];
      const kabar_lex_entity *fle = from->n_dent ? ex_dent_lex(c, from->dent[0]) : NULL;
      unsigned fl = fle && (fle->flags & KABAR_LEX_METONYM) ? RC_PLACE : 0u;
      ex_resolve_arg(c, c->ment_at[k + 1], cue->object_types, cue->flags | fl, &obj);
      /* "Pembelian sistem rudal S-400 dari Moskow (yang dilakukan) oleh
       * Turki": the buyer after "oleh" */
      size_t q = ex_group_end(c, c->ment_at[k + 1]);
      for (size_t z = q; z < end && z < q + 4 && !subj.n; z++)
        if (tok_is(c, z, "oleh") && z + 1 < end && c->ment_at[z + 1] != NONE)
          ex_resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, &subj);
        else if (tok_is(c, z, ",") || ex_is_boundary(c, z))
          break;
      if (obj.n && !subj.n && !ex_find_subject(c, s, t, cue->subject_types, cue->flags, &subj))
        obj.n = 0;
    } else if (k < end && tok_is(c, k, "dari") && k + 1 < end && c->ment_at[k + 1] != NONE &&
               !ex_cue_takes_prep(cue, "dari")) { /* (not "penarikan diri dari X": X is the object) */
      /* "pengiriman senjata dari Korea Utara ke Rusia" */
      ex_resolve_arg(c, c->ment_at[k + 1], cue->subject_types, cue->flags, &subj);
      if (done_by_state(c, &subj)) /* "Kunjungan dari Polandia dilakukan oleh Presiden X" */
        done_by_agent(c, s, t, cue, &subj);
      ex_find_object(c, s, c->ments[c->ment_at[k + 1]].te, cue, 0, &obj);
    } else {
      ex_find_object(c, s, after, cue, 0, &obj);
      size_t thanked = mo->possessive ? thanked_before(c, s, t) : NONE;
      if (thanked != NONE)
        ex_resolve_arg(c, thanked, cue->subject_types, cue->flags | RC_STATE, &subj);
      /* "kunjungan resminya": -nya on the word that describes the noun */
      size_t nl = t + 1 < end ? strlen(tok_norm(c, t + 1)) : 0;
      int nya_after = nl > 5 && strcmp(tok_norm(c, t + 1) + nl - 3, "nya") == 0 && c->ment_at[t + 1] == NONE &&
                      !(tok_flags(c, t + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
                      !(c->wcat[t + 1] & (W_PREP | W_CONJ)) && !ex_is_verb_word(c, t + 1);
      if ((mo->possessive || nya_after) && !subj.n)
        ex_nya_antecedent(c, s, t, cue->subject_types, cue->flags, &subj);
      if (!subj.n) {
        /* a giver before: "menerima janji dari presiden untuk bantuan" */
        size_t sb = se->tok_begin;
        /* (not a fronted "Dari Kuwait, Bush melanjutkan kunjungan ...": where
         * from) */
        for (size_t z = t; z-- > sb + 1 && z + 6 > t;)
          if (tok_is(c, z, "dari") && z + 1 < t && c->ment_at[z + 1] != NONE) {
            ex_resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, &subj);
            if (subj.n && !obj.n)
              ex_find_subject(c, s, z, cue->object_types, cue->flags, &obj);
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
          ex_resolve_arg(c, c->ment_at[z - 2], cue->subject_types, cue->flags | RC_STATE, &subj);
      }
      if (!subj.n && obj.n) {
        /* "pelanggaran ... atas resolusi DK PBB oleh kedua negara" */
        for (size_t z = obj.pos; z < end && z < obj.pos + 10; z++) {
          if (ex_is_boundary(c, z) || (c->wcat[z] & W_RELATIVE))
            break; /* "lawatan ke China yang diamati oleh Amerika": another verb's agent */
          if (tok_is(c, z, "oleh") && z + 1 < end && c->ment_at[z + 1] != NONE) {
            ex_resolve_arg(c, c->ment_at[z + 1], cue->subject_types, cue->flags | RC_STATE, &subj);
            break;
          }
        }
      }
      if (!subj.n || done_by_state(c, &subj))
        done_by_agent(c, s, t, cue, &subj);
      int in_journey = !subj.n && cue->relation == KABAR_REL_VISITED && journey_owner(c, s, t, cue, &subj);
      if (!subj.n && !in_journey)
        ex_copular_action_agent(c, s, t, cue->subject_types, &subj);
      if (!subj.n && !obj.n && cue->relation == KABAR_REL_MET_WITH)
        meeting_of_clause(c, s, t, cl_at, &subj, &obj);
      if (!subj.n && cue->relation == KABAR_REL_MET_WITH)
        agenda_owner(c, s, t, &subj, &obj);
      /* "melancarkan invasi", and "membalas dengan invasi": the subject's */
      int light = t > se->tok_begin && ((c->wcat[t - 1] & W_LIGHT) ||
                                        (t > se->tok_begin + 1 && tok_is(c, t - 1, "dengan") &&
                                         c->ment_at[t - 2] == NONE && ex_is_verb_word(c, t - 2)));
      /* "meraih dukungan bagi ...": the subject receives, someone else gives */
      int received = t > se->tok_begin && (c->wcat[t - 1] & W_RECEIVE);
      if (!subj.n && !received && !in_journey &&
          (light || cancelled || (!(cue->flags & RC_OWN) && !ex_object_of_cue_verb(c, s, t))))
        ex_find_subject(c, s, t, cue->subject_types, cue->flags, &subj);
    }
    /* "pendukung utama Hizbullah": a peN- noun without -an names the
     * agent, so the name it describes acts on the name after it */
    int agent_noun = mo->form == KABAR_FORM_NOUN && !mo->suffix && tok_norm(c, t)[0] == 'p' &&
                     tok_norm(c, t)[1] == 'e';
    if (!obj.n && (cue->flags & RC_BENEFIT) && subj.n && agent_noun) {
      arg head;
      if (ex_appositive_head(c, s, t, cue, &head) && head.n &&
          !(head.n == subj.n && head.d[0] == subj.d[0])) {
        obj = subj;
        subj = head;
      }
    } else if (!obj.n && (cue->flags & RC_BENEFIT) && subj.n &&
               !((cue->relation == KABAR_REL_PROVIDED_AID_TO || cue->relation == KABAR_REL_SUPPORTS) &&
                 judged_not_received(c, se->tok_begin, t))) {
      arg cs;
      if (ex_find_subject(c, s, t, cue->object_types, cue->flags, &cs) && cs.n &&
          !(cs.n == subj.n && cs.d[0] == subj.d[0])) {
        obj = cs;
        /* "Menlu Palestina ... menyampaikan apresiasi atas dukungan Indonesia":
         * a state's support or aid goes to the state of the official who
         * receives it */
        size_t st = obj.n == 1 && c->dents[obj.d[0]].type == KABAR_ENT_PERSON ? ex_state_of(c, obj.d[0]) : NONE;
        if (st != NONE && subj.n == 1 && c->dents[subj.d[0]].type == KABAR_ENT_STATE && st != subj.d[0] &&
            (cue->object_types & TYPE_BIT(KABAR_ENT_STATE)))
          obj.d[0] = st;
      }
    } else if (!obj.n && (cue->flags & RC_TARGET) && undergone(c, se->tok_begin, t)) {
      /* "Iran dikenai sanksi oleh Amerika", "Rusia menghadapi sanksi Uni
       * Eropa": the one who undergoes it is the object, the giver acts */
      if (!subj.n)
        agent_after(c, t + 1, end, cue, &subj);
      arg cs;
      if (subj.n && ex_find_subject(c, s, t, cue->object_types, cue->flags, &cs) && cs.n &&
          !(cs.n == subj.n && cs.d[0] == subj.d[0]) && !invited_between(c, cs.pos, t))
        obj = cs;
    }
  }
  if ((cue->flags & RC_REVERSE) && verb && subj.n && !obj.n) {
    /* "mendekati Korea Utara untuk membeli senjata": the one approached sells */
    for (size_t k = t; k-- > se->tok_begin && k + WINDOW > t;) {
      if (ex_is_boundary(c, k))
        break;
      if (c->ment_at[k] == NONE)
        continue;
      arg cand;
      ex_resolve_arg(c, c->ment_at[k], cue->object_types, cue->flags, &cand);
      if (cand.n && cand.d[0] != subj.d[0]) {
        obj = cand;
        break;
      }
      k = c->ments[c->ment_at[k]].tb;
    }
  }
  if (cue->flags & RC_LIST) {
    /* "aliansi trilateral Amerika Serikat, Korea Selatan, dan Jepang"; not
     * "aliansi dengan Tiongkok dan Rusia", the subject's partners */
    for (size_t k = after; k < end && k < after + 4; k++) {
      if ((c->wcat[k] & W_PREP) && !tok_is(c, k, "antara"))
        break;
      if (c->ment_at[k] != NONE) {
        arg members;
        ex_resolve_arg(c, c->ment_at[k], cue->subject_types, cue->flags, &members);
        if (members.n >= 2)
          return emit_pairs(c, s, cue, &members,
                            ex_fact_status(c, s, t, NONE, noun, &members, NULL));
        break;
      }
    }
  }
  /* "Marinir Amerika telah tiba di Darwin": a state's force that arrives is
   * deployed there, it does not visit */
  /* (not "pejabat militer Amerika": officials, not a force) */
  if (cue->relation == KABAR_REL_VISITED && subj.n == 1 && obj.n && subj.pos != NONE &&
      subj.pos > se->tok_begin && (c->wcat[subj.pos - 1] & (W_MILITARY | W_WAR)) &&
      !(subj.pos > se->tok_begin + 1 && match_role(c, subj.pos - 2, subj.pos, NULL)) &&
      c->dents[subj.d[0]].type == KABAR_ENT_STATE) {
    status_ctx st = ex_fact_status(c, s, t, subj.pos, noun, &subj, &obj);
    for (size_t j = 0; j < obj.n && !st.cancel; j++) {
      kabar_status rc = ex_add_fact(c, s, subj.d[0], KABAR_REL_DEPLOYED_TROOPS_TO, obj.d[j], st.status,
                                    st.claimant);
      if (rc)
        return rc;
    }
    return KABAR_OK;
  }
  /* "kerja sama antara Korea Utara dan Rusia": the pair is the object */
  if (kabar_relation_is_symmetric(cue->relation) && obj.n >= 2 && obj.between) {
    status_ctx st = ex_fact_status(c, s, t, NONE, noun, &obj, NULL);
    return emit_pairs(c, s, cue, &obj, st);
  }
  if (!obj.n && !(cue->flags & RC_GROUP) && kabar_relation_is_symmetric(cue->relation) == 0)
    ex_inherit_parties(c, s, t, &subj, &obj);
  if (!obj.n && noun && (cue->flags & RC_APPOS) && kabar_relation_is_symmetric(cue->relation)) {
    arg head;
    if (ex_appositive_head(c, s, t, cue, &head) && head.n >= 2)
      return emit_pairs(c, s, cue, &head, ex_fact_status(c, s, t, NONE, noun, &head, NULL));
  }
  /* "Mereka bertemu setiap tahun" after ten states, "negara-negara
   * tersebut", "kelima negara ini": a plural reference to more than a few is
   * no list of parties to pair up ("ketiga negara sepakat" still is) */
  if (!obj.n && (cue->flags & RC_GROUP) && subj.n > 2 && subj.pos != NONE &&
      c->ment_at[subj.pos] != NONE &&
      (c->ments[c->ment_at[subj.pos]].kind == MK_PRON_PLURAL ||
       (c->ments[c->ment_at[subj.pos]].kind == MK_PAIR &&
        (subj.n > MAX_PAIRED_REFERENCE || (c->gcat[c->ments[c->ment_at[subj.pos]].tb] & G_PLURAL_REF)))))
    return KABAR_OK;
  /* "Arab Saudi dan Iran saling menuduh", "India dan Pakistan saling
   * menyerang": each acts on the other */
  if (!obj.n && subj.n >= 2 && verb && mutual_before(c, s, t)) {
    status_ctx st = ex_fact_status(c, s, t, subj.pos, noun, &subj, NULL);
    for (size_t i = 0; i < subj.n && !st.cancel; i++)
      for (size_t j = 0; j < subj.n; j++) {
        kabar_status rc = i == j ? KABAR_OK
                                 : ex_add_fact(c, s, subj.d[i], cue->relation, subj.d[j], st.status,
                                               st.claimant);
        if (rc)
          return rc;
      }
    return KABAR_OK;
  }
  /* "sekutu penting non-NATO adalah A, B, C": allies of someone outside a
   * body, not of each other */
  int outside_body = 0;
  for (size_t q = t + 1; q < end && q < t + 4 && !outside_body; q++)
    outside_body = strncmp(tok_norm(c, q), "non-", 4) == 0;
  if (!obj.n && (cue->flags & RC_GROUP) && subj.n >= 2 && !outside_body) {
    status_ctx st = ex_fact_status(c, s, t, subj.pos, noun, &subj, NULL);
    kabar_status rc = emit_pairs(c, s, cue, &subj, st);
    if (rc == KABAR_OK && cue->relation == KABAR_REL_MET_WITH && !st.cancel) {
      /* "Kerry dan Putin bertemu di Moskow": the guest visited */
      arg none = {{0}, 0, NONE, 0};
      rc = visit_by_guests(c, s, after, &subj, &none, st, verb);
    }
    return rc;
  }
  if ((cue->flags & RC_PAIR) && subj.n == 1 && !obj.n &&
      (cue->object_types & TYPE_BIT(KABAR_ENT_STATE)))
    other_side_of_pair(c, subj.d[0], &obj);
  if (subj.n && !obj.n && verb && hostile_on_unnamed(c, cue, after, end))
    return accused_by_reporter(c, s, ex_fact_status(c, s, t, subj.pos, noun, &subj, NULL), &subj);
  /* "Menhan RI menerima kunjungan X di kantor ..., Jakarta": a host the text
   * names only by a title still receives X where the place is */
  if (!subj.n && obj.n && verb && (cue->flags & RC_HOST) &&
      (obj.pos == NONE || c->ment_at[obj.pos] == NONE ||
       c->dents[c->ments[c->ment_at[obj.pos]].dent[0]].type == KABAR_ENT_PERSON)) {
    /* "Indonesia menerima kunjungan Perdana Menteri X": a state as the
     * host is the one visited */
    arg host = {{0}, 0, NONE, 0};
    if (cue->n_with)
      ex_find_subject(c, s, t, TYPE_BIT(KABAR_ENT_STATE), 0, &host);
    return host_visits(c, s, cue, after, &host, &obj, ex_fact_status(c, s, t, NONE, noun, NULL, &obj));
  }
  if ((cue->flags & RC_JOURNEY) && traveller.n)
    subj = traveller; /* "Perjalanan X selama sepekan membawanya ke ..." */
  if (!subj.n || !obj.n)
    return KABAR_OK;
  /* "menyesalkan jatuhnya korban jiwa tentara Pakistan": those who died are
   * not what is regretted or condemned */
  if ((cue->relation == KABAR_REL_CRITICIZED || cue->relation == KABAR_REL_OPPOSES) && obj.pos != NONE &&
      obj.pos > t && obj.pos < end)
    for (size_t q = t + 1; q < obj.pos && q < t + 8; q++)
      if (c->gcat[q] & G_VICTIM)
        return KABAR_OK;
  /* "partisipasinya dalam KTT BRICS": taking part in a body's summit is no
   * membership of the body named inside the summit's name */
  if (cue->relation == KABAR_REL_MEMBER_OF && obj.pos != NONE && obj.pos > se->tok_begin && obj.pos < end &&
      c->ment_at[obj.pos - 1] != NONE) {
    const ment *outer = &c->ments[c->ment_at[obj.pos - 1]];
    if (outer->n_dent && c->dents[outer->dent[0]].type == KABAR_ENT_EVENT && outer->te > obj.pos)
      return KABAR_OK;
  }
  /* "bergabung dengan pemimpin PBB ... mengutuk": joining a body's officer
   * in an act is no membership of the body */
  const kabar_lex_role *officer = NULL;
  if (cue->relation == KABAR_REL_MEMBER_OF && obj.pos != NONE && obj.pos < end && c->ment_at[obj.pos] != NONE &&
      c->ments[c->ment_at[obj.pos]].phrase_tb < c->ments[c->ment_at[obj.pos]].tb &&
      match_role(c, c->ments[c->ment_at[obj.pos]].phrase_tb, c->ments[c->ment_at[obj.pos]].tb, &officer) &&
      strcmp(officer->kind, "member") != 0) /* ("anggota OKI" is membership) */
    return KABAR_OK;
  /* "Correa dan Chavez mengerahkan pasukan masing-masing ke daerah
   * perbatasan mereka": an object that is the subjects themselves tells of
   * no relation between them */
  if (subj.n >= 2 && obj.n >= 2 && !kabar_relation_is_symmetric(cue->relation)) {
    int same = 1;
    for (size_t j = 0; j < obj.n && same; j++) {
      int in = 0;
      for (size_t i = 0; i < subj.n && !in; i++)
        in = subj.d[i] == obj.d[j];
      same = in;
    }
    if (same)
      return KABAR_OK;
  }
  /* "Kamikawa berkunjung ke Manila bersama Menteri Pertahanan Jepang Minoru
   * Kihara", "diteken Prabowo bersama Perdana Menteri Australia Anthony
   * Albanese": a companion after the verb acts with the subject or agent */
  /* (and "menjadi anggota Quad bersama dengan AS dan Australia": the
   * states with the members are members too) */
  int fellow_members = noun && cue->relation == KABAR_REL_MEMBER_OF;
  unsigned companion_types = TYPE_BIT(KABAR_ENT_PERSON) | (fellow_members ? TYPE_BIT(KABAR_ENT_STATE) : 0u);
  if ((verb || passive || fellow_members) && (cue->subject_types & companion_types))
    for (size_t k = after; k + 1 < end && k < after + 10; k++) {
      if (ex_is_boundary(c, k))
        break;
      if (!tok_is(c, k, "bersama"))
        continue;
      /* (members: right after the body, not "... dan berlatih bersama X") */
      if (fellow_members && !(obj.n && obj.pos != NONE && c->ment_at[obj.pos] != NONE &&
                              ex_group_end(c, c->ment_at[obj.pos]) == k))
        break;
      size_t q = k + 1 < end && tok_is(c, k + 1, "dengan") ? k + 2 : k + 1;
      while (q < end && q < k + 8 && c->ment_at[q] == NONE && match_role(c, q, end, NULL))
        q += match_role(c, q, end, NULL);
      while (q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner)
        q = c->ments[c->ment_at[q]].te;
      if (q < end && c->ment_at[q] != NONE) {
        arg extra;
        ex_resolve_arg(c, c->ment_at[q], companion_types & cue->subject_types, 0, &extra);
        for (size_t e = 0; e < extra.n && subj.n < MAX_ARGS; e++)
          subj.d[subj.n++] = extra.d[e];
      }
      break;
    }
  if ((cue->flags & RC_PLACE) && obj.n && obj.pos != NONE)
    more_destinations(c, s, cue, &obj);
  status_ctx st = ex_fact_status(c, s, t, subj.pos, noun, &subj, &obj);
  if (cancelled && st.status == KABAR_FS_ASSERTED)
    st.status = KABAR_FS_NEGATED;
  if (passive && st.status == KABAR_FS_ALLEGED && obj.pos != NONE && obj.pos > se->tok_begin &&
      obj.pos < t && (c->wcat[obj.pos - 1] & W_CLAIM)) {
    /* "klaim Rusia ditolak Jepang": the claim is what is rejected, the
     * rejection itself is stated */
    st.status = KABAR_FS_ASSERTED;
    st.claimant = NONE;
  }
  if (cue->relation == KABAR_REL_ACCUSED && st.status == KABAR_FS_DENIED && verb &&
      relative_predicate(c, cl_at, t)) {
    /* "Rwanda membantah laporan PBB yang menuduh Rwanda ...": the denial is
     * of the claim; that the report accuses stands */
    st.status = KABAR_FS_ASSERTED;
    st.claimant = NONE;
  }
  if (cue->flags & RC_JOURNEY)
    subj = traveller;

  if (cue->relation == KABAR_REL_VISITED && obj.n && obj.pos < end)
    places_listed_after(c, s, cue, &obj);
  kabar_status rc = emit(c, s, cue, &subj, &obj, st);
  if (rc == KABAR_OK && cue->relation == KABAR_REL_MET_WITH && !(cue->flags & RC_HOST))
    rc = visit_by_guests(c, s, after, &subj, &obj, st, verb && (cue->flags & RC_GROUP));
  if (rc == KABAR_OK && (cue->flags & RC_HOST))
    rc = host_visits(c, s, cue, after, &subj, &obj, st);
  return rc;
}

/* "komitmen Washington terhadap Perjanjian Pertahanan Bersama 1951 dengan
 * Filipina", "menangguhkan Perjanjian Air Sungai Indus dengan Pakistan": a
 * named agreement "dengan" a state binds that state and the clause's. */
/* "menandatangani nota kesepahaman dengan Jepang": an agreement the text
 * does not name, right after a verb of signing and right before "dengan"
 * and one state ("perjanjian dagang dengan Malaysia dan Kamboja" are two
 * agreements, neither named). */
static size_t titled_states_at(ctx *c, size_t q, size_t end);

static int signed_unnamed(ctx *c, size_t s, const ment *mm) {
  size_t sb = c->doc->sentences[s].tok_begin, end = c->doc->sentences[s].tok_end;
  if (!c->dents[mm->dent[0]].unnamed || mm->tb == sb || mm->te + 1 >= end || !tok_is(c, mm->te, "dengan"))
    return 0;
  size_t side = c->ment_at[mm->te + 1];
  if (side == NONE)
    side = titled_states_at(c, mm->te + 1, end); /* "dengan para pejabat Kuba" */
  if (side == NONE || c->ments[side].group != NONE)
    return 0;
  /* "menandatangani beberapa persetujuan ...": past a quantifier;
   * "menandatangani kerja sama pertahanan dan perjanjian maritim dengan X":
   * past another agreement joined by "dan" */
  size_t v = mm->tb - 1;
  if (v > sb && (tok_is(c, v, "dan") || tok_is(c, v, "serta")) && c->ment_at[v - 1] != NONE &&
      c->ments[c->ment_at[v - 1]].n_dent &&
      c->dents[c->ments[c->ment_at[v - 1]].dent[0]].type == KABAR_ENT_AGREEMENT &&
      c->ments[c->ment_at[v - 1]].tb > sb)
    v = c->ments[c->ment_at[v - 1]].tb - 1;
  while (v > sb && (c->gcat[v] & G_QUANTIFIER))
    v--;
  const kabar_root_info *ri = c->root[v];
  for (size_t r = 0; ri && r < ri->n_rel; r++)
    if (kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation == KABAR_REL_PARTY_TO &&
        c->morph[v].form == KABAR_FORM_ACTIVE)
      return 1;
  return 0;
}

/* "dengan para Menteri Luar Negeri Albania, Kroasia dan Macedonia": the
 * states a title with no holder named is of, at q past "para"; the first
 * state's mention, or NONE. */
static size_t titled_states_at(ctx *c, size_t q, size_t end) {
  if (q < end && tok_is(c, q, "para"))
    q++;
  const kabar_lex_role *lr;
  size_t n = match_role(c, q, end, &lr);
  if (!n || q + n >= end)
    return NONE;
  size_t m = c->ment_at[q + n];
  if (m == NONE || !c->ments[m].n_dent || c->dents[c->ments[m].dent[0]].type != KABAR_ENT_STATE)
    return NONE;
  /* a holder named after the states is the side ("Menteri Luar Negeri
   * Albania Edmond Haxhinasto"): the rules that read titles have it */
  size_t after = ex_group_end(c, m);
  if (after < end && c->ment_at[after] != NONE && c->ments[c->ment_at[after]].n_dent &&
      c->dents[c->ments[c->ment_at[after]].dent[0]].type == KABAR_ENT_PERSON)
    return NONE;
  return m;
}

static kabar_status agreement_parties(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  static const kabar_rel_cue party = {KABAR_REL_PARTY_TO, "", F_NOUN, NULL, 0, NULL, 0, 0,
                                      TYPE_BIT(KABAR_ENT_STATE), TYPE_BIT(KABAR_ENT_AGREEMENT),
                                      RC_STATE};
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || !mm->n_dent || c->dents[mm->dent[0]].type != KABAR_ENT_AGREEMENT ||
        (mm->nominal && !signed_unnamed(c, s, mm)))
      continue;
    /* the end of the agreement's name: its nested names lie inside it */
    size_t k = mm->nominal ? mm->te : mm->tb + 1;
    while (k < end && (c->ment_at[k] == NONE || c->ments[c->ment_at[k]].tb > mm->tb) &&
           k < mm->tb + 16 && !tok_is(c, k, "dengan") && !tok_is(c, k, "antara") &&
           !(c->wcat[k] & W_BOUNDARY) && !(c->wcat[k] & W_RELATIVE))
      k++; /* "GSOMIA, pakta berbagi data intelijen antara Seoul dan Tokyo" */
    if (k + 1 >= end || !(tok_is(c, k, "dengan") || tok_is(c, k, "antara")))
      continue;
    size_t side = c->ment_at[k + 1];
    if (side == NONE && tok_is(c, k, "dengan"))
      side = titled_states_at(c, k + 1, end);
    if (side == NONE)
      continue;
    arg other, holder, agreement = {{mm->dent[0]}, 1, mm->tb, 0};
    ex_resolve_arg(c, side, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &other);
    if (!other.n)
      continue;
    /* "hasil perundingan antara Indonesia dengan Belanda": both */
    size_t after = ex_group_end(c, side);
    if (tok_is(c, k, "antara") && after + 1 < end && tok_is(c, after, "dengan") &&
        c->ment_at[after + 1] != NONE) {
      arg second;
      ex_resolve_arg(c, c->ment_at[after + 1], TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &second);
      for (size_t i = 0; i < second.n && other.n < MAX_ARGS; i++)
        other.d[other.n++] = second.d[i];
    }
    /* the verb that governs the agreement ("China, yang membuat (sebuah)
     * perjanjian keamanan dengan ...", "gagal mencapai kesepakatan dengan
     * Iran"): its status, and its subject is the other holder */
    size_t v = mm->tb, sb = c->doc->sentences[s].tok_begin;
    while (v > sb + 1 && (c->gcat[v - 1] & G_QUANTIFIER))
      v--;
    size_t verb = v > sb && ex_is_verb_word(c, v - 1) && c->morph[v - 1].form == KABAR_FORM_ACTIVE ? v - 1 : NONE;
    status_ctx st = ex_fact_status(c, s, verb != NONE ? verb : mm->tb, NONE, verb == NONE, &other, &agreement);
    /* "akan berangkat ... untuk menandatangani Piagam X dengan ...": the
     * other side signs as the signer the verb's cue read */
    for (size_t f = c->sents[s].f_begin; f < c->n_facts; f++)
      if (c->facts[f].rel == KABAR_REL_PARTY_TO && c->facts[f].o == mm->dent[0]) {
        st.status = c->facts[f].status;
        st.claimant = c->facts[f].claimant;
        break;
      }
    kabar_status rc = emit(c, s, &party, &other, &agreement, st);
    size_t ci = verb != NONE ? ex_clause_at(c, s, verb) : NONE;
    holder.n = 0;
    if (ci != NONE && c->clauses[ci].pred == verb && c->clauses[ci].subj_m != NONE)
      ex_resolve_arg(c, c->clauses[ci].subj_m, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &holder);
    if (rc == KABAR_OK &&
        (holder.n || ex_find_subject(c, s, verb != NONE ? verb : mm->tb, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &holder)))
      rc = emit(c, s, &party, &holder, &agreement, st);
    if (rc != KABAR_OK)
      return rc;
  }
  return KABAR_OK;
}

/* The state of the place named after "di" at t, or NONE. */
static size_t state_located_at(ctx *c, size_t t, size_t end) {
  if (t + 1 >= end || !tok_is(c, t, "di") || c->ment_at[t + 1] == NONE)
    return NONE;
  const ment *pm = &c->ments[c->ment_at[t + 1]];
  return pm->kind == MK_NAME ? state_of_place(c, pm) : NONE;
}

/* The state of the place after "di" at t, or of the place named after it
 * and a comma when it has none ("di Plenary Hall KLCC, Kuala Lumpur"). */
static size_t state_held_at(ctx *c, size_t t, size_t end) {
  /* "di ibukota Turkmenistan, Ashgabat", "di ibu kota Mesir" */
  size_t q = t + 1;
  if (q < end && tok_is(c, t, "di") && tok_is(c, q, "ibu") && q + 1 < end && tok_is(c, q + 1, "kota"))
    q += 2;
  else if (q < end && tok_is(c, t, "di") && tok_is(c, q, "ibukota"))
    q++;
  if (q > t + 1 && q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].n_dent &&
      c->dents[c->ments[c->ment_at[q]].dent[0]].type == KABAR_ENT_STATE)
    return c->ments[c->ment_at[q]].dent[0];
  size_t where = state_located_at(c, t, end);
  if (where != NONE || t + 1 >= end || !tok_is(c, t, "di") || c->ment_at[t + 1] == NONE)
    return where;
  size_t e = c->ments[c->ment_at[t + 1]].te;
  if (e + 1 < end && tok_is(c, e, ",") && c->ment_at[e + 1] != NONE &&
      c->ments[c->ment_at[e + 1]].kind == MK_NAME)
    where = state_of_place(c, &c->ments[c->ment_at[e + 1]]);
  return where;
}

/* "PM Suriah Mahmoud Zubei mengunjungi Indonesia pada Juni 1997, dan PM
 * Suriah Naji Ottri pada Januari 2009": a clause of a person and when, with
 * its verb left out after ", dan", did what the person before did. */
static kabar_status gapped_subjects(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    const clause *cl = &c->clauses[i];
    if (cl->kind != CL_VERB || cl->pred == NONE || cl->subj_m == NONE || c->ments[cl->subj_m].n_dent != 1)
      continue;
    for (size_t k = cl->pred_te; k + 3 < cl->te; k++) {
      if (!tok_is(c, k, ",") || !tok_is(c, k + 1, "dan"))
        continue;
      size_t m = ex_titled_name_at(c, k + 2, cl->te);
      if (m == NONE || c->ments[m].n_dent != 1 ||
          c->dents[c->ments[m].dent[0]].type != KABAR_ENT_PERSON)
        break;
      /* the rest says only when: "pada Januari 2009" */
      size_t r = c->ments[m].te;
      if (r >= cl->te || !(tok_is(c, r, "pada") || (c->wcat[r] & W_TIME)))
        break;
      int plain = 1;
      for (size_t z = r; z < cl->te && plain; z++)
        plain = c->ment_at[z] == NONE && !ex_is_verb_word(c, z);
      if (!plain)
        break;
      size_t who = c->ments[m].dent[0], before = c->ments[cl->subj_m].dent[0];
      for (size_t f = si->f_begin; f < c->n_facts; f++) {
        const pfact pf = c->facts[f]; /* (adding may move c->facts) */
        if (pf.sent != s || pf.s != before || pf.rel == KABAR_REL_LEADER_OF ||
            pf.rel == KABAR_REL_OFFICIAL_OF || pf.o == who)
          continue;
        kabar_status rc = ex_add_fact(c, s, who, pf.rel, pf.o, pf.status, pf.claimant);
        if (rc)
          return rc;
      }
      break;
    }
  }
  return KABAR_OK;
}

/* Whether the verb at t meets someone ("bertemu", "berbicara",
 * "berunding"): its root has a cue of metWith. */
static int meeting_root(const ctx *c, size_t t) {
  const kabar_root_info *ri = c->root[t];
  for (size_t r = 0; ri && r < ri->n_rel; r++)
    if (kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation == KABAR_REL_MET_WITH)
      return 1;
  return 0;
}

/* "Pence bertemu dengan para pengungsi ... di sebuah gereja di Cartagena,
 * Kolombia", "berbicara kepada 2.000 orang di sebuah gedung konser di
 * ibukota Estonia, Tallinn": the state where a clause's verb of meeting or
 * speaking takes place, after it in its clause; not past a topic ("tentang
 * serangan di Suriah") or a name of another state (the one met). NONE when
 * none. */
static size_t place_of_act(ctx *c, const clause *cl) {
  for (size_t q = cl->pred + 1; q < cl->te; q++) {
    if (tok_is(c, q, ",") || ex_is_boundary(c, q) || tok_is(c, q, "tentang") || tok_is(c, q, "mengenai") ||
        tok_is(c, q, "soal") || tok_is(c, q, "terkait") || tok_is(c, q, "atas") ||
        tok_is(c, q, "terhadap") || (c->wcat[q] & (W_WAR | W_RELATIVE)))
      return NONE;
    if (c->ment_at[q] != NONE && c->ments[c->ment_at[q]].n_dent &&
        c->dents[c->ments[c->ment_at[q]].dent[0]].type == KABAR_ENT_STATE && !c->ments[c->ment_at[q]].inner)
      return NONE;
    if (tok_is(c, q, "di")) {
      size_t where = state_held_at(c, q, cl->te);
      if (where != NONE)
        return where;
    }
  }
  return NONE;
}

/* "Di Seoul, Kerry mengatakan ...", "Menteri Luar Negeri Retno Marsudi di
 * Belgia kemarin mengatakan ...": a person of one state who speaks in
 * another is visiting it; so is one who meets or speaks to someone there. */
static kabar_status speaker_abroad(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  const kabar_sentence *se = &c->doc->sentences[s];
  /* "Di Seoul, ...": a place that opens the sentence before a comma (past
   * when: "Hari Selasa di Beograd, ...") */
  size_t fb = se->tok_begin;
  while (fb < se->tok_end && fb < se->tok_begin + 4 && (c->wcat[fb] & W_TIME))
    fb++;
  size_t front = state_located_at(c, fb, se->tok_end), front_end = NONE;
  int comma = 0;
  if (front != NONE) {
    front_end = c->ments[c->ment_at[fb + 1]].te;
    comma = front_end < se->tok_end && tok_is(c, front_end, ",");
    front_end += comma;
    /* "Di Kenya, hari Senin (4/5), X ...": past when, between commas */
    size_t q = front_end;
    while (comma && q < se->tok_end && q < front_end + 8 && c->ment_at[q] == NONE &&
           ((c->wcat[q] & W_TIME) || (tok_flags(c, q) & KABAR_TOK_NUMBER) || tok_is(c, q, "(") ||
            tok_is(c, q, ")") || tok_is(c, q, "/")))
      q++;
    if (q > front_end && q + 1 < se->tok_end && tok_is(c, q, ","))
      front_end = q + 1;
  } else if (se->tok_begin + 2 < se->tok_end && (c->wcat[se->tok_begin] & (W_PREP | W_BOUNDARY))) {
    /* "Dalam konferensi pers hari Senin di Hanoi dengan Menlu Vietnam ...,
     * Menteri Luar Negeri AS John Kerry mengatakan": a fronted phrase that
     * holds "di" a place, up to its comma */
    size_t q = se->tok_begin + 1, where = NONE;
    for (; q < se->tok_end && q < se->tok_begin + 24; q++) {
      if (tok_is(c, q, ",")) {
        /* past a title's holder between commas: "dengan Menlu Vietnam, Pham
         * Binh Minh, John Kerry mengatakan" */
        size_t h = q + 1 < se->tok_end ? c->ment_at[q + 1] : NONE;
        size_t he = h != NONE ? c->ments[h].te : NONE;
        size_t next = he != NONE && he + 1 < se->tok_end ? ex_past_titles(c, he + 1, se->tok_end) : se->tok_end;
        if (h == NONE || c->ments[h].n_dent != 1 || c->dents[c->ments[h].dent[0]].type != KABAR_ENT_PERSON ||
            !tok_is(c, he, ",") || next >= se->tok_end || c->ment_at[next] == NONE ||
            c->ment_at[q - 1] == NONE || !c->ments[c->ment_at[q - 1]].inner)
          break; /* (the title's state before the comma: "Menlu Vietnam,") */
        q = he - 1;
        continue;
      }
      if (where == NONE && tok_is(c, q, "di"))
        where = state_held_at(c, q, se->tok_end);
    }
    if (where != NONE && q + 1 < se->tok_end && tok_is(c, q, ",")) {
      front = where;
      front_end = q + 1;
      comma = 1;
    }
  }
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    const clause *cl = &c->clauses[i];
    /* (a verb whose root the cues do not know, "menghimbau", acts too
     * after a fronted place) */
    int unknown_verb = cl->pred != NONE && !c->root[cl->pred] && front != NONE &&
                       ex_is_verb_word(c, cl->pred) && strncmp(tok_norm(c, cl->pred), "me", 2) == 0;
    if (cl->kind != CL_VERB || cl->pred == NONE || cl->subj_m == NONE || cl->subj_how != CS_OWN ||
        (!c->root[cl->pred] && !unknown_verb) ||
        !(unknown_verb || c->morph[cl->pred].form == KABAR_FORM_ACTIVE ||
          (c->morph[cl->pred].form == KABAR_FORM_BER && meeting_root(c, cl->pred))))
      continue;
    const ment *sm = &c->ments[cl->subj_m];
    if ((sm->kind != MK_NAME && sm->kind != MK_PRON_PERSON && sm->kind != MK_ROLEREF) || sm->n_dent != 1 ||
        c->dents[sm->dent[0]].type != KABAR_ENT_PERSON)
      continue;
    size_t who = sm->dent[0], own = ex_state_of(c, who);
    if (own == NONE)
      continue;
    /* fronted ("Di Seoul, X mengatakan", "Di Jepang ia akan membicarakan
     * ..."): any act there; right after the name, a report */
    size_t where = front != NONE && (cl->tb == se->tok_begin || cl->tb == front_end) &&
                           (comma || sm->tb == front_end)
                       ? front
                       : NONE;
    if (where == NONE && (!c->root[cl->pred] || (!c->root[cl->pred]->report && !meeting_root(c, cl->pred))))
      continue;
    if (where == NONE && c->root[cl->pred]->report)
      where = state_located_at(c, sm->te, cl->pred);
    if (where == NONE && meeting_root(c, cl->pred))
      where = place_of_act(c, cl);
    if (where == NONE || where == own)
      continue;
    status_ctx st = ex_fact_status(c, s, cl->pred, sm->tb, 0, NULL, NULL);
    if (st.cancel)
      continue;
    c->why = "speaker abroad";
    kabar_status rc = ex_add_fact(c, s, who, KABAR_REL_VISITED, where, st.status, st.claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "Presiden Sudan Omar al-Bashir ke Indonesia Senin untuk menghadiri ...":
 * in a news lede a person's name and "ke" a state, with no verb between,
 * say the person travels there. */
static kabar_status trip_without_verb(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  const kabar_sentence *se = &c->doc->sentences[s];
  if (si->c_begin == si->c_end)
    return KABAR_OK;
  const clause *cl = &c->clauses[si->c_begin];
  if (cl->subj_m == NONE || cl->subj_how != CS_OWN)
    return KABAR_OK;
  const ment *sm = &c->ments[cl->subj_m];
  if (sm->kind != MK_NAME || sm->n_dent != 1 || c->dents[sm->dent[0]].type != KABAR_ENT_PERSON)
    return KABAR_OK;
  /* past a day or a word of status ("akan"), not "kembali ke": going home */
  size_t k = sm->te;
  while (k < se->tok_end && ((c->wcat[k] & W_TIME) || c->status[k]))
    k++;
  if (k + 1 >= se->tok_end || !tok_is(c, k, "ke") || c->ment_at[k + 1] == NONE)
    return KABAR_OK;
  const ment *pm = &c->ments[c->ment_at[k + 1]];
  size_t where = pm->kind == MK_NAME ? state_of_place(c, pm) : NONE;
  if (where == NONE)
    return KABAR_OK;
  status_ctx st = ex_fact_status(c, s, k, sm->tb, 0, NULL, NULL);
  if (st.cancel)
    return KABAR_OK;
  c->why = "trip without a verb";
  return ex_add_fact(c, s, sm->dent[0], KABAR_REL_VISITED, where, st.status, st.claimant);
}

/* "Ia akan mengunjungi Nikaragua, lalu ke Kuba dan Ekuador": the places
 * after a word of sequence and "ke", with no verb, are the same traveller's
 * next stops, with the status of the visit before them. */
static kabar_status onward_stops(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t visit = NONE;
  for (size_t f = c->sents[s].f_begin; f < c->n_facts && visit == NONE; f++)
    if (c->facts[f].rel == KABAR_REL_VISITED && c->facts[f].sent == s &&
        c->dents[c->facts[f].s].type == KABAR_ENT_PERSON)
      visit = f;
  if (visit == NONE)
    return KABAR_OK;
  const pfact v = c->facts[visit]; /* a copy: adding facts may move them */
  c->why = "onward stop";
  for (size_t t = se->tok_begin + 1; t + 2 < se->tok_end; t++) {
    if (!(tok_is(c, t, "lalu") || tok_is(c, t, "kemudian") || tok_is(c, t, "selanjutnya")) ||
        !tok_is(c, t + 1, "ke") || c->ment_at[t + 2] == NONE)
      continue;
    size_t first = c->ment_at[t + 2];
    size_t group = c->ments[first].group != NONE ? c->ments[first].group : first;
    for (size_t m = first; m < c->n_ments && c->ments[m].sent == s; m++) {
      const ment *pm = &c->ments[m];
      if (m != first && pm->group != group)
        break; /* past the places joined to the first */
      if (pm->inner)
        continue;
      size_t where = pm->kind == MK_NAME ? state_of_place(c, pm) : NONE;
      if (where == NONE || where == ex_state_of(c, v.s))
        continue;
      kabar_status rc = ex_add_fact(c, s, v.s, KABAR_REL_VISITED, where, v.status, v.claimant);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}

/* Each of who (people, or states) that is not of `where` visits it; one
 * whose state is unknown only when unknown_ok. */
static kabar_status visits_to(ctx *c, size_t s, const arg *who, size_t where, kabar_fact_status status,
                              size_t claimant, int unknown_ok) {
  for (size_t i = 0; i < who->n; i++) {
    size_t d = who->d[i];
    size_t own = c->dents[d].type == KABAR_ENT_STATE ? d : ex_state_of(c, d);
    if (own == where || (own == NONE && !unknown_ok))
      continue;
    kabar_status rc = ex_add_fact(c, s, d, KABAR_REL_VISITED, where, status, claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "Pada upacara pembukaan ... di Plenary Hall KLCC, Kuala Lumpur ..., juga
 * dihadiri oleh Presiden Filipina Benigno Aquino III, Presiden RI Joko
 * Widodo, ...": who attends an event held in another state is visiting it. */
static kabar_status attended_abroad(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  for (size_t t = se->tok_begin; t < end; t++) {
    if (!c->root[t] || strcmp(c->morph[t].root, "hadir") != 0)
      continue;
    if (c->morph[t].form == KABAR_FORM_ACTIVE && tok_is(c, t, "menghadiri")) {
      /* "Presiden Afghanistan Ashraf Ghani menghadiri Konferensi ... yang
       * diselenggarakan PBB di ibukota Turkmenistan, Ashgabat" */
      size_t where = NONE;
      for (size_t q = t + 1; q < end && where == NONE; q++)
        if (tok_is(c, q, "di"))
          where = state_held_at(c, q, end);
      arg who;
      if (where == NONE || !ex_find_subject(c, s, t, TYPE_BIT(KABAR_ENT_PERSON), 0, &who))
        continue;
      status_ctx st = ex_fact_status(c, s, t, who.pos, 0, NULL, NULL);
      if (st.cancel)
        continue;
      c->why = "attended abroad";
      kabar_status rc = visits_to(c, s, &who, where, st.status, st.claimant, 0);
      if (rc)
        return rc;
      continue;
    }
    if (c->morph[t].form != KABAR_FORM_PASSIVE)
      continue;
    size_t where = NONE; /* the last place held "di" before the verb */
    for (size_t q = se->tok_begin; q < t; q++) {
      size_t w = state_held_at(c, q, t);
      if (w != NONE)
        where = w;
    }
    size_t k = t + 1 < end && tok_is(c, t + 1, "oleh") ? t + 2 : t + 1;
    k = ex_past_title_names(c, k, end);
    if (k >= end || c->ment_at[k] == NONE)
      continue;
    arg who;
    ex_resolve_arg(c, c->ment_at[k], TYPE_BIT(KABAR_ENT_PERSON), 0, &who);
    status_ctx st = ex_fact_status(c, s, t, NONE, 0, NULL, NULL);
    if (st.cancel)
      continue;
    /* "Pertemuan tersebut dihadiri oleh Presiden Amerika Serikat Franklin
     * Roosevelt, Perdana Menteri Britania Raya Winston Churchill, dan ...":
     * those who attend a meeting meet each other */
    int meeting = 0;
    for (size_t q = t > se->tok_begin + 4 ? t - 4 : se->tok_begin; q < t && !meeting; q++)
      meeting = c->ment_at[q] == NONE &&
                ((c->root[q] && c->morph[q].form == KABAR_FORM_NOUN &&
                  (strcmp(c->morph[q].root, "temu") == 0 || strcmp(c->morph[q].root, "runding") == 0)) ||
                 tok_is(c, q, "konferensi") || tok_is(c, q, "ktt"));
    c->why = "attended together";
    for (size_t i = 0; meeting && i < who.n; i++)
      for (size_t j = i + 1; j < who.n; j++) {
        if (!foreign_pair(c, who.d[i], who.d[j]))
          continue;
        kabar_status rc = ex_add_fact(c, s, who.d[i], KABAR_REL_MET_WITH, who.d[j], st.status, st.claimant);
        if (rc)
          return rc;
      }
    if (where == NONE)
      continue;
    c->why = "attended abroad";
    kabar_status rc = visits_to(c, s, &who, where, st.status, st.claimant, 0);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "serangan terhadap pasukan Amerika di Irak", "gerakan tentara Rusia di
 * Georgia": troops of one state in another are deployed there. */
static kabar_status troops_stationed(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  for (size_t t = se->tok_begin; t + 3 < end; t++) {
    if (!(c->wcat[t] & W_TROOPS) || c->ment_at[t] != NONE || c->ment_at[t + 1] == NONE)
      continue;
    const ment *sm = &c->ments[c->ment_at[t + 1]];
    if (sm->kind != MK_NAME || sm->n_dent != 1 || c->dents[sm->dent[0]].type != KABAR_ENT_STATE ||
        sm->te >= end)
      continue;
    size_t at = sm->te;
    if (!tok_is(c, at, "di")) {
      /* "pasukan Kenya terus melakukan pengejaran terhadap ... di negeri
       * itu": what the troops do, in their clause, where they are */
      int verb = 0;
      for (; at < end && at < sm->te + 10 && !tok_is(c, at, "di"); at++) {
        if (ex_is_boundary(c, at) || tok_is(c, at, ",") ||
            (c->ment_at[at] != NONE && c->ments[c->ment_at[at]].n_dent &&
             c->dents[c->ments[c->ment_at[at]].dent[0]].type != KABAR_ENT_ORGANIZATION))
          break;
        verb |= ex_is_verb_word(c, at) && c->morph[at].form != KABAR_FORM_PASSIVE;
      }
      if (!verb || at >= end || !tok_is(c, at, "di"))
        continue;
    }
    size_t where = state_held_at(c, at, end), who = sm->dent[0];
    if (where == NONE && at + 1 < end && c->ment_at[at + 1] != NONE &&
        c->ments[c->ment_at[at + 1]].kind == MK_REF_STATE && c->ments[c->ment_at[at + 1]].n_dent == 1)
      where = c->ments[c->ment_at[at + 1]].dent[0]; /* "di negeri itu" */
    if (where == NONE || where == who)
      continue;
    status_ctx st = ex_fact_status(c, s, t, NONE, 1, NULL, NULL);
    if (st.cancel)
      continue;
    c->why = "troops stationed";
    kabar_status rc = ex_add_fact(c, s, who, KABAR_REL_DEPLOYED_TROOPS_TO, where, st.status, st.claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}


/* "kata Biden kepada Lourenco", "Santos mengatakan kepada Pence bahwa ...":
 * a person who tells a person of another state something, not from afar
 * ("melalui telepon"), meets them. */
static kabar_status told_in_person(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  if (sentence_has(c, s, 0, G_REMOTE))
    return KABAR_OK;
  for (size_t t = se->tok_begin; t + 2 < end; t++) {
    if (!c->root[t] || !c->root[t]->report || c->ment_at[t] != NONE)
      continue;
    size_t speaker = NONE, k = t + 1;
    if (c->morph[t].form == KABAR_FORM_BASE) { /* "kata Biden kepada" */
      size_t sm = person_mention_at(c, k, end);
      if (sm == NONE)
        continue;
      speaker = c->ments[sm].dent[0];
      k = c->ments[sm].te;
    } else if (c->morph[t].form == KABAR_FORM_ACTIVE) {
      arg who;
      if (ex_find_subject(c, s, t, TYPE_BIT(KABAR_ENT_PERSON), 0, &who) && who.n == 1)
        speaker = who.d[0];
    }
    if (speaker == NONE || k + 1 >= end || !tok_is(c, k, "kepada"))
      continue;
    size_t hm = person_mention_at(c, k + 1, end);
    size_t heard = hm != NONE ? c->ments[hm].dent[0] : NONE;
    if (heard == NONE || !foreign_pair(c, speaker, heard))
      continue;
    /* "..., kata X kepada Y": told, whatever the quote before it says */
    status_ctx st = {KABAR_FS_ASSERTED, NONE, 0, NONE, 0};
    if (c->morph[t].form != KABAR_FORM_BASE)
      st = ex_fact_status(c, s, t, NONE, 0, NULL, NULL);
    if (st.cancel)
      continue;
    c->why = "told in person";
    kabar_status rc = ex_add_fact(c, s, speaker, KABAR_REL_MET_WITH, heard, st.status, st.claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "dewan itu yang juga termasuk Bahrain, Kuwait, Oman, Qatar dan Uni
 * Emirat Arab", "Dewan Kerjasama Teluk, yang beranggotakan ...": a body,
 * "yang" and a word of including, then the states it includes, which are
 * its members. */
static kabar_status body_includes(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  for (size_t t = se->tok_begin; t + 3 < end; t++) {
    size_t m = c->ment_at[t];
    if (m == NONE || c->ments[m].tb != t || c->ments[m].n_dent != 1 ||
        c->dents[c->ments[m].dent[0]].type != KABAR_ENT_ORGANIZATION)
      continue;
    size_t body = c->ments[m].dent[0], q = c->ments[m].te;
    t = q - 1;
    if (q < end && tok_is(c, q, ","))
      q++;
    /* "dikenal sebagai BRICS, yaitu Brazil, Rusia, India, China dan Afrika
     * Selatan": two or more states listed right after the body */
    size_t bt = c->ments[m].tb;
    int listed = q + 1 < end && (tok_is(c, q, "yaitu") || tok_is(c, q, "yakni")) &&
                 bt > se->tok_begin && /* named as a bloc: not "di markas ASEAN, yakni ..." */
                 (tok_is(c, bt - 1, "sebagai") ||
                  ((c->wcat[bt - 1] & W_HEAD_ORG) && !(tok_flags(c, bt - 1) & KABAR_TOK_CAP)));
    if (q >= end || (!(c->wcat[q] & W_RELATIVE) && !listed))
      continue;
    for (q++; q < end && (c->wcat[q] & W_SKIP); q++)
      ;
    if (q + 1 >= end)
      continue;
    if (listed)
      ; /* the list follows */
    else if (tok_is(c, q, "termasuk") || tok_is(c, q, "meliputi") || tok_is(c, q, "mencakup") ||
        tok_is(c, q, "beranggotakan"))
      q++;
    else if (tok_is(c, q, "terdiri") && (tok_is(c, q + 1, "dari") || tok_is(c, q + 1, "atas")))
      q += 2;
    else
      continue;
    if (q >= end || c->ment_at[q] == NONE)
      continue;
    arg members;
    ex_arg_from(c, c->ment_at[q], TYPE_BIT(KABAR_ENT_STATE), 0, &members);
    if (listed && (members.n < 2 || c->ments[c->ment_at[q]].group == NONE))
      continue; /* "organisasi itu, yaitu ASEAN": the body named again */
    status_ctx st = ex_fact_status(c, s, q - 1, NONE, 0, NULL, NULL);
    if (st.cancel)
      continue;
    c->why = "body includes";
    for (size_t i = 0; i < members.n; i++) {
      kabar_status rc = ex_add_fact(c, s, members.d[i], KABAR_REL_MEMBER_OF, body, st.status, st.claimant);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}

/* "diteken Prabowo bersama Perdana Menteri Australia Anthony Albanese",
 * "Presiden Joko Widodo bersama Perdana Menteri Jepang Yoshihide Suga
 * meninjau ...": two people of two states named together by "bersama" met. */
static kabar_status persons_together(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  for (size_t t = se->tok_begin + 1; t + 1 < end; t++) {
    if (!tok_is(c, t, "bersama") || c->ment_at[t - 1] == NONE)
      continue;
    const ment *a = &c->ments[c->ment_at[t - 1]];
    size_t k = ex_past_title_names(c, t + 1, end);
    if (k >= end || c->ment_at[k] == NONE)
      continue;
    const ment *b = &c->ments[c->ment_at[k]];
    if (a->kind != MK_NAME || b->kind != MK_NAME || a->n_dent != 1 || b->n_dent != 1 || a->inner ||
        c->dents[a->dent[0]].type != KABAR_ENT_PERSON || c->dents[b->dent[0]].type != KABAR_ENT_PERSON ||
        !foreign_pair(c, a->dent[0], b->dent[0]))
      continue;
    status_ctx st = ex_fact_status(c, s, t, a->tb, 0, NULL, NULL);
    if (st.cancel)
      continue;
    c->why = "together";
    kabar_status rc = ex_add_fact(c, s, a->dent[0], KABAR_REL_MET_WITH, b->dent[0], st.status, st.claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "Clinton berbicara ... di samping Presiden Mikheil Saakashvili",
 * "Berdiri di sebelah Menteri Luar Negeri Peter Szijjarto": a person who
 * speaks or stands beside a person of another state met them. */
static kabar_status persons_side_by_side(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  for (size_t t = se->tok_begin; t + 2 < end; t++) {
    if (!tok_is(c, t, "di") || !(tok_is(c, t + 1, "samping") || tok_is(c, t + 1, "sebelah")))
      continue;
    size_t k = ex_past_title_names(c, t + 2, end);
    if (k >= end || c->ment_at[k] == NONE)
      continue;
    const ment *b = &c->ments[c->ment_at[k]];
    if (b->kind != MK_NAME || b->n_dent != 1 || c->dents[b->dent[0]].type != KABAR_ENT_PERSON)
      continue;
    arg who = {{0}, 0, NONE, 0};
    size_t comma = b->te; /* ("... dalam jumpa pers bersama, Pompeo ...") */
    while (comma < end && comma < b->te + 8 && !tok_is(c, comma, ",") && !ex_is_boundary(c, comma))
      comma++;
    if (t == se->tok_begin + 1 && ex_is_verb_word(c, se->tok_begin) && comma + 1 < end &&
        tok_is(c, comma, ",")) {
      /* "Berdiri di sebelah X, Y mengatakan": the main clause's subject */
      size_t y = ex_past_title_names(c, comma + 1, end);
      if (y < end && c->ment_at[y] != NONE)
        ex_resolve_arg(c, c->ment_at[y], TYPE_BIT(KABAR_ENT_PERSON), 0, &who);
    } else {
      ex_find_subject(c, s, t, TYPE_BIT(KABAR_ENT_PERSON), 0, &who);
    }
    if (who.n != 1 || !foreign_pair(c, who.d[0], b->dent[0]))
      continue;
    status_ctx st = ex_fact_status(c, s, t, who.pos, 0, NULL, NULL);
    if (st.cancel)
      continue;
    c->why = "side by side";
    kabar_status rc = ex_add_fact(c, s, who.d[0], KABAR_REL_MET_WITH, b->dent[0], st.status, st.claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* Whether a visit was read from a verb of leaving for it ("bertolak ke X
 * dari Y seusai pertemuan dengan Z": Z is met in Y, not in X). */
static int departure_root(const char *root) {
  return root && (!strcmp(root, "tolak") || !strcmp(root, "tuju") || !strcmp(root, "berangkat") ||
                  !strcmp(root, "pergi") || !strcmp(root, "terbang"));
}

/* "Clinton bertolak ke Afrika Selatan dari Malawi ... seusai pertemuan
 * dengan ...": who leaves a foreign state for another, after doing something
 * there, was in the one left. The traveller's own state must be known and
 * be neither (an official flying out of the capital at home visits nothing
 * there). */
static kabar_status departure_origin(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  /* (only where the sentence says what was done there, after the place
   * left: "dari Malawi ... seusai pertemuan dengan Presiden Joyce Banda";
   * not a flight's start) */
  size_t done_at = NONE;
  for (size_t q = se->tok_end; q-- > se->tok_begin && done_at == NONE;)
    if (tok_is(c, q, "seusai") || tok_is(c, q, "usai") || tok_is(c, q, "setelah") || tok_is(c, q, "sesudah") ||
        tok_is(c, q, "selepas"))
      done_at = q;
  size_t n = done_at == NONE ? 0 : c->n_facts;
  for (size_t f = c->sents[s].f_begin; f < n; f++) {
    pfact v = c->facts[f];
    if (v.rel != KABAR_REL_VISITED || v.status == KABAR_FS_NEGATED || !departure_root(v.why_root))
      continue;
    size_t home = ex_state_of(c, v.s);
    if (home == NONE)
      continue;
    for (size_t k = se->tok_begin; k + 1 < se->tok_end; k++) {
      if (!tok_is(c, k, "dari") || c->ment_at[k + 1] == NONE || k + 2 > done_at)
        continue;
      arg from;
      ex_resolve_arg(c, c->ment_at[k + 1], TYPE_BIT(KABAR_ENT_STATE), RC_PLACE, &from);
      if (from.n != 1 || from.d[0] == home || from.d[0] == v.o)
        continue;
      kabar_status rc = ex_add_fact(c, s, v.s, KABAR_REL_VISITED, from.d[0], v.status, v.claimant);
      if (rc)
        return rc;
      break;
    }
  }
  return KABAR_OK;
}

/* "Kerry tiba di Sri Lanka ... Ia dijadwalkan bertemu dengan Presiden
 * Mathripala Sirisena": a head of state or government named by a bare
 * title, whom a visitor to a state meets in that sentence or the next, leads
 * the state visited. */
static kabar_status host_leader(ctx *c, size_t s) {
  size_t from = s > 0 ? c->sents[s - 1].f_begin : c->sents[s].f_begin;
  for (size_t f = c->sents[s].f_begin; f < c->n_facts; f++) {
    const pfact m = c->facts[f];
    if (m.rel != KABAR_REL_MET_WITH || m.status == KABAR_FS_NEGATED)
      continue;
    for (int side = 0; side < 2; side++) {
      size_t guest = side ? m.o : m.s, host = side ? m.s : m.o;
      const dent *h = &c->dents[host];
      /* (an opposition leader met abroad leads nothing there) */
      if (h->type != KABAR_ENT_PERSON || h->state != NONE || !h->head_title || !h->titled ||
          strstr(h->head_title, "oposisi"))
        continue;
      /* ("pemimpin demokrasi Burma": an opposition title of the lexicon) */
      c->buf.len = 0;
      if (kabar_compact_append(&c->buf, h->head_title, strlen(h->head_title)) < 0)
        return ex_out_of_memory(c), c->failed;
      const kabar_lex_role *hr = kabar_lexicon_role_key(c->x->lex, c->buf.data, c->buf.len);
      if (hr && strcmp(hr->kind, "opposition") == 0)
        continue;
      size_t where = NONE;
      for (size_t v = from; v < c->n_facts && where == NONE; v++)
        if (c->facts[v].rel == KABAR_REL_VISITED && c->facts[v].s == guest &&
            c->facts[v].status != KABAR_FS_NEGATED && c->dents[c->facts[v].o].type == KABAR_ENT_STATE &&
            !departure_root(c->facts[v].why_root))
          where = c->facts[v].o;
      if (where == NONE || where == ex_state_of(c, guest))
        continue;
      c->dents[host].state = where;
      kabar_status rc = ex_add_fact(c, s, host, KABAR_REL_LEADER_OF, where, KABAR_FS_ASSERTED, NONE);
      if (rc)
        return rc;
    }
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
    if (!ex_find_subject(c, s, t, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) |
                                   TYPE_BIT(KABAR_ENT_ORGANIZATION), RC_STATE, &who))
      who.n = 0;
    for (size_t k = t + 1; k < se->tok_end && k <= t + 8; k++) {
      if (ex_is_boundary(c, k))
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
            kabar_status rc = ex_add_fact(c, s, pf.s, pf.rel, pf.o, KABAR_FS_DENIED, first_dent(&who));
            if (rc)
              return rc;
          }
        }
        return KABAR_OK;
      }
      /* "Myanmar membantah tuduhan PBB", "menolak tudingan dari Kyiv": the
       * one whose claim is denied accused the denier */
      size_t am = NONE;
      /* (an accusation, not a claim or a report: "membantah klaim India
       * mengenai serangan itu" denies what India says it did) */
      int accusation = claim && c->root[k] && (strcmp(c->morph[k].root, "tuduh") == 0 ||
                                               strcmp(c->morph[k].root, "tuding") == 0);
      if (accusation && k + 1 < se->tok_end)
        am = c->ment_at[k + 1] != NONE ? c->ment_at[k + 1]
             : k + 2 < se->tok_end && tok_is(c, k + 1, "dari") ? c->ment_at[k + 2] : NONE;
      if (am != NONE && who.n && c->ments[am].kind == MK_NAME && !c->ments[am].inner) {
        unsigned actors = TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) | TYPE_BIT(KABAR_ENT_ORGANIZATION);
        arg accuser, accused = who;
        /* "Nebenzia membantah tudingan Washington": a person who denies for a
         * state answers the accusation made against it */
        arg for_state;
        if (who.n && c->dents[who.d[0]].type == KABAR_ENT_PERSON &&
            ex_find_subject(c, s, t, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &for_state) && for_state.n)
          accused = for_state;
        ex_resolve_arg(c, am, actors, RC_STATE, &accuser);
        /* "tuduhan Washington dan Bogota bahwa Venezuela telah ...": the
         * complement names whom they accuse */
        size_t b = ex_group_end(c, am);
        if (b + 1 < se->tok_end && tok_is(c, b, "bahwa") && c->ment_at[b + 1] != NONE) {
          arg named;
          ex_resolve_arg(c, c->ment_at[b + 1], actors, RC_STATE, &named);
          if (named.n)
            accused = named;
        }
        for (size_t i = 0; i < accuser.n; i++)
          for (size_t j = 0; j < accused.n; j++) {
            kabar_status rc =
                ex_add_fact(c, s, accuser.d[i], KABAR_REL_ACCUSED, accused.d[j], KABAR_FS_ASSERTED, NONE);
            if (rc)
              return rc;
          }
      }
      if (fact_ref) {
        for (size_t r = 0; r < ri->n_rel; r++) {
          kabar_relation rel = kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation;
          for (size_t f = c->sents[s].f_begin; f-- > 0;)
            if (c->facts[f].rel == rel) {
              kabar_status rc = ex_add_fact(c, s, c->facts[f].s, rel, c->facts[f].o, KABAR_FS_DENIED,
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

/* "Perjanjian Portsmouth adalah perjanjian yang mengakhiri Perang
 * Rusia-Jepang", "Perjanjian Paris mengakhiri perang antara A dan B": a
 * treaty that ends a war has the war's sides as its parties. */
static kabar_status treaty_ends_war(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    const clause *cl = &c->clauses[i];
    size_t v = cl->pred;
    if (cl->kind != CL_VERB || v == NONE || cl->subj_m == NONE || !(c->gcat[v] & G_ENDS))
      continue;
    arg treaty;
    ex_resolve_arg(c, cl->subj_m, TYPE_BIT(KABAR_ENT_AGREEMENT), 0, &treaty);
    size_t k = v + 1;
    while (k < end && (c->wcat[k] & W_SKIP))
      k++;
    size_t em = k < end ? c->ment_at[k] : NONE;
    int war = (em != NONE && c->ments[em].n_dent &&
               c->dents[c->ments[em].dent[0]].type == KABAR_ENT_EVENT) ||
              (k < end && (c->wcat[k] & W_WAR));
    if (treaty.n != 1 || !war)
      continue;
    /* the states named in the war's name or after it, up to the clause's end */
    size_t sides[4], n = 0;
    for (size_t q = k; q < end && q < k + 10 && n < 4; q++) {
      if (q > k && (tok_is(c, q, ",") || tok_is(c, q, "pada") || ex_is_boundary(c, q)))
        break;
      for (size_t m = si->m_begin; m < si->m_end && n < 4; m++) {
        const ment *mm = &c->ments[m];
        for (size_t e = 0; mm->tb == q && e < mm->n_dent && e < 2 && n < 4; e++) {
          size_t d = mm->dent[e]; /* "Rusia-Jepang": two states in one word */
          int dup = c->dents[d].type != KABAR_ENT_STATE;
          for (size_t j = 0; j < n; j++)
            dup |= sides[j] == d;
          if (!dup)
            sides[n++] = d;
        }
      }
    }
    if (n < 2)
      continue;
    status_ctx st = ex_fact_status(c, s, v, NONE, 0, NULL, NULL);
    for (size_t j = 0; j < n && !st.cancel; j++) {
      kabar_status rc = ex_add_fact(c, s, sides[j], KABAR_REL_PARTY_TO, treaty.d[0], st.status,
                                    st.claimant);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}

/* "Kekuatan Sentral (Jerman, Austria-Hungaria, Bulgaria, dan Kekaisaran
 * Utsmaniyah)": a list of states in brackets right after a body names its
 * members. */
static kabar_status members_in_brackets(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t i = si->m_begin; i < si->m_end; i++) {
    const ment *body = &c->ments[i];
    if (body->kind != MK_NAME || body->n_dent != 1 || body->te + 2 >= end ||
        c->dents[body->dent[0]].type != KABAR_ENT_ORGANIZATION || !tok_is(c, body->te, "("))
      continue;
    size_t q = body->te + 1;
    /* "Mafilindo (singkatan dari Malaysia, Filipina, dan Indonesia)": a name
     * made of its members' */
    if (q + 2 < end && (tok_is(c, q, "singkatan") || tok_is(c, q, "kependekan") || tok_is(c, q, "akronim")) &&
        tok_is(c, q + 1, "dari"))
      q += 2;
    size_t first = c->ment_at[q];
    if (first == NONE || c->ments[first].group == NONE)
      continue;
    size_t close = ex_group_end(c, first);
    if (close >= end || !tok_is(c, close, ")"))
      continue;
    arg members;
    ex_arg_from(c, first, TYPE_BIT(KABAR_ENT_STATE), 0, &members);
    for (size_t k = 0; k < members.n; k++) {
      kabar_status rc = ex_add_fact(c, s, members.d[k], KABAR_REL_MEMBER_OF, body->dent[0],
                                    KABAR_FS_ASSERTED, NONE);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}

/* "enam negara pasca-Soviet yang termasuk dalam Persemakmuran Negara-negara
 * Merdeka—Rusia, Armenia, ...—", "negara-negara yang tergabung dalam ASEAN,
 * yakni A, B": states listed right after a body that a phrase put them in
 * are its members. */
static kabar_status members_listed_after_body(ctx *c, size_t s) {
  static const char *const opens[] = {"\xe2\x80\x94", "\xe2\x80\x93", "-", ":", "("};
  const sent_info *si = &c->sents[s];
  size_t sb = c->doc->sentences[s].tok_begin, end = c->doc->sentences[s].tok_end;
  for (size_t i = si->m_begin; i < si->m_end; i++) {
    const ment *body = &c->ments[i];
    if (body->kind != MK_NAME || body->n_dent != 1 || body->tb < sb + 2 || body->te + 1 >= end ||
        c->dents[body->dent[0]].type != KABAR_ENT_ORGANIZATION)
      continue;
    size_t b = body->tb;
    if (tok_is(c, b - 1, "dari")) /* "anggota dari ASEAN" */
      b--;
    int put_in = (tok_is(c, b - 1, "dalam") && (tok_is(c, b - 2, "termasuk") || tok_is(c, b - 2, "tergabung"))) ||
                 tok_is(c, b - 1, "anggota");
    if (!put_in)
      continue;
    size_t q = body->te;
    if (q < end && tok_is(c, q, ","))
      q++;
    int open = q < end && (c->gcat[q] & G_LIST_INTRO);
    for (size_t k = 0; !open && q < end && k < sizeof opens / sizeof opens[0]; k++)
      open = tok_is(c, q, opens[k]);
    if (!open)
      continue;
    q += (c->gcat[q] & G_LIST_INTRO) && c->glen[q] ? c->glen[q] : 1;
    size_t first = q < end ? c->ment_at[q] : NONE;
    if (first == NONE || c->ments[first].group == NONE)
      continue;
    arg members;
    ex_arg_from(c, first, TYPE_BIT(KABAR_ENT_STATE), 0, &members);
    status_ctx st = ex_fact_status(c, s, body->tb, NONE, 0, NULL, NULL);
    for (size_t k = 0; k < members.n && !st.cancel; k++) {
      kabar_status rc = ex_add_fact(c, s, members.d[k], KABAR_REL_MEMBER_OF, body->dent[0], st.status,
                                    st.claimant);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}

/* "Deshchytsia mengatakan Rusia secara \"kejam telah menginjak-injak\"
 * integritas wilayah Ukraina", "Ia mengatakan Kuba menggunakan Amerika
 * sebagai kambing hitam": a report whose clause says of someone what
 * condemns them (grammar.tsv `judgment`) is the speaker's criticism of
 * them, when they are no party of the speaker's own. */
static kabar_status judged_in_report(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  const unsigned who_types =
      TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) | TYPE_BIT(KABAR_ENT_ORGANIZATION);
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    const clause *cl = &c->clauses[i];
    size_t v = cl->pred;
    if (cl->kind != CL_VERB || v == NONE || cl->subj_m == NONE || !c->root[v] || !c->root[v]->report ||
        c->morph[v].form != KABAR_FORM_ACTIVE)
      continue;
    arg speaker;
    if (!ex_find_subject(c, s, v, who_types, 0, &speaker) || speaker.n != 1)
      continue;
    size_t judged = NONE, j = NONE, from = v + 1;
    /* "mengatakan dalam rapat Majelis Umum PBB bahwa ...": the clause is
     * what "bahwa" opens */
    for (size_t q = v + 1; q < end && q < v + 12; q++)
      if (tok_is(c, q, "bahwa")) {
        from = q + 1;
        break;
      }
    for (size_t q = from; q < end && j == NONE; q++) {
      if ((c->gcat[q] & G_JUDGMENT) && c->ment_at[q] == NONE) { /* not "Agresi Militer Belanda I" */
        j = q;
        break;
      }
      if (judged == NONE && c->ment_at[q] == NONE && ex_is_verb_word(c, q) && !(c->gcat[q] & G_JUDGMENT))
        break; /* "mengumumkan akan memberi Ukraina ...": the clause has no subject named */
      if (judged != NONE || c->ment_at[q] == NONE)
        continue;
      const ment *mm = &c->ments[c->ment_at[q]];
      if (mm->inner || (q > 0 && (c->wcat[q - 1] & W_PREP)))
        continue; /* "mengatakan kepada VOA", "di Jakarta" */
      arg y;
      ex_resolve_arg(c, c->ment_at[q], who_types, 0, &y);
      if (y.n == 1)
        judged = y.d[0];
      q = mm->te - 1;
    }
    if (j != NONE && judged == NONE) {
      /* "Rusia mencaplok Krimea. Joe Biden menyebut tindakan itu sebagai
       * perampasan tanah": an act referred back to, judged, is its doer's */
      for (size_t q = from; q + 1 < j && judged == NONE; q++) {
        if (c->ment_at[q] != NONE || !(c->wcat[q + 1] & W_DEMONSTRATIVE))
          continue;
        arg doer;
        act_noun_doer(c, s, q, 1, who_types, RC_STATE, &doer);
        if (doer.n == 1)
          judged = doer.d[0];
      }
    }
    if (j == NONE || judged == NONE || judged == speaker.d[0])
      continue;
    size_t ss = ex_state_of(c, speaker.d[0]), js = ex_state_of(c, judged);
    if (ss != NONE && (ss == js || ss == judged))
      continue;
    status_ctx st = ex_fact_status(c, s, v, NONE, 0, NULL, NULL);
    if (st.cancel || st.status == KABAR_FS_NEGATED)
      continue;
    kabar_status rc = ex_add_fact(c, s, speaker.d[0], KABAR_REL_CRITICIZED, judged, st.status, st.claimant);
    if (rc)
      return rc;
    /* "Departemen Luar Negeri Amerika menyebut ...": a government's body
     * speaks for its state, as with a verb of criticism */
    size_t body_of = body_state(c, speaker.d[0]);
    if (body_of != NONE && body_of != judged &&
        (rc = ex_add_fact(c, s, body_of, KABAR_REL_CRITICIZED, judged, st.status, st.claimant)))
      return rc;
  }
  return KABAR_OK;
}

/* "Hollande mendesak Amerika agar mengakhiri embargo perdagangan terhadap
 * Kuba", "menyerukan untuk mencabut sanksi terhadap Iran": who urges the end
 * of a regime of sanctions opposes it. */
static kabar_status urged_to_end(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    const clause *cl = &c->clauses[i];
    size_t v = cl->pred;
    if (cl->kind != CL_VERB || v == NONE || cl->subj_m == NONE || !(c->gcat[v] & G_INVITE))
      continue;
    size_t k = v + 1;
    while (k < end && k < v + 10 && !tok_is(c, k, "agar") && !tok_is(c, k, "untuk") &&
           !tok_is(c, k, "supaya") && !tok_is(c, k, "."))
      k++;
    if (k + 1 >= end || k >= v + 10 || tok_is(c, k, "."))
      continue;
    k++;
    while (k < end && (c->wcat[k] & W_SKIP))
      k++; /* "agar segera mengakhiri" */
    if (k >= end || !(c->gcat[k] & G_ENDS))
      continue;
    size_t regime = NONE;
    for (size_t q = k + 1; q < end && q < k + 4 && regime == NONE; q++) {
      size_t m = c->ment_at[q];
      if (m == NONE || !c->ments[m].n_dent)
        continue;
      const dent *e = &c->dents[c->ments[m].dent[0]];
      if (e->type == KABAR_ENT_AGREEMENT &&
          (!strncasecmp(e->label, "embargo", 7) || !strncasecmp(e->label, "sanksi", 6) ||
           !strncasecmp(e->label, "blokade", 7)))
        regime = c->ments[m].dent[0];
    }
    if (regime == NONE)
      continue;
    arg who;
    ex_resolve_arg(c, cl->subj_m, TYPE_BIT(KABAR_ENT_PERSON) | TYPE_BIT(KABAR_ENT_STATE) |
                                      TYPE_BIT(KABAR_ENT_ORGANIZATION),
                   0, &who);
    status_ctx st = ex_fact_status(c, s, v, NONE, 0, NULL, NULL);
    for (size_t j = 0; j < who.n && !st.cancel; j++) {
      kabar_status rc = ex_add_fact(c, s, who.d[j], KABAR_REL_OPPOSES, regime, st.status, st.claimant);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}

/* "mengundang para Menteri Luar Negeri Mesir, Ethiopia dan Sudan ke
 * Washington", "diundang ke Beijing": the ones invited to a place of
 * another state are to visit it (planned). */
static kabar_status invited_to(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t end = se->tok_end;
  for (size_t t = se->tok_begin; t + 2 < end; t++) {
    if (!(c->gcat[t] & G_INVITE) || !strstr(tok_norm(c, t), "undang"))
      continue; /* "mengundang", not "mendorong Rusia ke meja perundingan" */
    /* the ones invited: the names after the verb, past their titles */
    size_t k = t + 1;
    while (k < end && (c->wcat[k] & W_ARTICLE))
      k++;
    k = ex_past_title_names(c, k, end);
    arg who = {{0}, 0, NONE, 0};
    size_t after = k;
    if (k < end && c->ment_at[k] != NONE) {
      ex_resolve_arg(c, c->ment_at[k], TYPE_BIT(KABAR_ENT_PERSON) | TYPE_BIT(KABAR_ENT_STATE), 0, &who);
      after = ex_group_end(c, c->ment_at[k]);
    } else if (k == t + 1 || (c->ment_at[k - 1] != NONE && c->ments[c->ment_at[k - 1]].inner)) {
      /* "para Menteri Luar Negeri Mesir, Ethiopia dan Sudan": the states
       * of the titles */
      size_t q = t + 1;
      while (q < end && c->ment_at[q] == NONE && q < t + 6)
        q++;
      if (q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner) {
        ex_resolve_arg(c, c->ment_at[q], TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &who);
        after = ex_group_end(c, c->ment_at[q]);
      }
    }
    if (!who.n || after + 1 >= end || !tok_is(c, after, "ke") || c->ment_at[after + 1] == NONE)
      continue;
    const ment *pm = &c->ments[c->ment_at[after + 1]];
    size_t where = pm->kind == MK_NAME ? state_of_place(c, pm) : NONE;
    if (where == NONE)
      continue;
    status_ctx st = ex_fact_status(c, s, t, NONE, 0, NULL, NULL);
    if (st.cancel || st.status == KABAR_FS_NEGATED)
      continue;
    c->why = "invited";
    kabar_status rc = visits_to(c, s, &who, where, KABAR_FS_PLANNED, st.claimant, 1);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "mitranya dari Uganda, Jeje Odongo": an official's counterpart from a
 * state is that state's official. */
static kabar_status counterpart_of_state(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t k = se->tok_begin; k + 2 < se->tok_end; k++) {
    if (!(c->gcat[k] & G_COUNTERPART) || !tok_is(c, k + 1, "dari") || c->ment_at[k + 2] == NONE)
      continue;
    const ment *sm = &c->ments[c->ment_at[k + 2]];
    size_t pm = ex_counterpart_named(c, s, k);
    if (pm == NONE || sm->kind != MK_NAME || sm->n_dent != 1 || c->dents[sm->dent[0]].type != KABAR_ENT_STATE)
      continue;
    size_t person = c->ments[pm].dent[0], state = sm->dent[0];
    if (c->dents[person].state != NONE && c->dents[person].state != state)
      continue;
    /* the counterpart of a head of state or government heads the other
     * ("Perdana Menteri China Li Qiang ... bertemu dengan mitranya dari
     * Pakistan, Shehbaz Sharif") */
    const arg *subj = &c->sents[s].subject;
    kabar_relation rel = subj->n == 1 && subj->pos < k && c->dents[subj->d[0]].type == KABAR_ENT_PERSON &&
                                 c->dents[subj->d[0]].heads_state
                             ? KABAR_REL_LEADER_OF
                             : KABAR_REL_OFFICIAL_OF;
    kabar_status rc = ex_add_fact(c, s, person, rel, state, KABAR_FS_ASSERTED, NONE);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "AVM. Nigel Maddox dari Inggris", "Deng Xijun dari China": a person
 * named with the state they come from speaks or acts for it. Not a leader
 * of that state ("Omar al-Bashir dari Sudan" leads it), and not one whose
 * state the text gave otherwise. */
static kabar_status person_from_state(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t i = si->m_begin; i < si->m_end; i++) {
    const ment *pm = &c->ments[i];
    if (pm->kind != MK_NAME || pm->n_dent != 1 || pm->te + 1 >= end || !tok_is(c, pm->te, "dari"))
      continue;
    size_t person = pm->dent[0], sm = c->ment_at[pm->te + 1];
    if (c->dents[person].type != KABAR_ENT_PERSON || sm == NONE || c->ments[sm].kind != MK_NAME ||
        c->ments[sm].n_dent != 1 || c->dents[c->ments[sm].dent[0]].type != KABAR_ENT_STATE)
      continue;
    size_t state = c->ments[sm].dent[0];
    const dent *p = &c->dents[person];
    if (p->state != NONE && (p->state != state || p->leader))
      continue;
    /* "pengamat Ahmad dari Indonesia" is from it, not for it; a leader's
     * title says leaderOf */
    const kabar_lex_role *lr = NULL;
    size_t sb = c->doc->sentences[s].tok_begin;
    for (size_t q = pm->tb, n = 0; q > sb && n < 4 && !lr; n++) {
      q--;
      const kabar_lex_role *r;
      if (match_role(c, q, pm->tb, &r) == pm->tb - q)
        lr = r;
    }
    if (lr && lr->relation != KABAR_REL_OFFICIAL_OF)
      continue;
    kabar_status rc = ex_add_fact(c, s, person, KABAR_REL_OFFICIAL_OF, state, KABAR_FS_ASSERTED, NONE);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "Sukh Deo Muni dari Institut Kajian Pertahanan dan Analisa": a person
 * right before "dari" and a university, institute or think tank works
 * there. */
static kabar_status person_of_institute(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  size_t end = c->doc->sentences[s].tok_end;
  for (size_t i = si->m_begin; i < si->m_end; i++) {
    const ment *pm = &c->ments[i];
    if (pm->kind != MK_NAME || pm->n_dent != 1 || pm->te + 1 >= end || !tok_is(c, pm->te, "dari") ||
        c->dents[pm->dent[0]].type != KABAR_ENT_PERSON)
      continue;
    size_t om = c->ment_at[pm->te + 1];
    if (om == NONE || c->ments[om].kind != MK_NAME || c->ments[om].n_dent != 1 ||
        c->ments[om].tb != pm->te + 1)
      continue;
    const dent *o = &c->dents[c->ments[om].dent[0]];
    if (o->type != KABAR_ENT_ORGANIZATION || !o->academic)
      continue;
    kabar_status rc = ex_add_fact(c, s, pm->dent[0], KABAR_REL_AFFILIATED_WITH, c->ments[om].dent[0],
                                  KABAR_FS_ASSERTED, NONE);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* "Delegasi Indonesia dipimpin oleh Adam Malik", "utusan China pimpinan
 * X": who leads a state's delegation acts for that state (not as its
 * leader). */
static kabar_status delegation_leader(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t t = se->tok_begin + 2; t + 1 < se->tok_end; t++) {
    size_t a; /* where the leader's name (or title) begins */
    if (tok_is(c, t, "dipimpin"))
      a = tok_is(c, t + 1, "oleh") ? t + 2 : t + 1;
    else if (tok_is(c, t, "pimpinan"))
      a = t + 1;
    else
      continue;
    size_t q = t;
    if (c->wcat[q - 1] & W_RELATIVE)
      q--;
    size_t sm = c->ment_at[q - 1];
    if (sm == NONE || c->ments[sm].kind != MK_NAME || c->ments[sm].n_dent != 1 ||
        c->dents[c->ments[sm].dent[0]].type != KABAR_ENT_STATE || c->ments[sm].tb <= se->tok_begin ||
        !(c->gcat[c->ments[sm].tb - 1] & G_ENVOY))
      continue;
    a = ex_past_title_names(c, a, se->tok_end);
    size_t pm = a < se->tok_end ? c->ment_at[a] : NONE;
    if (pm == NONE || c->ments[pm].kind != MK_NAME || c->ments[pm].n_dent != 1)
      continue;
    size_t person = c->ments[pm].dent[0], state = c->ments[sm].dent[0];
    if (c->dents[person].type != KABAR_ENT_PERSON ||
        (c->dents[person].state != NONE && c->dents[person].state != state))
      continue; /* "delegasi China dipimpin oleh Menlu Rusia": not China's */
    kabar_status rc = ex_add_fact(c, s, person, KABAR_REL_OFFICIAL_OF, state, KABAR_FS_ASSERTED, NONE);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* Whether the event mention m follows a word of time: "selama", "sejak",
 * "setelah", "sebelum", "saat", "semasa", "usai", "menjelang", "pasca". */
static int event_as_time(const ctx *c, size_t s, size_t m) {
  static const char *const when[] = {"selama", "sejak", "setelah", "sebelum", "saat", "semasa",
                                     "usai", "menjelang", "pasca", "sesudah", "ketika"};
  const ment *em = &c->ments[m];
  size_t tb = em->tb;
  if (tb == c->doc->sentences[s].tok_begin)
    return 0;
  /* (one whose name names its sides still tells its act: "sejak invasi
   * Rusia ke Ukraina") */
  for (size_t i = c->sents[s].m_begin; i < c->sents[s].m_end; i++)
    if (i != m && c->ments[i].tb >= em->tb && c->ments[i].te <= em->te && c->ments[i].n_dent)
      return 0;
  for (size_t i = 0; i < sizeof when / sizeof when[0]; i++)
    if (tok_is(c, tb - 1, when[i]))
      return 1;
  return 0;
}

/* Each relation cue word of sentence s, outside a name it does not head,
 * triggers its rows. */
static kabar_status cue_triggers(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  kabar_status rc = KABAR_OK;
  c->why = "cue";
  for (size_t t = se->tok_begin; t < se->tok_end && rc == KABAR_OK; t++) {
    if (!(tok_flags(c, t) & KABAR_TOK_WORD))
      continue;
    if (c->ment_at[t] != NONE && c->ments[c->ment_at[t]].kind == MK_NAME &&
        !c->ments[c->ment_at[t]].nominal &&
        c->dents[c->ments[c->ment_at[t]].dent[0]].type != KABAR_ENT_EVENT)
      continue;
    /* an event named as a time ("selama Perang Dingin", "setelah Perang
     * Dunia II") tells no act of the sentence's names */
    if (c->ment_at[t] != NONE && c->ments[c->ment_at[t]].kind == MK_NAME &&
        !c->ments[c->ment_at[t]].nominal && event_as_time(c, s, c->ment_at[t]))
      continue;
    kabar_morph mo;
    const kabar_root_info *ri = tok_root(c, t, &mo);
    for (size_t r = 0; ri && r < ri->n_rel && rc == KABAR_OK; r++) {
      const kabar_rel_cue *cue = kabar_cues_rel(c->x->cues, ri->first_rel + r);
      c->why_root = cue->root;
      rc = trigger(c, s, t, cue, &mo);
    }
    c->why_root = NULL;
  }
  return rc;
}

kabar_status ex_relations_sentence(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  c->sents[s].f_begin = c->n_facts;
  kabar_status rc = KABAR_OK;
  if (se->kind == KABAR_SENT_TEXT) {
    rc = ex_frames_sentence(c, s);
    if (rc == KABAR_OK)
      rc = cue_triggers(c, s);
    c->why = "agreement with parties";
    if (rc == KABAR_OK)
      rc = agreement_parties(c, s);
    if (rc == KABAR_OK)
      rc = speaker_abroad(c, s);
    if (rc == KABAR_OK)
      rc = gapped_subjects(c, s);
    if (rc == KABAR_OK)
      rc = trip_without_verb(c, s);
    if (rc == KABAR_OK)
      rc = onward_stops(c, s);
    if (rc == KABAR_OK)
      rc = attended_abroad(c, s);
    if (rc == KABAR_OK)
      rc = persons_together(c, s);
    c->why = "person from a state";
    if (rc == KABAR_OK)
      rc = person_from_state(c, s);
    if (rc == KABAR_OK)
      rc = person_of_institute(c, s);
    if (rc == KABAR_OK)
      rc = counterpart_of_state(c, s);
    if (rc == KABAR_OK)
      rc = invited_to(c, s);
    c->why = "urged the end of sanctions";
    if (rc == KABAR_OK)
      rc = urged_to_end(c, s);
    c->why = "person from a state";
    if (rc == KABAR_OK)
      rc = troops_stationed(c, s);
    if (rc == KABAR_OK)
      rc = body_includes(c, s);
    if (rc == KABAR_OK)
      rc = told_in_person(c, s);
    if (rc == KABAR_OK)
      rc = persons_side_by_side(c, s);
    c->why = "leader of a state's delegation";
    if (rc == KABAR_OK)
      rc = delegation_leader(c, s);
    c->why = "members in brackets";
    if (rc == KABAR_OK)
      rc = members_in_brackets(c, s);
    c->why = "members listed after a body";
    if (rc == KABAR_OK)
      rc = members_listed_after_body(c, s);
    c->why = "judgment in a report";
    if (rc == KABAR_OK)
      rc = judged_in_report(c, s);
    c->why = "treaty that ends a war";
    if (rc == KABAR_OK)
      rc = treaty_ends_war(c, s);
    c->why = "denial of a claim";
    if (rc == KABAR_OK)
      rc = denial_of_claims(c, s);
    c->why = "origin of a departure";
    if (rc == KABAR_OK)
      rc = departure_origin(c, s);
    c->why = "host of a visit";
    if (rc == KABAR_OK)
      rc = host_leader(c, s);
  }
  if (se->kind == KABAR_SENT_HEADING && s == 0 && c->doc->n_sentences > 1) {
    /* the title line: what its verbs say, read as a headline */
    c->headline = 1;
    rc = cue_triggers(c, s);
    c->headline = 0;
    /* "NIS: Korea Utara Kirim 1.500 Pasukan ke Rusia": a source and a colon
     * open the headline; what follows is its claim */
    size_t src = c->ment_at[se->tok_begin];
    if (rc == KABAR_OK && src != NONE && c->ments[src].n_dent && c->ments[src].te < se->tok_end &&
        tok_is(c, c->ments[src].te, ":"))
      for (size_t f = c->sents[s].f_begin; f < c->n_facts; f++)
        if (c->facts[f].status == KABAR_FS_ASSERTED && c->facts[f].s != c->ments[src].dent[0]) {
          c->facts[f].status = KABAR_FS_ALLEGED;
          c->facts[f].claimant = c->ments[src].dent[0];
        }
  }
  c->sents[s].f_end = c->n_facts;
  return rc;
}

/* Whether w is written like a year: four digits from 1000 to 2999. */
int ex_is_year(const char *w) {
  return strlen(w) == 4 && (w[0] == '1' || w[0] == '2') && isdigit((unsigned char)w[1]) &&
         isdigit((unsigned char)w[2]) && isdigit((unsigned char)w[3]);
}

/* A date in the sentence: "25 April 2019", "Februari 2022", "pada 2024";
 * NULL when there is none, or when out of memory (recorded in c->failed). */
/* "Senin (27/10)", "(30/6/2022)": the numeric date of Indonesian news,
 * the year taken from the document's date when the text leaves it out.
 * A bare "27/10" without a weekday before its bracket is no date (a score,
 * a fraction, a resolution number). */
static const char *numeric_date(ctx *c, size_t s) {
  static const char *const weekdays[] = {"senin", "selasa", "rabu",  "kamis", "jumat",
                                         "jum'at", "sabtu", "minggu", "ahad"};
  const kabar_sentence *se = &c->doc->sentences[s];
  int doc_year = c->doc->date[0] ? atoi(c->doc->date) : 0;
  for (size_t t = se->tok_begin + 1; t + 1 < se->tok_end; t++) {
    if (!(tok_flags(c, t) & KABAR_TOK_NUMBER) || !tok_is(c, t - 1, "(") || !tok_is(c, t + 1, ")"))
      continue;
    char iso[11];
    int full = kabar_parse_numeric_date(tok_norm(c, t), 0, iso);
    int weekday = 0;
    for (size_t i = 0; t >= se->tok_begin + 2 && i < sizeof weekdays / sizeof *weekdays; i++)
      weekday |= tok_is(c, t - 2, weekdays[i]);
    if (!full && !(weekday && kabar_parse_numeric_date(tok_norm(c, t), doc_year, iso)))
      continue;
    const char *date = kabar_arena_strdup(c->arena, iso);
    return date ? date : (ex_out_of_memory(c), NULL);
  }
  return NULL;
}

const char *ex_mention_date(ctx *c, size_t s) {
  const char *date = numeric_date(c, s);
  if (!date && !c->failed)
    date = ex_sentence_date(c, s);
  if (!date && !c->failed && c->doc->date[0]) {
    date = kabar_arena_strdup(c->arena, c->doc->date);
    if (!date)
      ex_out_of_memory(c);
  }
  return date;
}

const char *ex_sentence_date(ctx *c, size_t s) {
  static const char *const months[] = {"januari", "februari", "maret",     "april",
                                       "mei",     "juni",     "juli",      "agustus",
                                       "september", "oktober", "november", "desember"};
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t t = se->tok_begin; t < se->tok_end; t++) {
    const char *n = tok_norm(c, t);
    if (!(tok_flags(c, t) & KABAR_TOK_NUMBER) || !ex_is_year(n))
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
    const char *date = kabar_arena_strdup(c->arena, buf);
    return date ? date : (ex_out_of_memory(c), NULL);
  }
  return NULL;
}
