/* SPDX-License-Identifier: MIT */
/* The phrase layer: the noun phrases that frames are matched on. Each is
 * headed by a frame's head word ("sekutu", "kerja sama militer") or by a
 * role title with no name after it ("Menteri Luar Negeri Indonesia"), and
 * is read once: the modifiers after the head, the genitive (the entity it
 * is of), the members a list word introduces, the parties after "antara",
 * and its place in its clause: the predicate of a copula or role verb, an
 * apposition to a name, or neither. */
#include "internal.h"

#define MAX_MODIFIERS 3
#define MAX_FILLER 3 /* lower-case words between a head and "antara" */

/* Whether a title or frame head stands between m and the next member of
 * its coordination: "Panglima Angkatan Darat, Sekretaris Jenderal Partai
 * Rakyat, dan anggota Majelis Nasional" lists offices, each of its own body. */
static int group_split_by_heads(ctx *c, size_t m) {
  const ment *mm = &c->ments[m];
  size_t end = ex_group_end(c, mm->group == NONE ? m : mm->group);
  if (mm->group == NONE)
    return 0;
  for (size_t q = c->ments[mm->group].te; q < end; q++)
    if (c->ment_at[q] == NONE && ((c->first[q] & FIRST_HEAD) || match_role(c, q, end, NULL)))
      return 1;
  return 0;
}

/* The end of the members of m's coordination from m on that no title or
 * frame head separates. */
static size_t members_end(ctx *c, size_t m) {
  size_t end = ex_group_end(c, m), te = c->ments[m].te;
  for (size_t q = te; q < end; q++) {
    if (c->ment_at[q] != NONE) {
      te = q = c->ments[c->ment_at[q]].te;
      q--;
    } else if ((c->first[q] & FIRST_HEAD) || match_role(c, q, end, NULL)) {
      break;
    }
  }
  return te;
}

static size_t skip_modifiers(const ctx *c, size_t k, size_t end) {
  for (size_t n = 0; k < end && n < MAX_MODIFIERS && (c->gcat[k] & G_MODIFIER) &&
                     c->ment_at[k] == NONE;
       n++)
    k++;
  return k;
}

/* Whether t is a plain lower-case word that may stand inside a noun phrase. */
static int filler_word(ctx *c, size_t t) {
  return (tok_flags(c, t) & KABAR_TOK_WORD) && !(tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         c->ment_at[t] == NONE && !(c->wcat[t] & (W_PREP | W_BOUNDARY | W_RELATIVE | W_CONJ)) &&
         !(c->gcat[t] & (G_COPULA | G_ROLE_VERB | G_LIST_INTRO)) && !ex_is_verb_word(c, t);
}

/* "anggota terbesar dan paling berpengaruh | dalam dewan itu": past more
 * modifiers joined by "dan", the body a member is "dalam"; its mention, or
 * NONE. */
static int modifier_word(ctx *c, size_t t) { /* "paling berpengaruh" too */
  return (tok_flags(c, t) & KABAR_TOK_WORD) && !(tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         c->ment_at[t] == NONE && !(c->wcat[t] & (W_PREP | W_BOUNDARY | W_RELATIVE | W_CONJ)) &&
         !(c->gcat[t] & (G_COPULA | G_ROLE_VERB | G_LIST_INTRO)) && c->morph[t].form != KABAR_FORM_ACTIVE &&
         c->morph[t].form != KABAR_FORM_PASSIVE;
}

static size_t body_of_membership(ctx *c, size_t q, size_t end) {
  while (q + 1 < end && tok_is(c, q, "dan") && modifier_word(c, q + 1)) {
    q++;
    for (size_t n = 0; q < end && n < MAX_FILLER && modifier_word(c, q); n++)
      q++;
  }
  if (q + 1 >= end || !tok_is(c, q, "dalam") || c->ment_at[q + 1] == NONE)
    return NONE;
  const ment *bm = &c->ments[c->ment_at[q + 1]];
  return bm->n_dent && !bm->inner && c->dents[bm->dent[0]].type == KABAR_ENT_ORGANIZATION ? c->ment_at[q + 1]
                                                                                           : NONE;
}

/* Whether inner mention m is a body the title reading took as the post's
 * ("anggota penting dari Uni Eropa"): the phrase's genitive. A state there is
 * where someone is from ("pengamat politik dari Australia"). */
static int body_of_post(const ctx *c, size_t m) {
  const ment *mm = &c->ments[m];
  return mm->n_dent && c->dents[mm->dent[0]].type == KABAR_ENT_ORGANIZATION;
}

/* Whether m, after "dari", says where an analyst is from ("pengamat politik
 * dari Australia"), not whose they are. */
static int expert_from_state(const ctx *c, const phrase *p, size_t m) {
  const ment *mm = &c->ments[m];
  return p->role && strcmp(p->role->kind, "expert") == 0 && mm->n_dent &&
         c->dents[mm->dent[0]].type == KABAR_ENT_STATE;
}

/* Whether nothing but a fronted prepositional phrase, articles and
 * quantifiers stands between the start of sentence s (or its last comma)
 * and t: "Pada 1945, kelima anggota tetap ...". */
static int opens_clause(ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t q = t; q-- > sb;) {
    if (tok_is(c, q, ","))
      return 1;
    if (c->ment_at[q] != NONE || ex_is_verb_word(c, q) || (c->wcat[q] & (W_PREP | W_CONJ)) ||
        (c->gcat[q] & G_COPULA))
      return q == sb && (c->wcat[q] & W_PREP); /* a fronted time or place: "Pada 1945 ..." */
  }
  return 1;
}

/* "antara", or "antar" before the pair it joins ("perang antar kedua
 * negara"). */
static int is_between(const ctx *c, size_t t) {
  return tok_is(c, t, "antara") || tok_is(c, t, "antar");
}

/* Reads the rest of the phrase whose head ends at p->head_te. */
static void read_phrase(ctx *c, size_t s, phrase *p) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t k = skip_modifiers(c, p->head_te, end);
  /* "pendukung awal kemerdekaan Indonesia": a noun the genitive is seen
   * through, not for an office ("menteri pemerintah X" stays the title's) */
  if (!p->role && k + 1 < end && (c->wcat[k] & W_TRANSPARENT) && c->ment_at[k] == NONE &&
      !(tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && c->ment_at[k + 1] != NONE)
    k++;
  /* "nota kesepahaman (MoU) kerja sama kedua negara": a short form in
   * parentheses, then the rest of the phrase */
  if (p->tb > 0 && tok_is(c, p->tb - 1, "(") && k + 1 < end && tok_is(c, k, ")")) {
    size_t q = k + 1;
    for (size_t n = 0; q < end && n < MAX_FILLER && filler_word(c, q); n++)
      q++;
    if (q < end && c->ment_at[q] != NONE)
      k = q;
  }
  /* "kepala gerakan Nagriamel": the lower-case kind of body before its
   * name describes it */
  if (k + 1 < end && (c->wcat[k] & W_HEAD_ORG) && c->ment_at[k] == NONE &&
      !(tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && c->ment_at[k + 1] != NONE &&
      c->ments[c->ment_at[k + 1]].n_dent &&
      c->dents[c->ments[c->ment_at[k + 1]].dent[0]].type == KABAR_ENT_ORGANIZATION)
    k++;
  size_t superior = p->role && k < end && c->ment_at[k] == NONE ? match_role(c, k, end, NULL) : 0;
  if (superior && k + superior < end && c->ment_at[k + superior] != NONE)
    k += superior; /* "Utusan Khusus | Sekjen | PBB": the office is the superior's body's */
  /* "tamu Presiden Rusia Vladimir Putin", "sekutu Presiden X": a person's
   * name past the titles is the genitive */
  if (!p->role && k < end && c->ment_at[k] == NONE && match_role(c, k, end, NULL)) {
    size_t g = ex_titled_name_at(c, k, end);
    if (g != NONE && c->ments[g].n_dent && c->dents[c->ments[g].dent[0]].type == KABAR_ENT_PERSON)
      k = c->ments[g].tb;
  }
  if (k < end && c->ment_at[k] != NONE && !c->ments[c->ment_at[k]].locative) {
    p->gen_m = c->ment_at[k];
    p->gen_alone = group_split_by_heads(c, p->gen_m);
    p->gen_te = p->gen_alone ? members_end(c, p->gen_m) : ex_group_end(c, p->gen_m);
    /* "perjanjian nuklir 2015 atau JCPOA": the name after "atau" names
     * what the words before it describe */
    size_t a = p->gen_te;
    if (a < end && (tok_flags(c, a) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, a)))
      a++;
    if (a + 1 < end && tok_is(c, a, "atau") && c->ment_at[a + 1] != NONE &&
        c->ments[c->ment_at[a + 1]].kind == MK_NAME && c->ments[c->ment_at[a + 1]].n_dent &&
        c->ments[p->gen_m].n_dent &&
        c->dents[c->ments[c->ment_at[a + 1]].dent[0]].type == c->dents[c->ments[p->gen_m].dent[0]].type) {
      p->gen_m = c->ment_at[a + 1];
      p->gen_te = c->ments[p->gen_m].te;
    }
    k = skip_modifiers(c, p->gen_te, end);
  } else {
    /* "anggota dari ASEAN", "pemasok utama bahan bakar untuk Korea Utara" */
    size_t q = k;
    for (size_t n = 0; q < end && n < MAX_FILLER && filler_word(c, q); n++)
      q++;
    /* (not "Duta Besar ... untuk Kerajaan Inggris": an envoy's host, where
     * the post is, is not whom the envoy serves) */
    int envoy_host = q < end && p->role && p->role->kind && strcmp(p->role->kind, "diplomat") == 0 &&
                     tok_is(c, q, "untuk");
    /* "anggota dari ekonomi besar G-20": plain words that describe a body
     * between the preposition and its name (not after a title: "para
     * pemimpin dari negara anggota Perbara" lead no body) */
    size_t g = q + 1;
    for (size_t n = 0; q + 1 < end && (c->gcat[q] & G_GENITIVE_PREP) && g < end && n < 3 && filler_word(c, g); n++)
      g++;
    size_t in_body = !p->role && c->root[p->tb] && strcmp(c->morph[p->tb].root, "anggota") == 0
                         ? body_of_membership(c, q, end)
                         : NONE;
    /* "anggota kelompok keamanan yang disebut Quad": the name the plain
     * noun goes by */
    size_t named_at = q > k ? ex_naming_clause_end(c, q, end) : q;
    if (named_at > q && !envoy_host && !c->ments[c->ment_at[named_at]].locative) {
      p->gen_m = c->ment_at[named_at];
      k = ex_group_end(c, p->gen_m);
    } else if (in_body != NONE) {
      p->gen_m = in_body;
      k = ex_group_end(c, p->gen_m);
    } else if (!p->role && g > q + 1 && g < end && c->ment_at[g] != NONE && !c->ments[c->ment_at[g]].inner &&
        c->ments[c->ment_at[g]].n_dent &&
        c->dents[c->ments[c->ment_at[g]].dent[0]].type == KABAR_ENT_ORGANIZATION && !envoy_host) {
      p->gen_m = c->ment_at[g];
      k = ex_group_end(c, p->gen_m);
    } else if (q + 1 < end && (c->gcat[q] & G_GENITIVE_PREP) && c->ment_at[q + 1] != NONE && !envoy_host &&
        (!c->ments[c->ment_at[q + 1]].inner || body_of_post(c, c->ment_at[q + 1])) &&
        !expert_from_state(c, p, c->ment_at[q + 1])) {
      p->gen_m = c->ment_at[q + 1];
      k = ex_group_end(c, p->gen_m);
    } else if (!p->role && q == k && k + 2 < end && tok_is(c, k, "dan") && p->tb > 0 &&
               (c->gcat[p->tb - 1] & G_COPULA)) {
      /* "China adalah mitra dagang utama dan tujuan utama investasi Taiwan":
       * two predicate nouns share the name after the second (not "perang dan
       * pembentukan aliansi A, B, dan C") */
      size_t r = k + 1;
      for (size_t n = 0; r < end && n < MAX_FILLER && filler_word(c, r); n++)
        r++;
      if (r > k + 1 && r < end && c->ment_at[r] != NONE && !c->ments[c->ment_at[r]].locative &&
          !c->ments[c->ment_at[r]].inner && c->ments[c->ment_at[r]].kind == MK_NAME) {
        p->gen_m = c->ment_at[r];
        k = ex_group_end(c, p->gen_m);
      }
    }
  }
  /* "anggota organisasi multilateral seperti WTO, Kelompok 77 dan ...": with
   * no genitive, the bodies a list after the kind of body names are it */
  if (p->gen_m == NONE && !p->role) {
    /* ("anggota dalam berbagai forum dunia, di antaranya A, B, dan C") */
    size_t f0 = k < end && (tok_is(c, k, "dalam") || tok_is(c, k, "di")) ? k + 1 : k, f = f0;
    for (size_t n = 0; f < end && n < MAX_FILLER && filler_word(c, f); n++)
      f++;
    if (f > f0 && f + 2 < end && tok_is(c, f, ",") && (c->gcat[f + 1] & G_LIST_INTRO))
      f++;
    if (f > f0 && f + 1 < end && (c->gcat[f] & G_LIST_INTRO)) {
      size_t l = f + (c->glen[f] ? c->glen[f] : 1);
      if (l < end && c->ment_at[l] != NONE) {
        p->gen_m = c->ment_at[l];
        p->te = ex_group_end(c, p->gen_m);
        return;
      }
    }
  }
  size_t q = k < end && tok_is(c, k, ",") ? k + 1 : k;
  /* "Sekutu utama Filipina adalah Amerika Serikat dan Jepang": the phrase
   * opens its clause and a copula lists its members */
  while (q < end && (c->gcat[q] & G_NOW) && c->ment_at[q] == NONE)
    q += c->glen[q] ? c->glen[q] : 1; /* "Presiden Filipina saat ini adalah ..." */
  int subject_copula = q < end && (c->gcat[q] & G_COPULA) && opens_clause(c, s, p->tb) &&
                       (q == k || (c->gcat[k] & G_NOW));
  /* "enam negara anggota GCC: Arab Saudi, Bahrain, ...": a colon lists them */
  int colon = q == k && q + 1 < end && tok_is(c, q, ":") && c->ment_at[q + 1] != NONE &&
              c->ments[c->ment_at[q + 1]].group != NONE; /* a list, not "X: Arab Saudi harus ..." */
  if (q < end && ((c->gcat[q] & G_LIST_INTRO) || subject_copula || colon)) {
    q += colon ? 1 : c->glen[q];
    /* "yaitu Presiden Indonesia Soeharto, PM Singapura ...": past the title;
     * "adalah Pemerintahan Sementara Republik Prancis": past the word the
     * name stands in for and its capitalised modifier */
    q = ex_past_titles(c, q, end);
    if (q + 2 < end && c->ment_at[q] == NONE && (c->wcat[q] & W_TRANSPARENT)) {
      size_t r = q + 1;
      while (r < end && r < q + 3 && c->ment_at[r] == NONE && (tok_flags(c, r) & KABAR_TOK_CAP))
        r++;
      if (r < end && c->ment_at[r] != NONE)
        q = r;
    }
    while (q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner)
      q = c->ments[c->ment_at[q]].te;
    if (q < end && c->ment_at[q] != NONE) {
      p->list_m = c->ment_at[q];
      k = ex_group_end(c, p->list_m);
    }
  }
  /* "perang antara Iran dan Irak", "pertemuan tête-à-tête antara A dan B" */
  q = k;
  for (size_t n = 0; p->gen_m == NONE && q < end && n < MAX_FILLER && filler_word(c, q); n++)
    q++;
  /* "perang tanpa deklarasi yang berlangsung sekitar 2 bulan antara A dan
   * B", "konflik yang terjadi antara A dan B": a relative clause of plain
   * words between the head and "antara" (past "tanpa" and its noun) */
  if (p->gen_m == NONE && q + 2 < end && tok_is(c, q, "tanpa") && (c->wcat[q + 2] & W_RELATIVE) &&
      !(tok_flags(c, q + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    q += 2;
  /* "perang selama 4 hari antara El Salvador dan Honduras": how long */
  if (p->gen_m == NONE && q + 2 < end && tok_is(c, q, "selama")) {
    size_t r = q + 1;
    while (r < end && r < q + 4 && c->ment_at[r] == NONE && !is_between(c, r) &&
           (tok_flags(c, r) & (KABAR_TOK_WORD | KABAR_TOK_NUMBER)) &&
           !(tok_flags(c, r) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
      r++;
    if (r > q + 1 && r < end && is_between(c, r))
      q = r;
  }
  if (p->gen_m == NONE && q < end && (c->wcat[q] & W_RELATIVE)) {
    size_t r = q + 1;
    while (r < end && r < q + 8 && c->ment_at[r] == NONE && !is_between(c, r) &&
           (tok_flags(c, r) & (KABAR_TOK_WORD | KABAR_TOK_NUMBER)) &&
           !(tok_flags(c, r) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
           !(c->wcat[r] & (W_CONJ | W_BOUNDARY | W_RELATIVE)))
      r++;
    if (r > q + 1 && r < end && is_between(c, r))
      q = r;
  }
  /* "antara Presiden Eritrea Isaias Afwerki dan ...": past the first title */
  size_t first = q + 1 < end && is_between(c, q) ? ex_past_titles(c, q + 1, end) : q + 1;
  /* "antara negara India dan Pakistan", "antara pemerintah A dan B" */
  while (q + 1 < end && is_between(c, q) && first + 1 < end && c->ment_at[first] == NONE &&
         (c->wcat[first] & W_TRANSPARENT) &&
         !(tok_flags(c, first) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && c->ment_at[first + 1] != NONE)
    first++;
  while (first > q + 1 && first < end && c->ment_at[first] != NONE && c->ments[c->ment_at[first]].inner)
    first = c->ments[c->ment_at[first]].te;
  if (q + 1 < end && is_between(c, q) && first < end && c->ment_at[first] != NONE) {
    p->between_m = c->ment_at[first];
    k = ex_group_end(c, p->between_m);
    if (c->ments[p->between_m].group == NONE && k + 1 < end && tok_is(c, k, "dengan") &&
        c->ment_at[k + 1] != NONE) {
      p->between_m2 = c->ment_at[k + 1];
      k = ex_group_end(c, p->between_m2);
    }
  }
  /* "Utusan Khusus Sekjen PBB untuk Myanmar", "... untuk masalah Timur
   * Tengah": the post's remit belongs to the title's phrase */
  if (p->role && p->gen_m != NONE && k + 1 < end && tok_is(c, k, "untuk")) {
    q = k + 1;
    for (size_t n = 0; q < end && n < 2 && filler_word(c, q); n++)
      q++;
    if (q < end && c->ment_at[q] != NONE)
      k = c->ments[c->ment_at[q]].te;
  }
  p->te = k > p->head_te ? k : p->head_te;
}

/* Whether an apposition ends where phrase p does: at a comma, a closing
 * parenthesis, the sentence's end, or (not after a title) a preposition.
 * "Menteri Luar Negeri Thailand sebagai Utusan Khusus Thailand Don
 * Pramudwinai" is no apposition to the name before it. */
static int apposition_closed(const ctx *c, size_t s, const phrase *p) {
  size_t end = c->doc->sentences[s].tok_end;
  size_t k = p->te;
  if (k >= end || tok_is(c, k, ",") || tok_is(c, k, ")") || tok_is(c, k, ".") ||
      tok_is(c, k, "-"))
    return 1; /* (or the em dash that closes "A, B, dan C—tiga negara ...—") */
  return !p->role && (c->wcat[k] & W_PREP) && !(c->gcat[k] & G_AS);
}

/* Whether the words from `from` to `to` are plain nouns of a list of
 * predicate nouns: no verb, preposition, clause word or name, and a comma
 * or conjunction right before `to`. */
static int predicate_list_to(ctx *c, size_t from, size_t to) {
  if (to <= from + 1 || !(tok_is(c, to - 1, ",") || (c->wcat[to - 1] & (W_CONJ | W_SKIP))))
    return 0;
  for (size_t q = from; q < to; q++)
    if (c->ment_at[q] != NONE || (c->wcat[q] & (W_PREP | W_BOUNDARY | W_RELATIVE)) ||
        (ex_is_verb_word(c, q) && strncmp(tok_norm(c, q), "ber", 3) != 0) || tok_is(c, q, "(") ||
        tok_is(c, q, ")"))
      return 0; /* "negara-negara berkembang" is a noun phrase, "mengkritik" a verb */
  return 1;
}

/* The name that phrase p, with a genitive and no title of its own, stands
 * in apposition before ("sekutu dekat Rusia, Presiden Bashar al-Assad,"),
 * closed by a comma, the sentence's end or a verb; NONE otherwise. */
static size_t named_after(ctx *c, size_t s, const phrase *p) {
  size_t end = c->doc->sentences[s].tok_end;
  if (p->role || p->gen_m == NONE || p->te + 1 >= end || !tok_is(c, p->te, ","))
    return NONE;
  size_t q = p->te + 1;
  q += c->ment_at[q] == NONE ? match_role(c, q, end, NULL) : 0;
  while (q < end && c->ment_at[q] != NONE && c->ments[c->ment_at[q]].inner)
    q = c->ments[c->ment_at[q]].te;
  if (q >= end || c->ment_at[q] == NONE || c->ments[c->ment_at[q]].group != NONE)
    return NONE;
  size_t k = c->ments[c->ment_at[q]].te;
  if (k < end && !tok_is(c, k, ",") && !tok_is(c, k, ".") && !ex_is_verb_word(c, k) &&
      !(c->wcat[k] & (W_PREP | W_CONJ | W_BOUNDARY)))
    return NONE;
  return c->ment_at[q];
}

/* Whether t is the "dari" of "salah satu dari lima anggota". */
static int quantified_of(const ctx *c, size_t t) {
  return t > 0 && tok_is(c, t, "dari") && (c->gcat[t - 1] & G_QUANTIFIER);
}

/* Past a parenthesis that opens at t and closes before end ("anggota WTO
 * (bahasa Inggris: ...) dan ekonomi utama G-20"); t when none does. */
static size_t past_parenthesis(const ctx *c, size_t t, size_t end) {
  if (t >= end || !tok_is(c, t, "("))
    return t;
  for (size_t q = t + 1; q < end; q++)
    if (tok_is(c, q, ")"))
      return q + 1;
  return t;
}

/* Where phrase p stands in its clause. A predicate comes after the copula
 * or role verb past articles, adverbs, a negation and "salah satu" ("adalah
 * salah satu pendukung"), or after another predicate and a comma or "dan"
 * ("menjabat sebagai Ketua X, Wakil Ketua Y, dan anggota Z"). */
static void place_phrase(ctx *c, size_t s, phrase *p, const phrase *prev) {
  size_t sb = c->doc->sentences[s].tok_begin;
  const clause *cl = p->clause != NONE ? &c->clauses[p->clause] : NULL;
  if (cl && (cl->kind == CL_COPULA || cl->kind == CL_ROLE) && cl->pred_te <= p->tb) {
    size_t q = cl->pred_te;
    /* "yang keduanya anggota ...": the pair the relative clause is about */
    while (q < p->tb && ((c->wcat[q] & (W_ARTICLE | W_SKIP | W_PRON_PAIR)) ||
                         (c->gcat[q] & (G_AS | G_NEGATION | G_QUANTIFIER)) || quantified_of(c, q) ||
                         (tok_flags(c, q) & KABAR_TOK_QUOTE))) /* adalah " para pemimpin */
      q++;
    if (q == p->tb) {
      p->slot = PS_PREDICATE;
      return;
    }
  }
  /* "Wang Yi yang juga anggota Politbiro ... tiba di Pyongyang": a frame's
   * noun right after "yang" (past adverbs) describes the head */
  if (cl && cl->subj_how == CS_RELATIVE && cl->subj_m != NONE && tok_is(c, cl->tb, "yang") &&
      p->n_frames) {
    size_t q = cl->tb + 1;
    while (q < p->tb && ((c->wcat[q] & (W_SKIP | W_PRON_PAIR)) || (c->gcat[q] & G_NEGATION)))
      q++;
    if (q == p->tb) {
      p->slot = PS_PREDICATE;
      return;
    }
  }
  /* "Indonesia dan Turki sama-sama anggota OKI": a clause with no verb or
   * copula whose subject is followed, past adverbs, by a frame's noun */
  if (cl && cl->kind == CL_NONE && cl->pred == NONE && cl->subj_m != NONE && cl->subj_how != CS_RELATIVE &&
      c->ments[cl->subj_m].tb < p->tb && p->n_frames) {
    size_t q = ex_group_end(c, cl->subj_m);
    while (q < p->tb && ((c->wcat[q] & W_SKIP) || (c->gcat[q] & G_NEGATION)))
      q++;
    if (q == p->tb) {
      p->slot = PS_PREDICATE;
      return;
    }
  }
  if (prev && prev->slot == PS_PREDICATE && prev->clause == p->clause) {
    size_t q = past_parenthesis(c, prev->te, p->tb);
    while (q < p->tb && (tok_is(c, q, ",") || (c->wcat[q] & (W_CONJ | W_ARTICLE | W_SKIP))))
      q++;
    if (q == p->tb && q > prev->te) {
      p->slot = PS_PREDICATE;
      return;
    }
  }
  /* "termasuk sebagai negara-negara mayoritas Muslim, anggota ASEAN dan
   * APEC": a later noun of a list of predicate nouns */
  if (cl && (cl->kind == CL_COPULA || cl->kind == CL_ROLE) && cl->pred_te <= p->tb &&
      (!prev || prev->clause != p->clause || prev->slot == PS_PREDICATE) &&
      predicate_list_to(c, cl->pred_te, p->tb)) {
    p->slot = PS_PREDICATE;
    return;
  }
  /* "China, sekutu terdekat Pakistan", "Swiss (juga anggota PBB)",
   * "Korea Utara, sebagai anggota ..." */
  size_t q = p->tb;
  /* (past an opening quote: sebagai “mitra strategis”) */
  if (q > sb + 1 && (tok_flags(c, q - 1) & KABAR_TOK_QUOTE) && (c->gcat[q - 2] & G_AS))
    q--;
  while (q > sb && ((c->wcat[q - 1] & (W_ARTICLE | W_SKIP)) ||
                    (c->gcat[q - 1] & (G_AS | G_QUANTIFIER)) || quantified_of(c, q - 1)))
    q--;
  if (q > sb + 1 && (tok_is(c, q - 1, ",") || tok_is(c, q - 1, "(") || tok_is(c, q - 1, "-")) &&
      c->ment_at[q - 2] != NONE &&
      !c->ments[c->ment_at[q - 2]].inner && apposition_closed(c, s, p)) {
    p->slot = PS_APPOSITION;
    p->appos_m = c->ment_at[q - 2];
    /* "Washington dan Ankara, dua sekutu dalam NATO": a number describes all
     * of a coordination ("Perdana Menteri Belanda, Raja Belanda" does not) */
    int counted = 0;
    for (size_t k = q; k < p->tb; k++)
      counted |= (c->gcat[k] & G_MANY) != 0;
    if (counted && c->ments[p->appos_m].group != NONE) {
      p->appos_m = c->ments[p->appos_m].group;
      p->appos_all = 1;
    }
    return;
  }
  /* "Amerika memandang Vietnam sebagai sekutu": the verb's object is what
   * the noun after "sebagai" says it is, of the clause's subject when the
   * noun has no genitive of its own ("Parlemen memilih Kim Jong Un sebagai
   * Sekretaris Pertama Partai Buruh Korea") */
  int appos_frame = 0;
  for (size_t i = 0; i < p->n_frames; i++)
    appos_frame |= (p->frames[i]->constructions & FC_APPOS) != 0;
  /* ("menggambarkan raja itu sebagai sekutu": past the demonstrative) */
  size_t named = q > sb + 1 ? c->ment_at[q - 1] : NONE;
  if (named == NONE && q > sb + 2 && (c->wcat[q - 1] & W_DEMONSTRATIVE))
    named = c->ment_at[q - 2];
  /* ("menyebut China, Rusia, India, dan Korea Selatan sebagai mitra
   * strategis": all the objects listed) */
  size_t listed = named != NONE && c->ments[named].group != NONE && cl && cl->obj_m != NONE &&
                          (c->ments[named].group == cl->obj_m ||
                           c->ments[named].group == c->ments[cl->obj_m].group)
                      ? c->ments[named].group
                      : NONE;
  if (appos_frame && q > sb + 1 && q < p->tb && (c->gcat[q] & G_AS) && named != NONE &&
      cl && cl->kind == CL_VERB && cl->voice == KABAR_FORM_ACTIVE &&
      (cl->obj_m == named || listed != NONE) && (cl->subj_m != NONE || p->gen_m != NONE) &&
      !c->ments[named].inner) {
    p->slot = PS_APPOSITION;
    p->appos_m = listed != NONE ? listed : named;
    p->appos_all = listed != NONE;
    /* (but "PBB menganggap Portugal sebagai negara yang ...": a state is
     * nobody's but by its genitive) */
    if (p->gen_m == NONE && !(p->head_te == p->tb + 1 && tok_is(c, p->tb, "negara")))
      p->gen_m = cl->subj_m;
    return;
  }
  /* "India memasuki perang sebagai sekutu Bangladesh": with no name before
   * "sebagai", what the noun says the clause's subject is */
  if (appos_frame && q > sb + 1 && q < p->tb && (c->gcat[q] & G_AS) && c->ment_at[q - 1] == NONE &&
      (tok_flags(c, q - 1) & KABAR_TOK_WORD) && cl && cl->kind == CL_VERB &&
      (cl->voice == KABAR_FORM_ACTIVE || cl->voice == KABAR_FORM_BER || cl->voice == KABAR_FORM_BASE) &&
      cl->subj_m != NONE && p->gen_m != NONE &&
      c->ments[cl->subj_m].tb < q) {
    p->slot = PS_APPOSITION;
    p->appos_m = cl->subj_m;
    return;
  }
  /* "Indonesia dan sembilan anggota ASEAN lainnya": the name is one too */
  if (p->te > p->tb && (c->gcat[p->te - 1] & G_OTHERS)) {
    q = p->tb;
    while (q > sb && ((c->gcat[q - 1] & G_QUANTIFIER) || (tok_flags(c, q - 1) & KABAR_TOK_NUMBER)))
      q--;
    if (q > sb + 1 && (c->wcat[q - 1] & W_CONJ) && c->ment_at[q - 2] != NONE &&
        !c->ments[c->ment_at[q - 2]].inner) {
      p->slot = PS_APPOSITION;
      p->appos_m = c->ment_at[q - 2];
      return;
    }
  }
  /* "sekutu dekat Rusia, Presiden Bashar al-Assad": the name after it */
  size_t after = named_after(c, s, p);
  if (after != NONE) {
    p->slot = PS_APPOSITION;
    p->appos_m = after;
  }
}

/* The role title at t that heads a phrase of its own ("adalah Menteri Luar
 * Negeri Indonesia"), not one that names the person after it. */
static size_t role_head(ctx *c, size_t s, size_t t, const kabar_lex_role **lr) {
  size_t end = c->doc->sentences[s].tok_end;
  if (!kabar_grammar_role_frame(c->x->grammar))
    return 0;
  size_t n = match_role(c, t, end, lr);
  if (!n)
    return 0;
  size_t k = skip_modifiers(c, t + n, end);
  if (k < end && c->ment_at[k] != NONE)
    k = c->ments[c->ment_at[k]].te;
  if (k < end && tok_is(c, k, ","))
    k++;
  if (k < end && c->ment_at[k] != NONE && c->ments[c->ment_at[k]].n_dent &&
      c->dents[c->ments[c->ment_at[k]].dent[0]].type == KABAR_ENT_PERSON &&
      c->ments[c->ment_at[k]].kind == MK_NAME)
    return 0; /* "Menteri Luar Negeri Indonesia Retno Marsudi": the title names her */
  return n;
}

/* "sekutu dan penyumbang utama untuk Korea Utara": coordinated heads share
 * the genitive of the last, and the first one's place in the clause. */
static void share_genitives(ctx *c, const sent_info *si) {
  for (size_t i = si->p_end; i-- > si->p_begin + 1;) {
    phrase *a = &c->phrases[i - 1], *b = &c->phrases[i];
    if (a->gen_m != NONE || a->list_m != NONE || a->between_m != NONE || b->gen_m == NONE)
      continue;
    size_t q = a->te;
    while (q < b->tb && (tok_is(c, q, ",") || (c->wcat[q] & W_CONJ)))
      q++;
    if (q != b->tb || q == a->te)
      continue;
    a->gen_m = b->gen_m;
    a->gen_alone = b->gen_alone;
    a->gen_te = b->gen_te;
    if (b->slot == PS_OTHER && a->slot != PS_OTHER) {
      b->slot = a->slot;
      b->appos_m = a->appos_m;
    }
  }
}

/* Whether mention m is the name of an agreement or event, whose words stay
 * open to the phrase layer: "Perang Rusia-Jepang", "Perjanjian Jepang-Korea
 * 1905" are headed by a frame's head. */
static int open_name(const ctx *c, size_t m) {
  const ment *mm = &c->ments[m];
  if (!mm->n_dent)
    return 0;
  kabar_entity_type ty = c->dents[mm->dent[0]].type;
  return ty == KABAR_ENT_AGREEMENT || ty == KABAR_ENT_EVENT;
}

/* "Perjanjian Logistik Militer AS-India", "Pakta Netralitas Soviet-Jepang":
 * two or more states joined inside an agreement's name past its other
 * capitalised words; the mention of that pair, or NONE. */
static size_t pair_inside_name(const ctx *c, size_t m) {
  const ment *own = &c->ments[m];
  if (!own->n_dent || c->dents[own->dent[0]].type != KABAR_ENT_AGREEMENT)
    return NONE;
  for (size_t q = own->tb + 1; q < own->te; q++) {
    size_t i = c->ment_at[q];
    const ment *x = i != NONE ? &c->ments[i] : NULL;
    if (!x || i == m || x->tb <= own->tb || x->te > own->te || x->n_dent < 2)
      continue;
    int states = 1;
    for (size_t k = 0; k < x->n_dent && states; k++)
      states = c->dents[x->dent[k]].type == KABAR_ENT_STATE;
    if (states)
      return i;
  }
  return NONE;
}

kabar_status ex_phrases_sentence(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  sent_info *si = &c->sents[s];
  si->p_begin = c->n_phrases;
  size_t prev = NONE;
  for (size_t t = se->tok_begin; t < se->tok_end; t++) {
    size_t m = c->ment_at[t];
    if (m != NONE && c->ments[m].kind == MK_NAME && !c->ments[m].nominal && !open_name(c, m)) {
      t = c->ments[m].te - 1;
      continue;
    }
    phrase p;
    memset(&p, 0, sizeof p);
    size_t wl = strlen(tok_norm(c, t));
    int nya = wl > 5 && strcmp(tok_norm(c, t) + wl - 3, "nya") == 0;
    size_t n = (c->first[t] & FIRST_HEAD) || nya
                   ? kabar_grammar_head(c->x->grammar, c->doc->tokens, t, se->tok_end, p.frames,
                                        &p.n_frames)
                   : 0;
    /* "sekutunya": the head is the clause subject's */
    int possessive = n == 1 && nya && !(c->first[t] & FIRST_HEAD);
    /* "Rusia, sekutu tradisionalnya": -nya on the word that describes it */
    size_t nya_modifier = NONE;
    if (n && !nya && t + n < se->tok_end && c->ment_at[t + n] == NONE &&
        (tok_flags(c, t + n) & KABAR_TOK_WORD) && !(tok_flags(c, t + n) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
        !c->wcat[t + n] && !ex_is_verb_word(c, t + n)) {
      /* (a word that describes the relation, "tradisional", "terdekat":
       * not "negara tetangganya", its neighbour) */
      const char *mw = tok_norm(c, t + n);
      size_t ml = strlen(mw);
      char stem[64];
      unsigned starts;
      if (ml > 5 && ml - 3 < sizeof stem && strcmp(mw + ml - 3, "nya") == 0) {
        memcpy(stem, mw, ml - 3);
        stem[ml - 3] = '\0';
        possessive = (kabar_grammar_word_info(c->x->grammar, stem, &starts) & G_MODIFIER) != 0;
      }
      nya_modifier = possessive ? t + n : NONE;
    }
    if (!n && (n = role_head(c, s, t, &p.role)) > 0) {
      p.frames[0] = kabar_grammar_role_frame(c->x->grammar);
      p.n_frames = 1;
    }
    if (!n)
      continue;
    p.tb = t;
    p.head_te = t + n;
    /* an agreement the text does not name is headed by all its words
     * ("perjanjian pertahanan bersama | antara A dan B") */
    if (m != NONE && c->ments[m].tb == t && c->ments[m].n_dent &&
        c->dents[c->ments[m].dent[0]].unnamed && c->ments[m].te > p.head_te)
      p.head_te = c->ments[m].te;
    p.gen_m = p.list_m = p.between_m = p.between_m2 = p.appos_m = NONE;
    read_phrase(c, s, &p);
    /* "sekutu dalam Kelompok 77" is membership, "sekutu dalam kebijakan
     * Obama" an ally: a longer head that finds no argument gives way to
     * the shorter head inside it */
    if (!p.role && p.head_te > t + 1 && p.gen_m == NONE && p.list_m == NONE &&
        p.between_m == NONE) {
      const kabar_frame *frames[KABAR_MAX_HEAD_FRAMES];
      size_t n_frames, shorter = kabar_grammar_head(c->x->grammar, c->doc->tokens, t,
                                                    p.head_te - 1, frames, &n_frames);
      if (shorter) {
        memcpy(p.frames, frames, sizeof frames);
        p.n_frames = n_frames;
        p.head_te = t + shorter;
        read_phrase(c, s, &p);
      }
    }
    if (p.gen_m == NONE && m != NONE && c->ments[m].tb == t)
      p.gen_m = pair_inside_name(c, m);
    p.clause = ex_clause_at(c, s, t);
    if (possessive && p.gen_m == NONE && p.clause != NONE)
      p.gen_m = c->clauses[p.clause].subj_m; /* "China menekan sekutunya, Korea Utara" */
    if (nya_modifier != NONE && p.te <= nya_modifier)
      p.te = nya_modifier + 1;
    place_phrase(c, s, &p, prev != NONE ? &c->phrases[prev] : NULL);
    if (kabar_grow((void **)&c->phrases, &c->cap_phrases, c->n_phrases, sizeof *c->phrases) < 0)
      return KABAR_ERR_NOMEM;
    /* a phrase inside another ("Sekjen PBB" in "Utusan Khusus Sekjen PBB")
     * is not the one a list of predicates goes on from */
    if (prev == NONE || p.tb >= c->phrases[prev].te)
      prev = c->n_phrases;
    c->phrases[c->n_phrases++] = p;
    t = p.head_te - 1;
  }
  si->p_end = c->n_phrases;
  share_genitives(c, si);
  return KABAR_OK;
}

size_t ex_phrase_referent(const ctx *c, const phrase *p) {
  if (p->slot == PS_APPOSITION)
    return p->appos_m;
  if (p->slot == PS_PREDICATE && p->clause != NONE)
    return c->clauses[p->clause].subj_m;
  return NONE;
}
