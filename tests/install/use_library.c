/* SPDX-License-Identifier: MIT */
/* A program built only from the installed headers and library (through
 * pkg-config libkabar), as a user of libkabar would build it: it loads the
 * installed data directory, reads a short Indonesian text from memory and
 * prints the facts taken from it, one per line, after their number.
 * Usage: use_library DATA_DIR */
#include <kabar/common.h>
#include <kabar/kb.h>
#include <kabar/pipeline.h>
#include <kabar/schema.h>
#include <kabar/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Four facts by the contract (docs/EXTRACTION.md): the minister's office
 * and his visit, the accusation, and the arms transfer it alleges. */
static const char text[] =
    "Menteri Luar Negeri Rusia Sergei Lavrov mengunjungi Korea Utara pada Juli 2024. "
    "Amerika Serikat menuduh Korea Utara mengirim senjata ke Rusia.\n";

static int fail(const char *what, const kabar_error *err) {
  fprintf(stderr, "use_library: %s: %s\n", what, err->message);
  return 1;
}

static void print_fact(const kabar_kb *kb, const kabar_fact *f) {
  const kabar_entity *s = kabar_kb_get_entity(kb, f->subject);
  const kabar_entity *o = kabar_kb_get_entity(kb, f->object);
  printf("%s\t%s\t%s", s->label, kabar_relation_name(f->relation), o->label);
  for (int st = 0; st < KABAR_FS__COUNT; st++)
    if (f->by_status[st])
      printf("\t%s", kabar_fact_status_name((kabar_fact_status)st));
  putchar('\n');
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fputs("usage: use_library DATA_DIR\n", stderr);
    return 2;
  }
  const char *data = argv[1];
  kabar_error err = {KABAR_OK, ""};
  int rc = 1;
  kabar_pipeline *pipe = NULL;
  kabar_text_cues *cues = NULL;
  kabar_doc *doc = NULL;
  kabar_kb *kb = NULL;
  char *cues_path = malloc(strlen(data) + sizeof "/boilerplate.tsv");
  if (!cues_path) {
    fputs("use_library: out of memory\n", stderr);
    return 1;
  }
  sprintf(cues_path, "%s/boilerplate.tsv", data);

  if (kabar_pipeline_new(data, NULL, &pipe, &err) != KABAR_OK) {
    rc = fail("kabar_pipeline_new", &err);
    goto done;
  }
  if (kabar_text_cues_load(cues_path, &cues, &err) != KABAR_OK) {
    rc = fail("kabar_text_cues_load", &err);
    goto done;
  }
  if (kabar_doc_from_bytes("berita", text, strlen(text), NULL, cues, &doc, &err) != KABAR_OK) {
    rc = fail("kabar_doc_from_bytes", &err);
    goto done;
  }
  if (!(kb = kabar_kb_new())) {
    fputs("use_library: out of memory\n", stderr);
    goto done;
  }
  kabar_status st = kabar_pipeline_add_doc(pipe, doc, kb, &err);
  if (st != KABAR_OK) {
    rc = fail("kabar_pipeline_add_doc", &err);
    goto done;
  }
  if ((st = kabar_kb_finish(kb)) != KABAR_OK) {
    fprintf(stderr, "use_library: kabar_kb_finish: %s\n", kabar_strerror(st));
    goto done;
  }
  printf("facts %zu\n", kabar_kb_n_facts(kb));
  for (size_t i = 0; i < kabar_kb_n_facts(kb); i++)
    print_fact(kb, kabar_kb_get_fact(kb, i));
  rc = fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
done:
  kabar_kb_free(kb);
  kabar_doc_free(doc);
  kabar_text_cues_free(cues);
  kabar_pipeline_free(pipe);
  free(cues_path);
  return rc;
}
