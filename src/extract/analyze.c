/* SPDX-License-Identifier: MIT */
/* `kabar analyze`: each sentence's layers as the passes left them, for
 * writing frames and debugging rules. The format is for people; it may
 * change between versions. */
#include "internal.h"

static const char *form_name(unsigned form) {
  static const char *const names[] = {"base", "meN-", "di-", "ber-", "ter-", "noun"};
  return form < sizeof names / sizeof names[0] ? names[form] : "?";
}

static const char *status_kind_name(kabar_status_kind k) {
  static const char *const names[] = {"planned", "negated", "alleged", "denied", "none"};
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

static void put_span(const ctx *c, size_t b, size_t e, FILE *out) {
  if (b >= e)
    return;
  const kabar_token *tb = &c->doc->tokens[b], *te = &c->doc->tokens[e - 1];
  for (const char *p = c->doc->text + tb->start; p < c->doc->text + te->end; p++)
    putc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, out);
}

static void put_mention(const ctx *c, size_t m, FILE *out) {
  if (m == NONE) {
    fputs("-", out);
    return;
  }
  const ment *mm = &c->ments[m];
  fputs("\"", out);
  put_span(c, mm->tb, mm->te, out);
  fputs("\"", out);
  for (size_t k = 0; k < mm->n_dent; k++)
    fprintf(out, "%s%s", k ? ", " : " = ", c->dents[mm->dent[k]].label);
}

static void print_words(ctx *c, const kabar_sentence *se, FILE *out) {
  fputs("  words:\n", out);
  for (size_t t = se->tok_begin; t < se->tok_end; t++) {
    char cats[256];
    size_t n = 0;
    cats[0] = '\0';
    for (kabar_word_cats bit = 1; bit; bit <<= 1) {
      const char *name = (c->wcat[t] & bit) ? kabar_cues_category_name(bit) : NULL;
      if (name && n < sizeof cats)
        n += (size_t)snprintf(cats + n, sizeof cats - n, " %s", name);
    }
    for (kabar_grammar_cats bit = 1; bit; bit <<= 1) {
      const char *name = (c->gcat[t] & bit) ? kabar_grammar_category_name(bit) : NULL;
      if (name && n < sizeof cats)
        n += (size_t)snprintf(cats + n, sizeof cats - n, " %s", name);
    }
    kabar_morph mo;
    const kabar_root_info *ri = tok_root(c, t, &mo);
    if (ri && ri->n_rel && n < sizeof cats)
      n += (size_t)snprintf(cats + n, sizeof cats - n, " cue:%s/%s", mo.root, form_name(mo.form));
    if (c->status[t] && n < sizeof cats)
      n += (size_t)snprintf(cats + n, sizeof cats - n, " status:%s",
                            status_kind_name(c->status[t]->kind));
    if (!n)
      continue;
    fprintf(out, "    %zu ", t - se->tok_begin + 1);
    put_span(c, t, t + 1, out);
    fprintf(out, ":%s\n", cats);
  }
}

static void print_mentions(ctx *c, size_t s, FILE *out) {
  static const char *const kinds[] = {"name",  "pronoun",  "they",   "pair",     "state-ref",
                                      "body-ref", "-nya",  "title-ref", "pair",  "dropped",
                                      "agreement-ref", "own-state", "speaker", "speaker-state"};
  _Static_assert(sizeof kinds / sizeof kinds[0] == MK_SPEAKER_STATE + 1, "a name per mention kind");
  const sent_info *si = &c->sents[s];
  if (si->m_begin == si->m_end)
    return;
  fputs("  mentions:\n", out);
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    const ment *mm = &c->ments[m];
    fprintf(out, "    %s ", mm->kind < sizeof kinds / sizeof kinds[0] ? kinds[mm->kind] : "?");
    put_mention(c, m, out);
    if (mm->n_dent)
      fprintf(out, " (%s)", kabar_entity_type_name(c->dents[mm->dent[0]].type));
    fprintf(out, "%s%s%s\n", mm->inner ? " inside-title" : "", mm->locative ? " locative" : "",
            mm->group != NONE ? " coordinated" : "");
  }
}

static void print_clauses(ctx *c, size_t s, FILE *out) {
  static const char *const kinds[] = {"no predicate", "verb", "copula", "role verb"};
  static const char *const how[] = {"", "", " (relative: the name before 'yang')",
                                    " (carried from the clause before)",
                                    " (the object of the verb before)"};
  const sent_info *si = &c->sents[s];
  for (size_t i = si->c_begin; i < si->c_end; i++) {
    const clause *cl = &c->clauses[i];
    fprintf(out, "  clause %zu: ", i - si->c_begin + 1);
    put_span(c, cl->tb, cl->te, out);
    fprintf(out, "\n    predicate: %s", kinds[cl->kind]);
    if (cl->pred != NONE && cl->pred_te > cl->pred) {
      fputs(" \"", out);
      put_span(c, cl->pred, cl->pred_te, out);
      fputs("\"", out);
    }
    if (cl->kind == CL_VERB)
      fprintf(out, " %s", form_name(cl->voice));
    fprintf(out, "%s\n    subject: ", cl->negated ? " negated" : "");
    put_mention(c, cl->subj_m, out);
    fprintf(out, "%s\n", how[cl->subj_how]);
    if (cl->obj_m != NONE) {
      fputs("    object: ", out);
      put_mention(c, cl->obj_m, out);
      putc('\n', out);
    }
    for (size_t k = 0; k < cl->n_obl; k++) {
      fputs("    oblique ", out);
      put_span(c, cl->obl[k].prep, cl->obl[k].prep + 1, out);
      putc(' ', out);
      put_mention(c, cl->obl[k].m, out);
      putc('\n', out);
    }
  }
}

static void print_phrases(ctx *c, size_t s, FILE *out) {
  static const char *const slots[] = {"", " predicate", " apposition"};
  const sent_info *si = &c->sents[s];
  for (size_t i = si->p_begin; i < si->p_end; i++) {
    const phrase *p = &c->phrases[i];
    fputs("  phrase: ", out);
    put_span(c, p->tb, p->te, out);
    fputs("\n    head \"", out);
    put_span(c, p->tb, p->head_te, out);
    fprintf(out, "\"%s; frames:", slots[p->slot]);
    for (size_t k = 0; k < p->n_frames; k++)
      fprintf(out, " [%s]", p->frames[k]->name + strlen("frame "));
    fputs("\n    of: ", out);
    put_mention(c, p->gen_m, out);
    if (p->slot != PS_OTHER) {
      fputs("; describes: ", out);
      put_mention(c, ex_phrase_referent(c, p), out);
    }
    if (p->list_m != NONE) {
      fputs("; members from: ", out);
      put_mention(c, p->list_m, out);
    }
    if (p->between_m != NONE) {
      fputs("; between: ", out);
      put_mention(c, p->between_m, out);
      if (p->between_m2 != NONE) {
        fputs(" and ", out);
        put_mention(c, p->between_m2, out);
      }
    }
    putc('\n', out);
  }
}

static void print_sentence(ctx *c, size_t s, const size_t *facts, size_t n_facts, FILE *out) {
  const kabar_sentence *se = &c->doc->sentences[s];
  fprintf(out, "== %s sentence %zu (%s)\n", c->doc->name, s + 1, kabar_sentence_kind_name(se->kind));
  put_span(c, se->tok_begin, se->tok_end, out);
  putc('\n', out);
  print_words(c, se, out);
  print_mentions(c, s, out);
  print_clauses(c, s, out);
  print_phrases(c, s, out);
  for (size_t i = 0; i < n_facts; i++) {
    const pfact *pf = &c->facts[facts[i]];
    fprintf(out, "  fact: %s %s %s [%s] by %s%s%s\n", c->dents[pf->s].label,
            kabar_relation_name(pf->rel), c->dents[pf->o].label, kabar_fact_status_name(pf->status),
            pf->why ? pf->why : "?", pf->why_root ? " " : "", pf->why_root ? pf->why_root : "");
  }
  putc('\n', out);
}

kabar_status ex_print_doc(ctx *c, FILE *out) {
  /* the facts by sentence (a title's facts were added before the sentence's
   * other facts, by an earlier pass): a counting sort */
  size_t ns = c->doc->n_sentences;
  size_t *first = calloc(ns + 1, sizeof *first);
  size_t *order = malloc((c->n_facts ? c->n_facts : 1) * sizeof *order);
  if (!first || !order) {
    free(first);
    free(order);
    return KABAR_ERR_NOMEM;
  }
  for (size_t f = 0; f < c->n_facts; f++)
    first[c->facts[f].sent + 1]++;
  for (size_t s = 0; s < ns; s++)
    first[s + 1] += first[s];
  for (size_t f = 0; f < c->n_facts; f++)
    order[first[c->facts[f].sent]++] = f;
  /* first[s] is now the end of sentence s's facts */
  for (size_t s = 0, begin = 0; s < ns; begin = first[s], s++)
    print_sentence(c, s, order + begin, first[s] - begin, out);
  free(first);
  free(order);
  return KABAR_OK;
}
