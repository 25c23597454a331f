/* SPDX-License-Identifier: MIT */
/* The two TSV files of spec/EXTRACTION.md: entities.tsv and facts.tsv. */
#ifndef KABAR_TSV_H
#define KABAR_TSV_H

#include "kabar/kb.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes entities.tsv and facts.tsv into `dir` (which exists). The kb must
 * be finished. Entities are sorted by type, then label, then id; facts come
 * in input order. Tabs, CR and LF inside values become spaces. */
kabar_status kabar_tsv_write(const kabar_kb *kb, const char *dir, kabar_error *err);

#ifdef __cplusplus
}
#endif
#endif
