/* SPDX-License-Identifier: MIT */
/* Finding mentions in a sentence: names from the lexicon, role titles and
 * the people they introduce, appositions, headed names, references
 * ("negara itu", "kedua negara"); then linking coordinated mentions, each
 * sentence's main subject, the two states the document is about, and what
 * pronouns and references stand for. */
#include "internal.h"

#include <ctype.h>
#include <stdio.h>
#include <strings.h>

/* How many mentions back a reference looks for what it means ("presiden"
 * alone, "kedua perjanjian"): a bound, so that a long document stays linear. */
#define MAX_MENTIONS_BACK 400

/* Whether t is a common word: in common_words.tsv, built on a cue's root,
 * a status word, or a common word with the verb suffix -i or -kan
 * ("Penuhi", "Kunjungi"). */
static int common_word(const ctx *c, size_t t) {
  if ((c->gcat[t] & G_COMMON) || c->root[t] || c->status[t])
    return 1;
  const char *w = tok_norm(c, t);
  size_t n = strlen(w);
  size_t cut = n > 5 && strcmp(w + n - 3, "kan") == 0 ? 3 : n > 4 && w[n - 1] == 'i' ? 1 : 0;
  char stem[64];
  if (!cut || n - cut >= sizeof stem)
    return 0;
  memcpy(stem, w, n - cut);
  stem[n - cut] = '\0';
  unsigned starts;
  return (kabar_grammar_word_info(c->x->grammar, stem, &starts) & G_COMMON) != 0;
}

/* "el-Sissi", "al-Assad": an Arabic article joined to a capitalised name */
static int particle_name(const ctx *c, size_t t) {
  static const char *const articles[] = {"al-", "el-", "ad-", "as-", "ar-", "an-", "at-", "az-", "ash-"};
  const kabar_token *tk = &c->doc->tokens[t];
  const char *w = c->doc->text + tk->start;
  size_t n = tk->end - tk->start;
  for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++) {
    size_t k = strlen(articles[i]);
    if (n > k + 1 && memcmp(w, articles[i], k) == 0 && w[k] >= 'A' && w[k] <= 'Z')
      return 1;
  }
  return 0;
}

/* "Omar al-Bashir", "Fattah el-Sissi": a run of names with an Arabic article
 * joined to a later word is a person's name, unless its first word is an
 * ordinary word or the head of a body or place ("Militan al-Shabab",
 * "kelompok Jaysh al-Islam"), or it stands where a place is named ("di Ras
 * al-Ayn"). */
static int arabic_article_name(const ctx *c, size_t sb, size_t t, size_t e) {
  if (e < t + 2 || common_word(c, t) || (c->wcat[t] & (W_HEAD_ORG | W_PLACE_NOUN)))
    return 0;
  if (t > sb && ((c->wcat[t - 1] & (W_HEAD_ORG | W_PLACE_NOUN)) || tok_is(c, t - 1, "di") ||
                 tok_is(c, t - 1, "ke") || tok_is(c, t - 1, "dari")))
    return 0;
  for (size_t k = t + 1; k < e; k++)
    if (particle_name(c, k))
      return 1;
  return 0;
}

static int is_name_token(const ctx *c, size_t t) {
  unsigned f = tok_flags(c, t);
  if ((f & KABAR_TOK_WORD) && !(f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && particle_name(c, t))
    return c->wcat[t] == 0;
  if (!(f & KABAR_TOK_WORD) || !(f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return 0;
  /* "Penuhi Undangan, Presiden Prabowo Tiba di ...": in a heading written in
   * title case a capital says nothing */
  if (c->title_case && (f & KABAR_TOK_CAP) && common_word(c, t))
    return 0;
  /* "negara anggota Opec": a listed acronym written as a word, standing
   * alone, is the body's name, not a person's (main loop) */
  const kabar_lex_entity *acr;
  if ((f & KABAR_TOK_CAP) && !(f & KABAR_TOK_UPPER) && !c->title_case &&
      (t == 0 || !(tok_flags(c, t - 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))) &&
      (t + 1 >= c->doc->n_tokens || !(tok_flags(c, t + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))) &&
      kabar_lexicon_acronym_as_word(c->x->lex, &c->doc->tokens[t], c->compact[t], &acr))
    return 0;
  /* "Yang Moo-jin": a family name that is also a function word, followed
   * by a hyphenated given name */
  if ((c->wcat[t] & W_RELATIVE) && t + 1 < c->doc->n_tokens && strchr(tok_norm(c, t + 1), '-') &&
      (tok_flags(c, t + 1) & KABAR_TOK_CAP))
    return 1;
  /* "Menteri Luar Negeri China Yang Jiechi": inside a sentence the relative
   * "yang" is never capitalised */
  if ((c->wcat[t] & W_RELATIVE) && t > 0 && !(tok_flags(c, t - 1) & KABAR_TOK_PUNCT) &&
      t + 1 < c->doc->n_tokens && (tok_flags(c, t + 1) & KABAR_TOK_CAP) &&
      (tok_flags(c, t + 1) & KABAR_TOK_WORD) && !c->wcat[t + 1] && !c->title_case)
    return 1;
  return c->wcat[t] == 0;
}

/* "G." in "Johnny G. Plate", "R" in "Michael R Pompeo", "H.J." in "H.J. van
 * Mook": an initial, with its full stop. Returns the tokens it spans, 0
 * when t is none. */
static size_t initial_at(const ctx *c, size_t t, size_t end) {
  if (t >= end)
    return 0;
  unsigned f = tok_flags(c, t);
  if (!(f & KABAR_TOK_WORD) || !(f & KABAR_TOK_CAP) || c->wcat[t])
    return 0;
  const char *n = tok_norm(c, t);
  size_t len = strlen(n);
  if (len >= 2 && n[len - 1] == '.' && (f & KABAR_TOK_UPPER))
    return 1; /* a dotted abbreviation: "h.j." */
  /* "H.J" and its full stop: letters each followed by a dot */
  int dotted = len >= 3 && len % 2 == 1;
  for (size_t i = 0; dotted && i < len; i++)
    dotted = (i % 2 == 0) ? (n[i] >= 'a' && n[i] <= 'z') : n[i] == '.';
  if (dotted)
    return t + 1 < end && tok_is(c, t + 1, ".") ? 2 : 1;
  if (len != 1)
    return 0;
  return t + 1 < end && tok_is(c, t + 1, ".") ? 2 : 1;
}

/* "al-Husaini", "el-Sisi": an Arabic article joined to a capitalized name. */
static int article_name(const ctx *c, size_t t) {
  static const char *const articles[] = {"al-", "el-", "ad-", "as-", "ash-", "at-", "ar-", "az-", "an-"};
  if (!(tok_flags(c, t) & KABAR_TOK_WORD))
    return 0;
  const char *n = tok_norm(c, t);
  for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++) {
    size_t al = strlen(articles[i]);
    if (strncmp(n, articles[i], al) == 0) {
      const char *orig = c->doc->text + c->doc->tokens[t].start + al;
      return c->doc->tokens[t].end > c->doc->tokens[t].start + al && *orig >= 'A' && *orig <= 'Z';
    }
  }
  return 0;
}

/* "Jr." and "Sr." close a name, with their full stop. */
static size_t suffix_at(const ctx *c, size_t t, size_t end) {
  if (t >= end || !(tok_flags(c, t) & KABAR_TOK_CAP))
    return 0;
  /* "Alexander II", "Mieszko I": a ruler's number, then no more name */
  if (ex_is_roman_numeral(c, t) && (t + 1 >= end || !(tok_flags(c, t + 1) & KABAR_TOK_CAP)))
    return 1;
  if (!(tok_is(c, t, "jr") || tok_is(c, t, "sr")))
    return 0;
  return t + 1 < end && tok_is(c, t + 1, ".") ? 2 : 1;
}

/* The end of a run of capitalized name tokens from t (at most 5 words,
 * besides initials, suffixes and their full stops). */
/* Whether a title ends right before t, past the state inside it:
 * "Presiden Chile | Ricardo Lagos". */
static int after_title(ctx *c, size_t t) {
  size_t q = t;
  if (q > 0 && c->ment_at[q - 1] != NONE && c->ments[c->ment_at[q - 1]].inner)
    q = c->ments[c->ment_at[q - 1]].tb;
  for (size_t b = q; b-- > 0 && b + 5 > q;)
    if (match_role(c, b, q, NULL) == q - b)
      return 1;
  return 0;
}

/* Whether every token of [t, e) is a word of label, whatever its case. */
static int label_has_words(const ctx *c, const char *label, size_t t, size_t e) {
  for (size_t q = t; q < e; q++) {
    const char *w = tok_norm(c, q);
    size_t n = strlen(w);
    int found = 0;
    for (const char *p = label; *p && !found; p++)
      if ((p == label || p[-1] == ' ') && strncasecmp(p, w, n) == 0 && (p[n] == ' ' || !p[n]))
        found = 1;
    if (!found)
      return 0;
  }
  return 1;
}

#define MAX_HYPHEN_STATES 4
static size_t hyphen_states(ctx *c, size_t t, const kabar_lex_entity *le[MAX_HYPHEN_STATES], size_t *back,
                            size_t *fwd);

static size_t name_run(ctx *c, size_t t, size_t end) {
  size_t k = t, extra = 0;
  int after_initial = 0;
  while (k < end && k - t < 5 + extra) {
    /* "Johnny G. Plate", "Michael R Pompeo": an initial inside a name, when
     * the family name follows */
    size_t in = initial_at(c, k, end);
    /* "H.J. van Mook": a particle between the initials and the name */
    size_t pp = in && k + in + 1 < end && (c->wcat[k + in] & W_NAME_PARTICLE) &&
                        !(tok_flags(c, k + in) & KABAR_TOK_CAP) && is_name_token(c, k + in + 1)
                    ? 1
                    : 0;
    if (pp) {
      k += in + pp;
      extra += in + pp;
      after_initial = 1;
      continue;
    }
    if (in && k + in < end && (is_name_token(c, k + in) || article_name(c, k + in)) &&
        !match_role(c, k + in, end, NULL) && (k > t || in == 2 || tok_norm(c, k)[1])) {
      k += in;
      extra += in;
      after_initial = 1;
      continue;
    }
    size_t sx = k > t + 1 ? suffix_at(c, k, end) : 0;
    if (sx) {
      k += sx;
      break; /* "Teodoro L. Locsin Jr." */
    }
    if (k > t && article_name(c, k)) {
      k++; /* "Muhammad Amin al-Husaini" */
      continue;
    }
    /* "Truong Tan Sang": an article written with a capital inside a run is
     * part of the name */
    if (k > t && (c->wcat[k] & W_ARTICLE) && (tok_flags(c, k) & KABAR_TOK_CAP) &&
        (tok_flags(c, k) & KABAR_TOK_WORD) && !c->title_case) {
      k++;
      continue;
    }
    /* "Alberto van Klaveren", "Mohammed bin Salman": a particle between
     * two capitalized words belongs to the name */
    if (!is_name_token(c, k)) {
      /* "Humberto de la Calle", "Bin Abdul": one or two particles */
      size_t np = k + 1 < end && (c->wcat[k + 1] & W_NAME_PARTICLE) ? 2 : 1;
      if (k == t || k - t >= 4 + extra || !(c->wcat[k] & W_NAME_PARTICLE) ||
          (tok_flags(c, k) & KABAR_TOK_CAP) || k + np >= end || !is_name_token(c, k + np))
        break;
      k += np;
      continue;
    }
    const kabar_lex_entity *le;
    const kabar_lex_role *lr;
    size_t rl = k > t ? match_role(c, k, end, &lr) : 0;
    /* a title word between two names is part of the name ("Rizal Hakim
     * Pratama"), not after a capitalised common word ("Kemarin | Presiden
     * Budi Santoso", "Kunjungan | Presiden ...") */
    if (rl == 1 && k + 1 < end && is_name_token(c, k + 1) && !match_role(c, k + 1, end, &lr) &&
        !match_entity(c, k + 1, end, &le) && !common_word(c, t) && !c->root[t] && !c->wcat[t])
      rl = 0;
    size_t en = k > t ? match_entity(c, k, end, &le) : 0;
    /* after an initial, a known family name still belongs to the name */
    if (en && after_initial && le->type == KABAR_ENT_PERSON && !rl)
      en = 0;
    /* "Ricardo Lagos", "Tony Blair": a city that no state stands for, last
     * in a run of names, is a family name */
    if (en == 1 && !rl && le->type == KABAR_ENT_PLACE && !(le->flags & KABAR_LEX_METONYM) &&
        k == t + 1 && (k + 1 >= end || !is_name_token(c, k + 1)) && after_title(c, t))
      en = 0;
    /* "Michelle Obama": a given name that the known person's full name does
     * not have, before their family name, is someone else's name ("Kehadiran
     * Boric" is no name: a common word) */
    if (en && !rl && k == t + 1 && le->type == KABAR_ENT_PERSON && !c->root[t] &&
        !(c->gcat[t] & G_COMMON) && !label_has_words(c, le->label, t, k)) {
      k += en;
      if (k < end && article_name(c, k))
        continue; /* "Ahmad Nasser al-Mohammad Al Sabah": more of the name */
      break;
    }
    /* "Al Sabah", "Al Thani": a family's article in capitals takes the
     * next word into the name, even a word that names a place */
    if (k > t && (tok_is(c, k, "al") || tok_is(c, k, "el")) && (tok_flags(c, k) & KABAR_TOK_CAP) &&
        k + 1 < end && (tok_flags(c, k + 1) & KABAR_TOK_CAP) && (tok_flags(c, k + 1) & KABAR_TOK_WORD)) {
      k += 2;
      continue;
    }
    const kabar_lex_entity *pair[MAX_HYPHEN_STATES];
    size_t back, fwd;
    if (k > t && (en || rl || hyphen_states(c, k, pair, &back, &fwd)))
      break; /* "Hubungan | Indonesia-Polandia" */
    k++;
  }
  return k;
}

/* Whether tokens [t, e) hold an initial ("Michael R Pompeo"). */
static int has_initial(const ctx *c, size_t t, size_t e) {
  for (size_t k = t + 1; k < e; k++)
    if (initial_at(c, k, e))
      return 1;
  return 0;
}

/* "Michael R Pompeo": a name with a middle initial whose family name
 * stands for one known person with the same first letter ("Mike Pompeo").
 * Returns that dent or NONE. */
static size_t initialled_person(ctx *c, size_t t, size_t e) {
  size_t last = e;
  while (last > t + 1 && (tok_flags(c, last - 1) & KABAR_TOK_PUNCT || suffix_at(c, last - 1, e)))
    last--;
  if (last <= t + 1 || !has_initial(c, t, last) || initial_at(c, last - 1, e))
    return NONE;
  size_t d = ex_person_lookup(c, last - 1, last);
  if (d == NONE || !strchr(c->dents[d].label, ' '))
    return NONE;
  const char *given = tok_norm(c, t);
  char first = c->dents[d].label[0];
  return given[0] && (first == given[0] || first == given[0] - 'a' + 'A') ? d : NONE;
}

/* The honorific or rank at t ("Dato", "Tan Sri", "Brigjen", "Jenderal"),
 * with its full stop; 0 when none. A one-letter honorific ("H. Agus
 * Salim") needs its full stop, or it is an initial. */
static size_t honorific_at(const ctx *c, size_t t, size_t end) {
  const char *kind;
  size_t n = t < end ? kabar_lexicon_match_honorific(c->x->lex, c->doc->tokens, c->compact, t, end,
                                                     &kind)
                     : 0;
  if (n && strcmp(kind, "qualifier") == 0)
    n = 0;
  if (n == 1 && !tok_norm(c, t)[1] && !(t + 1 < end && tok_is(c, t + 1, ".")))
    n = 0;
  /* "Pak Ui-chun": a familiar address before a hyphenated given name is a
   * family name */
  if (n && strcmp(kind, "familiar") == 0 && t + n < end && strchr(tok_norm(c, t + n), '-') &&
      (tok_flags(c, t + n) & KABAR_TOK_CAP))
    n = 0;
  /* "H.J. van Mook": dotted initials before a name's particle, not "Hj."
   * ("H.E. Mr. Pham Binh Minh" stays an honorific) */
  const char *dot = n == 1 ? strchr(tok_norm(c, t), '.') : NULL;
  size_t after = t + 1 < end && tok_is(c, t + 1, ".") ? t + 2 : t + 1;
  if (dot && dot[1] && dot[1] != '.' && after < end && (c->wcat[after] & W_NAME_PARTICLE))
    n = 0;
  const kabar_lex_role *lr;
  if (!n && match_role(c, t, end, &lr) && strcmp(lr->kind, "military") == 0 &&
      lr->relation == KABAR_REL_OFFICIAL_OF && !strchr(lr->title, ' '))
    n = 1; /* a rank written out: "Brigjen. Jenderal Patrick Ryder" */
  if (n && t + n < end && tok_is(c, t + n, "."))
    n++;
  return n;
}

/* The end of a chain of honorifics and ranks at t ("Brigjen. Jenderal",
 * "Dr. (H.C.)", "Tan Sri Dato"): words written before a name that are
 * never the name. Returns t when there is none. */
size_t ex_honorifics_end(const ctx *c, size_t t, size_t end) {
  size_t k = t;
  while (k < end && k - t < 8) {
    size_t n = honorific_at(c, k, end);
    if (n) {
      k += n;
      /* "Dato' Sri", "Dato’": the apostrophe the tokenizer split off */
      if (k < end && (tok_is(c, k, "'") || tok_is(c, k, "\u2019")) &&
          c->doc->tokens[k].start == c->doc->tokens[k - 1].end)
        k++;
      /* "Brigjen TNI Rizerius Eko": the service a rank is held in */
      const kabar_lex_entity *service;
      size_t sn = k < end && (tok_flags(c, k) & KABAR_TOK_UPPER) ? match_entity(c, k, end, &service) : 0;
      if (sn && service->type == KABAR_ENT_ORGANIZATION && k + sn < end && is_name_token(c, k + sn) &&
          !match_entity(c, k + sn, end, NULL))
        k += sn;
      continue;
    }
    /* "Dr. (H.C.)": an honorary degree in brackets */
    if (k > t && k + 2 < end && tok_is(c, k, "(") && strchr(tok_norm(c, k + 1), '.') &&
        tok_is(c, k + 2, ")")) {
      k += 3;
      continue;
    }
    break;
  }
  return k;
}

/* "Perdana Menteri Jepang saat itu, Kakuei Tanaka", "Presiden RI terpilih":
 * a qualifier after a title, then an optional comma. Returns the token after
 * them, or t. */
static size_t qualifier_end(const ctx *c, size_t t, size_t end) {
  const char *kind;
  size_t n = t < end ? kabar_lexicon_match_honorific(c->x->lex, c->doc->tokens, c->compact, t, end,
                                                     &kind)
                     : 0;
  return n && strcmp(kind, "qualifier") == 0 ? t + n : t;
}

/* A name at t: a person from the lexicon, or a capitalized run. Returns the
 * end token and sets *d, or returns t when there is none. */
static size_t person_name_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d) {
  /* "Presidium Uni Soviet Tertinggi K.Y. Voroshilov": a common word or a
   * superlative before two initials ends the body's name; two initials
   * begin the person's */
  if (t + 1 < end && !match_entity(c, t, end, NULL) && initial_at(c, t + 1, end) &&
      strlen(tok_norm(c, t + 1)) >= 4 && tok_norm(c, t + 1)[1] == '.' &&
      (common_word(c, t) || strncmp(tok_norm(c, t), "ter", 3) == 0))
    t++; /* but "Ronald J.P. Manik" */
  const kabar_lex_entity *le;
  size_t n = match_entity(c, t, end, &le);
  size_t run = name_run(c, t, end);
  if (n && le->type == KABAR_ENT_PERSON && run > t + n && c->doc->sentences[sent].kind == KABAR_SENT_TEXT &&
      (n == 1 || tok_is(c, run - 1, "jr") || tok_is(c, run - 1, "sr"))) {
    /* "Nasser Kanaani" is not Gamal Abdel Nasser, "Ferdinand Marcos Jr" not his father */
    size_t e = run;
    *d = ex_person_lookup(c, t, e);
    if (*d == NONE)
      *d = ex_person_new(c, t, e);
    if (*d != NONE)
      return e;
  }
  if (n && le->type == KABAR_ENT_PERSON) {
    *d = ex_lex_dent(c, le);
    return *d == NONE ? t : t + n;
  }
  if (n)
    return t;
  size_t e = run;
  if (e == t)
    return t;
  /* "Mohammad Zarif": a given name before a known person's shorter name,
   * when the known full name has it ("Mohammad Javad Zarif") */
  const kabar_lex_entity *known;
  size_t kn = e < end ? match_entity(c, e, end, &known) : 0;
  if (kn && known->type == KABAR_ENT_PERSON && e <= t + 2 && label_has_words(c, known->label, t, e)) {
    *d = ex_lex_dent(c, known);
    return *d == NONE ? t : e + kn;
  }
  *d = ex_person_lookup(c, t, e);
  if (*d == NONE)
    *d = initialled_person(c, t, e);
  if (*d == NONE)
    *d = ex_person_new(c, t, e);
  if (*d == NONE && e == t + 1 && strlen(tok_norm(c, t)) >= 3 &&
      !(tok_flags(c, t) & KABAR_TOK_UPPER) && !c->title_case && !c->gcat[t] && !c->wcat[t] &&
      !kabar_strmap_get(c->x->person_short, c->compact[t], strlen(c->compact[t]), NULL) &&
      !ex_mostly_common(c, t, e)) {
    /* one name after a title: many Indonesians have one ("Menlu Sugiono");
     * no word the grammar knows ("Deputi | Bidang Protokol") nor an ordinary
     * word ("Direktur Operasional", "guru Matematika") */
    *d = ex_mononym_new(c, t);
  }
  return *d == NONE ? t : e;
}

/* The same after any honorifics ("Dato Lim Jock Hoi", "Brigjen. Jenderal
 * Patrick Ryder"), which are no part of the name; returns t when there is
 * no name. */
/* Whether the word at t is written like a brand or a venue, three capitals
 * and then small letters ("JIExpo", "JIEXpo"): no person's name is. */
static int brand_like(const ctx *c, size_t t) {
  const char *w = c->doc->text + c->doc->tokens[t].start;
  size_t n = c->doc->tokens[t].end - c->doc->tokens[t].start, caps = 0;
  while (caps < n && isupper((unsigned char)w[caps]))
    caps++;
  return caps >= 3 && caps < n && islower((unsigned char)w[caps]);
}

static size_t person_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d) {
  size_t h = ex_honorifics_end(c, t, end);
  if (h > t && (h >= end || !(is_name_token(c, h) || match_entity(c, h, end, NULL))))
    return t; /* "Dato itu": an honorific alone is no name */
  if (h < end && (tok_flags(c, h) & KABAR_TOK_WORD) && brand_like(c, h))
    return t; /* "Ruang Tamu Menhan JIEXpo Kemayoran": a venue after the title */
  size_t e = person_name_at(c, sent, h, end, d);
  return e > h ? e : t;
}

/* An entity (state, body) right after a role title: "Presiden Rusia",
 * "Juru bicara Pentagon", "kepala Departemen Studi Rusia di ...". Returns
 * the end and sets *d (or NONE). */
/* Past a capitalised point of the compass after a place's name at e ("Laut
 * Cina | Selatan", "Jawa | Barat"). */
static size_t compass_end(const ctx *c, size_t e, size_t end) {
  if (e < end && (c->gcat[e] & G_COMPASS) && (tok_flags(c, e) & KABAR_TOK_CAP))
    return e + (c->glen[e] ? c->glen[e] : 1);
  return e;
}

static size_t entity_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d, int inner);
static int body_acronym_before_name(ctx *c, size_t t, size_t end);
static size_t portfolio_before_name(ctx *c, size_t sent, size_t k, size_t end);

static size_t headed_name(ctx *c, size_t t, size_t end, kabar_entity_type *type);

/* A fact a title states; the mention layer's functions return no status,
 * so a failure is recorded in c->failed. */
static void title_fact(ctx *c, size_t sent, size_t person, kabar_relation rel, size_t o) {
  if (ex_add_fact(c, sent, person, rel, o, KABAR_FS_ASSERTED, NONE) != KABAR_OK)
    ex_out_of_memory(c);
}

/* The facts a title states between a person and the state or body it
 * names ("Menteri Luar Negeri AS Antony Blinken", "Jeh Sung-Hoon, kepala
 * Departemen ... di Universitas ..."), and what they tell of the person:
 * their state, whether they lead it. `at_body` says the body came after
 * "di"; `state_wins` lets a named state replace one known before. */
static void role_facts(ctx *c, size_t sent, size_t person, const kabar_lex_role *role, size_t aff,
                       int at_body, int state_wins) {
  /* copies and indices only: adding facts may add dents and move c->dents */
  const dent a = c->dents[aff];
  /* "Pemimpin oposisi Malaysia Anwar Ibrahim": of that state's politics,
   * holding no post of it */
  if (a.type == KABAR_ENT_STATE && strcmp(role->kind, "opposition") == 0)
    return;
  kabar_relation rel = role->relation;
  if (a.type == KABAR_ENT_STATE && rel == KABAR_REL_AFFILIATED_WITH)
    rel = KABAR_REL_OFFICIAL_OF;
  /* "kepala Departemen Studi Rusia di Universitas X": the head of a part of
   * the body named after "di", not of the body */
  if (rel == KABAR_REL_LEADER_OF && at_body && strcmp(role->kind, "head") != 0)
    rel = KABAR_REL_OFFICIAL_OF;
  if (a.type == KABAR_ENT_ORGANIZATION && rel != KABAR_REL_LEADER_OF &&
      ((at_body && strcmp(role->kind, "expert") == 0) || a.academic))
    rel = KABAR_REL_AFFILIATED_WITH; /* "analis di ...", "peneliti Pusat Studi ..." */
  if (a.type == KABAR_ENT_STATE || a.type == KABAR_ENT_ORGANIZATION)
    title_fact(c, sent, person, rel, aff);
  /* an official of a state's body is an official of the state */
  if (a.type == KABAR_ENT_ORGANIZATION && a.gov && !a.academic && a.state != NONE &&
      rel != KABAR_REL_AFFILIATED_WITH)
    title_fact(c, sent, person,
               a.government && rel == KABAR_REL_LEADER_OF ? KABAR_REL_LEADER_OF : KABAR_REL_OFFICIAL_OF,
               a.state);
  size_t st = a.type == KABAR_ENT_STATE ? aff : a.state;
  dent *p = &c->dents[person];
  if (st != NONE && (p->state == NONE || (state_wins && a.type == KABAR_ENT_STATE)))
    p->state = st;
  if (a.type == KABAR_ENT_STATE && role->relation == KABAR_REL_LEADER_OF)
    ex_set_leader(c, person);
}

static size_t leader_of(ctx *c, size_t d);

/* Where a body's name after a title may end. "Peneliti Institute for
 * Security and Development Policy Niklas Swanstrom": a new body's name that
 * runs on to the end of the capitals leaves its last two words, a person's
 * name, to the title. */
static size_t body_end(ctx *c, size_t k, size_t end) {
  kabar_entity_type ht;
  size_t he = headed_name(c, k, end, &ht);
  if (ht != KABAR_ENT_ORGANIZATION || he < k + 4 || match_entity(c, k, end, NULL) > 1 ||
      (he < end && is_name_token(c, he)))
    return end;
  for (size_t q = k + 1; q < he; q++)
    if (match_entity(c, q, end, NULL))
      return end; /* a known name inside: "Universitas Kim Il Sung", "... Partai Buruh Korea" */
  for (size_t q = he - 2; q < he; q++)
    if (!is_name_token(c, q) || match_role(c, q, end, NULL))
      return end;
  return he - 2;
}

/* A new entity of `type` named by the text of tokens [t, e), with its
 * mention; returns the mention (NONE when out of memory) and sets *d. */
/* "Kementerian Luar Negeri Beijing ... juru bicara Kementerian Luar
 * Negeri Lin Jian": a body's name with no state is the body of a state
 * named so before in the document, the bare name followed by that state's
 * name or its capital's; NONE when none (bounded, as every look back). */
static size_t same_body_named_before(const ctx *c, const char *label) {
  size_t n = strlen(label);
  for (size_t q = c->n_ments, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK; seen++) {
    const ment *pm = &c->ments[q];
    if (pm->kind != MK_NAME || pm->n_dent != 1)
      continue;
    const dent *b = &c->dents[pm->dent[0]];
    if (b->type == KABAR_ENT_ORGANIZATION && b->state != NONE && b->gov &&
        strncmp(b->label, label, n) == 0 && b->label[n] == ' ')
      return pm->dent[0];
  }
  return NONE;
}

static size_t new_name(ctx *c, size_t s, size_t t, size_t e, kabar_entity_type type, size_t *d) {
  const char *label = ex_text_span(c, t, e);
  *d = label ? ex_add_dent(c, type, label, NULL) : NONE;
  return *d != NONE ? ex_add_name_ment(c, s, t, e, *d) : NONE;
}

/* The body d, named by mention m after a title, belongs to the state's
 * government and is the affiliation of the one who holds the title. */
static void state_body(ctx *c, size_t m, size_t d, const kabar_lex_entity *state, size_t *aff) {
  size_t st = ex_lex_dent(c, state); /* may move c->dents: assign after */
  c->dents[d].state = st;
  c->dents[d].gov = 1;
  c->ments[m].inner = 1;
  *aff = d;
}

/* The text of tokens [tb, te) with each word capitalised, as the lexicon or
 * another text writes a body's name ("Kementerian Luar Negeri China");
 * NULL when out of memory (recorded in c->failed). */
static char *title_cased(ctx *c, size_t tb, size_t te) {
  const char *span = ex_text_span(c, tb, te);
  char *label = span ? kabar_arena_strdup(c->arena, span) : NULL;
  if (!label)
    return ex_out_of_memory(c), NULL;
  for (char *ch = label; *ch; ch++)
    if (ch == label || ch[-1] == ' ')
      *ch = (char)toupper((unsigned char)*ch);
  return label;
}

/* The state `le` named by tokens [q, e) inside the name of mention m
 * ("parlemen | Australia", "Libya | Timur"): an inner mention of its own,
 * while the tokens stay m's. Returns the state's dent, or NONE when out of
 * memory. */
static size_t nested_state(ctx *c, size_t sent, size_t m, size_t q, size_t e,
                           const kabar_lex_entity *le) {
  size_t st = ex_lex_dent(c, le); /* may move c->dents */
  size_t sm = st != NONE ? ex_add_name_ment(c, sent, q, e, st) : NONE;
  if (sm == NONE)
    return NONE;
  c->ments[sm].inner = 1;
  for (size_t i = q; i < e; i++)
    c->ment_at[i] = m;
  return st;
}

/* "juru bicara kementerian luar negeri China, Geng Shuang": after a title, a
 * state's body written in lower case, ending with the state, before the
 * comma and the name of the one who holds the title. Returns the end of the
 * body's name and sets *aff, or returns k. */
static size_t lowercase_body(ctx *c, size_t sent, size_t k, size_t end, size_t *aff) {
  if (k >= end || !(c->wcat[k] & W_HEAD_ORG) || (tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return k;
  size_t q = k + 1;
  /* ("departemen LN Amerika": a common noun abbreviated in capitals) */
  while (q < end && q < k + 4 && (tok_flags(c, q) & KABAR_TOK_WORD) &&
         (!(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) || (c->gcat[q] & G_ABBREVIATION)) &&
         !(c->wcat[q] & (W_PREP | W_CONJ)))
    q++;
  const kabar_lex_entity *le;
  size_t sn = q > k + 1 ? match_entity(c, q, end, &le) : 0;
  /* (or right before the name: "juru bicara departemen luar negeri Amerika
   * Victoria Nuland") */
  const kabar_lex_entity *holder = NULL;
  if (!sn || le->type != KABAR_ENT_STATE || q + sn + 1 >= end ||
      !(tok_is(c, q + sn, ",") ? is_name_token(c, q + sn + 1)
                               : is_name_token(c, q + sn) && (!match_entity(c, q + sn, end, &holder) ||
                                                              holder->type == KABAR_ENT_PERSON)))
    return k;
  size_t e = q + sn, d;
  char *label = title_cased(c, k, e);
  if (!label)
    return k;
  d = ex_add_dent(c, KABAR_ENT_ORGANIZATION, label, NULL);
  size_t m = d != NONE ? ex_add_name_ment(c, sent, k, e, d) : NONE;
  if (m == NONE)
    return k;
  state_body(c, m, d, le, aff);
  return e;
}

/* "Penasihat Kantor Presiden Ukraina Mykhailo Podolyak": after a title, an
 * office named by another post and its state is the body the person works
 * for (not the post they hold). Returns the end of the body's name and sets
 * *aff, or returns k. */
static size_t office_of_post(ctx *c, size_t sent, size_t k, size_t end, size_t *aff) {
  if (k + 2 >= end || !(c->wcat[k] & W_HEAD_ORG) || !(tok_flags(c, k) & KABAR_TOK_CAP))
    return k;
  size_t rl = match_role(c, k + 1, end, NULL);
  const kabar_lex_entity *le;
  size_t sn = rl ? match_entity(c, k + 1 + rl, end, &le) : 0;
  if (!sn || le->type != KABAR_ENT_STATE)
    return k;
  size_t e = k + 1 + rl + sn, d;
  size_t m = new_name(c, sent, k, e, KABAR_ENT_ORGANIZATION, &d);
  if (m == NONE)
    return k;
  state_body(c, m, d, le, aff);
  return e;
}

/* "Pemimpin Organisasi Pembebasan Palestina (PLO), Yasser Arafat": the
 * body's acronym in brackets after its name, before a comma or a name. Returns the
 * token after the bracket, or t. */
static size_t acronym_in_brackets(const ctx *c, size_t t, size_t end) {
  if (t + 3 >= end || !tok_is(c, t, "("))
    return t;
  size_t k = t + 1;
  while (k < end && k < t + 4 && (tok_flags(c, k) & KABAR_TOK_WORD) &&
         (tok_flags(c, k) & (KABAR_TOK_UPPER | KABAR_TOK_CAP)))
    k++;
  if (k == t + 1 || k + 1 >= end || !tok_is(c, k, ")"))
    return t;
  /* "Serikat Oposisi Tajik (UTO) Sayyid Abdulloh Nuri": or right before the
   * holder's name, two capitalised words at least */
  if (tok_is(c, k + 1, ","))
    return k + 1;
  return k + 2 < end && is_name_token(c, k + 1) && is_name_token(c, k + 2) ? k + 1 : t;
}

/* "Deputi Bidang Pers, Protokol dan Media Sekretariat Presiden": a
 * portfolio ("Bidang ...", a list of capitalized words joined by commas and
 * "dan") between a title and the body. Returns where the body starts, or
 * t. */
static size_t portfolio_end(ctx *c, size_t t, size_t end) {
  const kabar_lex_entity *first;
  size_t fn = t + 1 < end ? match_entity(c, t, end, &first) : 0;
  if (fn && first->type == KABAR_ENT_PLACE && !(first->flags & KABAR_LEX_METONYM)) {
    /* "Direktur Jenderal Asia-Pasifik dan Afrika Kementerian Luar Negeri":
     * the regions a portfolio deals with, then the body */
    size_t k = t + fn;
    while (k + 1 < end && (tok_is(c, k, "dan") || tok_is(c, k, ",")) &&
           match_entity(c, k + 1, end, &first) && first->type == KABAR_ENT_PLACE)
      k += 1 + match_entity(c, k + 1, end, NULL);
    return k < end && (c->wcat[k] & W_HEAD_ORG) && (tok_flags(c, k) & KABAR_TOK_CAP) ? k : t;
  }
  if (t + 1 >= end || !(tok_flags(c, t) & KABAR_TOK_CAP) || c->wcat[t] || fn ||
      match_role(c, t, end, NULL))
    return t;
  /* "Bidang ..." may list its fields with commas; any other portfolio is a
   * few capitalized words, perhaps naming a body it deals with ("Direktur
   * Jenderal Kerja Sama ASEAN Kementerian Luar Negeri") */
  int listed = tok_is(c, t, "bidang");
  size_t k = t + 1;
  while (k < end && k < t + (listed ? 10 : 6)) {
    if ((c->wcat[k] & W_HEAD_ORG) && (tok_flags(c, k) & KABAR_TOK_CAP))
      return k;
    /* "Direktur Kerjasama Internasional (Dirkersin) Kemhan RI": the post's
     * short form in brackets, then the body */
    const kabar_lex_entity *body;
    if (tok_is(c, k, "(") && k + 3 < end && (tok_flags(c, k + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
        tok_is(c, k + 2, ")") && match_entity(c, k + 3, end, &body) &&
        (body->type == KABAR_ENT_ORGANIZATION || body->type == KABAR_ENT_STATE))
      return k + 3;
    const kabar_lex_entity *le;
    size_t n = match_entity(c, k, end, &le);
    if (n && listed)
      return le->type == KABAR_ENT_STATE || le->type == KABAR_ENT_ORGANIZATION ? k : t;
    if (n && (le->type == KABAR_ENT_ORGANIZATION || le->type == KABAR_ENT_PLACE)) {
      k += n; /* the body or region a portfolio deals with: "Kerja Sama ASEAN" */
      continue;
    }
    if (n || match_role(c, k, end, NULL))
      return t;
    int joiner = (tok_is(c, k, "dan") || tok_is(c, k, "serta") || (listed && tok_is(c, k, ","))) &&
                 k + 1 < end && (tok_flags(c, k + 1) & KABAR_TOK_CAP);
    if (!joiner && !((tok_flags(c, k) & KABAR_TOK_WORD) && (tok_flags(c, k) & KABAR_TOK_CAP) &&
                     (listed || !c->wcat[k])))
      return t;
    k++;
  }
  return t;
}

/* A role title at t: "[role] [state or body][,] [Name]". Returns the token
 * after what it used. */
/* Whether a title at j, past the comma after an office ending at k, begins
 * the next office of a list ("..., Ketua Pertama Komisi Militer Sentral") or
 * another person's title, rather than a rank before the name of the office's
 * holder ("Menteri Pertahanan China, Jenderal Chang Wanquan"). */
static int next_office(ctx *c, size_t j, size_t k, size_t end) {
  const kabar_lex_role *lr;
  size_t rl = j > k ? match_role(c, j, end, &lr) : 0;
  if (!rl)
    return 0;
  if (strcmp(lr->kind, "military") != 0)
    return 1; /* "Menlu ASEAN, Menlu Retno": another office, another holder */
  size_t q = j + rl;
  while (q < end && (c->gcat[q] & G_MODIFIER))
    q++;
  return q >= end || !is_name_token(c, q) || match_entity(c, q, end, NULL);
}

/* Whether a leader known by title a (or by none) holds the office title b
 * names: "Perdana Menteri" alone is no president met before. */
/* A title as an office: "PM" is "perdana menteri". */
static const char *office_name(const char *title) {
  return strcasecmp(title, "pm") == 0 ? "perdana menteri" : title;
}

/* The office a person was titled with: a leader's title, else a minister's
 * or an envoy's; NULL when none. */
static const char *dent_office(const dent *e) {
  return e->head_title ? e->head_title : e->office;
}

static int same_office(const char *a, const char *b) {
  if (!a)
    return 1;
  /* "Kepala Negara" after "Presiden Joko Widodo": any head of state or
   * government is one */
  if (strcasecmp(b, "kepala negara") == 0 || strcasecmp(b, "kepala pemerintahan") == 0)
    return 1;
  return strcasecmp(office_name(a), office_name(b)) == 0;
}

/* Whether a role is an ambassador's ("Duta Besar", "Dubes LBBP"). */
static int ambassador(const kabar_lex_role *role) {
  return strncmp(role->title, "dubes", 5) == 0 || strncmp(role->title, "duta besar", 10) == 0;
}

/* The full title a role stands for: "menteri pertahanan" for "Menhan". */
static const char *full_title(const kabar_lex_role *role) {
  return role->short_for ? role->short_for : role->title;
}

/* "Pemerintah Kesepakatan Nasional (GNA) pimpinan Sarraj": the body right
 * before a leader's title with no body of its own is the one led. */
static size_t led_body_before(const ctx *c, size_t sent, size_t t) {
  size_t sb = c->doc->sentences[sent].tok_begin;
  size_t q = t;
  if (q > sb + 3 && tok_is(c, q - 1, ")") && tok_is(c, q - 3, "("))
    q -= 3; /* past its short form: "(GNA)" */
  size_t m = q > sb ? c->ment_at[q - 1] : NONE;
  if (m == NONE || !c->ments[m].n_dent || c->ments[m].inner)
    return NONE;
  size_t d = c->ments[m].dent[0];
  return c->dents[d].type == KABAR_ENT_ORGANIZATION ? d : NONE;
}

/* Whether the words t..e after a title, every one an ordinary word, go on
 * into more of the post's name rather than ending a holder's: "Komisioner
 * Tinggi PBB", "Menteri Pertanahan dan Tata Ruang", "Direktur Kerja Sama
 * Politik dan Keamanan ASEAN", "Menteri Koordinator Bidang Perekonomian
 * Airlangga Hartarto". */
static int portfolio_words(ctx *c, size_t t, size_t e, size_t end) {
  if (e >= end || !ex_all_common(c, t, e))
    return 0;
  /* a body or state after them ("Tinggi | PBB"), or more of the post; a
   * known holder's name after two or more ("Bidang Perekonomian |
   * Airlangga Hartarto"), not after one, which may be a first name ("Ali |
   * Abdullah Saleh"); an unknown name may have two ("Datuk Rahim | Osman") */
  const kabar_lex_entity *le;
  if (match_entity(c, e, end, &le))
    return le->type != KABAR_ENT_PERSON || e >= t + 2;
  /* "Menteri Perencanaan Pembangunan Nasional/Kepala Bappenas": a second
   * post after a slash */
  return tok_is(c, e, "(") || tok_is(c, e, "/") ||
         (tok_is(c, e, "dan") && e + 1 < end && (tok_flags(c, e + 1) & KABAR_TOK_CAP));
}

/* The end of a run of ordinary capitalised words from t (at most `most`
 * tokens), joined by "dan" (and commas, when `commas`) before another
 * capitalised word: a post's or a unit's name. A run that ends on its joiner
 * gives t. */
static size_t ordinary_caps_run(ctx *c, size_t t, size_t end, size_t most, int commas) {
  size_t r = t;
  while (r < end && r < t + most && (tok_flags(c, r) & KABAR_TOK_CAP) && (tok_flags(c, r) & KABAR_TOK_WORD) &&
         !(tok_flags(c, r) & KABAR_TOK_UPPER) && c->ment_at[r] == NONE && !match_entity(c, r, end, NULL) &&
         !match_role(c, r, end, NULL)) {
    int common = kabar_dictionary_common(c->x->dict, tok_norm(c, r));
    if (common < 0)
      return ex_out_of_memory(c), t;
    if (!common)
      break;
    r++;
    if (r + 1 < end && (tok_is(c, r, "dan") || (commas && tok_is(c, r, ","))) &&
        (tok_flags(c, r + 1) & KABAR_TOK_CAP))
      r++;
  }
  return r > t && (tok_is(c, r - 1, "dan") || tok_is(c, r - 1, ",")) ? t : r;
}

/* Past the rest of a post's name in ordinary capitalised words
 * (portfolio_words()), with "dan": where the holder's name may begin; t
 * when there is none. */
static size_t past_portfolio(ctx *c, size_t t, size_t end) {
  if (c->title_case)
    return t; /* "Sekjen PBB Sambut Baik Persetujuan ...": a heading's words */
  size_t r = ordinary_caps_run(c, t, end, 6, 0);
  return r == t || !portfolio_words(c, t, r, end) ? t : r;
}

/* The minister of `office` (and of `state`, unless NONE) last named in
 * this document, or NONE. */
static size_t minister_named_before(const ctx *c, const char *office, size_t state) {
  for (size_t q = c->n_ments, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK; seen++) {
    const ment *pm = &c->ments[q];
    size_t i = pm->n_dent == 1 ? pm->dent[0] : NONE;
    if (i != NONE && c->dents[i].type == KABAR_ENT_PERSON && c->dents[i].office &&
        strcasecmp(c->dents[i].office, office) == 0 && (state == NONE || c->dents[i].state == state))
      return i;
  }
  return NONE;
}

/* A head's title over a unit of a body ("Direktur Jenderal Kerja Sama
 * ASEAN Kementerian Luar Negeri", "Direktur komunikasi ECOWAS"): its holder
 * leads the unit and is an official of the body; the role to use, in buf
 * when it changes. */
static const kabar_lex_role *head_of_unit(const kabar_lex_role *role, kabar_lex_role *buf) {
  if (role->relation != KABAR_REL_LEADER_OF)
    return role;
  *buf = *role;
  buf->relation = KABAR_REL_OFFICIAL_OF;
  return buf;
}

/* Mention m (a title's state, or the title) refers to `who`, the holder
 * named before; the title's phrase began at t. */
static void refer_to_holder(ctx *c, size_t m, size_t who, size_t t) {
  ment *am = &c->ments[m];
  am->kind = MK_ROLEREF;
  am->dent[0] = who;
  am->n_dent = 1;
  am->inner = 0;
  am->phrase_tb = t;
}

/* "Viktor Orban ... perdana menteri Hongaria yang semakin otoriter itu": a
 * title and its state ending at k, then a demonstrative (perhaps past a
 * short relative clause of plain words), refer back to the person last
 * named in this sentence or the one before, whose state is not known or is
 * that one; NONE otherwise. */
static size_t described_before(const ctx *c, size_t sent, size_t t, size_t k, size_t end, size_t aff) {
  size_t q = k;
  if (q < end && tok_is(c, q, "yang")) {
    size_t r = q + 1;
    while (r < end && r < q + 4 && c->ment_at[r] == NONE && (tok_flags(c, r) & KABAR_TOK_WORD) &&
           !(tok_flags(c, r) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[r] & W_DEMONSTRATIVE))
      r++;
    q = r;
  }
  if (q >= end || !(c->wcat[q] & W_DEMONSTRATIVE))
    return NONE;
  size_t from = sent > 0 ? c->sents[sent - 1].m_begin : c->sents[sent].m_begin;
  for (size_t m = c->n_ments; m-- > from;) {
    const ment *pm = &c->ments[m];
    if (pm->tb >= t || pm->kind != MK_NAME || pm->n_dent != 1 || pm->inner)
      continue;
    const dent *e = &c->dents[pm->dent[0]];
    if (e->type != KABAR_ENT_PERSON)
      continue;
    return (e->state == NONE || e->state == aff) && !e->titled ? pm->dent[0] : NONE;
  }
  return NONE;
}

/* What a title says of the person who holds it, beside its facts. */
static void take_title(ctx *c, size_t person, const kabar_lex_role *role) {
  dent *p = &c->dents[person];
  p->titled = 1;
  p->spokesperson |= strcmp(role->kind, "spokesperson") == 0;
  if (role->relation == KABAR_REL_LEADER_OF && !p->head_title)
    p->head_title = role->title;
  if (strcmp(role->kind, "minister") == 0 && !p->office)
    p->office = full_title(role);
  else if (ambassador(role) && !p->office)
    p->office = "duta besar"; /* "Dubes RI" refers back to "Duta Besar RI ..." */
}

static size_t handle_role(ctx *c, size_t sent, size_t t, size_t n, const kabar_lex_role *role,
                          size_t end) {
  size_t k = t + n;
  size_t aff = NONE;
  kabar_entity_type body_type;
  /* "AVM. Nigel Maddox": an abbreviated rank's full stop, inside the sentence */
  if (k + 1 < end && tok_is(c, k, ".") && (tok_flags(c, t) & KABAR_TOK_UPPER) && is_name_token(c, k + 1))
    k++;
  /* "Perdana Menteri (PM) Kepulauan Solomon": the title's short form in brackets */
  if (k + 2 < end && tok_is(c, k, "(") && match_role(c, k + 1, end, NULL) == 1 &&
      tok_is(c, k + 2, ")"))
    k += 3;
  /* "Presiden pertama Indonesia Sukarno", "Perdana Menteri baru Inggris":
   * a modifier between the title and its state */
  size_t mod = k;
  while (mod < end && mod < k + 2 && (c->gcat[mod] & G_MODIFIER) && c->ment_at[mod] == NONE)
    mod++;
  const kabar_lex_entity *after_mod;
  if (mod > k && match_entity(c, mod, end, &after_mod) &&
      (after_mod->type == KABAR_ENT_STATE ||
       ((after_mod->type == KABAR_ENT_ORGANIZATION || (after_mod->flags & KABAR_LEX_METONYM)) &&
        strcmp(role->kind, "member") != 0)))
    k = mod; /* "Kepala Protokol Sementara Gedung Putih"; not "anggota penting ASEAN" */
  const kabar_lex_entity *after_head;
  size_t he = n > 1 && (c->wcat[k - 1] & W_HEAD_ORG) && (tok_flags(c, k - 1) & KABAR_TOK_CAP)
                  ? headed_name(c, k - 1, end, &body_type)
                  : k;
  /* "Ketua | Majelis Rakyat Tertinggi", "Ketua | Majelis Nasional Korea
   * Selatan": the title's last word heads a body's name of common words or
   * ending with its state; not when only a state or a person's name follows
   * it ("Sekretaris Kabinet | Jepang", "Sekretaris Kabinet | Yoshimasa Hayashi") */
  int own_state = 0;
  for (size_t q = k + 1; q < he && !own_state; q++)
    own_state = match_entity(c, q, end, &after_head) == he - q && after_head->type == KABAR_ENT_STATE;
  if (he > k && ((c->gcat[k] & G_COMMON) || own_state) &&
      !(match_entity(c, k, end, &after_head) == he - k && after_head->type == KABAR_ENT_STATE))
    k--;
  size_t pf = portfolio_end(c, k, end);
  kabar_lex_role unit_head;
  if (pf > k) {
    c->body_of_title = 1;
    size_t ke0 = entity_at(c, sent, pf, end, &aff, 1);
    c->body_of_title = 0;
    if (ke0 > pf) {
      k = ke0; /* "Direktur Jenderal Kerja Sama ASEAN Kementerian Luar Negeri" */
      role = head_of_unit(role, &unit_head);
    } else {
      aff = NONE;
    }
  }
  if (aff == NONE && k == t + n) {
    /* "Direktur komunikasi ECOWAS Sonny Ugoh": a unit in lower case, then
     * the body or state and the holder's name */
    size_t q = k;
    while (q < end && q < k + 2 && (tok_flags(c, q) & KABAR_TOK_WORD) &&
           !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !c->wcat[q] &&
           !(c->gcat[q] & G_MODIFIER) && c->ment_at[q] == NONE && !ex_is_verb_word(c, q))
      q++;
    const kabar_lex_entity *unit_of;
    size_t un = q > k && q < end ? match_entity(c, q, end, &unit_of) : 0;
    if (un && (unit_of->type == KABAR_ENT_STATE || unit_of->type == KABAR_ENT_ORGANIZATION) &&
        q + un < end && is_name_token(c, q + un) && !match_role(c, q + un, end, NULL) &&
        !match_entity(c, q + un, end, NULL) && name_run(c, q + un, end) >= q + un + 2) {
      size_t ue = entity_at(c, sent, q, end, &aff, 1);
      if (ue > q && aff != NONE) {
        k = ue;
        role = head_of_unit(role, &unit_head);
      } else {
        aff = NONE;
      }
    }
  }
  /* "Kepala Protokol Negara Peru": the word for a state before its name */
  const kabar_lex_entity *named_state;
  if (aff == NONE && k + 1 < end && (tok_is(c, k, "negara") || tok_is(c, k, "negeri")) &&
      match_entity(c, k + 1, end, &named_state) && named_state->type == KABAR_ENT_STATE)
    k++;
  /* "Wakil Presiden negara itu, Elias Juau": the state named last */
  if (aff == NONE && k + 3 < end && (tok_is(c, k, "negara") || tok_is(c, k, "negeri")) &&
      (c->wcat[k + 1] & W_DEMONSTRATIVE) && tok_is(c, k + 2, ",") && is_name_token(c, k + 3)) {
    for (size_t q = c->n_ments, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK && aff == NONE; seen++)
      if (c->ments[q].kind == MK_NAME && c->ments[q].n_dent == 1 &&
          c->dents[c->ments[q].dent[0]].type == KABAR_ENT_STATE)
        aff = c->ments[q].dent[0];
    if (aff != NONE)
      k += 2;
  }
  size_t ke = aff != NONE ? k : office_of_post(c, sent, k, end, &aff);
  if (ke == k && aff == NONE)
    ke = lowercase_body(c, sent, k, end, &aff);
  if (ke == k && aff == NONE)
    ke = entity_at(c, sent, k, body_end(c, k, end), &aff, 1);
  if (ke == k && aff == NONE && strcmp(role->kind, "minister") == 0) {
    /* "Menteri Sumber Daya Alam Rusia", "Menteri Sains dan Pendidikan
     * Tinggi Rusia": a portfolio the lexicon does not list, in capitals,
     * then the state */
    size_t q = k;
    const kabar_lex_entity *le;
    while (q < end && q < k + 6 && !match_entity(c, q, end, &le) &&
           (((tok_flags(c, q) & KABAR_TOK_CAP) && (tok_flags(c, q) & KABAR_TOK_WORD)) ||
            ((q > k || n > 1) && tok_is(c, q, "dan") && q + 1 < end && (tok_flags(c, q + 1) & KABAR_TOK_CAP))))
      q++;
    if (q > k && q < end && match_entity(c, q, end, &le) &&
        (le->type == KABAR_ENT_STATE || le->type == KABAR_ENT_ORGANIZATION)) {
      size_t portfolio_end = q;
      ke = entity_at(c, sent, q, end, &aff, 1);
      if (ke > portfolio_end)
        k = ke;
      else
        aff = NONE;
    } else if (q > k && q + 1 < end && tok_is(c, q, ",") && is_name_token(c, q + 1) &&
               !match_role(c, q + 1, end, NULL)) {
      k = q; /* "Menteri Pertanian dan Perikanan, Mariano Sabino": no state named */
    }
  }
  if (ke > k)
    k = ke;
  if (aff == NONE) {
    /* a short description, then "dari"/"di" and the body */
    size_t q = k;
    while (q < end && q < k + 3 && (tok_flags(c, q) & KABAR_TOK_WORD) &&
           !(tok_flags(c, q) & KABAR_TOK_CAP) && !(c->wcat[q] & (W_PREP | W_BOUNDARY)))
      q++;
    const kabar_lex_entity *peek = NULL;
    kabar_entity_type ht;
    int body = q + 1 < end && (headed_name(c, q + 1, end, &ht) > q + 1 ||
                               (match_entity(c, q + 1, end, &peek) &&
                                peek->type == KABAR_ENT_ORGANIZATION));
    if (body && (tok_is(c, q, "dari") || tok_is(c, q, "di"))) {
      size_t ke2 = entity_at(c, sent, q + 1, end, &aff, 1);
      if (ke2 > q + 1 && aff != NONE && c->dents[aff].type == KABAR_ENT_ORGANIZATION)
        k = ke2;
      else
        aff = NONE;
    }
  }
  if (aff == NONE && k == t + n) {
    /* "Ketua tim perunding pemerintah Humberto de la Calle", "Pimpinan blok
     * itu, Mahboub Maalim": a short description of the post in lower case,
     * then the holder's name of two or more words */
    size_t q = k;
    while (q < end && q < k + 3 && (tok_flags(c, q) & KABAR_TOK_WORD) &&
           !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
           !(c->wcat[q] & (W_PREP | W_BOUNDARY | W_CONJ | W_DEMONSTRATIVE | W_SKIP)) &&
           c->ment_at[q] == NONE && !ex_is_verb_word(c, q))
      q++;
    size_t r = q;
    if (r > k && r < end && (c->wcat[r] & W_DEMONSTRATIVE))
      r++;
    if (r > k && r < end && tok_is(c, r, ","))
      r++;
    if (r > k && r < end && is_name_token(c, r) && name_run(c, r, end) >= r + 2 &&
        !match_role(c, r, end, NULL) && !match_entity(c, r, end, NULL))
      k = r;
    else if (r > k && body_acronym_before_name(c, r, end))
      k = r; /* "analis sistem | NSA Edward Snowden" */
  }
  /* (a head of a unit: "Direktur Jenderal Imigrasi"; not a minister's or
   * an envoy's title, whose next capitals are a name or a state) */
  /* (nor a head of state's: "Presiden Ali Abdullah Saleh", whose first
   * name is also a word) */
  if (aff == NONE && k == t + n && strcmp(role->kind, "minister") != 0 && !ambassador(role) &&
      !(role->relation == KABAR_REL_LEADER_OF && strcmp(role->kind, "head") == 0 && n == 1))
    k = portfolio_before_name(c, sent, k, end);
  if (aff == NONE && body_acronym_before_name(c, k, end)) {
    /* "Ketua HKTI Prabowo Subianto", "analis sistem NSA Edward Snowden":
     * an unknown acronym between the title and a name is the body */
    if (!(c->gcat[k] & G_ABBREVIATION)) { /* "aktivis HAM Budi": no body */
      size_t am = new_name(c, sent, k, k + 1, KABAR_ENT_ORGANIZATION, &aff);
      if (am == NONE)
        return t; /* out of memory: c->failed says so */
      c->ments[am].inner = 1;
    }
    k++;
  }
  /* "Dubes RI Dhaka merangkap Nepal, Zet Mirzal Zainuddin": an envoy's
   * post, the city of the embassy and the states it also covers */
  const kabar_lex_entity *post_city;
  if (aff != NONE && ambassador(role) && k + 1 < end && match_entity(c, k, end, &post_city) &&
      post_city->type == KABAR_ENT_PLACE) {
    size_t city = NONE, ce = entity_at(c, sent, k, end, &city, 1);
    if (ce > k) {
      k = ce;
      const kabar_lex_entity *also_state;
      while (k + 1 < end && tok_is(c, k, "merangkap") && match_entity(c, k + 1, end, &also_state) &&
             also_state->type == KABAR_ENT_STATE) {
        size_t other = NONE, oe = entity_at(c, sent, k + 1, end, &other, 1);
        if (oe <= k + 1)
          break;
        k = oe;
      }
    }
  }
  /* "Duta Besar Amerika Serikat (AS) untuk Uzbekistan": the state's short
   * name in brackets after it */
  const kabar_lex_entity *short_name;
  if (aff != NONE && k + 2 < end && tok_is(c, k, "(") && tok_is(c, k + 2, ")") &&
      match_entity(c, k + 1, end, &short_name) == 1 && short_name->type == KABAR_ENT_STATE &&
      c->dents[aff].iso3 && short_name->iso3 && strcmp(c->dents[aff].iso3, short_name->iso3) == 0) {
    size_t same;
    if (entity_at(c, sent, k + 1, end, &same, 1) == k + 2)
      k += 3;
  }
  if (aff != NONE && k + 2 < end && tok_is(c, k, "untuk") && tok_is(c, k + 1, "urusan") &&
      (tok_flags(c, k + 1) & KABAR_TOK_CAP)) {
    /* "Wakil Menteri Luar Negeri Amerika untuk Urusan Eropa dan Eurasia
     * Victoria Nuland": a portfolio of one word, or of words joined by "dan" */
    size_t q = k + 3;
    while (q + 1 < end && (tok_is(c, q, "dan") || tok_is(c, q, ",")) &&
           (tok_flags(c, q + 1) & KABAR_TOK_CAP))
      q += 2;
    k = q;
  } else if (aff != NONE && k + 1 < end && tok_is(c, k, "untuk")) {
    /* "Duta Besar Korea Utara untuk PBB Kim Song": the post is for the first;
     * "utusan khusus Prancis untuk kawasan Sahel, ...": a region */
    size_t other = NONE;
    size_t at = k + 2 < end && (tok_is(c, k + 1, "kawasan") || tok_is(c, k + 1, "wilayah")) ? k + 2 : k + 1;
    size_t ke3 = entity_at(c, sent, at, end, &other, 1);
    if (ke3 > at)
      k = ke3;
    /* "Duta Besar Republik Indonesia untuk Australia dan Vanuatu, Bapak ...":
     * accredited to more than one */
    const kabar_lex_entity *also;
    while (k + 1 < end && tok_is(c, k, "dan") && match_entity(c, k + 1, end, &also) &&
           also->type == KABAR_ENT_STATE) {
      size_t ke4 = entity_at(c, sent, k + 1, end, &other, 1);
      if (ke4 <= k + 1)
        break;
      k = ke4;
    }
  }
  /* "Komandan Pasukan Amerika di Eropa, Letnan Jenderal Ben Hodges": where
   * the post is, before the comma and the holder's name */
  const kabar_lex_entity *post_place;
  size_t ppn = aff != NONE && k + 2 < end && tok_is(c, k, "di") ? match_entity(c, k + 1, end, &post_place) : 0;
  if (ppn && post_place->type == KABAR_ENT_PLACE && k + 1 + ppn < end && tok_is(c, k + 1 + ppn, ",")) {
    size_t where;
    size_t pe2 = entity_at(c, sent, k + 1, end, &where, 0);
    if (pe2 > k + 1 && c->ment_at[k + 1] != NONE) {
      c->ments[c->ment_at[k + 1]].locative = 1;
      k = pe2;
    }
  }
  size_t j = k;
  if (aff != NONE)
    j = acronym_in_brackets(c, j, end);
  /* "juru bicara Pentagon (Bryan Whitman)": the holder's name in brackets */
  size_t bracketed = 0;
  if (aff != NONE && j == k && j + 3 < end && tok_is(c, j, "(") && !match_role(c, j + 1, end, NULL)) {
    const kabar_lex_entity *inside;
    size_t pn = match_entity(c, j + 1, end, &inside);
    size_t be = !pn ? name_run(c, j + 1, end) : inside->type == KABAR_ENT_PERSON ? j + 1 + pn : 0;
    if (be >= j + (pn ? 2 : 3) && be < end && tok_is(c, be, ")")) {
      bracketed = be;
      j++;
    }
  }
  j = qualifier_end(c, j, end);
  if (j < end && tok_is(c, j, ","))
    j++;
  /* "pemimpin junta Myanmar Jenderal Senior Min Aung Hlaing": a rank
   * between the post and the name */
  /* "..., Letnan Jenderal Ben Hodges": after the comma only a military rank */
  const kabar_lex_role *rank_role;
  int after_comma = j == k + 1 && tok_is(c, k, ",");
  size_t rank = (j == k || after_comma) && j < end ? match_role(c, j, end, &rank_role) : 0;
  if (rank && after_comma && strcmp(rank_role->kind, "military") != 0)
    rank = 0;
  /* "Brigjen TNI Rizerius Eko": a rank, the service it is held in, the name */
  const kabar_lex_entity *service;
  size_t sn = rank && j + rank + 1 < end ? match_entity(c, j + rank, end, &service) : 0;
  if (sn && service->type == KABAR_ENT_ORGANIZATION && (tok_flags(c, j + rank) & KABAR_TOK_UPPER) &&
      j + rank + sn < end && is_name_token(c, j + rank + sn) && !match_role(c, j + rank + sn, end, NULL) &&
      !match_entity(c, j + rank + sn, end, NULL))
    j += rank + sn;
  else if (rank && j + rank < end && is_name_token(c, j + rank) && !match_role(c, j + rank, end, NULL))
    j += rank;
  size_t person = NONE;
  /* "Sekretaris Pertama Partai Buruh Korea, Ketua Komisi ...": a title after
   * the comma begins the next item of a list of offices, not a name */
  j = past_portfolio(c, j, end);
  size_t pe = j < end && !next_office(c, j, k, end) ? person_at(c, sent, j, end, &person) : j;
  if (pe > j && person != NONE) {
    /* "Perdana Menteri Yunani dan Perdana Menteri Makedonia, Alexi Tsipras
     * dan Zoran Zaev": two titles, then their holders in the same order */
    size_t second = NONE, pe2 = pe;
    if (c->listed_title_next == t && aff != NONE && tok_is(c, j - 1, ",") && pe + 1 < end &&
        tok_is(c, pe, "dan"))
      pe2 = person_at(c, sent, pe + 1, end, &second);
    if (second != NONE && pe2 > pe + 1 && second != person) {
      size_t first = person;
      size_t pm1 = ex_add_name_ment(c, sent, j, pe, first);
      if (pm1 != NONE)
        c->ments[pm1].phrase_tb = c->listed_title_tb;
      take_title(c, first, c->listed_title_role);
      role_facts(c, sent, first, c->listed_title_role, c->listed_title_aff, 0, 1);
      person = second;
      j = pe + 1;
      pe = pe2;
    }
    c->listed_title_next = 0;
    size_t pm = ex_add_name_ment(c, sent, j, pe, person);
    if (pm != NONE)
      c->ments[pm].phrase_tb = t;
    dent *p = &c->dents[person];
    take_title(c, person, role);
    if (aff == NONE && p->lex_role && p->state != NONE && role->relation == KABAR_REL_LEADER_OF &&
        strcmp(p->lex_role, role->title) == 0) {
      /* "Presiden Soekarno": the lexicon of office holders knows the state */
      title_fact(c, sent, person, KABAR_REL_LEADER_OF, p->state);
      ex_set_leader(c, person); /* not through p: adding a fact may move c->dents */
    } else if (aff == NONE && p->lex_role && p->state != NONE &&
               role->relation == KABAR_REL_OFFICIAL_OF && same_office(p->lex_role, role->title)) {
      /* "Menteri Luar Negeri Wang Yi": the same, for the minister's state */
      title_fact(c, sent, person, KABAR_REL_OFFICIAL_OF, p->state);
    }
    if (aff != NONE && c->dents[aff].type == KABAR_ENT_PLACE) {
      const kabar_lex_entity *pl = ex_dent_lex(c, aff);
      if (pl && (pl->flags & KABAR_LEX_METONYM))
        aff = ex_state_of(c, aff); /* "Juru bicara Kremlin Dmitry Peskov" */
    }
    if (aff == NONE && role->relation == KABAR_REL_LEADER_OF)
      aff = led_body_before(c, sent, t);
    /* "General Cyril Crozesi dari Perancis": the state the holder is from */
    const kabar_lex_entity *from;
    if (aff == NONE && pe + 1 < end && tok_is(c, pe, "dari") && strcmp(role->kind, "expert") != 0 &&
        match_entity(c, pe + 1, end, &from) && from->type == KABAR_ENT_STATE) {
      size_t fe = entity_at(c, sent, pe + 1, end, &aff, 0);
      if (fe > pe + 1 && aff != NONE)
        pe = fe;
      else
        aff = NONE;
    }
    if (aff != NONE)
      role_facts(c, sent, person, role, aff, 0, 1);
    return bracketed && pe == bracketed ? pe + 1 : pe;
  }
  if (aff == NONE && role->relation == KABAR_REL_LEADER_OF && strcmp(role->kind, "head") == 0 &&
      !(t > c->doc->sentences[sent].tok_begin && (c->wcat[t - 1] & W_ARTICLE) &&
        (c->gcat[t - 1] & G_PLURAL))) {
    /* "presiden" alone: the leader last named in this document ("para
     * pemimpin" are several, no one in particular) */
    size_t who = NONE;
    /* "Kepala Negara" in Indonesian prose is Indonesia's own head of state
     * when the text names him; else the leader last named */
    int generic = strcasecmp(role->title, "kepala negara") == 0 ||
                  strcasecmp(role->title, "kepala pemerintahan") == 0;
    for (int pass = generic ? 0 : 1; pass < 2 && who == NONE; pass++)
      for (size_t q = c->n_ments, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK && who == NONE;
           seen++) {
        const ment *pm = &c->ments[q];
        size_t i = pm->n_dent == 1 ? pm->dent[0] : NONE;
        if (i != NONE && c->dents[i].type == KABAR_ENT_PERSON && c->dents[i].leader &&
            (c->dents[i].mononym || strchr(c->dents[i].label, ' ')) &&
            same_office(c->dents[i].head_title ? c->dents[i].head_title : c->dents[i].lex_role,
                        role->title) &&
            (pass == 1 || (c->dents[i].state != NONE && c->dents[c->dents[i].state].iso3 &&
                           strcmp(c->dents[c->dents[i].state].iso3, "IDN") == 0)))
          who = i;
      }
    size_t m = who != NONE ? ex_add_ment(c, sent, t, t + n, MK_ROLEREF) : NONE;
    if (m != NONE) {
      c->ments[m].dent[0] = who;
      c->ments[m].n_dent = 1;
    }
  }
  if (aff == NONE && strcmp(role->kind, "minister") == 0 &&
      (role->short_for || strchr(role->title, ' '))) {
    /* "Menhan" alone: the minister of that office last named in this
     * document ("Menteri Pertahanan Ryamizard Ryacudu ... Pertemuan Menhan
     * dengan ..."); "menteri" alone names no office */
    size_t who = minister_named_before(c, full_title(role), NONE);
    /* (not one named earlier in this sentence: "Clinton bertemu dengan wakil
     * perdana menteri, menteri luar negeri, dan ..." are others) */
    for (size_t q = c->n_ments; who != NONE && q-- > c->sents[sent].m_begin;)
      if (c->ments[q].kind == MK_NAME && c->ments[q].n_dent == 1 && c->ments[q].dent[0] == who)
        who = NONE;
    size_t m = who != NONE ? ex_add_ment(c, sent, t, t + n, MK_ROLEREF) : NONE;
    if (m != NONE) {
      c->ments[m].dent[0] = who;
      c->ments[m].n_dent = 1;
    }
  }
  if (aff != NONE && c->dents[aff].type == KABAR_ENT_STATE &&
      role->relation == KABAR_REL_LEADER_OF && strcmp(role->kind, "head") == 0) {
    /* "seorang presiden Korea Selatan": that state's leader met in this document */
    size_t who = leader_of(c, aff), described = described_before(c, sent, t, k, end, aff);
    if (who == NONE)
      who = described;
    if (who != NONE && who == described) {
      /* "... dengan Viktor Orban akan membantu menjauhkan perdana menteri
       * Hongaria yang semakin otoriter itu": the title says what he is */
      title_fact(c, sent, who, KABAR_REL_LEADER_OF, aff);
      if (c->dents[who].state == NONE)
        c->dents[who].state = aff;
      ex_set_leader(c, who);
    }
    if (who != NONE && t + n < end && c->ment_at[t + n] != NONE) {
      refer_to_holder(c, c->ment_at[t + n], who, t);
      return k > t + n ? k : t + n;
    }
  }
  if (aff != NONE && c->dents[aff].type == KABAR_ENT_STATE && strcmp(role->kind, "minister") == 0 &&
      k < end && (c->wcat[k] & W_DEMONSTRATIVE) && t + n < end && c->ment_at[t + n] != NONE) {
    /* "Menteri Luar Negeri Rusia itu": the minister of that office and
     * state last named */
    size_t who = minister_named_before(c, full_title(role), aff);
    if (who != NONE) {
      refer_to_holder(c, c->ment_at[t + n], who, t);
      return k + 1;
    }
  }
  if (aff != NONE && c->dents[aff].type == KABAR_ENT_STATE && k < end && (c->wcat[k] & W_DEMONSTRATIVE) &&
      t + n < end && c->ment_at[t + n] != NONE && role->relation == KABAR_REL_OFFICIAL_OF &&
      strcmp(role->kind, "minister") != 0) {
    /* "Diplomat tertinggi AS tersebut", "pejabat Rusia itu": the person of
     * that state named last */
    size_t who = NONE;
    for (size_t q = c->n_ments, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK && who == NONE; seen++) {
      const ment *pm = &c->ments[q];
      if (pm->kind == MK_NAME && pm->n_dent == 1 && c->dents[pm->dent[0]].type == KABAR_ENT_PERSON &&
          c->dents[pm->dent[0]].state == aff)
        who = pm->dent[0];
    }
    if (who != NONE) {
      refer_to_holder(c, c->ment_at[t + n], who, t);
      return k + 1;
    }
  }
  if (aff != NONE && c->dents[aff].type == KABAR_ENT_STATE && ambassador(role) && t + n < end &&
      c->ment_at[t + n] != NONE && !(t + n + 1 < end && tok_is(c, t + n, "untuk"))) {
    /* "Dubes RI menjelaskan ...": the ambassador of that state named before */
    size_t who = minister_named_before(c, "duta besar", aff);
    if (who != NONE) {
      refer_to_holder(c, c->ment_at[t + n], who, t);
      return k;
    }
  }
  /* The body or state alone acts: "Juru bicara Pentagon mengatakan"; past
   * "dari" it may head a list ("anggota dari G-20, WTO dan APEC"). */
  size_t body = aff == NONE ? t + n : t + n + (t + n + 1 < k && tok_is(c, t + n, "dari"));
  if (aff != NONE && body < end && c->ment_at[body] != NONE) {
    c->ments[c->ment_at[body]].inner = 0;
    c->ments[c->ment_at[body]].phrase_tb = t; /* "Sejumlah pejabat India menuduh ..." */
  }
  /* "Perdana Menteri Yunani | dan Perdana Menteri Makedonia, A dan B": a
   * title and its state, no name, then "dan": the next title may name the
   * holders of both (role is the lexicon's, not a local head_of_unit) */
  if (aff != NONE && k + 1 < end && tok_is(c, k, "dan") && role != &unit_head) {
    c->listed_title_next = k + 1;
    c->listed_title_tb = t;
    c->listed_title_role = role;
    c->listed_title_aff = aff;
  }
  return k > t + n ? k : t + n;
}

/* Whether w is an ordinal written "ke-13". */
static int is_ordinal(const char *w) {
  if (strncmp(w, "ke-", 3) != 0 || !w[3])
    return 0;
  for (w += 3; *w; w++)
    if (*w < '0' || *w > '9')
      return 0;
  return 1;
}

/* Whether a body's name of ordinary words [b, k) ("Kementerian | Luar
 * Negeri") is followed by two or three words, mostly no ordinary words and
 * no known names, then by no capitalised word: a person's name
 * ("Kementerian Luar Negeri | Desra Percaya"). */
static int person_after_body(ctx *c, size_t b, size_t k, size_t end) {
  for (size_t q = b; q < k; q++) {
    int r = kabar_dictionary_common(c->x->dict, tok_norm(c, q));
    if (r < 0)
      return ex_out_of_memory(c), 0;
    if (!r || !(tok_flags(c, q) & KABAR_TOK_CAP))
      return 0;
  }
  size_t q = k;
  while (q < end && q < k + 4 && is_name_token(c, q) && !(tok_flags(c, q) & KABAR_TOK_UPPER) &&
         !c->wcat[q] && !match_entity(c, q, end, NULL) && !match_role(c, q, end, NULL))
    q++;
  return q >= k + 2 && q <= k + 3 && (q >= end || !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))) &&
         !ex_mostly_common(c, k, q);
}

/* "Direktur Jenderal | Imigrasi | Ronny F. Sompie", "Direktur | Otoritas
 * Pusat dan Hukum Internasional | Cahyo Rahadian Muzhar": after a title, a
 * unit named by ordinary capitalised words (ordinary_caps_run(), commas
 * too), then a name of two words or more that are not. Returns where the
 * name starts, or k. */
static size_t portfolio_before_name(ctx *c, size_t sent, size_t k, size_t end) {
  /* (not a given name that is also a word, "Hina Rabbani Khar", "Andrei":
   * the tagger reads a person's name there) */
  if (k < end && ex_tagged_span(c, sent, k, k + 1, KABAR_TAG_B_PER))
    return k;
  size_t q = ordinary_caps_run(c, k, end, 7, 1);
  if (q == k || q >= end)
    return k;
  size_t e = name_run(c, q, end);
  return e >= q + 2 && !ex_mostly_common(c, q, e) && !match_role(c, q, end, NULL) ? q : k;
}

/* Whether token t is an unknown acronym of three or more capitals before a
 * person's name. */
static int body_acronym_before_name(ctx *c, size_t t, size_t end) {
  const char *w = tok_norm(c, t);
  if (t + 1 >= end || !(tok_flags(c, t) & KABAR_TOK_UPPER) || c->title_case || strlen(w) < 3 ||
      strpbrk(w, "0123456789-.") || c->ment_at[t] != NONE ||
      match_entity(c, t, end, NULL) || !(tok_flags(c, t + 1) & KABAR_TOK_CAP) ||
      (tok_flags(c, t + 1) & KABAR_TOK_UPPER) || !is_name_token(c, t + 1))
    return 0;
  const kabar_lex_entity *le;
  if (match_entity(c, t + 1, end, &le))
    return le->type == KABAR_ENT_PERSON;
  return name_run(c, t + 1, end) >= t + 2 && !match_role(c, t + 1, end, NULL);
}

int ex_is_roman_numeral(const ctx *c, size_t t) {
  const kabar_token *tk = &c->doc->tokens[t];
  const char *w = c->doc->text + tk->start;
  size_t n = tk->end - tk->start;
  if (n == 0 || n > 4)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (w[i] != 'I' && w[i] != 'V' && w[i] != 'X')
      return 0;
  return 1;
}

/* Whether t is a capitalised ordinal word: "Pertama", "Kedua". */
static int ordinal_word(const ctx *c, size_t t) {
  static const char *const words[] = {"pertama", "kedua", "ketiga", "keempat", "kelima"};
  if (!(tok_flags(c, t) & KABAR_TOK_CAP))
    return 0;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (tok_is(c, t, words[i]))
      return 1;
  return 0;
}

/* Past what names one event of a known series at k: an ordinal ("ke-43",
 * "Kedua", "I"), or a city and/or a year ("Roma 2021", "2022"). k when none. */
static size_t event_instance_end(ctx *c, size_t k, size_t end) {
  if (k >= end)
    return k;
  if (is_ordinal(tok_norm(c, k)) || ordinal_word(c, k) || ex_is_roman_numeral(c, k))
    return k + 1; /* "Perang Teluk I" */
  size_t q = k;
  const kabar_lex_entity *city;
  size_t cn = match_entity(c, q, end, &city);
  if (cn && city->type == KABAR_ENT_PLACE && (tok_flags(c, q) & KABAR_TOK_CAP))
    q += cn;
  if (q < end && (tok_flags(c, q) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, q)))
    return q + 1;
  return k; /* a city alone may be where the series met, not its name */
}

/* A name starting with a head word: "Universitas Luar Negeri Hankuk". */
static size_t headed_name_parent(ctx *c, size_t t, size_t end, kabar_entity_type *type,
                                 const kabar_lex_entity **parent);

static size_t headed_name(ctx *c, size_t t, size_t end, kabar_entity_type *type) {
  return headed_name_parent(c, t, end, type, NULL);
}

static size_t headed_name_parent(ctx *c, size_t t, size_t end, kabar_entity_type *type,
                                 const kabar_lex_entity **parent) {
  if (t >= end) /* a title that ends the sentence: "... Perdana Menteri" */
    return t;
  kabar_word_cats w = c->wcat[t];
  if (!(tok_flags(c, t) & KABAR_TOK_CAP) || !(w & (W_HEAD_ORG | W_HEAD_AGREEMENT | W_HEAD_EVENT)))
    return t;
  *type = (w & W_HEAD_ORG) ? KABAR_ENT_ORGANIZATION
          : (w & W_HEAD_AGREEMENT) ? KABAR_ENT_AGREEMENT : KABAR_ENT_EVENT;
  size_t k = t + 1;
  while (k < end && k - t < 12) {
    unsigned f = tok_flags(c, k);
    if (*type == KABAR_ENT_ORGANIZATION && k >= t + 3 && person_after_body(c, t + 1, k, end))
      break;
    /* a treaty's title may be a list: "Perjanjian Persahabatan, Kerja Sama,
     * dan Saling Bantu" */
    if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && k + 1 < end &&
        (tok_is(c, k, ",") || tok_is(c, k, "dan"))) {
      size_t q = k + 1;
      if (tok_is(c, k, ",") && q < end && tok_is(c, q, "dan"))
        q++;
      /* the items are common words; after a name ("Konvensi Simla dan
       * Garis McMahon") "dan" joins two names */
      if (q < end && (tok_flags(c, q) & KABAR_TOK_CAP) &&
          !(c->wcat[q] & ~(kabar_word_cats)(W_SKIP | W_MILITARY)) && /* "dan Keamanan" */
          !match_entity(c, q, end, NULL) && ex_mostly_common(c, k - 1, k)) {
        k = q;
        continue;
      }
    }
    /* "Perjanjian Kerja Sama dan Keamanan Timbal Balik antara Amerika
     * Serikat dan Jepang": a long descriptive title (five words or more)
     * ends with the two states it is between (they stay mentions of their
     * own); a short proper name does not ("Pakta Keamanan Laut Arafura |
     * antara Australia dan Papua Nugini") */
    if (*type == KABAR_ENT_AGREEMENT && k > t + 4 && k + 3 < end && tok_is(c, k, "antara") &&
        (tok_flags(c, k - 1) & KABAR_TOK_CAP)) {
      const kabar_lex_entity *a1, *a2;
      size_t n1 = match_entity(c, k + 1, end, &a1);
      size_t n2 = n1 && k + 1 + n1 < end && tok_is(c, k + 1 + n1, "dan")
                      ? match_entity(c, k + 2 + n1, end, &a2)
                      : 0;
      if (n2 && a1->type == KABAR_ENT_STATE && a2->type == KABAR_ENT_STATE) {
        k += 2 + n1 + n2;
        break;
      }
    }
    /* "Traktat Pendalaman Kepercayaan Militer di Kawasan Perbatasan",
     * "Konvensi PBB tentang Hukum Laut": a treaty's title runs on past a
     * lower-case connector into capitals that name no known place */
    if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && k + 1 < end &&
        (tok_is(c, k, "di") || tok_is(c, k, "tentang") || tok_is(c, k, "mengenai") ||
         tok_is(c, k, "untuk") || tok_is(c, k, "atas")) &&
        (tok_flags(c, k + 1) & KABAR_TOK_CAP) && !match_entity(c, k + 1, end, NULL) &&
        !match_role(c, k + 1, end, NULL)) {
      k++;
      continue;
    }
    /* "Institut Internasional untuk Studi Strategis", "Centre for Strategic
     * and International Studies": a lower-case connector between
     * capitalized words of a body's name */
    if (*type == KABAR_ENT_ORGANIZATION && k > t && k + 1 < end &&
        (tok_is(c, k, "untuk") || tok_is(c, k, "bagi") || tok_is(c, k, "dan") ||
         tok_is(c, k, "for") || tok_is(c, k, "of") || tok_is(c, k, "and") || tok_is(c, k, "on")) &&
        (tok_flags(c, k + 1) & KABAR_TOK_CAP) && !c->wcat[k + 1] && !match_entity(c, k + 1, end, NULL)) {
      k++;
      continue;
    }
    /* "American University of Beirut", "Global New Light of Myanmar": an
     * English name ends with "of" and the place or state it is of */
    const kabar_lex_entity *of_where;
    size_t on;
    if (*type == KABAR_ENT_ORGANIZATION && k > t + 1 && k + 1 < end && tok_is(c, k, "of") &&
        (tok_flags(c, k - 1) & KABAR_TOK_CAP) && (on = match_entity(c, k + 1, end, &of_where)) &&
        (of_where->type == KABAR_ENT_PLACE || of_where->type == KABAR_ENT_STATE)) {
      k += 1 + on;
      break;
    }
    if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && k + 1 < end && tok_is(c, k, "tahun") &&
        (tok_flags(c, k + 1) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, k + 1))) {
      k += 2; /* "Perjanjian Jepang-Korea tahun 1905" */
      break;
    }
    if (*type == KABAR_ENT_AGREEMENT && k == t + 1 && (f & KABAR_TOK_NUMBER) &&
        strpbrk(tok_norm(c, k), "0123456789")) {
      k++; /* "Resolusi 2231", "Resolusi 68/262": a number names it */
      break;
    }
    if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && (f & KABAR_TOK_NUMBER) &&
        ex_is_year(tok_norm(c, k))) {
      k++; /* "Perjanjian Persahabatan 1961": the year names the treaty */
      break;
    }
    if (!(f & KABAR_TOK_WORD) || !(f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
      break;
    /* "Delegasi Senat Mr Karczewski": an honorific starts a person's name
     * (but schools are named after people: "Universitas Dr. Soetomo") */
    const char *hkind;
    if (k > t && kabar_lexicon_match_honorific(c->x->lex, c->doc->tokens, c->compact, k, end, &hkind) &&
        strcmp(hkind, "qualifier") != 0 && !tok_is(c, t, "universitas") && !tok_is(c, t, "sekolah") &&
        !tok_is(c, t, "institut") && !tok_is(c, t, "yayasan") && !tok_is(c, t, "akademi"))
      break;
    /* "membuka Kedutaan Besar-nya": a possessive ends the words, no name goes on */
    size_t wl = strlen(tok_norm(c, k));
    if (wl > 4 && strcmp(tok_norm(c, k) + wl - 4, "-nya") == 0)
      break;
    /* "Perjanjian Logistik Militer AS-India Masih Belum Rampung": in a
     * heading in title case, the name ends before an adverb, a time word, a
     * status word or a verb */
    if (c->title_case && k > t + 1 &&
        ((c->wcat[k] & (W_SKIP | W_TIME | W_BOUNDARY | W_RELATIVE)) || c->status[k] ||
         ex_is_verb_word(c, k)))
      break;
    /* a body's name ends with the state or seat it belongs to: "Kementerian
     * Luar Negeri China | Lin Jian", "Dewan Keamanan Nasional Gedung Putih |
     * Sean Savett"; a person's name may follow */
    const kabar_lex_entity *le;
    size_t n = match_entity(c, k, end, &le);
    if (n && (le->type == KABAR_ENT_STATE || (le->flags & KABAR_LEX_METONYM))) {
      k += n;
      /* "Kabinet Indonesia Bersatu", "Kabinet Indonesia Maju": an ordinary
       * word in capitals after the state goes on with the name (a person's
       * name or a day would not be an ordinary word with no category) */
      if ((*type == KABAR_ENT_ORGANIZATION || *type == KABAR_ENT_EVENT) && k < end &&
          (tok_flags(c, k) & KABAR_TOK_CAP) &&
          (tok_flags(c, k) & KABAR_TOK_WORD) && !(tok_flags(c, k) & KABAR_TOK_UPPER) &&
          !c->wcat[k] && !c->gcat[k] && !match_entity(c, k, end, NULL) &&
          !match_role(c, k, end, NULL) &&
          (*type == KABAR_ENT_EVENT ? !ex_is_verb_word(c, k) : ex_mostly_common(c, k, k + 1)) &&
          (k + 1 >= end || !(tok_flags(c, k + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))))
        k++; /* (but "... Korea Selatan Kim Jin-pyo": a name goes on after it);
              * "Perang Kemerdekaan Amerika Hispanik" */
      break;
    }
    size_t rl = match_role(c, k, end, NULL);
    if (rl && *type == KABAR_ENT_ORGANIZATION && k > t &&
        (k + rl >= end || !(tok_flags(c, k + rl) & KABAR_TOK_WORD) ||
         !(tok_flags(c, k + rl) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))) {
      k += rl; /* "Dewan Pertimbangan Presiden", "Sekretariat Presiden,": the post names the body */
      break;
    }
    if (rl && c->body_of_title && *type == KABAR_ENT_ORGANIZATION && k > t) {
      k += rl; /* "Deputi Bidang Protokol Sekretariat Presiden | Bey Machmudin" */
      break;
    }
    if (rl)
      break; /* "Kantor | Perdana Menteri Israel Benjamin Netanyahu" */
    /* "Kementerian Luar Negeri | Sidharto R. Suryodipuro": a name with an
     * initial is a person's */
    size_t in = k + 1 < end ? initial_at(c, k + 1, end) : 0;
    if (k > t + 1 && in && is_name_token(c, k) && k + 1 + in < end && is_name_token(c, k + 1 + in))
      break;
    /* "Universitas Militer Kim Il-sung": a school named after someone, the
     * name ending it */
    if (n && le->type == KABAR_ENT_PERSON && k > t + 1 && *type == KABAR_ENT_ORGANIZATION &&
        (tok_is(c, t, "universitas") || tok_is(c, t, "institut") || tok_is(c, t, "akademi")) &&
        (k + n >= end || !(tok_flags(c, k + n) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))) {
      k += n;
      break;
    }
    if (n && le->type == KABAR_ENT_PERSON && k == t + 1 && *type == KABAR_ENT_ORGANIZATION) {
      k += n; /* "Universitas Kim Il Sung": named after someone */
      continue;
    }
    if (n && le->type == KABAR_ENT_PERSON)
      break; /* "... Partai Buruh Korea | Kim Yo Jong" */
    if (n && *type == KABAR_ENT_EVENT && k > t &&
        (le->type == KABAR_ENT_ORGANIZATION || le->type == KABAR_ENT_PLACE)) {
      k += n; /* "KTT G20 Roma 2021": a summit named by its body and its city */
      continue;
    }
    if (n && *type == KABAR_ENT_AGREEMENT && k == t + 1 && le->type == KABAR_ENT_ORGANIZATION) {
      k += n; /* "Piagam CSTO", "Resolusi PBB 2231": a body's charter or act is no part of it */
      continue;
    }
    if (n && le->type == KABAR_ENT_ORGANIZATION && k > t) {
      /* "Departemen Komite Sentral Partai Buruh Korea": a part of a known
       * body is named by it; the caller folds the run into that body */
      k += n;
      if (parent)
        *parent = le;
      break;
    }
    k++;
  }
  /* "Perjanjian Ankara tahun 1921", "Perjanjian Paris 1783": a year after
   * the place that ends a treaty's name still names it */
  if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && k + 1 < end && tok_is(c, k, "tahun") &&
      (tok_flags(c, k + 1) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, k + 1)))
    k += 2;
  else if (*type == KABAR_ENT_AGREEMENT && k > t + 1 && k < end &&
           (tok_flags(c, k) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, k)))
    k++;
  /* "KTT Asia Timur ke-13", "Konferensi Partai ke-4", "Perang Candu
   * Kedua", "KTT G20 Roma 2021": the ordinal or the year names which one */
  if (*type == KABAR_ENT_EVENT && k > t + 1 && k < end &&
      (is_ordinal(tok_norm(c, k)) || ordinal_word(c, k) ||
       ((tok_flags(c, k) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, k)))))
    k++;
  /* "Agresi Militer Belanda I", "Kabinet Sjahrir II": a Roman numeral
   * after the state that ends the name counts which one */
  else if (k > t + 1 && k < end && ex_is_roman_numeral(c, k))
    k++;
  /* "Persetujuan Turki atas ...": a head that also means consent and a state
   * alone name no treaty (Turkey's approval); a year or another word does
   * ("Persetujuan Roem-Royen"), and other heads do ("Perjanjian Aljazair") */
  const kabar_lex_entity *only = NULL;
  if (*type == KABAR_ENT_AGREEMENT && (c->wcat[t] & W_CONSENT) && k > t + 1 &&
      match_entity(c, t + 1, end, &only) == k - t - 1 && only &&
      (only->type == KABAR_ENT_STATE || only->type == KABAR_ENT_ORGANIZATION))
    return t; /* (nor "Persetujuan PBB atas rencana itu") */
  return k - t >= 2 ? k : t;
}

/* "Plus 3", "Plus Three", "+3" after a body's name: the tokens it spans, or 0. */
static size_t plus_number(const ctx *c, size_t t, size_t end) {
  static const char *const numbers[] = {"one", "two", "three", "six", "eight", "satu", "dua", "tiga",
                                        "enam", "delapan"};
  if (t + 1 >= end || !(tok_is(c, t, "plus") || tok_is(c, t, "+")))
    return 0;
  if (tok_flags(c, t + 1) & KABAR_TOK_NUMBER)
    return 2;
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
    if (tok_is(c, t + 1, numbers[i]))
      return 2;
  return 0;
}

/* A name given after the one just read: "Perjanjian Perdamaian dengan
 * Jepang (San Francisco Peace Treaty) atau lebih dikenal sebagai Perjanjian
 * San Francisco". Looks from t past a "dengan" phrase and a bracket for
 * "atau (lebih) dikenal (sebagai|dengan)"; returns where the other name
 * starts, or t. */
static size_t better_known_as(const ctx *c, size_t t, size_t end) {
  size_t k = t;
  if (k < end && tok_is(c, k, "dengan"))
    for (size_t q = k + 1; q < end && q < k + 5 && (tok_flags(c, q) & KABAR_TOK_CAP); q++)
      k = q + 1;
  if (k < end && tok_is(c, k, "(")) {
    size_t q = k + 1;
    while (q < end && q < k + 10 && !tok_is(c, q, ")"))
      q++;
    if (q >= end || !tok_is(c, q, ")"))
      return t;
    k = q + 1;
  }
  if (k < end && tok_is(c, k, ","))
    k++;
  if (k + 2 >= end || !tok_is(c, k, "atau"))
    return t;
  k++;
  if (tok_is(c, k, "lebih"))
    k++;
  if (k + 1 >= end || !tok_is(c, k, "dikenal"))
    return t;
  k++;
  if (tok_is(c, k, "sebagai") || tok_is(c, k, "dengan"))
    k++;
  return k < end ? k : t;
}

/* Whether tokens [t, e) end with a state's name ("... Nasional Filipina"). */
static int ends_with_state(const ctx *c, size_t t, size_t e) {
  for (size_t q = t; q < e; q++) {
    const kabar_lex_entity *sl;
    size_t sn = match_entity(c, q, e, &sl);
    if (sn && q + sn == e && sl->type == KABAR_ENT_STATE)
      return 1;
  }
  return 0;
}

/* Whether the capitalised title [t, e) of an agreement only says what kind
 * it is ("Perjanjian Damai", "Kesepakatan Bersama", "Nota Kesepahaman"):
 * at most two words after the head, each a common word or an agreement_kind
 * word of grammar.tsv, with no name, place or number. */
static int generic_title(ctx *c, size_t t, size_t e) {
  size_t head = c->glen[t] ? c->glen[t] : 1;
  if (e > t + head + 2)
    return 0; /* "Traktat Pendalaman Kepercayaan Militer": a longer title is a name */
  for (size_t q = t + 1; q < e; q++) {
    if (!(tok_flags(c, q) & KABAR_TOK_WORD) || (tok_flags(c, q) & KABAR_TOK_UPPER) ||
        match_entity(c, q, e, NULL) || strchr(tok_norm(c, q), '-'))
      return 0;
    if (!(c->gcat[q] & (G_COMMON | G_AGREEMENT_KIND | G_AGREEMENT | G_MODIFIER | G_FIELD)) &&
        !(c->wcat[q] & W_CONJ))
      return 0;
  }
  return 1;
}

/* Whether an event's name [t, e) is only its head and common words, with
 * no place, body, number or year to say which one: "Konferensi Tingkat
 * Tinggi", "KTT Tahunan" name a kind of event. */
static int generic_event(ctx *c, size_t t, size_t e) {
  for (size_t q = t + 1; q < e; q++) {
    if (!(tok_flags(c, q) & KABAR_TOK_WORD) || (tok_flags(c, q) & KABAR_TOK_UPPER) ||
        match_entity(c, q, e, NULL) || strchr(tok_norm(c, q), '-') || is_ordinal(tok_norm(c, q)) ||
        ordinal_word(c, q))
      return 0;
    if (c->gcat[q] & G_GENERIC_BODY) { /* "Tingkat Tinggi" */
      q += (c->glen[q] ? c->glen[q] : 1) - 1;
      continue;
    }
    /* the treebanks' common words only: "Operasi Seroja" is a name */
    if (!(c->gcat[q] & G_COMMON))
      return 0;
  }
  return e > t + 1;
}

static size_t entity_at(ctx *c, size_t sent, size_t t, size_t end, size_t *d, int inner) {
  *d = NONE;
  if (t >= end)
    return t;

  kabar_entity_type ht;
  const kabar_lex_entity *parent = NULL;
  size_t he = headed_name_parent(c, t, end, &ht, &parent);
  const kabar_lex_entity *le;
  size_t n = match_entity(c, t, end, &le);
  unsigned char how = c->how;
  if (he > t && he - t > n && n < 2 && parent) {
    c->how = KABAR_MK_HEAD;
    *d = ex_lex_dent(c, parent);
    if (*d != NONE) {
      size_t m = ex_add_name_ment(c, sent, t, he, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
    }
    c->how = how;
    return he;
  }
  /* "Dewan Keamanan Nasional Filipina" is no "Dewan Keamanan": a known
   * body's name that runs on in capitals names another body */
  int runs_on = n >= 2 && he > t + n + 1 && le->type == KABAR_ENT_ORGANIZATION &&
                (tok_flags(c, t + n) & KABAR_TOK_WORD) && (tok_flags(c, t + n) & KABAR_TOK_CAP) &&
                !c->wcat[t + n] && !match_entity(c, t + n, end, NULL) && ends_with_state(c, t + n, he);
  if (he > t && he - t > n && (n < 2 || runs_on)) {
    c->how = KABAR_MK_HEAD;
    /* "Kedutaan Besar AS di Nairobi": a state's mission is known by the city
     * (or state) it is in; the one in Kabul is another */
    const kabar_lex_entity *city_of_mission = NULL;
    size_t mission_end = he;
    if (ht == KABAR_ENT_ORGANIZATION && (c->wcat[t] & W_MISSION) && he + 1 < end && tok_is(c, he, "di") &&
        ends_with_state(c, t + 1, he)) {
      size_t cn = match_entity(c, he + 1, end, &city_of_mission);
      if (cn && (city_of_mission->type == KABAR_ENT_PLACE || city_of_mission->type == KABAR_ENT_STATE))
        mission_end = he + 1 + cn;
    }
    const char *label = ex_text_span(c, t, mission_end);
    size_t other = ht == KABAR_ENT_AGREEMENT ? better_known_as(c, he, end) : he;
    kabar_entity_type other_type = KABAR_ENT_PERSON;
    const kabar_lex_entity *ole;
    size_t other_end = other > he ? headed_name(c, other, end, &other_type) : other;
    if (other > he && match_entity(c, other, end, &ole) && ole->type == KABAR_ENT_AGREEMENT) {
      *d = ex_lex_dent(c, ole); /* the known name it is better known by */
      size_t m = *d != NONE ? ex_add_name_ment(c, sent, t, he, *d) : NONE;
      if (m != NONE)
        c->ments[m].inner = inner;
      c->how = how;
      return he;
    }
    if (other_end > other && other_type == KABAR_ENT_AGREEMENT)
      label = ex_text_span(c, other, other_end); /* the name it is better known by */
    /* "Grup Syiah", "Kelompok Sunni": a kind of group, no name (but
     * "Sarekat Islam", "Partai Kristen Demokrat" are names) */
    int faith_only = ht == KABAR_ENT_ORGANIZATION && he > t + 1 &&
                     (tok_is(c, t, "grup") || tok_is(c, t, "kelompok") || tok_is(c, t, "kaum") ||
                      tok_is(c, t, "golongan") || tok_is(c, t, "komunitas"));
    for (size_t q = t + 1; q < he && faith_only; q++)
      faith_only = (c->gcat[q] & G_PEOPLE_GROUP) != 0;
    if ((ht == KABAR_ENT_EVENT && generic_event(c, t, he)) || faith_only ||
        (ht == KABAR_ENT_ORGANIZATION && (c->gcat[t] & G_GENERIC_BODY) &&
         (c->glen[t] ? c->glen[t] : 1) == he - t)) {
      c->how = how;
      return t; /* "Konferensi Tingkat Tinggi", "Kedutaan Besar": a kind, no name */
    }
    size_t known = c->n_dents;
    *d = label && ht == KABAR_ENT_ORGANIZATION && (c->wcat[t] & W_STATE_BODY)
             ? same_body_named_before(c, label)
             : NONE;
    if (*d == NONE)
      *d = label ? ex_add_dent(c, ht, label, NULL) : NONE;
    if (*d != NONE && *d >= known && ht == KABAR_ENT_AGREEMENT && other == he &&
        generic_title(c, t, he)) {
      c->dents[*d].unnamed = 1; /* "Kesepakatan Bersama": known by its parties */
      c->dents[*d].own_title = he - t >= (size_t)3 + (c->glen[t] ? c->glen[t] - 1 : 0) && !c->title_case &&
                               t > c->doc->sentences[sent].tok_begin;
    }
    if (*d != NONE && ht == KABAR_ENT_ORGANIZATION &&
        (tok_is(c, t, "universitas") || tok_is(c, t, "institut") || tok_is(c, t, "akademi") ||
         tok_is(c, t, "lembaga") ||
         tok_is(c, t, "sekolah") || tok_is(c, t, "pusat") || tok_is(c, t, "departemen")))
      c->dents[*d].academic = !tok_is(c, t, "departemen") || he - t >= 2;
    if (*d != NONE && ht == KABAR_ENT_ORGANIZATION) {
      /* "Kementerian Luar Negeri China": a body of the state it ends with */
      for (size_t q = t + 1; q < he; q++) {
        const kabar_lex_entity *sl;
        size_t sn = match_entity(c, q, he, &sl);
        if (sn && q + sn == he && (sl->type == KABAR_ENT_STATE || (sl->flags & KABAR_LEX_METONYM))) {
          size_t st = sl->type == KABAR_ENT_STATE ? ex_lex_dent(c, sl) : ex_state_dent(c, sl->iso3);
          c->dents[*d].state = st; /* after the call, which may move c->dents */
          c->dents[*d].gov = (c->wcat[t] & W_GOV_HEAD) != 0;
          /* "Departemen Luar Negeri Iran" is the state's, not a university's */
          if (tok_is(c, t, "departemen"))
            c->dents[*d].academic = 0;
        }
      }
    }
    if (*d != NONE && mission_end > he) {
      /* the city stays a mention of its own, inside the mission's name */
      size_t m = ex_add_name_ment(c, sent, t, mission_end, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
      c->how = how;
      if (m == NONE || nested_state(c, sent, m, he + 1, mission_end, city_of_mission) == NONE)
        return t;
      c->ments[c->n_ments - 1].locative = 1; /* after "di": the city stays a place */
      return mission_end;
    }
    if (*d != NONE) {
      size_t m = ex_add_name_ment(c, sent, t, he, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
      /* "Perjanjian Simla (atau Perjanjian Shimla)": another name for it in
       * brackets, of the same kind */
      kabar_entity_type at;
      size_t ae = he + 3 < end && tok_is(c, he, "(") && tok_is(c, he + 1, "atau")
                      ? headed_name(c, he + 2, end, &at)
                      : he + 2;
      if (m != NONE && ae > he + 2 && ae < end && at == ht && tok_is(c, ae, ")") &&
          ex_add_name_ment(c, sent, he + 2, ae, *d) != NONE) {
        c->how = how;
        return ae + 1;
      }
    }
    c->how = how;
    return he;
  }
  /* "KBRI Tokyo": a state's mission named by the city it is in belongs to
   * that state, not to the city's */
  const kabar_lex_entity *city;
  size_t cn = n && le->type == KABAR_ENT_ORGANIZATION && le->iso3 && !strcmp(le->kind, "gov")
                  ? match_entity(c, t + n, end, &city)
                  : 0;
  if (cn && city->type == KABAR_ENT_PLACE) {
    size_t m = new_name(c, sent, t, t + n + cn, KABAR_ENT_ORGANIZATION, d);
    size_t st = m != NONE ? ex_state_dent(c, le->iso3) : NONE;
    if (m != NONE) {
      c->ments[m].inner = inner;
      c->dents[*d].state = st; /* after the call, which may move c->dents */
      c->dents[*d].gov = 1;
    }
    return t + n + cn;
  }
  size_t plus = n && le->type == KABAR_ENT_ORGANIZATION ? plus_number(c, t + n, end) : 0;
  if (plus) {
    /* "ASEAN Plus 3": a known body widened by a number of states is a body
     * of its own */
    size_t m = new_name(c, sent, t, t + n + plus, KABAR_ENT_ORGANIZATION, d);
    if (m != NONE)
      c->ments[m].inner = inner;
    return t + n + plus;
  }
  size_t which = n && le->type == KABAR_ENT_EVENT ? event_instance_end(c, t + n, end) : 0;
  /* "Perang Saudara Sudan | Selatan": a known war of one state is not the
   * war of the longer-named state it ends inside */
  for (size_t q = t + 1; n && le->type == KABAR_ENT_EVENT && which <= t + n && q < t + n; q++) {
    const kabar_lex_entity *sl;
    size_t sn = match_entity(c, q, end, &sl);
    if (sn && sl->type == KABAR_ENT_STATE && q + sn > t + n)
      which = q + sn;
  }
  if (which > t + n) {
    /* "KTT ASEAN ke-43", "KTT G20 Roma 2021", "Perang Candu Kedua": one
     * summit or war of the series the lexicon knows; "Perang Saudara Sudan
     * Selatan" */
    size_t m = new_name(c, sent, t, which, KABAR_ENT_EVENT, d);
    if (m != NONE)
      c->ments[m].inner = inner;
    return which;
  }
  if (n && le->type == KABAR_ENT_PLACE && compass_end(c, t + n, end) > t + n) {
    /* "Jawa Barat": a region of a known place is a place of its own */
    size_t m = new_name(c, sent, t, compass_end(c, t + n, end), KABAR_ENT_PLACE, d);
    if (m != NONE)
      c->ments[m].inner = inner;
    return compass_end(c, t + n, end);
  }
  if (n && le->type == KABAR_ENT_STATE && compass_end(c, t + n, end) > t + n &&
      !(t > 0 && (c->wcat[t - 1] & W_PLACE_COMPOUND))) { /* not "Laut | Cina Selatan" */
    /* "Libya Timur", "India Timur Laut": a region of a state is a place in
     * it; the state is named inside it */
    size_t ce = compass_end(c, t + n, end);
    size_t m = new_name(c, sent, t, ce, KABAR_ENT_PLACE, d);
    size_t st = m != NONE ? nested_state(c, sent, m, t, t + n, le) : NONE;
    if (st == NONE)
      return t;
    c->dents[*d].state = st;
    c->ments[m].inner = inner;
    return ce;
  }
  if (n && le->type != KABAR_ENT_PERSON) {
    *d = ex_lex_dent(c, le);
    if (*d != NONE) {
      size_t m = ex_add_name_ment(c, sent, t, t + n, *d);
      if (m != NONE)
        c->ments[m].inner = inner;
    }
    return t + n;
  }
  return t;
}

/* After a person's name: ", [seorang] role [entity] [di entity]". */
static size_t apposition(ctx *c, size_t sent, size_t t, size_t end, size_t person) {
  if (t + 1 >= end || !tok_is(c, t, ","))
    return t;
  size_t k = t + 1;
  while (k < end && ((c->wcat[k] & W_ARTICLE) || (c->gcat[k] & G_FORMER)))
    k++;
  const kabar_lex_role *role;
  size_t n = k < end ? match_role(c, k, end, &role) : 0;
  if (!n)
    return t;
  k += n;
  size_t aff = NONE, a2 = NONE, n_ments = c->n_ments;
  size_t ke = entity_at(c, sent, k, end, &aff, 1);
  if (ke > k)
    k = ke;
  /* "..., Kaganovich dan Malenkov, Menteri Luar Negeri Indonesia Ruslan
   * Abdulgani dan ...": a title followed by a name is that name's title */
  const kabar_lex_entity *next_le = NULL;
  if (k < end && (tok_flags(c, k) & KABAR_TOK_CAP) && is_name_token(c, k) &&
      (!match_entity(c, k, end, &next_le) || next_le->type == KABAR_ENT_PERSON)) {
    /* (a known person too: "sekutu Ortega, Presiden Venezuela Hugo Chavez") */
    for (; c->n_ments > n_ments; c->n_ments--)
      for (size_t i = c->ments[c->n_ments - 1].tb; i < c->ments[c->n_ments - 1].te; i++)
        c->ment_at[i] = NONE;
    return t;
  }
  /* "Sebelum bertemu dengan Putin, presiden Amerika itu menghabiskan ...": a
   * title with a demonstrative and a verb after it, after the comma that
   * ends a fronted clause, is the main clause's subject, no apposition */
  size_t sb = c->doc->sentences[sent].tok_begin;
  if (k + 1 < end && (c->wcat[k] & W_DEMONSTRATIVE) && ex_is_verb_word(c, k + 1) &&
      (c->wcat[sb] & W_BOUNDARY) && !tok_is(c, sb, "dan")) {
    for (; c->n_ments > n_ments; c->n_ments--)
      for (size_t i = c->ments[c->n_ments - 1].tb; i < c->ments[c->n_ments - 1].te; i++)
        c->ment_at[i] = NONE;
    return t;
  }
  /* "kepala Departemen Studi Rusia di Universitas ...", "pengamat politik
   * Indonesia dari Australian National University": the body after "di" or
   * "dari" */
  for (size_t q = k; q < end && q < k + 5; q++) {
    if (tok_is(c, q, "di") || tok_is(c, q, "dari")) {
      k = q;
      break;
    }
    if (!(tok_flags(c, q) & KABAR_TOK_WORD) || (c->wcat[q] & (W_BOUNDARY | W_PREP)))
      break;
  }
  int from = k + 1 < end && tok_is(c, k, "dari");
  if (k + 1 < end && (tok_is(c, k, "di") || from)) {
    size_t ke2 = entity_at(c, sent, k + 1, end, &a2, 1);
    if (ke2 == k + 1 && is_name_token(c, k + 1)) {
      /* an unknown body after "di": "analis di Open Nuclear Network" */
      size_t e2 = name_run(c, k + 1, end);
      while (e2 < end && (c->wcat[e2] & W_HEAD_ORG) && (tok_flags(c, e2) & KABAR_TOK_CAP))
        e2++; /* "East West Center", "Lowy Institute" */
      size_t m = new_name(c, sent, k + 1, e2, KABAR_ENT_ORGANIZATION, &a2);
      if (m != NONE)
        c->ments[m].inner = 1;
      ke2 = e2;
    }
    if (a2 != NONE && from && c->dents[a2].type != KABAR_ENT_ORGANIZATION)
      a2 = NONE; /* "dari Australia": where the analyst is from, not the body */
    if (a2 != NONE) {
      aff = a2;
      k = ke2;
    }
  }
  if (aff != NONE)
    role_facts(c, sent, person, role, aff, a2 == aff, 0);
  return k;
}

/* Whether label begins with the word w, whatever its case. */
static int same_head(const char *label, const char *w) {
  size_t n = strlen(w);
  return strncasecmp(label, w, n) == 0 && (label[n] == ' ' || label[n] == '\0');
}

/* Pronouns and phrases that refer back ("kedua negara", "negara itu"). */
static size_t reference_at(ctx *c, size_t sent, size_t t, size_t end) {
  kabar_word_cats w = c->wcat[t];
  if (w & W_PRON_PERSON)
    return ex_add_ment(c, sent, t, t + 1, MK_PRON_PERSON) == NONE ? t : t + 1;
  if (w & W_PRON_PLURAL)
    return ex_add_ment(c, sent, t, t + 1, MK_PRON_PLURAL) == NONE ? t : t + 1;
  if (w & W_PRON_PAIR)
    return ex_add_ment(c, sent, t, t + 1, MK_PAIR) == NONE ? t : t + 1;
  if (w & W_PRON_NYA)
    return ex_add_ment(c, sent, t, t + 1, MK_PRON_NYA) == NONE ? t : t + 1;
  if (c->gcat[t] & G_OWN_STATE)
    return ex_add_ment(c, sent, t, t + 1, MK_OWN_STATE) == NONE ? t : t + 1;
  if (c->gcat[t] & (G_SPEAKER | G_SPEAKER_STATE))
    return ex_add_ment(c, sent, t, t + 1, (c->gcat[t] & G_SPEAKER) ? MK_SPEAKER : MK_SPEAKER_STATE) ==
                   NONE
               ? t
               : t + 1;
  /* "negara-negara tersebut", "negara-negara yang sama" */
  if ((c->gcat[t] & G_PLURAL_REF) && t + 1 < end &&
      ((c->wcat[t + 1] & W_DEMONSTRATIVE) ||
       (t + 2 < end && tok_is(c, t + 1, "yang") && tok_is(c, t + 2, "sama")))) {
    size_t k = t + ((c->wcat[t + 1] & W_DEMONSTRATIVE) ? 2 : 3);
    return ex_add_ment(c, sent, t, k, MK_PAIR) == NONE ? t : k;
  }
  if ((c->gcat[t] & G_BILATERAL) && t > c->doc->sentences[sent].tok_begin &&
      !(tok_flags(c, t) & KABAR_TOK_CAP))
    return ex_add_ment(c, sent, t, t + 1, MK_BILATERAL) == NONE ? t : t + 1;
  if ((c->gcat[t] & G_PAIR_COUNT) && t + 1 < end && (c->gcat[t + 1] & G_PAIR_NOUN)) {
    size_t k = t + 1 + (c->glen[t + 1] ? c->glen[t + 1] : 1);
    return ex_add_ment(c, sent, t, k, MK_PAIR) == NONE ? t : k;
  }
  if ((w & (W_REF_STATE | W_REF_ORG | W_REF_AGREEMENT)) && t + 1 < end &&
      (c->wcat[t + 1] & W_DEMONSTRATIVE))
    return ex_add_ment(c, sent, t, t + 2,
                    (w & W_REF_STATE) ? MK_REF_STATE
                    : (w & W_REF_ORG) ? MK_REF_ORG
                                      : MK_REF_AGREEMENT) == NONE
               ? t
               : t + 2;
  return t;
}

#define MAX_AGREEMENT_MODIFIERS 4

/* Whether t is a lower-case word that describes an agreement's subject
 * after its head: "perjanjian [pertahanan bersama]", "nota kesepahaman
 * [kerja sama kehutanan]". */
static int agreement_modifier(ctx *c, size_t t, size_t end) {
  unsigned f = tok_flags(c, t);
  /* "pertahanan bersama antara ...": a joint one, not "bersama Presiden X" */
  if ((c->wcat[t] & W_JOIN) && (f & KABAR_TOK_WORD) && !(f & KABAR_TOK_CAP) &&
      (t + 1 >= end || !(tok_flags(c, t + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))))
    return 1;
  return (f & KABAR_TOK_WORD) && !(f & (KABAR_TOK_CAP | KABAR_TOK_UPPER | KABAR_TOK_NUMBER)) &&
         c->ment_at[t] == NONE &&
         !(c->wcat[t] & (W_PREP | W_CONJ | W_BOUNDARY | W_RELATIVE | W_DEMONSTRATIVE | W_SKIP |
                         W_PRON_PERSON | W_PRON_PLURAL | W_PRON_PAIR | W_PRON_NYA | W_TIME)) &&
         !(c->gcat[t] & (G_COPULA | G_ROLE_VERB | G_AS | G_LIST_INTRO | G_NEGATION | G_AGREEMENT |
                         G_QUANTIFIER | G_OWN_STATE | G_PAIR_COUNT)) &&
         (!c->status[t] || c->status[t]->kind == SC_NONE) && !ex_is_verb_word(c, t);
}

/* The agreement of this kind that sentence sent speaks of: one per kind and
 * year of signing ("perjanjian persahabatan" of 1955 and of 2012 are two);
 * with no year in the sentence, the latest of its kind. NONE when out of
 * memory. */
static size_t unnamed_dent(ctx *c, size_t sent, const char *kind, const char *parties) {
  const char *date = ex_sentence_date(c, sent);
  if (c->failed)
    return NONE;
  c->buf.len = 0;
  if (kabar_compact_append(&c->buf, kind, strlen(kind)) < 0 ||
      (parties && kabar_compact_append(&c->buf, parties, strlen(parties)) < 0))
    return ex_out_of_memory(c);
  size_t kn = c->buf.len, d;
  char key[256];
  if (kn >= sizeof key)
    kn = sizeof key - 1;
  memcpy(key, c->buf.data, kn);
  if (!date && kabar_strmap_get(c->unnamed_kinds, key, kn, &d))
    return d;
  char label[600];
  snprintf(label, sizeof label, "%s%s%s%s%.4s", kind, parties ? " " : "", parties ? parties : "",
           date ? " " : "", date ? date : "");
  d = ex_add_dent(c, KABAR_ENT_AGREEMENT, label, NULL);
  if (d == NONE)
    return NONE;
  if ((date || parties) && !c->dents[d].kind && !(c->dents[d].kind = kabar_arena_strdup(c->arena, kind)))
    return ex_out_of_memory(c);
  if (kabar_strmap_put(c->unnamed_kinds, key, kn, d) < 0)
    return ex_out_of_memory(c);
  return d;
}

/* The end of the words that describe an unnamed agreement past its kind:
 * "persetujuan [tahun 2015] itu", "persetujuan [global bersejarah] itu";
 * lower-case words that are no preposition, conjunction, verb or
 * reference, or a year. k when none. */
static size_t described_end(ctx *c, size_t k, size_t end) {
  /* "deklarasi tentang \"dunia multipolar\"": what it is about, in a few
   * lower-case or quoted words */
  /* "perjanjian untuk pemeliharaan pesawat dan maskapai penerbangan":
   * what it is for */
  if (k + 1 < end && (tok_is(c, k, "tentang") || tok_is(c, k, "mengenai") || tok_is(c, k, "untuk"))) {
    size_t q = k + 1, words = 0;
    while (q < end && words < 4) {
      unsigned f = tok_flags(c, q);
      if (f & KABAR_TOK_QUOTE) {
        q++;
        continue;
      }
      if (words && tok_is(c, q, "dan") && q + 1 < end && !(c->wcat[q + 1] & (W_PREP | W_CONJ | W_BOUNDARY | W_RELATIVE | W_DEMONSTRATIVE)) &&
          (tok_flags(c, q + 1) & KABAR_TOK_WORD) && !(tok_flags(c, q + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
          c->ment_at[q + 1] == NONE && !ex_is_verb_word(c, q + 1)) {
        q++;
        continue;
      }
      if (!(f & KABAR_TOK_WORD) || (f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) || c->ment_at[q] != NONE ||
          (c->wcat[q] & (W_PREP | W_CONJ | W_BOUNDARY | W_RELATIVE | W_DEMONSTRATIVE)) ||
          ex_is_verb_word(c, q))
        break;
      q++;
      words++;
    }
    if (words)
      return q;
  }
  size_t q = k;
  while (q < end && q < k + 3) {
    unsigned f = tok_flags(c, q);
    if (tok_is(c, q, "tahun") && q + 1 < end && (tok_flags(c, q + 1) & KABAR_TOK_NUMBER)) {
      q += 2;
      break;
    }
    if (!(f & KABAR_TOK_WORD) || (f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) || c->ment_at[q] != NONE ||
        c->wcat[q] || (c->gcat[q] & ~(G_MODIFIER | G_COMMON | G_AGREEMENT_KIND)) || c->root[q] ||
        c->status[q] || ex_is_verb_word(c, q))
      break;
    q++;
  }
  return q;
}

/* An agreement described by a common noun and its modifiers, not named:
 * "perjanjian pertahanan bersama (antara Korea Utara dan Rusia)",
 * "menandatangani nota kesepahaman". Its parties come from the facts the
 * sentence layer finds; with a demonstrative after it, it refers back
 * ("kesepakatan pertahanan itu"). A capitalised head starts a name unless
 * it opens the sentence. */
/* "menandatangani kerja sama pertahanan ...", "meneken kerja sama baru":
 * a cooperation that is signed is a document, an agreement. The length of
 * its head ("kerja sama" or "kerjasama"), or 0. */
static size_t signed_cooperation(ctx *c, size_t sb, size_t t, size_t end) {
  size_t n = tok_is(c, t, "kerjasama") ? 1 : t + 1 < end && tok_is(c, t, "kerja") && tok_is(c, t + 1, "sama") ? 2 : 0;
  if (!n || (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return 0;
  size_t v = t;
  while (v > sb && (c->gcat[v - 1] & G_QUANTIFIER))
    v--;
  if (v == sb || !c->root[v - 1] || c->morph[v - 1].form != KABAR_FORM_ACTIVE)
    return 0;
  const char *r = c->morph[v - 1].root;
  return strcmp(r, "tandatangan") == 0 || strcmp(r, "teken") == 0 ? n : 0;
}

static size_t unnamed_agreement_at(ctx *c, size_t sent, size_t sb, size_t t, size_t end) {
  size_t cooperation = c->title_case ? 0 : signed_cooperation(c, sb, t, end);
  if ((!(c->gcat[t] & G_AGREEMENT) && !cooperation) || c->title_case)
    return t;
  const kabar_lex_entity *listed;
  if (match_entity(c, t, end, &listed) > 1 && listed->type == KABAR_ENT_AGREEMENT)
    return t; /* "perjanjian Renville": a known one, in lower case */
  size_t k = t + (cooperation ? cooperation : c->glen[t] ? c->glen[t] : 1);
  int cap = (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) != 0;
  if (cap && !(c->gcat[t] & G_ACRONYM_AGREEMENT) && t != sb)
    return t;
  if (k < end && (tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && cap)
    return t; /* "Perjanjian Portsmouth", "MoU Kerja Sama ...": a name */
  /* "tergabung dalam kesepakatan Kemitraan Transisi Energi yang Adil": the
   * agreement the lexicon knows by the name after the common noun */
  if (k == t + 1 && k < end && (tok_flags(c, k) & KABAR_TOK_CAP) && (tok_flags(c, k) & KABAR_TOK_WORD) &&
      (!match_entity(c, k, end, &listed) || listed->type == KABAR_ENT_AGREEMENT))
    return t;
  /* "X adalah perjanjian resmi pertama Rusia-Jepang" describes X; "sekutu
   * perjanjian Filipina" is a kind of ally */
  size_t p = t;
  while (p > sb && (c->gcat[p - 1] & G_QUANTIFIER || c->wcat[p - 1] & W_ARTICLE))
    p--;
  if (p > sb && ((c->gcat[p - 1] & (G_COPULA | G_AS)) || (c->first[p - 1] & FIRST_HEAD)))
    return t;
  /* "perjanjian batas ZEE": after a word of its kind, an acronym no
   * lexicon knows is part of it */
  for (size_t n = 0; k < end && n < MAX_AGREEMENT_MODIFIERS &&
                     (agreement_modifier(c, k, end) ||
                      (n > 0 && (tok_flags(c, k) & KABAR_TOK_UPPER) && (tok_flags(c, k) & KABAR_TOK_WORD) &&
                       !match_entity(c, k, end, NULL)) ||
                      /* "persetujuan pendidikan dan perdagangan bilateral": two kinds */
                      (n > 0 && tok_is(c, k, "dan") && k + 1 < end && (c->gcat[k + 1] & G_AGREEMENT_KIND) &&
                       agreement_modifier(c, k + 1, end)));
       n++)
    k++;
  if (k < end && (c->wcat[k] & W_DEMONSTRATIVE))
    return ex_add_ment(c, sent, t, k + 1, MK_REF_AGREEMENT) == NONE ? t : k + 1;
  /* "perjanjian perdamaian Minsk", "kesepakatan damai Doha": the place it
   * was made in names it */
  const kabar_lex_entity *where;
  size_t wn = k > t && k < end && (tok_flags(c, k) & KABAR_TOK_CAP) ? match_entity(c, k, end, &where) : 0;
  if (wn && where->type == KABAR_ENT_PLACE) {
    size_t d;
    return new_name(c, sent, t, k + wn, KABAR_ENT_AGREEMENT, &d) != NONE ? k + wn : t;
  }
  /* "kedua perjanjian (yang dibuat oleh ...)": the two agreements named before */
  if (t > sb && (c->gcat[t - 1] & G_PAIR_COUNT) && c->ment_at[t - 1] == NONE)
    return ex_add_ment(c, sent, t - 1, k, MK_REF_AGREEMENT) == NONE ? t : k;
  /* "nota kesepahaman atau memorandum of understanding (MoU)": the short
   * form in parentheses is the same agreement */
  size_t same = NONE;
  for (size_t q = t - 1, n = 0; t > sb + 1 && tok_is(c, t - 1, "(") && q-- > sb && n < 6; n++) {
    if (c->ment_at[q] != NONE) {
      const ment *pm = &c->ments[c->ment_at[q]];
      if (pm->kind == MK_NAME && pm->n_dent && c->dents[pm->dent[0]].type == KABAR_ENT_AGREEMENT)
        same = pm->dent[0];
      break;
    }
    if (!(tok_flags(c, q) & KABAR_TOK_WORD))
      break;
  }
  /* the kind, without the words that only describe this one ("perjanjian
   * persahabatan pertama": a friendship treaty) */
  char kind[512];
  size_t len = 0;
  for (size_t q = t; q < k; q++) {
    if (q > t && (c->gcat[q] & G_MODIFIER) && !(c->gcat[q] & G_AGREEMENT_KIND))
      continue;
    const kabar_token *tk = &c->doc->tokens[q];
    size_t n = tk->end - tk->start;
    if (len + n + 2 > sizeof kind)
      break; /* no kind is this long */
    if (len)
      kind[len++] = ' ';
    memcpy(kind + len, c->doc->text + tk->start, n);
    len += n;
  }
  char *label = kabar_arena_strndup(c->arena, kind, len);
  if (label && cap && !(c->gcat[t] & G_ACRONYM_AGREEMENT))
    label[0] = (char)tolower((unsigned char)label[0]); /* "Kesepakatan pertahanan ..." */
  for (char *ch = label; ch && *ch; ch++)
    if (*ch == '\n' || *ch == '\r' || *ch == '\t')
      *ch = ' ';
  /* "perjanjian normalisasi Israel-Uni Emirat Arab": the states joined
   * right after it tell it from another of its kind in the document */
  const kabar_lex_entity *pair_le[MAX_HYPHEN_STATES];
  size_t pb, pf;
  const char *parties = k < end && strchr(tok_norm(c, k), '-') && hyphen_states(c, k, pair_le, &pb, &pf) >= 2 && !pb
                            ? ex_text_span(c, k, k + 1 + pf)
                            : NULL;
  size_t known = c->n_dents;
  size_t d = same != NONE ? same : label ? unnamed_dent(c, sent, label, parties) : ex_out_of_memory(c);
  if (d == NONE)
    return t;
  if (d >= known && !ex_dent_lex(c, d))
    c->dents[d].unnamed = 1; /* not a name met before ("Pakta Pertahanan ... pakta pertahanan") */
  size_t m = ex_add_name_ment(c, sent, t, k, d);
  if (m == NONE)
    return t;
  c->ments[m].nominal = 1; /* "pakta pertahanan dengan X" is also a cue */
  c->ments[m].phrase_te = described_end(c, k, end);
  return k;
}

static int prev_is(const ctx *c, size_t sb, size_t t, kabar_word_cats cat) {
  return t > sb && (c->wcat[t - 1] & cat);
}

/* "sanksi(-sanksi) [baru] [AS] terhadap Rusia": a sanctions regime, named
 * after its target (and issuer when the text gives one). */
static const kabar_lex_entity *regime_in_sentence(ctx *c, size_t sent);

static size_t embargo_at(ctx *c, size_t sent, size_t t, size_t end);

static size_t sanctions_at(ctx *c, size_t sent, size_t t, size_t end) {
  const char *n = tok_norm(c, t);
  if (strncmp(n, "sanksi", 6) != 0 || (n[6] && strcmp(n + 6, "-sanksi") != 0))
    return t;
  size_t issuer = NONE, target = NONE, ie = t + 1;
  for (size_t k = t + 1; k < end && k <= t + 5; k++) {
    if (c->wcat[k] & W_PREP) {
      if (!(tok_is(c, k, "terhadap") || tok_is(c, k, "atas") || tok_is(c, k, "bagi") ||
            tok_is(c, k, "kepada") || tok_is(c, k, "untuk")) || k + 1 >= end)
        break;
      const kabar_lex_entity *le;
      size_t m = match_entity(c, k + 1, end, &le);
      if (m && (le->type == KABAR_ENT_STATE || (le->flags & KABAR_LEX_METONYM)))
        target = le->type == KABAR_ENT_STATE ? ex_lex_dent(c, le) : ex_state_dent(c, le->iso3);
      break;
    }
    const kabar_lex_entity *le;
    size_t m = match_entity(c, k, end, &le);
    if (m && issuer == NONE && (le->type == KABAR_ENT_STATE || le->type == KABAR_ENT_ORGANIZATION)) {
      issuer = ex_lex_dent(c, le);
      k += m - 1;
      continue;
    }
    if (!(tok_flags(c, k) & KABAR_TOK_WORD) || (tok_flags(c, k) & KABAR_TOK_CAP))
      break;
    ie = k + 1; /* an adjective: "baru", "berat", "ekonomi" */
  }
  /* "sanksi PBB" with no target named right after it: the regime against a
   * state the sentence names, if the lexicon knows one */
  if (target == NONE) {
    const kabar_lex_entity *un = ex_lex_lookup(c, "PBB"), *unsc = ex_lex_lookup(c, "DK PBB");
    const char *il = issuer != NONE ? c->dents[issuer].label : NULL;
    const kabar_lex_entity *regime =
        il && ((un && strcmp(il, un->label) == 0) || (unsc && strcmp(il, unsc->label) == 0))
            ? regime_in_sentence(c, sent)
            : NULL;
    size_t d = regime ? ex_lex_dent(c, regime) : NONE;
    size_t m = d != NONE ? ex_add_name_ment(c, sent, t, ie, d) : NONE;
    if (m == NONE)
      return t;
    c->ments[m].nominal = 1;
    return t + 1;
  }
  /* A sanctions regime is an entity when it is a known one: the UN's
   * against a state ("sanksi PBB terhadap Korea Utara", "sanksi-sanksi baru
   * bagi Korea Utara"); one state's measures are facts, not agreements. */
  char label[512];
  const char *tl = c->dents[target].label;
  int by_un = issuer == NONE;
  if (issuer != NONE) {
    const kabar_lex_entity *un = ex_lex_lookup(c, "PBB");
    const kabar_lex_entity *unsc = ex_lex_lookup(c, "DK PBB");
    const char *il = c->dents[issuer].label;
    by_un = (un && strcmp(il, un->label) == 0) || (unsc && strcmp(il, unsc->label) == 0);
  }
  if (!by_un)
    return t;
  snprintf(label, sizeof label, "Sanksi PBB terhadap %s", tl);
  const kabar_lex_entity *known = ex_lex_lookup(c, label);
  if (!known || known->type != KABAR_ENT_AGREEMENT)
    return t;
  snprintf(label, sizeof label, "%s", known->label);
  size_t d = ex_add_dent(c, KABAR_ENT_AGREEMENT, label, NULL);
  if (d == NONE)
    return t;
  size_t m = ex_add_name_ment(c, sent, t, ie, d);
  if (m != NONE)
    c->ments[m].nominal = 1;
  return t + 1; /* the issuer and target stay mentions of their own */
}

/* "embargo senjata terhadap Sudan Selatan", "embargo ekonomi Amerika
 * terhadap Kuba": an embargo on a state is a regime of its own, named
 * after its goods (arms, oil; an economic one is the default), its issuer
 * and its target; "embargo", "embargo itu" after it is the same one. The
 * issuer and target stay mentions of their own. */
static size_t embargo_at(ctx *c, size_t sent, size_t t, size_t end) {
  static const char *const goods[] = {"senjata", "minyak"};
  if (!tok_is(c, t, "embargo"))
    return t;
  const char *kind = NULL;
  size_t issuer = NONE, target = NONE, ie = t + 1;
  for (size_t k = t + 1; k < end && k <= t + 6; k++) {
    if (tok_is(c, k, "terhadap") || tok_is(c, k, "atas") || tok_is(c, k, "kepada")) {
      const kabar_lex_entity *le;
      if (k + 1 < end && match_entity(c, k + 1, end, &le) && le->type == KABAR_ENT_STATE)
        target = ex_lex_dent(c, le);
      break;
    }
    const kabar_lex_entity *le;
    size_t m = match_entity(c, k, end, &le);
    if (m && issuer == NONE && (le->type == KABAR_ENT_STATE || le->type == KABAR_ENT_ORGANIZATION)) {
      issuer = ex_lex_dent(c, le);
      k += m - 1;
      continue;
    }
    /* "embargo perdagangan 50 tahunnya terhadap Kuba": how long it has held */
    if ((tok_flags(c, k) & KABAR_TOK_NUMBER) && k + 1 < end &&
        strncmp(tok_norm(c, k + 1), "tahun", 5) == 0) {
      k++;
      continue;
    }
    if (!(tok_flags(c, k) & KABAR_TOK_WORD) || (tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) ||
        (c->wcat[k] & (W_PREP | W_CONJ | W_RELATIVE | W_DEMONSTRATIVE)) || ex_is_verb_word(c, k))
      break;
    for (size_t i = 0; i < sizeof goods / sizeof goods[0]; i++)
      if (tok_is(c, k, goods[i]) && !kind)
        kind = goods[i];
    ie = k + 1; /* "komersial", "ekonomi", "senjata" */
  }
  size_t d = NONE;
  /* one named before on the same target is this one ("memberlakukan embargo
   * atas Kuba" after "embargo ekonomi Amerika terhadap Kuba"); with no
   * target named, the last one named */
  for (size_t q = c->n_ments, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK && d == NONE; seen++) {
    const ment *pm = &c->ments[q];
    if (pm->kind != MK_NAME || !pm->n_dent || !tok_is(c, pm->tb, "embargo") ||
        c->dents[pm->dent[0]].type != KABAR_ENT_AGREEMENT)
      continue;
    const char *pl = c->dents[pm->dent[0]].label, *tl = target != NONE ? c->dents[target].label : "";
    size_t pn = strlen(pl), tn = strlen(tl);
    if (target == NONE || (pn > tn && strcmp(pl + pn - tn, tl) == 0 && pl[pn - tn - 1] == ' ' &&
                           (kind == NULL || strstr(pl, kind))))
      d = pm->dent[0];
  }
  if (d == NONE && target != NONE) {
    char label[512];
    snprintf(label, sizeof label, "embargo%s%s%s%s terhadap %s", kind ? " " : "", kind ? kind : "",
             issuer != NONE ? " " : "", issuer != NONE ? c->dents[issuer].label : "",
             c->dents[target].label);
    d = ex_add_dent(c, KABAR_ENT_AGREEMENT, label, NULL);
  }
  size_t m = d != NONE ? ex_add_name_ment(c, sent, t, ie, d) : NONE;
  if (m == NONE)
    return t;
  c->ments[m].nominal = 1;
  return t + 1;
}

/* The UN sanctions regime the lexicon knows against a state sentence sent
 * names ("Sanksi PBB terhadap Korea Utara"), or NULL. */
static const kabar_lex_entity *regime_in_sentence(ctx *c, size_t sent) {
  size_t sb = c->doc->sentences[sent].tok_begin, end = c->doc->sentences[sent].tok_end;
  for (size_t q = sb; q < end; q++) {
    const kabar_lex_entity *st;
    size_t sn = match_entity(c, q, end, &st);
    if (!sn || st->type != KABAR_ENT_STATE)
      continue;
    char label[256];
    snprintf(label, sizeof label, "Sanksi PBB terhadap %s", st->label);
    const kabar_lex_entity *known = ex_lex_lookup(c, label);
    if (known && known->type == KABAR_ENT_AGREEMENT)
      return known;
    q += sn - 1;
  }
  return NULL;
}

/* "memveto resolusi Dewan Keamanan PBB tentang Suriah": a resolution of an
 * international body the text does not name by number is an agreement known
 * by its body and, where a state follows "tentang", "mengenai" or
 * "terhadap", by its topic; the body (n tokens after t) stays a mention of
 * its own. Returns the token after "resolusi", or t. */
static size_t body_resolution(ctx *c, size_t sent, size_t t, size_t n, const kabar_lex_entity *body,
                              size_t end) {
  if (body->type != KABAR_ENT_ORGANIZATION || strcmp(body->kind, "intl") != 0)
    return t;
  /* "Resolusi PBB 2231", "Resolusi DK PBB tentang ..." inside a sentence:
   * a name, read elsewhere */
  if ((t + 1 + n < end && (tok_flags(c, t + 1 + n) & KABAR_TOK_NUMBER)) ||
      ((tok_flags(c, t) & KABAR_TOK_CAP) && t > c->doc->sentences[sent].tok_begin))
    return t;
  char kind[512];
  int len = snprintf(kind, sizeof kind, "resolusi %s", body->label);
  size_t k = t + 1 + n;
  const kabar_lex_entity *topic;
  if (len > 0 && (size_t)len < sizeof kind && k + 1 < end &&
      (tok_is(c, k, "tentang") || tok_is(c, k, "mengenai") || tok_is(c, k, "terhadap")) &&
      match_entity(c, k + 1, end, &topic) && topic->type == KABAR_ENT_STATE)
    snprintf(kind + len, sizeof kind - (size_t)len, " %s %s", tok_norm(c, k), topic->label);
  size_t d = unnamed_dent(c, sent, kind, NULL);
  size_t m = d != NONE ? ex_add_name_ment(c, sent, t, t + 1 + n, d) : NONE;
  if (m == NONE)
    return t;
  c->ments[m].nominal = 1;
  /* the body inside, as a state inside a body's name is */
  size_t bd = ex_lex_dent(c, body); /* may move c->dents */
  size_t bm = bd != NONE ? ex_add_name_ment(c, sent, t + 1, t + 1 + n, bd) : NONE;
  if (bm == NONE)
    return t + 1 + n;
  c->ments[bm].inner = 1;
  for (size_t i = t + 1; i < t + 1 + n; i++)
    c->ment_at[i] = m;
  return t + 1 + n;
}

/* "melanggar resolusi Dewan Keamanan PBB ... pekerja Korea Utara": a UN
 * Security Council resolution in a sentence that names a state under a UN
 * sanctions regime the lexicon knows is that regime; elsewhere ("resolusi
 * DK PBB tentang Suriah") it is none of them. Returns the token after it,
 * or t. */
static size_t sanctions_resolution_at(ctx *c, size_t sent, size_t t, size_t end) {
  const kabar_lex_entity *le;
  if (!tok_is(c, t, "resolusi") || t + 1 >= end)
    return t;
  size_t n = match_entity(c, t + 1, end, &le);
  const kabar_lex_entity *unsc = ex_lex_lookup(c, "DK PBB");
  if (!n)
    return t;
  const kabar_lex_entity *regime = unsc && le == unsc ? regime_in_sentence(c, sent) : NULL;
  if (c->failed)
    return t;
  if (!regime)
    return body_resolution(c, sent, t, n, le, end);
  size_t d = ex_lex_dent(c, regime);
  size_t m = d != NONE ? ex_add_name_ment(c, sent, t, t + 1 + n, d) : NONE;
  if (m == NONE)
    return t;
  c->ments[m].nominal = 1;
  return t + 1; /* the Council stays a mention of its own */
}

/* Whether a place at t is named as a location ("di Kremlin", "dekat
 * Pyongyang", "di utara Kyiv", "provinsi Teheran"), not as an actor. */
static int locative_before(const ctx *c, size_t sb, size_t t) {
  static const char *const near[] = {"di", "ke", "dari", "menuju", "hingga", "sampai", "dekat",
                                     "sekitar", "kota", "provinsi", "wilayah", "kawasan", "ibu",
                                     "asal", "ibukota"};
  static const char *const sides[] = {"utara", "selatan", "timur", "barat", "pinggiran", "luar",
                                      "pusat", "tengah", "kota"};
  if (t == sb)
    return 0;
  /* "sekutu dekat Baku", "mitra dekat Moskow": a close ally, not near */
  if (t > sb + 1 && tok_is(c, t - 1, "dekat") && (c->gcat[t - 2] & G_ALLY))
    return 0;
  for (size_t i = 0; i < sizeof near / sizeof near[0]; i++)
    if (tok_is(c, t - 1, near[i]))
      return 1;
  /* "ibu kota Honduras Tegucigalpa", "ibukota Burma Naypyidaw": the capital
   * named after its state */
  if (t > sb + 2 && c->ment_at[t - 1] != NONE && c->ments[c->ment_at[t - 1]].n_dent &&
      c->dents[c->ments[c->ment_at[t - 1]].dent[0]].type == KABAR_ENT_STATE) {
    size_t pb = c->ments[c->ment_at[t - 1]].tb;
    if (pb > sb && (tok_is(c, pb - 1, "ibukota") || (pb > sb + 1 && tok_is(c, pb - 1, "kota") &&
                                                     tok_is(c, pb - 2, "ibu"))))
      return 1;
  }
  /* "bandara internasional Asmara": a place noun and a word that describes it */
  if ((c->wcat[t - 1] & W_PLACE_NOUN) ||
      (t > sb + 1 && (c->wcat[t - 2] & W_PLACE_NOUN) && !(tok_flags(c, t - 1) & KABAR_TOK_CAP) &&
       c->ment_at[t - 1] == NONE && !(c->wcat[t - 1] & (W_PREP | W_CONJ))))
    return 1;
  /* "di timur laut Riyadh", "di barat daya Seoul" */
  if (t > sb + 2 && (tok_is(c, t - 1, "laut") || tok_is(c, t - 1, "daya")) &&
      (tok_is(c, t - 2, "timur") || tok_is(c, t - 2, "barat")) && tok_is(c, t - 3, "di"))
    return 1;
  if (t > sb + 1 && (tok_is(c, t - 2, "di") || tok_is(c, t - 2, "ke") || tok_is(c, t - 2, "dari")))
    for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++)
      if (tok_is(c, t - 1, sides[i]))
        return 1;
  /* "digelar di ruang kredensial, Istana Merdeka": a room or hall in lower
   * case, then the place it is in */
  if (t > sb + 2 && tok_is(c, t - 1, ",")) {
    size_t k = t - 1;
    while (k > sb && k + 4 > t && c->ment_at[k - 1] == NONE && (tok_flags(c, k - 1) & KABAR_TOK_WORD) &&
           !(tok_flags(c, k - 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[k - 1] & (W_PREP | W_CONJ)))
      k--;
    if (k < t - 1 && k > sb && tok_is(c, k - 1, "di"))
      return 1;
    /* "di kantor Kementerian Pertahanan, Jakarta": past the building and
     * the body whose it is, "di" governs the city after the comma */
    k = t - 1;
    while (k > sb && k + 8 > t &&
           (c->ment_at[k - 1] != NONE ||
            ((tok_flags(c, k - 1) & KABAR_TOK_WORD) && !(c->wcat[k - 1] & (W_PREP | W_CONJ | W_BOUNDARY)) &&
             !(c->gcat[k - 1] & (G_COPULA | G_ROLE_VERB)))))
      k--;
    /* (not a capital that then acts: "Berbicara di Jenewa, Washington
     * menyatakan ...") */
    int acts = 0;
    for (size_t q = t + 1; q < c->doc->n_tokens && q < t + 5 && !acts && !tok_is(c, q, "."); q++) {
      const char *w = tok_norm(c, q);
      acts = (c->root[q] && (c->morph[q].form == KABAR_FORM_ACTIVE || c->morph[q].form == KABAR_FORM_PASSIVE)) ||
             (!(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && strlen(w) > 4 &&
              (strncmp(w, "me", 2) == 0 || strncmp(w, "ber", 3) == 0));
    }
    if (k < t - 2 && k > sb && tok_is(c, k - 1, "di") && !acts)
      return 1;
  }
  return 0;
}

static int coordinated_with_located(const ctx *c, size_t sb, size_t t);
static int after_capital_of_state(const ctx *c, size_t sb, size_t t);

/* "Cucuta, kota di perbatasan Kolombia", "Leticia, sebuah kota di
 * Kolombia": after the name at e, a comma and a place noun (past an
 * article) describe a place. Returns the index after the place noun, or 0. */
static size_t place_apposition(ctx *c, size_t e, size_t end) {
  if (e + 1 >= end || !tok_is(c, e, ","))
    return 0;
  size_t k = e + 1;
  if (k < end && (c->wcat[k] & W_ARTICLE))
    k++;
  return k < end && (c->wcat[k] & W_PLACE_NOUN) && !(tok_flags(c, k) & KABAR_TOK_CAP) ? k + 1 : 0;
}

/* The state a place apposition names before its end ("kota di selatan
 * Kolombia"): the first state of the lexicon within a few words, before
 * the next comma; NONE when none. */
static size_t apposition_state(ctx *c, size_t k, size_t end) {
  for (size_t q = k; q < end && q < k + 6 && !tok_is(c, q, ","); q++) {
    const kabar_lex_entity *le;
    if (match_entity(c, q, end, &le) && le->type == KABAR_ENT_STATE && le->iso3)
      return ex_state_dent(c, le->iso3);
    if (ex_is_verb_word(c, q))
      break;
  }
  return NONE;
}

/* "organisasi seperti", "partai-partai kecil seperti", "perusahaan yaitu":
 * a body's head word in lower case (a kind of body), at most one word
 * after it, then "seperti", "yaitu" or "termasuk" before t: the names
 * that follow are examples of that kind. */
static int bodies_as_examples(const ctx *c, size_t sb, size_t t) {
  if (t < sb + 2 ||
      !(tok_is(c, t - 1, "seperti") || tok_is(c, t - 1, "yaitu") || tok_is(c, t - 1, "termasuk")))
    return 0;
  for (size_t q = t - 1; q-- > sb && q + 3 >= t;) {
    if (tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER | KABAR_TOK_PUNCT))
      return 0;
    if (c->wcat[q] & W_HEAD_ORG)
      return 1;
  }
  return 0;
}

/* The end of what makes a summit of series d one meeting: an ordinal
 * ("ke-25", "ke 25"), a year, or "di" and a place, then perhaps a year; k
 * when none. */
static size_t summit_end(ctx *c, size_t d, size_t k, size_t end) {
  if (strncmp(c->dents[d].label, "KTT ", 4) != 0)
    return k;
  size_t q = k;
  const char *n = q < end ? tok_norm(c, q) : "";
  if (q < end && strncmp(n, "ke-", 3) == 0 && n[3] >= '0' && n[3] <= '9')
    return q + 1;
  if (q + 1 < end && tok_is(c, q, "ke") && (tok_flags(c, q + 1) & KABAR_TOK_NUMBER))
    return q + 2;
  if (q + 1 < end && tok_is(c, q, "di") && (tok_flags(c, q + 1) & KABAR_TOK_CAP)) {
    const kabar_lex_entity *le = NULL;
    size_t pn = match_entity(c, q + 1, end, &le);
    if (!pn)
      pn = kabar_lexicon_match_city(c->x->lex, c->doc->tokens, c->compact, q + 1, end, &le);
    if (!pn || le->type != KABAR_ENT_PLACE)
      return k;
    q += 1 + pn;
  }
  if (q < end && (tok_flags(c, q) & KABAR_TOK_NUMBER) && strlen(tok_norm(c, q)) == 4 &&
      (tok_norm(c, q)[0] == '1' || tok_norm(c, q)[0] == '2'))
    q++;
  return q;
}

static int after_bare_title(ctx *c, size_t s, size_t t);

/* Whether the unknown name [t, e) is a city of the gazetteer, whole
 * ("menduduki Veracruz", "antara Acapulco, Meksiko"), and not a word of a
 * person's name: "Santos" after "Juan Manuel Santos" or "Presiden Santos"
 * is the man, not the Brazilian port. */
static const kabar_lex_entity *gazetteer_city(ctx *c, size_t s, size_t t, size_t e) {
  const kabar_lex_entity *le = NULL;
  if (kabar_lexicon_match_city(c->x->lex, c->doc->tokens, c->compact, t, e, &le) != e - t)
    return NULL;
  if (e == t + 1 && (ex_person_word_named(c, t) || after_bare_title(c, s, t)))
    return NULL;
  /* "SMA Negeri 1 Tasikmalaya", "Taylors' School Crosby": the end of a
   * longer name that no rule read */
  size_t sb = c->doc->sentences[s].tok_begin;
  if (t > sb && ((tok_flags(c, t - 1) & KABAR_TOK_NUMBER) || tok_is(c, t - 1, "'") ||
                 tok_is(c, t - 1, "’") ||
                 ((tok_flags(c, t - 1) & KABAR_TOK_CAP) && c->ment_at[t - 1] == NONE)))
    return NULL;
  return le;
}

/* An unknown capitalized name [t, e) that its context makes a place ("di
 * Ussuriysk", "pelabuhan Rajin", "Camp David, Maryland") or an event
 * ("latihan militer bersama Balikatan"). Adds the mention; 1 when it did. */
/* Whether a role title opens the phrase that ends with the place at pb
 * ("utusan khusus Prancis untuk kawasan Sahel, Jean Felix-Paganon"): the
 * name after its comma is the title's holder, not a place. */
static int title_over_place(ctx *c, size_t sb, size_t pb) {
  for (size_t q = pb; q-- > sb && q + 8 > pb;) {
    if (tok_is(c, q, ",") || ex_is_boundary(c, q) || ex_is_verb_word(c, q))
      return 0;
    if (c->ment_at[q] == NONE && match_role(c, q, pb, NULL))
      return 1;
  }
  return 0;
}

/* Whether the name at t follows a title's phrase that ends with a place or
 * state and a comma ("utusan khusus Prancis untuk kawasan Sahel, Jean
 * Felix-Paganon"): it names the title's holder. */
static int holder_after_titled_place(ctx *c, size_t sb, size_t t) {
  if (t < sb + 3 || !tok_is(c, t - 1, ",") || c->ment_at[t - 2] == NONE)
    return 0;
  const ment *pm = &c->ments[c->ment_at[t - 2]];
  if (!pm->n_dent || (c->dents[pm->dent[0]].type != KABAR_ENT_PLACE && c->dents[pm->dent[0]].type != KABAR_ENT_STATE))
    return 0;
  return pm->tb > sb && title_over_place(c, sb, pm->tb);
}

static int unknown_place_or_event(ctx *c, size_t s, size_t t, size_t e) {
  size_t sb = c->doc->sentences[s].tok_begin;
  size_t end = c->doc->sentences[s].tok_end;
  if (c->doc->sentences[s].kind != KABAR_SENT_TEXT)
    return 0;
  /* "US$37 juta", "S$": a currency's prefix, no name */
  if (e < end && tok_is(c, e, "$") && c->doc->tokens[e].start == c->doc->tokens[e - 1].end)
    return 0;
  if (t == sb) {
    /* no context before the name: only the tagger's reading of a body's
     * name of two words or more, or of an acronym ("Polisario menolak") */
    if (c->title_case)
      return 0;
    size_t pe = ex_tagged_body_with_place(c, s, t, e);
    if (pe)
      e = pe; /* "Persib Bandung berhasil ..." */
    else if ((e == t + 1 && !(tok_flags(c, t) & KABAR_TOK_UPPER)) ||
             (e < end && match_entity(c, e, end, NULL)) ||
             !ex_tagged_span(c, s, t, e, KABAR_TAG_B_ORG))
      return 0;
    c->how = KABAR_MK_MODEL;
    size_t d;
    new_name(c, s, t, e, KABAR_ENT_ORGANIZATION, &d);
    return d != NONE;
  }
  /* "Laut | Jawa": a word before a known name is a modifier of it, unless
   * the tagger reads both as a body's name ("memperkuat Persib Bandung") */
  if (e < end && match_entity(c, e, end, NULL)) {
    size_t pe = c->title_case ? 0 : ex_tagged_body_with_place(c, s, t, e);
    if (!pe)
      return 0;
    c->how = KABAR_MK_MODEL;
    size_t d;
    new_name(c, s, t, pe, KABAR_ENT_ORGANIZATION, &d);
    return d != NONE;
  }
  if (e == t + 1 && (c->gcat[t] & G_COMPASS))
    return 0;
  kabar_entity_type type;
  const kabar_lex_entity *city = NULL;
  int city_tried = 0;
  size_t p = t - 1;
  if (e > t + 1 && (c->wcat[e - 1] & W_HEAD_LAST) && (tok_flags(c, e - 1) & KABAR_TOK_CAP))
    type = KABAR_ENT_ORGANIZATION; /* "Cairns Group", "CIVETS Bloc": a body named in English */
  else if (c->wcat[p] & W_PLACE_NOUN)
    type = KABAR_ENT_PLACE;
  else if ((c->wcat[p] & W_HEAD_ORG) && (tok_flags(c, p) & KABAR_TOK_WORD) &&
           !(tok_flags(c, p) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[p] & W_PLACE_NOUN) &&
           !ex_mostly_common(c, t, e) &&
           /* an acronym of four letters or more, or hyphened ("partai ZANU-PF",
            * "kelompok FARC"); "sekolah SMP", "sekolah TK" are kinds */
           (!(tok_flags(c, t) & KABAR_TOK_UPPER) ||
            (e == t + 1 && (strchr(tok_norm(c, t), '-') || strlen(tok_norm(c, t)) >= 4))))
    type = KABAR_ENT_ORGANIZATION; /* "gerakan Nagriamel", "kelompok Boko Haram" (not "partai
                                    * Komunis", "forum Ekonomi Dunia": ordinary words) */
  else if (tok_is(c, p, "di") || tok_is(c, p, "ke") || tok_is(c, p, "dari") ||
           tok_is(c, p, "dekat") || tok_is(c, p, "asal") || coordinated_with_located(c, sb, t) ||
           place_apposition(c, e, end) || after_capital_of_state(c, sb, t))
    type = KABAR_ENT_PLACE; /* "di Surabaya dan Medan", "Cucuta, kota di ..." too */
  else if (tok_is(c, p, ",") && p > sb && c->ment_at[p - 1] != NONE &&
           c->ments[c->ment_at[p - 1]].n_dent &&
           c->dents[c->ments[c->ment_at[p - 1]].dent[0]].type == KABAR_ENT_PLACE &&
           !title_over_place(c, sb, c->ments[c->ment_at[p - 1]].tb) &&
           !(e < end && ex_is_verb_word(c, e)) &&
           !(c->ments[c->ment_at[p - 1]].tb > sb && tok_is(c, c->ments[c->ment_at[p - 1]].tb - 1, "asal")))
    type = KABAR_ENT_PLACE; /* "Camp David, Maryland", but "Di Manila, Hagel bertemu", "jurnalis
                             * asal Padang, Abdoel Madjid Usman" */
  else {
    size_t q = t;
    while (q > sb && q + 4 > t && !(c->wcat[q - 1] & W_EVENT_NOUN) &&
           (c->wcat[q - 1] & W_MILITARY || tok_is(c, q - 1, "bersama") ||
            tok_is(c, q - 1, "gabungan") || tok_is(c, q - 1, "tahunan")))
      q--;
    if (q > sb && (c->wcat[q - 1] & W_EVENT_NOUN))
      type = KABAR_ENT_EVENT;
    else if (bodies_as_examples(c, sb, t))
      type = KABAR_ENT_ORGANIZATION; /* "berbagai organisasi seperti Jong Islamieten Bond" */
    else if ((city_tried = 1, city = gazetteer_city(c, s, t, e)) != NULL)
      type = KABAR_ENT_PLACE, c->how = KABAR_MK_LEXICON;
    else if (!c->title_case && ex_tagged_span(c, s, t, e, KABAR_TAG_B_LOC))
      type = KABAR_ENT_PLACE, c->how = KABAR_MK_MODEL; /* no context, but the tagger's reading */
    else if (!c->title_case && ex_tagged_span(c, s, t, e, KABAR_TAG_B_ORG))
      type = KABAR_ENT_ORGANIZATION, c->how = KABAR_MK_MODEL;
    else
      return 0;
  }
  /* a place typed by its context may still be a city of the gazetteer,
   * which says its state ("tiba di Brisbane") */
  if (type == KABAR_ENT_PLACE && !city_tried)
    city = gazetteer_city(c, s, t, e);
  /* a trailing number is part of an event's name: "Orruda 2024" */
  if (type == KABAR_ENT_EVENT && e < end && (tok_flags(c, e) & KABAR_TOK_NUMBER))
    e++;
  /* "Selat Soya", "Pulau Natuna": a capitalized place noun starts the name */
  if (type == KABAR_ENT_PLACE && t > sb + 1 && (c->wcat[t - 1] & W_PLACE_NOUN) &&
      (tok_flags(c, t - 1) & KABAR_TOK_CAP) && c->ment_at[t - 1] == NONE)
    t--;
  size_t d;
  size_t m = new_name(c, s, t, e, type, &d);
  if (d == NONE)
    return 0;
  if (m != NONE && type == KABAR_ENT_PLACE)
    c->ments[m].locative = 1;
  if (city && city->iso3 && c->dents[d].state == NONE) {
    size_t st = ex_state_dent(c, city->iso3); /* may move c->dents: assign after */
    c->dents[d].state = st;
  }
  size_t k = type == KABAR_ENT_PLACE ? place_apposition(c, e, end) : 0;
  if (k && c->dents[d].state == NONE) {
    size_t st = apposition_state(c, k, end); /* may move c->dents: assign after */
    c->dents[d].state = st;
  }
  return 1;
}

/* Whether a role title ends right before t ("Presiden Kim"): the title
 * rules read the name after it, and one word they left is a family name
 * many share, no new person. */
static int after_bare_title(ctx *c, size_t s, size_t t) {
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t q = t; q-- > sb && q + 4 >= t;)
    if (match_role(c, q, t, NULL) == t - q)
      return 1;
  return 0;
}

/* Whether [t, e) is one name of three letters or more, no acronym, right
 * after a word of saying ("kata", "ujar") and before a stop, a comma or a
 * preposition: "..., ujar Downer.", "kata Albanese kepada wartawan". */
static int reported_mononym(ctx *c, size_t sb, size_t t, size_t e, size_t end) {
  if (e != t + 1 || t == sb || !c->root[t - 1] || !c->root[t - 1]->report ||
      (tok_flags(c, t) & KABAR_TOK_UPPER) || strlen(tok_norm(c, t)) < 3 || c->title_case)
    return 0;
  return e >= end || (tok_flags(c, e) & KABAR_TOK_PUNCT) || (c->wcat[e] & W_PREP);
}

/* An unknown name [t, e) that no context makes a person's, a place's or
 * an event's, but that the statistical tagger reads as a person's. One
 * word alone only inside the sentence, where a capital means a name.
 * Returns the new dent, or NONE. */
static size_t guessed_person(ctx *c, size_t s, size_t t, size_t e) {
  size_t d = NONE;
  /* "Kim telah ...", after Kim Jong-un and Kim Jong-il: a word of the name
   * of people the document named, whom ex_person_lookup() could not tell
   * apart, is none of them and no new person either */
  if (c->title_case || (e == t + 1 && t == c->doc->sentences[s].tok_begin) ||
      (e == t + 1 && (ex_person_word_named(c, t) || after_bare_title(c, s, t))) ||
      !ex_tagged_span(c, s, t, e, KABAR_TAG_B_PER))
    return NONE;
  c->how = KABAR_MK_MODEL;
  if (e > t + 1) {
    d = ex_person_new(c, t, e);
  } else if (strlen(tok_norm(c, t)) >= 3) {
    d = ex_mononym_new(c, t);
  }
  if (d != NONE)
    c->dents[d].guessed = 1;
  return d;
}

/* "Teluk Manila", "Laut Jawa", "Wisma Negara Diaoyutai": a capitalized
 * word for a sea, bay or building heads a place of its own, even when a
 * known name follows. Returns the end of the name, or t. */
static size_t place_compound(ctx *c, size_t s, size_t t, size_t end) {
  size_t e = t + 1;
  while (e < end && e - t < 5 && (tok_flags(c, e) & KABAR_TOK_WORD) &&
         (tok_flags(c, e) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !match_role(c, e, end, NULL)) {
    const kabar_lex_entity *le;
    size_t n = match_entity(c, e, end, &le);
    if (n) {
      if (le->type == KABAR_ENT_PLACE || le->type == KABAR_ENT_STATE)
        e = compass_end(c, e + n, end);
      break;
    }
    e++;
  }
  size_t d;
  size_t m = e < t + 2 ? NONE : new_name(c, s, t, e, KABAR_ENT_PLACE, &d);
  if (m == NONE)
    return t;
  c->ments[m].locative = 1;
  /* "Istana Kepresidenan Korsel", "Pangkalan Udara Shayrat Suriah": a
   * building named with its state stands in that state (a sea, strait or
   * river named by a state need not: "Selat Taiwan") */
  static const char *const buildings[] = {"istana", "wisma", "aula", "monumen", "pangkalan"};
  int building = 0;
  for (size_t i = 0; i < sizeof buildings / sizeof buildings[0] && !building; i++)
    building = tok_is(c, t, buildings[i]);
  const kabar_lex_entity *sl;
  for (size_t q = t + 1; building && q < e; q++)
    if (match_entity(c, q, e, &sl) == e - q && sl->type == KABAR_ENT_STATE && c->dents[d].state == NONE) {
      size_t st = ex_lex_dent(c, sl);
      c->dents[d].state = st; /* after the call, which may move c->dents */
      break;
    }
  return e;
}

/* "(ANTARA) -" after a place that opens a sentence: a dateline. For
 * "Jakarta, InfoPublik –" (the agency after a comma, then the dash) it
 * returns the token after the dash, so that the agency's name is passed
 * over; else 1 for a dateline, 0 for none. */
static size_t agency_dateline(ctx *c, size_t k, size_t end) {
  if (tok_is(c, k, ",")) {
    for (size_t q = k + 1; q < end && q < k + 4; q++) {
      if (tok_is(c, q, "-") || tok_is(c, q, "\u2013") || tok_is(c, q, "\u2014"))
        return q > k + 1 ? q + 1 : 0;
      if (!(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
        return 0;
    }
    return 0;
  }
  if (!tok_is(c, k, "("))
    return 0;
  for (size_t q = k + 1; q < end && q < k + 6; q++)
    if (tok_is(c, q, ")"))
      return q + 1 < end && tok_is(c, q + 1, "-");
  return 0;
}

/* The lexicon's entry for part of a hyphenated word and the capitalised
 * words [a, b) beside it, part after them (part_last: "Amerika | Serikat")
 * or before ("Korea | Selatan"); NULL when none or no such words. */
static const kabar_lex_entity *joined_name(ctx *c, size_t a, size_t b, const char *part, int part_last) {
  char joined[128];
  size_t len = 0;
  for (size_t i = 0; i <= b - a; i++) {
    int at_part = part_last ? i == b - a : i == 0;
    size_t q = a + i - (part_last ? 0 : 1);
    if (!at_part && (!(tok_flags(c, q) & KABAR_TOK_CAP) || !(tok_flags(c, q) & KABAR_TOK_WORD)))
      return NULL;
    int k = snprintf(joined + len, sizeof joined - len, "%s%s", i ? " " : "", at_part ? part : tok_norm(c, q));
    if (k < 0 || (size_t)k >= sizeof joined - len)
      return NULL;
    len += (size_t)k;
  }
  return ex_lex_lookup(c, joined);
}

/* "Indonesia-Australia", "RI-AS", "Rusia-Jepang", "Amerika
 * Serikat-Meksiko-Kanada", "Amerika-Korea Selatan": whether word t joins
 * states' names by hyphens (the first name's other words may stand in the
 * words before it, *back of them; the last name's in the words after it,
 * *fwd of them). Returns how many states, their lexicon entries in le; 0
 * when not. */
static size_t hyphen_states(ctx *c, size_t t, const kabar_lex_entity *le[MAX_HYPHEN_STATES], size_t *back,
                            size_t *fwd) {
  const char *w = tok_norm(c, t);
  *back = *fwd = 0;
  if (!strchr(w, '-') || !(tok_flags(c, t) & KABAR_TOK_CAP))
    return 0;
  char part[64]; /* no state's name is longer */
  size_t n = 0;
  for (const char *p = w; n < MAX_HYPHEN_STATES;) {
    const char *h = strchr(p, '-');
    size_t len = h ? (size_t)(h - p) : strlen(p);
    if (!len || len >= sizeof part)
      return 0;
    memcpy(part, p, len);
    part[len] = '\0';
    le[n] = ex_lex_lookup(c, part);
    /* "Amerika | Serikat-Meksiko": the words before complete the first */
    for (size_t b = 1; n == 0 && b <= 2 && b <= t && (!le[0] || le[0]->type != KABAR_ENT_STATE); b++) {
      le[0] = joined_name(c, t - b, t, part, 1);
      *back = b;
    }
    /* "Amerika-Korea | Selatan": the words after complete the last */
    for (size_t f = 2; !h && n > 0 && f >= 1 && !*fwd; f--) {
      const kabar_lex_entity *longer = t + f < c->doc->n_tokens ? joined_name(c, t + 1, t + 1 + f, part, 0) : NULL;
      if (longer && longer->type == KABAR_ENT_STATE) {
        le[n] = longer;
        *fwd = f;
      }
    }
    if (!le[n] || le[n]->type != KABAR_ENT_STATE)
      return *back = *fwd = 0, 0;
    n++;
    if (!h)
      break;
    p = h + 1;
  }
  return n >= 2 && !strchr(w + strlen(w) - 1, '-') ? n : (*back = *fwd = 0, 0);
}

/* One word that joins two states' names by a hyphen names both ("hubungan
 * Indonesia-Australia", "Perang Rusia-Jepang"). Returns the mention, or NONE. */
static size_t hyphen_pair(ctx *c, size_t s, size_t t) {
  const kabar_lex_entity *le[MAX_HYPHEN_STATES];
  size_t back, fwd, n = hyphen_states(c, t, le, &back, &fwd);
  if (n < 2)
    return NONE;
  size_t d[MAX_HYPHEN_STATES];
  for (size_t i = 0; i < n; i++) {
    if ((d[i] = ex_lex_dent(c, le[i])) == NONE)
      return NONE;
    for (size_t j = 0; j < i; j++)
      if (d[j] == d[i])
        return NONE;
  }
  /* "Amerika" read alone before "Serikat-Meksiko" is the compound's */
  for (size_t q = t - back; q < t; q++)
    if (c->ment_at[q] != NONE) {
      c->ments[c->ment_at[q]].kind = MK_DROPPED;
      c->ments[c->ment_at[q]].n_dent = 0;
      c->ment_at[q] = NONE;
    }
  size_t m = ex_add_name_ment(c, s, t - back, t + 1 + fwd, d[0]);
  if (m != NONE) {
    for (size_t i = 1; i < n; i++)
      c->ments[m].dent[i] = d[i];
    c->ments[m].n_dent = n;
  }
  return m;
}

/* Whether "ia" may stand for dent d: a person, but not one word the tagger
 * alone took for a person ("Sudetenland yang mayoritas penduduknya ..."). */
static int pronoun_referent(const ctx *c, size_t d) {
  const dent *e = &c->dents[d];
  return e->type == KABAR_ENT_PERSON && !(e->guessed && e->mononym && !e->titled);
}

/* "sekutu non-NATO", "pemimpin yang anti-Amerika", "separatis pro-Rusia":
 * a state or body the lexicon knows after a lower-case prefix and a hyphen
 * is mentioned, inside a word that describes someone else: it takes no part
 * in a clause (inner). Returns the token after it, or t. */
static size_t prefixed_name_at(ctx *c, size_t s, size_t t) {
  static const char *const prefixes[] = {"anti-", "pro-", "non-"};
  const char *w = tok_norm(c, t);
  if (tok_flags(c, t) & KABAR_TOK_CAP)
    return t;
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
    size_t n = strlen(prefixes[i]);
    if (strncmp(w, prefixes[i], n) != 0 || !w[n])
      continue;
    const kabar_lex_entity *le = ex_lex_lookup(c, w + n);
    if (!le || (le->type != KABAR_ENT_STATE && le->type != KABAR_ENT_ORGANIZATION))
      return t;
    size_t d = ex_lex_dent(c, le);
    size_t m = d != NONE ? ex_add_name_ment(c, s, t, t + 1, d) : NONE;
    if (m == NONE)
      return t;
    c->ments[m].inner = 1;
    return t + 1;
  }
  return t;
}

/* A known body of two or more words written in lower case at t, or 0. */
static size_t known_body_lower(const ctx *c, size_t t, size_t end, const kabar_lex_entity **le) {
  if (t >= end || !(c->first[t] & 1) || (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return 0;
  size_t n = ex_match_entity(c, t, end, 1, le);
  return n >= 2 && (*le)->type == KABAR_ENT_ORGANIZATION ? n : 0;
}

/* "di semenanjung Korea", "laut Cina Selatan": a known place whose name
 * opens with a place's common noun (words.tsv `place_compound`), written in
 * lower case. Returns the token after it, or t. */
static size_t lowercase_place_name_at(ctx *c, size_t s, size_t t, size_t end) {
  if (!(c->wcat[t] & W_PLACE_COMPOUND) || (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) ||
      t + 1 >= end || !(tok_flags(c, t + 1) & KABAR_TOK_CAP))
    return t;
  const kabar_lex_entity *le;
  size_t n = ex_match_entity(c, t, end, 1, &le);
  if (n < 2 || le->type != KABAR_ENT_PLACE)
    return t;
  size_t d = ex_lex_dent(c, le);
  return d != NONE && ex_add_name_ment(c, s, t, t + n, d) != NONE ? t + n : t;
}

/* "anggota tetap dewan keamanan", "gerakan non-blok, organisasi perdagangan
 * dunia, dan organisasi kerjasama islam": a known body of two or more words
 * written in lower case, after the word for a member or in a list of such
 * bodies. Returns the token after it, or t. */
static size_t lowercase_body_name_at(ctx *c, size_t s, size_t t, size_t end) {
  size_t sb = c->doc->sentences[s].tok_begin;
  const kabar_lex_entity *le, *other;
  size_t n = known_body_lower(c, t, end, &le);
  if (!n)
    return t;
  size_t q = t;
  while (q > sb && q + 3 > t && (c->gcat[q - 1] & G_MODIFIER))
    q--;
  int member = q > sb && c->root[q - 1] && strcmp(c->morph[q - 1].root, "anggota") == 0;
  /* in a list: a body before it, or another written the same way after it */
  int listed = t > sb + 1 && (tok_is(c, t - 1, ",") || (c->wcat[t - 1] & W_CONJ)) &&
               c->ment_at[t - 2] != NONE && c->ments[c->ment_at[t - 2]].n_dent &&
               c->dents[c->ments[c->ment_at[t - 2]].dent[0]].type == KABAR_ENT_ORGANIZATION;
  size_t k = t + n;
  if (!listed && k + 1 < end && (tok_is(c, k, ",") || (c->wcat[k] & W_CONJ)))
    listed = known_body_lower(c, k + 1 + (tok_is(c, k, ",") && k + 2 < end && (c->wcat[k + 1] & W_CONJ)),
                            end, &other) > 0;
  if (!member && !listed)
    return t;
  size_t d = ex_lex_dent(c, le);
  return d != NONE && ex_add_name_ment(c, s, t, t + n, d) != NONE ? t + n : t;
}

/* "Obama berbicara kepada parlemen Australia", "departemen luar negeri AS
 * mengatakan": a state's body in lower case, its head, a few lower-case
 * words and the state, anywhere in a sentence; labelled in title case, as
 * the lexicon or another text writes it. Returns the token after it, or t. */
static size_t lowercase_state_body_at(ctx *c, size_t s, size_t t, size_t end) {
  if (!(c->wcat[t] & W_STATE_BODY) || (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) ||
      c->title_case)
    return t;
  size_t q = t + 1;
  while (q < end && q < t + 4 && (tok_flags(c, q) & KABAR_TOK_WORD) &&
         !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         !(c->wcat[q] & (W_PREP | W_CONJ | W_SKIP | W_BOUNDARY | W_RELATIVE | W_DEMONSTRATIVE)) &&
         !ex_is_verb_word(c, q))
    q++;
  const kabar_lex_entity *le;
  size_t sn = q < end && (tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) ? match_entity(c, q, end, &le) : 0;
  if (!sn || le->type != KABAR_ENT_STATE)
    return t;
  size_t e = q + sn, d, aff;
  const kabar_lex_entity *known;
  if (known_body_lower(c, t, end, &known) == e - t) {
    d = ex_lex_dent(c, known); /* "departemen luar negeri AS": a body the lexicon knows */
    size_t m = d != NONE ? ex_add_name_ment(c, s, t, e, d) : NONE;
    return m != NONE && nested_state(c, s, m, q, e, le) != NONE ? e : t;
  }
  char *label = title_cased(c, t, e);
  d = label ? ex_add_dent(c, KABAR_ENT_ORGANIZATION, label, NULL) : NONE;
  size_t m = d != NONE ? ex_add_name_ment(c, s, t, e, d) : NONE;
  if (m == NONE)
    return t;
  state_body(c, m, d, le, &aff);
  c->ments[m].inner = 0; /* the body itself is named here, not after a title */
  /* the state is named too, inside the body's name */
  return nested_state(c, s, m, q, e, le) != NONE ? e : t;
}

/* "kelompok gerilyawan Marxis FARC", "milisi SDF": an acronym a few
 * words after a word for a faction or a group names that group. */
static int grouped_acronym(const ctx *c, size_t sb, size_t t) {
  for (size_t q = t; q > sb && q + 3 > t; q--) {
    if (c->ment_at[q - 1] != NONE || (tok_flags(c, q - 1) & KABAR_TOK_PUNCT))
      return 0;
    if ((c->wcat[q - 1] & W_FACTION) || tok_is(c, q - 1, "kelompok"))
      return 1;
  }
  return 0;
}

/* "IGAD telah menengahi ...": an acronym that opens a clause and is
 * followed by its verb acts as a body. */
static int acting_acronym(ctx *c, size_t sb, size_t t, size_t end) {
  if (c->title_case || (t > sb && !tok_is(c, t - 1, ",") && !(c->wcat[t - 1] & (W_CONJ | W_BOUNDARY))))
    return 0;
  size_t q = t + 1;
  while (q < end && q < t + 3 && (c->wcat[q] & W_SKIP))
    q++;
  return q < end && ex_is_verb_word(c, q);
}

/* "krisis Suez", "perang Teluk": a word for a war or crisis in lower case,
 * then one capitalised name that no lexicon knows as a state, a body or a
 * person, names the event as it would in capitals. Returns the token after
 * it, or t. */
static size_t lowercase_event_at(ctx *c, size_t s, size_t t, size_t end) {
  if (t + 1 >= end || !(c->wcat[t] & W_HEAD_EVENT) || (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) ||
      !(tok_flags(c, t + 1) & KABAR_TOK_CAP) || !(tok_flags(c, t + 1) & KABAR_TOK_WORD) ||
      (tok_flags(c, t + 1) & KABAR_TOK_UPPER) || c->wcat[t + 1] || c->gcat[t + 1] || c->title_case ||
      match_role(c, t + 1, end, NULL))
    return t;
  const kabar_lex_entity *le;
  size_t n = match_entity(c, t + 1, end, &le);
  if (n ? le->type != KABAR_ENT_PLACE : ex_mostly_common(c, t + 1, t + 2))
    return t;
  size_t e = t + 1 + (n ? n : 1);
  if (e < end && (tok_flags(c, e) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return t; /* more of a name follows: not this pattern's */
  size_t d;
  size_t m = new_name(c, s, t, e, KABAR_ENT_EVENT, &d);
  return m != NONE ? e : t;
}

/* The armed group of this document of kind `kind` (a compact word) and
 * state `state` (NULL: the latest of that kind whatever its state), or
 * NONE. A group's armed_kind is "kind|state". */
static size_t armed_group_named_before(const ctx *c, const char *kind, const char *state) {
  size_t kn = strlen(kind);
  for (size_t d = c->n_dents; d-- > 0;) {
    const char *a = c->dents[d].armed_kind;
    if (a && strncmp(a, kind, kn) == 0 && a[kn] == '|' && (!state || strcmp(a + kn + 1, state) == 0))
      return d;
  }
  return NONE;
}

/* "separatis pro-Rusia", "pemberontak Libya", "separatis yang didukung
 * Rusia", "milisi dukungan Iran": an armed group the text names only by its
 * kind (words.tsv `armed_group`) and the state it is for, of, or backed by
 * is a body of its own, which its backer supports; the same kind with the
 * same state later, or the kind alone, is the same group. The group does
 * not stand for the state. Returns the token after it, or t. */
static size_t armed_group_at(ctx *c, size_t s, size_t t, size_t end) {
  size_t sb = c->doc->sentences[s].tok_begin;
  if (!(c->wcat[t] & W_ARMED_GROUP) || c->title_case || (tok_flags(c, t) & KABAR_TOK_UPPER) ||
      (t > sb && (tok_flags(c, t) & KABAR_TOK_CAP)))
    return t;
  size_t e = t + 1, q = NONE, qe = NONE; /* the state's name is [q, qe) */
  const kabar_lex_entity *le = NULL;
  int backed = 0;
  const char *w = e < end ? tok_norm(c, e) : "";
  if (strncmp(w, "pro-", 4) == 0 && w[4]) {
    le = kabar_lexicon_lookup(c->x->lex, w + 4); /* "pro-Rusia": the state it fights for */
    q = e, qe = e + 1, e++;
  } else {
    if (e + 2 < end && tok_is(c, e, "yang") && tok_is(c, e + 1, "didukung"))
      q = e + 2, backed = 1;
    else if (e + 1 < end && tok_is(c, e, "dukungan"))
      q = e + 1, backed = 1;
    else if (e < end && (tok_flags(c, e) & KABAR_TOK_CAP))
      q = e; /* "pemberontak Libya" */
    if (q != NONE)
      e = qe = q + match_entity(c, q, end, &le);
    /* more of a name after it is a name of its own ("pemberontak Houthi") */
    if (q != NONE && !backed && e < end && (tok_flags(c, e) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
      le = NULL;
  }
  if (!le || le->type != KABAR_ENT_STATE) {
    /* the kind alone: the group named before, if any (not "pemberontak di
     * Ukraina Timur", which may be another) */
    size_t d = armed_group_named_before(c, c->compact[t], NULL);
    if (d == NONE || (t + 1 < end && (tok_is(c, t + 1, "di") || tok_is(c, t + 1, "dari"))))
      return t;
    return ex_add_name_ment(c, s, t, t + 1, d) != NONE ? t + 1 : t;
  }
  size_t d = armed_group_named_before(c, c->compact[t], le->label);
  if (d == NONE) {
    const char *span = ex_text_span(c, t, e);
    char *label = span ? kabar_arena_strdup(c->arena, span) : NULL;
    size_t kn = strlen(c->compact[t]) + strlen(le->label) + 2;
    char *kind = kabar_arena_alloc(c->arena, kn);
    if (!label || !kind)
      return ex_out_of_memory(c), t;
    snprintf(kind, kn, "%s|%s", c->compact[t], le->label);
    label[0] = (char)tolower((unsigned char)label[0]); /* "Separatis yang ..." opening a sentence */
    d = ex_add_dent(c, KABAR_ENT_ORGANIZATION, label, NULL);
    if (d == NONE)
      return t;
    c->dents[d].armed_kind = kind;
  }
  size_t m = ex_add_name_ment(c, s, t, e, d);
  if (m == NONE)
    return t;
  /* the state stays a mention of its own inside, taking no part */
  size_t st = q != NONE && qe > q ? nested_state(c, s, m, q, qe, le) : NONE;
  if (q != NONE && st == NONE)
    return t;
  if (backed && ex_add_fact(c, s, st, KABAR_REL_SUPPORTS, d, KABAR_FS_ASSERTED, NONE) != KABAR_OK)
    return ex_out_of_memory(c), t;
  return e;
}

/* "anggota Kongres AS", "anggota parlemen Iran": a title that ends with a
 * body's word, then only a state: the state's body the lexicon knows by
 * that word and the state ("Kongres AS") is named too, over the word and
 * the state, which stays a mention of its own. e is the title's end, k
 * where its reading ended. */
static void title_body(ctx *c, size_t s, size_t e, size_t k) {
  if (e < 1 || e >= k || c->ment_at[e - 1] != NONE || c->ment_at[e] == NONE)
    return;
  size_t sm = c->ment_at[e];
  const ment *st = &c->ments[sm];
  if (st->te != k || st->kind != MK_NAME || !st->n_dent || c->dents[st->dent[0]].type != KABAR_ENT_STATE)
    return; /* a name after the state is the holder's: not this pattern's */
  const char *word = ex_text_span(c, e - 1, e), *state = ex_text_span(c, e, k);
  char name[256];
  if (!word || !state)
    return;
  snprintf(name, sizeof name, "%s %s", word, state);
  const kabar_lex_entity *body = kabar_lexicon_lookup(c->x->lex, name);
  if (!body || body->type != KABAR_ENT_ORGANIZATION)
    return;
  size_t d = ex_lex_dent(c, body);
  size_t m = d != NONE ? ex_add_name_ment(c, s, e - 1, k, d) : NONE;
  if (m == NONE)
    return;
  c->ments[m].inner = 1; /* the title's body: no actor of the clause */
  /* the words stay as the title read them: the state's tokens its own */
  c->ment_at[e - 1] = NONE;
  for (size_t q = e; q < k; q++)
    c->ment_at[q] = sm;
}

/* "konflik di Suriah", "perang di Ukraina", "konflik Syria": a word for a
 * war or crisis in lower case (also "perang saudara"), "di" or not, then a
 * state written any way: the event the lexicon names by those words and
 * the state's own name ("konflik Suriah"), with the state a mention of its
 * own inside it. Returns the token after the state, or t. */
static size_t state_event_at(ctx *c, size_t s, size_t t, size_t end) {
  if (!(c->wcat[t] & W_HEAD_EVENT) || (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) || c->title_case)
    return t;
  size_t h = t + 1 < end && tok_is(c, t + 1, "saudara") ? 2 : 1, q = t + h;
  if (q < end && tok_is(c, q, "di"))
    q++;
  const kabar_lex_entity *state;
  size_t sn = q < end && (tok_flags(c, q) & KABAR_TOK_CAP) ? match_entity(c, q, end, &state) : 0;
  if (!sn || state->type != KABAR_ENT_STATE)
    return t;
  const char *head = ex_text_span(c, t, t + h);
  char name[256];
  if (!head)
    return t;
  snprintf(name, sizeof name, "%s %s", head, state->label);
  const kabar_lex_entity *event = kabar_lexicon_lookup(c->x->lex, name);
  if (!event || event->type != KABAR_ENT_EVENT)
    return t;
  size_t d = ex_lex_dent(c, event);
  size_t m = d != NONE ? ex_add_name_ment(c, s, t, q + sn, d) : NONE;
  return m != NONE && nested_state(c, s, m, q, q + sn, state) != NONE ? q + sn : t;
}

/* "koalisi pimpinan Arab Saudi", "koalisi yang dipimpin AS": a coalition
 * the text names by the state that leads it, which is one of its members.
 * The state stays a mention of its own. Returns the token after "pimpinan"
 * (or "dipimpin"), or t. */
static size_t coalition_at(ctx *c, size_t s, size_t t, size_t end) {
  if (!tok_is(c, t, "koalisi"))
    return t;
  size_t q = t + 1;
  if (q < end && tok_is(c, q, "yang"))
    q++;
  if (q >= end || !(tok_is(c, q, "pimpinan") || tok_is(c, q, "dipimpin")))
    return t;
  q++;
  if (q < end && tok_is(c, q, "oleh"))
    q++;
  const kabar_lex_entity *le;
  size_t n = match_entity(c, q, end, &le);
  if (!n || le->type != KABAR_ENT_STATE)
    return t;
  const char *label = ex_text_span(c, t, q + n);
  size_t d = label ? ex_add_dent(c, KABAR_ENT_ORGANIZATION, label, NULL) : NONE;
  size_t st = d != NONE ? ex_lex_dent(c, le) : NONE;
  if (st == NONE || ex_add_name_ment(c, s, t, q, d) == NONE)
    return t;
  title_fact(c, s, st, KABAR_REL_MEMBER_OF, d);
  return q;
}

/* "anggota ANZUS", "APEC dan BIMP-EAGA": an acronym no lexicon knows, after
 * the word for a member or in a list after a known body, is a body. Returns
 * the token after it, or t. */
static size_t listed_acronym_at(ctx *c, size_t s, size_t t, size_t end) {
  size_t sb = c->doc->sentences[s].tok_begin;
  const char *w = tok_norm(c, t);
  if (!(tok_flags(c, t) & KABAR_TOK_UPPER) || !(tok_flags(c, t) & KABAR_TOK_WORD) ||
      strlen(w) < 3 || (c->gcat[t] & G_ABBREVIATION) || match_entity(c, t, end, NULL) ||
      match_role(c, t, end, NULL))
    return t;
  size_t d = ex_named_dent(c, KABAR_ENT_ORGANIZATION, t);
  if (d != NONE) /* named so before in this document */
    return ex_add_name_ment(c, s, t, t + 1, d) != NONE ? t + 1 : t;
  if (acting_acronym(c, sb, t, end))
    return new_name(c, s, t, t + 1, KABAR_ENT_ORGANIZATION, &d) != NONE ? t + 1 : t;
  if (t == sb)
    return t;
  int member = c->root[t - 1] && strcmp(c->morph[t - 1].root, "anggota") == 0;
  /* "blok ..., yang dikenal sebagai IGAD", "Para pemimpin IGAD": named as a
   * body, or after a post held in it */
  member |= tok_is(c, t - 1, "sebagai") || tok_is(c, t - 1, "disingkat");
  for (size_t q = t; !member && q-- > sb && q + 4 > t;)
    member = match_role(c, q, end, NULL) == t - q;
  int listed = t > sb + 1 && (tok_is(c, t - 1, ",") || (c->wcat[t - 1] & W_CONJ)) &&
               c->ment_at[t - 2] != NONE && c->ments[c->ment_at[t - 2]].n_dent &&
               c->dents[c->ments[c->ment_at[t - 2]].dent[0]].type == KABAR_ENT_ORGANIZATION;
  if (!member && !listed && !grouped_acronym(c, sb, t))
    return t;
  return new_name(c, s, t, t + 1, KABAR_ENT_ORGANIZATION, &d) != NONE ? t + 1 : t;
}

/* "College | of Art", "Institute | of Technology": after an English head,
 * "of" and one to three capitalised words that are no Indonesian ones,
 * no title and no known name belong to the body's name. Returns the end of
 * the name: e, or after that tail. */
static size_t english_of_tail(ctx *c, size_t e, size_t end) {
  if (e + 1 >= end || !tok_is(c, e, "of"))
    return e;
  size_t k = e + 1;
  /* "American University of Beirut": the place or state it is of ends it */
  const kabar_lex_entity *where;
  size_t wn = match_entity(c, k, end, &where);
  if (wn && (where->type == KABAR_ENT_PLACE || where->type == KABAR_ENT_STATE))
    return k + wn;
  while (k < end && k < e + 4 && (tok_flags(c, k) & KABAR_TOK_WORD) &&
         (tok_flags(c, k) & KABAR_TOK_CAP) && !common_word(c, k) && !c->wcat[k] &&
         !match_role(c, k, end, NULL) && !match_entity(c, k, end, NULL))
    k++;
  return k > e + 1 ? k : e;
}

/* A capitalised word that is a state's one-word name with -nya glued to it
 * ("mitra Israelnya, Benjamin Netanyahu"): a mention of the state. */
static int state_with_nya(ctx *c, size_t s, size_t t) {
  const kabar_token *tk = &c->doc->tokens[t];
  size_t n = tk->end - tk->start;
  const char *w = c->doc->text + tk->start;
  if (n < 7 || n > 40 || memcmp(w + n - 3, "nya", 3) != 0 || match_entity(c, t, c->doc->sentences[s].tok_end, NULL))
    return 0;
  char stem[48];
  memcpy(stem, w, n - 3);
  stem[n - 3] = '\0';
  const kabar_lex_entity *le = kabar_lexicon_lookup(c->x->lex, stem);
  if (!le || le->type != KABAR_ENT_STATE)
    return 0;
  size_t d = ex_lex_dent(c, le);
  size_t m = d != NONE ? ex_add_name_ment(c, s, t, t + 1, d) : NONE;
  if (m != NONE)
    c->ments[m].clitic = 1;
  return m != NONE;
}

/* Whether a lower-case "kantor berita" ends right before t, past words
 * that describe the agency and its state: "kantor berita pemerintah |
 * Tass", "kantor berita Rusia | afrinz.ru" (1), "kantor berita semiresmi
 * Iran, | ISNA" (2: past a comma); 0 when not. */
static int after_news_agency_words(ctx *c, size_t sb, size_t t) {
  static const char *const describing[] = {"pemerintah", "resmi", "semiresmi", "semi-resmi", "negara",
                                           "milik", "swasta", "nasional", "independen", "setengah"};
  size_t q = t;
  if (q > sb && tok_is(c, q - 1, ","))
    q--;
  if (q > sb && c->ment_at[q - 1] != NONE && c->ments[c->ment_at[q - 1]].n_dent &&
      c->dents[c->ments[c->ment_at[q - 1]].dent[0]].type == KABAR_ENT_STATE)
    q = c->ments[c->ment_at[q - 1]].tb;
  for (size_t n = 0; q > sb && n < 3; n++) {
    int desc = 0;
    for (size_t i = 0; i < sizeof describing / sizeof describing[0] && !desc; i++)
      desc = tok_is(c, q - 1, describing[i]);
    if (!desc)
      break;
    q--;
  }
  if (!(q >= sb + 2 && tok_is(c, q - 1, "berita") && !(tok_flags(c, q - 1) & KABAR_TOK_CAP) &&
        tok_is(c, q - 2, "kantor")))
    return 0;
  return t > sb && tok_is(c, t - 1, ",") ? 2 : 1;
}

/* "kantor berita pemerintah Tass", "kantor berita Rusia afrinz.ru",
 * "kantor berita semiresmi Iran, ISNA": the name after the words that say
 * it is a news agency is the agency's, whether the lexicon lists it in
 * lower case, no lexicon lists it ("Tass": its acronyms match only in
 * capitals), or it is a web address. Returns the
 * token after the name, or t. */
static size_t news_agency_at(ctx *c, size_t s, size_t t, size_t end) {
  size_t sb = c->doc->sentences[s].tok_begin;
  int after = (tok_flags(c, t) & KABAR_TOK_WORD) ? after_news_agency_words(c, sb, t) : 0;
  if (!after)
    return t;
  const kabar_lex_entity *le;
  if (match_entity(c, t, end, &le))
    return t; /* a name the lexicon knows as written */
  size_t an = ex_match_entity(c, t, end, 1, &le);
  if (an && le->type == KABAR_ENT_ORGANIZATION) {
    size_t d = ex_lex_dent(c, le); /* "kantor berita reuters": a known agency in lower case */
    return d != NONE && ex_add_name_ment(c, s, t, t + an, d) != NONE ? t + an : t;
  }
  size_t e = t;
  /* a web address: "afrinz.ru", words joined by dots with no space */
  while (e + 2 < end && tok_is(c, e + 1, ".") && (tok_flags(c, e + 2) & KABAR_TOK_WORD) &&
         c->doc->tokens[e + 1].start == c->doc->tokens[e].end &&
         c->doc->tokens[e + 2].start == c->doc->tokens[e + 1].end)
    e += 2;
  if (e > t)
    e++;
  else if (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER))
    e = name_run(c, t, end);
  /* past a comma, only a name the next comma closes: "kantor berita Iran,
   * ISNA, pada Kamis" (not "menurut kantor berita Rusia, Ivan Petrov akan
   * tiba") */
  if (e <= t || (after == 2 && !(e < end && (tok_is(c, e, ",") || tok_is(c, e, ")")))))
    return t;
  size_t d;
  return new_name(c, s, t, e, KABAR_ENT_ORGANIZATION, &d) != NONE ? e : t;
}

/* "SMA Negeri 39 Jakarta", "SMK Negeri I Limboto", "SDN 2 Bogor": a kind of
 * school in capitals, "Negeri" or "Swasta", a number, and the town it is in
 * name one school. Returns the token after the name, or t. */
static size_t school_at(ctx *c, size_t s, size_t t, size_t end) {
  if (!(c->wcat[t] & W_SCHOOL) || !(tok_flags(c, t) & KABAR_TOK_UPPER))
    return t;
  size_t k = t + 1;
  if (k < end && (tok_is(c, k, "negeri") || tok_is(c, k, "swasta")) && (tok_flags(c, k) & KABAR_TOK_CAP))
    k++;
  if (k >= end || !((tok_flags(c, k) & KABAR_TOK_NUMBER) || ex_is_roman_numeral(c, k)))
    return t;
  k++;
  const kabar_lex_entity *le;
  size_t pn = match_entity(c, k, end, &le);
  if (pn && le->type == KABAR_ENT_PLACE)
    k += pn; /* the town: "Jakarta" */
  else
    for (size_t q = k; q < end && q < k + 2 && is_name_token(c, q) && !common_word(c, q) &&
                       !match_entity(c, q, end, NULL);)
      k = ++q; /* a town no lexicon lists: "Limboto" */
  size_t d;
  return new_name(c, s, t, k, KABAR_ENT_ORGANIZATION, &d) != NONE ? k : t;
}

/* Whether the place d is followed at k by "di" or a comma and the state it
 * is in ("Wina di Austria", "Amman, Yordania"): then it names the city. */
static int in_own_state_after(const ctx *c, size_t d, size_t k, size_t end) {
  if (k + 1 >= end || !(tok_is(c, k, "di") || tok_is(c, k, ",")))
    return 0;
  /* by code: adding the state's dent here would move c->dents under the
   * caller's pointers */
  const kabar_lex_entity *le;
  const char *own = c->dents[d].iso3;
  return own && match_entity(c, k + 1, end, &le) && le->type == KABAR_ENT_STATE && le->iso3 &&
         strcmp(le->iso3, own) == 0;
}

/* Whether a place named at t is where something happens: "di Istana
 * Merdeka, Jakarta", "di Istana Merdeka Jakarta", "di Bogor dan Jakarta". */
static int after_located_place(ctx *c, size_t sb, size_t t);
static int place_located(ctx *c, size_t sb, size_t t) {
  return locative_before(c, sb, t) || after_located_place(c, sb, t) ||
         (t > sb && c->ment_at[t - 1] != NONE && c->ments[c->ment_at[t - 1]].locative) ||
         coordinated_with_located(c, sb, t);
}

/* "Cairns Group", "CIVETS Bloc", "Lowy Institute", "APEC Business Advisory
 * Council": one to three capitalised words (a known place among them) and
 * an English head that ends a body's name; "Credential Hall", "ABAC
 * Meeting Room": one that ends a room's or a building's. Returns the token
 * after the name, or t. */
static size_t english_body_at(ctx *c, size_t s, size_t t, size_t end) {
  size_t k = t;
  while (k < end && k < t + 4 && (tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         (tok_flags(c, k) & KABAR_TOK_WORD) && !(c->wcat[k] & (W_HEAD_ORG | W_HEAD_LAST)) && !(c->first[k] & FIRST_PLACE_LAST) &&
         !match_role(c, k, end, NULL)) {
    const kabar_lex_entity *le;
    size_t n = match_entity(c, k, end, &le);
    /* a known place may name it ("Middle East Institute"); a state ("maskapai
     * Rusia Nordwind Airlines") or a body ("ASEAN") may not */
    if (n && le->type != KABAR_ENT_PLACE)
      return t;
    if (!n && (common_word(c, k) || strchr(tok_norm(c, k), '-')))
      return t; /* "Laporan Saudi Press Agency": an Indonesian word opens no English name */
    k += n ? n : 1;
  }
  if (k == t || k >= end || !((c->wcat[k] & W_HEAD_LAST) || (c->first[k] & FIRST_PLACE_LAST)) ||
      !(tok_flags(c, k) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
    return t;
  if (!(c->first[k] & FIRST_PLACE_LAST)) {
    size_t e = english_of_tail(c, k + 1, end), d;
    return new_name(c, s, t, e, KABAR_ENT_ORGANIZATION, &d) != NONE ? e : t;
  }
  /* where something happens only: "Hall" and "Garden" are family names too
   * ("oleh Stuart Hall"); "Plenary Hall KLCC": the venue's acronym after
   * the room's name */
  size_t sb = c->doc->sentences[s].tok_begin, e = k + 1, d;
  if (!place_located(c, sb, t) || tok_is(c, t - 1, "dari") || ex_tagged_span(c, s, t, e, KABAR_TAG_B_PER))
    return t;
  if (e < end && (tok_flags(c, e) & KABAR_TOK_UPPER) && (tok_flags(c, e) & KABAR_TOK_WORD) &&
      !c->wcat[e] && !match_entity(c, e, end, NULL))
    e++;
  size_t m = new_name(c, s, t, e, KABAR_ENT_PLACE, &d);
  if (m == NONE)
    return t;
  c->ments[m].locative = 1;
  return e;
}

/* "Ito Hirobumi merupakan perdana menteri pertama Jepang", "Abdoel Madjid
 * Usman menjabat sebagai Ketua ...": a name of two or more words that a
 * copula or role verb at the start of its clause defines by an office is a
 * person's. */
static int defined_by_office(ctx *c, size_t sb, size_t t, size_t e, size_t end) {
  if (e < t + 2 || e >= end || !(c->gcat[e] & (G_COPULA | G_ROLE_VERB)))
    return 0;
  if (t > sb && !(tok_flags(c, t - 1) & KABAR_TOK_PUNCT) &&
      !(c->wcat[t - 1] & (W_CONJ | W_BOUNDARY)))
    return 0;
  size_t q = e + (c->glen[e] ? c->glen[e] : 1);
  while (q < end && ((c->wcat[q] & (W_ARTICLE | W_SKIP)) ||
                     (c->gcat[q] & (G_AS | G_COPULA | G_QUANTIFIER))))
    q++;
  return match_role(c, q, end, NULL) > 0;
}

/* "Presiden Ghana saat ini adalah John Mahama": a name after the copula
 * whose clause opens with a role title is the office holder's. */
static int office_holder_named(ctx *c, size_t sb, size_t t, size_t e, size_t end) {
  if (e < t + 2 || t < sb + 2 || !(c->gcat[t - 1] & G_COPULA) ||
      (e < end && !(tok_flags(c, e) & KABAR_TOK_PUNCT)))
    return 0;
  size_t q = sb;
  while (q < t && (c->wcat[q] & W_ARTICLE))
    q++;
  return match_role(c, q, t, NULL) > 0;
}

/* Whether the pair reference m names the states' leaders: "kedua pemimpin",
 * "kedua kepala pemerintahan". */
/* The distinct entities of `type` that the names of mentions [from, to)
 * stand for (not those inside a title when skip_inner), at most three:
 * three means more than two. *grouped (when given) says whether one of
 * those names is coordinated. */
static size_t distinct_named(const ctx *c, size_t from, size_t to, kabar_entity_type type, int skip_inner,
                             size_t out[3], int *grouped) {
  size_t n = 0;
  for (size_t q = from; q < to && n < 3; q++) {
    const ment *g = &c->ments[q];
    if (g->kind != MK_NAME || !g->n_dent || (skip_inner && g->inner) || c->dents[g->dent[0]].type != type)
      continue;
    if (grouped)
      *grouped |= g->group != NONE;
    size_t i = 0;
    while (i < n && out[i] != g->dent[0])
      i++;
    if (i == n)
      out[n++] = g->dent[0];
  }
  return n;
}

static int pair_of_leaders(const ctx *c, const ment *m) {
  return m->te > m->tb + 1 && (c->gcat[m->tb + 1] & G_PAIR_LEADER);
}

/* Whether t follows "ibukota" (or "ibu kota"), a state and a comma: "di
 * ibukota Nikaragua, Managua", "ke ibukota Nigeria, Abudja". */
static int after_capital_of_state(const ctx *c, size_t sb, size_t t) {
  if (t < sb + 3 || !tok_is(c, t - 1, ",") || c->ment_at[t - 2] == NONE)
    return 0;
  const ment *p = &c->ments[c->ment_at[t - 2]];
  return p->n_dent && c->dents[p->dent[0]].type == KABAR_ENT_STATE && p->tb > sb &&
         (tok_is(c, p->tb - 1, "ibukota") ||
          (p->tb > sb + 1 && tok_is(c, p->tb - 1, "kota") && tok_is(c, p->tb - 2, "ibu")));
}

/* Whether t follows a place and a comma: "Istana Merdeka, Jakarta". */
static int after_located_place(ctx *c, size_t sb, size_t t) {
  if (t < sb + 2 || !tok_is(c, t - 1, ","))
    return 0;
  /* "di ibukota, Beijing", "di kota, Jakarta": the city the noun spoke of */
  if (c->ment_at[t - 2] == NONE)
    return t >= sb + 3 && (tok_is(c, t - 2, "ibukota") || tok_is(c, t - 2, "kota")) &&
           (locative_before(c, sb, t - 2) || (t >= sb + 4 && tok_is(c, t - 3, "ibu") &&
                                              locative_before(c, sb, t - 3)));
  const ment *p = &c->ments[c->ment_at[t - 2]];
  /* "di Sekretariat ASEAN, Jakarta": a body's seat, then its city */
  if (p->n_dent && c->dents[p->dent[0]].type == KABAR_ENT_ORGANIZATION && p->tb > sb &&
      (tok_is(c, p->tb - 1, "di") || tok_is(c, p->tb - 1, "ke")))
    return 1;
  /* "di ibukota Nikaragua, Managua": the capital of the state before */
  if (after_capital_of_state(c, sb, t))
    return 1;
  if (!p->n_dent || c->dents[p->dent[0]].type != KABAR_ENT_PLACE)
    return 0;
  /* a palace or a base, not a capital that stands for its state in a list
   * ("Moskow, Beijing dan Washington mengecam") */
  const kabar_lex_entity *le = ex_dent_lex(c, p->dent[0]);
  return p->locative || !le || !(le->flags & KABAR_LEX_METONYM);
}

/* Whether the place at t is joined by "dan" to a located place before it,
 * past that one's parenthesis: "di Jakarta (Indonesia) dan Warsawa
 * (Polandia)". */
static int coordinated_with_located(const ctx *c, size_t sb, size_t t) {
  if (t < sb + 2 || !(tok_is(c, t - 1, "dan") || tok_is(c, t - 1, "serta")))
    return 0;
  size_t q = t - 1;
  if (tok_is(c, q - 1, ")")) {
    size_t z = q - 1;
    while (z > sb && z + 6 > q && !tok_is(c, z, "("))
      z--;
    if (!tok_is(c, z, "("))
      return 0;
    q = z;
  }
  if (q == sb || c->ment_at[q - 1] == NONE)
    return 0;
  const ment *p = &c->ments[c->ment_at[q - 1]];
  return p->locative && p->n_dent && c->dents[p->dent[0]].type == KABAR_ENT_PLACE;
}

/* Whether a counterpart or kin noun introduces the name at t: "mitranya
 * dari Meksiko, Alicia Barcena", "mitranya, Alicia Barcena", "mantan
 * wakilnya, Riek Machar". */
static int counterpart_before(const ctx *c, size_t sb, size_t t) {
  if (t < sb + 2 || !tok_is(c, t - 1, ","))
    return 0;
  size_t q = t - 2;
  if (c->ment_at[q] != NONE) {
    q = c->ments[c->ment_at[q]].tb;
    if (q > sb && (c->gcat[q - 1] & G_KIN))
      return 1; /* "pesaing Maduro, Juan Guaido" */
    if (q < sb + 2 || !tok_is(c, q - 1, "dari"))
      return 0;
    q -= 2;
  }
  return (c->gcat[q] & (G_COUNTERPART | G_KIN)) != 0;
}

/* Whether sentence s is a heading with most of its words capitalised. */
static int title_case(const ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  if (se->kind != KABAR_SENT_HEADING)
    return 0;
  size_t words = 0, caps = 0;
  for (size_t t = se->tok_begin; t < se->tok_end; t++)
    if (tok_flags(c, t) & KABAR_TOK_WORD) {
      words++;
      caps += (tok_flags(c, t) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) != 0;
    }
  return words >= 3 && caps * 4 >= words * 3;
}

/* "Mohamad Roem (16 Mei 1908 – 24 September 1983)": after a name, brackets
 * that hold two years joined by a dash are a person's life. */
static int life_dates(const ctx *c, size_t open, size_t end) {
  int years = 0, dash = 0;
  for (size_t q = open + 1; q < end && q < open + 12; q++) {
    if (tok_is(c, q, ")"))
      return years == 2 && dash;
    const char *w = tok_norm(c, q);
    if (ex_is_year(w))
      years++;
    else if (strcmp(w, "-") == 0 || strcmp(w, "\u2013") == 0 || strcmp(w, "\u2014") == 0)
      dash = years == 1;
  }
  return 0;
}

/* "Theodore Roosevelt menjadi penengah", "Roberto Azevedo bertemu dengan
 * ...": two to four capitalised words that no lexicon knows, none a common
 * word, opening a clause and followed by its verb are a person's name. */
/* Whether the unknown name [t, e) follows a common noun and the state it
 * belongs to: "pilot Ukraina Nadiya Savchenko", "petugas dinas
 * sipil Britania Olaf Caroe". Two words
 * at least, not ordinary ones; a noun of places or events, a preposition or
 * a verb before the state says something else ("kota Rusia Vladivostok"). */
static int noun_of_state_before(ctx *c, size_t sb, size_t t, size_t e) {
  if (e < t + 2 || t < sb + 2 || c->ment_at[t - 1] == NONE)
    return 0;
  const ment *m = &c->ments[c->ment_at[t - 1]];
  if (m->kind != MK_NAME || !m->n_dent || m->tb <= sb)
    return 0;
  if (tok_flags(c, t) & KABAR_TOK_UPPER)
    return 0; /* "kapal induk India INS Vikramaditya": a ship */
  if (c->dents[m->dent[0]].type == KABAR_ENT_ORGANIZATION) {
    /* "Direktur Jenderal Asia-Pasifik dan Afrika Kementerian Luar Negeri
     * Desra Percaya": a title a few words before the body is the name's */
    for (size_t q = m->tb; q-- > sb && q + 8 > m->tb;) {
      size_t rl = c->ment_at[q] == NONE ? match_role(c, q, m->tb, NULL) : 0;
      if (!rl)
        continue;
      /* only the title's own words between: names, capitals, "dan" */
      for (size_t z = q + rl; z < m->tb; z++)
        if (c->ment_at[z] == NONE && !(tok_flags(c, z) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
            !tok_is(c, z, "dan"))
          return 0;
      return !ex_mostly_common(c, t, e);
    }
    return 0;
  }
  if (c->dents[m->dent[0]].type != KABAR_ENT_STATE)
    return 0;
  size_t q = m->tb - 1;
  unsigned f = tok_flags(c, q);
  if (!(f & KABAR_TOK_WORD) || (f & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) || c->ment_at[q] != NONE ||
      c->wcat[q] || (c->gcat[q] & ~(kabar_grammar_cats)G_COMMON) || ex_is_verb_word(c, q))
    return 0;
  return !ex_mostly_common(c, t, e);
}

static int acts_as_person(ctx *c, size_t sb, size_t t, size_t e, size_t end) {
  if (e < t + 2 || e > t + 4 || e >= end || !ex_is_verb_word(c, e) || c->title_case)
    return 0;
  if (t > sb && !tok_is(c, t - 1, ",") && !(c->wcat[t - 1] & (W_CONJ | W_BOUNDARY)))
    return 0;
  for (size_t q = t; q < e; q++)
    if (!(tok_flags(c, q) & KABAR_TOK_CAP) || (tok_flags(c, q) & KABAR_TOK_UPPER) ||
        (c->gcat[q] & G_COMMON) || c->wcat[q] || c->gcat[q] || c->root[q] ||
        match_entity(c, q, e, NULL))
      return 0;
  return !ex_mostly_common(c, t, e); /* "Warga Karantina menolak ..." */
}

/* "Korea Selatan dan Utara": a point of the compass after "dan" and a
 * state's name that ends with another names the state that differs only
 * there. Returns the token after it, or t. */
static size_t elided_state_at(ctx *c, size_t sent, size_t sb, size_t t) {
  if (!(c->gcat[t] & G_COMPASS) || !(tok_flags(c, t) & KABAR_TOK_CAP) || t < sb + 2 ||
      !(c->wcat[t - 1] & W_CONJ) || c->ment_at[t - 2] == NONE)
    return t;
  const ment *prev = &c->ments[c->ment_at[t - 2]];
  if (prev->kind != MK_NAME || !prev->n_dent || prev->te != t - 1 || prev->te - prev->tb < 2 ||
      !(c->gcat[prev->te - 1] & G_COMPASS) || c->dents[prev->dent[0]].type != KABAR_ENT_STATE)
    return t;
  const char *stem = ex_text_span(c, prev->tb, prev->te - 1);
  char name[256];
  if (!stem || snprintf(name, sizeof name, "%s %s", stem, tok_norm(c, t)) >= (int)sizeof name)
    return t;
  const kabar_lex_entity *le = ex_lex_lookup(c, name);
  if (!le || le->type != KABAR_ENT_STATE)
    return t;
  size_t d = ex_lex_dent(c, le);
  return d != NONE && ex_add_name_ment(c, sent, t, t + 1, d) != NONE ? t + 1 : t;
}

/* Finds the mentions of one sentence. */
kabar_status ex_ner_sentence(ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t sb = se->tok_begin, end = se->tok_end;
  c->title_case = title_case(c, s);
  size_t t = sb;
  size_t inside_name_end = sb; /* the end of a named agreement or event being read */
  size_t inside_name_begin = sb;
  while (t < end && c->failed == KABAR_OK) {
    c->how = KABAR_MK_PATTERN;
    unsigned f = tok_flags(c, t);
    if (f & KABAR_TOK_PUNCT || c->ment_at[t] != NONE) {
      t++;
      continue;
    }
    /* inside a treaty's or event's name, words no lexicon knows are the
     * name's own ("Traktat ... di Kawasan Perbatasan"); known names inside
     * it stay mentions ("Perjanjian Jepang-Korea") */
    if (t < inside_name_end && !match_entity(c, t, end, NULL) && !match_role(c, t, end, NULL) &&
        !strchr(tok_norm(c, t), '-')) {
      t++;
      continue;
    }
    /* "warga Muslim Sunni", "pengungsi Rohingya": a faith or a people,
     * also where a person met before bears the word as a name ("Islam" after
     * Islam Karimov) */
    const kabar_lex_entity *group_name;
    size_t gn;
    if ((c->gcat[t] & G_PEOPLE_GROUP) &&
        (!(gn = match_entity(c, t, end, &group_name)) || (gn == 1 && group_name->type == KABAR_ENT_PERSON))) {
      t++;
      continue;
    }
    /* "bahasa Inggris", "(bahasa Rusia: ...)": a language, not its state;
     * "etnis Albania", "suku Kurdi": a people, not a state */
    const kabar_lex_entity *lang;
    if (t > sb && (tok_is(c, t - 1, "bahasa") || tok_is(c, t - 1, "etnis") || tok_is(c, t - 1, "etnik") ||
                   tok_is(c, t - 1, "suku")) &&
        (f & KABAR_TOK_CAP) && (f & KABAR_TOK_WORD)) {
      size_t ln = match_entity(c, t, end, &lang);
      if (!ln || lang->type == KABAR_ENT_STATE || lang->type == KABAR_ENT_PLACE) {
        t += ln ? ln : 1;
        continue;
      }
    }
    size_t k = elided_state_at(c, s, sb, t);
    if (k == t)
      k = reference_at(c, s, t, end);
    if (k == t)
      k = sanctions_at(c, s, t, end);
    if (k == t)
      k = embargo_at(c, s, t, end);
    if (k == t)
      k = sanctions_resolution_at(c, s, t, end);
    if (k == t)
      k = unnamed_agreement_at(c, s, sb, t, end);
    if (k == t)
      k = coalition_at(c, s, t, end);
    if (k == t)
      k = armed_group_at(c, s, t, end);
    if (k == t)
      k = state_event_at(c, s, t, end);
    if (k == t)
      k = lowercase_event_at(c, s, t, end);
    if (k == t)
      k = prefixed_name_at(c, s, t);
    if (k > t) {
      t = k;
      continue;
    }
    const kabar_lex_role *role;
    size_t n = match_role(c, t, end, &role);
    if (n && !(t > sb + 1 && is_name_token(c, t - 1) && (tok_flags(c, t) & KABAR_TOK_CAP) &&
               c->ment_at[t - 1] == NONE)) {
      c->how = KABAR_MK_TITLE;
      size_t title_end = t + n;
      t = handle_role(c, s, t, n, role, end);
      title_body(c, s, title_end, t);
      continue;
    }
    size_t d = NONE;
    if (t > sb && (c->wcat[t] & W_PLACE_COMPOUND) && (f & KABAR_TOK_CAP) &&
        c->doc->sentences[s].kind == KABAR_SENT_TEXT && !match_entity(c, t, end, NULL)) {
      k = place_compound(c, s, t, end);
      if (k > t) {
        t = k;
        continue;
      }
    }
    size_t hp = strchr(tok_norm(c, t), '-') && !match_entity(c, t, end, NULL) ? hyphen_pair(c, s, t) : NONE;
    if (hp != NONE) {
      t = c->ments[hp].te;
      continue;
    }
    /* "Cairns Group", "CIVETS Bloc": a place or unknown word, then an English
     * head that ends a body's name */
    k = english_body_at(c, s, t, end);
    if (k == t)
      k = school_at(c, s, t, end);
    if (k == t)
      k = news_agency_at(c, s, t, end);
    if (k == t)
      k = listed_acronym_at(c, s, t, end);
    if (k == t)
      k = lowercase_body_name_at(c, s, t, end);
    if (k == t)
      k = lowercase_place_name_at(c, s, t, end);
    if (k == t)
      k = lowercase_state_body_at(c, s, t, end);
    if (k > t) {
      t = k;
      continue;
    }
    /* "mitra Israelnya", "sekutu Amerikanya": a state's name with -nya */
    if (t > sb && (f & KABAR_TOK_CAP) && !c->title_case && state_with_nya(c, s, t)) {
      t++;
      continue;
    }
    /* "pakta pertahanan Nato", "negara anggota Asean": an acronym the
     * lexicon lists, written as a word, where no ordinary word is meant */
    const kabar_lex_entity *acr;
    if (t > sb && !c->title_case && (f & KABAR_TOK_CAP) && !match_entity(c, t, end, NULL) &&
        kabar_lexicon_acronym_as_word(c->x->lex, &c->doc->tokens[t], c->compact[t], &acr)) {
      int r = kabar_dictionary_common(c->x->dict, tok_norm(c, t));
      if (r < 0) {
        ex_out_of_memory(c);
        break;
      }
      size_t ad = r ? NONE : ex_lex_dent(c, acr);
      if (ad != NONE && ex_add_name_ment(c, s, t, t + 1, ad) != NONE) {
        t++;
        continue;
      }
    }
    /* "Sheikh Sabah al-Ahmad al-Sabah": a place's name before an Arabic
     * article joined to a name begins a person's name */
    const kabar_lex_entity *ple;
    size_t pn = match_entity(c, t, end, &ple);
    if (pn && ple->type == KABAR_ENT_PLACE && !(ple->flags & KABAR_LEX_METONYM) && t + pn < end &&
        particle_name(c, t + pn))
      k = t;
    else
      k = entity_at(c, s, t, end, &d, 0);
    if (c->failed != KABAR_OK)
      break; /* d and the last mention may be missing */
    /* ... unless the name's head is an act on the place: "Aneksasi Krimea" */
    int head_acts = c->root[inside_name_begin] && c->root[inside_name_begin]->n_rel &&
                    (c->morph[inside_name_begin].form == KABAR_FORM_NOUN ||
                     c->morph[inside_name_begin].form == KABAR_FORM_BASE);
    if (k > t && t < inside_name_end && c->dents[d].type == KABAR_ENT_PLACE && !head_acts) {
      /* "Perjanjian Paris", "Perang Vietnam": the place belongs to the name */
      size_t m = c->n_ments - 1;
      for (size_t i = t; i < k; i++)
        c->ment_at[i] = NONE;
      c->ments[m].kind = MK_DROPPED;
      c->ments[m].n_dent = 0;
      t = k;
      continue;
    }
    if (k > t) {
      ment *m = &c->ments[c->n_ments - 1];
      dent *e = &c->dents[d];
      /* "tiba di Kairo, Mesir": the state a located place is in is where too */
      if (e->type == KABAR_ENT_STATE && t >= sb + 2 && tok_is(c, t - 1, ",") &&
          c->ment_at[t - 2] != NONE && c->ments[c->ment_at[t - 2]].locative &&
          c->ments[c->ment_at[t - 2]].n_dent &&
          c->dents[c->ments[c->ment_at[t - 2]].dent[0]].type == KABAR_ENT_PLACE &&
          ex_state_of(c, c->ments[c->ment_at[t - 2]].dent[0]) == d)
        m->locative = 1;
      if (e->type == KABAR_ENT_PLACE && place_located(c, sb, t))
        m->locative = 1; /* "di Istana Merdeka, Jakarta", "di Istana Merdeka Jakarta" */
      if (e->type == KABAR_ENT_PLACE && in_own_state_after(c, d, k, end))
        m->locative = 1; /* "Wina di Austria", "Amman, Yordania:": a city, no metonym */
      size_t dateline = e->type == KABAR_ENT_PLACE && t == sb && k < end ? agency_dateline(c, k, end) : 0;
      if (e->type == KABAR_ENT_PLACE && k < end &&
          ((t == sb && (tok_flags(c, t) & KABAR_TOK_UPPER) && tok_is(c, k, ",")) ||
           (t < sb + 6 && tok_is(c, k, "-")) || dateline))
        m->locative = 1; /* a dateline: "SEOUL, KOMPAS.com -", "Bloomberg Technoz, Jakarta -",
                          * "Warsawa (ANTARA) -", "Jakarta, InfoPublik –" */
      /* Events and agreements are nominal: the names and cues inside them
       * stay open ("resolusi Dewan Keamanan PBB", "perjanjian kemitraan
       * strategis"). */
      if (e->type == KABAR_ENT_EVENT || e->type == KABAR_ENT_AGREEMENT) {
        for (size_t i = t + 1; i < k; i++)
          c->ment_at[i] = NONE;
        /* "KTT G7 di Hiroshima", "KTT G20 2017", "KTT ASEAN ke-25": one summit
         * of the series the lexicon knows (the place stays a name of its own) */
        size_t one_end = e->type == KABAR_ENT_EVENT ? summit_end(c, d, k, end) : k;
        if (one_end > k) {
          const char *label = ex_text_span(c, t, one_end);
          size_t one = label ? ex_add_dent(c, KABAR_ENT_EVENT, label, NULL) : NONE;
          if (one != NONE) {
            m = &c->ments[c->n_ments - 1]; /* (adding may move c->ments) */
            m->dent[0] = one;
            m->te = one_end;
          }
        }
        if (inside_name_end < k) {
          inside_name_end = k;
          inside_name_begin = t;
        }
        t++;
      } else {
        t = dateline > k ? dateline : k; /* past the agency's name */
      }
      continue;
    }
    /* "Dato Lim Jock Hoi", "Brigjen. Ahmad Yani": a name after honorifics
     * is a person's; the honorifics alone are no name */
    size_t h = ex_honorifics_end(c, t, end);
    if (h > t) {
      c->how = KABAR_MK_TITLE;
      size_t pe = person_at(c, s, t, end, &d);
      if (pe > t && d != NONE && ex_add_name_ment(c, s, t, pe, d) != NONE) {
        size_t a = apposition(c, s, pe, end, d);
        t = a > pe ? a : pe;
      } else {
        t = h;
      }
      continue;
    }
    /* A person by name. */
    const kabar_lex_entity *le;
    n = match_entity(c, t, end, &le);
    if (n && le->type == KABAR_ENT_PERSON) {
      d = ex_lex_dent(c, le);
      if (d == NONE || ex_add_name_ment(c, s, t, t + n, d) == NONE)
        break; /* out of memory */
      t = apposition(c, s, t + n, end, d) > t + n ? apposition(c, s, t + n, end, d) : t + n;
      continue;
    }
    size_t lead = initial_at(c, t, end);
    if (lead && t > sb && c->doc->tokens[t].start == c->doc->tokens[t - 1].end)
      lead = 0; /* "AH-64/D Apache": a model's letter, no initial */
    if (lead && t + lead < end && !match_entity(c, t, end, NULL)) {
      /* "H.J. van Mook", "E. Bunker": initials, then a name that is no
       * ordinary word, are a person's name */
      size_t e = name_run(c, t, end), q = t + lead, in;
      while (q < e && ((in = initial_at(c, q, end)) || (c->wcat[q] & W_NAME_PARTICLE)))
        q += in ? in : 1; /* past more initials and particles to the name proper */
      if (q < e && !ex_mostly_common(c, q, e) && !match_entity(c, q, end, NULL)) {
        c->how = KABAR_MK_PATTERN;
        d = ex_person_lookup(c, t, e);
        if (d == NONE)
          d = ex_person_new(c, t, e);
        if (d != NONE && ex_add_name_ment(c, s, t, e, d) != NONE) {
          size_t a = apposition(c, s, e, end, d);
          t = a > e ? a : e;
          continue;
        }
      }
    }
    if (is_name_token(c, t)) {
      size_t e = name_run(c, t, end);
      size_t r = e + 1;
      while (r < end && ((c->wcat[r] & W_ARTICLE) || (c->gcat[r] & G_FORMER)))
        r++; /* "Sudarsono, mantan Menteri Dalam Negeri" */
      /* (not after a lower-case kind of body: "surat kabar Indian Express,
       * duta besar India untuk Israel, Pavan Kapoor" titles the next name) */
      int body_kind_before = t > sb && (c->wcat[t - 1] & W_HEAD_ORG) &&
                             !(tok_flags(c, t - 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER));
      int beside_title = !body_kind_before && ((r < end && tok_is(c, e, ",") && match_role(c, r, end, &role)) ||
                                               defined_by_office(c, sb, t, e, end));
      c->how = beside_title ? KABAR_MK_APPOSITION : KABAR_MK_PATTERN;
      int intro = prev_is(c, sb, t, W_NAME_INTRO) || acts_as_person(c, sb, t, e, end) ||
                  arabic_article_name(c, sb, t, e) ||
                  noun_of_state_before(c, sb, t, e) ||
                  office_holder_named(c, sb, t, e, end) || beside_title || holder_after_titled_place(c, sb, t) ||
                  counterpart_before(c, sb, t) ||
                  (e + 1 < end && e > t && tok_is(c, e, "(") &&
                   ((c->gcat[e + 1] & G_BIRTH) || life_dates(c, e, end) ||
                    (match_role(c, e + 1, end, NULL) && /* "(menteri luar negeri Filipina)" */
                     !(tok_flags(c, e + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))));
      /* "Menurut Jajak Pendapat BBC ...": after "menurut" or "kata", words that
       * are all ordinary words name a thing, not a person */
      if (intro && prev_is(c, sb, t, W_NAME_INTRO) && !beside_title && ex_all_common(c, t, e))
        intro = 0;
      d = ex_person_lookup(c, t, e);
      if (d == NONE && intro)
        d = ex_person_new(c, t, e);
      if (d == NONE && intro && reported_mononym(c, sb, t, e, end))
        d = ex_mononym_new(c, t); /* "..., ujar Downer.": the speaker */
      if (d != NONE) {
        ex_add_name_ment(c, s, t, e, d);
        size_t a = apposition(c, s, e, end, d);
        t = a > e ? a : e;
        continue;
      }
      if (e > t + 1 && listed_acronym_at(c, s, e - 1, end) > e - 1) {
        t = e; /* "gerilyawan Marxis FARC": the acronym alone is the name */
        continue;
      }
      if (e > t && !unknown_place_or_event(c, s, t, e)) {
        d = guessed_person(c, s, t, e);
        if (d != NONE && ex_add_name_ment(c, s, t, e, d) != NONE) {
          size_t a = apposition(c, s, e, end, d);
          t = a > e ? a : e;
          continue;
        }
        /* "Kemampuan Sullivan ...", "Usulan JB van Dijk ...": an ordinary
         * word that opens the sentence is no part of the name after it;
         * the run is read again without it */
        if (t == sb && e > t + 1 && c->ment_at[t] == NONE && !c->title_case &&
            (!c->root[t] || c->morph[t].form == KABAR_FORM_NOUN) && /* "Kunjungan Marie Dupont" */
            ex_mostly_common(c, t, t + 1)) {
          t++;
          continue;
        }
      }
      t = e > t ? e : t + 1;
      continue;
    }
    t++;
  }
  c->how = KABAR_MK_PATTERN;
  return c->failed == KABAR_OK ? ex_tagged_types(c, s) : c->failed;
}

/* What stands between two coordinated names: a conjunction (or a comma,
 * "A, B, dan C"), then possibly the second one's title ("Perdana Menteri
 * Jepang Fumio Kishida dan Presiden Korea Selatan Yoon Suk Yeol"). */
enum { L_NONE, L_COMMA, L_CONJ };
static int coordination_gap(ctx *c, size_t from, size_t to, int gov_before) {
  if (from >= to)
    return L_NONE;
  int kind;
  size_t k = from;
  if (c->gcat[k] & G_COMPANION) {
    /* "A beserta istri, B beserta istri, dan C": who comes with a name */
    size_t q = k + 1;
    while (q < to && q < k + 4 && (tok_flags(c, q) & KABAR_TOK_WORD) && c->ment_at[q] == NONE &&
           !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) && !(c->wcat[q] & W_CONJ))
      q++;
    k = q;
    if (k >= to)
      return L_NONE;
  }
  if (c->wcat[k] & W_CONJ) {
    kind = L_CONJ;
    k++;
  } else if (tok_is(c, k, ",")) {
    kind = L_COMMA;
    k++;
    if (k < to && (c->wcat[k] & W_CONJ)) {
      kind = L_CONJ;
      k++;
    }
  } else {
    return L_NONE;
  }
  while (k < to) {
    size_t rl = match_role(c, k, to, NULL);
    if (rl)
      k += rl;
    else if (c->ment_at[k] != NONE && c->ments[c->ment_at[k]].inner)
      k = c->ments[c->ment_at[k]].te;
    else if (c->wcat[k] & (W_SKIP | W_ARTICLE))
      k++;
    else if (gov_before && (tok_is(c, k, "pemerintah") || tok_is(c, k, "pemerintahan")))
      k++; /* "Pemerintah Indonesia dan Pemerintah Timor-Leste": both governments */
    else
      return L_NONE;
  }
  return kind;
}

/* Whether b, after a verb's object a, begins a clause of its own: "Israel
 * menyerang Gaza, dan Mesir mengecam serangan itu". */
static int new_clause_subject(ctx *c, size_t s, const ment *a, const ment *b) {
  size_t sb = c->doc->sentences[s].tok_begin, end = c->doc->sentences[s].tok_end;
  /* a comma before the conjunction; "mengatakan Washington dan Beijing
   * akan ..." is a complement with a coordinated subject */
  if (a->te >= end || !tok_is(c, a->te, ","))
    return 0;
  if (a->group != NONE) {
    /* "isu Palestina, Irak dan Lebanon, dan Indonesia selalu mendukung
     * Suriah": a list its "dan" has closed takes no more */
    size_t ab = a->phrase_tb < a->tb ? a->phrase_tb : a->tb;
    if (ab == sb || !(c->wcat[ab - 1] & W_CONJ))
      return 0;
    a = &c->ments[a->group];
  }
  size_t k = b->te;
  while (k < end && ex_before_verb(c, k))
    k++;
  if (k >= end || c->ment_at[k] != NONE || !ex_is_verb_word(c, k))
    return 0;
  for (size_t q = a->phrase_tb; q-- > sb;) {
    if (ex_is_boundary(c, q))
      return 0;
    if (c->ment_at[q] == NONE && ex_is_verb_word(c, q))
      return 1;
  }
  return 0;
}

size_t ex_past_titles(const ctx *c, size_t t, size_t end) {
  size_t start = t;
  for (size_t rl; t < end && c->ment_at[t] == NONE;) {
    if (c->wcat[t] & W_ARTICLE)
      t++;
    else if ((rl = match_role(c, t, end, NULL)) > 0)
      t += rl;
    /* "Wakil Presiden (Wapres) Jusuf Kalla": the title's short form in
     * brackets */
    else if (t > start && t + 2 < end && tok_is(c, t, "(") && tok_is(c, t + 2, ")") &&
             c->ment_at[t + 1] == NONE && (tok_flags(c, t + 1) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))
      t += 3;
    else
      break;
  }
  return t;
}

size_t ex_past_title_names(const ctx *c, size_t t, size_t end) {
  t = ex_past_titles(c, t, end);
  while (t < end && c->ment_at[t] != NONE && c->ments[c->ment_at[t]].inner)
    t = c->ments[c->ment_at[t]].te;
  return t;
}

size_t ex_group_end(const ctx *c, size_t m) {
  const ment *mm = &c->ments[m];
  size_t te = mm->te;
  for (size_t i = m + 1; mm->group != NONE && i < c->sents[mm->sent].m_end; i++)
    if (c->ments[i].group == mm->group && c->ments[i].te > te)
      te = c->ments[i].te;
  return te;
}

/* The ")" that closes the "(" at t within a few words, or NONE. */
static size_t bracket_close(const ctx *c, size_t t, size_t end) {
  for (size_t k = t + 1; k < end && k < t + 12; k++) {
    if (tok_is(c, k, "("))
      return NONE;
    if (tok_is(c, k, ")"))
      return k;
  }
  return NONE;
}

/* Whether a list's last name m is followed by a conjunction and "the
 * others" ("dari AS, Prancis, Jerman, dan negara lain", "A, B, serta
 * negara-negara lainnya", "A, B, dan lain-lain"): the list is closed. */
static int others_after(const ctx *c, size_t s, const ment *m) {
  size_t end = c->doc->sentences[s].tok_end, k = m->te;
  if (k < end && tok_is(c, k, ","))
    k++;
  if (k >= end || !(c->wcat[k] & W_CONJ))
    return 0;
  for (size_t q = k + 1; q < end && q < k + 4; q++) {
    const char *w = tok_norm(c, q);
    if (strcmp(w, "lain") == 0 || strcmp(w, "lainnya") == 0 || strcmp(w, "lain-lain") == 0 ||
        strcmp(w, "sebagainya") == 0)
      return 1;
    if (c->ment_at[q] != NONE || !(tok_flags(c, q) & KABAR_TOK_WORD))
      return 0;
  }
  return 0;
}

/* "A, B, dan Generalissimo Chiang Kai-shek": a list closed by ", dan" after
 * its second name, whatever its last item is: the comma before that name
 * joins. Only between people with titles, where a comma is no apposition. */
static int list_closed_after(const ctx *c, size_t s, const ment *m) {
  size_t end = c->doc->sentences[s].tok_end, k = m->te;
  return m->phrase_tb != NONE && m->phrase_tb < m->tb && m->n_dent &&
         c->dents[m->dent[0]].type == KABAR_ENT_PERSON && k + 2 < end && tok_is(c, k, ",") &&
         (c->wcat[k + 1] & W_CONJ) && !others_after(c, s, m);
}

/* Whether m, after a comma, ends a heading's subject right before its verb
 * ("AS, Eropa Kecam Aneksasi Rusia atas Krimea"): a headline joins with a
 * comma where prose says "dan". */
static int headline_list(const ctx *c, size_t s, const ment *m) {
  size_t end = c->doc->sentences[s].tok_end;
  return c->doc->sentences[s].kind != KABAR_SENT_TEXT && m->te < end && c->ment_at[m->te] == NONE &&
         c->root[m->te] && (tok_flags(c, m->te) & KABAR_TOK_CAP);
}

/* Whether name a closes the source a report preposition opens: "Menurut
 * [Jubir Presiden,] Dino Patti Djalal," with the comma after it. */
static int source_closed(ctx *c, size_t s, const ment *a) {
  size_t sb = c->doc->sentences[s].tok_begin, send = c->doc->sentences[s].tok_end;
  if (a->te >= send || !tok_is(c, a->te, ","))
    return 0;
  size_t q = a->phrase_tb < a->tb ? a->phrase_tb : a->tb;
  int commas = 0;
  while (q > sb && q + 8 > a->tb) {
    q--;
    if (c->wcat[q] & W_REPORT_PREP)
      return 1;
    if (tok_is(c, q, ",") && ++commas > 1)
      return 0;
    if ((c->wcat[q] & W_CONJ) || ex_is_verb_word(c, q))
      return 0;
  }
  return 0;
}

/* Links coordinated mentions: "Rusia dan Korea Utara", "A, B, dan C",
 * "Baik Moskow maupun Pyongyang". */
kabar_status ex_group_sentence(ctx *c, size_t s) {
  sent_info *si = &c->sents[s];
  size_t n = si->m_end - si->m_begin;
  if (n < 2)
    return KABAR_OK;
  unsigned char *link = calloc(n, 1); /* link[i]: between name i and the next name */
  size_t *next = malloc(n * sizeof *next);
  if (!link || !next) {
    free(link);
    free(next);
    return KABAR_ERR_NOMEM;
  }
  size_t prev = NONE, gap_from = NONE;
  for (size_t i = 0; i < n; i++) {
    next[i] = NONE;
    ment *b = &c->ments[si->m_begin + i];
    /* "anggota penuh dari Organisasi Perdagangan Dunia (WTO), Gerakan
     * Non-Blok, ...": a body a title took as its own may still open a list */
    int listed_body = b->inner && b->n_dent && c->dents[b->dent[0]].type == KABAR_ENT_ORGANIZATION;
    if (b->kind != MK_NAME || (b->inner && !listed_body))
      continue;
    if (prev != NONE) {
      ment *a = &c->ments[si->m_begin + prev];
      /* "Organisasi Perdagangan Dunia (WTO), Kelompok 77 dan ...": the short
       * form in brackets is the same name; the list goes on past it */
      if (b->tb == a->te + 1 && tok_is(c, a->te, "(") && b->te < c->doc->sentences[s].tok_end &&
          tok_is(c, b->te, ")") && b->n_dent && a->n_dent && b->dent[0] == a->dent[0]) {
        gap_from = b->te + 1;
        continue;
      }
      /* "Adam Malik (menteri luar negeri Indonesia), Tun Abdul Razak (...)":
       * the names in a person's bracket describe him; the list goes on past it */
      size_t close = a->te < b->tb && tok_is(c, a->te, "(") && a->n_dent &&
                             c->dents[a->dent[0]].type == KABAR_ENT_PERSON
                         ? bracket_close(c, a->te, c->doc->sentences[s].tok_end)
                         : NONE;
      if (close != NONE && b->te <= close) {
        gap_from = close + 1;
        continue;
      }
      /* "antara Presiden Omar al-Bashir dari Sudan dan Salva Kiir dari
       * Sudan Selatan": the state a person is "dari" describes him; the
       * list goes on past it */
      size_t send = c->doc->sentences[s].tok_end;
      if (b->tb == a->te + 1 && tok_is(c, a->te, "dari") && a->n_dent && b->n_dent &&
          c->dents[a->dent[0]].type == KABAR_ENT_PERSON &&
          c->dents[b->dent[0]].type == KABAR_ENT_STATE && b->te < send &&
          (tok_is(c, b->te, "dan") || tok_is(c, b->te, ","))) {
        gap_from = b->te;
        continue;
      }
      /* "Menurut Jubir Presiden, Dino Patti Djalal, Presiden SBY dan ...":
       * the source after "menurut" ends at the comma after its name */
      if (source_closed(c, s, a)) {
        prev = i;
        gap_from = NONE;
        continue;
      }
      next[prev] = i;
      size_t from = gap_from != NONE ? gap_from : a->te;
      /* "OKI, D8 (komunitas Islam untuk perekonomian dan pembangunan) dan
       * G20": a bracket that names nothing glosses the name before it */
      size_t gloss = from == a->te && a->te < b->tb && tok_is(c, a->te, "(")
                         ? bracket_close(c, a->te, c->doc->sentences[s].tok_end)
                         : NONE;
      for (size_t q = a->te + 1; gloss != NONE && q < gloss; q++)
        if (c->ment_at[q] != NONE)
          gloss = NONE;
      if (gloss != NONE && gloss < b->tb)
        from = gloss + 1;
      size_t ab = a->phrase_tb < a->tb ? a->phrase_tb : a->tb;
      int gov_before = ab > c->doc->sentences[s].tok_begin &&
                       (tok_is(c, ab - 1, "pemerintah") || tok_is(c, ab - 1, "pemerintahan"));
      if (b->phrase_tb >= from)
        link[prev] = (unsigned char)coordination_gap(c, from, b->phrase_tb, gov_before);
    }
    prev = i;
    gap_from = NONE;
  }
  /* a comma joins only in a list closed by a conjunction ("A, B, dan C");
   * "mitranya dari Rusia, Sergei Lavrov" is an apposition */
  for (size_t i = n; i-- > 0;)
    if (link[i] == L_COMMA && !(next[i] != NONE && link[next[i]] != L_NONE) &&
        !(next[i] != NONE && others_after(c, s, &c->ments[si->m_begin + next[i]])) &&
        !(next[i] != NONE && headline_list(c, s, &c->ments[si->m_begin + next[i]])) &&
        !(next[i] != NONE && list_closed_after(c, s, &c->ments[si->m_begin + next[i]])))
      link[i] = L_NONE;
  /* "di hadapan Presiden Soekarno dan petinggi Uni Soviet seperti A, B dan
   * C, D dan E menandatangani": the witnesses' list ends at the first comma
   * after a name it closed with a conjunction (or after its first name);
   * the names past it act */
  for (size_t w = c->doc->sentences[s].tok_begin; w < c->doc->sentences[s].tok_end; w++) {
    if (!(c->wcat[w] & W_WITNESS))
      continue;
    int first = 1;
    for (size_t i = 0; i < n; i++) {
      const ment *a = &c->ments[si->m_begin + i];
      if (a->tb <= w || a->kind != MK_NAME || a->inner)
        continue;
      int closed = first;
      for (size_t p = 0; p < i && !closed; p++)
        closed = next[p] == i && link[p] == L_CONJ;
      if (link[i] == L_COMMA && closed) {
        link[i] = L_NONE;
        break;
      }
      first = 0;
    }
  }
  for (size_t i = 0; i < n; i++)
    if (link[i] != L_NONE && next[i] != NONE &&
        !new_clause_subject(c, s, &c->ments[si->m_begin + i], &c->ments[si->m_begin + next[i]])) {
      ment *a = &c->ments[si->m_begin + i], *b = &c->ments[si->m_begin + next[i]];
      b->group = a->group != NONE ? a->group : (a->group = si->m_begin + i);
    }
  /* "semuanya kecuali Azerbaijan, Georgia, dan Uzbekistan": the names after
   * "kecuali" are left out of what the clause says */
  size_t sb = c->doc->sentences[s].tok_begin;
  for (size_t i = 0; i < n; i++) {
    ment *a = &c->ments[si->m_begin + i];
    if (a->kind != MK_NAME || a->tb <= sb || !tok_is(c, a->tb - 1, "kecuali"))
      continue;
    size_t g = a->group != NONE ? a->group : si->m_begin + i;
    for (size_t j = i; j < n; j++) {
      ment *b = &c->ments[si->m_begin + j];
      if (si->m_begin + j == g || b->group == g)
        b->inner = 1;
    }
  }
  free(link);
  free(next);
  return KABAR_OK;
}

/* The main subject of a sentence: its first mention not governed by a
 * preposition. */
void ex_main_subject(ctx *c, size_t s) {
  sent_info *si = &c->sents[s];
  size_t sb = c->doc->sentences[s].tok_begin;
  si->subject.n = 0;
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    ment *mm = &c->ments[m];
    if (!ex_usable_subject(c, sb, mm) || !mm->n_dent)
      continue;
    if (mm->tb > sb && (c->wcat[mm->tb - 1] & W_ARTICLE) == 0 &&
        !(tok_flags(c, mm->tb - 1) & KABAR_TOK_PUNCT) && !(c->wcat[mm->tb - 1] & W_SKIP) &&
        !(c->wcat[mm->tb - 1] & (W_BOUNDARY | W_CONJ)) && mm->tb - 1 != sb && 0)
      continue;
    ex_arg_from(c, m, (1u << KABAR_ENT__COUNT) - 1, 0, &si->subject);
    si->subject.pos = mm->tb;
    return;
  }
}

/* The person the document names as leader of state d (the first such
 * entity), or NONE. Only the leaders are read: a document naming many
 * people stays linear. */
static size_t leader_of(ctx *c, size_t d) {
  size_t best = NONE;
  for (size_t k = 0; k < c->n_leaders; k++) {
    size_t i = c->leaders[k];
    if (i < best && c->dents[i].type == KABAR_ENT_PERSON && c->dents[i].state == d)
      best = i;
  }
  return best;
}

/* The person a first-person pronoun (mention m) in quoted sentence s
 * stands for: named after a report word ("..., kata Joko Widodo", "ujar
 * Menlu Retno"), else the person who reports ("Widodo mengatakan ..."), in
 * this sentence or the one before; NONE when the sentence quotes no one. */
static size_t speaker_of(ctx *c, size_t s, size_t m) {
  int quoted = 0;
  const kabar_sentence *se = &c->doc->sentences[s];
  for (size_t t = se->tok_begin; t < se->tok_end && !quoted; t++)
    quoted = (tok_flags(c, t) & KABAR_TOK_QUOTE) != 0;
  for (size_t p = s + 1; quoted && p-- > 0 && p + 2 > s;) {
    const kabar_sentence *ps = &c->doc->sentences[p];
    for (size_t t = ps->tok_begin; t < ps->tok_end; t++) {
      if (!c->root[t] || !c->root[t]->report)
        continue;
      /* after the report word, past a title: the speaker */
      for (size_t q = t + 1; q < ps->tok_end && q < t + 6; q++) {
        size_t n = c->ment_at[q];
        if (n != NONE && n != m && c->ments[n].n_dent == 1 &&
            c->dents[c->ments[n].dent[0]].type == KABAR_ENT_PERSON)
          return c->ments[n].dent[0];
        if (n != NONE && !c->ments[n].inner)
          break;
      }
      /* before it: "Widodo mengatakan" */
      if (c->morph[t].form == KABAR_FORM_ACTIVE && t > ps->tok_begin) {
        size_t n = c->ment_at[t - 1];
        if (n != NONE && n != m && c->ments[n].n_dent == 1 &&
            c->dents[c->ments[n].dent[0]].type == KABAR_ENT_PERSON)
          return c->ments[n].dent[0];
      }
    }
  }
  return NONE;
}

/* Whether a plural article stands in the three words before t: "para
 * diplomat Amerika". */
static int plural_before(const ctx *c, size_t t) {
  for (size_t q = t, n = 0; q-- > 0 && n < 3; n++)
    if (c->gcat[q] & G_PLURAL)
      return 1;
  return 0;
}

/* Whether the sentence from sb opens with a plural noun that names no one
 * ("Orang-orang di sini ...", "Para pengungsi ..."), before t. */
static int plain_plural_before(const ctx *c, size_t sb, size_t t) {
  size_t q = sb;
  while (q < t && (tok_flags(c, q) & (KABAR_TOK_QUOTE | KABAR_TOK_PUNCT)))
    q++;
  if (q < t) {
    if (c->ment_at[q] != NONE)
      return 0;
    if ((c->gcat[q] & G_PLURAL) && tok_is(c, q, "para") && q + 1 < t && c->ment_at[q + 1] == NONE &&
        !match_role(c, q + 1, t, NULL))
      return 1;
    const char *w = tok_norm(c, q), *h = strchr(w, '-');
    if (h && (size_t)(h - w) >= 3 && strlen(h + 1) == (size_t)(h - w) &&
        strncmp(w, h + 1, (size_t)(h - w)) == 0 && !(c->gcat[q] & G_PLURAL_REF))
      return 1; /* "orang-orang", not "negara-negara tersebut", a reference of its own */
  }
  return 0;
}

/* "teroris mengira mereka ...": a noun in lower case with no name, right
 * before the verb right before t, is the subject the pronoun speaks of. */
static int unnamed_subject_before(ctx *c, size_t sb, size_t t) {
  if (t < sb + 2 || !ex_is_verb_word(c, t - 1) || c->ment_at[t - 2] != NONE ||
      c->ment_at[t - 1] != NONE)
    return 0;
  size_t q = t - 2;
  return (tok_flags(c, q) & KABAR_TOK_WORD) && !(tok_flags(c, q) & (KABAR_TOK_CAP | KABAR_TOK_UPPER)) &&
         !c->wcat[q] && !(c->gcat[q] & G_MODIFIER) && !ex_is_verb_word(c, q) &&
         c->morph[q].form == KABAR_FORM_BASE;
}

/* How many a reference at t counts: "kedua" 2, "ketiga" 3 ... "kesepuluh"
 * 10; 0 for a plural with no number ("negara-negara tersebut"). */
static size_t how_many(const ctx *c, size_t t) {
  static const char *const ordinals[] = {"kedua",    "ketiga",     "keempat",  "kelima",
                                         "keenam",   "ketujuh",    "kedelapan", "kesembilan",
                                         "kesepuluh"};
  for (size_t i = 0; i < sizeof ordinals / sizeof ordinals[0]; i++)
    if (tok_is(c, t, ordinals[i]))
      return i + 2;
  return (c->gcat[t] & G_PLURAL_REF) ? 0 : 2; /* "keduanya", "kedua belah pihak" */
}

/* "Juru bicara ... Victoria Nuland mengatakan ..., Hillary Clinton akan
 * berkunjung ke Liberia. Ia akan bertemu ...": when the subject of sentence
 * p is a spokesperson, the person the report is about (the first other
 * person named before a verb) is who "ia" after it means; NONE otherwise. */
static size_t reported_by_spokesperson(ctx *c, size_t p) {
  const sent_info *si = &c->sents[p];
  size_t end = c->doc->sentences[p].tok_end;
  size_t sm = NONE;
  for (size_t m = si->m_begin; m < si->m_end && sm == NONE; m++)
    if (c->ments[m].n_dent == 1 && c->ments[m].dent[0] == si->subject.d[0] && !c->ments[m].inner)
      sm = m;
  if (sm == NONE || !c->dents[si->subject.d[0]].spokesperson)
    return NONE;
  for (size_t m = sm + 1; m < si->m_end; m++) {
    const ment *g = &c->ments[m];
    if (g->kind != MK_NAME || g->n_dent != 1 || g->inner || g->dent[0] == si->subject.d[0] ||
        c->dents[g->dent[0]].type != KABAR_ENT_PERSON)
      continue;
    size_t q = g->te;
    while (q < end && ex_before_verb(c, q))
      q++;
    if (q < end && c->ment_at[q] == NONE && ex_is_verb_word(c, q))
      return g->dent[0];
  }
  return NONE;
}

/* Resolves the pronouns and references of sentence s. */
void ex_resolve_refs(ctx *c, size_t s) {
  sent_info *si = &c->sents[s];
  for (size_t m = si->m_begin; m < si->m_end; m++) {
    ment *mm = &c->ments[m];
    if (mm->n_dent)
      continue;
    switch (mm->kind) {
    case MK_PAIR: {
      /* "kedua negara": the two states just named together ("ke Australia
       * dan Jepang"), else the two the document is about; "kedua
       * pemimpin": their leaders */
      size_t near[2] = {NONE, NONE};
      size_t want = how_many(c, mm->tb);
      if (mm->te > mm->tb + 1 && (c->gcat[mm->tb + 1] & G_PAIR_PERSON)) {
        /* "kedua menteri": the people last named, in this sentence or the two before */
        for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s && mm->n_dent < want;) {
          const ment *g = &c->ments[q];
          if (g->kind != MK_NAME || g->n_dent != 1 ||
              c->dents[g->dent[0]].type != KABAR_ENT_PERSON)
            continue;
          int dup = 0;
          for (size_t i = 0; i < mm->n_dent && !dup; i++)
            dup = mm->dent[i] == g->dent[0];
          if (!dup)
            mm->dent[mm->n_dent++] = g->dent[0];
        }
        if (mm->n_dent != want)
          mm->n_dent = 0;
        break;
      }
      if (want == 0) {
        /* "negara-negara tersebut", "negara-negara yang sama": the states
         * last named together */
        for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s;) {
          const ment *g = &c->ments[q];
          if (g->group == NONE || g->kind != MK_NAME)
            continue;
          arg members;
          ex_arg_from(c, q, TYPE_BIT(KABAR_ENT_STATE), 0, &members);
          if (members.n >= 2) {
            for (size_t i = 0; i < members.n; i++)
              mm->dent[i] = members.d[i];
            mm->n_dent = members.n;
          }
          break;
        }
        break;
      }
      if (want == 2 && (c->wcat[mm->tb] & W_PRON_PAIR)) {
        /* "diteken Prabowo bersama Perdana Menteri Australia Anthony
         * Albanese dalam pertemuan keduanya": "keduanya" after exactly two
         * people named in its sentence are they */
        size_t two[3];
        if (distinct_named(c, si->m_begin, m, KABAR_ENT_PERSON, 1, two, NULL) == 2) {
          mm->dent[0] = two[0];
          mm->dent[1] = two[1];
          mm->n_dent = 2;
          break;
        }
      }
      if (want == 2) {
        /* "China siap bekerja sama dengan Korea Utara ... antara kedua
         * negara": exactly two states named before it in its sentence */
        size_t seen[3];
        if (distinct_named(c, si->m_begin, m, KABAR_ENT_STATE, 0, seen, NULL) == 2) {
          near[0] = seen[0];
          near[1] = seen[1];
        }
        /* "Jepang merupakan mitra dagang terbesar Indonesia. Kedua negara
         * berencana ...": exactly two states in the sentence before, none
         * of them in a coordination, when no pair was named together since
         * (the leaders of "kedua pemimpin" are named, not their states) */
        int grouped = 0;
        size_t from = s > 0 && near[0] == NONE && !pair_of_leaders(c, mm) ? c->sents[s - 1].m_begin : m;
        size_t to = s > 0 ? c->sents[s - 1].m_end : 0;
        size_t n_seen = from < to ? distinct_named(c, from, to, KABAR_ENT_STATE, 0, seen, &grouped) : 0;
        for (size_t q = si->m_begin; q < m && n_seen == 2; q++)
          grouped |= c->ments[q].group != NONE && c->ments[q].kind == MK_NAME;
        if (near[0] == NONE && n_seen == 2 && !grouped && !c->pair_titled) {
          near[0] = seen[0];
          near[1] = seen[1];
        }
      }
      /* two states named together just before, unless the title names
       * the pair the text is about */
      for (size_t q = m; near[0] == NONE && (want > 2 || !c->pair_titled) && q-- > 0 &&
                         c->ments[q].sent + 2 >= s;) {
        const ment *g = &c->ments[q];
        if (g->group == NONE || g->group == q || g->kind != MK_NAME)
          continue;
        arg members;
        ex_arg_from(c, q, TYPE_BIT(KABAR_ENT_STATE), 0, &members);
        if (members.n == want && want > 2) {
          for (size_t i = 0; i < want; i++)
            mm->dent[i] = members.d[i];
          mm->n_dent = want;
          break;
        }
        if (want > 2) {
          q = g->group; /* "ketiga negara" past a pair named later: an earlier three */
          continue;
        }
        if (members.n == 2) {
          near[0] = members.d[0];
          near[1] = members.d[1];
        }
        break;
      }
      /* "AS akan mendukung Yunani dan Turki ... Yunani dan Turki ... [five
       * sentences] ... kedua negara bergabung dengan NATO": the pair last
       * named together, when the document named them together before too,
       * rather than the two it names most */
      size_t last[2] = {NONE, NONE};
      int together = 0;
      for (size_t q = m, seen = 0; near[0] == NONE && want == 2 && !c->pair_titled && q-- > 0 &&
                                   seen < MAX_MENTIONS_BACK && together < 2;
           seen++) {
        const ment *g = &c->ments[q];
        if (g->group == NONE || g->group == q || g->kind != MK_NAME)
          continue;
        arg members;
        ex_arg_from(c, q, TYPE_BIT(KABAR_ENT_STATE), 0, &members);
        q = g->group; /* the list's first member: each list is counted once */
        if (members.n != 2)
          continue;
        if (last[0] == NONE) {
          last[0] = members.d[0];
          last[1] = members.d[1];
        }
        together += (members.d[0] == last[0] && members.d[1] == last[1]) ||
                    (members.d[0] == last[1] && members.d[1] == last[0]);
      }
      if (together >= 2) {
        near[0] = last[0];
        near[1] = last[1];
      }
      if (want > 2 && !mm->n_dent) {
        /* "ketiga negara" after "Presiden AS ..., Presiden Korea Selatan ...
         * dan Perdana Menteri Jepang ...": the states last named */
        int leaders = pair_of_leaders(c, mm);
        for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s && mm->n_dent < want;) {
          const ment *g = &c->ments[q];
          if (g->kind != MK_NAME || g->n_dent != 1)
            continue;
          size_t d = g->dent[0];
          d = leaders ? (c->dents[d].type == KABAR_ENT_PERSON ? d : NONE)
                      : ex_fit(c, d, TYPE_BIT(KABAR_ENT_STATE), RC_STATE, g);
          int dup = d == NONE;
          for (size_t i = 0; i < mm->n_dent && !dup; i++)
            dup = mm->dent[i] == d;
          if (!dup)
            mm->dent[mm->n_dent++] = d;
        }
        if (mm->n_dent != want)
          mm->n_dent = 0;
      }
      if (want > 2)
        break;
      size_t a = near[0] != NONE ? near[0] : c->pair[0], b = near[0] != NONE ? near[1] : c->pair[1];
      if (a != NONE && b != NONE && pair_of_leaders(c, mm)) {
        size_t la = leader_of(c, a), lb = leader_of(c, b);
        if (la != NONE && lb != NONE) {
          mm->dent[0] = la;
          mm->dent[1] = lb;
          mm->n_dent = 2;
        }
        break;
      }
      if (a != NONE && b != NONE) {
        mm->dent[0] = a;
        mm->dent[1] = b;
        mm->n_dent = 2;
      }
      break;
    }
    case MK_BILATERAL: /* "perdagangan bilateral" in an article on two states' relations */
      if (c->pair_relations && c->pair[0] != NONE && c->pair[1] != NONE) {
        mm->dent[0] = c->pair[0];
        mm->dent[1] = c->pair[1];
        mm->n_dent = 2;
      } else {
        /* elsewhere it is a plain word: "pertemuan bilateral kedua negara" */
        for (size_t k = mm->tb; k < mm->te; k++)
          c->ment_at[k] = NONE;
        mm->kind = MK_DROPPED;
      }
      break;
    case MK_PRON_PERSON: {
      /* the main subject of this sentence if a person before it, else of
       * the sentences before */
      const arg *cand = NULL;
      if (si->subject.n && si->subject.pos < mm->tb && pronoun_referent(c, si->subject.d[0]))
        cand = &si->subject;
      /* after a quotation ("“Maduro ... bangsa ini,” ujar Pompeo."), the
       * one who spoke it, not the quotation's subject */
      if (!cand && s > 0 &&
          (tok_flags(c, c->doc->sentences[s - 1].tok_begin) & KABAR_TOK_QUOTE)) {
        size_t who = speaker_of(c, s - 1, m);
        if (who != NONE) {
          mm->dent[0] = who;
          mm->n_dent = 1;
          break;
        }
      }
      /* "Ketika ditanya mengapa dia menemui X, Clinton mengatakan ...": in
       * a clause that opens the sentence, the main subject after it */
      size_t sb0 = c->doc->sentences[s].tok_begin;
      if (!cand && si->subject.n && si->subject.pos > mm->tb && (c->wcat[sb0] & W_BOUNDARY) &&
          pronoun_referent(c, si->subject.d[0]))
        for (size_t q = mm->te; q < si->subject.pos; q++)
          if (tok_is(c, q, ",")) {
            cand = &si->subject;
            break;
          }
      size_t reported = NONE;
      for (size_t p = s; !cand && p-- > 0 && p + 3 > s;)
        if (c->sents[p].subject.n && pronoun_referent(c, c->sents[p].subject.d[0])) {
          cand = &c->sents[p].subject;
          reported = p + 1 == s ? reported_by_spokesperson(c, p) : NONE;
        }
      if (reported != NONE) {
        mm->dent[0] = reported;
        mm->n_dent = 1;
        break;
      }
      if (!cand) {
        for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s;)
          if (c->ments[q].n_dent == 1 && pronoun_referent(c, c->ments[q].dent[0])) {
            mm->dent[0] = c->ments[q].dent[0];
            mm->n_dent = 1;
            break;
          }
      } else {
        mm->dent[0] = cand->d[0];
        mm->n_dent = 1;
      }
      break;
    }
    case MK_SPEAKER:
    case MK_SPEAKER_STATE: {
      /* "kunjungan saya ke Korea Selatan," kata Presiden Joko Widodo: the
       * speaker; "kami" their state */
      size_t who = speaker_of(c, s, m);
      if (who != NONE && mm->kind == MK_SPEAKER_STATE)
        who = ex_state_of(c, who);
      if (who != NONE) {
        mm->dent[0] = who;
        mm->n_dent = 1;
      }
      break;
    }
    case MK_OWN_STATE: {
      /* "negaranya": the state of this sentence's subject, or of the person
       * spoken of just before */
      size_t who = NONE;
      if (si->subject.n && si->subject.pos < mm->tb)
        who = si->subject.d[0];
      for (size_t q = m; who == NONE && q-- > 0 && c->ments[q].sent + 2 >= s;)
        if (c->ments[q].n_dent == 1 && c->dents[c->ments[q].dent[0]].type == KABAR_ENT_PERSON)
          who = c->ments[q].dent[0];
      size_t st = who != NONE ? ex_state_of(c, who) : NONE;
      if (st != NONE) {
        mm->dent[0] = st;
        mm->n_dent = 1;
      }
      break;
    }
    case MK_PRON_PLURAL:
      /* "Para diplomat Amerika mengatakan mereka ...": a plural subject of
       * this sentence before it, named by its state */
      if (si->subject.n && si->subject.pos < mm->tb && plural_before(c, si->subject.pos)) {
        for (size_t i = 0; i < si->subject.n && i < MAX_ARGS; i++)
          mm->dent[i] = si->subject.d[i];
        mm->n_dent = si->subject.n;
        break;
      }
      /* "Kedua pemimpin membuat pernyataan itu ketika mereka bertemu": the
       * pair that opens the sentence */
      {
        size_t first = si->m_begin;
        while (first < m && c->ments[first].inner)
          first++;
        const ment *pm = first < m ? &c->ments[first] : NULL;
        if (pm && pm->kind == MK_PAIR && pm->n_dent >= 2 &&
            pm->tb <= c->doc->sentences[s].tok_begin + 1) {
          for (size_t i = 0; i < pm->n_dent && i < MAX_ARGS; i++)
            mm->dent[i] = pm->dent[i];
          mm->n_dent = pm->n_dent;
          break;
        }
      }
      /* "Kedua pemimpin terbang ke Washington. Mereka bertemu ...": the
       * previous sentence's subject when it was plural */
      if (s > 0 && c->sents[s - 1].subject.n >= 2) {
        const arg *ps = &c->sents[s - 1].subject;
        for (size_t i = 0; i < ps->n && i < MAX_ARGS; i++)
          mm->dent[i] = ps->d[i];
        mm->n_dent = ps->n < MAX_ARGS ? ps->n : MAX_ARGS;
        break;
      }
      /* "Akan tetapi orang Mesir tidak bertindak sampai di situ. Mereka
       * ...": the people of the state the sentence before was about */
      if (s > 0 && c->sents[s - 1].subject.n == 1 && plural_before(c, c->sents[s - 1].subject.pos) &&
          c->dents[c->sents[s - 1].subject.d[0]].type == KABAR_ENT_STATE) {
        mm->dent[0] = c->sents[s - 1].subject.d[0];
        mm->n_dent = 1;
        break;
      }
      /* "Orang-orang di sini ... operasi militer Turki di wilayah mereka":
       * a plural noun of no name before it in its sentence is what it means */
      if (plain_plural_before(c, c->doc->sentences[s].tok_begin, mm->tb) ||
          unnamed_subject_before(c, c->doc->sentences[s].tok_begin, mm->tb))
        break;
      /* "Para pencari suaka itu tiba di Australia ... Mereka menuduh ...":
       * the plural noun of no name that opened the sentence before */
      if (mm->tb == c->doc->sentences[s].tok_begin && s > 0 && !c->sents[s - 1].subject.n &&
          tok_is(c, c->doc->sentences[s - 1].tok_begin, "para") &&
          c->ment_at[c->doc->sentences[s - 1].tok_begin + 1] == NONE)
        break;
      /* else the last coordinated group */
      for (size_t q = m; q-- > 0 && c->ments[q].sent + 2 >= s;)
        if (c->ments[q].group != NONE) {
          arg g;
          ex_arg_from(c, q, TYPE_BIT(KABAR_ENT_STATE) | TYPE_BIT(KABAR_ENT_PERSON), 0, &g);
          if (g.n < 2)
            continue;
          for (size_t i = 0; i < g.n && i < MAX_ARGS; i++)
            mm->dent[i] = g.d[i];
          mm->n_dent = g.n;
          break;
        }
      if (c->pair_titled && !mm->n_dent && c->pair[0] != NONE && c->pair[1] != NONE) {
        mm->dent[0] = c->pair[0];
        mm->dent[1] = c->pair[1];
        mm->n_dent = 2;
      }
      break;
    case MK_REF_STATE:
    case MK_REF_ORG:
    case MK_REF_AGREEMENT: {
      kabar_entity_type want = mm->kind == MK_REF_STATE ? KABAR_ENT_STATE
                               : mm->kind == MK_REF_ORG ? KABAR_ENT_ORGANIZATION
                                                        : KABAR_ENT_AGREEMENT;
      if (want == KABAR_ENT_AGREEMENT && (c->gcat[mm->tb] & G_PAIR_COUNT)) {
        /* "kedua perjanjian": the last two agreements named */
        size_t n_want = tok_is(c, mm->tb, "ketiga") ? 3 : tok_is(c, mm->tb, "keempat") ? 4 : 2;
        for (size_t q = m, seen = 0; q-- > 0 && mm->n_dent < n_want && seen < MAX_MENTIONS_BACK;
             seen++) {
          const ment *pm = &c->ments[q];
          if (pm->kind != MK_NAME || pm->n_dent != 1 ||
              c->dents[pm->dent[0]].type != KABAR_ENT_AGREEMENT || c->dents[pm->dent[0]].unnamed)
            continue;
          size_t i = 0;
          while (i < mm->n_dent && mm->dent[i] != pm->dent[0])
            i++;
          if (i == mm->n_dent)
            mm->dent[mm->n_dent++] = pm->dent[0];
        }
        if (mm->n_dent < n_want)
          mm->n_dent = 0; /* fewer named: no guess */
        break;
      }
      /* a state named before it in its own sentence ("Putin akan membahas
       * ... dengan India ketika ia mengunjungi negara itu"), else the
       * previous sentence's subject when it is one, else the latest */
      size_t own = NONE, troops_of = NONE;
      int located = mm->tb > 0 && tok_is(c, mm->tb - 1, "di");
      for (size_t q = m; want == KABAR_ENT_STATE && own == NONE && q-- > si->m_begin;) {
        if (c->ments[q].n_dent != 1 || c->ments[q].kind != MK_NAME ||
            c->dents[c->ments[q].dent[0]].type != KABAR_ENT_STATE)
          continue;
        /* "pasukan Kenya ... di negeri itu": not where its own troops are */
        if (located && c->ments[q].tb > 0 && (c->wcat[c->ments[q].tb - 1] & W_TROOPS))
          troops_of = c->ments[q].dent[0];
        else
          own = c->ments[q].dent[0];
      }
      if (own != NONE) {
        mm->dent[0] = own;
        mm->n_dent = 1;
        break;
      }
      if (s > 0 && c->sents[s - 1].subject.n &&
          c->dents[c->sents[s - 1].subject.d[0]].type == want &&
          !(c->dents[c->sents[s - 1].subject.d[0]].unnamed &&
            !same_head(c->dents[c->sents[s - 1].subject.d[0]].label, tok_norm(c, mm->tb)))) {
        mm->dent[0] = c->sents[s - 1].subject.d[0];
        mm->n_dent = 1;
        break;
      }
      /* bounded, so that a document of many references to no such entity
       * stays linear (the farthest found in the real texts: 268 back) */
      for (size_t q = m, seen = 0; q-- > 0 && seen < MAX_MENTIONS_BACK; seen++) {
        if (c->ments[q].n_dent != 1 || c->ments[q].kind == MK_DROPPED)
          continue;
        /* "Putin ... dengan India ketika ia mengunjungi negara itu": a person
         * is no state named */
        if (want == KABAR_ENT_STATE && c->dents[c->ments[q].dent[0]].type == KABAR_ENT_PERSON)
          continue;
        /* a capital named as a place counts for its state: "ke Pyongyang ...
         * negara itu" */
        size_t d = want == KABAR_ENT_STATE
                       ? ex_fit(c, c->ments[q].dent[0], TYPE_BIT(KABAR_ENT_STATE), RC_PLACE, NULL)
                       : c->dents[c->ments[q].dent[0]].type == want ? c->ments[q].dent[0] : NONE;
        /* "perjanjian ini" is no unnamed "deklarasi" met before */
        if (d != NONE && c->dents[d].unnamed && !same_head(c->dents[d].label, tok_norm(c, mm->tb)))
          d = NONE;
        if (d != NONE && d == troops_of)
          continue;
        if (d != NONE) {
          mm->dent[0] = d;
          mm->n_dent = 1;
          break;
        }
      }
      break;
    }
    default:
      break;
    }
  }
}

size_t ex_article_subject(const ctx *c) {
  if (!c->doc->n_sentences || c->doc->sentences[0].kind != KABAR_SENT_HEADING)
    return NONE;
  const kabar_sentence *se = &c->doc->sentences[0];
  size_t m = c->ment_at[se->tok_begin];
  if (m == NONE || c->ments[m].kind != MK_NAME || c->ments[m].n_dent != 1 ||
      c->ments[m].te != se->tok_end)
    return NONE;
  size_t d = c->ments[m].dent[0];
  return c->dents[d].type == KABAR_ENT_PERSON ? d : NONE;
}

/* The two states the document is about: the most mentioned. */
kabar_status ex_find_pair(ctx *c) {
  c->pair[0] = c->pair[1] = NONE;
  size_t n_count = c->n_dents ? c->n_dents : 1;
  size_t *count = calloc(n_count, sizeof *count);
  if (!count)
    return KABAR_ERR_NOMEM;
  for (size_t m = 0; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || !mm->n_dent)
      continue;
    size_t d = ex_fit(c, mm->dent[0], TYPE_BIT(KABAR_ENT_STATE), 0, mm);
    if (d != NONE && d >= n_count) {
      /* a state first met here: count must cover the dent ex_fit just added */
      size_t *grown = realloc(count, c->n_dents * sizeof *count);
      if (!grown) {
        free(count);
        return KABAR_ERR_NOMEM;
      }
      memset(grown + n_count, 0, (c->n_dents - n_count) * sizeof *count);
      count = grown;
      n_count = c->n_dents;
    }
    if (d != NONE && c->doc->sentences[mm->sent].kind != KABAR_SENT_BOILERPLATE)
      count[d]++;
  }
  /* "Hubungan Indonesia dengan Singapura": a title that names two states
   * names the pair, however often others are named */
  size_t title[3], n_title = 0;
  for (size_t m = 0; m < c->n_ments && c->ments[m].sent == 0 && n_title < 3; m++) {
    const ment *mm = &c->ments[m];
    if (c->doc->n_sentences < 2 || c->doc->sentences[0].kind != KABAR_SENT_HEADING ||
        mm->kind != MK_NAME)
      break;
    for (size_t k = 0; k < mm->n_dent && n_title < 3; k++) {
      size_t d = mm->dent[k];
      int dup = c->dents[d].type != KABAR_ENT_STATE;
      for (size_t i = 0; i < n_title; i++)
        dup |= title[i] == d;
      if (!dup)
        title[n_title++] = d;
    }
  }
  /* ... when the body is about them too: each is among the three states
   * it names most ("Trump Saksikan Deklarasi Damai Armenia-Azerbaijan ...,
   * Rusia dan Iran Waspada" is about Armenia and Azerbaijan) */
  for (size_t i = 0; i < n_title && n_title == 2; i++) {
    size_t d = title[i], above = 0;
    for (size_t e = 0; e < n_count && e < c->n_dents; e++)
      above += count[e] > (d < n_count ? count[d] : 0);
    if (above >= 3 || d >= n_count || count[d] < 2)
      n_title = 0;
  }
  c->pair_titled = n_title == 2;
  c->pair_relations = 0;
  for (size_t t = c->doc->sentences[0].tok_begin; c->pair_titled && t < c->doc->sentences[0].tok_end; t++)
    c->pair_relations |= (c->wcat[t] & W_RELATIONS) != 0;
  if (n_title == 2) {
    c->pair[0] = title[0];
    c->pair[1] = title[1];
    free(count);
    return c->failed;
  }
  for (size_t d = 0; d < n_count && d < c->n_dents; d++) {
    if (!count[d])
      continue;
    if (c->pair[0] == NONE || count[d] > count[c->pair[0]]) {
      c->pair[1] = c->pair[0];
      c->pair[0] = d;
    } else if (c->pair[1] == NONE || count[d] > count[c->pair[1]])
      c->pair[1] = d;
  }
  free(count);
  return c->failed; /* ex_fit may have failed to add a state */
}

/* The key of an office (of state st, unless NONE): its title in lower case,
 * "pm" as "perdana menteri"; its length, 0 when it does not fit. */
static size_t office_key(const char *title, size_t st, char *buf, size_t size) {
  const char *t = office_name(title);
  int n = st == NONE ? snprintf(buf, size, "%s", t) : snprintf(buf, size, "%s:%zu", t, st);
  if (n < 0 || (size_t)n >= size)
    return 0;
  for (char *q = buf; *q; q++)
    *q = (char)tolower((unsigned char)*q);
  return (size_t)n;
}

/* The offices the document names with a state and no holder: office ->
 * state, or NONE when it names two states with it. */
static int unheld_titles(ctx *c, kabar_strmap *unheld) {
  char key[160];
  for (size_t m = 0; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || mm->n_dent != 1 || c->dents[mm->dent[0]].type != KABAR_ENT_STATE)
      continue;
    size_t sb = c->doc->sentences[mm->sent].tok_begin, end = c->doc->sentences[mm->sent].tok_end;
    const kabar_lex_role *role = NULL; /* the longest title right before it */
    size_t q = mm->tb > sb + 4 ? mm->tb - 4 : sb;
    for (; q < mm->tb && !role; q++) {
      const kabar_lex_role *r;
      if (match_role(c, q, mm->tb, &r) == mm->tb - q)
        role = r;
    }
    if (!role)
      continue;
    if (q > sb + 1 && ((c->gcat[q - 2] & (G_AS | G_COPULA | G_ROLE_VERB)) || c->ment_at[q - 2] != NONE))
      continue; /* "Bush menjabat sebagai wakil presiden AS", "Obama, presiden AS": held */
    size_t k = mm->te < end && tok_is(c, mm->te, ",") ? mm->te + 1 : mm->te;
    if (k < end && ((c->ment_at[k] != NONE && c->ments[c->ment_at[k]].n_dent &&
                     c->dents[c->ments[c->ment_at[k]].dent[0]].type == KABAR_ENT_PERSON) ||
                    (c->ment_at[k] == NONE && (tok_flags(c, k) & KABAR_TOK_CAP))))
      continue; /* its holder is named there, or may be ("Presiden Afsel Nelson Madela") */
    size_t kn = office_key(full_title(role), NONE, key, sizeof key), old;
    if (!kn)
      continue;
    size_t st = mm->dent[0];
    if (kabar_strmap_get(unheld, key, kn, &old) && old != st)
      st = NONE; /* two states with that title: which one is unknown */
    if (kabar_strmap_put(unheld, key, kn, st) < 0)
      return -1;
  }
  return 0;
}

/* A person the text names with a bare title and no state: one whose state
 * the document may give through that title. */
static int bare_titled(const dent *e) {
  return e->type == KABAR_ENT_PERSON && e->titled && e->state == NONE && dent_office(e) && !e->guessed;
}

/* "Menteri Luar Negeri Meksiko menyampaikan ...; kata Menteri Luar Negeri
 * Alicia Barcena": a person named with a bare title, whose state the text
 * does not give, holds it for the one state the document names with that
 * title and no holder, when no one else of that state holds it there. One
 * pass over the mentions, one over the people, in documents that name such
 * a person at all. */
kabar_status ex_titles_from_document(ctx *c) {
  size_t any = 0;
  while (any < c->n_dents && !bare_titled(&c->dents[any]))
    any++;
  if (any == c->n_dents)
    return c->failed;
  kabar_strmap *unheld = kabar_strmap_new(), *held = kabar_strmap_new();
  size_t *first = malloc((c->n_dents ? c->n_dents : 1) * sizeof *first);
  kabar_status rc = unheld && held && first && unheld_titles(c, unheld) == 0 ? KABAR_OK : KABAR_ERR_NOMEM;
  char key[160];
  /* who holds which office of which state, and each person's first mention */
  for (size_t d = 0; rc == KABAR_OK && d < c->n_dents; d++) {
    const dent *e = &c->dents[d];
    const char *office = dent_office(e);
    size_t kn;
    first[d] = NONE;
    if (e->type == KABAR_ENT_PERSON && e->state != NONE && office &&
        (kn = office_key(office, e->state, key, sizeof key)) && kabar_strmap_put(held, key, kn, 1) < 0)
      rc = KABAR_ERR_NOMEM;
  }
  for (size_t m = 0; rc == KABAR_OK && m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind == MK_NAME && mm->n_dent == 1 && mm->dent[0] < c->n_dents && first[mm->dent[0]] == NONE &&
        c->doc->sentences[mm->sent].kind == KABAR_SENT_TEXT)
      first[mm->dent[0]] = m;
  }
  size_t n_dents = c->n_dents; /* facts add no people */
  for (size_t d = 0; rc == KABAR_OK && d < n_dents; d++) {
    const dent *e = &c->dents[d];
    const char *office = dent_office(e);
    size_t st, kn;
    if (!bare_titled(e) || first[d] == NONE || !(kn = office_key(office, NONE, key, sizeof key)) ||
        !kabar_strmap_get(unheld, key, kn, &st) || st == NONE)
      continue;
    if ((kn = office_key(office, st, key, sizeof key)) && kabar_strmap_get(held, key, kn, NULL))
      continue; /* a holder of that state is named: the title is theirs */
    kabar_relation rel = e->head_title ? KABAR_REL_LEADER_OF : KABAR_REL_OFFICIAL_OF;
    rc = ex_add_fact(c, c->ments[first[d]].sent, d, rel, st, KABAR_FS_ASSERTED, NONE);
  }
  kabar_strmap_free(unheld);
  kabar_strmap_free(held);
  free(first);
  return rc != KABAR_OK ? rc : c->failed;
}
