/* SPDX-License-Identifier: MIT */
/* Finding the arguments of a fact cue: its subject (before it, or shared
 * with an earlier clause) and its object (after it, with the prepositions
 * the cue allows), fitted to the entity types the relation takes. */
#include "internal.h"

size_t ex_state_of(ctx *c, size_t d) {
  dent *e = &c->dents[d];
  if (e->type == KABAR_ENT_STATE)
    return d;
  if (e->state != NONE)
    return e->state;
  if (e->iso3)
    return ex_state_dent(c, e->iso3);
  return NONE;
}

/* The dent that stands in a slot of `types`, or NONE: a person or place may
 * stand for its state where the rule says so or where only a state fits. */
size_t ex_fit(ctx *c, size_t d, unsigned types, unsigned flags, const ment *m) {
  dent *e = &c->dents[d];
  int only_state = types == TYPE_BIT(KABAR_ENT_STATE);
  if (e->type == KABAR_ENT_PLACE) {
    const kabar_lex_entity *le = ex_dent_lex(c, d);
    int metonym = le && (le->flags & KABAR_LEX_METONYM);
    if ((types & TYPE_BIT(KABAR_ENT_STATE)) && ((flags & RC_PLACE) || (metonym && !(m && m->locative))))
      return ex_state_of(c, d);
    return (types & TYPE_BIT(KABAR_ENT_PLACE)) ? d : NONE;
  }
  if (e->type == KABAR_ENT_ORGANIZATION && e->gov && e->state != NONE &&
      (types & TYPE_BIT(KABAR_ENT_STATE)) && ((flags & RC_STATE) || only_state))
    return e->state; /* "Departemen Keuangan AS menjatuhkan sanksi": the state */
  if (types & TYPE_BIT(e->type))
    return d;
  if ((flags & RC_STATE) || only_state)
    if ((types & TYPE_BIT(KABAR_ENT_STATE)) && e->type == KABAR_ENT_PERSON)
      return ex_state_of(c, d);
  return NONE;
}

/* All the dents of mention m (and of its coordination group) that fit. */
void ex_arg_from(ctx *c, size_t m, unsigned types, unsigned flags, arg *out) {
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
      size_t d = ex_fit(c, x->dent[k], types, flags, x);
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

int ex_is_boundary(const ctx *c, size_t t) {
  const char *n = tok_norm(c, t);
  return (c->wcat[t] & W_BOUNDARY) || strcmp(n, ";") == 0 || strcmp(n, ":") == 0 ||
         (tok_flags(c, t) & KABAR_TOK_QUOTE && 0);
}

/* Whether the word at t is a verb form (meN-, ber-, di-, ter-). */
int ex_is_verb_word(ctx *c, size_t t) {
  const char *n = tok_norm(c, t);
  if (c->ment_at[t] != NONE || !(tok_flags(c, t) & KABAR_TOK_WORD) ||
      (c->wcat[t] & W_DEMONSTRATIVE))
    return 0; /* "tersebut" is built like a verb on "sebut" */
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
  if ((c->first[t] & 2) && match_role(c, t, c->doc->n_tokens, NULL))
    return 0; /* "Menteri", "Menlu": a title, not a meN- verb */
  size_t l = strlen(n);
  return l > 4 && !(c->gcat[t] & G_NONVERB) &&
         (strncmp(n, "me", 2) == 0 || strncmp(n, "ber", 3) == 0 || strncmp(n, "di", 2) == 0);
}

/* Whether the word at t carries -nya ("lawatannya", "komitmennya"). */
static int ends_with_nya(const ctx *c, size_t t) {
  const char *w = tok_norm(c, t);
  size_t n = strlen(w);
  return n > 3 && strcmp(w + n - 3, "nya") == 0;
}

/* A subject stands at the start of its clause: after nothing, punctuation,
 * a conjunction, an adverb or an article; or, as the owner in a noun
 * phrase ("kapal tanker Rusia telah dituduh"), right before the verb. */
static int clause_initial(ctx *c, size_t sb, const ment *m) {
  if (m->phrase_tb == sb)
    return 1;
  size_t p = m->phrase_tb - 1;
  kabar_word_cats pc = c->wcat[p];
  /* "setelah Afrika Selatan, Nigeria dan Mesir, pada tahun 2011 ...": a
   * clause word with a name and then a comma is a phrase ("after X"), no
   * clause of its own */
  size_t ge = ex_group_end(c, (size_t)(m - c->ments)), se = c->doc->sentences[m->sent].tok_end;
  if ((pc & W_BOUNDARY) && ge + 1 < se && tok_is(c, ge, ",")) {
    size_t v = ge + 1; /* "Namun Korea Selatan, didukung oleh ...": a verb goes on */
    while (v < se && (c->wcat[v] & W_SKIP))
      v++;
    if (v < se && c->ment_at[v] == NONE && !ex_is_verb_word(c, v) && !match_role(c, v, se, NULL))
      return 0;
  }
  int manner = p > sb && tok_is(c, p - 1, "secara"); /* "kantor berita resmi KCNA" */
  if ((tok_flags(c, p) & KABAR_TOK_PUNCT) ||
      (pc & (W_CONJ | W_ARTICLE | W_BOUNDARY | W_RELATIVE)) || tok_is(c, p, "baik") ||
      ((pc & W_SKIP) && !tok_is(c, p, "resmi") && !tok_is(c, p, "terbuka")) || manner)
    return 1;
  if (tok_flags(c, p) & KABAR_TOK_NUMBER)
    return 1;
  /* "Pemerintah Barack Obama selama ini berupaya ...", "bahwa militer Rusia
   * pada Agustus menerima ...": a word the name stands in for, or its
   * force, opening the clause */
  if ((pc & (W_TRANSPARENT | W_MILITARY)) && (p == sb || !(tok_flags(c, p) & KABAR_TOK_CAP)) &&
      (p == sb || (tok_flags(c, p - 1) & KABAR_TOK_PUNCT) || (c->wcat[p - 1] & (W_CONJ | W_BOUNDARY))))
    return 1;
  size_t end = c->doc->sentences[m->sent].tok_end;
  size_t k = ex_group_end(c, (size_t)(m - c->ments));
  /* "tersebut", "telah", "akan", "tidak", "berjanji untuk"; a quotation
   * opening on the verb: "mengatakan Qatar “mendukung ..."; when:
   * "mengatakan Merkel pada Senin berbicara ..." */
  for (size_t past_time; k < end; k = past_time) {
    past_time = ex_before_verb(c, k) || (c->wcat[k] & W_DEMONSTRATIVE) || (tok_flags(c, k) & KABAR_TOK_QUOTE)
                    ? k + 1
                    : ex_time_phrase_end(c, k, end);
    if (past_time == k)
      break;
  }
  return k < end && c->ment_at[k] == NONE && ex_is_verb_word(c, k);
}

/* An active verb (meN-, ber-): "untuk mengakhiri perang" ends a noun's phrase. */
static int active_verb(ctx *c, size_t t) {
  kabar_morph m;
  if (c->ment_at[t] != NONE || !(tok_flags(c, t) & KABAR_TOK_WORD))
    return 0;
  if (tok_root(c, t, &m))
    return m.form == KABAR_FORM_ACTIVE || m.form == KABAR_FORM_BER;
  const char *n = tok_norm(c, t);
  return strlen(n) > 4 && !(c->gcat[t] & G_NONVERB) &&
         (strncmp(n, "me", 2) == 0 || strncmp(n, "ber", 3) == 0);
}

/* "Turki, anggota NATO, mengecam ...": the name inside an apposition
 * between commas describes the name before it and does not act. */
static int in_apposition(ctx *c, size_t sb, const ment *m) {
  size_t end = c->doc->sentences[m->sent].tok_end;
  if (m->te >= end || !tok_is(c, m->te, ","))
    return 0;
  for (size_t q = m->tb; q-- > sb && q + 3 > m->tb;) {
    const kabar_root_info *ri = c->root[q];
    for (size_t r = 0; ri && r < ri->n_rel; r++)
      if ((kabar_cues_rel(c->x->cues, ri->first_rel + r)->flags & RC_APPOS) && q > sb &&
          tok_is(c, q - 1, ","))
        return 1;
    if (c->ment_at[q] != NONE)
      return 0;
  }
  return 0;
}

int ex_usable_subject(ctx *c, size_t sb, const ment *m) {
  if (m->inner || m->locative)
    return 0; /* "di Seoul", a dateline: a location, not an actor */
  if (in_apposition(c, sb, m))
    return 0;
  /* "(ANTARA)", "Korea Utara (DPRK)": a name in parentheses is a credit or
   * an alias, never the actor */
  size_t end = c->doc->sentences[m->sent].tok_end;
  if (m->tb > sb && tok_is(c, m->tb - 1, "(") && m->te < end && tok_is(c, m->te, ")") &&
      !(m->phrase_tb < m->tb - 1)) /* (but "Menlu Iran (Zarif) mengecam": a titled holder acts) */
    return 0;
  if (m->phrase_tb > sb) {
    kabar_word_cats pc = c->wcat[m->phrase_tb - 1];
    if (pc & W_JOIN)
      return 0; /* "menyusul langkah China": joins the subject, is not it */
    if (!(pc & W_PREP) && !clause_initial(c, sb, m))
      return 0;
    /* "sejak Putin memerintahkan ...", "sejak Presiden RI Abdurrahman Wahid
     * mengunjungi ...": a preposition opening a clause, before the name or
     * its title */
    size_t pb = m->phrase_tb - 1;
    if ((pc & W_PREP) && (tok_is(c, pb, "sejak") || tok_is(c, pb, "selama") ||
                          tok_is(c, pb, "sebelum") || tok_is(c, pb, "tanpa"))) {
      size_t k = m->te;
      while (k < end && (c->wcat[k] & W_SKIP))
        k++;
      if (k < end && c->ment_at[k] == NONE && ex_is_verb_word(c, k))
        return 1;
    }
    if ((pc & W_PREP) && !tok_is(c, m->tb - 1, "oleh"))
      return 0;
    if (m->tb - 1 > sb && tok_is(c, m->tb - 1, "oleh") && !tok_is(c, m->tb - 2, "dipimpin"))
      return 0;
  }
  return 1;
}

/* A name after "dipimpin oleh" / "pimpinan": the leader of a delegation. */
static int led_by(const ctx *c, size_t sb, size_t tb) {
  if (tb > sb + 1 && tok_is(c, tb - 1, "oleh") && tok_is(c, tb - 2, "dipimpin"))
    return 1;
  return tb > sb && tok_is(c, tb - 1, "pimpinan");
}

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
        c->status[q] || ex_is_verb_word(c, q))
      return 0;
    words++;
  }
  return 0;
}

/* The sentence's main subject, fitted to `types`: for clauses with no
 * subject of their own. */
static int main_subject_arg(ctx *c, size_t s, unsigned types, unsigned flags, arg *out) {
  out->n = 0;
  for (size_t i = 0; i < c->sents[s].subject.n; i++) {
    size_t d = ex_fit(c, c->sents[s].subject.d[i], types, flags, NULL);
    if (d != NONE)
      out->d[out->n++] = d;
  }
  out->pos = c->sents[s].subject.pos;
  return out->n > 0;
}

/* "X melindungi Y dan menerima Z": a verb after "dan" at `conj` shares the
 * subject of the verb before it (or, with none, the sentence's). */
static int shared_subject(ctx *c, size_t s, size_t conj, unsigned types, unsigned flags, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t v = conj; v-- > sb && v + 12 > conj;) {
    if (ex_is_boundary(c, v))
      break;
    if (c->ment_at[v] == NONE && ex_is_verb_word(c, v) && (v == sb || !tok_is(c, v - 1, "dan")))
      return ex_find_subject(c, s, v, types, flags, out);
  }
  out->n = 0;
  if (c->sents[s].subject.n && c->sents[s].subject.pos < conj)
    return main_subject_arg(c, s, types, flags, out);
  return 0;
}

/* The subject of the clause that holds token t: the nearest mention to its
 * left that is not governed by a preposition. */
size_t ex_plain_phrase_start(ctx *c, size_t sb, size_t h) {
  size_t b = h;
  while (b > sb && b + 3 > h && c->ment_at[b - 1] == NONE && (tok_flags(c, b - 1) & KABAR_TOK_WORD) &&
         !(tok_flags(c, b - 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         !(c->wcat[b - 1] & (W_PREP | W_CONJ | W_RELATIVE)) && !ex_is_verb_word(c, b - 1) &&
         !(c->gcat[b - 1] & (G_COPULA | G_ROLE_VERB)))
    b--;
  if (b > sb && (c->wcat[b - 1] & W_ARTICLE))
    b--;
  return b;
}

size_t ex_apposed_name(const ctx *c, size_t sb, size_t b) {
  if (b > sb + 1 && tok_is(c, b - 1, ",") && c->ment_at[b - 2] != NONE &&
      c->ments[c->ment_at[b - 2]].kind == MK_NAME && !c->ments[c->ment_at[b - 2]].inner)
    return c->ment_at[b - 2];
  return NONE;
}

/* Whether the words [q, t) after a verb of saying are only when it was said
 * ("hari Senin (28/12),") and then a conjunction of time right before verb
 * t ("setelah", "usai", "sebelum"): t is then the speaker's own act. */
static int speaker_adverbial(const ctx *c, size_t q, size_t t) {
  if (t < q + 1 || !(tok_is(c, t - 1, "setelah") || tok_is(c, t - 1, "sesudah") ||
                     tok_is(c, t - 1, "usai") || tok_is(c, t - 1, "seusai") ||
                     tok_is(c, t - 1, "sebelum") || tok_is(c, t - 1, "selepas")))
    return 0;
  for (size_t k = q; k + 1 < t; k++)
    if (!(c->wcat[k] & W_TIME) && !(tok_flags(c, k) & KABAR_TOK_NUMBER) && !tok_is(c, k, ",") &&
        !tok_is(c, k, "(") && !tok_is(c, k, ")") && !tok_is(c, k, "/") && !tok_is(c, k, "pada"))
      return 0;
  return 1;
}

int ex_find_subject(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  flags &= ~(unsigned)RC_PLACE; /* a place is a destination, never the one who goes */
  out->n = 0;
  size_t k = t;
  size_t j = t; /* past the adverbs before the verb */
  for (;;) {
    if (j > sb && (c->wcat[j - 1] & W_SKIP))
      j--;
    else if (j > sb && j < t && ex_times_count(c, j - 1))
      j--; /* "sudah pernah dua kali berperang": the count before "kali" */
    else
      break;
  }
  /* "X mengumumkan pemutusan hubungan dengan Qatar, dengan menuduh Qatar
   * ...", "..., sambil mengecam Y": a clause of manner after a comma has
   * the main clause's subject */
  if (j > sb + 1 && (tok_is(c, j - 1, "dengan") || tok_is(c, j - 1, "sambil")) &&
      tok_is(c, j - 2, ",") && active_verb(c, t))
    return shared_subject(c, s, j - 2, types, flags, out);
  /* "jaringan Haqqani yang bersekutu dengan Taliban": a named head of a
   * relative clause is its subject; when it cannot be (a body where states
   * act), no one further back is */
  if (j > sb + 1 && (c->wcat[j - 1] & W_RELATIVE) && c->ment_at[j - 2] != NONE && active_verb(c, t) &&
      c->ments[c->ment_at[j - 2]].kind == MK_NAME && !c->ments[c->ment_at[j - 2]].inner &&
      !c->ments[c->ment_at[j - 2]].locative) {
    ex_resolve_arg(c, c->ment_at[j - 2], types, flags, out);
    return out->n > 0;
  }
  /* "keputusan AS untuk mundur dari perjanjian itu": the one whose decision
   * or plan it is */
  if (j > sb + 2 && tok_is(c, j - 1, "untuk") && c->ment_at[j - 2] != NONE) {
    const ment *gm = &c->ments[c->ment_at[j - 2]];
    size_t h = gm->phrase_tb > sb && gm->phrase_tb < gm->tb ? gm->phrase_tb : gm->tb;
    if (h > sb && (c->gcat[h - 1] & G_INTENT) && gm->n_dent) {
      ex_resolve_arg(c, c->ment_at[j - 2], types, flags, out);
      if (out->n)
        return 1;
    }
  }
  /* "lawatannya ke Washington untuk bertemu Presiden AS Donald Trump": the
   * traveller of a journey before "untuk" does what it is for */
  if (j > sb + 2 && tok_is(c, j - 1, "untuk") && active_verb(c, t)) {
    for (size_t q = j - 1; q-- > sb && q + 10 > j;) {
      if (ex_is_boundary(c, q) || tok_is(c, q, ","))
        break;
      if (!(c->gcat[q] & G_JOURNEY) || c->ment_at[q] != NONE)
        continue;
      if (ends_with_nya(c, q) && /* "lawatannya" */
          ex_nya_antecedent(c, s, q, types, flags, out))
        return 1;
      size_t g = ex_titled_name_at(c, q + 1, t); /* "lawatan Presiden X" */
      if (g != NONE) {
        ex_resolve_arg(c, g, types, flags, out);
        if (out->n)
          return 1;
      }
      break;
    }
  }
  size_t ctl = ex_controlled_subject(c, s, t);
  if (ctl != NONE) {
    ex_resolve_arg(c, ctl, types, flags, out);
    return out->n > 0;
  }
  /* "disampaikan Kepala Negara saat menggelar pertemuan ...": the passive
   * clause's agent acts in the clause after it, its verbs and their nouns */
  size_t ci = ex_clause_at(c, s, t);
  if (ci != NONE && c->clauses[ci].agent_carried && c->clauses[ci].pred != NONE && c->clauses[ci].pred <= t) {
    ex_resolve_arg(c, c->clauses[ci].subj_m, types, flags, out);
    if (out->n)
      return 1;
  }
  /* "dengan mendukung", "untuk membantu", "dan memberikan": the main subject */
  if (j > sb && (tok_is(c, j - 1, "dan") || tok_is(c, j - 1, "serta")) && ex_is_verb_word(c, t))
    return shared_subject(c, s, j - 1, types, flags, out);
  /* "Dua anggota baru bergabung dengan SCO, yaitu India dan Pakistan": a
   * counted subject named by the list after the verb (clauses.c) */
  if (ci != NONE && c->clauses[ci].subj_how == CS_OWN && c->clauses[ci].subj_m != NONE &&
      c->clauses[ci].pred == t && c->ments[c->clauses[ci].subj_m].tb > t) {
    ex_resolve_arg(c, c->clauses[ci].subj_m, types, flags, out);
    return out->n > 0;
  }
  /* "sejak negara-negara Barat menjatuhkan sanksi": when a plain noun stands
   * right before an active verb, its subject is that noun phrase, which
   * names no entity */
  if (j > sb + 1 && active_verb(c, t) && plain_subject_clause(c, sb, j))
    return 0;
  /* "18 individu dan kelompok yang dituduh mendukung ...": after "yang" and
   * a passive verb of saying or suspecting, the verb's subject is the plain
   * noun before "yang", which names no entity */
  if (j > sb + 2 && active_verb(c, t) && c->morph[j - 1].form == KABAR_FORM_PASSIVE && c->root[j - 1] &&
      (c->wcat[j - 2] & W_RELATIVE) && c->ment_at[j - 3] == NONE &&
      (tok_flags(c, j - 3) & KABAR_TOK_WORD) && !(tok_flags(c, j - 3) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return 0;
  /* "para pemimpin kiri yang mengecam Amerika Serikat": a relative clause
   * on a plain noun has that noun, no entity, as subject (but a document
   * speaks for whoever issued it: "resolusi yang mengutuk ...") */
  if (j > sb + 1 && active_verb(c, t) && (c->wcat[j - 1] & W_RELATIVE) && c->ment_at[j - 2] == NONE &&
      (tok_flags(c, j - 2) & KABAR_TOK_WORD) && !(tok_flags(c, j - 2) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
      !(c->wcat[j - 2] & (W_PREP | W_CONJ | W_DEMONSTRATIVE | W_SKIP | W_CLAIM)) && !ex_is_verb_word(c, j - 2) &&
      !(c->gcat[j - 2] & (G_COPULA | G_ACT | G_AGREEMENT)) && !c->status[j - 2] &&
      !tok_is(c, j - 2, "resolusi") && !tok_is(c, j - 2, "pernyataan") && !tok_is(c, j - 2, "keputusan")) {
    size_t b = ex_plain_phrase_start(c, sb, j - 2);
    /* ... unless a name stands in apposition to the noun ("Korea Utara,
     * negara yang mendukung Rusia,") or the noun is a copula's predicate
     * ("Uni Soviet adalah negara pertama yang mengakui Korea Utara") */
    size_t named = ex_apposed_name(c, sb, b);
    if (named != NONE) {
      ex_resolve_arg(c, named, types, flags, out);
      return out->n > 0;
    }
    if (!(b > sb && ((c->gcat[b - 1] & (G_COPULA | G_ROLE_VERB)) || tok_is(c, b - 1, "menjadi"))))
      return 0;
  }
  /* "pasukan militan Syiah yang didukung Iran menyerang ...", "Houthi yang
   * didukung oleh Iran menyerang ...": the agent of a relative clause is not
   * the verb's subject; the head before "yang" is */
  if (j > sb + 2 && active_verb(c, t) && c->ment_at[j - 1] != NONE) {
    size_t a = c->ments[c->ment_at[j - 1]].tb;
    if (a > sb && tok_is(c, a - 1, "oleh"))
      a--;
    if (a > sb + 1 && c->morph[a - 1].form == KABAR_FORM_PASSIVE && ex_is_verb_word(c, a - 1) &&
        (c->wcat[a - 2] & W_RELATIVE)) {
      size_t h = a - 2;
      if (h == sb || c->ment_at[h - 1] == NONE)
        return 0;
      ex_resolve_arg(c, c->ment_at[h - 1], types, flags, out);
      return out->n > 0;
    }
  }
  int crossed = 0;
  while (k-- > sb) {
    if (ex_is_boundary(c, k)) {
      /* "setelah bergabung dengan BRICS": a clause without a subject of its
       * own shares the one before it */
      /* (not "mengisolasi Rusia karena menyerang Ukraina": who attacked may
       * be the object before "karena" as well as the subject) */
      int reason_after_object = (tok_is(c, k, "karena") || tok_is(c, k, "sebab")) && k > sb &&
                                c->ment_at[k - 1] != NONE && c->ments[c->ment_at[k - 1]].tb > sb &&
                                active_verb(c, c->ments[c->ment_at[k - 1]].tb - 1);
      if (reason_after_object && !crossed && k + 3 >= t) {
        out->n = 0;
        return 0;
      }
      if (!crossed && k + 3 >= t && ex_is_verb_word(c, t) && !tok_is(c, k, "bahwa")) {
        /* "mengecam agresi Rusia melawan Ukraina, setelah bertemu dengan
         * ...": the subject of the clause before, not its last name */
        size_t own = ex_clause_at(c, s, t), before = k > sb ? ex_clause_at(c, s, k - 1) : NONE;
        if (own != NONE && before != NONE && c->clauses[own].tb == k && c->clauses[own].pred == t &&
            c->clauses[own].subj_how == CS_CARRIED && c->clauses[own].subj_m != NONE &&
            c->clauses[before].obj_m != NONE) {
          ex_resolve_arg(c, c->clauses[own].subj_m, types, flags, out);
          if (out->n)
            return 1;
        }
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
      while (q < t && ((c->wcat[q] & W_SKIP) || (c->status[q] && ex_before_verb(c, q))))
        q++; /* "Nigeria menyatakan akan mengerahkan pasukan": the speaker's own act */
      if (q == t) /* "X menyatakan dukungannya", "X menyatakan prihatin" */
        return ex_find_subject(c, s, k, types, flags, out);
      /* "AS menegaskan komitmennya untuk membela Filipina": the speaker's own
       * intent */
      if (q + 2 == t && tok_is(c, q + 1, "untuk") && ends_with_nya(c, q) && (c->gcat[q] & G_INTENT))
        return ex_find_subject(c, s, k, types, flags, out);
      /* "X mengatakan dalam jumpa pers dengan Y": where X says it */
      if (q < t && (c->wcat[q] & W_PREP) && !tok_is(c, q, "bahwa") && t <= q + 2)
        return ex_find_subject(c, s, k, types, flags, out);
      /* "X mengatakan hari Senin (28/12), setelah berbicara dengan Y, ...":
       * when X spoke, after doing what */
      if (speaker_adverbial(c, q, t))
        return ex_find_subject(c, s, k, types, flags, out);
      return 0;
    }
    if (m == NONE) {
      if ((tok_is(c, k, "dan") || tok_is(c, k, "serta")) && k + 1 < t && ex_is_verb_word(c, k + 1) &&
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
    if (!ex_usable_subject(c, sb, mm)) {
      /* "..., kata Presiden Donald Trump kepada wartawan saat terbang ke
       * Jepang": a clause after the speaker's name is the speaker's */
      size_t pb = mm->phrase_tb > sb ? mm->phrase_tb : mm->tb;
      if (crossed && pb > sb && (c->wcat[pb - 1] & W_NAME_INTRO) && !tok_is(c, pb - 1, "oleh") &&
          !tok_is(c, pb - 1, "menurut")) {
        ex_resolve_arg(c, m, types, flags, out);
        return out->n > 0;
      }
      continue;
    }
    ex_resolve_arg(c, m, types, flags, out);
    if (out->n) {
      /* "bergabung dengan AS", "menyusul langkah China": they act too */
      size_t last_comma = mm->te;
      for (size_t q = mm->te; q < t; q++)
        if (tok_is(c, q, ","))
          last_comma = q;
      /* "Indonesia bersama dengan ..., seperti A, B, dan C, mengakui": the
       * join word right after the subject, before the list's commas */
      size_t from = mm->te < t && (c->wcat[mm->te] & W_JOIN) ? mm->te : last_comma;
      for (size_t q = from; q < t; q++)
        if ((c->wcat[q] & W_JOIN) && q + 1 < t) {
          size_t r = q + 1;
          if (tok_is(c, r, "dengan"))
            r++;
          /* "bersama dengan negara-negara muslim lainnya, seperti A, B, dan
           * C": the states the plain noun lists */
          for (size_t z = r; c->ment_at[r] == NONE && z < t && z < r + 8; z++)
            if (c->ment_at[z] != NONE || ex_is_verb_word(c, z))
              break;
            else if (c->gcat[z] & G_LIST_INTRO) {
              size_t li = z + (c->glen[z] ? c->glen[z] : 1);
              if (li < t && c->ment_at[li] != NONE)
                r = li;
              break;
            }
          if (c->ment_at[r] != NONE) {
            arg extra;
            ex_resolve_arg(c, c->ment_at[r], types, flags, &extra);
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
          if (ex_is_boundary(c, q) && !tok_is(c, q, "ketika"))
            break;
          size_t m2 = c->ment_at[q];
          if (m2 == NONE)
            continue;
          q = c->ments[m2].tb;
          if (!led_by(c, sb, q))
            continue;
          arg extra;
          ex_resolve_arg(c, m2, types, flags, &extra);
          for (size_t e = 0; e < extra.n && out->n < MAX_ARGS; e++)
            out->d[out->n++] = extra.d[e];
        }
      return 1;
    }
  }
  /* nothing before it in its clause: the sentence's subject */
  if (c->sents[s].subject.n && c->sents[s].subject.pos < t)
    return main_subject_arg(c, s, types, flags, out);
  /* "Setelah bertemu di Moskow, Kerry dan Putin sepakat ...": a fronted
   * clause shares the subject of the main clause after it */
  size_t fronted = ex_fronted_subject(c, s, t);
  if (fronted != NONE) {
    ex_resolve_arg(c, fronted, types, flags, out);
    return out->n > 0;
  }
  if (ex_opens_with_predicate(c, s, t) && s > 0) {
    size_t cl = ex_clause_at(c, s, t);
    if (cl != NONE && c->clauses[cl].subj_m != NONE && c->clauses[cl].subj_how == CS_CARRIED) {
      ex_resolve_arg(c, c->clauses[cl].subj_m, types, flags, out);
      return out->n > 0;
    }
  }
  return 0;
}

/* What a mention refers to, fitted to `types`. */
/* "Delegasi Senat Republik Polandia yang dipimpin Mr. Stanislaw
 * Karczewski": the person who leads a delegation, who acts for it; NONE
 * when m names no delegation so led. */
static size_t delegation_leader(ctx *c, size_t m) {
  const ment *mm = &c->ments[m];
  const kabar_sentence *se = &c->doc->sentences[mm->sent];
  if (mm->tb <= se->tok_begin || !(c->gcat[mm->tb - 1] & G_ENVOY))
    return NONE;
  size_t q = mm->te;
  if (q < se->tok_end && tok_is(c, q, ","))
    q++;
  if (q + 2 >= se->tok_end || !tok_is(c, q, "yang") || !tok_is(c, q + 1, "dipimpin"))
    return NONE;
  q += 2;
  if (tok_is(c, q, "oleh"))
    q++;
  q = ex_past_title_names(c, q, se->tok_end);
  size_t p = q < se->tok_end ? c->ment_at[q] : NONE;
  return p != NONE && c->ments[p].n_dent == 1 && c->dents[c->ments[p].dent[0]].type == KABAR_ENT_PERSON
             ? c->ments[p].dent[0]
             : NONE;
}

void ex_resolve_arg(ctx *c, size_t m, unsigned types, unsigned flags, arg *out) {
  ment *mm = &c->ments[m];
  out->between = 0;
  size_t leader = (types & TYPE_BIT(KABAR_ENT_PERSON)) ? delegation_leader(c, m) : NONE;
  if (leader != NONE) {
    out->d[0] = leader;
    out->n = 1;
    out->pos = mm->tb;
    return;
  }
  if (mm->kind == MK_NAME || mm->n_dent) {
    ex_arg_from(c, m, types, flags, out);
    return;
  }
  out->n = 0;
  out->pos = mm->tb;
}

int ex_cue_takes_prep(const kabar_rel_cue *cue, const char *w) {
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
        /* the states that acted: "Korea Utara mengecam pertemuan tersebut"
         * after two leaders met */
        size_t d = who[i] != NONE ? ex_fit(c, who[i], types & TYPE_BIT(KABAR_ENT_STATE)
                                                              ? TYPE_BIT(KABAR_ENT_STATE)
                                                              : types,
                                           RC_STATE, NULL)
                                  : NONE;
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
/* The person a counterpart or kin noun at k names: "mitranya Wang Yi",
 * "mitranya, Wang Yi", "mitranya dari China, Wang Yi", "pesaing Maduro,
 * Juan Guaido"; NONE otherwise. */
size_t ex_counterpart_named(const ctx *c, size_t s, size_t k) {
  size_t end = c->doc->sentences[s].tok_end;
  if (!(c->gcat[k] & (G_COUNTERPART | G_KIN)) || c->ment_at[k] != NONE)
    return NONE;
  size_t q = k + 1;
  /* a bare "istri" or "suami" names the one whose spouse it is right after
   * it: only the name after that and a comma is the spouse ("istri Mandela,
   * Graca Machel"; not "beserta istri, Perdana Menteri ...") */
  int bare_kin = !(c->gcat[k] & G_COUNTERPART) && !ends_with_nya(c, k);
  if (q + 2 < end && tok_is(c, q, "dari") && c->ment_at[q + 1] != NONE) {
    q = c->ments[c->ment_at[q + 1]].te;
    if (q + 1 >= end || !tok_is(c, q, ","))
      return NONE;
    q++;
  } else if (q + 1 < end && tok_is(c, q, ",") && !bare_kin) {
    q++; /* "mitranya, Wang Yi", "mantan wakilnya, Riek Machar" */
  } else if (q + 2 < end && c->ment_at[q] != NONE && tok_is(c, c->ments[c->ment_at[q]].te, ",")) {
    q = c->ments[c->ment_at[q]].te + 1; /* "pesaing Maduro, Juan Guaido" */
  } else if (bare_kin) {
    return NONE;
  }
  /* (past a title: "mitranya, Menteri Luar Negeri China Wang Yi") */
  size_t g = q < end && c->ment_at[q] == NONE ? ex_past_title_names(c, q, end) : q;
  if (g > q && g < end && c->ment_at[g] != NONE && c->ments[c->ment_at[g]].n_dent &&
      c->dents[c->ments[c->ment_at[g]].dent[0]].type == KABAR_ENT_PERSON)
    return c->ment_at[g];
  size_t m = q < end ? c->ment_at[q] : NONE;
  /* (a state too, named between commas: "menuduh lawannya, Iran, ...") */
  int state = m != NONE && c->ments[m].n_dent && c->dents[c->ments[m].dent[0]].type == KABAR_ENT_STATE &&
              q > k + 1 && tok_is(c, q - 1, ",") && c->ments[m].te < end && tok_is(c, c->ments[m].te, ",");
  return m != NONE && c->ments[m].n_dent && (c->dents[c->ments[m].dent[0]].type == KABAR_ENT_PERSON || state)
             ? m
             : NONE;
}

/* Whether the word at t is a noun of support ("dukungan"). */
static int supports_noun(ctx *c, size_t t) {
  kabar_morph mo;
  const kabar_root_info *ri = tok_root(c, t, &mo);
  if (!ri || mo.form != KABAR_FORM_NOUN)
    return 0;
  for (size_t r = 0; r < ri->n_rel; r++)
    if (kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation == KABAR_REL_SUPPORTS)
      return 1;
  return 0;
}

/* Whether the noun at t is a deed or a claim that has an agent: a claim
 * ("tuduhan"), an act ("tindakan"), a threat ("ancaman") or an attack or
 * accusation by its root ("serangan"). */
static int act_with_agent(ctx *c, size_t t) {
  if ((c->wcat[t] & W_CLAIM) || (c->gcat[t] & (G_ACT | G_INTENT)))
    return 1;
  kabar_morph mo;
  const kabar_root_info *ri = tok_root(c, t, &mo);
  for (size_t r = 0; ri && mo.form == KABAR_FORM_NOUN && r < ri->n_rel; r++) {
    kabar_relation rel = kabar_cues_rel(c->x->cues, ri->first_rel + r)->relation;
    if (rel == KABAR_REL_ATTACKED || rel == KABAR_REL_ACCUSED || rel == KABAR_REL_CRITICIZED)
      return 1;
  }
  return 0;
}

/* "senilai US$5,4 miliar", "sebesar $500 juta": an amount, the word that
 * introduces it, its currency and number words. Returns its end, or k. */
static size_t amount_end(const ctx *c, size_t k, size_t end) {
  static const char *const units[] = {"us", "$", "usd", "rp", "dolar", "euro", "rupiah", "yen",
                                      "yuan", "ribu", "juta", "miliar", "milyar", "triliun", "as"};
  size_t v = k + 1 < end && tok_is(c, k, "yang") ? k + 1 : k; /* "yang bernilai $ 10 miliar" */
  if (!(tok_is(c, v, "senilai") || tok_is(c, v, "sebesar") || tok_is(c, v, "seharga") ||
        tok_is(c, v, "bernilai")))
    return k;
  size_t q = v + 1;
  int number = 0;
  for (; q < end; q++) {
    int unit = 0;
    for (size_t i = 0; i < sizeof units / sizeof units[0] && !unit; i++)
      unit = tok_is(c, q, units[i]);
    if (tok_flags(c, q) & KABAR_TOK_NUMBER)
      number = 1;
    else if (!unit)
      break;
  }
  return number ? q : k;
}

/* "mengunjungi pulau terbesar di Pasifik, Papua Nugini": plain words (and
 * a place after "di") as a visit's object, then, after a comma, the one
 * state they describe, closing the clause. Its mention, or NONE. */
static size_t described_destination(const ctx *c, size_t k, size_t end) {
  size_t q = k;
  while (q < end && q < k + 6 && c->ment_at[q] == NONE && (tok_flags(c, q) & KABAR_TOK_WORD) &&
         !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[q] & (W_PREP | W_CONJ)) &&
         !ex_is_boundary(c, q))
    q++;
  if (q == k)
    return NONE;
  if (q + 1 < end && tok_is(c, q, "di") && c->ment_at[q + 1] != NONE &&
      c->ments[c->ment_at[q + 1]].n_dent && c->dents[c->ments[c->ment_at[q + 1]].dent[0]].type == KABAR_ENT_PLACE)
    q = c->ments[c->ment_at[q + 1]].te;
  if (q + 1 >= end || !tok_is(c, q, ",") || c->ment_at[q + 1] == NONE)
    return NONE;
  size_t m = c->ment_at[q + 1];
  const ment *mm = &c->ments[m];
  if (mm->kind != MK_NAME || !mm->n_dent || mm->group != NONE ||
      c->dents[mm->dent[0]].type != KABAR_ENT_STATE || (mm->te < end && !(tok_flags(c, mm->te) & KABAR_TOK_PUNCT)))
    return NONE;
  return m;
}

int ex_plain_word(ctx *c, size_t k) {
  return c->ment_at[k] == NONE && (tok_flags(c, k) & KABAR_TOK_WORD) &&
         !(tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         !(c->wcat[k] & (W_PREP | W_CONJ | W_BOUNDARY | W_RELATIVE | W_DEMONSTRATIVE)) && !ex_is_verb_word(c, k);
}

size_t ex_naming_clause_end(const ctx *c, size_t k, size_t end) {
  static const char *const naming[] = {"disebut", "dinamakan", "bernama", "berjuluk", "dijuluki", "dikenal"};
  if (k + 2 >= end || !(c->wcat[k] & W_RELATIVE) || c->ment_at[k + 1] != NONE)
    return k;
  size_t q = k + 1;
  int named = 0;
  for (size_t i = 0; i < sizeof naming / sizeof naming[0] && !named; i++)
    named = tok_is(c, q, naming[i]);
  if (!named)
    return k;
  q++;
  if (q < end && (tok_is(c, q, "sebagai") || tok_is(c, q, "dengan")))
    q++;
  return q < end && c->ment_at[q] != NONE ? q : k;
}

int ex_find_object(ctx *c, size_t s, size_t k, const kabar_rel_cue *cue, int verb, arg *out) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t described = verb && cue->direct && cue->relation == KABAR_REL_VISITED ? described_destination(c, k, end)
                                                                             : NONE;
  if (described != NONE) {
    ex_resolve_arg(c, described, cue->object_types, cue->flags, out);
    if (out->n)
      return 1;
  }
  int budget = verb ? WINDOW : WINDOW + 2, seen_prep = 0, other_prep = 0;
  int first = 1; /* nothing but skip words since the verb or the preposition */
  int seen_between = 0;
  int content_object = 0; /* a plain noun stood right after the verb */
  int agent_object = 0;   /* ... one for a deed or a claim someone makes */
  int place_object = 0;   /* ... and it names a place: "pangkalan udara Khalino" */
  int goods_origin = 0;   /* "sanksi atas minyak dari Iran": the name after "dari" */
  int prep_taken = 0;     /* a construction took the preposition before the name: "pembunuhan
                           * yang dilakukan oleh X", "mengunjungi museum di X" */
  out->n = 0;
  size_t start = k;
  /* "menuduh bahwa Iran memasok ...": the accused is the complement's subject */
  int claim_clause = cue->relation == KABAR_REL_ACCUSED && k + 1 < end && tok_is(c, k, "bahwa");
  if (claim_clause) {
    k++; /* "tuduhan AS bahwa Iran ..." too */
    seen_prep = 1;
    budget = 3;
  }
  while (k < end && budget > 0) {
    /* "dukungan untuk kemerdekaan, kedaulatan, dan integritas wilayah
     * Kazakhstan": a list of plain nouns after the preposition, then the
     * name they are of */
    if (seen_prep && first && ex_plain_word(c, k)) {
      size_t q = k;
      int joined = 0;
      while (q < end && q < k + 10 && (ex_plain_word(c, q) || tok_is(c, q, ",") || tok_is(c, q, "dan") ||
                                       tok_is(c, q, "serta")))
        joined |= !ex_plain_word(c, q++);
      if (joined && q < end && q > k + 2 && c->ment_at[q] != NONE && ex_plain_word(c, q - 1)) {
        k = q;
        continue;
      }
    }
    /* "kepada kelompok yang disebut Taliban": the name the noun goes by */
    size_t named_at = k > start && c->ment_at[k - 1] == NONE ? ex_naming_clause_end(c, k, end) : k;
    if (named_at > k) {
      k = named_at;
      continue;
    }
    /* "penjualan rudal Patriot senilai US$5,4 miliar kepada Arab Saudi": an
     * amount inside the object costs no words */
    size_t past_amount = amount_end(c, k, end);
    if (past_amount > k) {
      k = past_amount;
      continue;
    }
    /* "bertemu secara pribadi dengan X": a manner adverb of two words */
    if (tok_is(c, k, "secara") && k + 2 < end && c->ment_at[k + 1] == NONE &&
        (tok_flags(c, k + 1) & KABAR_TOK_WORD) && !(tok_flags(c, k + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
        !(c->wcat[k + 1] & W_PREP)) {
      k += 2;
      continue;
    }
    /* "mendukung dan membantu pembangunan Afganistan", "bertemu dan berbicara
     * dengan X": two verbs joined right after the cue share its object */
    if (verb && first && !seen_prep && k + 2 < end && (c->wcat[k] & W_CONJ) &&
        !tok_is(c, k, ",") && active_verb(c, k + 1)) {
      k += 2;
      continue;
    }
    /* "hubungan pertahanan ... yang sudah lama dengan AS": a short relative
     * clause that describes the noun, then its partner */
    if (!verb && (c->wcat[k] & W_RELATIVE) && ex_cue_takes_prep(cue, "dengan")) {
      size_t q = k + 1;
      while (q < end && q < k + 5 && c->ment_at[q] == NONE && (tok_flags(c, q) & KABAR_TOK_WORD) &&
             !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[q] & W_PREP) &&
             !ex_is_verb_word(c, q))
        q++;
      if (q > k + 1 && q + 1 < end && tok_is(c, q, "dengan") && c->ment_at[q + 1] != NONE) {
        k = q;
        continue;
      }
    }
    /* "bertemu, Minggu (2/8), dengan Menlu Mesir": a day or date between commas */
    if (tok_is(c, k, ",") && k + 1 < end && (c->wcat[k + 1] & W_TIME)) {
      size_t q = k + 2;
      while (q < end && q < k + 9 && !tok_is(c, q, ",") && c->ment_at[q] == NONE)
        q++;
      if (q + 1 < end && tok_is(c, q, ",")) {
        k = q + 1;
        continue;
      }
    }
    /* "dengan para pemimpin senior lain, termasuk Menteri Luar Negeri Wang
     * Yi": the list names who they were */
    if ((c->gcat[k] & G_LIST_INTRO) && (seen_prep || (verb && cue->direct))) {
      k += c->glen[k] ? c->glen[k] : 1;
      if (budget < 3)
        budget = 3;
      first = 1;
      continue;
    }
    /* "Kunjungan terakhir Bashir ke luar wilayah itu adalah ke China",
     * "kunjungan X yang terakhir adalah ke Y": the copula's predicate says
     * where to */
    if (ex_cue_takes_prep(cue, "ke") && ((c->gcat[k] & G_COPULA) || (c->wcat[k] & W_RELATIVE))) {
      size_t q = k;
      while (q < end && q < k + 4 && !(c->gcat[q] & G_COPULA))
        q++;
      if (q + 1 < end && (c->gcat[q] & G_COPULA) && tok_is(c, q + 1, "ke")) {
        k = q + 1;
        budget = WINDOW;
        first = 1; /* the predicate's "ke" starts the object afresh */
        seen_prep = 0;
        continue;
      }
    }
    /* "pembicaraan di Praia, ibu kota Cabo Verde, pada hari Senin dengan
     * X": a capital's apposition after where, between commas */
    if (tok_is(c, k, ",") && k > start && c->ment_at[k - 1] != NONE && c->ments[c->ment_at[k - 1]].locative &&
        k + 3 < end) {
      size_t q = k + 1;
      if (tok_is(c, q, "ibukota"))
        q++;
      else if (tok_is(c, q, "ibu") && tok_is(c, q + 1, "kota"))
        q += 2;
      if (q > k + 1 && q < end && c->ment_at[q] != NONE) {
        size_t r = c->ments[c->ment_at[q]].te;
        if (r < end && tok_is(c, r, ",")) {
          k = r + 1;
          continue;
        }
      }
    }
    /* "bertemu hari ini dengan X", "bertemu Senin malam dengan X": when,
     * between the verb and its object */
    if ((c->wcat[k] & W_TIME) && c->ment_at[k] == NONE && !(tok_flags(c, k) & KABAR_TOK_NUMBER)) {
      size_t q = k + 1;
      while (q < end && q < k + 3 && c->ment_at[q] == NONE &&
             ((c->wcat[q] & W_DEMONSTRATIVE) || tok_is(c, q, "lalu") || tok_is(c, q, "depan") ||
              tok_is(c, q, "malam") || tok_is(c, q, "pagi") || tok_is(c, q, "siang") || tok_is(c, q, "sore")))
        q++;
      if (q < end && (c->wcat[q] & W_PREP)) {
        k = q;
        continue;
      }
    }
    if (ex_is_boundary(c, k) && !(c->wcat[k] & W_PREP))
      return 0;
    /* "mengerahkan pasukan ke perbatasan Ukraina": up to the border, not
     * into the state (but "melintasi perbatasan") */
    if (cue->relation == KABAR_REL_DEPLOYED_TROOPS_TO && (c->gcat[k] & G_BORDER) && k > 0 &&
        (c->wcat[k - 1] & W_PREP))
      return 0;
    size_t who = ex_counterpart_named(c, s, k);
    if (who != NONE) {
      /* "bertemu mitranya dari China, Wang Yi" */
      ex_resolve_arg(c, who, cue->object_types, cue->flags, out);
      if (out->n)
        return 1;
    }
    const char *n = tok_norm(c, k);
    /* "bertemu Menteri Luar Negeri Turki, Hakan Fidan": the title's holder
     * is named after its comma */
    if (strcmp(n, ",") == 0 && k > 0 && c->ment_at[k - 1] != NONE && c->ments[c->ment_at[k - 1]].inner &&
        k + 1 < end && c->ment_at[k + 1] != NONE && c->ments[c->ment_at[k + 1]].n_dent &&
        c->dents[c->ments[c->ment_at[k + 1]].dent[0]].type == KABAR_ENT_PERSON) {
      k++;
      continue;
    }
    /* "memberikan bantuan ekonomi, militer dan hal teknis lainnya kepada
     * Pakistan": a list of plain words inside the object noun phrase, then
     * the cue's preposition */
    if (strcmp(n, ",") == 0 && !seen_prep && content_object) {
      size_t q = k + 1;
      int joined = 0;
      while (q < end && q < k + 8 && c->ment_at[q] == NONE && !ex_is_boundary(c, q) &&
             !(c->wcat[q] & W_PREP) && !ex_is_verb_word(c, q) &&
             (tok_flags(c, q) & KABAR_TOK_WORD) && !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
        joined |= (c->wcat[q++] & W_CONJ) != 0;
      if (joined && q < end && (c->wcat[q] & W_PREP) && ex_cue_takes_prep(cue, tok_norm(c, q))) {
        k = q;
        continue;
      }
    }
    if (strcmp(n, ",") == 0 && !seen_prep)
      return 0;
    if (strcmp(n, ",") == 0 && k > 0 && c->ment_at[k - 1] != NONE && !c->ments[c->ment_at[k - 1]].inner &&
        !(k + 1 < end && c->ment_at[k + 1] != NONE && c->ments[c->ment_at[k + 1]].n_dent &&
          c->dents[c->ments[c->ment_at[k + 1]].dent[0]].type == KABAR_ENT_PERSON))
      return 0; /* "ke Laut Jepang, kata militer Korea Selatan": past the place, no object;
                 * but "dengan mitranya dari Rusia, Sergei Lavrov" names him */
    size_t m = c->ment_at[k];
    if (m != NONE && c->ments[m].n_dent && c->ments[m].kind == MK_NAME &&
        c->dents[c->ments[m].dent[0]].type == KABAR_ENT_EVENT) {
      /* a named event is an action: its agent, or the names inside it */
      if ((cue->relation == KABAR_REL_SUPPORTS || cue->relation == KABAR_REL_OPPOSES ||
           cue->relation == KABAR_REL_CRITICIZED) && first &&
          (seen_prep || (verb && cue->direct)) && noun_agent(c, s, k, cue->object_types, out))
        return 1;
      if (cue->flags & RC_ADJACENT)
        return 0; /* "berada di tengah invasi Rusia ke Ukraina" */
      k++;
      budget--;
      first = 0;
      continue;
    }
    if (m != NONE) {
      ment *mm = &c->ments[m];
      if (mm->kind == MK_PRON_NYA) {
        if (ex_cue_takes_prep(cue, "kepada") || ex_cue_takes_prep(cue, "untuk") ||
            ex_cue_takes_prep(cue, "terhadap")) {
          /* "kepadanya": the clause subject */
          if (ex_find_subject(c, s, mm->tb, cue->object_types, cue->flags, out))
            return 1;
        }
        k = mm->te;
        continue;
      }
      /* "melawan Malaysia": a verb that is also a preposition takes its
       * object directly */
      int after_prep = mm->tb > 0 && (c->wcat[mm->tb - 1] & W_PREP) && !(verb && mm->tb == start);
      int ok = !mm->inner &&
               ((after_prep && (goods_origin || prep_taken || ex_cue_takes_prep(cue, tok_norm(c, mm->tb - 1)))) ||
                (!after_prep && ((verb && cue->direct && !other_prep) || seen_prep)));
      if (ok) {
        ex_resolve_arg(c, m, cue->object_types, cue->flags, out);
        out->between = seen_between;
        if (out->n) {
          if (cue->flags & RC_PLACE)
            mm->locative = 1; /* a destination stays a place */
          return 1;
        }
      }
      if (mm->n_dent && c->dents[mm->dent[0]].type == KABAR_ENT_PLACE)
        place_object = 1;
      k = mm->te;
      budget--;
      continue;
    }
    const kabar_lex_role *obj_role;
    size_t rl = match_role(c, k, end, &obj_role);
    if (rl && strcmp(obj_role->kind, "opposition") == 0) {
      /* "bertemu pemimpin oposisi Ukraina": its opposition, not the state;
       * the leader when named ("pemimpin oposisi (Ukraina) Juan Guaido") */
      size_t q = k + rl;
      if (q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].n_dent &&
          c->dents[c->ments[c->ment_at[q]].dent[0]].type == KABAR_ENT_STATE)
        q = c->ments[c->ment_at[q]].te;
      if (!(q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].n_dent &&
            c->dents[c->ments[c->ment_at[q]].dent[0]].type == KABAR_ENT_PERSON))
        return 0;
      k = q;
      continue;
    }
    if (rl) {
      /* "dari Duta Besar Jepang untuk Indonesia Masaki Yasushi": the holder
       * whose titled phrase opens here */
      for (size_t q = k + rl; q < end && q < k + 10; q++)
        if (c->ment_at[q] != NONE && !c->ments[c->ment_at[q]].inner && c->ments[c->ment_at[q]].phrase_tb == k &&
            c->ments[c->ment_at[q]].tb > k + rl) {
          rl = c->ments[c->ment_at[q]].tb - k;
          break;
        }
      k += rl; /* "dengan Menteri Luar Negeri Pakistan Ishaq Dar" */
      continue;
    }
    if (c->wcat[k] & W_PREP) {
      /* "mengecam ancaman dari Iran", "mengecam tuduhan dari parlemen Iran":
       * the one a stance is on is where the act it judges comes from */
      /* ("menentang penindakan oleh pemerintahan Suriah": any deed's agent
       * after "oleh") */
      if (verb && cue->direct && !seen_prep &&
          ((agent_object && tok_is(c, k, "dari")) || (content_object && tok_is(c, k, "oleh"))) &&
          (cue->relation == KABAR_REL_CRITICIZED || cue->relation == KABAR_REL_OPPOSES)) {
        seen_prep = prep_taken = first = 1;
        k++;
        continue;
      }
      /* "mendukung penuh tekanan terhadap Kremlin": after a plain noun as
       * the direct object, a phrase with a preposition belongs to that noun */
      if (verb && cue->direct && !seen_prep && content_object &&
          !((cue->flags & RC_PLACE) && (place_object || cue->relation == KABAR_REL_ATTACKED) &&
            tok_is(c, k, "di")))
        return 0;
      /* "mengunjungi sebuah museum di Afrika Selatan": who visits a place
       * visits the state it is in */
      if (verb && cue->direct && !seen_prep && place_object && cue->relation == KABAR_REL_VISITED &&
          tok_is(c, k, "di")) {
        seen_prep = prep_taken = first = 1;
        budget = 3;
        k++;
        continue;
      }
      /* "menyerang pangkalan udara Khalino di dekat kota Kursk, Rusia": a
       * place without a state is located by the place after "di" */
      /* "sanksi atas minyak dari Iran": a sanction on goods is on the state
       * they come from */
      if (seen_prep && cue->relation == KABAR_REL_SANCTIONED && strcmp(n, "dari") == 0 && !first &&
          k + 1 < end && c->ment_at[k + 1] != NONE) {
        k++;
        first = 1;
        goods_origin = 1;
        continue;
      }
      if (seen_prep && !ex_cue_takes_prep(cue, n)) {
        /* "ke 3 negara sekutu di Pasifik, yakni, Tuvalu, ...": the plain
         * noun's place, then the list that names them */
        size_t li = k + 1;
        while (li < end && li < k + 6 && !tok_is(c, li, ",") && !ex_is_boundary(c, li))
          li = c->ment_at[li] != NONE ? c->ments[c->ment_at[li]].te : li + 1;
        if (!first && li + 2 < end && tok_is(c, li, ",") && (c->gcat[li + 1] & G_LIST_INTRO)) {
          k = li + 1;
          continue;
        }
        /* another preposition ends it ("bertempur dengan gagah berani bersama
         * saudara-saudara Rusia"), unless an apposition names the object
         * after it: "dengan mitranya dari Rusia, Sergei Lavrov" */
        size_t q = k + 1;
        if (!(q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].te < end &&
              tok_is(c, c->ments[c->ment_at[q]].te, ",")))
          return 0;
      }
      /* "dukungan bagi lebih banyak tindakan terhadap Iran": a second
       * preposition past a plain noun after the first belongs to that noun */
      if (ex_cue_takes_prep(cue, n) && seen_prep && !first && !goods_origin && !prep_taken &&
          strcmp(n, "di") != 0) /* (but "serangan terhadap sasaran di Yaman": where they are) */
        return 0;
      if (ex_cue_takes_prep(cue, n)) {
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
    /* "mengecam penangkapan Aung San Suu Kyi oleh militer Myanmar": what was
     * done to someone; its doer after "oleh" is judged, never the patient */
    if (first && (c->wcat[k] & W_PATIENT_ACT) &&
        (cue->relation == KABAR_REL_CRITICIZED || cue->relation == KABAR_REL_OPPOSES ||
         cue->relation == KABAR_REL_SUPPORTS)) {
      for (size_t q = k + 1; q < end && q < k + 14; q++) {
        if (ex_is_boundary(c, q) || tok_is(c, q, ","))
          break;
        /* "oleh X", "yang dilakukan (oleh) Presiden X" */
        if (!tok_is(c, q, "oleh") && !tok_is(c, q, "dilakukan"))
          continue;
        size_t r = q + 1;
        if (r < end && tok_is(c, q, "dilakukan") && tok_is(c, r, "oleh"))
          r++;
        /* past a plain noun: "oleh militer Myanmar" */
        while (r < end && r < q + 4 && c->ment_at[r] == NONE && (tok_flags(c, r) & KABAR_TOK_WORD) &&
               !(tok_flags(c, r) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
          r++;
        size_t doer = r < end ? (c->ment_at[r] != NONE ? c->ment_at[r] : ex_titled_name_at(c, r, end)) : NONE;
        if (doer != NONE) {
          ex_resolve_arg(c, doer, cue->object_types, cue->flags | RC_STATE, out);
          return out->n > 0;
        }
        break;
      }
      return 0;
    }
    if (first && !seen_prep && (c->wcat[k] & W_CLAIM) && cue->relation == KABAR_REL_CRITICIZED &&
        verb && cue->direct)
      return noun_agent(c, s, k, cue->object_types, out); /* "mengecam tuduhan AS": the accuser */
    if (first && !seen_prep && (c->wcat[k] & W_CLAIM) && cue->relation != KABAR_REL_ACCUSED)
      return 0; /* "menolak tudingan Pyongyang": a denial, not opposition */
    if ((c->wcat[k] & W_BACKED) && k + 1 < end && supports_noun(c, k + 1))
      return 0; /* "mendukung pemerintah dukungan PBB": the UN-backed government, unnamed */
    /* ("bertemu pemimpin oposisi Ukraina", "tokoh oposisi Suriah": after a
     * title or a word for a figure, too) */
    int led_faction = k > start && (tok_is(c, k - 1, "tokoh") || match_role(c, k - 1, end, NULL) == 1);
    if ((first || led_faction || (k > start && (c->gcat[k - 1] & G_QUANTIFIER))) && (c->wcat[k] & W_FACTION) &&
        k + 1 < end && c->ment_at[k + 1] != NONE &&
        !(c->ments[c->ment_at[k + 1]].n_dent &&
          c->dents[c->ments[c->ment_at[k + 1]].dent[0]].type == KABAR_ENT_ORGANIZATION))
      return 0; /* "mendukung pemberontak Suriah": the rebels, not Syria ("gerilyawan
                 * Polisario" is the body itself) (but
                 * "persahabatan militan antara A dan B" is a friendship) */
    /* support for an action is support for its agent: "terhadap aneksasi ... oleh Rusia" */
    /* (an act with its own agent after it, "patroli China tersebut", is that
     * agent's, not the one told before) */
    if ((cue->relation == KABAR_REL_SUPPORTS || cue->relation == KABAR_REL_OPPOSES ||
         cue->relation == KABAR_REL_CRITICIZED) && first && (seen_prep || (verb && cue->direct)) &&
        !(k + 1 < end && c->ment_at[k + 1] != NONE) && refers_back(c, s, k, cue->object_types, out))
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
    /* "mengecam pembunuhan massal yang dilakukan (oleh) X": what is
     * condemned is X's deed, so X is */
    size_t done_at = k + 1; /* "yang terus dilakukan": past adverbs */
    while (done_at < end && done_at < k + 3 && (c->wcat[done_at] & W_SKIP))
      done_at++;
    if (!seen_prep && content_object && (c->wcat[k] & W_RELATIVE) && done_at + 1 < end &&
        tok_is(c, done_at, "dilakukan") &&
        (cue->relation == KABAR_REL_CRITICIZED || cue->relation == KABAR_REL_OPPOSES)) {
      k = done_at + (tok_is(c, done_at + 1, "oleh") ? 2 : 1);
      seen_prep = 1;
      prep_taken = 1;
      first = 1;
      budget = 3;
      continue;
    }
    /* the object does not lie past a relative clause or another verb,
     * except "atas uji nuklir yang dilakukan Korea Utara" after the preposition;
     * an active verb there has an object of its own: "persekutuan dengan para
     * pemimpin kiri yang mengecam Amerika Serikat" */
    if (!seen_prep && ((c->wcat[k] & W_RELATIVE) || (!verb && active_verb(c, k))))
      return 0;
    if (seen_prep && !first && (c->wcat[k] & W_RELATIVE) && k + 1 < end && active_verb(c, k + 1))
      return 0;
    /* "mendukung oposisi moderat dan menuduh Rusia": past a conjunction and
     * another verb lies that verb's object */
    size_t pv = k; /* "dan tidak mengecam Rusia" */
    while (pv > start && ((c->gcat[pv - 1] & G_NEGATION) || (c->wcat[pv - 1] & W_SKIP)))
      pv--;
    if (pv > 0 && (c->wcat[pv - 1] & W_CONJ) && active_verb(c, k))
      return 0;
    if (!(c->wcat[k] & (W_SKIP | W_ARTICLE | W_RELATIVE | W_CONJ)) &&
        !(tok_flags(c, k) & (KABAR_TOK_QUOTE | KABAR_TOK_NUMBER | KABAR_TOK_PUNCT))) {
      if ((cue->flags & RC_ADJACENT) && !(c->wcat[k] & W_TRANSPARENT))
        return 0;
      if (first && !seen_prep && !ex_is_verb_word(c, k) && !c->status[k]) {
        content_object = 1;
        agent_object = act_with_agent(c, k);
        place_object = (c->wcat[k] & W_PLACE_NOUN) != 0;
      }
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
    if (ex_is_boundary(c, k) || tok_is(c, k, ","))
      break;
    if (tok_is(c, k, "antara") && k + 1 < end && c->ment_at[k + 1] != NONE) {
      ex_resolve_arg(c, c->ment_at[k + 1], types, RC_STATE, out);
      return out->n > 1; /* the two parties of a joint action */
    }
    /* "tuduhan dari parlemen Iran": a claim's source is its agent */
    int source = tok_is(c, k, "dari") && (c->wcat[t] & W_CLAIM);
    if ((c->wcat[k] & W_PREP) && !tok_is(c, k, "oleh") && !source)
      return 0;
    size_t m = c->ment_at[k];
    if (m != NONE) {
      ment *mm = &c->ments[m];
      if (mm->tb > 0 && (tok_is(c, mm->tb - 1, "oleh") ||
                         (tok_is(c, mm->tb - 1, "dari") && (c->wcat[t] & W_CLAIM)))) {
        ex_resolve_arg(c, m, types, RC_STATE, out);
        return out->n > 0;
      }
      if (mm->tb > 0 && (c->wcat[mm->tb - 1] & W_PREP))
        return 0;
      /* a genitive is the agent unless "oleh" names another */
      arg g;
      ex_resolve_arg(c, m, types, RC_STATE, &g);
      for (size_t q = mm->te; q < end && q < mm->te + 4; q++)
        if (tok_is(c, q, "oleh") && q + 1 < end && c->ment_at[q + 1] != NONE) {
          ex_resolve_arg(c, c->ment_at[q + 1], types, RC_STATE, out);
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

size_t ex_titled_name_at(const ctx *c, size_t q, size_t end) {
  size_t g = q < end ? ex_past_titles(c, q, end) : end;
  while (g < end && c->ment_at[g] != NONE && c->ments[c->ment_at[g]].inner)
    g = c->ments[c->ment_at[g]].te; /* past the title's state: "Presiden Prancis | Macron" */
  return g < end ? c->ment_at[g] : NONE;
}

/* The antecedent of -nya on a noun at t. */
int ex_nya_antecedent(ctx *c, size_t s, size_t t, unsigned types, unsigned flags, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  /* "sebab Moskow kini berada di bawah tekanan Barat karena invasinya ke
   * Ukraina": in a clause of reason with no subject, the one of the clause
   * it gives the reason for */
  size_t ci = ex_clause_at(c, s, t);
  if (ci != NONE && c->clauses[ci].subj_m == NONE && c->clauses[ci].tb > sb &&
      (tok_is(c, c->clauses[ci].tb, "karena") || tok_is(c, c->clauses[ci].tb, "sebab")))
    /* (or the head of a relative clause, "Rusia yang menghadapi sanksi
     * karena perangnya"; past one that names none, "tekanan Barat yang kuat
     * karena ...") */
    for (size_t p = ci; p-- > 0 && p + 4 > ci && c->clauses[p].tb >= sb;) {
      size_t sm = c->clauses[p].subj_m;
      if (sm == NONE || c->ments[sm].sent != s ||
          (c->clauses[p].subj_how != CS_OWN && c->clauses[p].subj_how != CS_RELATIVE))
        continue;
      ex_resolve_arg(c, sm, types, flags, out);
      if (out->n)
        return 1;
    }
  if (ex_find_subject(c, s, t, types, flags, out))
    return 1;
  /* "Kunjungan Merkel ke China menyusul lawatannya ke Washington": a person
   * before it first, then any name */
  for (int pass = (types & TYPE_BIT(KABAR_ENT_PERSON)) ? 0 : 1; pass < 2; pass++)
    for (size_t k = t; k-- > sb;)
      if (c->ment_at[k] != NONE) {
        ex_resolve_arg(c, c->ment_at[k], pass ? types : TYPE_BIT(KABAR_ENT_PERSON), flags, out);
        if (out->n)
          return 1;
        k = c->ments[c->ment_at[k]].tb;
      }
  /* cataphora: "Selama kunjungannya ke Rusia, Kim ..." (not a name of a
   * list, which is the noun's own: "Kunjungannya ke Jepang, Indonesia dan
   * Tiongkok ...") */
  const sent_info *si = &c->sents[s];
  size_t sm = si->subject.n && si->subject.pos < c->doc->n_tokens ? c->ment_at[si->subject.pos] : NONE;
  size_t first = sm != NONE && c->ments[sm].group != NONE ? c->ments[sm].group : sm;
  int own_list = first != NONE && c->ments[first].tb > t && (c->wcat[c->ments[first].tb - 1] & W_PREP);
  if (si->subject.n && !own_list && main_subject_arg(c, s, types, flags, out))
    return 1;
  /* "Clinton tiba di Tokyo. Kunjungannya ke Jepang, Indonesia ...": with no
   * name in its sentence to refer to, the person the sentence before (or
   * the one before that) was about */
  if (!(types & TYPE_BIT(KABAR_ENT_PERSON)))
    return 0;
  for (size_t p = s; p-- > 0 && p + 3 > s;) {
    if (c->doc->sentences[p].kind != KABAR_SENT_TEXT)
      continue;
    if (c->sents[p].subject.n && main_subject_arg(c, p, TYPE_BIT(KABAR_ENT_PERSON), flags, out))
      return 1;
    if (c->sents[p].subject.n)
      return 0; /* about someone or something else */
  }
  return 0;
}

/* "menentang kecaman atas ...": a noun right after a verb that is itself a
 * relation cue is that verb's object; the clause subject is not its agent. */
int ex_object_of_cue_verb(ctx *c, size_t s, size_t t) {
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
int ex_appositive_head(ctx *c, size_t s, size_t t, const kabar_rel_cue *cue, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t k = t;
  while (k > sb && (c->wcat[k - 1] & (W_ARTICLE | W_SKIP)))
    k--;
  if (k > sb && (c->gcat[k - 1] & G_COPULA)) {
    size_t q = k - 1;
    while (q > sb && (c->wcat[q - 1] & W_SKIP))
      q--;
    if (q > sb && c->ment_at[q - 1] != NONE) {
      ex_resolve_arg(c, c->ment_at[q - 1], cue->subject_types, cue->flags | RC_STATE, out);
      return out->n > 0;
    }
    return 0;
  }
  if (k > sb + 1 && tok_is(c, k - 1, ",") && c->ment_at[k - 2] != NONE) {
    ex_resolve_arg(c, c->ment_at[k - 2], cue->subject_types, cue->flags | RC_STATE, out);
    return out->n > 0;
  }
  return 0;
}

/* "Kerja sama militer antara Korea Utara dan Rusia merupakan pelanggaran
 * ...": a noun after a copula whose subject is an action has that action's
 * agents. */
int ex_copular_action_agent(ctx *c, size_t s, size_t t, unsigned types, arg *out) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t k = t;
  while (k > sb && (c->wcat[k - 1] & (W_ARTICLE | W_SKIP)))
    k--;
  if (k == sb || !(c->gcat[k - 1] & G_COPULA))
    return 0;
  for (size_t q = k - 1; q-- > sb && q + 10 > k;) {
    if (ex_is_boundary(c, q))
      break;
    if (c->ment_at[q] == NONE && c->root[q] && c->root[q]->n_rel &&
        (c->morph[q].form == KABAR_FORM_NOUN || c->morph[q].form == KABAR_FORM_BASE) &&
        noun_agent(c, s, q, types, out))
      return 1;
  }
  return 0;
}

/* "..., termasuk memberikan bantuan ...": the parties of the fact before it
 * in the sentence. */
int ex_inherit_parties(ctx *c, size_t s, size_t t, arg *subj, arg *obj) {
  size_t sb = c->doc->sentences[s].tok_begin;
  int found = 0;
  for (size_t k = t; k-- > sb && k + 4 > t;)
    if (c->gcat[k] & G_LIST_INTRO)
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
