/* SPDX-License-Identifier: MIT */
/* The status of a fact mention: asserted, alleged, denied, planned or
 * negated, from the cue words around it, and who claims it. */
#include "internal.h"

int ex_relation_is_hostile_act(kabar_relation rel) {
  return rel == KABAR_REL_ATTACKED || rel == KABAR_REL_ANNEXED || rel == KABAR_REL_VIOLATED ||
         rel == KABAR_REL_DEPLOYED_TROOPS_TO || rel == KABAR_REL_SUPPLIED_ARMS_TO;
}

/* Whether d (or its state) is a party of the fact. */
static int is_party(ctx *c, size_t d, const arg *subj, const arg *obj) {
  size_t sd = ex_state_of(c, d);
  const arg *both[2] = {subj, obj};
  for (int i = 0; i < 2; i++)
    for (size_t q = 0; both[i] && q < both[i]->n; q++) {
      size_t x = both[i]->d[q];
      if (x == d || (sd != NONE && ex_state_of(c, x) == sd))
        return 1;
    }
  return 0;
}

/* Whether t lies in a sentence's opening subordinate clause ("Sejak kedua
 * negara menandatangani ..., X ...") and k after it: background the rest of
 * the sentence's report does not reach. */
static int in_opening_clause(ctx *c, size_t s, size_t t, size_t k) {
  static const char *const openers[] = {"sejak", "setelah", "sebelum", "ketika", "saat",
                                         "meskipun", "walaupun", "karena", "sementara"};
  size_t sb = c->doc->sentences[s].tok_begin;
  int opens = 0;
  for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++)
    opens |= tok_is(c, sb, openers[i]);
  if (!opens)
    return 0;
  for (size_t q = sb; q < k; q++)
    if (tok_is(c, q, ","))
      return t < q;
  return 0;
}

/* Whether a negation stands right before token k ("tidak secara tegas menyangkal"). */
/* Whether tokens [a, b) are adverbs only ("sudah pernah", "dua kali"). */
static int adverbs_only(const ctx *c, size_t a, size_t b) {
  for (size_t q = a; q < b; q++)
    if (!(c->wcat[q] & W_SKIP) && !(q + 1 < b && ex_times_count(c, q)))
      return 0;
  return 1;
}

/* Whether the nearest claim or denial before the conjunction at k took a
 * plain object, no clause: no "bahwa" and no other verb between them
 * ("mengklaim Kashmir | dan", not "menuduh Rusia mempersenjatai ... | dan"). */
static int claim_of_plain_object(ctx *c, size_t sb, size_t k) {
  for (size_t q = k; q-- > sb;) {
    if (ex_is_boundary(c, q) || tok_is(c, q, "bahwa"))
      return 0;
    const kabar_status_cue *sc = c->ment_at[q] == NONE ? status_at(c, q) : NULL;
    if (sc && sc->after && (sc->kind == SC_ALLEGED || sc->kind == SC_DENIED))
      return 1;
    if (c->ment_at[q] == NONE && ex_is_verb_word(c, q))
      return 0;
  }
  return 0;
}

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

/* The denial that governs the claim noun at k ("membantah tuduhan",
 * "menolak tudingan"), or NONE. */
static size_t denial_before(ctx *c, size_t sb, size_t k) {
  size_t q = k;
  while (q > sb && (c->wcat[q - 1] & W_SKIP))
    q--;
  if (q == sb || c->ment_at[q - 1] != NONE)
    return NONE;
  q--;
  const kabar_status_cue *sc = status_at(c, q);
  if (sc && sc->kind == SC_DENIED && !negated_before(c, sb, q))
    return q;
  if (c->root[q] && c->morph[q].form == KABAR_FORM_ACTIVE && strcmp(c->morph[q].root, "tolak") == 0)
    return q;
  return NONE;
}

/* Whether the verb at k takes the act after it as its object, so that a
 * negation before k is the verb's ("tidak pernah mengakui aneksasi ..."):
 * not a light verb, whose object is the act itself ("tidak melakukan
 * invasi"), a verb of giving or sending, or a modal ("tidak bisa"). */
static int governs_act(ctx *c, size_t k) {
  static const char *const modal[] = {"bisa", "dapat", "mampu", "boleh", "harus", "perlu", "mau",
                                      "berani", "sempat", "pernah", "lagi"};
  if (!ex_is_verb_word(c, k) || (c->wcat[k] & (W_LIGHT | W_SKIP)))
    return 0;
  for (size_t i = 0; i < sizeof modal / sizeof modal[0]; i++)
    if (tok_is(c, k, modal[i]))
      return 0;
  if (c->root[k] && (strcmp(c->morph[k].root, "beri") == 0 || strcmp(c->morph[k].root, "kirim") == 0))
    return 0;
  return c->morph[k].form == KABAR_FORM_ACTIVE || c->morph[k].form == KABAR_FORM_PASSIVE;
}

status_ctx ex_fact_status(ctx *c, size_t s, size_t t, size_t subj_pos, int noun,
                       const arg *subj, const arg *obj) {
  status_ctx r = {KABAR_FS_ASSERTED, NONE, 0, NONE, 0};
  size_t sb = c->doc->sentences[s].tok_begin;
  /* before the trigger, in its clause */
  size_t lo = t > sb + 8 ? t - 8 : sb;
  if (subj_pos != NONE && subj_pos < lo)
    lo = subj_pos;
  int skipped = 0;
  int governed = 0; /* a verb between: "tidak pernah mengakui aneksasi Krimea" negates the verb */
  /* "mencegah Rusia dan Jepang menandatangani ...": the verb whose object
   * acts here governs the act from before its object */
  size_t cl = ex_clause_at(c, s, t), controller = NONE;
  if (cl != NONE && cl > c->sents[s].c_begin && c->clauses[cl].subj_how == CS_CONTROL)
    controller = c->clauses[cl - 1].pred;
  int commas = 0;
  for (size_t k = t; k-- > lo;) {
    /* "mendesak Bangladesh agar mengakhiri perseteruan, pada hari pertama
     * kunjungannya ke Bangladesh": a noun in an adjunct after a comma is
     * not governed by what comes before it */
    if (tok_is(c, k, ",") && noun && !commas++ && k + 1 < t && (c->wcat[k + 1] & W_PREP))
      break;
    if (ex_is_boundary(c, k)) {
      /* "mendesak China agar mengecam ...": a purpose is not yet a fact */
      if (status_at(c, k) && status_at(c, k)->kind == SC_NONE && !status_at(c, k)->after)
        r.cancel = 1;
      /* "jika mereka ikut bertempur": a condition is not yet a fact */
      if ((tok_is(c, k, "jika") || tok_is(c, k, "apabila") || tok_is(c, k, "bila") ||
           tok_is(c, k, "kalau")) && r.status == KABAR_FS_ASSERTED)
        r.status = KABAR_FS_PLANNED;
      /* "Putin akan membahas ... ketika ia mengunjungi negara itu": the time
       * of a planned act is to come too */
      if ((tok_is(c, k, "ketika") || tok_is(c, k, "saat") || tok_is(c, k, "selama")) &&
          r.status == KABAR_FS_ASSERTED)
        for (size_t q = k; q-- > sb && q + 16 > k;) {
          if (ex_is_boundary(c, q))
            break;
          const kabar_status_cue *pc = c->ment_at[q] == NONE ? status_at(c, q) : NULL;
          if (pc && !pc->after && pc->kind == SC_PLANNED) {
            r.status = KABAR_FS_PLANNED;
            break;
          }
        }
      break;
    }
    if (c->ment_at[k] != NONE)
      continue;
    if (!noun && t - k <= 2 + (size_t)skipped && c->root[k] && c->morph[k].form == KABAR_FORM_ACTIVE &&
        strcmp(c->morph[k].root, "tolak") == 0)
      r.status = KABAR_FS_NEGATED; /* "China menolak mengecam invasi" */
    const kabar_status_cue *sc = status_at(c, k);
    /* "Iran tidak membantah telah mengirim": what stands before a denial or
     * an accusation qualifies that verb, not the one it governs */
    if (sc && sc->after && (sc->kind == SC_DENIED || sc->kind == SC_ALLEGED))
      break;
    if (sc && !sc->after) {
      if (sc->kind == SC_NONE)
        r.cancel = 1;
      else if (sc->kind == SC_NEGATED) {
        if ((t - k <= 2 + (size_t)skipped && !governed) || k == controller)
          r.status = KABAR_FS_NEGATED;
      } else if (sc->kind == SC_PLANNED && r.status == KABAR_FS_ASSERTED)
        r.status = KABAR_FS_PLANNED;
      else if (sc->kind == SC_ALLEGED && r.status == KABAR_FS_ASSERTED)
        r.status = KABAR_FS_ALLEGED;
    }
    if (c->wcat[k] & W_SKIP)
      skipped++;
    if (!sc && governs_act(c, k))
      governed = 1;
  }
  /* "menurut laporan", "menurut sumber intelijen": hearsay, wherever it
   * stands; "menurut Inggris": a state's word about others */
  const kabar_sentence *sen = &c->doc->sentences[s];
  for (size_t k = sen->tok_begin; k + 1 < sen->tok_end; k++) {
    if (!(c->wcat[k] & W_REPORT_PREP) || r.status != KABAR_FS_ASSERTED ||
        in_opening_clause(c, s, t, k))
      continue;
    if (c->wcat[k + 1] & W_HEARSAY)
      r.status = KABAR_FS_ALLEGED;
    else if (c->ment_at[k + 1] != NONE && c->ments[c->ment_at[k + 1]].n_dent) {
      /* a state, a body or a person outside the fact ("menurut kementerian
       * itu", "menurut NATO") */
      size_t who = c->ments[c->ment_at[k + 1]].dent[0];
      const dent *w = &c->dents[who];
      if ((w->type == KABAR_ENT_STATE || w->type == KABAR_ENT_ORGANIZATION ||
           w->type == KABAR_ENT_PERSON) &&
          !is_party(c, who, subj, obj)) {
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
  int complement = 0; /* a "bahwa" stands between the cue and the trigger */
  for (size_t k = t; k-- > sb;) {
    if (ex_is_boundary(c, k) && !tok_is(c, k, "bahwa"))
      break;
    complement |= tok_is(c, k, "bahwa");
    /* "Filipina mengklaim Sabah, dan Jakarta memprotes ...": before the
     * trigger's own subject, a comma or a conjunction ends its clause */
    if (!complement && subj_pos != NONE && k < subj_pos &&
        (tok_is(c, k, ",") || (c->wcat[k] & W_CONJ)))
      break;
    /* "Keduanya mengklaim Kashmir dan sudah pernah berperang": a verb
     * joined by "dan" with only adverbs between is a deed of its own */
    if (!complement && !noun && (c->wcat[k] & W_CONJ) && adverbs_only(c, k + 1, t) &&
        claim_of_plain_object(c, sb, k))
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
      size_t denial = sc->kind == SC_ALLEGED ? denial_before(c, sb, k) : NONE;
      if (denial != NONE) {
        /* "membantah tuduhan bahwa ...": the claim is denied, by the denier */
        r.status = KABAR_FS_DENIED;
        k = denial;
      }
      arg who;
      int passive_cue = c->root[k] ? c->morph[k].form == KABAR_FORM_PASSIVE
                                   : strncmp(tok_norm(c, k), "di", 2) == 0;
      if (passive_cue) {
        /* "diduga", "dituduh oleh X": the claimant is X or nobody named */
        if (k + 2 < t && tok_is(c, k + 1, "oleh") && c->ment_at[k + 2] != NONE) {
          ex_resolve_arg(c, c->ment_at[k + 2], TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) |
                                                TYPE_BIT(KABAR_ENT_ORGANIZATION), 0, &who);
          r.claimant = first_dent(&who);
        }
      } else if (ex_find_subject(c, s, k, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON) |
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
      /* "mengungkapkan kekecewaannya atas tindakan Amerika Serikat menjual
       * senjata": a stance on an act takes the act as done, no claim */
      int stance = 0;
      for (size_t q = k + 1; q < t && !tok_is(c, q, "bahwa"); q++)
        stance |= tok_is(c, q, "atas") || tok_is(c, q, "terhadap");
      if (stance)
        return r;
      arg who;
      if (!ex_find_subject(c, s, k, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_ORGANIZATION) |
                                     TYPE_BIT(KABAR_ENT_PERSON), 0, &who))
        continue;
      /* a claim by a party outside the fact is an allegation */
      size_t sp = ex_state_of(c, who.d[0]);
      int party = 0, acting = 0;
      const arg *both[2] = {subj, obj};
      for (int i = 0; i < 2; i++)
        for (size_t q = 0; both[i] && q < both[i]->n; q++) {
          size_t x = both[i]->d[q];
          int same = x == who.d[0] || (sp != NONE && ex_state_of(c, x) == sp);
          party |= same;
          acting |= same && i == 0;
        }
      if (party && !acting && who.pos < k) {
        r.reporter = who.d[0];
        r.victim_reports = 1;
        return r;
      }
      if (!party && who.pos < k && c->dents[who.d[0]].type == KABAR_ENT_STATE) {
        r.status = KABAR_FS_ALLEGED;
        r.claimant = who.d[0];
      } else if (!party && who.pos < k && c->dents[who.d[0]].type == KABAR_ENT_PERSON) {
        r.reporter = who.d[0];
      }
      return r;
    }
  }
  return r;
}
