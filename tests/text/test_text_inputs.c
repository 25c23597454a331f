/* SPDX-License-Identifier: MIT */
/* Files and directories: kabar_list_inputs and kabar_doc_read errors. */
#include <kabar/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char root[64];

static void put(const char *rel, const char *content) {
  char p[256];
  snprintf(p, sizeof p, "%s/%s", root, rel);
  FILE *fp = fopen(p, "wb");
  CHECK(fp != NULL);
  if (fp) {
    fputs(content, fp);
    fclose(fp);
  }
}

static void dir(const char *rel) {
  char p[256];
  snprintf(p, sizeof p, "%s/%s", root, rel);
  CHECK(mkdir(p, 0700) == 0);
}

static void test_listing(void) {
  dir("sub");
  dir(".hidden");
  dir("empty");
  put("b.txt", "B.");
  put("a.TXT", "A.");
  put("c.html", "<p>C.</p>");
  put("d.htm", "<p>D.</p>");
  put("e.md", "E.");
  put("noext", "F.");
  put(".secret.txt", "G.");
  put(".hidden/x.txt", "H.");
  put("sub/z.txt", "Z.");
  put("sub-a.txt", "S.");
  char link[256], target[256];
  snprintf(link, sizeof link, "%s/sub/loop", root);
  snprintf(target, sizeof target, "%s", root);
  CHECK(symlink(target, link) == 0); /* a cycle that must not be followed */

  char **paths = NULL;
  size_t n = 0;
  kabar_error err;
  CHECK_INT(kabar_list_inputs(root, &paths, &n, &err), KABAR_OK);
  /* Byte order of the whole path: '-' (0x2D) sorts before '/' (0x2F). */
  static const char *const want[] = {"a.TXT", "b.txt", "c.html", "d.htm", "sub-a.txt", "sub/z.txt"};
  CHECK_INT(n, 6);
  for (size_t i = 0; i < n && i < 6; i++) {
    char w[256];
    snprintf(w, sizeof w, "%s/%s", root, want[i]);
    CHECK_STR(paths[i], w);
  }
  for (size_t i = 0; i < n; i++)
    free(paths[i]);
  free(paths);

  /* A file named explicitly is itself, whatever its extension. */
  char md[256];
  snprintf(md, sizeof md, "%s/e.md", root);
  CHECK_INT(kabar_list_inputs(md, &paths, &n, &err), KABAR_OK);
  CHECK_INT(n, 1);
  if (n == 1)
    CHECK_STR(paths[0], md);
  for (size_t i = 0; i < n; i++)
    free(paths[i]);
  free(paths);

  CHECK_INT(kabar_list_inputs("-", &paths, &n, &err), KABAR_OK);
  CHECK_INT(n, 1);
  if (n == 1)
    CHECK_STR(paths[0], "-");
  for (size_t i = 0; i < n; i++)
    free(paths[i]);
  free(paths);

  char empty[256];
  snprintf(empty, sizeof empty, "%s/empty", root);
  CHECK_INT(kabar_list_inputs(empty, &paths, &n, &err), KABAR_OK);
  CHECK_INT(n, 0);
  free(paths);

  CHECK_INT(kabar_list_inputs("/nonexistent/kabar-dir", &paths, &n, &err), KABAR_ERR_IO);
  CHECK(strstr(err.message, "/nonexistent/kabar-dir: No such file or directory") == err.message);
  CHECK(paths == NULL && n == 0);
}

static void test_read_errors(void) {
  kabar_doc *doc = (kabar_doc *)1;
  kabar_error err;
  CHECK_INT(kabar_doc_read("/nonexistent/a.txt", NULL, NULL, &doc, &err), KABAR_ERR_IO);
  CHECK(doc == NULL);
  CHECK_STR(err.message, "/nonexistent/a.txt: No such file or directory");
  CHECK_INT(kabar_doc_read(root, NULL, NULL, &doc, &err), KABAR_ERR_IO);
  CHECK(strstr(err.message, root) == err.message);
  CHECK(strstr(err.message, "Is a directory") != NULL);

  char p[256];
  snprintf(p, sizeof p, "%s/c.html", root);
  CHECK_INT(kabar_doc_read(p, NULL, NULL, &doc, &err), KABAR_OK);
  if (doc) {
    CHECK_INT(doc->is_html, 1);
    CHECK_STR(doc->name, "c");
    CHECK_STR(doc->path, p);
    CHECK_STR(doc->text, "C.");
  }
  kabar_doc_free(doc);

  /* Standard input is "-", named stdin. */
  snprintf(p, sizeof p, "%s/b.txt", root);
  if (freopen(p, "rb", stdin)) {
    CHECK_INT(kabar_doc_read("-", NULL, NULL, &doc, &err), KABAR_OK);
    if (doc) {
      CHECK_STR(doc->name, "stdin");
      CHECK_STR(doc->path, "-");
      CHECK_STR(doc->text, "B.");
    }
    kabar_doc_free(doc);
  }
}

static void cleanup(void) {
  static const char *const files[] = {"b.txt", "a.TXT", "c.html", "d.htm", "e.md", "noext",
                                      ".secret.txt", ".hidden/x.txt", "sub/z.txt", "sub-a.txt",
                                      "sub/loop"};
  char p[256];
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    snprintf(p, sizeof p, "%s/%s", root, files[i]);
    unlink(p);
  }
  static const char *const dirs[] = {"sub", ".hidden", "empty", ""};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
    snprintf(p, sizeof p, "%s/%s", root, dirs[i]);
    rmdir(p);
  }
}

int main(void) {
  strcpy(root, "/tmp/kabar-inputs-XXXXXX");
  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 1;
  }
  test_listing();
  test_read_errors();
  cleanup();
  return check_done();
}
