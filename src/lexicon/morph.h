/* SPDX-License-Identifier: MIT */
/* Indonesian word forms: which known root a word is built on, and with which
 * affixes ("mengunjungi" -> kunjung, active verb; "dituduh" -> tuduh,
 * passive; "dukungannya" -> dukung, noun with -nya). Affixes are stripped
 * with the sound changes of meN-/peN- undone (meng+unjungi -> kunjung),
 * which Snowball's stemmer does not do; its stem is tried as well. */
#ifndef KABAR_MORPH_H
#define KABAR_MORPH_H

#include <stddef.h>

typedef enum kabar_form {
  KABAR_FORM_BASE = 0, /* the root itself: "ekspor", "sanksi", "invasi" */
  KABAR_FORM_ACTIVE,   /* meN-: "mendukung", "memberikan" */
  KABAR_FORM_PASSIVE,  /* di-: "dituduh", "ditandatangani" */
  KABAR_FORM_BER,      /* ber-: "berkunjung", "bertemu" */
  KABAR_FORM_TER,      /* ter-: "terlibat" */
  KABAR_FORM_NOUN      /* peN-, per-, -an, ke-an: "pengiriman", "dukungan" */
} kabar_form;

typedef struct kabar_morph {
  const char *root; /* owned by the analyzer's root set */
  size_t root_value;
  kabar_form form;
  int possessive;   /* ends in -nya (or -ku, -mu) */
  char suffix;      /* 'k' -kan, 'i' -i, 'a' -an, or 0 */
} kabar_morph;

typedef struct kabar_morpher kabar_morpher;

/* A new analyzer for the roots added with kabar_morpher_add_root(); NULL
 * when out of memory. */
kabar_morpher *kabar_morpher_new(void);
void kabar_morpher_free(kabar_morpher *m);
/* Adds a root with a value for the caller; returns 0 or -1 (out of memory). */
int kabar_morpher_add_root(kabar_morpher *m, const char *root, size_t value);

/* Analyzes a lower-case word. Returns 1 and fills *out when it is built on a
 * known root (the longest such root wins), else 0; -1 when out of memory.
 * Results are cached; threads may share the morpher (a lock guards the
 * cache and the stemmer) once no root is being added. */
int kabar_morpher_analyze(kabar_morpher *m, const char *word, size_t len, kabar_morph *out);

/* The same analysis by kabar's affix rules alone: no cache and no Snowball
 * stem when they find no root. It only reads m, so threads may share a
 * morpher that no one changes. 1 (and *out filled) or 0; never fails. */
int kabar_morpher_analyze_rules(const kabar_morpher *m, const char *word, size_t len,
                                kabar_morph *out);

#endif
