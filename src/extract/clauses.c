/* SPDX-License-Identifier: MIT */
/* The clause layer: a sentence split into clauses, each with its predicate
 * (a verb group, a copula or a role verb such as "menjabat sebagai"), its
 * negation, its subject, its direct object and its prepositional phrases.
 *
 * Passes after this one read the clauses and do not look for subjects
 * again: a relative "yang" clause takes the name it modifies as subject, and
 * a clause joined by "dan", "lalu", "kemudian" ... with no subject of its own
 * keeps the one before ("Vietnam menyerbu Kamboja dan kemudian menduduki
 * Phnom Penh"). One pass over the sentence's tokens, one over its clauses. */
#include "internal.h"

/* The depth of parentheses after token t, given the depth before it. */
static int paren_depth(const ctx *c, size_t t, int depth) {
  if (tok_is(c, t, "("))
    return depth + 1;
  if (tok_is(c, t, ")") && depth)
    return depth - 1;
  return depth;
}

/* Whether t is a verb: a cue verb, or a word with a verbal prefix. */
static int verb_at(ctx *c, size_t t) {
  return !(c->gcat[t] & (G_COPULA | G_ROLE_VERB)) && ex_is_verb_word(c, t);
}

static unsigned verb_voice(const ctx *c, size_t t) {
  if (c->root[t])
    return c->morph[t].form;
  const char *n = tok_norm(c, t);
  if (strncmp(n, "di", 2) == 0)
    return KABAR_FORM_PASSIVE;
  if (strncmp(n, "ber", 3) == 0)
    return KABAR_FORM_BER;
  if (strncmp(n, "ter", 3) == 0)
    return KABAR_FORM_TER;
  return KABAR_FORM_ACTIVE;
}

/* Whether a clause starts at t: a subordinator, a relative "yang", or a
 * word that joins a new verb ("dan kemudian menduduki"). Sets *how. */
static int clause_starts(ctx *c, size_t t, size_t end, unsigned *how) {
  if (c->gcat[t] & G_CARRY) {
    size_t q = t + 1;
    while (q < end && ((c->wcat[q] & W_SKIP) || (c->gcat[q] & (G_CARRY | G_NEGATION))))
      q++; /* "untuk tidak mendukung" */
    if (q < end && (verb_at(c, q) || (c->gcat[q] & (G_COPULA | G_ROLE_VERB)))) {
      *how = CS_CARRIED;
      return 1;
    }
  }
  /* "Pemerintahan Sementara Republik Prancis": a capitalised word inside a
   * sentence is part of a name, not a conjunction */
  if ((c->wcat[t] & (W_BOUNDARY | W_RELATIVE)) &&
      !((tok_flags(c, t) & KABAR_TOK_CAP) && t > 0 && (tok_flags(c, t - 1) & KABAR_TOK_CAP) &&
        !c->title_case)) {
    *how = (c->wcat[t] & W_RELATIVE) ? CS_RELATIVE : CS_NONE;
    return 1;
  }
  return 0;
}

/* Whether a plain lower-case word stands right before the relative clause
 * cl: "organisasi antarpemerintah yang terdiri dari ...". */
static int plain_noun_before(const ctx *c, const clause *cl) {
  size_t q = cl->tb;
  return q > 0 && c->ment_at[q - 1] == NONE && (tok_flags(c, q - 1) & KABAR_TOK_WORD) &&
         !(tok_flags(c, q - 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER));
}

/* Whether the comma at t separates members of one coordination ("terdiri
 * dari Brasil, Rusia, dan India"). */
static int inside_list(const ctx *c, size_t t) {
  size_t n = t + 1 < c->doc->n_tokens && (c->wcat[t + 1] & W_CONJ) ? t + 2 : t + 1;
  size_t a = c->ment_at[t - 1], b = n < c->doc->n_tokens ? c->ment_at[n] : NONE;
  return a != NONE && b != NONE && c->ments[b].group != NONE && c->ments[b].group <= a;
}

/* The agent of a passive clause: the name right after its verb ("disampaikan
 * Kepala Negara"), or after "oleh" and its titles ("disampaikan oleh
 * Menhan RI, Prabowo Subianto,"); NONE when it is no passive or names none. */
static size_t passive_agent(const ctx *c, const clause *pc) {
  if (pc->pred == NONE || verb_voice(c, pc->pred) != KABAR_FORM_PASSIVE)
    return NONE;
  if (pc->obj_m != NONE)
    return pc->obj_m;
  size_t q = pc->pred_te != NONE && pc->pred_te > pc->pred ? pc->pred_te : pc->pred + 1;
  if (q + 1 >= pc->te || !tok_is(c, q, "oleh"))
    return NONE;
  size_t g = ex_past_title_names(c, q + 1, pc->te);
  if (g + 1 < pc->te && g > q + 1 && tok_is(c, g, ","))
    g++; /* "oleh Menteri Pertahanan RI, Prabowo Subianto" */
  return g < pc->te ? c->ment_at[g] : NONE;
}

/* The closing bracket of a date in brackets at q ("(5/12)", "(21/7)"), or 0. */
static size_t date_bracket_end(const ctx *c, size_t q, size_t end) {
  for (size_t k = q + 1; k < end && k < q + 6; k++) {
    if (tok_is(c, k, ")"))
      return k > q + 1 ? k : 0;
    if (!(tok_flags(c, k) & KABAR_TOK_NUMBER) && !tok_is(c, k, "/"))
      return 0;
  }
  return 0;
}

size_t ex_time_phrase_end(const ctx *c, size_t q, size_t end) {
  size_t k = q;
  if (k + 1 < end && tok_is(c, k, "pada") &&
      ((c->wcat[k + 1] & W_TIME) || (tok_flags(c, k + 1) & KABAR_TOK_NUMBER) || tok_is(c, k + 1, "tanggal")))
    k++;
  size_t words = 0;
  while (k < end && c->ment_at[k] == NONE) {
    if ((c->wcat[k] & W_TIME) || tok_is(c, k, "tanggal") ||
        ((tok_flags(c, k) & KABAR_TOK_NUMBER) && (words || k > q))) {
      words++;
      k++;
      continue;
    }
    size_t close = tok_is(c, k, "(") ? date_bracket_end(c, k, end) : 0;
    if (!close)
      break;
    k = close + 1;
    words++;
  }
  return words ? k : q;
}

/* Whether a name or pronoun at t is followed, past adverbs, by a verb, a
 * copula or a role verb: a clause of its own begins at t. */
static int subject_then_predicate(ctx *c, size_t t, size_t end) {
  size_t rl = t < end && c->ment_at[t] == NONE ? match_role(c, t, end, NULL) : 0;
  t += rl; /* "..., Menlu John Kerry dan Presiden Rusia Vladimir Putin sepakat" */
  while (rl && t < end && c->ment_at[t] != NONE && c->ments[c->ment_at[t]].inner)
    t = c->ments[c->ment_at[t]].te; /* "Perdana Menteri India | Narendra Modi" */
  if (t >= end || c->ment_at[t] == NONE)
    return 0;
  size_t q = ex_group_end(c, c->ment_at[t]);
  int modal = 0;
  for (; q < end; q++) {
    if (ex_before_verb(c, q)) {
      modal |= c->status[q] != NULL; /* "akan", "sepakat", "berjanji untuk" */
      continue;
    }
    /* "Biden hari Kamis (5/12) akan menuju ...", "Merkel pada Senin
     * berbicara ...": when, between the two */
    size_t after_time = ex_time_phrase_end(c, q, end);
    if (after_time == q)
      break;
    q = after_time - 1;
  }
  if (modal && q < end && (c->wcat[q] & W_BOUNDARY))
    return 1; /* "A dan B sepakat bahwa ..." */
  return q < end && c->ment_at[q] == NONE &&
         (verb_at(c, q) || (c->gcat[q] & (G_COPULA | G_ROLE_VERB)));
}

/* "Presiden menjelaskan, Indonesia dan Turki sama-sama anggota OKI": after
 * a reporting verb and a comma, a name opens what was said, a clause of its
 * own even with no verb. */
static int reported_subject(ctx *c, size_t t, size_t end) {
  return t > 0 && t + 1 < end && c->ment_at[t - 1] == NONE && c->root[t - 1] && c->root[t - 1]->report &&
         c->morph[t - 1].form == KABAR_FORM_ACTIVE && c->ment_at[t + 1] != NONE &&
         c->ments[c->ment_at[t + 1]].kind == MK_NAME;
}

/* Whether the active verb at t follows a name that is the direct object
 * of an active verb right before it: "membantu Angola merebut", "mendorong
 * Korea Utara menghentikan". */
static size_t controlled_at(ctx *c, size_t sb, size_t t) {
  if (t < sb + 2 || c->ment_at[t - 1] == NONE || !verb_at(c, t) || verb_voice(c, t) != KABAR_FORM_ACTIVE)
    return NONE;
  const ment *m = &c->ments[c->ment_at[t - 1]];
  /* "mencegah Rusia dan Jepang menandatangani": a coordinated object acts
   * from its first name */
  if (m->group != NONE && ex_group_end(c, m->group) == m->te)
    m = &c->ments[m->group];
  else if (m->group != NONE)
    return NONE;
  if (m->inner || m->tb <= sb || m->phrase_tb != m->tb)
    return NONE;
  size_t v = m->tb - 1;
  return c->ment_at[v] == NONE && verb_at(c, v) && verb_voice(c, v) == KABAR_FORM_ACTIVE ? m->tb : NONE;
}

static kabar_status push_clause(ctx *c, size_t tb, unsigned how) {
  if (kabar_grow((void **)&c->clauses, &c->cap_clauses, c->n_clauses, sizeof *c->clauses) < 0)
    return KABAR_ERR_NOMEM;
  clause *cl = &c->clauses[c->n_clauses++];
  memset(cl, 0, sizeof *cl);
  cl->tb = cl->te = tb;
  cl->pred = cl->pred_te = cl->subj_m = cl->obj_m = NONE;
  cl->subj_how = how;
  return KABAR_OK;
}

/* "Dua anggota baru bergabung dengan SCO, yaitu India dan Pakistan": a
 * counted subject that names no one is the list after "yaitu" at the end of
 * its clause, when nothing counted stands after the predicate to claim the
 * list. The list's first name, or NONE. */
static size_t counted_subject_list(const ctx *c, const clause *cl, size_t end) {
  /* the count opens the clause, or follows a fronted phrase of time
   * ("Pada tahun 2017, dua anggota baru ...") */
  size_t n = cl->tb;
  while (n < cl->pred && !(c->gcat[n] & G_MANY))
    n++;
  if (n == cl->pred || (n > cl->tb && !tok_is(c, n - 1, ",")))
    return NONE;
  for (size_t q = n; q < cl->pred; q++)
    if (c->ment_at[q] != NONE)
      return NONE;
  for (size_t q = cl->pred_te; q + 1 < end; q++) {
    if ((c->gcat[q] & G_MANY) || (q > cl->pred_te && ex_is_boundary(c, q)))
      return NONE; /* "mengunjungi tiga negara, yaitu ...": the object's list */
    if (tok_is(c, q, ",") && q + 1 < end && (tok_is(c, q + 1, "yaitu") || tok_is(c, q + 1, "yakni")))
      q++; /* "..., yaitu India dan Pakistan", also without the comma */
    if (tok_is(c, q, "yaitu") || tok_is(c, q, "yakni")) {
      size_t m = q + 1 < end ? c->ment_at[q + 1] : NONE;
      return m != NONE && c->ments[m].n_dent && c->ments[m].kind == MK_NAME ? m : NONE;
    }
  }
  return NONE;
}

/* Whether mention m may be a subject: a name or reference that is not the
 * inside of a title, not a place after "di", not after a preposition. */
static int subject_like(const ctx *c, size_t sb, size_t m) {
  const ment *mm = &c->ments[m];
  if (mm->inner || mm->locative || !mm->n_dent)
    return 0;
  size_t b = mm->phrase_tb != NONE && mm->phrase_tb < mm->tb ? mm->phrase_tb : mm->tb;
  return b == sb || !(c->wcat[b - 1] & W_PREP);
}

/* The predicate of clause cl and what it is; the subject before it (the
 * sentence is [sb, send)). */
static void read_clause(ctx *c, size_t sb, size_t send, clause *cl) {
  int depth = 0;
  for (size_t t = cl->tb; t < cl->te && cl->pred == NONE; t++) {
    depth = paren_depth(c, t, depth);
    if (depth || c->ment_at[t] != NONE)
      continue;
    size_t len = c->glen[t] ? c->glen[t] : 1;
    if (c->gcat[t] & (G_COPULA | G_ROLE_VERB)) {
      cl->kind = (c->gcat[t] & G_COPULA) ? CL_COPULA : CL_ROLE;
      cl->pred = t;
      cl->pred_te = t + len;
      /* "menjabat sebagai", "terpilih menjadi" */
      while (cl->kind == CL_ROLE && cl->pred_te < cl->te &&
             (c->gcat[cl->pred_te] & (G_AS | G_COPULA)))
        cl->pred_te++;
    } else if (verb_at(c, t)) {
      cl->kind = CL_VERB;
      cl->voice = verb_voice(c, t);
      cl->pred = t;
      cl->pred_te = t + 1;
    }
  }
  /* "Serbia bukan anggota Uni Eropa": a negation before a noun phrase is
   * the predicate of a clause with no verb */
  for (size_t t = cl->tb + 1; cl->pred == NONE && cl->subj_how != CS_RELATIVE && t + 1 < cl->te; t++)
    if ((c->gcat[t] & G_NEGATION) && c->ment_at[t] == NONE && c->ment_at[t - 1] != NONE &&
        (c->first[t + 1] & (FIRST_HEAD | 2))) {
      cl->kind = CL_COPULA;
      cl->pred = t;
      cl->pred_te = t + 1;
    }
  /* "Tiongkok, yang bukan anggota ASEAN", "Swiss, yang juga anggota PBB":
   * a relative clause with no verb is a nominal predicate */
  if (cl->pred == NONE && cl->subj_how == CS_RELATIVE) {
    size_t q = cl->tb + 1;
    while (q < cl->te && ((c->wcat[q] & W_SKIP) || (c->gcat[q] & G_NEGATION)))
      q++;
    cl->kind = CL_COPULA;
    cl->pred = cl->tb;
    cl->pred_te = q;
  }
  if (cl->pred != NONE)
    for (size_t q = cl->pred > cl->tb + 3 ? cl->pred - 3 : cl->tb; q < cl->pred_te; q++)
      if ((c->gcat[q] & G_NEGATION) && c->ment_at[q] == NONE)
        cl->negated = 1;
  if (cl->subj_how == CS_RELATIVE) {
    /* the name "yang" modifies: right before it, past a comma */
    size_t q = cl->tb;
    if (q > sb && tok_is(c, q - 1, ","))
      q--;
    if (q > sb && c->ment_at[q - 1] != NONE)
      cl->subj_m = c->ment_at[q - 1];
  } else if (cl->subj_how == CS_CONTROL) {
    cl->subj_m = c->ment_at[cl->tb];
  } else {
    size_t limit = cl->pred != NONE ? cl->pred : cl->te;
    depth = 0;
    for (size_t t = cl->tb; t < limit && cl->subj_m == NONE; t++) {
      int before = depth;
      depth = paren_depth(c, t, depth);
      /* "Menteri Luar Negeri Iran (Mohammad Javad Zarif) mengecam ...": the
       * holder named in brackets after the title is the one who acts */
      int holder = depth == 1 && before == 1 && t > cl->tb && tok_is(c, t - 1, "(") &&
                   c->ment_at[t] != NONE && c->ments[c->ment_at[t]].phrase_tb < t - 1;
      if (((!depth && !before) || holder) && c->ment_at[t] != NONE && subject_like(c, sb, c->ment_at[t]))
        cl->subj_m = c->ment_at[t];
    }
    if (cl->subj_m == NONE && cl->pred != NONE)
      cl->subj_m = counted_subject_list(c, cl, send);
    if (cl->subj_m != NONE)
      cl->subj_how = CS_OWN;
  }
  if (cl->pred == NONE)
    return;
  /* "mendorong para pemimpin China", "bertujuan mendorong ...": the object
   * past a second verb, an article and a title */
  size_t obj_at = cl->pred_te;
  if (obj_at < cl->te && ex_is_verb_word(c, obj_at))
    obj_at++;
  obj_at = ex_past_titles(c, obj_at, cl->te);
  /* "mengundang Menhan RI Ryamizard Ryacudu": past the title's state */
  while (obj_at < cl->te && c->ment_at[obj_at] != NONE && c->ments[c->ment_at[obj_at]].inner &&
         c->ments[c->ment_at[obj_at]].te < cl->te && c->ment_at[c->ments[c->ment_at[obj_at]].te] != NONE)
    obj_at = c->ments[c->ment_at[obj_at]].te;
  for (size_t t = cl->pred_te; t < cl->te; t++) {
    size_t m = c->ment_at[t];
    if (m != NONE && cl->obj_m == NONE && cl->n_obl == 0 && (t == cl->pred_te || t == obj_at) &&
        cl->kind == CL_VERB)
      cl->obj_m = m;
    if ((c->wcat[t] & W_PREP) && t + 1 < cl->te && c->ment_at[t + 1] != NONE &&
        cl->n_obl < MAX_OBLIQUES) {
      cl->obl[cl->n_obl].prep = t;
      cl->obl[cl->n_obl++].m = c->ment_at[t + 1];
    }
    if (m != NONE)
      t = c->ments[m].te - 1;
  }
}

/* "Ali Alatas adalah seorang diplomat Indonesia yang pernah menjabat ...":
 * a relative clause after a copula's predicate noun ("diplomat Indonesia",
 * "organisasi di kawasan Asia") describes the copula's subject, not the
 * state or place that ends the noun. */
static size_t relative_head(ctx *c, const clause *outer, size_t m) {
  if (m == NONE)
    return outer->kind == CL_COPULA && outer->subj_m != NONE ? outer->subj_m : NONE;
  size_t b = c->ments[m].tb;
  if (outer->kind != CL_COPULA || outer->subj_m == NONE || b < outer->pred_te + 1 || !c->ments[m].n_dent ||
      c->dents[c->ments[m].dent[0]].type == KABAR_ENT_PERSON)
    return m;
  /* "merupakan sebuah organisasi antarbangsa di kawasan Asia yang
   * beranggotakan ...", "negara pertama di luar Perbara yang menandatangani":
   * a name in the noun's prepositional phrase does not take "yang" */
  int place = (b > 0 && (c->wcat[b - 1] & W_PREP)) || (b > 1 && (c->wcat[b - 2] & W_PREP)) ||
              (c->ments[m].locative && c->dents[c->ments[m].dent[0]].type == KABAR_ENT_PLACE);
  for (size_t q = outer->pred_te; q < b; q++)
    if (c->ment_at[q] != NONE || ((c->wcat[q] & W_PREP) && !place) || (c->wcat[q] & W_CONJ) ||
        tok_is(c, q, ","))
      return m;
  return outer->subj_m;
}

kabar_status ex_clauses_sentence(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  sent_info *si = &c->sents[s];
  si->c_begin = c->n_clauses;
  kabar_status st = KABAR_OK;
  if (se->tok_begin < se->tok_end)
    st = push_clause(c, se->tok_begin, CS_NONE);
  int depth = 0;
  size_t relative_open = NONE; /* the open relative clause, closed by a comma */
  size_t relative_verb = NONE;  /* ... and its verb */
  for (size_t t = se->tok_begin + 1; t < se->tok_end && st == KABAR_OK; t++) {
    depth = paren_depth(c, t, depth);
    if (depth || c->ment_at[t] != NONE)
      continue;
    unsigned how = CS_NONE;
    size_t controlled;
    if (relative_open != NONE && relative_verb != NONE && t > relative_verb + 1 &&
        verb_at(c, t) && !(c->wcat[t - 1] & (W_PREP | W_CONJ | W_SKIP | W_RELATIVE)) &&
        !verb_at(c, t - 1) && !(c->gcat[t - 1] & (G_PURPOSE | G_REASON | G_CARRY))) {
      /* "Iran yang berpenduduk mayoritas Muslim Syiah mengecam Arab Saudi":
       * a second verb past the relative clause's own and its object is the
       * main clause's, whose subject the relative clause described */
      st = push_clause(c, t, CS_CARRIED);
      relative_open = relative_verb = NONE;
      continue;
    }
    if (relative_open != NONE && relative_verb == NONE && verb_at(c, t))
      relative_verb = t;
    if (tok_is(c, t, ";") || tok_is(c, t, ":")) {
      if (t + 1 < se->tok_end)
        st = push_clause(c, t + 1, CS_NONE);
      relative_open = NONE;
    } else if (tok_is(c, t, ",") && relative_open != NONE && t + 1 < se->tok_end &&
               !inside_list(c, t)) {
      /* "China, yang merupakan sekutu Korea Utara, mengecam ...": the
       * clause around the relative one goes on with its subject */
      st = push_clause(c, t + 1, CS_CARRIED);
      relative_open = NONE;
    } else if (tok_is(c, t, ",") && (subject_then_predicate(c, t + 1, se->tok_end) ||
                                      reported_subject(c, t, se->tok_end))) {
      /* "Sebelum menjadi pemimpin Korea Utara, ia pernah menjabat sebagai ..." */
      st = push_clause(c, t + 1, CS_NONE);
      relative_open = NONE;
    } else if ((controlled = controlled_at(c, se->tok_begin, t)) != NONE) {
      /* "membantu Angola merebut Namibia": the object acts in the verb after it */
      st = push_clause(c, controlled, CS_CONTROL);
      relative_open = NONE;
    } else if (clause_starts(c, t, se->tok_end, &how)) {
      st = push_clause(c, t, how);
      relative_open = how == CS_RELATIVE ? c->n_clauses - 1 : NONE;
      relative_verb = NONE;
    }
  }
  if (st != KABAR_OK)
    return st;
  si->c_end = c->n_clauses;
  for (size_t i = si->c_begin; i < si->c_end; i++)
    c->clauses[i].te = i + 1 < si->c_end ? c->clauses[i + 1].tb : se->tok_end;
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    clause *cl = &c->clauses[i];
    unsigned how = cl->subj_how;
    read_clause(c, se->tok_begin, se->tok_end, cl);
    if (how == CS_CONTROL && i > si->c_begin && c->clauses[i - 1].obj_m == NONE)
      c->clauses[i - 1].obj_m = cl->subj_m;
    if (how == CS_RELATIVE && i > si->c_begin && (cl->subj_m != NONE || plain_noun_before(c, cl)))
      cl->subj_m = relative_head(c, &c->clauses[i - 1], cl->subj_m);
    if (how == CS_RELATIVE && cl->subj_m != NONE &&
        (c->ments[cl->subj_m].locative ||
         (c->ments[cl->subj_m].tb > se->tok_begin && tok_is(c, c->ments[cl->subj_m].tb - 1, "di") &&
          tok_is(c, cl->tb - 1, ",")))) {
      /* "Zona X yang baru di Laut China Timur, yang ditentang oleh ...": a
       * place in a relative clause before is where the head is; the second
       * relative clause describes the same head as the first */
      size_t j = ex_clause_at(c, s, c->ments[cl->subj_m].tb);
      if (j != NONE && j < i && c->clauses[j].subj_how == CS_RELATIVE) {
        cl->subj_m = c->clauses[j].subj_m;
        cl->head_unnamed = cl->subj_m == NONE;
      } else if (!c->ments[cl->subj_m].locative) {
        /* "membahas penempatan sistem rudal Typhon milik AS di Filipina, yang
         * ditentang oleh Beijing": the head is what stands before the place,
         * the name there ("milik AS") or else a plain noun, no name */
        size_t p = c->ments[cl->subj_m].tb;
        size_t before = p >= se->tok_begin + 2 && (c->wcat[p - 1] & W_PREP) ? c->ment_at[p - 2] : NONE;
        cl->subj_m = before != NONE && !c->ments[before].inner && !c->ments[before].locative ? before : NONE;
        cl->head_unnamed = cl->subj_m == NONE;
      }
    }
    if (cl->subj_m == NONE && i > si->c_begin && c->clauses[i - 1].obj_m != NONE &&
        ((c->gcat[cl->tb] & G_PURPOSE) ||
         /* "mengundang Menhan RI untuk berkunjung ke Pakistan" */
         (tok_is(c, cl->tb, "untuk") && c->clauses[i - 1].pred != NONE &&
          (c->gcat[c->clauses[i - 1].pred] & G_INVITE)))) {
      /* "mendorong para pemimpin China agar menekan ...": the one urged acts */
      cl->subj_m = c->clauses[i - 1].obj_m;
      cl->subj_how = CS_CONTROL;
    }
    if (cl->subj_m == NONE && i > si->c_begin && (c->gcat[cl->tb] & G_REASON) &&
        c->clauses[i - 1].obj_m != NONE && c->clauses[i - 1].pred != NONE &&
        (c->gcat[c->clauses[i - 1].pred] & G_JUDGING)) {
      /* "memuji Vietnam karena mendukung sanksi PBB": the one praised did it */
      cl->subj_m = c->clauses[i - 1].obj_m;
      cl->subj_how = CS_CONTROL;
    }
    size_t agent = i > si->c_begin ? passive_agent(c, &c->clauses[i - 1]) : NONE;
    if (cl->subj_m == NONE && agent != NONE && (tok_is(c, cl->tb, "saat") || tok_is(c, cl->tb, "ketika") ||
                                                tok_is(c, cl->tb, "sambil")) &&
        c->ments[agent].n_dent && c->dents[c->ments[agent].dent[0]].type == KABAR_ENT_PERSON) {
      /* "Hal tersebut disampaikan (oleh) Kepala Negara saat menggelar
       * pertemuan ...": the one who said it was doing it */
      cl->subj_m = agent;
      cl->subj_how = CS_CARRIED;
      cl->agent_carried = 1;
    }
    if (cl->subj_m == NONE && how == CS_CARRIED && tok_is(c, cl->tb, "untuk") && cl->tb > se->tok_begin + 1 &&
        c->ment_at[cl->tb - 1] != NONE) {
      /* "mendukung upaya Indonesia untuk menjadi anggota OECD": the one
       * whose intent it is does what it is for */
      const ment *gm = &c->ments[c->ment_at[cl->tb - 1]];
      size_t h = gm->phrase_tb > se->tok_begin && gm->phrase_tb < gm->tb ? gm->phrase_tb : gm->tb;
      if (h > se->tok_begin && (c->gcat[h - 1] & G_INTENT) && gm->kind == MK_NAME && gm->n_dent) {
        cl->subj_m = c->ment_at[cl->tb - 1];
        cl->subj_how = CS_CARRIED;
      }
    }
    if (cl->subj_m == NONE && how == CS_CARRIED) {
      /* the subject of the clause before, past a relative clause */
      for (size_t j = i; j-- > si->c_begin;)
        if (c->clauses[j].subj_how != CS_RELATIVE || j == si->c_begin) {
          cl->subj_m = c->clauses[j].subj_m;
          break;
        }
      cl->subj_how = cl->subj_m != NONE ? CS_CARRIED : CS_NONE;
    }
  }
  /* "Pada tanggal 21 Oktober 2004 dilantik kembali sebagai Menteri
   * Pertahanan": a sentence that opens with its predicate has as subject
   * the person a biography is about, elsewhere the person the sentence
   * before spoke of */
  clause *first = si->c_end > si->c_begin ? &c->clauses[si->c_begin] : NULL;
  if (first && first->subj_m == NONE && first->pred != NONE && s > 0 &&
      ex_opens_with_predicate(c, s, first->pred)) {
    size_t pm = NONE;
    if (c->article_subject != NONE) {
      /* a biography's: the person its title names, as last mentioned */
      for (size_t q = si->m_begin, seen = 0; q-- > 0 && seen < 400 && pm == NONE; seen++)
        if (c->ments[q].n_dent == 1 && c->ments[q].dent[0] == c->article_subject)
          pm = q;
    } else if (c->sents[s - 1].subject.n && c->sents[s - 1].subject.pos != NONE) {
      pm = c->ment_at[c->sents[s - 1].subject.pos];
    } else if (c->sents[s - 1].c_end > c->sents[s - 1].c_begin &&
               c->clauses[c->sents[s - 1].c_begin].subj_how == CS_CARRIED) {
      pm = c->clauses[c->sents[s - 1].c_begin].subj_m; /* one that opened so too */
    }
    if (pm != NONE && c->ments[pm].n_dent &&
        c->dents[c->ments[pm].dent[0]].type == KABAR_ENT_PERSON) {
      first->subj_m = pm;
      first->subj_how = CS_CARRIED;
    }
  }
  return KABAR_OK;
}

/* Whether the verb at t opens its sentence but for when it happened ("Pada
 * tanggal 21 Oktober 2004 dilantik kembali sebagai ..."): a clause of a
 * biography or a report whose subject is the person the sentence before
 * spoke of. */
int ex_opens_with_predicate(ctx *c, size_t s, size_t t) {
  static const char *const when[] = {"pada", "tanggal", "sejak", "kemudian", "lalu", "lantas",
                                      "selanjutnya", "akhirnya", "awal", "akhir", "pertengahan"};
  const kabar_sentence *se = &c->doc->sentences[s];
  if (se->kind != KABAR_SENT_TEXT || c->ment_at[t] != NONE ||
      !(ex_is_verb_word(c, t) || (c->gcat[t] & (G_COPULA | G_ROLE_VERB))))
    return 0;
  for (size_t k = se->tok_begin; k < t; k++) {
    unsigned f = tok_flags(c, k);
    int ok = (f & (KABAR_TOK_PUNCT | KABAR_TOK_NUMBER)) || (c->wcat[k] & (W_SKIP | W_TIME));
    for (size_t i = 0; !ok && i < sizeof when / sizeof when[0]; i++)
      ok = tok_is(c, k, when[i]);
    if (!ok || tok_is(c, k, "\u201c") || tok_is(c, k, "\""))
      return 0;
  }
  return 1;
}

size_t ex_clause_at(const ctx *c, size_t s, size_t t) {
  const sent_info *si = &c->sents[s];
  for (size_t i = si->c_begin; i < si->c_end; i++)
    if (t >= c->clauses[i].tb && t < c->clauses[i].te)
      return i;
  return NONE;
}

size_t ex_controlled_subject(const ctx *c, size_t s, size_t t) {
  size_t i = ex_clause_at(c, s, t);
  if (i == NONE || c->clauses[i].subj_how != CS_CONTROL || c->clauses[i].pred != t)
    return NONE;
  return c->clauses[i].subj_m;
}

size_t ex_fronted_subject(const ctx *c, size_t s, size_t t) {
  const sent_info *si = &c->sents[s];
  size_t i = ex_clause_at(c, s, t);
  if (i != si->c_begin || i + 1 >= si->c_end || c->clauses[i].subj_m != NONE)
    return NONE;
  size_t first = c->clauses[i].tb;
  /* "Setelah", "Sebelum", "Saat" open a fronted clause; "Dalam pembicaraan
   * dengan Putin, ... el-Sissi mendesak Rusia": so does "dalam" before a
   * noun of meeting */
  if (!(c->gcat[first] & G_CARRY) && !(c->wcat[first] & W_BOUNDARY) && !tok_is(c, first, "dalam"))
    return NONE;
  const clause *main = &c->clauses[i + 1];
  return main->subj_how == CS_OWN ? main->subj_m : NONE;
}
