/* SPDX-License-Identifier: MIT */
/* Relation frames (data/frames/frames.tsv) matched on the phrase and clause
 * layers: each phrase whose head starts a frame states the frame's relation
 * in the constructions the frame lists, between the slots the phrase and its
 * clause have filled. No token is read here that the layers did not read. */
#include "internal.h"

/* The relation a frame states through phrase p, or KABAR_REL__COUNT. */
static kabar_relation frame_relation(const phrase *p, const kabar_frame *f, const dent *object) {
  if (!f->role)
    return f->relation;
  if (!p->role)
    return KABAR_REL__COUNT;
  kabar_relation r = p->role->relation;
  if (r == KABAR_REL_AFFILIATED_WITH && object && object->type == KABAR_ENT_STATE)
    r = KABAR_REL_OFFICIAL_OF;
  return r;
}

static unsigned arg_flags(const kabar_frame *f) { return (f->flags & FF_STATE) ? RC_STATE : 0; }

/* The status of a fact stated by phrase p: its clause's negation, else what
 * the cue words around it say. */
static status_ctx phrase_status(ctx *c, size_t s, const phrase *p, const arg *subj, const arg *obj) {
  const clause *cl = p->clause != NONE ? &c->clauses[p->clause] : NULL;
  if (p->slot == PS_APPOSITION) {
    /* "meminta Rusia menekan sekutunya, Iran": an apposition is the
     * writer's description, outside what the clause around it requests or
     * plans */
    status_ctx own = {KABAR_FS_ASSERTED, NONE, 0, NONE, 0};
    return own;
  }
  if (p->slot == PS_PREDICATE && cl && cl->subj_how == CS_RELATIVE) {
    /* "meminta Tiongkok, yang bukan anggota ASEAN, untuk ...": what governs
     * the sentence does not reach into a relative clause */
    status_ctx own = {cl->negated ? KABAR_FS_NEGATED : KABAR_FS_ASSERTED, NONE, 0, NONE, 0};
    return own;
  }
  status_ctx st = ex_fact_status(c, s, p->tb, subj->pos, 1, subj, obj);
  if (p->slot == PS_PREDICATE && p->clause != NONE && c->clauses[p->clause].negated)
    st.status = KABAR_FS_NEGATED;
  /* "Perjanjian Logistik Militer AS-India belum rampung", "Perjanjian X
   * akan ditandatangani": an agreement that is its clause's subject and is
   * not yet made is planned */
  if (cl && cl->subj_m != NONE && cl->subj_m == c->ment_at[p->tb] && st.status == KABAR_FS_ASSERTED &&
      c->ments[cl->subj_m].n_dent && c->dents[c->ments[cl->subj_m].dent[0]].type == KABAR_ENT_AGREEMENT)
    for (size_t k = c->ments[cl->subj_m].te;
         k < (cl->pred != NONE ? cl->pred : cl->te) && k < c->ments[cl->subj_m].te + 3; k++)
      if (tok_is(c, k, "belum") || tok_is(c, k, "akan"))
        st.status = KABAR_FS_PLANNED;
  /* "negara-negara non-ICC seperti Arab Saudi dan Mesir": no members */
  if (p->gen_m != NONE && strncmp(tok_norm(c, c->ments[p->gen_m].tb), "non-", 4) == 0)
    st.status = KABAR_FS_NEGATED;
  return st;
}

/* Each of subj REL each of obj (for a role, the relation depends on the object). */
static kabar_status emit_all(ctx *c, size_t s, const phrase *p, const kabar_frame *f, const arg *subj,
                             const arg *obj) {
  if (!subj->n || !obj->n)
    return KABAR_OK;
  status_ctx st = phrase_status(c, s, p, subj, obj);
  if (st.cancel)
    return KABAR_OK;
  for (size_t i = 0; i < subj->n; i++)
    for (size_t j = 0; j < obj->n; j++) {
      kabar_relation r = frame_relation(p, f, &c->dents[obj->d[j]]);
      if (r == KABAR_REL__COUNT)
        continue;
      /* "Tiongkok adalah pembeli terbesar minyak Sudan": Sudan exports */
      int inverse = (f->flags & FF_INVERSE) != 0;
      kabar_status rc = ex_add_fact(c, s, inverse ? obj->d[j] : subj->d[i], r,
                                    inverse ? subj->d[i] : obj->d[j], st.status, st.claimant);
      if (rc)
        return rc;
      /* "Narciso Ramos (menteri luar negeri Filipina)": the state he serves,
       * for the rules that let an official stand for it */
      dent *person = &c->dents[subj->d[i]];
      if (f->role && person->type == KABAR_ENT_PERSON && person->state == NONE &&
          c->dents[obj->d[j]].type == KABAR_ENT_STATE && st.status == KABAR_FS_ASSERTED)
        person->state = obj->d[j];
    }
  return KABAR_OK;
}

/* The members of one argument with each other (the first with the rest for
 * a relation that is not symmetric). */
static kabar_status emit_pairs(ctx *c, size_t s, const phrase *p, const kabar_frame *f, const arg *a) {
  if (a->n < 2)
    return KABAR_OK;
  status_ctx st = phrase_status(c, s, p, a, a);
  if (st.cancel)
    return KABAR_OK;
  int sym = kabar_relation_is_symmetric(f->relation);
  for (size_t i = 0; i < a->n; i++)
    for (size_t j = i + 1; j < a->n && (sym || i == 0); j++) {
      kabar_status rc = ex_add_fact(c, s, a->d[i], f->relation, a->d[j], st.status, st.claimant);
      if (rc)
        return rc;
    }
  return KABAR_OK;
}

/* What mention m alone refers to: an apposition describes one name, not
 * the list it ends ("China dan Uni Soviet (juga anggota PBB)"). */
static void resolve_one(ctx *c, size_t m, unsigned types, unsigned flags, arg *out) {
  const ment *mm = &c->ments[m];
  out->n = 0;
  out->pos = mm->tb;
  for (size_t k = 0; k < mm->n_dent && out->n < MAX_ARGS; k++) {
    size_t d = ex_fit(c, mm->dent[k], types, flags, mm);
    if (d != NONE)
      out->d[out->n++] = d;
  }
}

static void resolve(ctx *c, size_t m, unsigned types, unsigned flags, arg *out) {
  out->n = 0;
  out->pos = NONE;
  if (m != NONE)
    ex_resolve_arg(c, m, types, flags, out);
}

/* "Jepang dan India menjadi anggota Quad bersama dengan AS dan Australia":
 * the ones "bersama (dengan)" after the predicate's genitive share the
 * subject's part. */
static void companions_after(ctx *c, size_t s, const phrase *p, unsigned types, unsigned fl, arg *subj) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t q = p->gen_m != NONE ? ex_group_end(c, p->gen_m) : p->te;
  if (p->gen_m != NONE && p->gen_te > q)
    q = p->gen_te;
  if (q + 1 >= end || !tok_is(c, q, "bersama"))
    return;
  q++;
  if (q < end && tok_is(c, q, "dengan"))
    q++;
  if (q >= end || c->ment_at[q] == NONE)
    return;
  arg more;
  resolve(c, c->ment_at[q], types, fl, &more);
  for (size_t i = 0; i < more.n && subj->n < MAX_ARGS; i++)
    subj->d[subj->n++] = more.d[i];
}

/* The genitive of phrase p. After a title the state's name refers to the
 * person who holds it ("Presiden Rusia" is Putin), but a title that is a
 * predicate names the office: "terpilih menjadi Presiden Rusia" is of Rusia. */
static void resolve_genitive(ctx *c, const phrase *p, unsigned types, unsigned flags, arg *out) {
  size_t m = p->gen_m;
  const kabar_lex_entity *le;
  if (m != NONE && c->ments[m].kind == MK_ROLEREF &&
      match_entity(c, c->ments[m].tb, c->ments[m].te, &le) == c->ments[m].te - c->ments[m].tb &&
      le->type != KABAR_ENT_PERSON) {
    size_t d = ex_lex_dent(c, le);
    out->n = 0;
    out->pos = c->ments[m].tb;
    if (d != NONE && (d = ex_fit(c, d, types, flags, &c->ments[m])) != NONE)
      out->d[out->n++] = d;
    return;
  }
  if (m != NONE && p->gen_alone) {
    /* the members up to the next title: each resolved on its own */
    resolve_one(c, m, types, flags, out);
    for (size_t i = m + 1; i < c->n_ments && c->ments[i].te <= p->gen_te; i++) {
      arg one;
      if (c->ments[i].group != c->ments[m].group)
        continue;
      resolve_one(c, i, types, flags, &one);
      for (size_t k = 0; k < one.n && out->n < MAX_ARGS; k++)
        out->d[out->n++] = one.d[k];
    }
  } else
    resolve(c, m, types, flags, out);
}

/* Whether every mention of m's coordination group names a state: "kerja
 * sama Australia, Inggris dan Amerika Serikat", not "kerja sama Menteri ..." */
static int group_all_states(const ctx *c, size_t s, size_t m) {
  const ment *mm = &c->ments[m];
  const sent_info *si = &c->sents[s];
  for (size_t i = si->m_begin; i < si->m_end; i++) {
    const ment *x = &c->ments[i];
    if ((i == m || (mm->group != NONE && x->group == mm->group)) &&
        (!x->n_dent || c->dents[x->dent[0]].type != KABAR_ENT_STATE))
      return 0;
  }
  return 1;
}

/* The agreement phrase p names: its own name ("Perjanjian Jepang-Korea
 * 1905"), or the name it describes as a predicate or apposition
 * ("Perjanjian Shimoda adalah perjanjian resmi pertama Rusia-Jepang"). */
static size_t phrase_agreement(const ctx *c, const phrase *p, size_t referent) {
  size_t m = c->ment_at[p->tb];
  if (m == NONE || c->ments[m].tb != p->tb)
    m = referent;
  if (m == NONE || !c->ments[m].n_dent)
    return NONE;
  size_t d = c->ments[m].dent[0];
  return c->dents[d].type == KABAR_ENT_AGREEMENT ? d : NONE;
}

/* The states after an agreement's head, or "antara" it, are its parties. */
static kabar_status emit_agreement_parties(ctx *c, size_t s, const phrase *p,
                                           const kabar_frame *f, size_t referent) {
  size_t agreement = phrase_agreement(c, p, referent);
  if (agreement == NONE)
    return KABAR_OK;
  unsigned fl = arg_flags(f);
  arg parties, more, obj = {{agreement}, 1, p->tb, 0};
  if (p->between_m != NONE) {
    resolve(c, p->between_m, f->subject_types, fl, &parties);
    resolve(c, p->between_m2, f->subject_types, fl, &more);
    for (size_t i = 0; i < more.n && parties.n < MAX_ARGS; i++)
      parties.d[parties.n++] = more.d[i];
  } else {
    const ment *g = p->gen_m != NONE ? &c->ments[p->gen_m] : NULL;
    if (g && g->n_dent && c->dents[g->dent[0]].type == KABAR_ENT_PLACE)
      return KABAR_OK; /* "Perjanjian perdamaian Minsk": where it was made, not who */
    resolve(c, p->gen_m, f->subject_types, fl, &parties);
    /* "Perjanjian Aljazair" (Ethiopia and Eritrea's), "Traktat London": one
     * state in a treaty's name is where it was made; two or more are its
     * parties ("Perjanjian Jepang-Korea 1905") */
    size_t own = c->ment_at[p->tb]; /* the phrase names the treaty itself */
    if (parties.n == 1 && g && g->group == NONE && g->n_dent == 1 &&
        !c->dents[agreement].unnamed && own != NONE && c->ments[own].tb == p->tb &&
        c->ments[own].kind == MK_NAME)
      return KABAR_OK;
  }
  return emit_all(c, s, p, f, &parties, &obj);
}

/* "X menjabat sebagai Menteri Luar Negeri pada Kabinet Natsir", "Sudarsono,
 * mantan Menteri Dalam Negeri pada Kabinet Sjahrir II": an office held in a
 * cabinet makes its holder one of the cabinet's members. */
static kabar_status emit_cabinet(ctx *c, size_t s, const phrase *p, const kabar_frame *f,
                                 const arg *holders) {
  size_t end = c->doc->sentences[s].tok_end, q = p->te;
  if (q < end && ex_is_roman_numeral(c, q))
    q++; /* "Wakil Perdana Menteri I pada Kabinet Ali Sastroamidjojo II" */
  if (q + 1 >= end || !(c->gcat[q] & G_IN_BODY) || !(c->gcat[q + 1] & G_CABINET))
    return KABAR_OK;
  size_t m = c->ment_at[q + 1];
  if (m == NONE || c->ments[m].tb != q + 1 || c->ments[m].kind != MK_NAME || !c->ments[m].n_dent ||
      c->dents[c->ments[m].dent[0]].type != KABAR_ENT_ORGANIZATION)
    return KABAR_OK;
  arg cabinet = {{c->ments[m].dent[0]}, 1, q + 1, 0};
  status_ctx st = phrase_status(c, s, p, holders, &cabinet);
  if (st.cancel)
    return KABAR_OK;
  (void)f;
  for (size_t i = 0; i < holders->n; i++) {
    kabar_status rc = ex_add_fact(c, s, holders->d[i], KABAR_REL_MEMBER_OF, cabinet.d[0],
                                  st.status, st.claimant);
    if (rc)
      return rc;
  }
  return KABAR_OK;
}

/* Whether phrase p is what an act is aimed at ("menjatuhkan sanksi terhadap
 * lebih dari 30 pejabat, termasuk ..."): past a count, "terhadap", "atas",
 * "kepada" or "pada" before it. The people it lists are then not the
 * subject's own. */
static int target_of_act(const ctx *c, size_t s, const phrase *p) {
  size_t sb = c->doc->sentences[s].tok_begin, q = p->tb;
  while (q > sb && q + 6 > p->tb &&
         ((tok_flags(c, q - 1) & KABAR_TOK_NUMBER) || tok_is(c, q - 1, "lebih") ||
          tok_is(c, q - 1, "dari") || tok_is(c, q - 1, "kurang") || tok_is(c, q - 1, "sekitar") ||
          tok_is(c, q - 1, "para") || tok_is(c, q - 1, "beberapa") || tok_is(c, q - 1, "sejumlah")))
    q--;
  return q > sb && (tok_is(c, q - 1, "terhadap") || tok_is(c, q - 1, "atas") ||
                    tok_is(c, q - 1, "kepada") || tok_is(c, q - 1, "pada"));
}

/* Whether phrase p, an office, opens an item of a biography's list of
 * offices ("- Menteri Luar Negeri pada Kabinet Natsir (1950-1951)"): first
 * in its sentence past a bullet, in a clause with no predicate, and no
 * person named in the sentence. Its holder is the article's subject. */
static int listed_office(const ctx *c, size_t s, const phrase *p) {
  const kabar_sentence *se = &c->doc->sentences[s];
  if (c->article_subject == NONE || p->clause == NONE || c->clauses[p->clause].pred != NONE)
    return 0;
  size_t q = se->tok_begin;
  while (q < p->tb && (tok_is(c, q, "-") || tok_is(c, q, "\u2022") || tok_is(c, q, "*")))
    q++;
  if (q != p->tb)
    return 0;
  for (size_t m = c->sents[s].m_begin; m < c->sents[s].m_end; m++)
    if (c->ments[m].n_dent && c->dents[c->ments[m].dent[0]].type == KABAR_ENT_PERSON)
      return 0;
  return 1;
}

static kabar_status match_frame(ctx *c, size_t s, const phrase *p, const kabar_frame *f) {
  unsigned fl = arg_flags(f);
  kabar_status rc = KABAR_OK;
  arg subj, obj;
  size_t referent = ex_phrase_referent(c, p);
  int copula = p->slot == PS_PREDICATE && (f->constructions & FC_COPULA);
  int appos = p->slot == PS_APPOSITION && (f->constructions & FC_APPOS);
  if ((copula || appos) && referent != NONE) {
    if (appos && !p->appos_all)
      resolve_one(c, referent, f->subject_types, fl, &subj);
    else
      resolve(c, referent, f->subject_types, fl, &subj);
    resolve_genitive(c, p, f->object_types, fl, &obj);
    if (copula && !f->role)
      companions_after(c, s, p, f->subject_types, fl, &subj);
    if (!f->role || subj.n == 0 || c->dents[subj.d[0]].type == KABAR_ENT_PERSON)
      rc = emit_all(c, s, p, f, &subj, &obj);
    /* "Washington dan Ankara, dua sekutu dalam NATO": states counted as
     * allies in a body are allies of each other */
    if (rc == KABAR_OK && appos && p->appos_all && f->relation == KABAR_REL_MEMBER_OF &&
        (c->gcat[p->tb] & G_ALLY)) {
      arg states;
      resolve(c, referent, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, &states);
      status_ctx st = phrase_status(c, s, p, &states, &states);
      for (size_t i = 0; i < states.n && !st.cancel && rc == KABAR_OK; i++)
        for (size_t j = i + 1; j < states.n && rc == KABAR_OK; j++)
          rc = ex_add_fact(c, s, states.d[i], KABAR_REL_ALLIED_WITH, states.d[j], st.status, st.claimant);
    }
    if (rc == KABAR_OK && f->role && subj.n && c->dents[subj.d[0]].type == KABAR_ENT_PERSON)
      rc = emit_cabinet(c, s, p, f, &subj);
  } else if (f->role && p->slot == PS_OTHER && referent == NONE && listed_office(c, s, p)) {
    subj.d[0] = c->article_subject;
    subj.n = 1;
    subj.pos = p->tb;
    resolve_genitive(c, p, f->object_types, fl, &obj);
    rc = emit_all(c, s, p, f, &subj, &obj);
    if (rc == KABAR_OK)
      rc = emit_cabinet(c, s, p, f, &subj);
  }
  if (rc == KABAR_OK && (f->constructions & FC_INCLUDES) && p->list_m != NONE) {
    /* with no genitive, the members are the clause subject's */
    size_t owner = p->gen_m;
    if (owner == NONE && p->clause != NONE && !target_of_act(c, s, p))
      owner = c->clauses[p->clause].subj_m;
    resolve(c, p->list_m, f->subject_types, fl, &subj);
    resolve(c, owner, f->object_types, fl, &obj);
    rc = emit_all(c, s, p, f, &subj, &obj);
  }
  if (rc == KABAR_OK && (f->constructions & FC_BETWEEN) && p->between_m != NONE) {
    resolve(c, p->between_m, f->subject_types | f->object_types, fl, &subj);
    if (p->between_m2 != NONE) {
      resolve(c, p->between_m2, f->subject_types | f->object_types, fl, &obj);
      for (size_t i = 0; i < obj.n && subj.n < MAX_ARGS; i++)
        subj.d[subj.n++] = obj.d[i];
    }
    rc = emit_pairs(c, s, p, f, &subj);
  }
  if (rc == KABAR_OK && (f->constructions & FC_PAIR) && p->gen_m != NONE && p->between_m == NONE &&
      p->slot != PS_PREDICATE) {
    resolve(c, p->gen_m, TYPE_BIT(KABAR_ENT_STATE), 0, &subj);
    if (group_all_states(c, s, p->gen_m))
      rc = emit_pairs(c, s, p, f, &subj);
  }
  if (rc == KABAR_OK && (f->constructions & FC_PARTIES))
    rc = emit_agreement_parties(c, s, p, f, referent);
  if (rc == KABAR_OK && (f->constructions & FC_MEMBERS) && p->gen_m != NONE && p->clause != NONE) {
    /* "ASEAN ... terdiri dari A, B, dan C", "organisasi yang beranggotakan A
     * dan B": the names after the head are members of the clause's subject */
    resolve(c, p->gen_m, f->subject_types, fl, &subj);
    resolve(c, c->clauses[p->clause].subj_m, f->object_types, fl, &obj);
    rc = emit_all(c, s, p, f, &subj, &obj);
  }
  return rc;
}

kabar_status ex_frames_sentence(ctx *c, size_t s) {
  const sent_info *si = &c->sents[s];
  for (size_t i = si->p_begin; i < si->p_end; i++) {
    const phrase *p = &c->phrases[i];
    for (size_t k = 0; k < p->n_frames; k++) {
      c->why = p->frames[k]->name;
      kabar_status rc = match_frame(c, s, p, p->frames[k]);
      if (rc)
        return rc;
    }
  }
  return KABAR_OK;
}
