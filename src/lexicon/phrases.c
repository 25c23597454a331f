/* SPDX-License-Identifier: MIT */
#include "phrases.h"
#include "compact.h"

#include "common/grow.h"
#include "common/strmap.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TOKENS 12

typedef struct phrase {
  size_t value;
  unsigned flags;
} phrase;

struct kabar_phrases {
  kabar_strmap *full;  /* compact key -> phrase index */
  kabar_strmap *first; /* compact key of a first word -> 1 */
  /* every byte prefix of a compact key (the keys too) -> 1 + the phrase
   * index of the key it is, or 0: match() stops extending a key that no
   * phrase begins with */
  kabar_strmap *prefix;
  phrase *items;
  size_t n, cap;
  kabar_buf buf;
};

kabar_phrases *kabar_phrases_new(void) {
  kabar_phrases *p = calloc(1, sizeof *p);
  if (!p)
    return NULL;
  p->full = kabar_strmap_new();
  p->first = kabar_strmap_new();
  p->prefix = kabar_strmap_new();
  if (!p->full || !p->first || !p->prefix) {
    kabar_phrases_free(p);
    return NULL;
  }
  return p;
}

void kabar_phrases_free(kabar_phrases *p) {
  if (!p)
    return;
  kabar_strmap_free(p->full);
  kabar_strmap_free(p->first);
  kabar_strmap_free(p->prefix);
  free(p->items);
  kabar_buf_free(&p->buf);
  free(p);
}

size_t kabar_phrases_size(const kabar_phrases *p) { return p->n; }

int kabar_phrases_may_start(const kabar_phrases *p, const char *compact) {
  size_t n = strlen(compact);
  return n > 0 && kabar_strmap_get(p->first, compact, n, NULL);
}

static int has_lower(const char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z')
      return 1;
  return 0;
}

/* Whether name has several words and its last begins with a capital. */
static int last_word_capital(const char *name) {
  const char *sp = strrchr(name, ' ');
  return sp && sp[1] >= 'A' && sp[1] <= 'Z';
}

/* Registers the compact key of name[0..n) as a possible first token. */
static int add_first(kabar_phrases *p, const char *s, size_t n) {
  p->buf.len = 0;
  if (kabar_compact_append(&p->buf, s, n) < 0)
    return -1;
  if (p->buf.len == 0)
    return 0;
  return kabar_strmap_put(p->first, p->buf.data, p->buf.len, 1);
}

int kabar_phrases_add(kabar_phrases *p, const char *name, size_t value, unsigned flags) {
  size_t n = strlen(name);
  p->buf.len = 0;
  if (kabar_compact_append(&p->buf, name, n) < 0)
    return -1;
  if (p->buf.len == 0)
    return 1;
  /* The first word, and its part before a hyphen (text may split "Al-Qaeda"
   * where the name has "Al Qaeda", or the other way round), also for a
   * spelling whose key is already known ("Al-Qaeda" after "Al Qaeda"). */
  size_t w = strcspn(name, " \t");
  size_t h = strcspn(name, " \t-");
  size_t known;
  if (kabar_strmap_get(p->full, p->buf.data, p->buf.len, &known)) {
    if (strchr(name, ','))
      p->items[known].flags |= KABAR_PHRASE_COMMA;
    if (!last_word_capital(name))
      p->items[known].flags &= ~KABAR_PHRASE_LAST_CAP;
    return add_first(p, name, w) < 0 || (h < w && add_first(p, name, h) < 0) ? -1 : 1;
  }
  if (kabar_grow((void **)&p->items, &p->cap, p->n, sizeof *p->items) < 0)
    return -1;
  if (!has_lower(name))
    flags |= KABAR_PHRASE_ACRONYM;
  if (strchr(name, ','))
    flags |= KABAR_PHRASE_COMMA;
  if (last_word_capital(name))
    flags |= KABAR_PHRASE_LAST_CAP;
  p->items[p->n] = (phrase){value, flags};
  if (kabar_strmap_put(p->full, p->buf.data, p->buf.len, p->n) < 0)
    return -1;
  for (size_t l = 1; l < p->buf.len; l++)
    if (!kabar_strmap_get(p->prefix, p->buf.data, l, NULL) &&
        kabar_strmap_put(p->prefix, p->buf.data, l, 0) < 0)
      return -1;
  if (kabar_strmap_put(p->prefix, p->buf.data, p->buf.len, p->n + 1) < 0)
    return -1;
  p->n++;
  if (add_first(p, name, w) < 0 || (h < w && add_first(p, name, h) < 0))
    return -1;
  return 0;
}

int kabar_phrases_lookup_key(const kabar_phrases *p, const char *key, size_t len, size_t *value) {
  size_t idx;
  if (!len || !kabar_strmap_get(p->full, key, len, &idx))
    return 0;
  *value = p->items[idx].value;
  return 1;
}

int kabar_phrases_lookup(const kabar_phrases *p, const char *name, size_t *value) {
  kabar_buf b = {0};
  int found = kabar_compact_append(&b, name, strlen(name)) < 0
                  ? -1
                  : kabar_phrases_lookup_key(p, b.data, b.len, value);
  kabar_buf_free(&b);
  return found;
}

/* Punctuation that may stand inside a name ("D.C.", "AT&T", "O'Brien");
 * a comma only inside a name written with one ("Washington, D.C."), which
 * match() checks once the name is found. */
static int inner_punct_ok(const kabar_token *t) {
  return !(t->flags & KABAR_TOK_PUNCT) || strchr(".&'-,", t->norm[0]) != NULL;
}

/* "G", "G-20", "G7": a capital is the word's only letter, so the word is
 * as upper case as an acronym can be. */
static int one_letter(const char *norm) {
  size_t letters = 0;
  for (const char *p = norm; *p; p++)
    letters += (*p >= 'a' && *p <= 'z') || (unsigned char)*p >= 0x80;
  return letters == 1;
}

/* "al-Shabab", "el-Sisi": an Arabic article in lower case before a name. */
static int arabic_article(const char *norm) {
  return (norm[0] == 'a' || norm[0] == 'e') && norm[1] == 'l' && norm[2] == '-' && norm[3];
}

static int case_ok(const phrase *ph, const kabar_token *tokens, size_t i, size_t len, int any_case) {
  if (!any_case && (ph->flags & KABAR_PHRASE_CAPITALIZED) &&
      !(tokens[i].flags & (KABAR_TOK_CAP | KABAR_TOK_NUMBER)) && !arabic_article(tokens[i].norm))
    return 0;
  if (ph->flags & KABAR_PHRASE_ACRONYM)
    for (size_t k = i; k < i + len; k++)
      if ((tokens[k].flags & KABAR_TOK_WORD) && !(tokens[k].flags & KABAR_TOK_UPPER) &&
          !((tokens[k].flags & KABAR_TOK_CAP) && one_letter(tokens[k].norm)))
        return 0;
  return 1;
}

static size_t match(const kabar_phrases *p, const kabar_token *tokens, const char *const *compact,
                    size_t i, size_t end, size_t *value, int any_case) {
  if (i >= end) /* "Wakil" at the end: the title after a prefix is missing */
    return 0;
  const char *c0 = compact[i];
  size_t l0 = strlen(c0);
  if (l0 == 0 || !kabar_strmap_get(p->first, c0, l0, NULL))
    return 0;
  char key[512];
  size_t kl = 0, best = 0;
  int comma = 0;
  for (size_t k = i; k < end && k < i + MAX_TOKENS; k++) {
    if (k > i && !inner_punct_ok(&tokens[k]))
      break;
    comma |= tokens[k].norm[0] == ',';
    size_t cl = strlen(compact[k]);
    if (kl + cl >= sizeof key)
      break;
    memcpy(key + kl, compact[k], cl);
    kl += cl;
    if (cl == 0) /* punctuation adds nothing: only a longer match can use it */
      continue;
    size_t idx;
    if (!kabar_strmap_get(p->prefix, key, kl, &idx))
      break; /* no phrase's key begins so */
    if (idx && (!comma || (p->items[idx - 1].flags & KABAR_PHRASE_COMMA)) &&
        case_ok(&p->items[idx - 1], tokens, i, k - i + 1, any_case) &&
        !(!any_case && best && (p->items[idx - 1].flags & KABAR_PHRASE_LAST_CAP) &&
          (tokens[k].flags & KABAR_TOK_WORD) && !(tokens[k].flags & (KABAR_TOK_CAP | KABAR_TOK_UPPER)))) {
      best = k - i + 1;
      *value = p->items[idx - 1].value;
    }
  }
  return best;
}

size_t kabar_phrases_match(const kabar_phrases *p, const kabar_token *tokens,
                           const char *const *compact, size_t i, size_t end, size_t *value) {
  return match(p, tokens, compact, i, end, value, 0);
}

size_t kabar_phrases_match_any_case(const kabar_phrases *p, const kabar_token *tokens,
                                    const char *const *compact, size_t i, size_t end,
                                    size_t *value) {
  return match(p, tokens, compact, i, end, value, 1);
}

int kabar_phrases_acronym_as_word(const kabar_phrases *p, const kabar_token *token,
                                  const char *compact, size_t *value) {
  size_t idx, n = strlen(compact);
  if (n < 4 || !(token->flags & KABAR_TOK_CAP) || (token->flags & KABAR_TOK_UPPER) ||
      !kabar_strmap_get(p->full, compact, n, &idx) || !(p->items[idx].flags & KABAR_PHRASE_ACRONYM))
    return 0;
  for (const char *c = compact; *c; c++)
    if (*c < 'a' || *c > 'z')
      return 0; /* letters only: "Nato", not "G-20" */
  *value = p->items[idx].value;
  return 1;
}
