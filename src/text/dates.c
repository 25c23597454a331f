/* SPDX-License-Identifier: MIT */
/* Dates a document states about itself: a dateline, and the numeric
 * dates of Indonesian news ("Senin (27/10)", "(30/6/2022)"). */
#include "text_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes "YYYY-MM-DD" of a real day (checked by the caller) into out. */
static void put_iso(char out[11], int year, int month, int day) {
  char buf[40];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  memcpy(out, buf, 10);
  out[10] = '\0';
}

static int real_day(int year, int month, int day) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > days[month - 1])
    return 0;
  int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month != 2 || day <= 28 + leap;
}

/* Reads 1 to max digits at *p; -1 when there are none or more. */
static int digits(const char **p, int max) {
  int v = 0, n = 0;
  while (**p >= '0' && **p <= '9') {
    if (++n > max)
      return -1;
    v = v * 10 + (**p - '0');
    (*p)++;
  }
  return n ? v : -1;
}

int kabar_parse_numeric_date(const char *s, int year, char out[11]) {
  const char *p = s;
  int day = digits(&p, 2);
  char sep = *p;
  if (day < 0 || (sep != '/' && sep != '-'))
    return 0;
  p++;
  int month = digits(&p, 2);
  if (month < 0)
    return 0;
  if (*p == sep) {
    p++;
    const char *y = p;
    int v = digits(&p, 4);
    if (v < 0 || (p - y != 4 && p - y != 2))
      return 0;
    year = p - y == 2 ? 2000 + v : v;
  }
  if (*p != '\0' || !real_day(year, month, day))
    return 0;
  put_iso(out, year, month, day);
  return 1;
}

static int month_number(const char *norm) {
  static const char *const months[] = {"januari", "februari", "maret",   "april",
                                        "mei",     "juni",     "juli",    "agustus",
                                        "september", "oktober", "november", "desember"};
  for (int i = 0; i < 12; i++)
    if (!strcmp(norm, months[i]))
      return i + 1;
  return 0;
}

static int is_dash(const kabar_doc *doc, size_t t) {
  return t < doc->n_tokens && !strcmp(doc->tokens[t].norm, "-");
}

void kabar_dateline(const kabar_doc *doc, char date[11]) {
  const kabar_sentence *se = NULL;
  for (size_t i = 0; i < doc->n_sentences && !se; i++)
    if (doc->sentences[i].kind == KABAR_SENT_TEXT)
      se = &doc->sentences[i];
  if (!se)
    return;
  size_t end = se->tok_begin + 10 < se->tok_end ? se->tok_begin + 10 : se->tok_end;
  for (size_t t = se->tok_begin + 1; t < end; t++) {
    const kabar_token *k = &doc->tokens[t];
    char iso[11];
    if (!(k->flags & KABAR_TOK_NUMBER))
      continue;
    /* "30/6/2022 -" or "(30/6/2022) -" */
    if (kabar_parse_numeric_date(k->norm, 0, iso)) {
      size_t after = t + 1;
      if (after < se->tok_end && !strcmp(doc->tokens[after].norm, ")"))
        after++;
      if (is_dash(doc, after))
        memcpy(date, iso, 11);
      return;
    }
    /* "30 Juni 2022 -" */
    if (t + 3 < se->tok_end && month_number(doc->tokens[t + 1].norm) &&
        (doc->tokens[t + 2].flags & KABAR_TOK_NUMBER) && is_dash(doc, t + 3)) {
      int day = atoi(k->norm), month = month_number(doc->tokens[t + 1].norm);
      int year = atoi(doc->tokens[t + 2].norm);
      if (strlen(doc->tokens[t + 2].norm) == 4 && real_day(year, month, day))
        put_iso(date, year, month, day);
      return;
    }
  }
}
