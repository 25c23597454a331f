/* SPDX-License-Identifier: MIT */
/* The entities of a document, each kept once by type and key, the
 * mentions that name them, and the people met across documents so that a
 * bare family name later resolves to the same person. */
#include "internal.h"

#include <limits.h>
#include <strings.h>

/* ---- entities of the document ---- */

/* The compact key of tokens [b, e), in the arena; NULL when out of memory
 * (recorded in c->failed). */
static const char *compact_span(ctx *c, size_t b, size_t e) {
  c->buf.len = 0;
  for (size_t t = b; t < e; t++)
    if (kabar_compact_append(&c->buf, tok_norm(c, t), strlen(tok_norm(c, t))) < 0)
      return ex_out_of_memory(c), NULL;
  const char *key = kabar_arena_strndup(c->arena, c->buf.data ? c->buf.data : "", c->buf.len);
  return key ? key : (ex_out_of_memory(c), NULL);
}

/* The original text of tokens [b, e); NULL when out of memory (recorded). */
const char *ex_text_span(ctx *c, size_t b, size_t e) {
  const kabar_token *tk = c->doc->tokens;
  const char *text =
      kabar_arena_strndup(c->arena, c->doc->text + tk[b].start, tk[e - 1].end - tk[b].start);
  return text ? text : (ex_out_of_memory(c), NULL);
}

/* The lexicon entry a name stands for, or NULL; out of memory is recorded. */
size_t ex_match_entity(const ctx *c, size_t t, size_t end, int any_case,
                       const kabar_lex_entity **le) {
  /* the longest name before `end` is the one found before a farther end
   * when that one ends in time: the lexicon and the tokens do not change,
   * and the rules ask about the same token again and again */
  size_t k = 2 * t + (any_case != 0), len = c->me_len[k];
  if (c->me_end[k] != NONE && end <= c->me_end[k] && t + len <= end) {
    if (len)
      *le = c->me_le[k];
    return len;
  }
  const kabar_lex_entity *found = NULL;
  const kabar_lexicon *lex = c->x->lex;
  const kabar_token *tokens = c->doc->tokens;
  size_t n = any_case ? kabar_lexicon_match_entity_any_case(lex, tokens, c->compact, t, end, &found)
                      : kabar_lexicon_match_entity(lex, tokens, c->compact, t, end, &found);
  /* "Presiden Republik Chile": "Republik" and a state's name is that state
   * (the forms that name another, "Republik China", are in the lexicon) */
  const kabar_lex_entity *state;
  size_t sn;
  if (!n && t + 1 < end && (tokens[t].flags & KABAR_TOK_CAP) && strcmp(tokens[t].norm, "republik") == 0 &&
      (sn = kabar_lexicon_match_entity(lex, tokens, c->compact, t + 1, end, &state)) > 0 &&
      state->type == KABAR_ENT_STATE) {
    n = sn + 1;
    found = state;
  }
  if (n <= UCHAR_MAX && (c->me_end[k] == NONE || end > c->me_end[k])) {
    c->me_end[k] = end;
    c->me_len[k] = (unsigned char)n;
    c->me_le[k] = found;
  }
  if (n)
    *le = found;
  return n;
}

const kabar_lex_entity *ex_lex_lookup(ctx *c, const char *name) {
  c->buf.len = 0;
  if (kabar_compact_append(&c->buf, name, strlen(name)) < 0)
    return ex_out_of_memory(c), NULL;
  return kabar_lexicon_lookup_key(c->x->lex, c->buf.data, c->buf.len);
}

/* The lexicon entry of dent d's label, or NULL; no allocation (a dent's key
 * is the compact label, except a state's, which is its code). */
const kabar_lex_entity *ex_dent_lex(ctx *c, size_t d) {
  const dent *e = &c->dents[d];
  if (e->type == KABAR_ENT_STATE && e->iso3)
    return kabar_lexicon_state(c->x->lex, e->iso3);
  return kabar_lexicon_lookup_key(c->x->lex, e->key, strlen(e->key));
}

/* The map key of an entity: its type's digit, ':', its key (truncated). */
static size_t dent_key(char buf[600], kabar_entity_type type, const char *key) {
  size_t n = strlen(key);
  if (n > 597)
    n = 597;
  buf[0] = (char)('0' + (int)type);
  buf[1] = ':';
  memcpy(buf + 2, key, n);
  return n + 2;
}

static size_t find_dent(ctx *c, kabar_entity_type type, const char *key) {
  char buf[600];
  size_t v, n = dent_key(buf, type, key);
  return kabar_strmap_get(c->dent_keys, buf, n, &v) ? v : NONE;
}

size_t ex_named_dent(ctx *c, kabar_entity_type type, size_t t) {
  return find_dent(c, type, c->compact[t]); /* the token's key: no allocation */
}

/* The dent of an entity, added when new; NONE only when out of memory
 * (recorded in c->failed). */
size_t ex_add_dent(ctx *c, kabar_entity_type type, const char *label, const char *iso3) {
  const char *key;
  /* "Perjanjian Aljazair tahun 2000" is known as "Perjanjian Aljazair 2000"
   * (the text's words stay one of its names) */
  char dated[600];
  const char *tahun = type == KABAR_ENT_AGREEMENT ? strstr(label, " tahun ") : NULL;
  if (tahun && ex_is_year(tahun + 7) && (size_t)(tahun - label) + 6 < sizeof dated) {
    snprintf(dated, sizeof dated, "%.*s %s", (int)(tahun - label), label, tahun + 7);
    label = dated;
  }
  c->buf.len = 0;
  if (kabar_compact_append(&c->buf, label, strlen(label)) < 0)
    return ex_out_of_memory(c);
  key = type == KABAR_ENT_STATE && iso3 ? iso3
                                        : kabar_arena_strndup(c->arena, c->buf.data, c->buf.len);
  if (!key)
    return ex_out_of_memory(c);
  size_t d = find_dent(c, type, key);
  if (d != NONE)
    return d;
  dent e = {.type = type, .key = key, .state = NONE};
  e.label = kabar_arena_strdup(c->arena, label);
  e.iso3 = iso3 ? kabar_arena_strdup(c->arena, iso3) : NULL;
  char buf[600];
  size_t kn = dent_key(buf, type, key);
  /* the dent is added only whole: later passes never meet a NULL label */
  if (!e.label || (iso3 && !e.iso3) ||
      kabar_grow((void **)&c->dents, &c->cap_dents, c->n_dents, sizeof *c->dents) < 0 ||
      kabar_strmap_put(c->dent_keys, buf, kn, c->n_dents) < 0)
    return ex_out_of_memory(c);
  d = c->n_dents++;
  c->dents[d] = e;
  return d;
}

/* The dent of a state by code, added from the lexicon when needed. */
size_t ex_state_dent(ctx *c, const char *iso3) {
  if (!iso3)
    return NONE;
  size_t d = find_dent(c, KABAR_ENT_STATE, iso3);
  if (d != NONE)
    return d;
  const kabar_lex_entity *le = kabar_lexicon_state(c->x->lex, iso3);
  return le ? ex_add_dent(c, KABAR_ENT_STATE, le->label, iso3) : NONE;
}

size_t ex_lex_dent(ctx *c, const kabar_lex_entity *le) {
  size_t d = ex_add_dent(c, le->type, le->label, le->iso3);
  if (d != NONE && le->type == KABAR_ENT_PERSON && !strchr(le->label, ' '))
    c->dents[d].mononym = 1; /* the lexicon's one-name people ("Sugiono") */
  if (d != NONE && le->type != KABAR_ENT_STATE && le->iso3 && c->dents[d].state == NONE) {
    size_t st = ex_state_dent(c, le->iso3); /* may move c->dents: assign after */
    c->dents[d].state = st;
  }
  if (d != NONE && le->type == KABAR_ENT_ORGANIZATION && strcmp(le->kind, "gov") == 0)
    c->dents[d].gov = 1;
  if (d != NONE && le->type == KABAR_ENT_ORGANIZATION && strcmp(le->kind, "government") == 0)
    c->dents[d].gov = c->dents[d].government = 1;
  if (d != NONE && le->type == KABAR_ENT_ORGANIZATION &&
      (!strcmp(le->kind, "university") || !strcmp(le->kind, "thinktank") ||
       !strcmp(le->kind, "media") || !strcmp(le->kind, "company") || !strcmp(le->kind, "ngo")))
    c->dents[d].academic = 1;
  if (d != NONE && le->type == KABAR_ENT_PERSON && le->kind[0]) {
    c->dents[d].lex_role = le->kind;
    c->buf.len = 0;
    if (kabar_compact_append(&c->buf, le->kind, strlen(le->kind)) < 0)
      return ex_out_of_memory(c);
    const kabar_lex_role *r = kabar_lexicon_role_key(c->x->lex, c->buf.data, c->buf.len);
    if (r && r->relation == KABAR_REL_LEADER_OF)
      ex_set_leader(c, d);
  }
  return d;
}

size_t ex_add_ment(ctx *c, size_t sent, size_t tb, size_t te, unsigned kind) {
  if (kabar_grow((void **)&c->ments, &c->cap_ments, c->n_ments, sizeof *c->ments) < 0)
    return ex_out_of_memory(c);
  size_t m = c->n_ments++;
  ment *mm = &c->ments[m];
  memset(mm, 0, sizeof *mm);
  mm->sent = sent;
  mm->tb = tb;
  mm->te = te;
  mm->kind = kind;
  mm->group = NONE;
  mm->phrase_tb = tb;
  mm->how = c->how;
  for (size_t t = tb; t < te; t++)
    c->ment_at[t] = m;
  return m;
}

size_t ex_add_name_ment(ctx *c, size_t sent, size_t tb, size_t te, size_t d) {
  size_t m = ex_add_ment(c, sent, tb, te, MK_NAME);
  if (m != NONE) {
    c->ments[m].dent[0] = d;
    c->ments[m].n_dent = 1;
  }
  return m;
}

/* ---- people: full names, short names, across documents ---- */

static const char *person_known_full(kabar_extractor *x, const char *key) {
  size_t v;
  return kabar_strmap_get(x->person_full, key, strlen(key), &v) ? x->people[v].label : NULL;
}

/* Whether w (a compact key) may stand alone for a person: not one letter,
 * a Roman numeral of a ruler ("Farouk I", "Alexander II"; "Xi" is a name)
 * or "jr". */
static int short_name_usable(const char *w) {
  static const char *const no[] = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "jr", "sr"};
  if (strlen(w) < 2)
    return 0;
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
    if (strcmp(w, no[i]) == 0)
      return 0;
  return 1;
}

/* Records a person: from the lexicon (`seen` 0), a bare name stands for them
 * only when no one else in the lexicon shares it; from a document (`seen`
 * 1), the bare name stands for the person last met with it. */
static kabar_status person_remember(kabar_extractor *x, const char *label, const char *key,
                                    const char *first, const char *last, const char *iso3,
                                    int seen) {
  size_t v;
  if (seen && x->people_log && ex_log_person(x->people_log, label, key, first, last, iso3) < 0)
    return KABAR_ERR_NOMEM;
  if (!kabar_strmap_get(x->person_full, key, strlen(key), &v)) {
    /* added only whole: a lookup never meets a person without a label */
    struct known_person p = {kabar_arena_strdup(x->arena, label),
                             iso3 ? kabar_arena_strdup(x->arena, iso3) : NULL};
    if (!p.label || (iso3 && !p.iso3) ||
        kabar_grow((void **)&x->people, &x->cap_people, x->n_people, sizeof *x->people) < 0 ||
        kabar_strmap_put(x->person_full, key, strlen(key), x->n_people) < 0 ||
        ex_people_changed(x, key, strlen(key)) < 0)
      return KABAR_ERR_NOMEM;
    v = x->n_people++;
    x->people[v] = p;
  }
  const char *parts[2] = {first, last};
  for (int i = 0; i < 2; i++) {
    if (!parts[i] || !short_name_usable(parts[i]) || (i == 1 && first && strcmp(first, last) == 0))
      continue;
    size_t n = strlen(parts[i]), old;
    if (kabar_strmap_get(x->person_full, parts[i], n, NULL))
      continue; /* someone's whole name is this one word */
    int rc = 0;
    if (seen) {
      /* an unchanged entry is no change for documents read in parallel */
      if (!kabar_strmap_get(x->person_recent, parts[i], n, &old) || old != v)
        rc = kabar_strmap_put(x->person_recent, parts[i], n, v) < 0 ||
                     ex_people_changed(x, parts[i], n) < 0
                 ? -1
                 : 0;
    } else if (!kabar_strmap_get(x->person_short, parts[i], n, &old))
      rc = kabar_strmap_put(x->person_short, parts[i], n, v);
    else if (old != v)
      rc = kabar_strmap_put(x->person_short, parts[i], n, NONE); /* ambiguous */
    if (rc < 0)
      return KABAR_ERR_NOMEM;
  }
  return KABAR_OK;
}

/* Among namesakes who[0..n), the one named by far the most so far (at
 * least twice, and twice as often as any other): "Kim" in a text about Kim
 * Jong Un that names his sister once. Else NONE (also when out of memory,
 * recorded). The settled mentions are counted once, in c->named_count, and
 * only the current sentence's are read again, so that a document naming
 * many namesakes stays linear in its length. */
enum { MAX_NAMESAKES = 8 };
static size_t most_named(ctx *c, const size_t *who, size_t n) {
  if (c->named_final < c->n_named_counted)
    c->n_named_counted = 0; /* mentions may have changed since: count afresh */
  if (c->n_named_counted == 0 && c->cap_named_count)
    memset(c->named_count, 0, c->cap_named_count * sizeof *c->named_count);
  if (c->cap_named_count < c->n_dents) {
    size_t cap = c->n_dents > 2 * c->cap_named_count ? c->n_dents : 2 * c->cap_named_count;
    size_t *p = realloc(c->named_count, cap * sizeof *p);
    if (!p)
      return ex_out_of_memory(c);
    memset(p + c->cap_named_count, 0, (cap - c->cap_named_count) * sizeof *p);
    c->named_count = p;
    c->cap_named_count = cap;
  }
  for (; c->n_named_counted < c->named_final; c->n_named_counted++) {
    const ment *mm = &c->ments[c->n_named_counted];
    if (mm->kind == MK_NAME && mm->n_dent == 1)
      c->named_count[mm->dent[0]]++;
  }
  size_t count[MAX_NAMESAKES];
  for (size_t j = 0; j < n; j++)
    count[j] = c->named_count[who[j]];
  for (size_t m = c->n_named_counted; m < c->n_ments; m++) {
    const ment *mm = &c->ments[m];
    if (mm->kind != MK_NAME || mm->n_dent != 1)
      continue;
    for (size_t j = 0; j < n; j++)
      count[j] += mm->dent[0] == who[j];
  }
  size_t best = NONE, best_n = 0, second_n = 0;
  for (size_t j = 0; j < n; j++) {
    if (count[j] > best_n) {
      second_n = best_n;
      best_n = count[j];
      best = who[j];
    } else if (count[j] > second_n) {
      second_n = count[j];
    }
  }
  return best_n >= 2 && best_n >= 2 * second_n ? best : NONE;
}

/* Links dent d under the compact form of word w[0..n) (skipped when empty
 * or already linked for d); 0, or -1 when out of memory. */
static int link_name_word(ctx *c, size_t d, const char *w, size_t n, kabar_buf *tmp) {
  tmp->len = 0;
  if (kabar_compact_append(tmp, w, n) < 0)
    return -1;
  if (!tmp->data || !tmp->len)
    return 0; /* a lookup key is never empty */
  size_t head, l = c->n_name_links;
  int known = kabar_strmap_get(c->name_words, tmp->data, tmp->len, &head);
  if (known && c->name_links[c->name_links[head].tail].dent == d)
    return 0; /* "Kim Jong Kim": d once */
  if (kabar_grow((void **)&c->name_links, &c->cap_name_links, l, sizeof *c->name_links) < 0 ||
      (!known && kabar_strmap_put(c->name_words, tmp->data, tmp->len, l) < 0))
    return -1;
  c->name_links[l] = (struct name_link){d, NONE, l};
  if (known) {
    c->name_links[c->name_links[head].tail].next = l;
    c->name_links[head].tail = l;
  }
  c->n_name_links++;
  return 0;
}

/* Indexes the name words of the people dents (of two words or more) added
 * since the last call: the first, the last, and the middle ones of three
 * letters or more ("PM Sabri" for Ismail Sabri Yakoob). A one-word lookup
 * then visits only the people it may name, so that a document naming
 * thousands of people stays linear. 0, or -1 when out of memory. */
static int index_name_words(ctx *c, kabar_buf *tmp) {
  if (!c->name_words && !(c->name_words = kabar_strmap_new()))
    return -1;
  for (; c->n_name_indexed < c->n_dents; c->n_name_indexed++) {
    size_t d = c->n_name_indexed;
    const char *lab = c->dents[d].label;
    const char *lastsp = strrchr(lab, ' ');
    if (c->dents[d].type != KABAR_ENT_PERSON || !lastsp)
      continue;
    if (link_name_word(c, d, lab, strcspn(lab, " "), tmp) < 0 ||
        link_name_word(c, d, lastsp + 1, strlen(lastsp + 1), tmp) < 0)
      return -1;
    for (const char *w = strchr(lab, ' ') + 1; w < lastsp; w += strcspn(w, " ") + 1) {
      size_t n = strcspn(w, " ");
      if (n >= 3 && link_name_word(c, d, w, n, tmp) < 0)
        return -1;
    }
  }
  return 0;
}

/* How plainly lexicon person le's role makes them the one who leads their
 * state: a head of state (2) before a head of government (1). */
static int leader_rank(const kabar_lex_entity *le) {
  static const char *const heads[] = {"presiden", "pemimpin", "pemimpin tertinggi", "raja",
                                      "ratu", "sultan", "emir", "kaisar"};
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if (strcasecmp(le->kind, heads[i]) == 0)
      return 2;
  return 1;
}

/* "pemimpin Korea Utara ... Kim bertemu Lee": among the lexicon's leaders
 * in office who bear the name word key, the one whose state this document
 * has named (a head of state before a head of government), when there is
 * exactly one; NONE else. */
static size_t leader_namesake(ctx *c, const char *key) {
  size_t i = NONE;
  const kabar_lex_entity *found = NULL;
  int found_rank = 0, tie = 0;
  kabar_strmap_get(c->x->leader_names, key, strlen(key), &i);
  for (; i != NONE; i = c->x->leader_namesakes[i].next) {
    const kabar_lex_entity *le = c->x->leader_namesakes[i].le;
    if (le == found || find_dent(c, KABAR_ENT_STATE, le->iso3) == NONE)
      continue;
    int rank = leader_rank(le);
    if (rank > found_rank) {
      found = le;
      found_rank = rank;
      tie = 0;
    } else if (rank == found_rank) {
      tie = 1;
    }
  }
  return found && !tie ? ex_lex_dent(c, found) : NONE;
}

/* A person named by tokens [b, e), resolved to the full name it stands for
 * in this document, in earlier documents or in the lexicon; NONE when the
 * name is unknown (see ex_person_new()). */
int ex_person_word_named(ctx *c, size_t t) {
  const char *key = compact_span(c, t, t + 1);
  if (!key || !*key)
    return 0;
  kabar_buf tmp = {0};
  int r = index_name_words(c, &tmp);
  kabar_buf_free(&tmp);
  if (r < 0)
    return ex_out_of_memory(c), 0;
  size_t link;
  return kabar_strmap_get(c->name_words, key, strlen(key), &link);
}

size_t ex_person_lookup(ctx *c, size_t b, size_t e) {
  /* "(ANTARA/Sputnik/HO)": a short word in capitals is an acronym, not a name */
  if (e - b == 1 && (tok_flags(c, b) & KABAR_TOK_UPPER) && strlen(tok_norm(c, b)) <= 4)
    return NONE;
  const char *key = compact_span(c, b, e);
  if (!key || !*key)
    return NONE;
  size_t d = find_dent(c, KABAR_ENT_PERSON, key);
  if (d != NONE)
    return d;
  if (ex_people_read(c, key) < 0)
    return NONE;
  const char *known = person_known_full(c->x, key);
  if (known) {
    d = ex_add_dent(c, KABAR_ENT_PERSON, known, NULL);
    if (d != NONE && !strchr(known, ' '))
      c->dents[d].mononym = 1;
    return d;
  }
  if (e - b > 1)
    return NONE;
  /* one word: a family or given name of someone in this document */
  size_t found = NONE, leader = NONE, n_hits = 0, n_leaders = 0, n_titled = 0;
  size_t hits[MAX_NAMESAKES];
  kabar_buf tmp = {0};
  size_t link = NONE;
  if (index_name_words(c, &tmp) < 0) {
    kabar_buf_free(&tmp);
    return ex_out_of_memory(c);
  }
  kabar_strmap_get(c->name_words, key, strlen(key), &link);
  /* the people whose name has the word key, in dent order */
  for (; link != NONE; link = c->name_links[link].next) {
    size_t i = c->name_links[link].dent;
    const dent *p = &c->dents[i];
    if (n_hits < MAX_NAMESAKES)
      hits[n_hits] = i;
    n_hits++;
    if (found == NONE)
      found = i;
    if (p->leader) {
      n_leaders++;
      leader = i;
    } else if (p->titled) {
      n_titled++;
    }
  }
  kabar_buf_free(&tmp);
  /* two people share the name: only a leader among untitled others may be
   * meant ("Kim" in a text about Kim Jong Un and his daughter; not "Noboa"
   * after President Daniel and Minister Gabriela Noboa) */
  if (n_hits > 1)
    found = n_leaders == 1 && n_titled == 0 ? leader
            : n_hits <= MAX_NAMESAKES       ? most_named(c, hits, n_hits)
                                            : NONE; /* too many namesakes to pick one */
  if (found != NONE)
    return found;
  if (n_hits > 1)
    return NONE; /* ambiguous here: someone from another document is not meant */
  d = leader_namesake(c, key);
  if (d != NONE || c->failed)
    return d;
  size_t v;
  if (ex_people_read(c, key) < 0)
    return NONE;
  if ((kabar_strmap_get(c->x->person_recent, key, strlen(key), &v) ||
       kabar_strmap_get(c->x->person_short, key, strlen(key), &v)) &&
      v != NONE) {
    d = ex_add_dent(c, KABAR_ENT_PERSON, c->x->people[v].label, NULL);
    if (d != NONE && c->x->people[v].iso3 && c->dents[d].state == NONE) {
      size_t st = ex_state_dent(c, c->x->people[v].iso3); /* may move c->dents */
      c->dents[d].state = st;
    }
    return d;
  }
  return NONE;
}

void ex_set_leader(ctx *c, size_t d) {
  if (c->dents[d].leader)
    return;
  if (kabar_grow((void **)&c->leaders, &c->cap_leaders, c->n_leaders, sizeof *c->leaders) < 0) {
    ex_out_of_memory(c);
    return;
  }
  c->leaders[c->n_leaders++] = d;
  c->dents[d].leader = 1;
}

/* A new person named by tokens [b, e) (two words at least). */
size_t ex_person_new(ctx *c, size_t b, size_t e) {
  if (e - b < 2)
    return NONE;
  const char *label = ex_text_span(c, b, e);
  return label ? ex_add_dent(c, KABAR_ENT_PERSON, label, NULL) : NONE;
}

/* A new person named by the one token t ("Sugiono", "Downer"). */
size_t ex_mononym_new(ctx *c, size_t t) {
  const char *label = ex_text_span(c, t, t + 1);
  size_t d = label ? ex_add_dent(c, KABAR_ENT_PERSON, label, NULL) : NONE;
  if (d != NONE)
    c->dents[d].mononym = 1;
  return d;
}

/* Remembers the document's people for the documents after it. */
kabar_status ex_remember_people(ctx *c) {
  kabar_status st = KABAR_OK;
  kabar_buf a = {0}, b = {0};
  for (size_t d = 0; d < c->n_dents && st == KABAR_OK; d++) {
    dent *e = &c->dents[d];
    if (e->guessed)
      continue;
    if (e->type == KABAR_ENT_PERSON && e->mononym) {
      size_t sd = ex_state_of(c, d);
      e = &c->dents[d]; /* ex_state_of may have moved c->dents */
      st = person_remember(c->x, e->label, e->key, NULL, NULL,
                           sd != NONE ? c->dents[sd].iso3 : NULL, 1);
      continue;
    }
    if (e->type != KABAR_ENT_PERSON || !strchr(e->label, ' '))
      continue;
    size_t fl = strcspn(e->label, " ");
    const char *lastsp = strrchr(e->label, ' ');
    a.len = b.len = 0;
    if (kabar_compact_append(&a, e->label, fl) < 0 ||
        kabar_compact_append(&b, lastsp + 1, strlen(lastsp + 1)) < 0) {
      st = KABAR_ERR_NOMEM;
      break;
    }
    size_t sd = ex_state_of(c, d);
    e = &c->dents[d]; /* ex_state_of may have moved c->dents */
    st = person_remember(c->x, e->label, e->key, a.data, b.data,
                         sd != NONE ? c->dents[sd].iso3 : NULL, 1);
  }
  kabar_buf_free(&a);
  kabar_buf_free(&b);
  return st != KABAR_OK ? st : c->failed; /* ex_state_of may have failed to add a state */
}

/* Whether lexicon person le holds, as far as the lexicon knows, an office
 * that leads a state; -1 when the title's key cannot be built (out of
 * memory: not "no"). key is scratch. */
static int leads_now(const kabar_extractor *x, const kabar_lex_entity *le, kabar_buf *key) {
  if ((le->flags & KABAR_LEX_PAST) || !le->iso3 || !le->kind[0])
    return 0;
  key->len = 0;
  if (kabar_compact_append(key, le->kind, strlen(le->kind)) < 0)
    return -1;
  const kabar_lex_role *r = kabar_lexicon_role_key(x->lex, key->data, key->len);
  return r && r->relation == KABAR_REL_LEADER_OF;
}

/* Whether w is a monarch's number: "II", "III", "IV" ... "X". */
static int regnal_number(const char *w) {
  static const char *const numbers[] = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
    if (strcmp(w, numbers[i]) == 0)
      return 1;
  return 0;
}

static kabar_status leader_namesake_add(kabar_extractor *x, const char *word, size_t n,
                                        const kabar_lex_entity *le) {
  size_t head = NONE;
  kabar_strmap_get(x->leader_names, word, n, &head);
  if (kabar_grow((void **)&x->leader_namesakes, &x->cap_leader_namesakes, x->n_leader_namesakes,
                 sizeof *x->leader_namesakes) < 0 ||
      kabar_strmap_put(x->leader_names, word, n, x->n_leader_namesakes) < 0)
    return KABAR_ERR_NOMEM;
  x->leader_namesakes[x->n_leader_namesakes++] = (struct leader_namesake){le, head};
  return KABAR_OK;
}

/* Whether people of state iso3 write the family name first (China, the
 * Koreas, Vietnam, Cambodia, Taiwan, Hong Kong, and the Chinese names of
 * Singapore, Malaysia and Brunei): "Xi", "Moon", "Lim",
 * "Hun" alone are theirs, but "Amir" is no one's family name. */
static int family_name_first(const char *iso3) {
  static const char *const states[] = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK",
                                       "VNM", "KHM", "SGP", "MYS", "BRN"};
  for (size_t i = 0; iso3 && i < sizeof states / sizeof states[0]; i++)
    if (strcmp(iso3, states[i]) == 0)
      return 1;
  return 0;
}

/* The lexicon's office holders, so that "Presiden Xi" or "Erdogan" alone
 * resolves to the full name when no one else in the lexicon shares it. */
kabar_status ex_seed_people(kabar_extractor *x) {
  kabar_buf full = {0}, a = {0}, b = {0};
  kabar_status st = KABAR_OK;
  for (size_t i = 0; i < kabar_lexicon_n_entities(x->lex); i++) {
    const kabar_lex_entity *le = kabar_lexicon_entity(x->lex, i);
    const char *sp = strchr(le->label, ' ');
    if (le->type != KABAR_ENT_PERSON || !sp)
      continue;
    const char *lastsp = strrchr(le->label, ' ');
    full.len = a.len = b.len = 0;
    if (kabar_compact_append(&full, le->label, strlen(le->label)) < 0 ||
        kabar_compact_append(&a, le->label, (size_t)(sp - le->label)) < 0 ||
        kabar_compact_append(&b, lastsp + 1, strlen(lastsp + 1)) < 0) {
      st = KABAR_ERR_NOMEM;
      break;
    }
    /* A bare name resolves by a first word of up to four letters (an East
     * Asian family name: Xi, Li, Moon) or a last word of three letters or
     * more (Putin, Erdogan; not "Un"); a Western given name alone does not,
     * but a monarch's does in a document that names the monarch's state
     * ("Raja Abdullah ... Yordania" for Abdullah II). */
    int regnal = regnal_number(lastsp + 1) && lastsp == sp;
    int family_first = a.len <= 4 && family_name_first(le->iso3);
    st = person_remember(x, le->label, full.data, family_first ? a.data : NULL,
                         b.len >= 3 && !regnal ? b.data : NULL, le->iso3, 0);
    int leads = st == KABAR_OK ? leads_now(x, le, &full) : 0;
    if (leads < 0)
      st = KABAR_ERR_NOMEM;
    if (st == KABAR_OK && leads) {
      if (family_first || regnal)
        st = leader_namesake_add(x, a.data, a.len, le);
      if (st == KABAR_OK && b.len >= 3 && strcmp(a.data, b.data) != 0)
        st = leader_namesake_add(x, b.data, b.len, le);
    }
    if (st != KABAR_OK)
      break;
  }
  kabar_buf_free(&full);
  kabar_buf_free(&a);
  kabar_buf_free(&b);
  return st;
}

kabar_status ex_remember_person(kabar_extractor *x, const char *label, const char *key,
                                const char *first, const char *last, const char *iso3) {
  return person_remember(x, label, key, first, last, iso3, 1);
}
