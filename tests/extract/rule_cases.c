/* SPDX-License-Identifier: MIT */
/* Runs the rule cases of one test file (see rule_cases.h). */
/* fork() and waitpid(): each case runs in a copy of one loaded pipeline */
#define _POSIX_C_SOURCE 200809L

#include "rule_cases.h"

#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/text.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

/* ---- running a case ---- */

typedef struct got_fact {
  char *s, *s_type, *rel, *o, *o_type, *status, *claimant, *date, *doc;
  size_t sentence;
} got_fact;

typedef struct got {
  got_fact *facts;
  size_t n_facts, cap;
  const kabar_kb *kb;
  int oom;
} got;

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

static kabar_status collect(void *user, const kabar_mention *m) {
  got *g = user;
  if (g->n_facts == g->cap) {
    size_t ncap = g->cap ? g->cap * 2 : 16;
    got_fact *nf = realloc(g->facts, ncap * sizeof *nf);
    if (!nf)
      return KABAR_ERR_NOMEM;
    g->facts = nf;
    g->cap = ncap;
  }
  const kabar_entity *s = kabar_kb_get_entity(g->kb, m->subject);
  const kabar_entity *o = kabar_kb_get_entity(g->kb, m->object);
  const kabar_entity *c =
      m->claimant == KABAR_NONE ? NULL : kabar_kb_get_entity(g->kb, m->claimant);
  got_fact *f = &g->facts[g->n_facts++];
  f->s = dup_str(s->label);
  f->s_type = dup_str(kabar_entity_type_name(s->type));
  f->rel = dup_str(kabar_relation_name(m->relation));
  f->o = dup_str(o->label);
  f->o_type = dup_str(kabar_entity_type_name(o->type));
  f->status = dup_str(kabar_fact_status_name(m->status));
  f->claimant = dup_str(c ? c->label : "-");
  f->date = dup_str(m->date ? m->date : "-");
  f->doc = dup_str(m->doc);
  f->sentence = m->sentence;
  return KABAR_OK;
}

static void got_free(got *g) {
  for (size_t i = 0; i < g->n_facts; i++) {
    got_fact *f = &g->facts[i];
    free(f->s);
    free(f->s_type);
    free(f->rel);
    free(f->o);
    free(f->o_type);
    free(f->status);
    free(f->claimant);
    free(f->date);
    free(f->doc);
  }
  free(g->facts);
}

static int is_symmetric(const char *rel) {
  kabar_relation r;
  return kabar_relation_parse(rel, &r) == 0 && kabar_relation_is_symmetric(r);
}

/* Whether an actual mention is the fact (s, rel, o), either way round for
 * symmetric relations; status only when given. */
static int same_fact(const got_fact *f, const want_fact *w) {
  if (strcmp(f->rel, w->rel) != 0 || (w->status && strcmp(f->status, w->status) != 0))
    return 0;
  if (strcmp(f->s, w->s) == 0 && strcmp(f->o, w->o) == 0)
    return 1;
  return is_symmetric(w->rel) && strcmp(f->s, w->o) == 0 && strcmp(f->o, w->s) == 0;
}

static int full_match(const got_fact *f, const want_fact *w) {
  return same_fact(f, w) && (!w->claimant || strcmp(f->claimant, w->claimant) == 0) &&
         (!w->date || strcmp(f->date, w->date) == 0);
}

/* Whether kb has an entity labelled `label` (of `type` unless NULL); a
 * label written "L = A" asks for label L with alias A. */
static int has_entity(const kabar_kb *kb, const char *label, const char *type) {
  const char *eq = strstr(label, " = ");
  size_t n = eq ? (size_t)(eq - label) : strlen(label);
  for (size_t i = 0; i < kabar_kb_n_entities(kb); i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    if (strncmp(e->label, label, n) != 0 || e->label[n] ||
        (type && strcmp(kabar_entity_type_name(e->type), type) != 0))
      continue;
    if (!eq)
      return 1;
    for (size_t a = 0; a < e->n_aliases; a++)
      if (strcmp(e->aliases[a], eq + 3) == 0)
        return 1;
  }
  return 0;
}

/* A growing report of a case's problems. */
typedef struct report {
  char buf[8192];
  size_t len;
  int problems;
} report;

static void problem(report *r, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (r->len < sizeof r->buf) {
    int n = vsnprintf(r->buf + r->len, sizeof r->buf - r->len, fmt, ap);
    if (n > 0)
      r->len += (size_t)n < sizeof r->buf - r->len ? (size_t)n : sizeof r->buf - r->len - 1;
  }
  va_end(ap);
  r->problems++;
}

static const char *show(const char *s) { return s ? s : "*"; }

static kabar_text_cues *text_cues;

/* Runs one case in `given` (a pipeline that has read nothing yet), or in a
 * new one when it is NULL; returns its number of problems and prints them
 * (and what the extractor gave) when there are any or when `always` is set. */
static int run_case(const rule_case *c, const char *table, size_t idx, int always,
                    kabar_pipeline *given) {
  report r;
  memset(&r, 0, sizeof r);
  kabar_error err;
  kabar_error_clear(&err);
  kabar_pipeline *p = given;
  kabar_kb *kb = NULL;
  got g;
  memset(&g, 0, sizeof g);
  if (!p && kabar_pipeline_new(KABAR_DATA_DIR, NULL, &p, &err) != KABAR_OK) {
    problem(&r, "  pipeline: %s\n", err.message);
    goto out;
  }
  kb = kabar_kb_new();
  if (!kb) {
    problem(&r, "  out of memory\n");
    goto out;
  }
  for (size_t d = 0; d < MAX_DOCS && c->docs[d]; d++) {
    char name[32];
    snprintf(name, sizeof name, "doc%zu.txt", d + 1);
    kabar_doc *doc = NULL;
    kabar_read_options opt = {0, 0, 0, NULL};
    if (kabar_doc_from_bytes(name, c->docs[d], strlen(c->docs[d]), &opt, text_cues, &doc, &err) !=
        KABAR_OK) {
      problem(&r, "  read: %s\n", err.message);
      goto out;
    }
    kabar_status st = kabar_pipeline_add_doc(p, doc, kb, &err);
    kabar_doc_free(doc);
    if (st != KABAR_OK) {
      problem(&r, "  extract: %s\n", err.message);
      goto out;
    }
  }
  if (kabar_kb_finish(kb) != KABAR_OK) {
    problem(&r, "  finish failed\n");
    goto out;
  }
  g.kb = kb;
  if (kabar_kb_foreach_mention(kb, collect, &g) != KABAR_OK) {
    problem(&r, "  replay failed\n");
    goto out;
  }

  for (size_t i = 0; i < MAX_WANT && c->facts[i].s; i++) {
    const want_fact *w = &c->facts[i];
    int found = 0;
    for (size_t k = 0; k < g.n_facts && !found; k++)
      found = full_match(&g.facts[k], w);
    if (!found)
      problem(&r, "  missing: %s %s %s [%s] claimant %s date %s\n", w->s, w->rel, w->o,
              show(w->status), show(w->claimant), show(w->date));
  }
  for (size_t i = 0; i < 4 && c->absent[i].s; i++)
    for (size_t k = 0; k < g.n_facts; k++)
      if (same_fact(&g.facts[k], &c->absent[i]))
        problem(&r, "  unwanted: %s %s %s [%s]\n", g.facts[k].s, g.facts[k].rel, g.facts[k].o,
                g.facts[k].status);
  if (!c->partial)
    for (size_t k = 0; k < g.n_facts; k++) {
      int wanted = 0;
      for (size_t i = 0; i < MAX_WANT && c->facts[i].s && !wanted; i++)
        wanted = same_fact(&g.facts[k], &c->facts[i]);
      if (!wanted)
        problem(&r, "  extra: %s %s %s [%s]\n", g.facts[k].s, g.facts[k].rel, g.facts[k].o,
                g.facts[k].status);
    }
  for (size_t i = 0; i < 6 && c->ents[i].label; i++)
    if (!has_entity(kb, c->ents[i].label, c->ents[i].type))
      problem(&r, "  no entity %s (%s)\n", c->ents[i].label, show(c->ents[i].type));
  for (size_t i = 0; i < 4 && c->no_ents[i].label; i++)
    if (has_entity(kb, c->no_ents[i].label, c->no_ents[i].type))
      problem(&r, "  unwanted entity %s (%s)\n", c->no_ents[i].label, show(c->no_ents[i].type));
  /* everywhere: no person is left with a bare one-word name, unless the
   * case names that person as one (people with one name: "Sugiono") */
  for (size_t i = 0; i < kabar_kb_n_entities(kb); i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    int listed = 0;
    for (size_t k = 0; k < 6 && c->ents[k].label && !listed; k++)
      listed = strcmp(c->ents[k].label, e->label) == 0 && c->ents[k].type &&
               strcmp(c->ents[k].type, "Person") == 0;
    if (e->type == KABAR_ENT_PERSON && !strchr(e->label, ' ') && !listed)
      problem(&r, "  one-word person %s\n", e->label);
  }

out:
  if (r.problems || always) {
    fprintf(stderr, "%s[%zu] %s: %s\n", table, idx, c->family, r.problems ? "FAILS" : "passes");
    for (size_t d = 0; d < MAX_DOCS && c->docs[d]; d++)
      fprintf(stderr, "  text%zu: %s\n", d + 1, c->docs[d]);
    fputs(r.buf, stderr);
    fprintf(stderr, "  actual facts:%s\n", g.n_facts ? "" : " none");
    for (size_t k = 0; k < g.n_facts; k++) {
      const got_fact *f = &g.facts[k];
      fprintf(stderr, "    %s:%zu %s (%s) %s %s (%s) [%s] claimant %s date %s\n", f->doc,
              f->sentence, f->s, f->s_type, f->rel, f->o, f->o_type, f->status, f->claimant,
              f->date);
    }
    if (kb) {
      fprintf(stderr, "  actual entities:");
      for (size_t i = 0; i < kabar_kb_n_entities(kb); i++) {
        const kabar_entity *e = kabar_kb_get_entity(kb, i);
        fprintf(stderr, "%s %s (%s)", i ? "," : "", e->label, kabar_entity_type_name(e->type));
      }
      fprintf(stderr, "\n");
    }
  }
  got_free(&g);
  kabar_kb_free(kb);
  if (p != given)
    kabar_pipeline_free(p);
  return r.problems;
}

/* The extractor remembers the people of the documents it has read, so each
 * case needs a pipeline that has read nothing. Loading one takes most of a
 * case's time; instead the case runs in a forked copy of `base`, loaded
 * once, and the child leaves with _exit (freeing the copy would touch, and
 * so copy, all its pages). Under the sanitizers, where a child's leaks would
 * go unchecked, `base` is NULL and each case runs here in a new pipeline. */
#if defined(__SANITIZE_ADDRESS__)
#define USE_FORK 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define USE_FORK 0
#endif
#endif
#ifndef USE_FORK
#define USE_FORK 1
#endif

static int run_case_isolated(const rule_case *c, const char *table, size_t idx, int always,
                             kabar_pipeline *base) {
  if (!base)
    return run_case(c, table, idx, always, NULL);
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0)
    return run_case(c, table, idx, always, NULL);
  if (pid == 0) {
    int problems = run_case(c, table, idx, always, base);
    fflush(stderr);
    _exit(problems > 100 ? 100 : problems);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) {
    fprintf(stderr, "%s[%zu] %s: lost its process\n", table, idx, c->family);
    return 1;
  }
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  fprintf(stderr, "%s[%zu] %s: FAILS, killed by signal %d\n", table, idx, c->family,
          WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  return 1;
}

int rule_cases_main(const char *name, const rule_case *cases, size_t n_cases,
                    const rule_case *known_gaps, size_t n_gaps, const char *const *families,
                    size_t n_families, size_t min_per_family) {
  kabar_error err;
  struct timespec t0, t1;
  timespec_get(&t0, TIME_UTC);
  CHECK_INT(kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &text_cues, &err), KABAR_OK);
  if (!text_cues)
    return check_done();
  kabar_pipeline *base = NULL;
  if (USE_FORK)
    CHECK_INT(kabar_pipeline_new(KABAR_DATA_DIR, NULL, &base, &err), KABAR_OK);

  size_t failed = 0;
  for (size_t f = 0; f < n_families; f++) {
    size_t n = 0;
    for (size_t i = 0; i < n_cases; i++)
      n += strcmp(cases[i].family, families[f]) == 0;
    if (n < min_per_family)
      fprintf(stderr, "family %s has %zu counted cases\n", families[f], n);
    CHECK(n >= min_per_family);
  }
  for (size_t i = 0; i < n_cases; i++) {
    int problems = run_case_isolated(&cases[i], "cases", i, 0, base);
    CHECK(problems == 0);
    failed += problems != 0;
  }

  size_t fixed = 0;
  fprintf(stderr, "---- known gaps (printed, not counted) ----\n");
  for (size_t i = 0; i < n_gaps; i++)
    if (run_case_isolated(&known_gaps[i], "known_gaps", i, 1, base) == 0) {
      fprintf(stderr, "  -> this gap is fixed: move it into cases[]\n");
      fixed++;
    }
  timespec_get(&t1, TIME_UTC);
  fprintf(stderr, "%s: %zu counted, %zu failed; known gaps: %zu, %zu now passing; %.2fs\n",
          name, n_cases, failed, n_gaps, fixed,
          (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
  kabar_pipeline_free(base);
  kabar_text_cues_free(text_cues);
  return check_done();
}

