/* SPDX-License-Identifier: MIT */
/* Throughput of read + decode + segment + tokenize on plain text.
 *   bench_text FILE [REPEAT]        the file as one document (kabar_doc_read)
 *   bench_text --split FILE [REPEAT] the file cut at blank-line-free 4 KiB
 *                                   boundaries into article-sized documents
 *                                   (kabar_doc_from_bytes), as in a corpus
 * Prints MB/s (best of REPEAT). Not a pass/fail test. */
#include <kabar/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
  int split = argc > 1 && !strcmp(argv[1], "--split");
  if (split) {
    argc--;
    argv++;
  }
  if (argc < 2) {
    fprintf(stderr, "usage: bench_text [--split] FILE [REPEAT]\n");
    return 2;
  }
  int repeat = argc > 2 ? atoi(argv[2]) : 5;
  char *all = NULL;
  size_t all_len = 0;
  if (split) {
    FILE *fp = fopen(argv[1], "rb");
    if (!fp) {
      perror(argv[1]);
      return 1;
    }
    fseek(fp, 0, SEEK_END);
    all_len = (size_t)ftell(fp);
    fseek(fp, 0, SEEK_SET);
    all = malloc(all_len + 1);
    if (!all || fread(all, 1, all_len, fp) != all_len) {
      fprintf(stderr, "%s: cannot read\n", argv[1]);
      return 1;
    }
    fclose(fp);
  }
  kabar_text_cues *cues = NULL;
  kabar_error err;
  if (kabar_text_cues_load(KABAR_DATA_DIR "/boilerplate.tsv", &cues, &err) != KABAR_OK) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  double best = 1e30;
  size_t bytes = 0, sents = 0, toks = 0;
  for (int r = 0; r < repeat; r++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    bytes = sents = toks = 0;
    if (split) {
      for (size_t off = 0; off < all_len;) {
        size_t end = off + 4096 < all_len ? off + 4096 : all_len;
        while (end < all_len && all[end - 1] != '\n')
          end++;
        kabar_doc *doc = NULL;
        if (kabar_doc_from_bytes("bench.txt", all + off, end - off, NULL, cues, &doc, &err) ==
            KABAR_OK) {
          bytes += doc->len;
          sents += doc->n_sentences;
          toks += doc->n_tokens;
        }
        kabar_doc_free(doc);
        off = end;
      }
    } else {
      kabar_doc *doc = NULL;
      if (kabar_doc_read(argv[1], NULL, cues, &doc, &err) != KABAR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
      }
      bytes = doc->len;
      sents = doc->n_sentences;
      toks = doc->n_tokens;
      kabar_doc_free(doc);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (s < best)
      best = s;
  }
  free(all);
  printf("%zu bytes, %zu sentences, %zu tokens: %.3f s, %.1f MB/s\n", bytes, sents, toks, best,
         (double)bytes / best / 1e6);
  kabar_text_cues_free(cues);
  return 0;
}
