/* SPDX-License-Identifier: MIT */
#include "dictionary.h"

#include "morph.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORD 64

struct kabar_dictionary {
  kabar_morpher *stems; /* every lower-case entry, as a root of the affix rules */
};

kabar_status kabar_dictionary_load(const char *dir, kabar_dictionary **out, kabar_error *err) {
  *out = NULL;
  kabar_status st = KABAR_OK;
  size_t n = strlen(dir) + 16;
  char *path = malloc(n);
  kabar_dictionary *d = calloc(1, sizeof *d);
  FILE *f = NULL;
  if (!path || !d || !(d->stems = kabar_morpher_new())) {
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", dir);
    goto done;
  }
  snprintf(path, n, "%s/id_ID.dic", dir);
  f = fopen(path, "rb");
  if (!f && errno == ENOMEM) { /* fopen's own buffer, as tsvfile.c reads it */
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  if (!f) {
    st = kabar_error_set(err, KABAR_ERR_DATA,
                         "%s: %s (the Indonesian Hunspell word list: Debian package hunspell-id, "
                         "which scripts/setup.sh installs)",
                         path, strerror(errno));
    goto done;
  }
  /* "31132" then "word/FLAGS" per line; proper nouns start with a capital */
  char line[256];
  size_t ln = 0, words = 0;
  while (fgets(line, sizeof line, f)) {
    ln++;
    if (ln == 1)
      continue;
    size_t len = strcspn(line, "/\t\r\n");
    int ascii_lower = len > 0 && len < MAX_WORD;
    for (size_t i = 0; i < len && ascii_lower; i++)
      ascii_lower = (line[i] >= 'a' && line[i] <= 'z') || line[i] == '-';
    if (!ascii_lower)
      continue;
    line[len] = '\0';
    if (kabar_morpher_add_root(d->stems, line, 1) < 0) {
      st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
      goto done;
    }
    words++;
  }
  if (ferror(f) && errno == ENOMEM) { /* the stream's buffer could not be allocated */
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "%s: out of memory", path);
    goto done;
  }
  if (ferror(f) || words == 0) {
    st = kabar_error_set(err, ferror(f) ? KABAR_ERR_IO : KABAR_ERR_DATA,
                         "%s: %s", path, ferror(f) ? "read error" : "no words");
    goto done;
  }
  *out = d;
  d = NULL;
done:
  if (f)
    fclose(f);
  free(path);
  kabar_dictionary_free(d);
  return st;
}

void kabar_dictionary_free(kabar_dictionary *d) {
  if (!d)
    return;
  kabar_morpher_free(d->stems);
  free(d);
}

/* Whether analysis m of a word of n bytes makes it an ordinary word: the
 * word itself, or a form built on a stem of at least four letters (a short
 * stem inside a name is chance: "Su-harto"). */
static int ordinary(const kabar_morph *m, size_t n) {
  size_t root = strlen(m->root);
  return m->form == KABAR_FORM_BASE ? root == n || root >= 4 : root >= 4;
}

int kabar_dictionary_common(kabar_dictionary *d, const char *word) {
  size_t n = strlen(word);
  if (n < 2 || n >= MAX_WORD)
    return 0;
  kabar_morph m;
  int r = kabar_morpher_analyze(d->stems, word, n, &m);
  return r <= 0 ? r : ordinary(&m, n);
}

int kabar_dictionary_common_rules(const kabar_dictionary *d, const char *word, size_t len) {
  kabar_morph m;
  return len >= 2 && len < MAX_WORD && kabar_morpher_analyze_rules(d->stems, word, len, &m) &&
         ordinary(&m, len);
}
