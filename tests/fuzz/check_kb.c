/* SPDX-License-Identifier: MIT */
/* What kb.h promises about a finished knowledge base. */
#include "support.h"

#include <kabar/text.h>

#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void check_entities(const kabar_kb *kb) {
  size_t n = kabar_kb_n_entities(kb);
  const char **ids = malloc((n + 1) * sizeof *ids);
  if (!ids)
    fuzz_fail("out of memory");
  for (size_t i = 0; i < n; i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    if (!e || e->index != i || (unsigned)e->type >= KABAR_ENT__COUNT || !e->label || !e->id ||
        !*e->id)
      fuzz_fail("entity %zu is malformed", i);
    /* longest first, then by bytes (include/kabar/tsv.h) */
    for (size_t k = 1; k < e->n_aliases; k++) {
      size_t a = strlen(e->aliases[k - 1]), b = strlen(e->aliases[k]);
      if (a < b || (a == b && strcmp(e->aliases[k - 1], e->aliases[k]) >= 0))
        fuzz_fail("entity %zu: aliases not sorted and unique", i);
    }
    ids[i] = e->id;
  }
  qsort(ids, n, sizeof *ids, cmp_str);
  for (size_t i = 1; i < n; i++)
    if (!strcmp(ids[i - 1], ids[i]))
      fuzz_fail("entity id \"%s\" twice", ids[i]);
  free(ids);
}

typedef struct mention_ctx {
  const kabar_kb *kb;
  const kabar_doc *doc;
  size_t seen;
} mention_ctx;

static kabar_status check_mention(void *user, const kabar_mention *m) {
  mention_ctx *c = user;
  size_t n = kabar_kb_n_entities(c->kb);
  if (m->subject >= n || m->object >= n || (m->claimant != KABAR_NONE && m->claimant >= n) ||
      (unsigned)m->relation >= KABAR_REL__COUNT || (unsigned)m->status >= KABAR_FS__COUNT ||
      !m->evidence || !m->doc)
    fuzz_fail("mention %zu is malformed", c->seen);
  if (c->doc && (m->sentence < 1 || m->sentence > c->doc->n_sentences || m->start > m->end ||
                 m->end > c->doc->len))
    fuzz_fail("mention %zu: sentence %zu [%zu, %zu) is not in the document (%zu sentences, %zu bytes)",
              c->seen, m->sentence, m->start, m->end, c->doc->n_sentences, c->doc->len);
  c->seen++;
  return KABAR_OK;
}

void fuzz_check_kb(const kabar_kb *kb, const struct kabar_doc *doc) {
  check_entities(kb);
  size_t n = kabar_kb_n_entities(kb);
  for (size_t i = 0; i < kabar_kb_n_facts(kb); i++) {
    const kabar_fact *f = kabar_kb_get_fact(kb, i);
    if (f->subject >= n || f->object >= n || f->mentions == 0)
      fuzz_fail("fact %zu is malformed", i);
  }
  mention_ctx c = {kb, doc, 0};
  if (kabar_kb_foreach_mention(kb, check_mention, &c) != KABAR_OK)
    fuzz_fail("kabar_kb_foreach_mention failed");
  if (c.seen != kabar_kb_n_mentions(kb))
    fuzz_fail("%zu mentions replayed of %zu", c.seen, kabar_kb_n_mentions(kb));
}
