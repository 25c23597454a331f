/* SPDX-License-Identifier: MIT */
/* kabar-train-tagger: trains the named-entity tagger's model from CoNLL
 * data, chooses its number of epochs on a held-out part of the training
 * data, and scores a model. */
#include "tagger/tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The shipped model's setting, chosen on held-out training data only: the
 * last 15% of data/ner/nergrit-train.txt (`select`) and three other 15%
 * blocks of it rotated to the end (2026-12-07, no word lists, the word
 * classes: mean F1 0.688 to 0.696 from 20 to 40 epochs, 0.696 at 31; the
 * last 15% alone 0.726 at 31; the structured perceptron that replaced
 * the greedy one: on the last 15% 0.754 at 23 and 25 epochs, 0.755 at 31,
 * 0.752 to 0.754 from 32 to 40; on the first 15% 0.740 at 31, against
 * 0.700 greedy). The test file played no part.
 * tagger_model_reproducible retrains with these defaults. */
#define DEFAULT_EPOCHS 31
#define STR_(x) #x
#define STR(x) STR_(x)
/* The word lists, chosen on the same held-out part (best F1 over the
 * epochs): none 0.646, the lexicons 0.663, the dictionary 0.652, both
 * 0.678. */
#define DEFAULT_LEXICON KABAR_DATA_DIR "/lexicon"
#define DEFAULT_DICT KABAR_HUNSPELL_DIR
/* The word classes (kabar-word-clusters), which the model file carries. */
#define DEFAULT_CLASSES KABAR_DATA_DIR "/ner/clusters.tsv"

/* Reads the word classes of --classes (`none`: none) into *out. */
static kabar_status classes_load(const char *value, kabar_tagger_classes **out,
                                 kabar_error *err) {
  *out = NULL;
  if (value && !strcmp(value, "none"))
    return KABAR_OK;
  return kabar_tagger_classes_load(value ? value : DEFAULT_CLASSES, out, err);
}


static const char usage[] =
    "usage: kabar-train-tagger train CONLL MODEL_OUT [--epochs N] [LISTS]\n"
    "       kabar-train-tagger eval MODEL CONLL [--min-f1 F] [LISTS]\n"
    "       kabar-train-tagger select CONLL [--heldout PERCENT] [--max-epochs N] [LISTS]\n"
    "       kabar-train-tagger speed MODEL CONLL [--repeat N] [LISTS]\n"
    "       kabar-train-tagger tag MODEL CONLL [LISTS]\n"
    "\n"
    "CONLL has one `token<TAB>tag` per line and a blank line between sentences;\n"
    "tags are O, B-TYPE and I-TYPE with PER/PERSON, ORG/ORGANISATION/ORGANIZATION,\n"
    "LOC/PLACE/LOCATION/GPE (other types are read as O).\n"
    "\n"
    "LISTS are the word lists whose features the tagger reads: --lexicon DIR\n"
    "(default " DEFAULT_LEXICON ") and --dict DIR, the directory of\n"
    "hunspell-id's id_ID.dic (default " DEFAULT_DICT "); `none` leaves one\n"
    "out. A model is tagged with the lists it was trained with.\n"
    "\n"
    "  train   trains an averaged structured perceptron for N epochs (default " STR(DEFAULT_EPOCHS) ")\n"
    "          over the sentences in their order and writes the model\n"
    "  eval    prints exact-span precision, recall and F1 per type and overall\n"
    "          (conlleval's spans); with --min-f1, fails when overall F1 < F\n"
    "  select  trains on the first (100 - PERCENT)% of the sentences (default\n"
    "          PERCENT 15) for 1 .. N epochs (default 20) and prints the scores on\n"
    "          the rest, to choose the number of epochs without the test data\n"
    "  speed   tags the file's words N times (default 20) and prints words/s\n"
    "  tag     prints each word with its gold tag and the model's\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input or F1 under the floor, 2 usage, 3 output not\n"
    "written, 4 out of memory.\n";

static int exit_code(kabar_status st) {
  switch (st) {
  case KABAR_OK: return 0;
  case KABAR_ERR_USAGE: return 2;
  case KABAR_ERR_WRITE: return 3;
  case KABAR_ERR_NOMEM: return 4;
  default: return 1;
  }
}

static int fail(const kabar_error *err) {
  fprintf(stderr, "kabar-train-tagger: %s\n", err->message);
  return exit_code(err->status);
}

static int usage_error(const char *what) {
  fprintf(stderr, "kabar-train-tagger: %s\n%s", what, usage);
  return 2;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Parses a whole number in [min, max] into *out; 0, or -1. */
static int parse_count(const char *s, unsigned long min, unsigned long max, unsigned long *out) {
  char *end;
  if (!s || *s < '0' || *s > '9')
    return -1;
  unsigned long v = strtoul(s, &end, 10);
  if (*end || v < min || v > max)
    return -1;
  *out = v;
  return 0;
}

/* An option that takes a value; value stays NULL when it is absent. */
typedef struct option {
  const char *name, *value;
} option;

/* Sets the command's `want` positional arguments (argv[2] on) and its
 * options; 0, or -1 for anything else. */
static int parse_args(int argc, char **argv, const char **pos, int want, option *opts,
                      int n_opts) {
  int n = 0;
  for (int i = 2; i < argc; i++) {
    int k = 0;
    while (k < n_opts && strcmp(argv[i], opts[k].name) != 0)
      k++;
    if (k < n_opts) {
      if (i + 1 >= argc)
        return -1;
      opts[k].value = argv[++i];
    } else if ((argv[i][0] == '-' && argv[i][1]) || n == want) {
      return -1;
    } else {
      pos[n++] = argv[i];
    }
  }
  return n == want ? 0 : -1;
}

/* A word list's directory: the option's value, `none` for none, or the
 * default. */
static const char *list_dir(const char *value, const char *fallback) {
  if (!value)
    return fallback;
  return strcmp(value, "none") != 0 ? value : NULL;
}

/* Tags sentences [first, end) of c and adds their spans to *counts. */
static kabar_status score(const kabar_tagger *t, const kabar_tagger_corpus *c, size_t first,
                          size_t end, kabar_tagger_counts *counts) {
  unsigned char *found = NULL;
  size_t cap = 0;
  for (size_t s = first; s < end; s++) {
    const char *const *words;
    const unsigned char *gold;
    size_t n = kabar_tagger_corpus_sentence(c, s, &words, &gold);
    if (n > cap) {
      unsigned char *p = realloc(found, n);
      if (!p) {
        free(found);
        return KABAR_ERR_NOMEM;
      }
      found = p;
      cap = n;
    }
    kabar_status st = kabar_tagger_tag(t, words, n, found);
    if (st != KABAR_OK) {
      free(found);
      return st;
    }
    kabar_tagger_count_spans(gold, found, n, counts);
  }
  free(found);
  return KABAR_OK;
}

typedef struct prf {
  double p, r, f;
} prf;

static prf ratios(size_t gold, size_t found, size_t correct) {
  prf x = {found ? (double)correct / (double)found : 0, gold ? (double)correct / (double)gold : 0,
           0};
  x.f = x.p + x.r > 0 ? 2 * x.p * x.r / (x.p + x.r) : 0;
  return x;
}

static prf overall(const kabar_tagger_counts *c) {
  return ratios(c->gold[0] + c->gold[1] + c->gold[2], c->found[0] + c->found[1] + c->found[2],
                c->correct[0] + c->correct[1] + c->correct[2]);
}

static int cmd_train(int argc, char **argv) {
  const char *pos[2];
  option opts[] = {
      {"--epochs", NULL}, {"--lexicon", NULL}, {"--dict", NULL}, {"--classes", NULL}};
  unsigned long epochs = DEFAULT_EPOCHS;
  if (parse_args(argc, argv, pos, 2, opts, 4) < 0)
    return usage_error("train wants CONLL and MODEL_OUT");
  if (opts[0].value && parse_count(opts[0].value, 1, 1000, &epochs) < 0)
    return usage_error("--epochs wants a number from 1 to 1000");
  kabar_error err;
  kabar_tagger_corpus *c = NULL;
  kabar_tagger_lists *lists = NULL;
  kabar_tagger_classes *classes = NULL;
  kabar_tagger *t = NULL;
  kabar_error_clear(&err);
  double t0 = now();
  if (kabar_tagger_lists_load(list_dir(opts[1].value, DEFAULT_LEXICON),
                              list_dir(opts[2].value, DEFAULT_DICT), &lists, &err) == KABAR_OK &&
      classes_load(opts[3].value, &classes, &err) == KABAR_OK &&
      kabar_tagger_corpus_read(pos[0], &c, &err) == KABAR_OK &&
      kabar_tagger_train(c, lists, classes, 0, kabar_tagger_corpus_size(c), (unsigned)epochs, &t,
                         &err) == KABAR_OK)
    kabar_tagger_save(t, pos[1], &err);
  if (err.status == KABAR_OK)
    fprintf(stderr, "kabar-train-tagger: %zu sentences, %lu epochs, %.2f s -> %s\n",
            kabar_tagger_corpus_size(c), epochs, now() - t0, pos[1]);
  kabar_tagger_free(t);
  kabar_tagger_lists_free(lists);
  kabar_tagger_classes_free(classes);
  kabar_tagger_corpus_free(c);
  return err.status == KABAR_OK ? 0 : fail(&err);
}

static int cmd_eval(int argc, char **argv) {
  const char *pos[2];
  option opts[] = {{"--min-f1", NULL}, {"--lexicon", NULL}, {"--dict", NULL}};
  if (parse_args(argc, argv, pos, 2, opts, 3) < 0)
    return usage_error("eval wants MODEL and CONLL");
  const char *floor_arg = opts[0].value;
  double floor = 0;
  if (floor_arg) {
    char *end;
    floor = strtod(floor_arg, &end);
    if (end == floor_arg || *end || !(floor >= 0 && floor <= 1))
      return usage_error("--min-f1 wants a number from 0 to 1");
  }
  kabar_error err;
  kabar_tagger_corpus *c = NULL;
  kabar_tagger *t = NULL;
  kabar_tagger_counts counts = {{0}, {0}, {0}};
  kabar_error_clear(&err);
  if (kabar_tagger_load(pos[0], list_dir(opts[1].value, DEFAULT_LEXICON),
                        list_dir(opts[2].value, DEFAULT_DICT), &t, &err) == KABAR_OK &&
      kabar_tagger_corpus_read(pos[1], &c, &err) == KABAR_OK &&
      score(t, c, 0, kabar_tagger_corpus_size(c), &counts) != KABAR_OK)
    kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
  kabar_tagger_free(t);
  kabar_tagger_corpus_free(c);
  if (err.status != KABAR_OK)
    return fail(&err);
  static const char *const names[3] = {"PER", "ORG", "LOC"};
  printf("type\tgold\tfound\tcorrect\tprecision\trecall\tf1\n");
  for (int k = 0; k < 3; k++) {
    prf x = ratios(counts.gold[k], counts.found[k], counts.correct[k]);
    printf("%s\t%zu\t%zu\t%zu\t%.4f\t%.4f\t%.4f\n", names[k], counts.gold[k], counts.found[k],
           counts.correct[k], x.p, x.r, x.f);
  }
  prf all = overall(&counts);
  printf("ALL\t%zu\t%zu\t%zu\t%.4f\t%.4f\t%.4f\n",
         counts.gold[0] + counts.gold[1] + counts.gold[2],
         counts.found[0] + counts.found[1] + counts.found[2],
         counts.correct[0] + counts.correct[1] + counts.correct[2], all.p, all.r, all.f);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "kabar-train-tagger: cannot write the output\n");
    return 3;
  }
  if (floor_arg && all.f < floor) {
    fprintf(stderr, "kabar-train-tagger: overall F1 %.4f is under the floor %.4f\n", all.f,
            floor);
    return 1;
  }
  return 0;
}

static int cmd_select(int argc, char **argv) {
  const char *pos[1];
  option opts[] = {{"--heldout", NULL}, {"--max-epochs", NULL}, {"--lexicon", NULL},
                   {"--dict", NULL},    {"--classes", NULL}};
  unsigned long percent = 15, max_epochs = 20;
  if (parse_args(argc, argv, pos, 1, opts, 5) < 0)
    return usage_error("select wants CONLL");
  const char *opt_a = opts[0].value, *opt_b = opts[1].value;
  if (opt_a && parse_count(opt_a, 1, 99, &percent) < 0)
    return usage_error("--heldout wants a percentage from 1 to 99");
  if (opt_b && parse_count(opt_b, 1, 1000, &max_epochs) < 0)
    return usage_error("--max-epochs wants a number from 1 to 1000");
  kabar_error err;
  kabar_tagger_corpus *c = NULL;
  kabar_tagger_lists *lists = NULL;
  kabar_tagger_classes *classes = NULL;
  const char *lexicon = list_dir(opts[2].value, DEFAULT_LEXICON),
             *dict = list_dir(opts[3].value, DEFAULT_DICT);
  kabar_error_clear(&err);
  if (kabar_tagger_lists_load(lexicon, dict, &lists, &err) != KABAR_OK ||
      classes_load(opts[4].value, &classes, &err) != KABAR_OK ||
      kabar_tagger_corpus_read(pos[0], &c, &err) != KABAR_OK) {
    kabar_tagger_lists_free(lists);
    kabar_tagger_classes_free(classes);
    return fail(&err);
  }
  size_t n = kabar_tagger_corpus_size(c);
  size_t cut = n - n * percent / 100;
  printf("# trained on sentences 1-%zu, scored on %zu-%zu; lexicons %s, dictionary %s\n", cut,
         cut + 1, n, lexicon ? lexicon : "none", dict ? dict : "none");

  printf("epochs\tPER_f1\tORG_f1\tLOC_f1\tprecision\trecall\tf1\tseconds\n");
  unsigned long best = 0;
  double best_f = -1;
  for (unsigned long e = 1; e <= max_epochs && err.status == KABAR_OK; e++) {
    kabar_tagger *t = NULL;
    kabar_tagger_counts counts = {{0}, {0}, {0}};
    double t0 = now();
    if (kabar_tagger_train(c, lists, classes, 0, cut, (unsigned)e, &t, &err) != KABAR_OK)
      break;
    double secs = now() - t0;
    if (score(t, c, cut, n, &counts) != KABAR_OK)
      kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
    kabar_tagger_free(t);
    prf a = overall(&counts);
    printf("%lu", e);
    for (int k = 0; k < 3; k++)
      printf("\t%.4f", ratios(counts.gold[k], counts.found[k], counts.correct[k]).f);
    printf("\t%.4f\t%.4f\t%.4f\t%.2f\n", a.p, a.r, a.f, secs);
    fflush(stdout);
    if (a.f > best_f) {
      best_f = a.f;
      best = e;
    }
  }
  kabar_tagger_corpus_free(c);
  kabar_tagger_lists_free(lists);
  kabar_tagger_classes_free(classes);
  if (err.status != KABAR_OK)
    return fail(&err);
  printf("# best: %lu epochs (F1 %.4f)\n", best, best_f);
  return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 3;
}

static int cmd_tag(int argc, char **argv) {
  const char *pos[2];
  option opts[] = {{"--lexicon", NULL}, {"--dict", NULL}};
  if (parse_args(argc, argv, pos, 2, opts, 2) < 0)
    return usage_error("tag wants MODEL and CONLL");
  kabar_error err;
  kabar_tagger_corpus *c = NULL;
  kabar_tagger *t = NULL;
  unsigned char *found = NULL;
  kabar_error_clear(&err);
  if (kabar_tagger_load(pos[0], list_dir(opts[0].value, DEFAULT_LEXICON),
                        list_dir(opts[1].value, DEFAULT_DICT), &t, &err) == KABAR_OK &&
      kabar_tagger_corpus_read(pos[1], &c, &err) == KABAR_OK) {
    for (size_t s = 0; s < kabar_tagger_corpus_size(c) && err.status == KABAR_OK; s++) {
      const char *const *words;
      const unsigned char *gold;
      size_t n = kabar_tagger_corpus_sentence(c, s, &words, &gold);
      unsigned char *p = realloc(found, n);
      if (!p || kabar_tagger_tag(t, words, n, p) != KABAR_OK) {
        if (p)
          found = p;
        kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
        break;
      }
      found = p;
      for (size_t i = 0; i < n; i++)
        printf("%s\t%s\t%s\n", words[i], kabar_tag_name((kabar_tag)gold[i]),
               kabar_tag_name((kabar_tag)found[i]));
      putchar('\n');
    }
  }
  free(found);
  kabar_tagger_free(t);
  kabar_tagger_corpus_free(c);
  if (err.status != KABAR_OK)
    return fail(&err);
  return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 3;
}

static int cmd_speed(int argc, char **argv) {
  const char *pos[2];
  option opts[] = {{"--repeat", NULL}, {"--lexicon", NULL}, {"--dict", NULL}};
  unsigned long repeat = 20;
  if (parse_args(argc, argv, pos, 2, opts, 3) < 0)
    return usage_error("speed wants MODEL and CONLL");
  const char *repeat_arg = opts[0].value;
  if (repeat_arg && parse_count(repeat_arg, 1, 100000, &repeat) < 0)
    return usage_error("--repeat wants a number from 1 to 100000");
  kabar_error err;
  kabar_tagger_corpus *c = NULL;
  kabar_tagger *t = NULL;
  kabar_error_clear(&err);
  double load = 0, secs = 0;
  size_t words = 0;
  double t0 = now();
  if (kabar_tagger_load(pos[0], list_dir(opts[1].value, DEFAULT_LEXICON),
                        list_dir(opts[2].value, DEFAULT_DICT), &t, &err) == KABAR_OK) {
    load = now() - t0;
    if (kabar_tagger_corpus_read(pos[1], &c, &err) == KABAR_OK) {
      kabar_tagger_counts counts = {{0}, {0}, {0}};
      t0 = now();
      for (unsigned long r = 0; r < repeat && err.status == KABAR_OK; r++)
        if (score(t, c, 0, kabar_tagger_corpus_size(c), &counts) != KABAR_OK)
          kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
      secs = now() - t0;
      for (size_t s = 0; s < kabar_tagger_corpus_size(c); s++) {
        const char *const *w;
        const unsigned char *g;
        words += kabar_tagger_corpus_sentence(c, s, &w, &g);
      }
    }
  }
  kabar_tagger_free(t);
  kabar_tagger_corpus_free(c);
  if (err.status != KABAR_OK)
    return fail(&err);
  printf("model loaded in %.3f s; %zu words x %lu in %.3f s: %.0f words/s\n", load, words, repeat,
         secs, secs > 0 ? (double)words * (double)repeat / secs : 0);
  return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 3;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return usage_error("no command");
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    fputs(usage, stdout);
    return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 3;
  }
  if (!strcmp(cmd, "train"))
    return cmd_train(argc, argv);
  if (!strcmp(cmd, "eval"))
    return cmd_eval(argc, argv);
  if (!strcmp(cmd, "select"))
    return cmd_select(argc, argv);
  if (!strcmp(cmd, "tag"))
    return cmd_tag(argc, argv);
  if (!strcmp(cmd, "speed"))
    return cmd_speed(argc, argv);
  return usage_error("unknown command");
}
