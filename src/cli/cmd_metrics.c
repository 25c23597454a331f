/* SPDX-License-Identifier: MIT */
/* kabar metrics: the graph summary and the top entities per network metric,
 * from an export directory (nodes.csv, metrics.json) or from inputs run
 * through the pipeline. Uses only the public headers. */
#include "args.h"
#include "commands.h"

#include <kabar/graph.h>
#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/text.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char metrics_usage[] =
    "usage: kabar metrics [--data DIR] [--metrics-include LIST] [--top N] [--max-doc-bytes N]\n"
    "                     [--jobs N] [--epsilon E] [OUTDIR | INPUT...]\n"
    "\n"
    "Prints the graph summary and the top entities per network metric.\n"
    "OUTDIR: a directory written by 'kabar export' (holds nodes.csv): its\n"
    "metrics are read back. Otherwise the inputs (files, directories, or - for\n"
    "standard input; with none, standard input when it is a pipe or a file, else\n"
    "the bundled corpus) are extracted and the metrics computed.\n"
    "\n"
    "  --data DIR              data directory (lexicons, corpus)\n"
    "  --metrics-include LIST  also count these fact statuses as edges:\n"
    "                          alleged,denied,planned,negated or all\n"
    "                          (asserted always counts)\n"
    "  --top N                 entities shown per metric (default 10)\n"
    "  --max-doc-bytes N       refuse an input larger than N bytes (suffix K, M\n"
    "                          or G for KiB, MiB, GiB; default 64M)\n"
    "  -j, --jobs N            threads that read and extract the inputs (default:\n"
    "                          the cores online); the metrics are the same for any N\n"
    "  --epsilon E             target error of sampled betweenness, closeness and\n"
    "                          harmonic centrality, between 0 and 1 (default 0.1)\n";

/* What gets printed, whichever source it came from. */
typedef struct table {
  size_t n;
  char **label;  /* "Label (Type)" */
  double *values[KABAR_M__COUNT];
  char statuses[128];
  char *summary_keys[32];
  char *summary_vals[32];
  size_t n_summary;
} table;

static void table_free(table *t) {
  for (size_t i = 0; t->label && i < t->n; i++)
    free(t->label[i]);
  free(t->label);
  for (int k = 0; k < KABAR_M__COUNT; k++)
    free(t->values[k]);
  for (size_t i = 0; i < t->n_summary; i++) {
    free(t->summary_keys[i]);
    free(t->summary_vals[i]);
  }
}

static char *dupstr(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}

static int table_alloc(table *t, size_t n) {
  t->n = n;
  t->label = calloc(n ? n : 1, sizeof *t->label);
  if (!t->label)
    return -1;
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    t->values[k] = malloc((n ? n : 1) * sizeof(double));
    if (!t->values[k])
      return -1;
    for (size_t i = 0; i < n; i++)
      t->values[k][i] = NAN;
  }
  return 0;
}

static int add_summary(table *t, const char *key, const char *val) {
  if (t->n_summary >= sizeof t->summary_keys / sizeof *t->summary_keys)
    return 0;
  char *k = dupstr(key), *v = dupstr(val);
  if (!k || !v) {
    free(k);
    free(v);
    return -1;
  }
  t->summary_keys[t->n_summary] = k;
  t->summary_vals[t->n_summary++] = v;
  return 0;
}

/* ---- from an export directory ---- */

/* Reads one CSV record (RFC 4180) from f into fields; returns the number of
 * fields, 0 at end of file, -1 when out of memory. */
static int csv_record(FILE *f, char ***fields, size_t *cap) {
  size_t nf = 0, len = 0, fcap = 64;
  char *field = malloc(fcap);
  int c, quoted = 0, any = 0;
  if (!field)
    return -1;
  for (;;) {
    c = fgetc(f);
    if (c == EOF && !any) {
      free(field);
      return 0;
    }
    any = 1;
    if (quoted) {
      if (c == '"') {
        int d = fgetc(f);
        if (d != '"') {
          quoted = 0;
          if (d != EOF)
            ungetc(d, f);
          continue;
        }
      } else if (c == EOF) {
        quoted = 0;
        continue;
      }
    } else if (c == '"') {
      quoted = 1;
      continue;
    } else if (c == ',' || c == '\n' || c == EOF) {
      if (nf == *cap) {
        size_t ncap = *cap ? 2 * *cap : 32;
        char **nfs = realloc(*fields, ncap * sizeof *nfs);
        if (!nfs) {
          free(field);
          return -1;
        }
        *fields = nfs;
        *cap = ncap;
      }
      field[len] = '\0';
      (*fields)[nf++] = field;
      if (c != ',')
        return (int)nf;
      fcap = 64;
      len = 0;
      field = malloc(fcap);
      if (!field)
        return -1;
      continue;
    } else if (c == '\r') {
      continue;
    }
    if (len + 1 >= fcap) {
      char *nfield = realloc(field, fcap *= 2);
      if (!nfield) {
        free(field);
        return -1;
      }
      field = nfield;
    }
    field[len++] = (char)c;
  }
}

static void free_fields(char **fields, int n) {
  for (int i = 0; i < n; i++)
    free(fields[i]);
}

/* The "graph" block of metrics.json: one "key": number per line. */
static int read_summary(table *t, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return 0; /* optional */
  char line[512];
  int in_graph = 0, rc = 0;
  while (rc == 0 && fgets(line, sizeof line, f)) {
    char key[64], val[64];
    if (strstr(line, "\"countedStatuses\": [")) {
      char *p = strchr(line, '['), *o = t->statuses;
      for (p++; *p && *p != ']' && o < t->statuses + sizeof t->statuses - 1; p++)
        if (*p != '"' && *p != ' ')
          *o++ = *p;
      *o = '\0';
    }
    if (strstr(line, "\"graph\": {")) {
      in_graph = 1;
      continue;
    }
    if (in_graph && strchr(line, '}'))
      break;
    if (in_graph && sscanf(line, " \"%63[^\"]\": %63[^,\n]", key, val) == 2)
      rc = add_summary(t, key, val);
  }
  fclose(f);
  return rc;
}

static int from_export(table *t, const char *dir, const char *csv_path) {
  FILE *f = fopen(csv_path, "r");
  char **fields = NULL;
  size_t cap = 0;
  int col[KABAR_M__COUNT], c_label = -1, c_type = -1, rc = KABAR_EXIT_OK;
  size_t n = 0, rows_cap = 0;
  if (!f) {
    fprintf(stderr, "kabar metrics: %s: %s\n", csv_path, strerror(errno));
    return KABAR_EXIT_INPUT;
  }
  int nf = csv_record(f, &fields, &cap);
  if (nf <= 0) {
    fprintf(stderr, "kabar metrics: %s: empty or unreadable\n", csv_path);
    rc = nf < 0 ? KABAR_EXIT_INTERNAL : KABAR_EXIT_INPUT;
    goto done;
  }
  for (int k = 0; k < KABAR_M__COUNT; k++)
    col[k] = -1;
  for (int i = 0; i < nf; i++) {
    kabar_metric k;
    if (!strcmp(fields[i], "Label"))
      c_label = i;
    else if (!strcmp(fields[i], "type"))
      c_type = i;
    else if (kabar_metric_parse(fields[i], &k) == 0)
      col[k] = i;
  }
  free_fields(fields, nf);
  if (c_label < 0 || col[KABAR_M_PAGERANK] < 0) {
    fprintf(stderr, "kabar metrics: %s: no Label or pagerank column (not written by kabar export?)\n",
            csv_path);
    rc = KABAR_EXIT_INPUT;
    goto done;
  }
  if (table_alloc(t, 0) < 0)
    goto nomem;
  while ((nf = csv_record(f, &fields, &cap)) > 0) {
    if (nf == 1 && !fields[0][0]) { /* blank line */
      free_fields(fields, nf);
      continue;
    }
    if (n == rows_cap) {
      rows_cap = rows_cap ? 2 * rows_cap : 64;
      char **nl = realloc(t->label, rows_cap * sizeof *nl);
      if (!nl)
        goto nomem_fields;
      t->label = nl;
      for (int k = 0; k < KABAR_M__COUNT; k++) {
        double *nv = realloc(t->values[k], rows_cap * sizeof *nv);
        if (!nv)
          goto nomem_fields;
        t->values[k] = nv;
      }
    }
    const char *label = c_label < nf ? fields[c_label] : "";
    const char *type = c_type >= 0 && c_type < nf ? fields[c_type] : "";
    size_t len = strlen(label) + strlen(type) + 4;
    t->label[n] = malloc(len);
    if (!t->label[n])
      goto nomem_fields;
    snprintf(t->label[n], len, *type ? "%s (%s)" : "%s", label, type);
    for (int k = 0; k < KABAR_M__COUNT; k++) {
      const char *v = col[k] >= 0 && col[k] < nf ? fields[col[k]] : "";
      char *end;
      double d = strtod(v, &end);
      t->values[k][n] = *v && !*end ? d : NAN;
    }
    t->n = ++n;
    free_fields(fields, nf);
  }
  if (nf < 0)
    goto nomem;
  char path[4096];
  snprintf(path, sizeof path, "%s/metrics.json", dir);
  if (read_summary(t, path) < 0)
    goto nomem;
  if (ferror(f)) {
    fprintf(stderr, "kabar metrics: %s: read error\n", csv_path);
    rc = KABAR_EXIT_INPUT;
  }
  goto done;
nomem_fields:
  free_fields(fields, nf);
nomem:
  fprintf(stderr, "kabar metrics: out of memory\n");
  rc = KABAR_EXIT_INTERNAL;
done:
  free(fields);
  fclose(f);
  return rc;
}

/* ---- from inputs ---- */

static int fmt_summary(table *t, const char *key, double v, int integer) {
  char buf[64];
  if (isnan(v))
    snprintf(buf, sizeof buf, "null");
  else if (integer)
    snprintf(buf, sizeof buf, "%.0f", v);
  else
    snprintf(buf, sizeof buf, "%.15g", v);
  return add_summary(t, key, buf);
}

/* An input's end (kabar_pipeline_add_files()): the first failure stops. */
static kabar_status input_done(void *user, size_t i, kabar_status st, kabar_error *err) {
  (void)user;
  (void)i;
  (void)err;
  return st;
}

static int from_inputs(table *t, const char *data_dir, const kabar_read_options *ropt,
                       char **inputs, int n_inputs, unsigned statuses, size_t jobs, double epsilon) {
  kabar_error err;
  kabar_pipeline *p = NULL;
  kabar_kb *kb = NULL;
  kabar_metrics *m = NULL;
  kabar_status st;
  char corpus[4096];
  char *default_input[1] = {corpus};
  int rc = KABAR_EXIT_OK;
  kabar_error_clear(&err);
  if (n_inputs == 0) {
    snprintf(corpus, sizeof corpus, "%s/corpus", data_dir);
    inputs = default_input;
    n_inputs = 1;
  }
  st = kabar_pipeline_new(data_dir, ropt, &p, &err);
  if (st != KABAR_OK)
    goto fail;
  kb = kabar_kb_new();
  if (!kb) {
    st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
    goto fail;
  }
  kabar_pipeline_set_jobs(p, jobs);
  for (int i = 0; i < n_inputs; i++) {
    char **paths = NULL;
    size_t n_paths = 0;
    if (!strcmp(inputs[i], "-")) {
      st = kabar_pipeline_add_file(p, "-", kb, &err);
    } else {
      st = kabar_list_inputs(inputs[i], &paths, &n_paths, &err);
      if (st == KABAR_OK && n_paths == 0)
        st = kabar_error_set(&err, KABAR_ERR_INPUT, "%s: no .txt, .html or .htm file in it",
                             inputs[i]);
      if (st == KABAR_OK)
        st = kabar_pipeline_add_files(p, paths, n_paths, kb, input_done, NULL, &err);
      for (size_t j = 0; j < n_paths; j++)
        free(paths[j]);
      free(paths);
    }
    if (st != KABAR_OK)
      goto fail;
  }
  st = kabar_kb_finish(kb);
  if (st != KABAR_OK) {
    kabar_error_set(&err, st, "knowledge base: %s", kabar_strerror(st));
    goto fail;
  }
  kabar_graph_options opt = {statuses, 0};
  kabar_graph_sampling sampling = {epsilon, 0, 0, jobs, 0};
  st = kabar_metrics_compute_with(kb, &opt, &sampling, &m, &err);
  if (st != KABAR_OK)
    goto fail;
  size_t n = kabar_kb_n_entities(kb);
  if (table_alloc(t, n) < 0)
    goto nomem;
  for (size_t i = 0; i < n; i++) {
    const kabar_entity *e = kabar_kb_get_entity(kb, i);
    const char *type = kabar_entity_type_name(e->type);
    size_t len = strlen(e->label) + strlen(type) + 4;
    if (!(t->label[i] = malloc(len)))
      goto nomem;
    snprintf(t->label[i], len, "%s (%s)", e->label, type);
    for (int k = 0; k < KABAR_M__COUNT; k++)
      t->values[k][i] = kabar_metrics_get(m, (kabar_metric)k, i);
  }
  const kabar_graph_summary *s = kabar_metrics_summary(m);
  kabar_graph_format_statuses(s->statuses, t->statuses, sizeof t->statuses);
  if (fmt_summary(t, "vertices", (double)s->vertices, 1) < 0 ||
      fmt_summary(t, "edges", (double)s->edges, 1) < 0 ||
      fmt_summary(t, "arcs", (double)s->arcs, 1) < 0 ||
      fmt_summary(t, "symmetricEdges", (double)s->symmetric_edges, 1) < 0 ||
      fmt_summary(t, "density", s->density, 0) < 0 ||
      fmt_summary(t, "components", (double)s->components, 1) < 0 ||
      fmt_summary(t, "largestComponent", (double)s->largest_component, 1) < 0 ||
      fmt_summary(t, "isolated", (double)s->isolated, 1) < 0 ||
      fmt_summary(t, "diameter", s->diameter, 1) < 0 ||
      fmt_summary(t, "transitivity", s->transitivity, 0) < 0 ||
      fmt_summary(t, "reciprocity", s->reciprocity, 0) < 0 ||
      fmt_summary(t, "modularity", s->modularity, 0) < 0 ||
      fmt_summary(t, "communities", (double)s->communities, 1) < 0)
    goto nomem;
  goto done;
nomem:
  st = kabar_error_set(&err, KABAR_ERR_NOMEM, "out of memory");
fail:
  fprintf(stderr, "kabar metrics: %s\n", err.message[0] ? err.message : kabar_strerror(st));
  rc = kabar_cli_exit_code(st);
done:
  kabar_metrics_free(m);
  kabar_kb_free(kb);
  kabar_pipeline_free(p);
  return rc;
}

/* ---- printing ---- */

/* A label cut to about 60 bytes on a UTF-8 character boundary. */
static void put_label(const char *s) {
  size_t n = strlen(s);
  if (n <= 60) {
    fputs(s, stdout);
    return;
  }
  n = 57;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
    n--;
  printf("%.*s...", (int)n, s);
}

typedef struct rank {
  size_t i;
  double v;
} rank;

static int cmp_rank(const void *a, const void *b) {
  const rank *x = a, *y = b;
  if (x->v != y->v)
    return x->v > y->v ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

static void print_table(const table *t, size_t top) {
  printf("Graph summary (edges: facts with a mention in a counted status: %s)\n",
         t->statuses[0] ? t->statuses : "asserted");
  for (size_t i = 0; i < t->n_summary; i++)
    printf("  %-18s %s\n", t->summary_keys[i], t->summary_vals[i]);
  rank *r = malloc((t->n ? t->n : 1) * sizeof *r);
  if (!r)
    return;
  for (int k = 0; k < KABAR_M__COUNT; k++) {
    if (k == KABAR_M_COMMUNITY)
      continue;
    size_t got = 0;
    for (size_t i = 0; i < t->n; i++)
      if (!isnan(t->values[k][i]))
        r[got++] = (rank){i, t->values[k][i]};
    qsort(r, got, sizeof *r, cmp_rank);
    printf("\nTop %zu by %s: %s\n", got < top ? got : top, kabar_metric_name((kabar_metric)k),
           kabar_metric_description((kabar_metric)k));
    for (size_t j = 0; j < got && j < top; j++) {
      if (kabar_metric_is_integer((kabar_metric)k))
        printf("  %3zu. %10.0f  ", j + 1, r[j].v);
      else
        printf("  %3zu. %10.6f  ", j + 1, r[j].v);
      put_label(t->label[r[j].i]);
      putchar('\n');
    }
  }
  /* Communities, largest first (community 0 is the largest), with their
   * members of highest pagerank. */
  double max_c = -1;
  for (size_t i = 0; i < t->n; i++)
    if (t->values[KABAR_M_COMMUNITY][i] > max_c)
      max_c = t->values[KABAR_M_COMMUNITY][i];
  size_t got = 0;
  for (size_t i = 0; i < t->n; i++)
    r[got++] = (rank){i, isnan(t->values[KABAR_M_PAGERANK][i]) ? -1 : t->values[KABAR_M_PAGERANK][i]};
  qsort(r, got, sizeof *r, cmp_rank);
  if (max_c >= 0)
    printf("\nCommunities (Leiden, modularity): %.0f; the %zu largest:\n", max_c + 1, top);
  for (double c = 0; c <= max_c && c < (double)top; c++) {
    size_t size = 0, shown = 0;
    for (size_t i = 0; i < t->n; i++)
      size += t->values[KABAR_M_COMMUNITY][i] == c;
    printf("  %3.0f. %4zu members:", c, size);
    for (size_t j = 0; j < got && shown < 5; j++)
      if (t->values[KABAR_M_COMMUNITY][r[j].i] == c) {
        fputs(shown++ ? ", " : " ", stdout);
        put_label(t->label[r[j].i]);
      }
    printf("\n");
  }
  free(r);
}

enum { OPT_INCLUDE = KABAR_OPT_FIRST_OWN, OPT_TOP, OPT_EPSILON };

static const struct option metrics_options[] = {
    {"help", no_argument, NULL, KABAR_OPT_HELP},
    {"version", no_argument, NULL, KABAR_OPT_VERSION},
    {"data", required_argument, NULL, KABAR_OPT_DATA},
    {"max-doc-bytes", required_argument, NULL, KABAR_OPT_MAX_DOC_BYTES},
    {"metrics-include", required_argument, NULL, OPT_INCLUDE},
    {"top", required_argument, NULL, OPT_TOP},
    {"jobs", required_argument, NULL, 'j'},
    {"epsilon", required_argument, NULL, OPT_EPSILON},
    {NULL, 0, NULL, 0}};

int kabar_cmd_metrics(int argc, char **argv) {
  const char *data = NULL, *include = NULL;
  size_t top = 10, jobs = kabar_cli_default_jobs();
  double epsilon = 0;
  kabar_read_options ropt = {0, -1, 0, NULL};
  char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
  int n_inputs = 0, rc = KABAR_EXIT_OK;
  table t;
  memset(&t, 0, sizeof t);
  if (!inputs) {
    fprintf(stderr, "kabar metrics: out of memory\n");
    return KABAR_EXIT_INTERNAL;
  }
  kabar_cli_parser args;
  kabar_cli_parser_init(&args, "kabar metrics", metrics_usage, "hj:", metrics_options, argc, argv);
  for (;;) {
    const char *v;
    int c = kabar_cli_next_option(&args, &v, &rc);
    if (c == -1)
      break;
    if (c == KABAR_CLI_EXIT) {
      free(inputs);
      return rc;
    }
    if (c == KABAR_OPT_DATA) {
      data = v;
    } else if (c == OPT_INCLUDE) {
      include = v;
    } else if (c == KABAR_OPT_MAX_DOC_BYTES && kabar_parse_byte_count(v, &ropt.max_doc_bytes) != 0) {
      fprintf(stderr, "kabar metrics: --max-doc-bytes wants a positive byte count, not '%s'\n", v);
      free(inputs);
      return KABAR_EXIT_USAGE;
    } else if (c == 'j' && kabar_cli_parse_jobs(v, &jobs) != 0) {
      fprintf(stderr, "kabar metrics: --jobs wants a number of threads from 1 to %d, not '%s'\n",
              KABAR_CLI_MAX_JOBS, v);
      free(inputs);
      return KABAR_EXIT_USAGE;
    } else if (c == OPT_EPSILON && kabar_cli_parse_epsilon(v, &epsilon) != 0) {
      fprintf(stderr, "kabar metrics: --epsilon wants a number between 0 and 1, not '%s'\n", v);
      free(inputs);
      return KABAR_EXIT_USAGE;
    } else if (c == OPT_TOP) {
      char *end;
      long n = strtol(v, &end, 10);
      if (!*v || *end || n < 1 || n > 1000000) {
        fprintf(stderr, "kabar metrics: --top wants a positive number, not '%s'\n", v);
        free(inputs);
        return KABAR_EXIT_USAGE;
      }
      top = (size_t)n;
    }
  }
  for (int i = kabar_cli_first_operand(); i < argc; i++)
    inputs[n_inputs++] = argv[i];
  /* No INPUT: standard input when something is piped into it. */
  if (n_inputs == 0 && kabar_cli_stdin_input())
    inputs[n_inputs++] = "-";
  unsigned statuses = 0;
  if (kabar_graph_parse_statuses(include, &statuses) != 0) {
    fprintf(stderr, "kabar metrics: --metrics-include: unknown status in '%s' (asserted, alleged, "
                    "denied, planned, negated, all)\n", include);
    free(inputs);
    return KABAR_EXIT_USAGE;
  }
  struct stat sb;
  char csv[4096];
  int is_export = 0;
  if (n_inputs == 1 && stat(inputs[0], &sb) == 0 && S_ISDIR(sb.st_mode)) {
    snprintf(csv, sizeof csv, "%s/nodes.csv", inputs[0]);
    is_export = stat(csv, &sb) == 0;
  }
  if (is_export) {
    if (include)
      fprintf(stderr, "kabar metrics: --metrics-include ignored: %s holds computed metrics\n", inputs[0]);
    rc = from_export(&t, inputs[0], csv);
  } else {
    rc = from_inputs(&t, kabar_cli_data_dir(data), &ropt, inputs, n_inputs, statuses, jobs, epsilon);
  }
  if (rc == KABAR_EXIT_OK) {
    print_table(&t, top);
    if (fflush(stdout) != 0 || ferror(stdout)) {
      fprintf(stderr, "kabar metrics: cannot write to standard output\n");
      rc = KABAR_EXIT_OUTPUT;
    }
  }
  table_free(&t);
  free(inputs);
  return rc;
}
