/* SPDX-License-Identifier: MIT */
/* The statistical tagger's reading of a sentence, for the name rules: a
 * capitalised run that no lexicon knows and no context introduces is a
 * name when the tagger, trained on public Indonesian NER data, reads it as
 * one. Sentences are tagged only when a rule asks, so text the rules read
 * on their own costs nothing. */
#include "internal.h"

/* Tags sentence s into c->ner (once). 0, or -1 when out of memory. */
static int tag_sentence(ctx *c, size_t s) {
  if (c->ner_sent == s)
    return 0;
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t n = se->tok_end - se->tok_begin;
  const char **words = malloc((n ? n : 1) * sizeof *words);
  if (!words)
    return -1;
  for (size_t i = 0; i < n; i++) {
    const kabar_token *tok = &c->doc->tokens[se->tok_begin + i];
    words[i] = kabar_arena_strndup(c->arena, c->doc->text + tok->start, tok->end - tok->start);
    if (!words[i]) {
      free(words);
      return -1;
    }
  }
  kabar_word_cache *wc = c->wc;
  if (!wc->tagger && !(wc->tagger = kabar_tagger_memo_new())) {
    free(words);
    return -1;
  }
  kabar_status st = kabar_tagger_tag_memo(c->x->tagger, wc->tagger, words, n, c->ner + se->tok_begin);
  free(words);
  if (st != KABAR_OK)
    return -1;
  c->ner_sent = s;
  return 0;
}

/* Whether words a and b = a + 2 are written joined by a slash ("Reuters/HO"). */
static int slash_joined(const ctx *c, size_t a, size_t b) {
  const kabar_token *tok = c->doc->tokens;
  return tok[a].end == tok[a + 1].start && tok[a + 1].end == tok[b].start &&
         strcmp(tok[a + 1].norm, "/") == 0 && (tok[a].flags & KABAR_TOK_WORD) &&
         (tok[b].flags & KABAR_TOK_WORD);
}

/* A word the tagger may call part of a name: capitalised but, unless it
 * names a body, not an acronym (those have rules of their own), no word the data knows as a
 * common, function or cue word ("Karantina", "Luar Negeri"), no known
 * name, no hyphenated pair ("ASEAN-India"). */
static int plain_name_word(ctx *c, size_t t, size_t end, int acronym_ok) {
  unsigned f = c->doc->tokens[t].flags;
  /* the model learnt Latin script only: "Организация" is nothing it knows */
  unsigned char lead = (unsigned char)c->doc->tokens[t].norm[0];
  if (lead >= 0x80 && (lead < 0xC3 || lead > 0xC9))
    return 0;
  /* "(ANTARA/Reuters/HO)": a word joined by a slash to another is one of a
   * photo's credits or of alternatives, no name the tagger learnt */
  if ((t > 1 && slash_joined(c, t - 2, t)) ||
      (t + 2 < c->doc->n_tokens && slash_joined(c, t, t + 2)))
    return 0;
  return (f & KABAR_TOK_WORD) && (f & KABAR_TOK_CAP) && (acronym_ok || !(f & KABAR_TOK_UPPER)) &&
         !c->wcat[t] &&
         !c->gcat[t] && !c->root[t] && !c->status[t] && !strchr(c->doc->tokens[t].norm, '-') &&
         !match_entity(c, t, end, NULL) && !match_role(c, t, end, NULL);
}

/* ex_mostly_common(), but a word that the tagger's unlabelled text writes
 * as a proper noun counts as no ordinary word: the Hunspell list holds
 * "dara", "maria" and "malik", yet "Dara", "Maria" and "Jamal Malik" in a
 * sentence are names. */
static int mostly_common_unless_proper(ctx *c, size_t t, size_t e) {
  size_t common = 0;
  for (size_t k = t; k < e; k++) {
    const kabar_token *tok = &c->doc->tokens[k];
    char word[64];
    size_t len = tok->end - tok->start;
    if (len < sizeof word) {
      memcpy(word, c->doc->text + tok->start, len);
      word[len] = '\0';
      if (kabar_tagger_word_proper(c->x->tagger, word))
        continue;
    }
    int r = kabar_dictionary_common(c->x->dict, tok->norm);
    if (r < 0)
      return ex_out_of_memory(c), 0;
    common += (size_t)r;
  }
  return 2 * common > e - t;
}

/* Whether the tagger reads [t, pe) as one name whose first tag is b, ending
 * at pe, where [t, e) are words it may call part of a name and [e, pe)
 * (maybe none) a name the lexicon knows. */
static int tagged_span(ctx *c, size_t s, size_t t, size_t e, size_t pe, kabar_tag b) {
  const kabar_sentence *se = &c->doc->sentences[s];
  if (!c->x->tagger || t >= e || e > pe || t < se->tok_begin || pe > se->tok_end)
    return 0;
  for (size_t k = t; k < e; k++)
    if (!plain_name_word(c, k, se->tok_end, b == KABAR_TAG_B_ORG))
      return 0;
  /* a body's acronym is no ordinary word in capitals ("BAFTA", not the
   * cloth "bafta") */
  if (!(b == KABAR_TAG_B_ORG && e == t + 1 && (c->doc->tokens[t].flags & KABAR_TOK_UPPER)) &&
      mostly_common_unless_proper(c, t, e))
    return 0;
  if (tag_sentence(c, s) < 0) {
    ex_out_of_memory(c);
    return 0;
  }
  if (c->ner[t] != b)
    return 0;
  for (size_t k = t + 1; k < pe; k++)
    if (c->ner[k] != b + 1)
      return 0;
  return pe == se->tok_end || c->ner[pe] != b + 1;
}

int ex_tagged_span(ctx *c, size_t s, size_t t, size_t e, kabar_tag b) {
  return tagged_span(c, s, t, e, e, b);
}

size_t ex_tagged_body_with_place(ctx *c, size_t s, size_t t, size_t e) {
  const kabar_sentence *se = &c->doc->sentences[s];
  const kabar_lex_entity *le;
  size_t n = e < se->tok_end ? match_entity(c, e, se->tok_end, &le) : 0;
  if (!n || (le->type != KABAR_ENT_PLACE && le->type != KABAR_ENT_STATE))
    return 0;
  return tagged_span(c, s, t, e, e + n, KABAR_TAG_B_ORG) ? e + n : 0;
}

int ex_all_common(ctx *c, size_t t, size_t e) {
  for (size_t k = t; k < e; k++) {
    int r = kabar_dictionary_common(c->x->dict, c->doc->tokens[k].norm);
    if (r < 0)
      return ex_out_of_memory(c), 0;
    if (!r)
      return 0;
  }
  return e > t;
}

int ex_mostly_common(ctx *c, size_t t, size_t e) {
  size_t common = 0;
  for (size_t k = t; k < e; k++) {
    int r = kabar_dictionary_common(c->x->dict, c->doc->tokens[k].norm);
    if (r < 0)
      return ex_out_of_memory(c), 0;
    common += (size_t)r;
  }
  return 2 * common > e - t;
}

/* Whether a mention other than m names entity d. */
static int named_elsewhere(const ctx *c, size_t d, size_t m) {
  for (size_t k = 0; k < c->n_ments; k++)
    for (size_t j = 0; k != m && j < c->ments[k].n_dent; j++)
      if (c->ments[k].dent[j] == d)
        return 1;
  return 0;
}

/* The tagger's span that starts at t, whose first tag goes in *b: its end
 * (*b is 0 and the end t + 1 when no span starts there). */
static size_t tagged_end(const ctx *c, size_t t, size_t end, unsigned char *b) {
  *b = c->ner[t];
  if (*b != KABAR_TAG_B_PER && *b != KABAR_TAG_B_ORG && *b != KABAR_TAG_B_LOC) {
    *b = 0;
    return t + 1;
  }
  size_t e = t + 1;
  while (e < end && c->ner[e] == *b + 1)
    e++;
  return e;
}

/* Whether a known place is listed right beside the name [t, e) ("Yekaterinburg,
 * Tyumen dan Vladivostok"), or a place noun or a preposition of places
 * other than "dari" comes a few words before it ("kota penting Gori",
 * "ke Gori"): then a place the rules read stays one, whatever the tagger
 * reads. */
static int placed_nearby(ctx *c, size_t s, size_t t, size_t e) {
  static const char *const to[] = {"di", "ke", "dekat", "menuju", "sekitar", "asal"};
  size_t sb = c->doc->sentences[s].tok_begin, end = c->doc->sentences[s].tok_end;
  for (size_t q = t; q-- > sb && q + 3 >= t;) {
    if (c->wcat[q] & W_PLACE_NOUN)
      return 1;
    for (size_t i = 0; i < sizeof to / sizeof to[0]; i++)
      if (tok_is(c, q, to[i]))
        return 1;
  }
  size_t side[2] = {t >= sb + 2 ? t - 2 : NONE, e + 1 < end ? e + 1 : NONE};
  size_t sep[2] = {t >= sb + 2 ? t - 1 : NONE, e < end ? e : NONE};
  for (int i = 0; i < 2; i++) {
    if (side[i] == NONE || c->ment_at[side[i]] == NONE ||
        !(tok_is(c, sep[i], ",") || (c->wcat[sep[i]] & W_CONJ)))
      continue;
    const ment *m = &c->ments[c->ment_at[side[i]]];
    if (m->n_dent && ex_dent_lex(c, m->dent[0]) &&
        (c->dents[m->dent[0]].type == KABAR_ENT_PLACE || c->dents[m->dent[0]].type == KABAR_ENT_STATE))
      return 1;
  }
  return 0;
}

kabar_status ex_tagged_types(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  if (!c->x->tagger || c->title_case || se->kind != KABAR_SENT_TEXT || c->failed != KABAR_OK)
    return c->failed;
  for (size_t m = c->sents[s].m_begin; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || mm->n_dent != 1 || mm->sent != s ||
        (mm->how != KABAR_MK_PATTERN && mm->how != KABAR_MK_MODEL))
      continue;
    size_t d = mm->dent[0];
    kabar_entity_type dt = c->dents[d].type;
    if ((dt != KABAR_ENT_PERSON && dt != KABAR_ENT_PLACE) || ex_dent_lex(c, d) ||
        (c->wcat[mm->tb] & (W_PLACE_COMPOUND | W_PLACE_NOUN)) || (c->first[mm->te - 1] & FIRST_PLACE_LAST) ||
        named_elsewhere(c, d, m))
      continue; /* "Pangkalan Militer Andrews", "Darbar Hall": a place by its head noun stays one */
    if (tag_sentence(c, s) < 0) {
      ex_out_of_memory(c);
      return c->failed;
    }
    unsigned char b;
    if (tagged_end(c, mm->tb, se->tok_end, &b) != mm->te)
      continue;
    size_t nd;
    if (b == KABAR_TAG_B_ORG) {
      nd = ex_add_dent(c, KABAR_ENT_ORGANIZATION, c->dents[d].label, NULL);
    } else if (b == KABAR_TAG_B_PER && dt == KABAR_ENT_PLACE && !placed_nearby(c, s, mm->tb, mm->te)) {
      /* "terdiri dari Rizki Abdurahman", "lagu dari Justin Bieber": a
       * place only by "dari" or a list, a person by the tagger */
      int one = mm->te == mm->tb + 1;
      if (one && strlen(tok_norm(c, mm->tb)) < 3)
        continue;
      nd = one ? ex_add_dent(c, KABAR_ENT_PERSON, c->dents[d].label, NULL)
               : ex_person_new(c, mm->tb, mm->te);
      if (nd != NONE && one)
        c->dents[nd].mononym = 1;
    } else {
      continue;
    }
    if (nd == NONE)
      return c->failed;
    c->dents[nd].guessed = 1;
    c->ments[m].dent[0] = nd; /* the old entity, named nowhere else, is not exported */
    c->ments[m].how = KABAR_MK_MODEL;
  }
  return c->failed;
}
