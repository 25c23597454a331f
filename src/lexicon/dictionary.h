/* SPDX-License-Identifier: MIT */
/* The common-word test: the word list of Debian's Indonesian Hunspell
 * dictionary (hunspell-id, /usr/share/hunspell/id_ID.dic), read directly,
 * with kabar's own affix rules for the forms built on its stems
 * ("kunjungan", "berkembang"). A capitalised word that the list holds in
 * lower case is an ordinary word, not a name.
 *
 * libhunspell is not used: its C++ allocations throw on failure and would
 * abort kabar, and the stems plus our morphology do this one job. */
#ifndef KABAR_DICTIONARY_H
#define KABAR_DICTIONARY_H

#include "kabar/common.h"

typedef struct kabar_dictionary kabar_dictionary;

/* Loads DIR/id_ID.dic; an error names the file (and line when malformed). */
kabar_status kabar_dictionary_load(const char *dir, kabar_dictionary **out, kabar_error *err);
void kabar_dictionary_free(kabar_dictionary *d); /* NULL is a no-op */

/* 1 when `word` (lower case, NUL-terminated) is an ordinary Indonesian
 * word or an affixed form of one; 0 when not; -1 when out of memory. The
 * list is ASCII in practice: other words are never common. */
int kabar_dictionary_common(kabar_dictionary *d, const char *word);

/* The same test by kabar's affix rules alone (kabar_morpher_analyze_rules:
 * no cache, no Snowball fallback), so that it only reads d: threads may
 * share a dictionary for it. 1 or 0. */
int kabar_dictionary_common_rules(const kabar_dictionary *d, const char *word, size_t len);

#endif
