/* SPDX-License-Identifier: MIT */
/* Loading data/boilerplate.tsv: the cues for captions, headings and
 * boilerplate lines, the abbreviations that do not end sentences, and a few
 * numeric settings. The file's own header documents the format. */
#include "text_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/grow.h"
#include "common/try.h"

void kabar_text_cues_free(kabar_text_cues *cues) {
  if (!cues)
    return;
  free(cues->cues);
  kabar_strmap_free(cues->abbrev);
  kabar_arena_free(cues->arena);
  free(cues);
}

static int field_is(const char *f, size_t n, const char *word) {
  return strlen(word) == n && memcmp(f, word, n) == 0;
}

static kabar_status parse_line(kabar_text_cues *c, size_t *cap, const char *path, size_t lineno,
                               const char *line, size_t n, kabar_error *err) {
  const char *f[3];
  size_t fl[3];
  size_t nf = 0;
  const char *p = line, *end = line + n;
  while (nf < 3) {
    const char *t = memchr(p, '\t', (size_t)(end - p));
    f[nf] = p;
    fl[nf] = (size_t)((t ? t : end) - p);
    nf++;
    if (!t)
      break;
    p = t + 1;
    if (nf == 3)
      return kabar_error_set(err, KABAR_ERR_DATA,
                             "%s:%zu: too many fields (want kind<TAB>match<TAB>pattern)", path, lineno);
  }
  if (nf != 3)
    return kabar_error_set(err, KABAR_ERR_DATA,
                           "%s:%zu: want 3 tab-separated fields (kind, match, pattern), got %zu",
                           path, lineno, nf);
  if (fl[2] == 0)
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: empty pattern", path, lineno);
  if (kabar_utf8_valid_prefix(f[2], fl[2]) != fl[2])
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: invalid UTF-8 in pattern", path, lineno);

  if (field_is(f[0], fl[0], "abbrev")) {
    size_t kind;
    if (field_is(f[1], fl[1], "no-split"))
      kind = ABBREV_NO_SPLIT;
    else if (field_is(f[1], fl[1], "may-end"))
      kind = ABBREV_MAY_END;
    else
      return kabar_error_set(err, KABAR_ERR_DATA,
                             "%s:%zu: unknown abbrev match '%.*s' (want no-split or may-end)", path,
                             lineno, (int)fl[1], f[1]);
    if (f[2][fl[2] - 1] != '.' || memchr(f[2], ' ', fl[2]))
      return kabar_error_set(err, KABAR_ERR_DATA,
                             "%s:%zu: an abbreviation is one word ending in '.'", path, lineno);
    if (kabar_strmap_put(c->abbrev, f[2], fl[2], kind) != 0)
      return KABAR_ERR_NOMEM;
    return KABAR_OK;
  }
  if (field_is(f[0], fl[0], "setting")) {
    size_t *slot = NULL;
    if (field_is(f[1], fl[1], "heading-max-words"))
      slot = &c->heading_max_words;
    else if (field_is(f[1], fl[1], "question-max-words"))
      slot = &c->question_max_words;
    else if (field_is(f[1], fl[1], "caption-max-words"))
      slot = &c->caption_max_words;
    else
      return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: unknown setting '%.*s'", path, lineno,
                             (int)fl[1], f[1]);
    size_t v = 0;
    for (size_t i = 0; i < fl[2]; i++) {
      if (f[2][i] < '0' || f[2][i] > '9' || v > 100000)
        return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: setting wants a positive number",
                               path, lineno);
      v = v * 10 + (size_t)(f[2][i] - '0');
    }
    if (v == 0)
      return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: setting wants a positive number", path,
                             lineno);
    *slot = v;
    return KABAR_OK;
  }

  kabar_cue cue;
  if (field_is(f[0], fl[0], "caption"))
    cue.kind = KABAR_SENT_CAPTION;
  else if (field_is(f[0], fl[0], "heading"))
    cue.kind = KABAR_SENT_HEADING;
  else if (field_is(f[0], fl[0], "boilerplate"))
    cue.kind = KABAR_SENT_BOILERPLATE;
  else
    return kabar_error_set(err, KABAR_ERR_DATA,
                           "%s:%zu: unknown kind '%.*s' (want caption, heading, boilerplate, "
                           "abbrev or setting)",
                           path, lineno, (int)fl[0], f[0]);
  static const struct {
    const char *name;
    cue_match match;
  } matches[] = {{"line", CUE_LINE},           {"prefix", CUE_PREFIX},
                 {"short-prefix", CUE_SHORT_PREFIX}, {"paren-prefix", CUE_PAREN_PREFIX},
                 {"credit", CUE_CREDIT},       {"tag", CUE_TAG}};
  size_t m = 0;
  while (m < sizeof matches / sizeof matches[0] && !field_is(f[1], fl[1], matches[m].name))
    m++;
  if (m == sizeof matches / sizeof matches[0])
    return kabar_error_set(err, KABAR_ERR_DATA,
                           "%s:%zu: unknown match '%.*s' (want line, prefix, short-prefix, "
                           "paren-prefix, credit or tag)",
                           path, lineno, (int)fl[1], f[1]);
  cue.match = matches[m].match;
  if (cue.match == CUE_TAG && memchr(f[2], ' ', fl[2]))
    return kabar_error_set(err, KABAR_ERR_DATA, "%s:%zu: a tag pattern has no spaces", path, lineno);
  char *pat = kabar_arena_strndup(c->arena, f[2], fl[2]);
  if (!pat)
    return KABAR_ERR_NOMEM;
  cue.pattern = pat;
  cue.len = fl[2];
  if (kabar_grow((void **)&c->cues, cap, c->n_cues, sizeof *c->cues) < 0)
    return KABAR_ERR_NOMEM;
  c->cues[c->n_cues++] = cue;
  return KABAR_OK;
}

kabar_status kabar_text_cues_load(const char *path, kabar_text_cues **out, kabar_error *err) {
  kabar_status st = KABAR_OK;
  kabar_text_cues *c = NULL;
  char *buf = NULL;
  FILE *fp = NULL;
  size_t cap = 0;
  *out = NULL;
  fp = fopen(path, "rb");
  if (!fp) { /* fopen allocates: ENOMEM is ours, not the file's */
    st = kabar_error_set(err, errno == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_IO, "%s: %s", path,
                         strerror(errno));
    goto done;
  }
  size_t len = 0, bcap = 0;
  for (;;) {
    if (len == bcap) {
      bcap = bcap ? bcap * 2 : 16384;
      char *nb = realloc(buf, bcap + 1);
      TRY_ALLOC(nb);
      buf = nb;
    }
    size_t got = fread(buf + len, 1, bcap - len, fp);
    len += got;
    if (got == 0)
      break;
  }
  if (ferror(fp)) {
    st = kabar_error_set(err, KABAR_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  c = calloc(1, sizeof *c);
  TRY_ALLOC(c);
  c->arena = kabar_arena_new();
  TRY_ALLOC(c->arena);
  c->abbrev = kabar_strmap_new();
  TRY_ALLOC(c->abbrev);
  size_t lineno = 0;
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(buf + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - buf) : len;
    size_t n = e - i;
    lineno++;
    if (n && buf[i + n - 1] == '\r')
      n--;
    const char *line = buf + i;
    if (lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
      line += 3;
      n -= 3;
    }
    if (n && line[0] != '#') {
      int blank = 1;
      for (size_t k = 0; k < n && blank; k++)
        blank = line[k] == ' ' || line[k] == '\t';
      if (!blank)
        TRY(parse_line(c, &cap, path, lineno, line, n, err));
    }
    i = e + 1;
  }
  *out = c;
  c = NULL;
done:
  if (st == KABAR_ERR_NOMEM)
    kabar_error_set(err, st, "%s: out of memory", path);
  if (fp)
    fclose(fp);
  free(buf);
  kabar_text_cues_free(c);
  return st;
}
