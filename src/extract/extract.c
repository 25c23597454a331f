/* SPDX-License-Identifier: MIT */
/* Rule-based extraction over tokens: entity mentions (lexicon, role titles,
 * name patterns), their identity within and across documents, then facts
 * from verbal clauses, passives and nominalizations, each with its status.
 *
 * Work per document is linear in its length: every rule looks at a bounded
 * window of tokens around a cue.
 *
 * This file runs the passes over a document and hands the result to the kb;
 * the rules live in entities.c, mentions.c, arguments.c, status.c and
 * facts.c. It also keeps the caches of analyzed words (one per thread),
 * and merges documents extracted in parallel (see extract.h). */
#include "internal.h"

#include "common/try.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- output into the kb ---- */

static char *evidence(const ctx *c, size_t s) {
  const kabar_sentence *se = &c->doc->sentences[s];
  size_t n = se->end - se->start;
  char *e = kabar_arena_strndup(c->arena, c->doc->text + se->start, n);
  if (e)
    for (char *p = e; *p; p++)
      if (*p == '\t' || *p == '\n' || *p == '\r')
        *p = ' ';
  return e;
}

#define MAX_LABEL_PARTIES 4

/* Sorts a few states' dents by label (insertion sort: at most
 * MAX_LABEL_PARTIES of them). */
static void sort_by_label(const ctx *c, size_t *d, size_t n) {
  for (size_t i = 1; i < n; i++)
    for (size_t k = i; k > 0 && strcmp(c->dents[d[k - 1]].label, c->dents[d[k]].label) > 0; k--) {
      size_t t = d[k];
      d[k] = d[k - 1];
      d[k - 1] = t;
    }
}

/* An agreement the text describes but does not name is known by what it is
 * and its state parties, with the year its signing sentence gives
 * ("nota kesepahaman Indonesia–Tiongkok 2023"): documents on the same
 * agreement meet in one entity and others do not. With fewer than two state
 * parties it has no identity: drop[d] is set, and neither it nor its facts are
 * exported. One pass over the facts gathers each agreement's parties. */
/* "<kind> <party>–<party> <year>", the parties in the order given or
 * (reversed) the other way round; NULL when out of memory. */
static const char *party_label(ctx *c, const char *kind, const char **parties, size_t n,
                               const char *date, int reversed) {
  char buf[1024];
  size_t len = (size_t)snprintf(buf, sizeof buf, "%s", kind);
  for (size_t i = 0; i < n && len < sizeof buf; i++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? "\u2013" : " ",
                            parties[reversed ? n - 1 - i : i]);
  if (date && len < sizeof buf)
    snprintf(buf + len, sizeof buf - len, " %.4s", date);
  return kabar_arena_strdup(c->arena, buf);
}

/* The first word of an agreement's label, in lower case, into buf. */
static void head_word(const char *label, char *buf, size_t size) {
  size_t i = 0;
  for (; label[i] && label[i] != ' ' && i + 1 < size; i++)
    buf[i] = (char)tolower((unsigned char)label[i]);
  buf[i] = '\0';
}

/* An agreement's kind ("perjanjian persahabatan"), or its label when it
 * has none of its own. */
static const char *dent_kind(const ctx *c, size_t d) {
  return c->dents[d].kind ? c->dents[d].kind : c->dents[d].label;
}

/* The facts of dent `from` become facts of dent `to`. */
static void move_facts(ctx *c, size_t from, size_t to) {
  for (size_t f = 0; f < c->n_facts; f++) {
    if (c->facts[f].s == from)
      c->facts[f].s = to;
    if (c->facts[f].o == from)
      c->facts[f].o = to;
  }
}

/* "Korea Selatan, Jepang Capai Persetujuan Pertukaran Intelijen ... Jepang
 * dan Korea Selatan menandatangani persetujuan hari Rabu": with no named
 * agreement sharing a party, the one the document names by the same head
 * noun, with no parties of its own and no entry in the lexicon, is the one
 * it describes; NONE when
 * there is no such agreement or more than one. */
static size_t named_of_kind(ctx *c, size_t u, const size_t *n_parties) {
  char want[64], head[64];
  head_word(dent_kind(c, u), want, sizeof want);
  size_t found = NONE;
  for (size_t e = 0; e < c->n_dents; e++) {
    const dent *de = &c->dents[e];
    /* a treaty the lexicon knows is history the text cites, not the news */
    if (e == u || de->unnamed || de->type != KABAR_ENT_AGREEMENT || n_parties[e] || ex_dent_lex(c, e))
      continue;
    head_word(de->label, head, sizeof head);
    if (strcmp(head, want) != 0)
      continue;
    if (found != NONE)
      return NONE;
    found = e;
  }
  return found;
}

/* Whether an unnamed agreement of kind `kind` may be the named agreement
 * `label`: a treaty, pact or deal may be any of them, but a declaration, a
 * memorandum or a protocol is only one named as such ("menandatangani suatu
 * deklarasi bersama" is not the defence treaty the document names). */
static int kind_compatible(const char *kind, const char *label) {
  static const char *const generic[] = {"perjanjian", "traktat", "pakta", "kesepakatan", "persetujuan",
                                        "kerja", "kerjasama"};
  char want[64], word[64];
  head_word(kind, want, sizeof want);
  for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
    if (strcmp(want, generic[i]) == 0)
      return 1;
  for (const char *w = label; *w;) {
    while (*w == ' ')
      w++;
    head_word(w, word, sizeof word);
    if (strcmp(word, want) == 0)
      return 1;
    while (*w && *w != ' ')
      w++;
  }
  return 0;
}

/* "Australia dan Jepang menandatangani perjanjian pertahanan bersejarah ...
 * Perjanjian Akses Timbal Balik": an agreement the document describes is the
 * one agreement it names that has a state party in common with it and was
 * not signed in another year. Its facts move there and it is dropped.
 * parties/n_parties: each agreement's state parties (MAX_LABEL_PARTIES a
 * row), gathered for named ones too; date: each one's year of signing. */
static void merge_into_named(ctx *c, const size_t *parties, const size_t *n_parties,
                             const char *const *date, unsigned char *drop) {
  for (size_t u = 0; u < c->n_dents; u++) {
    if (!c->dents[u].unnamed || !n_parties[u])
      continue;
    size_t found = NONE;
    int many = 0, other_year = 0;
    for (size_t e = 0; e < c->n_dents && !many; e++) {
      if (e == u || c->dents[e].unnamed || c->dents[e].type != KABAR_ENT_AGREEMENT ||
          !kind_compatible(dent_kind(c, u), c->dents[e].label))
        continue;
      int common = 0;
      for (size_t i = 0; i < n_parties[u] && !common; i++)
        for (size_t j = 0; j < n_parties[e] && !common; j++)
          common = parties[u * MAX_LABEL_PARTIES + i] == parties[e * MAX_LABEL_PARTIES + j];
      if (common) {
        many = found != NONE;
        found = e;
        /* "Pada 2001 ... menandatangani Perjanjian X. Pada 2013 kedua negara
         * menyepakati perjanjian untuk ...": signed in another year, another one */
        other_year |= date[u] && date[e] && strncmp(date[u], date[e], 4) != 0;
      }
    }
    if (other_year)
      continue;
    if (found == NONE && !many)
      found = named_of_kind(c, u, n_parties);
    if (found == NONE || many)
      continue;
    move_facts(c, u, found);
    drop[u] = 1;
  }
}

/* Whether unnamed agreement d is a deal or consensus ("kesepakatan",
 * "persetujuan"): one "belum dicapai", not reached, has no parties and
 * names nothing that exists; a treaty not yet signed ("belum menandatangani
 * perjanjian damai") is still the treaty its parties negotiate. */
static int consensus_kind(ctx *c, size_t d) {
  char head[64];
  head_word(dent_kind(c, d), head, sizeof head);
  return c->dents[d].unnamed && (strcmp(head, "kesepakatan") == 0 || strcmp(head, "persetujuan") == 0);
}

/* "menandatangani Perjanjian Ekstradisi ... Perjanjian itu ...
 * perjanjian tersebut": an agreement described by a bare head noun
 * ("perjanjian", "kesepakatan") is the one agreement of a more specific
 * kind the document describes with the same parties, from the same year.
 * Its facts move there and it is dropped. */
static void merge_into_specific(ctx *c, const size_t *parties, const size_t *n_parties,
                                const char *const *date, unsigned char *drop) {
  for (size_t u = 0; u < c->n_dents; u++) {
    const char *ukind = dent_kind(c, u);
    if (!c->dents[u].unnamed || drop[u] || n_parties[u] < 2 || strchr(ukind, ' '))
      continue;
    size_t found = NONE;
    int many = 0;
    for (size_t e = 0; e < c->n_dents && !many; e++) {
      const char *ekind = dent_kind(c, e);
      if (e == u || !c->dents[e].unnamed || drop[e] || !strchr(ekind, ' ') || !kind_compatible(ukind, ekind) ||
          (date[u] && date[e] && strncmp(date[u], date[e], 4) != 0))
        continue;
      int all = 1;
      for (size_t i = 0; i < n_parties[u] && all; i++) {
        int in = 0;
        for (size_t j = 0; j < n_parties[e] && !in; j++)
          in = parties[u * MAX_LABEL_PARTIES + i] == parties[e * MAX_LABEL_PARTIES + j];
        all = in;
      }
      if (all) {
        many = found != NONE;
        found = e;
      }
    }
    if (found == NONE || many)
      continue;
    move_facts(c, u, found);
    drop[u] = 1;
  }
}

/* "Departemen Luar Negeri menyebut lawatan Menteri Luar Negeri Rex
 * Tillerson ...": a ministry the text names without its state is the
 * ministry of the state whose minister of that portfolio the document
 * names (the one named nearest to it), and is known by that state's name
 * ("Departemen Luar Negeri AS"); its mentions and the facts of its titles
 * move there. Run after names, before relations. */
static kabar_status state_of_bare_ministries(ctx *c) {
  size_t n_dents = c->n_dents;
  for (size_t d = 0; d < n_dents; d++) {
    const dent *b = &c->dents[d];
    if (b->type != KABAR_ENT_ORGANIZATION || b->state != NONE || ex_dent_lex(c, d))
      continue;
    const char *sp = strchr(b->label, ' ');
    if (!sp || !(strncasecmp(b->label, "departemen ", 11) == 0 || strncasecmp(b->label, "kementerian ", 12) == 0))
      continue;
    const char *portfolio = sp + 1;
    size_t words = 1;
    for (const char *q = portfolio; *q; q++)
      words += *q == ' ';
    if (words > 3)
      continue;
    char office[96];
    snprintf(office, sizeof office, "menteri %s", portfolio);
    /* the state of the ministers of that portfolio the document names, when
     * they are all of one state (a visitor's and a host's leave it open) */
    size_t st = NONE;
    int many = 0;
    for (size_t m = 0; m < c->n_ments && !many; m++) {
      const ment *mm = &c->ments[m];
      if (mm->kind != MK_NAME || mm->n_dent != 1 || c->dents[mm->dent[0]].type != KABAR_ENT_PERSON)
        continue;
      const dent *p = &c->dents[mm->dent[0]];
      if (!p->office || strcasecmp(p->office, office) != 0)
        continue;
      size_t ps = ex_state_of(c, mm->dent[0]);
      if (ps == NONE)
        continue;
      many = st != NONE && ps != st;
      st = ps;
    }
    if (st == NONE || many)
      continue;
    char name[256];
    snprintf(name, sizeof name, "%s %s", c->dents[d].label, c->dents[st].label);
    const kabar_lex_entity *known = kabar_lexicon_lookup(c->x->lex, name);
    size_t nd = known && known->type == KABAR_ENT_ORGANIZATION ? ex_lex_dent(c, known) : NONE;
    if (nd == NONE) {
      if (c->failed)
        return c->failed;
      char *label = kabar_arena_strdup(c->arena, name);
      if (!label)
        return KABAR_ERR_NOMEM;
      label[0] = (char)toupper((unsigned char)label[0]);
      nd = ex_add_dent(c, KABAR_ENT_ORGANIZATION, label, NULL);
      if (nd == NONE)
        return KABAR_ERR_NOMEM;
      c->dents[nd].state = st;
      c->dents[nd].gov = 1;
    }
    for (size_t m = 0; m < c->n_ments; m++)
      for (size_t i = 0; i < c->ments[m].n_dent; i++)
        if (c->ments[m].dent[i] == d)
          c->ments[m].dent[i] = nd;
    move_facts(c, d, nd);
  }
  return c->failed;
}

static kabar_status label_unnamed(ctx *c, unsigned char *drop) {
  int any = 0;
  for (size_t d = 0; d < c->n_dents && !any; d++)
    any = c->dents[d].unnamed;
  if (!any)
    return KABAR_OK;
  kabar_status st = KABAR_OK;
  size_t n_dents = c->n_dents ? c->n_dents : 1;
  size_t *parties = calloc(n_dents * MAX_LABEL_PARTIES, sizeof *parties);
  size_t *n_parties = calloc(n_dents, sizeof *n_parties);
  const char **date = calloc(n_dents, sizeof *date); /* of the first signing sentence with one */
  const char **written = calloc(n_dents, sizeof *written); /* a state as the text first names it */
  if (!parties || !n_parties || !date || !written) {
    st = KABAR_ERR_NOMEM;
    goto done;
  }
  for (size_t m = 0; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind == MK_NAME && mm->n_dent == 1 && mm->dent[0] < n_dents && !written[mm->dent[0]] &&
        c->dents[mm->dent[0]].type == KABAR_ENT_STATE && !(written[mm->dent[0]] = ex_text_span(c, mm->tb, mm->te))) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
  }
  for (size_t f = 0; f < c->n_facts; f++) {
    const pfact *pf = &c->facts[f];
    size_t d = pf->o;
    if (pf->rel != KABAR_REL_PARTY_TO || c->dents[d].type != KABAR_ENT_AGREEMENT ||
        c->dents[pf->s].type != KABAR_ENT_STATE || (pf->status == KABAR_FS_NEGATED && consensus_kind(c, d)))
      continue;
    size_t *mine = parties + d * MAX_LABEL_PARTIES;
    size_t i = 0;
    while (i < n_parties[d] && mine[i] != pf->s)
      i++;
    if (i == n_parties[d] && i < MAX_LABEL_PARTIES)
      mine[n_parties[d]++] = pf->s;
    if (!date[d])
      date[d] = ex_sentence_date(c, pf->sent);
    if (c->failed) {
      st = c->failed;
      goto done;
    }
  }
  merge_into_named(c, parties, n_parties, date, drop);
  merge_into_specific(c, parties, n_parties, date, drop);
  for (size_t d = 0; d < c->n_dents; d++) {
    if (!c->dents[d].unnamed || drop[d])
      continue;
    size_t n = n_parties[d];
    size_t *mine = parties + d * MAX_LABEL_PARTIES;
    if (n < 2 && c->dents[d].own_title) {
      c->dents[d].unnamed = 0; /* "Perjanjian Keamanan Bilateral": its title names it */
      continue;
    }
    if (n < 2) {
      drop[d] = 1;
      continue;
    }
    sort_by_label(c, mine, n);
    const char *kind = dent_kind(c, d);
    const char *names[MAX_LABEL_PARTIES];
    for (size_t i = 0; i < n; i++)
      names[i] = c->dents[mine[i]].label;
    dent *e = &c->dents[d];
    e->label = party_label(c, kind, names, n, date[d], 0);
    if (!e->label) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    if (n != 2)
      continue;
    /* other names: the parties the other way round, and as the text spells
     * them ("... Afganistan-Indonesia 1955") */
    const char *spelt[2];
    int differs = 0;
    for (size_t i = 0; i < 2; i++) {
      spelt[i] = written[mine[i]] ? written[mine[i]] : names[i];
      differs |= strcmp(spelt[i], names[i]) != 0;
    }
    e->alt_label[0] = party_label(c, kind, names, 2, date[d], 1);
    e->alt_label[1] = differs ? party_label(c, kind, spelt, 2, date[d], 0) : NULL;
    e->alt_label[2] = differs ? party_label(c, kind, spelt, 2, date[d], 1) : NULL;
    e->alt_label[3] = date[d] ? party_label(c, kind, names, 2, NULL, 0) : NULL;
    e->alt_label[4] = date[d] ? party_label(c, kind, names, 2, NULL, 1) : NULL;
    if (!e->alt_label[0] || (differs && (!e->alt_label[1] || !e->alt_label[2])) ||
        (date[d] && (!e->alt_label[3] || !e->alt_label[4]))) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
  }
done:
  free(parties);
  free(n_parties);
  free(date);
  free(written);
  return st;
}

/* Whether dent d is an unnamed agreement label_unnamed() left out; dents
 * added after it ran (a capital's state) never are. */
static int dropped(const unsigned char *drop, size_t n_drop, size_t d) {
  return d < n_drop && drop[d];
}

/* Whether name mention mm names two states or more at once, a compound
 * ("Israel-Palestina"). */
static int compound_state(const ctx *c, const ment *mm) {
  if (mm->n_dent < 2)
    return 0;
  for (size_t i = 0; i < mm->n_dent; i++)
    if (c->dents[mm->dent[i]].type != KABAR_ENT_STATE)
      return 0;
  return 1;
}

/* ---- entity mentions (mentions.tsv) ---- */

/* Offsets in mentions.tsv are into the input file: a plain-text document's
 * text is the file after its BOM. (HTML: into the extracted text.) */
static size_t file_offset(const ctx *c, size_t text_offset) {
  return text_offset + (c->doc->is_html ? 0 : c->doc->text_offset);
}

/* How name mention mm of dent d was found: a name the lexicon knows, an
 * agreement described, else the rule that found it (a name after its
 * title counts as titled whatever rule read it). */
static kabar_mention_kind name_kind(ctx *c, const ment *mm, size_t d) {
  if (c->dents[d].unnamed)
    return KABAR_MK_DESCRIPTION;
  if (ex_dent_lex(c, d))
    return KABAR_MK_LEXICON;
  if (mm->how == KABAR_MK_PATTERN && mm->phrase_tb < mm->tb)
    return KABAR_MK_TITLE;
  return (kabar_mention_kind)mm->how;
}

static kabar_status add_entity_mention(ctx *c, kabar_kb *kb, size_t sent, size_t b, size_t e,
                                       size_t entity, kabar_mention_kind kind) {
  const char *surface = kabar_arena_strndup(c->arena, c->doc->text + b, e - b);
  if (!surface)
    return KABAR_ERR_NOMEM;
  kabar_entity_mention em = {c->doc->name, sent + 1, file_offset(c, b), file_offset(c, e),
                             surface, entity, kind};
  return kabar_kb_add_entity_mention(kb, &em);
}

/* Every mention of an exported entity: names (mdent[m] is the dent a name
 * mention stands for, NONE when it was not exported) and references; then,
 * for an exported entity the text never names (a state a fact implies), a
 * row spanning the sentence of its first fact. */
static kabar_status entity_mentions(ctx *c, kabar_kb *kb, const size_t *kbi, size_t n_kbi,
                                    const size_t *mdent) {
  unsigned char *named = calloc(n_kbi ? n_kbi : 1, 1);
  if (!named)
    return KABAR_ERR_NOMEM;
  kabar_status st = KABAR_OK;
  const kabar_token *tok = c->doc->tokens;
  for (size_t m = 0; m < c->n_ments && st == KABAR_OK; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind == MK_DROPPED || !mm->n_dent || mm->te <= mm->tb ||
        c->doc->sentences[mm->sent].kind == KABAR_SENT_BOILERPLATE)
      continue;
    size_t b = tok[mm->tb].start, e = tok[mm->te - 1].end;
    if (mm->kind == MK_NAME) {
      /* a person's honorifics are read with the name but are no part of it */
      if (c->dents[mm->dent[0]].type == KABAR_ENT_PERSON) {
        size_t nb = ex_honorifics_end(c, mm->tb, mm->te);
        if (nb < mm->te)
          b = tok[nb].start;
      }
      size_t d = mdent[m], own = mm->dent[0];
      if (d == NONE || d >= n_kbi || kbi[d] == NONE)
        continue;
      st = add_entity_mention(c, kb, mm->sent, b, e, kbi[d], name_kind(c, mm, mm->dent[0]));
      named[d] = 1;
      for (size_t i = 1; i < mm->n_dent && st == KABAR_OK && compound_state(c, mm); i++) {
        size_t d2 = mm->dent[i];
        if (d2 < n_kbi && kbi[d2] != NONE) {
          st = add_entity_mention(c, kb, mm->sent, b, e, kbi[d2], name_kind(c, mm, d2));
          named[d2] = 1;
        }
      }
      /* the seat that stood for its state names the building too */
      if (st == KABAR_OK && own != d && own < n_kbi && kbi[own] != NONE) {
        st = add_entity_mention(c, kb, mm->sent, b, e, kbi[own], name_kind(c, mm, own));
        named[own] = 1;
      }
      continue;
    }
    for (size_t i = 0; i < mm->n_dent && st == KABAR_OK; i++) {
      size_t d = mm->dent[i];
      if (d < n_kbi && kbi[d] != NONE) {
        st = add_entity_mention(c, kb, mm->sent, b, e, kbi[d], KABAR_MK_REFERENCE);
        named[d] = 1;
      }
    }
  }
  for (size_t f = 0; f < c->n_facts && st == KABAR_OK; f++) {
    const pfact *pf = &c->facts[f];
    size_t ids[3] = {pf->s, pf->o, pf->claimant};
    for (int i = 0; i < 3 && st == KABAR_OK; i++) {
      size_t d = ids[i];
      if (d >= n_kbi || kbi[d] == NONE || named[d])
        continue;
      const kabar_sentence *se = &c->doc->sentences[pf->sent];
      st = add_entity_mention(c, kb, pf->sent, se->start, se->end, kbi[d], KABAR_MK_IMPLIED);
      named[d] = 1;
    }
  }
  free(named);
  return st;
}

/* "Trump Temui Presiden Meksiko" (a headline), "Kerry bertemu menteri luar
 * negeri Mesir": a person meets a state only through its unnamed official;
 * where the document names whom of that state the person met, the meeting
 * with the state says nothing more. Two passes over the facts: the (person,
 * state of a person met) pairs, then the meetings with a state among them. */
static kabar_status supersede_unnamed_counterparts(ctx *c) {
  kabar_strmap *met = kabar_strmap_new();
  if (!met)
    return KABAR_ERR_NOMEM;
  char key[48];
  for (int pass = 0; pass < 2; pass++)
    for (size_t f = 0; f < c->n_facts; f++) {
      pfact *pf = &c->facts[f];
      if (pf->rel != KABAR_REL_MET_WITH)
        continue;
      for (int side = 0; side < 2; side++) {
        size_t p = side ? pf->o : pf->s, q = side ? pf->s : pf->o;
        if (c->dents[p].type != KABAR_ENT_PERSON)
          continue;
        size_t st = pass == 0 ? (c->dents[q].type == KABAR_ENT_PERSON ? ex_state_of(c, q) : NONE)
                              : (c->dents[q].type == KABAR_ENT_STATE ? q : NONE);
        if (st == NONE)
          continue;
        int kn = snprintf(key, sizeof key, "%zu:%zu", p, st);
        if (pass == 0 && kabar_strmap_put(met, key, (size_t)kn, 1) < 0) {
          kabar_strmap_free(met);
          return KABAR_ERR_NOMEM;
        }
        if (pass == 1 && kabar_strmap_get(met, key, (size_t)kn, NULL))
          pf->superseded = 1;
      }
    }
  kabar_strmap_free(met);
  return KABAR_OK;
}

static kabar_status to_kb(ctx *c, kabar_kb *kb) {
  kabar_status st = KABAR_OK;
  size_t n_kbi = c->n_dents;
  size_t *kbi = malloc((n_kbi ? n_kbi : 1) * sizeof *kbi);
  if (!kbi)
    return KABAR_ERR_NOMEM;
  size_t n_drop = n_kbi;
  unsigned char *drop = calloc(n_drop ? n_drop : 1, 1);
  if (!drop) {
    free(kbi);
    return KABAR_ERR_NOMEM;
  }
  size_t *mdent = malloc((c->n_ments ? c->n_ments : 1) * sizeof *mdent);
  if (!mdent) {
    free(kbi);
    free(drop);
    return KABAR_ERR_NOMEM;
  }
  for (size_t d = 0; d < n_kbi; d++)
    kbi[d] = NONE;
  for (size_t m = 0; m < c->n_ments; m++)
    mdent[m] = NONE;
  TRY(label_unnamed(c, drop));
  TRY(supersede_unnamed_counterparts(c));
  TRY(kabar_kb_begin_doc(kb, c->doc->name, c->doc->path, c->doc->title, c->doc->sha256,
                         c->doc->n_sentences));
  TRY(kabar_kb_set_doc_meta(kb, c->doc->date, c->doc->url));
  for (size_t m = 0; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || !mm->n_dent ||
        c->doc->sentences[mm->sent].kind == KABAR_SENT_BOILERPLATE)
      continue;
    size_t d = mm->dent[0];
    dent *e = &c->dents[d];
    if ((e->type == KABAR_ENT_PERSON && !e->mononym && !strchr(e->label, ' ')) || dropped(drop, n_drop, d))
      continue;
    /* a capital acting for its state is the state */
    if (e->type == KABAR_ENT_PLACE && !mm->locative) {
      const kabar_lex_entity *le = ex_dent_lex(c, d);
      if (le && (le->flags & KABAR_LEX_METONYM)) {
        size_t sd = ex_state_of(c, d);
        if (sd != NONE && sd >= n_kbi) {
          /* a state first met here: kbi must cover the dent it just added */
          size_t *nk = realloc(kbi, c->n_dents * sizeof *kbi);
          if (!nk) {
            st = KABAR_ERR_NOMEM;
            goto done;
          }
          kbi = nk;
          for (; n_kbi < c->n_dents; n_kbi++)
            kbi[n_kbi] = NONE;
        }
        /* a seat of government ("Gedung Putih", "Kremlin") is also the
         * building it names, whoever it speaks for */
        if (sd != NONE && !strcmp(le->kind, "seat") && kbi[d] == NONE) {
          const char *seat = ex_text_span(c, mm->tb, mm->te);
          TRY(c->failed);
          kbi[d] = kabar_kb_entity(kb, e->type, e->label, NULL, seat);
          if (kbi[d] == NONE) {
            st = KABAR_ERR_NOMEM;
            goto done;
          }
        }
        if (sd != NONE)
          d = sd, e = &c->dents[d];
      }
    }
    const char *surface = ex_text_span(c, mm->tb, mm->te);
    TRY(c->failed); /* ex_state_of or ex_text_span */
    /* "Israelnya": the name without the -nya glued to it */
    if (mm->clitic) {
      surface = kabar_arena_strndup(c->arena, surface, strlen(surface) - 3);
      if (!surface) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    }
    size_t k = kabar_kb_entity(kb, e->type, e->label, e->type == KABAR_ENT_STATE ? e->iso3 : NULL,
                               surface);
    if (k == NONE) {
      st = KABAR_ERR_NOMEM;
      goto done;
    }
    /* "Pakta Netralitas Soviet-Jepang tahun 1941": a treaty dated by "tahun"
     * is also known by its name without the date */
    if (e->type == KABAR_ENT_AGREEMENT && mm->te >= mm->tb + 3 && tok_is(c, mm->te - 2, "tahun") &&
        (tok_flags(c, mm->te - 1) & KABAR_TOK_NUMBER) && ex_is_year(tok_norm(c, mm->te - 1))) {
      const char *undated = ex_text_span(c, mm->tb, mm->te - 2);
      TRY(c->failed);
      if (kabar_kb_entity(kb, e->type, e->label, NULL, undated) == NONE) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    }
    /* ... and by the words that describe it ("persetujuan tahun 2015") */
    if (mm->phrase_te > mm->te) {
      const char *described = ex_text_span(c, mm->tb, mm->phrase_te);
      TRY(c->failed);
      if (kabar_kb_entity(kb, e->type, e->label, NULL, described) == NONE) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    }
    /* an unnamed agreement is also known with its parties the other way
     * round ("... Indonesia–Arab Saudi 2014") */
    for (size_t a = 0; a < sizeof e->alt_label / sizeof e->alt_label[0]; a++)
      if (e->alt_label[a] && kabar_kb_entity(kb, e->type, e->label, NULL, e->alt_label[a]) == NONE) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    kbi[d] = k;
    mdent[m] = d;
    /* "Israel-Palestina", "Amerika Serikat-Meksiko-Kanada": the states
     * after the first of a compound name are named too */
    for (size_t i = 1; i < mm->n_dent; i++) {
      size_t d2 = mm->dent[i];
      if (!compound_state(c, mm) || d2 >= n_kbi || kbi[d2] != NONE)
        continue;
      kbi[d2] = kabar_kb_entity(kb, KABAR_ENT_STATE, c->dents[d2].label, c->dents[d2].iso3, NULL);
      if (kbi[d2] == NONE) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    }
  }
  for (size_t f = 0; f < c->n_facts; f++) {
    pfact *pf = &c->facts[f];
    if (pf->superseded || dropped(drop, n_drop, pf->s) || dropped(drop, n_drop, pf->o) ||
        dropped(drop, n_drop, pf->claimant))
      continue;
    size_t ids[3] = {pf->s, pf->o, pf->claimant};
    for (int i = 0; i < 3; i++) {
      size_t d = ids[i];
      if (d == NONE || kbi[d] != NONE)
        continue;
      dent *e = &c->dents[d];
      if (e->type == KABAR_ENT_PERSON && !e->mononym && !strchr(e->label, ' '))
        continue;
      kbi[d] = kabar_kb_entity(kb, e->type, e->label, e->type == KABAR_ENT_STATE ? e->iso3 : NULL,
                               NULL);
      if (kbi[d] == NONE) {
        st = KABAR_ERR_NOMEM;
        goto done;
      }
    }
    if (kbi[pf->s] == NONE || kbi[pf->o] == NONE)
      continue;
    const kabar_sentence *se = &c->doc->sentences[pf->sent];
    const char *date = ex_mention_date(c, pf->sent), *ev = evidence(c, pf->sent);
    TRY(c->failed); /* the date */
    TRY_ALLOC(ev);
    kabar_mention km = {c->doc->name, pf->sent + 1, file_offset(c, se->start),
                        file_offset(c, se->end), kbi[pf->s], kbi[pf->o],
                        pf->rel, pf->status,
                        pf->claimant != NONE ? kbi[pf->claimant] : NONE, date, ev};
    TRY(kabar_kb_add_mention(kb, &km));
  }
  TRY(entity_mentions(c, kb, kbi, n_kbi, mdent));
done:
  free(kbi);
  free(drop);
  free(mdent);
  return st;
}

/* ---- the lexeme cache ---- */

/* Beyond this, words are analyzed without caching until the cache can start
 * afresh (three quarters of 2^17, so that its index stays at 2^17 slots:
 * about 25 MB a cache; the realistic corpus of 100 MB has fewer words). */
#define WORD_CACHE_MAX 98304

/* Analyzes a normalized word into *out (strings in the cache's arena). */
static int analyze_word(kabar_extractor *x, kabar_word_cache *wc, const char *w, lexeme *out) {
  size_t n = strlen(w);
  wc->buf.len = 0;
  if (kabar_compact_append(&wc->buf, w, n) < 0)
    return -1;
  out->compact = kabar_arena_strndup(wc->arena, wc->buf.data ? wc->buf.data : "", wc->buf.len);
  if (!out->compact)
    return -1;
  out->wcat = kabar_cues_word(x->cues, w);
  /* "sanksi-sanksi", "serangan-serangan": a reduplicated plural is built on
   * the root of its singular */
  const char *dash = strchr(w, '-');
  size_t half = dash ? (size_t)(dash - w) : 0;
  char single[64];
  if (half && half < sizeof single && 2 * half + 1 == n && memcmp(w, dash + 1, half) == 0) {
    memcpy(single, w, half);
    single[half] = '\0';
    if (kabar_cues_root(x->cues, single, &out->morph, &out->root) < 0)
      return -1;
  } else if (kabar_cues_root(x->cues, w, &out->morph, &out->root) < 0) {
    return -1;
  }
  /* "tembak-menembak", "serang-menyerang": a root and its meN- verb say the
   * act is mutual, like a ber- verb ("bertempur") */
  if (!out->root && half && half < sizeof single && !strchr(dash + 1, '-')) {
    kabar_morph second;
    const kabar_root_info *ri;
    memcpy(single, w, half);
    single[half] = '\0';
    if (kabar_cues_root(x->cues, dash + 1, &second, &ri) < 0)
      return -1;
    if (ri && second.form == KABAR_FORM_ACTIVE && strcmp(second.root, single) == 0) {
      out->root = ri;
      out->morph = second;
      out->morph.form = KABAR_FORM_BER;
    }
  }
  /* "ditanda-tangani": a compound written with a hyphen */
  char joined[64];
  if (!out->root && half && n < sizeof joined && !strchr(dash + 1, '-')) {
    memcpy(joined, w, half);
    memcpy(joined + half, dash + 1, n - half - 1);
    joined[n - 1] = '\0';
    if (kabar_cues_root(x->cues, joined, &out->morph, &out->root) < 0)
      return -1;
  }
  out->status = kabar_cues_status_word(x->cues, w);
  if (!out->status && out->root)
    out->status = kabar_cues_status(x->cues, out->root->status);
  out->first_entity = (unsigned char)kabar_lexicon_may_start_entity(x->lex, out->compact);
  out->first_role = (unsigned char)kabar_lexicon_may_start_role(x->lex, out->compact);
  out->gcat = kabar_grammar_word_info(x->grammar, w, &out->gstart);
  return 0;
}

/* The lexeme of a word, cached in wc. NULL when out of memory. A lexeme
 * depends on the word alone, so each thread may keep its own cache. */
static const lexeme *word_lexeme(kabar_extractor *x, kabar_word_cache *wc, const char *w,
                                 lexeme *scratch) {
  size_t n = strlen(w), v;
  if (kabar_strmap_get(wc->index, w, n, &v))
    return &wc->lexemes[v];
  if (analyze_word(x, wc, w, scratch) < 0)
    return NULL;
  if (wc->n_lexemes >= WORD_CACHE_MAX)
    return scratch;
  if (kabar_grow((void **)&wc->lexemes, &wc->cap_lexemes, wc->n_lexemes, sizeof *wc->lexemes) < 0 ||
      kabar_strmap_put(wc->index, w, n, wc->n_lexemes) < 0)
    return NULL;
  wc->lexemes[wc->n_lexemes] = *scratch;
  return &wc->lexemes[wc->n_lexemes++];
}

kabar_word_cache *kabar_word_cache_new(void) {
  kabar_word_cache *wc = calloc(1, sizeof *wc);
  if (!wc)
    return NULL;
  wc->index = kabar_strmap_new();
  wc->arena = kabar_arena_new();
  if (!wc->index || !wc->arena) {
    kabar_word_cache_free(wc);
    return NULL;
  }
  return wc;
}

/* Empties a full cache that no document points into (see internal.h). */
static void word_cache_trim(kabar_word_cache *wc) {
  if (wc->n_lexemes < WORD_CACHE_MAX || wc->users > 0)
    return;
  kabar_strmap_clear(wc->index);
  kabar_arena_clear(wc->arena);
  wc->n_lexemes = 0;
}

void kabar_word_cache_free(kabar_word_cache *wc) {
  if (!wc)
    return;
  kabar_strmap_free(wc->index);
  kabar_tagger_memo_free(wc->tagger);
  free(wc->lexemes);
  kabar_buf_free(&wc->buf);
  kabar_arena_free(wc->arena);
  free(wc);
}

/* ---- the people of earlier documents, read in parallel ---- */

int ex_people_read(ctx *c, const char *key) {
  if (!c->track_people)
    return 0;
  if (kabar_grow((void **)&c->people_read, &c->cap_people_read, c->n_people_read,
                 sizeof *c->people_read) < 0) {
    ex_out_of_memory(c);
    return -1;
  }
  c->people_read[c->n_people_read++] = kabar_hash_bytes(key, strlen(key));
  return 0;
}

int ex_people_changed(kabar_extractor *x, const char *key, size_t n) {
  if (!x->people_changed)
    return 0;
  uint64_t h = kabar_hash_bytes(key, n);
  return kabar_strmap_put(x->people_changed, (const char *)&h, sizeof h, 1) < 0 ? -1 : 0;
}

/* Whether a person c looked up has changed since the batch began (a hash
 * that two keys share only makes a document extracted twice). */
static int people_changed_for(const ctx *c) {
  const kabar_strmap *changed = c->x->people_changed;
  for (size_t i = 0; changed && i < c->n_people_read; i++)
    if (kabar_strmap_get(changed, (const char *)&c->people_read[i], sizeof c->people_read[i],
                         NULL))
      return 1;
  return 0;
}

/* ---- the document ---- */

/* Frees what ctx_run() allocated in c. */
static void ctx_free(ctx *c) {
  if (c->wc)
    c->wc->users--;
  kabar_buf_free(&c->buf);
  free(c->compact);
  free(c->ment_at);
  free(c->wcat);
  free(c->root);
  free(c->morph);
  free(c->status);
  free(c->first);
  free(c->me_end);
  free(c->me_len);
  free(c->me_le);
  free(c->gcat);
  free(c->glen);
  free(c->ner);
  free(c->clauses);
  free(c->phrases);
  free(c->sents);
  free(c->dents);
  free(c->ments);
  free(c->facts);
  free(c->people_read);
  kabar_strmap_free(c->dent_keys);
  kabar_strmap_free(c->fact_keys);
  kabar_strmap_free(c->unnamed_kinds);
  kabar_strmap_free(c->name_words);
  free(c->name_links);
  free(c->named_count);
  free(c->leaders);
  kabar_arena_free(c->arena);
  memset(c, 0, sizeof *c);
}

/* Every pass of the extractor over doc into c (words looked up in wc), and
 * the layers printed on `out` when it is not NULL; nothing into the kb yet.
 * c is freed with ctx_free() whatever the result. */
static kabar_status ctx_run(kabar_extractor *x, kabar_word_cache *wc, const kabar_doc *doc,
                            int track_people, FILE *out, ctx *cp) {
  kabar_status st = KABAR_OK;
  ctx c;
  memset(&c, 0, sizeof c);
  c.x = x;
  c.doc = doc;
  word_cache_trim(wc);
  c.wc = wc;
  wc->users++;
  c.track_people = track_people;
  c.last_alleged_sent = NONE;
  c.arena = kabar_arena_new();
  c.dent_keys = kabar_strmap_new();
  c.fact_keys = kabar_strmap_new();
  c.unnamed_kinds = kabar_strmap_new();
  size_t nt = doc->n_tokens ? doc->n_tokens : 1;
  c.compact = malloc(nt * sizeof *c.compact);
  c.ment_at = malloc(nt * sizeof *c.ment_at);
  c.wcat = malloc(nt * sizeof *c.wcat);
  c.root = malloc(nt * sizeof *c.root);
  c.morph = malloc(nt * sizeof *c.morph);
  c.status = malloc(nt * sizeof *c.status);
  c.first = malloc(nt);
  c.me_end = malloc(2 * nt * sizeof *c.me_end);
  c.me_len = malloc(2 * nt);
  c.me_le = malloc(2 * nt * sizeof *c.me_le);
  c.gcat = malloc(nt * sizeof *c.gcat);
  c.glen = malloc(nt);
  c.ner = malloc(nt);
  c.ner_sent = NONE;
  c.sents = calloc(doc->n_sentences ? doc->n_sentences : 1, sizeof *c.sents);
  TRY_ALLOC(c.arena && c.dent_keys && c.fact_keys && c.unnamed_kinds && c.compact && c.ment_at && c.wcat && c.root && c.morph &&
                    c.status && c.first && c.me_end && c.me_len && c.me_le && c.gcat && c.glen &&
                    c.ner && c.sents
                ? c.arena
                : NULL);
  for (size_t t = 0; t < doc->n_tokens; t++) {
    lexeme scratch;
    const lexeme *lx = word_lexeme(x, wc, doc->tokens[t].norm, &scratch);
    TRY_ALLOC(lx);
    int word = (doc->tokens[t].flags & KABAR_TOK_WORD) != 0;
    c.compact[t] = lx == &scratch ? kabar_arena_strdup(c.arena, lx->compact) : lx->compact;
    TRY_ALLOC(c.compact[t]);
    c.ment_at[t] = NONE;
    c.me_end[2 * t] = c.me_end[2 * t + 1] = NONE;
    c.wcat[t] = lx->wcat;
    /* a particle is one only in lower case: "Den Haag" and the city of Van are names */
    if (doc->tokens[t].flags & (KABAR_TOK_CAP | KABAR_TOK_UPPER))
      c.wcat[t] &= ~W_NAME_PARTICLE;
    c.root[t] = word ? lx->root : NULL;
    c.morph[t] = lx->morph;
    c.status[t] = word ? lx->status : NULL;
    /* a status root counts as a verb or bare root, not inside a noun
     * ("perjanjian" is not "janji") */
    if (c.status[t] && c.status[t]->kind == SC_PLANNED && lx->root &&
        lx->morph.form == KABAR_FORM_NOUN &&
        lx->status != kabar_cues_status_word(x->cues, doc->tokens[t].norm))
      c.status[t] = NULL;
    c.first[t] = (unsigned char)(lx->first_entity | (lx->first_role << 1) |
                                 ((lx->gstart & KABAR_GRAMMAR_STARTS_HEAD) ? FIRST_HEAD : 0));
    if (c.wcat[t] & W_PLACE_LAST) {
      c.wcat[t] &= ~W_PLACE_LAST;
      c.first[t] |= FIRST_PLACE_LAST;
    }
    c.gcat[t] = lx->gcat;
    c.glen[t] = lx->gcat ? 1 : 0;
    size_t len;
    kabar_grammar_cats pair = (lx->gstart & KABAR_GRAMMAR_STARTS_PAIR)
                        ? kabar_grammar_word(x->grammar, doc->tokens, t, doc->n_tokens, &len)
                        : 0;
    if (pair && len == 2) { /* "antara lain": the two-word entry wins */
      c.gcat[t] = pair;
      c.glen[t] = 2;
      if (pair & G_NOW)
        c.wcat[t] &= ~W_BOUNDARY; /* "saat ini" is now, not "when" */
    }
  }
  /* Each pass ends with TRY(c.failed): a rule that could not allocate gave
   * no result, which must not pass for "nothing found". */
  c.why = "title or apposition";
  for (size_t s = 0; s < doc->n_sentences; s++) {
    c.sents[s].m_begin = c.n_ments;
    c.named_final = c.n_ments; /* earlier sentences' names are settled */
    if (doc->sentences[s].kind != KABAR_SENT_BOILERPLATE)
      TRY(ex_ner_sentence(&c, s));
    c.sents[s].m_end = c.n_ments;
    TRY(ex_group_sentence(&c, s));
  }
  c.named_final = 0; /* later passes change mentions: most_named() counts afresh */
  TRY(state_of_bare_ministries(&c));
  TRY(ex_find_pair(&c));
  c.article_subject = ex_article_subject(&c);
  for (size_t s = 0; s < doc->n_sentences; s++) {
    ex_main_subject(&c, s);
    ex_resolve_refs(&c, s);
    ex_main_subject(&c, s); /* a pronoun may have been the subject */
    TRY(c.failed);
    TRY(ex_clauses_sentence(&c, s));
    TRY(ex_phrases_sentence(&c, s));
    TRY(c.failed);
    TRY(ex_relations_sentence(&c, s));
    TRY(c.failed);
  }
  c.why = "title the document gives";
  TRY(ex_titles_from_document(&c));
  if (out)
    TRY(ex_print_doc(&c, out));
done:
  *cp = c;
  return st;
}

/* The document of c into the kb, and its people remembered for the
 * documents after it. */
static kabar_status ctx_merge(ctx *c, kabar_kb *kb) {
  kabar_status st = to_kb(c, kb);
  return st != KABAR_OK ? st : ex_remember_people(c);
}

static kabar_status extraction_failed(const kabar_doc *doc, kabar_status st, kabar_error *err) {
  return kabar_error_set(err, st, "%s: %s during extraction", doc->path, kabar_strerror(st));
}

kabar_status kabar_extract_doc(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                               kabar_error *err) {
  return kabar_extract_analyze(x, doc, kb, NULL, err);
}

kabar_status kabar_extract_analyze(kabar_extractor *x, const kabar_doc *doc, kabar_kb *kb,
                                   FILE *out, kabar_error *err) {
  ctx c;
  kabar_status st = ctx_run(x, x->words, doc, 0, out, &c);
  if (st == KABAR_OK)
    st = ctx_merge(&c, kb);
  ctx_free(&c);
  return st != KABAR_OK ? extraction_failed(doc, st, err) : KABAR_OK;
}

/* ---- documents extracted in parallel ---- */

struct kabar_extraction {
  ctx c;
};

kabar_status kabar_extractor_track(kabar_extractor *x) {
  kabar_strmap_free(x->people_changed);
  x->people_changed = kabar_strmap_new();
  return x->people_changed ? KABAR_OK : KABAR_ERR_NOMEM;
}

void kabar_extractor_untrack(kabar_extractor *x) {
  kabar_strmap_free(x->people_changed);
  x->people_changed = NULL;
}

kabar_status kabar_extract_parallel(kabar_extractor *x, kabar_word_cache *wc,
                                    const kabar_doc *doc, kabar_extraction **out,
                                    kabar_error *err) {
  *out = NULL;
  if (!wc)
    wc = x->words;
  kabar_extraction *e = malloc(sizeof *e);
  if (!e)
    return extraction_failed(doc, KABAR_ERR_NOMEM, err);
  kabar_status st = ctx_run(x, wc, doc, 1, NULL, &e->c);
  if (st != KABAR_OK) {
    kabar_extraction_free(e);
    return extraction_failed(doc, st, err);
  }
  *out = e;
  return KABAR_OK;
}

kabar_status kabar_extraction_merge(kabar_extraction *e, kabar_kb *kb, int *again,
                                    kabar_error *err) {
  kabar_extractor *x = e->c.x;
  const kabar_doc *doc = e->c.doc;
  *again = people_changed_for(&e->c);
  if (*again) {
    /* read with people that an earlier document of the batch has changed:
     * extracted again, as a serial run would have */
    ctx_free(&e->c);
    kabar_status st = ctx_run(x, x->words, doc, 0, NULL, &e->c);
    if (st != KABAR_OK)
      return extraction_failed(doc, st, err);
  }
  kabar_status st = ctx_merge(&e->c, kb);
  return st != KABAR_OK ? extraction_failed(doc, st, err) : KABAR_OK;
}

const uint64_t *kabar_extraction_people_read(const kabar_extraction *e, size_t *n) {
  *n = e->c.n_people_read;
  return e->c.people_read;
}

void kabar_extraction_free(kabar_extraction *e) {
  if (!e)
    return;
  ctx_free(&e->c);
  free(e);
}

/* ---- the extractor ---- */

kabar_status kabar_extractor_new(const char *data_dir, kabar_extractor **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_extractor *x = calloc(1, sizeof *x);
  TRY_ALLOC(x);
  x->arena = kabar_arena_new();
  x->person_full = kabar_strmap_new();
  x->person_short = kabar_strmap_new();
  x->person_recent = kabar_strmap_new();
  x->leader_names = kabar_strmap_new();
  x->words = kabar_word_cache_new();
  TRY_ALLOC(x->arena && x->person_full && x->person_short && x->person_recent && x->leader_names &&
                    x->words
                ? x
                : NULL);
  size_t n = strlen(data_dir) + 32;
  path = malloc(2 * n); /* and, after n bytes, the lexicons' directory for the tagger */
  TRY_ALLOC(path);
  snprintf(path, n, "%s/lexicon", data_dir);
  TRY(kabar_lexicon_load(path, &x->lex, err));
  snprintf(path, n, "%s/cues", data_dir);
  TRY(kabar_cues_load(path, &x->cues, err));
  snprintf(path, n, "%s/frames", data_dir);
  TRY(kabar_grammar_load(path, &x->grammar, err));
  snprintf(path, n, "%s/ner/tagger.model", data_dir);
  snprintf(path + n, n, "%s/lexicon", data_dir);
  TRY(kabar_tagger_load(path, path + n, KABAR_HUNSPELL_DIR, &x->tagger, err));
  TRY(kabar_dictionary_load(KABAR_HUNSPELL_DIR, &x->dict, err));
  TRY(ex_seed_people(x));
  *out = x;
  x = NULL;
done:
  if (st == KABAR_ERR_NOMEM && err && err->status != KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", data_dir);
  free(path);
  kabar_extractor_free(x);
  return st;
}

void kabar_extractor_free(kabar_extractor *x) {
  if (!x)
    return;
  kabar_lexicon_free(x->lex);
  kabar_cues_free(x->cues);
  kabar_grammar_free(x->grammar);
  kabar_tagger_free(x->tagger);
  kabar_dictionary_free(x->dict);
  kabar_strmap_free(x->person_full);
  kabar_strmap_free(x->person_short);
  kabar_strmap_free(x->person_recent);
  kabar_strmap_free(x->leader_names);
  free(x->leader_namesakes);
  free(x->people);
  kabar_strmap_free(x->people_changed);
  kabar_word_cache_free(x->words);
  kabar_arena_free(x->arena);
  free(x);
}
