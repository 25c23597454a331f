/* SPDX-License-Identifier: MIT */
/* The tagger's word lists: what the lexicons and the dictionary know of a
 * word, gathered at load time into one read-only table, so that tagging
 * looks each word up once and changes nothing. */
#include "tagger/tagger_internal.h"

#include "common/strmap.h"
#include "common/try.h"
#include "lexicon/tsvfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void kabar_tagger_lists_free(kabar_tagger_lists *l) {
  if (!l)
    return;
  tg_table_free(&l->words);
  kabar_dictionary_free(l->dict);
  free(l);
}

/* The dictionary's verdict on a lower-cased word. Only [a-z-] can be
 * common: the affix rules strip letters only, so any other byte stays in
 * every root they try, and no root holds one. */
static unsigned dict_common(const kabar_tagger_lists *l, const char *low, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((low[i] >= 'a' && low[i] <= 'z') || low[i] == '-'))
      return 0;
  return kabar_dictionary_common_rules(l->dict, low, n) ? KABAR_TAGGER_WL_COMMON : 0u;
}

static uint64_t word_key(const tg_word *w) {
  uint64_t h = kabar_hash_bytes(w->low, w->low_len);
  return h ? h : 1; /* 0 marks an empty slot */
}

unsigned tg_lists_bits(const kabar_tagger_lists *l, const tg_word *w) {
  const uint32_t *v = w->low_len ? tg_table_get(&l->words, word_key(w)) : NULL;
  /* the dictionary tells of capitalised words only: that one is an
   * ordinary word says it is no name (for all words it was worse on the
   * held-out sentences) */
  unsigned common = 0;
  if (w->flags & TG_CAP)
    common = v ? *v & KABAR_TAGGER_WL_COMMON : l->dict ? dict_common(l, w->low, w->low_len) : 0;
  if (!v)
    return common;
  unsigned bits = *v & TG_WL_NAMES;
  if (w->flags & TG_ALLCAP)
    bits |= (*v >> TG_WL_CAPS_SHIFT) & TG_WL_NAMES;
  return bits | common;
}

unsigned kabar_tagger_lists_word(const kabar_tagger_lists *l, const char *word) {
  tg_word w;
  if (!l)
    return 0;
  tg_word_read(word, &w);
  return tg_lists_bits(l, &w);
}

/* ---- loading ---- */

/* Adds `bits` to the word s[0..n) of a lexicon: to the bits of the word in
 * any case, or, written in capitals ("PBB"), of the word in capitals. A new
 * entry gets the dictionary's verdict. 0, or -1 when out of memory. */
static int add_word(kabar_tagger_lists *l, const char *s, size_t n, unsigned bits) {
  char buf[256]; /* more than the TG_LOW_MAX bytes of the word that count */
  tg_word w;
  if (n >= sizeof buf)
    n = sizeof buf - 1;
  memcpy(buf, s, n);
  buf[n] = '\0';
  tg_word_read(buf, &w);
  if (!w.low_len)
    return 0;
  int added;
  uint32_t *v = tg_table_put(&l->words, word_key(&w), 0, &added);
  if (!v)
    return -1;
  if (added && l->dict)
    *v = dict_common(l, w.low, w.low_len);
  *v |= w.flags & TG_ALLCAP ? bits << TG_WL_CAPS_SHIFT : bits;
  return 0;
}

/* Whether the code point at s (n bytes left) is a letter, mark or digit;
 * sets *len to its length in bytes. */
static int alnum_at(const char *s, size_t n, size_t *len) {
  unsigned char c = (unsigned char)*s;
  if (c < 0x80) {
    *len = 1;
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
  if (k <= 0) {
    *len = 1;
    return 0;
  }
  *len = (size_t)k;
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO; /* L*, M*, N* */
}

/* Adds the words of one name (n bytes) with `first` for its first word and
 * `later` for the others: its runs of letters and digits, as NERGrit and
 * kabar's tokenizer cut them ("Bangsa-Bangsa": "Bangsa", "Bangsa"), and
 * each space-separated piece that has punctuation inside, without the
 * punctuation around it ("Bangsa-Bangsa"), a token kabar keeps whole.
 * 0, or -1 when out of memory. */
static int add_name(kabar_tagger_lists *l, const char *name, size_t n, unsigned first,
                    unsigned later) {
  size_t runs = 0, pieces = 0;
  for (size_t i = 0; i < n;) {
    size_t end = i;
    while (end < n && name[end] != ' ')
      end++;
    /* the piece's runs, and where the first starts and the last ends */
    size_t lo = 0, hi = 0, in_piece = 0;
    for (size_t j = i, len; j < end;) {
      if (!alnum_at(name + j, end - j, &len)) {
        j += len;
        continue;
      }
      size_t start = j;
      while (j < end && alnum_at(name + j, end - j, &len))
        j += len;
      if (add_word(l, name + start, j - start, runs++ ? later : first) < 0)
        return -1;
      if (!in_piece++)
        lo = start;
      hi = j;
    }
    if (in_piece > 1 && add_word(l, name + lo, hi - lo, pieces ? later : first) < 0)
      return -1;
    pieces += in_piece > 0;
    i = end < n ? end + 1 : end;
  }
  return 0;
}

/* What one lexicon file gives its words. */
typedef struct lexicon_file {
  const char *name;
  unsigned first, later;
  int kind; /* NAMES: label and names; TITLES: title; HONORIFICS: title and kind */
} lexicon_file;

enum { NAMES, TITLES, HONORIFICS };

static const lexicon_file lexicon_files[] = {
    {"people.tsv", KABAR_TAGGER_WL_PERSON_FIRST, KABAR_TAGGER_WL_PERSON_LATER, NAMES},
    {"places.tsv", KABAR_TAGGER_WL_PLACE_FIRST, KABAR_TAGGER_WL_PLACE_LATER, NAMES},
    {"states.tsv", KABAR_TAGGER_WL_PLACE_FIRST, KABAR_TAGGER_WL_PLACE_LATER, NAMES},
    {"states_common.tsv", KABAR_TAGGER_WL_PLACE_FIRST, KABAR_TAGGER_WL_PLACE_LATER, NAMES},
    {"organizations.tsv", KABAR_TAGGER_WL_ORG_FIRST, KABAR_TAGGER_WL_ORG_LATER, NAMES},
    {"events.tsv", KABAR_TAGGER_WL_EVENT, KABAR_TAGGER_WL_EVENT, NAMES},
    {"agreements.tsv", KABAR_TAGGER_WL_EVENT, KABAR_TAGGER_WL_EVENT, NAMES},
    {"roles.tsv", KABAR_TAGGER_WL_ROLE, KABAR_TAGGER_WL_ROLE, TITLES},
    {"honorifics.tsv", KABAR_TAGGER_WL_HONORIFIC, KABAR_TAGGER_WL_HONORIFIC, HONORIFICS},
};

typedef struct file_ctx {
  kabar_tagger_lists *l;
  const lexicon_file *file;
} file_ctx;

static kabar_status lexicon_row(void *user, const kabar_tsv_row *row, kabar_error *err) {
  const file_ctx *c = user;
  const lexicon_file *file = c->file;
  /* qualifiers ("saat itu") stand between a title and a name, but are no title */
  if (file->kind == HONORIFICS && strcmp(row->field[1], "qualifier") == 0)
    return KABAR_OK;
  const char *label = row->field[0];
  if (add_name(c->l, label, strlen(label), file->first, file->later) < 0)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "%s:%zu: out of memory", row->path, row->line);
  for (const char *p = file->kind == NAMES ? row->field[1] : ""; *p;) {
    size_t n = strcspn(p, "|");
    if (add_name(c->l, p, n, file->first, file->later) < 0)
      return kabar_error_set(err, KABAR_ERR_NOMEM, "%s:%zu: out of memory", row->path, row->line);
    p += n + (p[n] == '|');
  }
  return KABAR_OK;
}

kabar_status kabar_tagger_lists_load(const char *lexicon_dir, const char *dict_dir,
                                     kabar_tagger_lists **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  char *path = NULL;
  *out = NULL;
  kabar_tagger_lists *l = calloc(1, sizeof *l);
  if (!l || tg_table_init(&l->words) < 0) {
    free(l);
    return kabar_error_set(err, KABAR_ERR_NOMEM, "word lists: out of memory");
  }
  /* the dictionary first: a lexicon word's entry keeps its verdict */
  if (dict_dir)
    TRY(kabar_dictionary_load(dict_dir, &l->dict, err));
  if (lexicon_dir) {
    size_t n = strlen(lexicon_dir) + 32;
    path = malloc(n);
    if (!path) {
      st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", lexicon_dir);
      goto done;
    }
    static const char *const columns[3][2] = {{"label", "names"}, {"title"}, {"title", "kind"}};
    static const size_t n_columns[3] = {2, 1, 2};
    for (size_t k = 0; k < sizeof lexicon_files / sizeof *lexicon_files; k++) {
      file_ctx c = {l, &lexicon_files[k]};
      int kind = lexicon_files[k].kind;
      snprintf(path, n, "%s/%s", lexicon_dir, lexicon_files[k].name);
      TRY(kabar_tsv_read(path, columns[kind], n_columns[kind], 1, lexicon_row, &c, err));
    }
  }
  *out = l;
  l = NULL;
done:
  free(path);
  kabar_tagger_lists_free(l);
  return st;
}
