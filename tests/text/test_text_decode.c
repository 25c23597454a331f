/* SPDX-License-Identifier: MIT */
/* Reading bytes: strict UTF-8, lenient replacement, BOM, CRLF, empty and
 * binary input, checksums. */
#include <kabar/text.h>

#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct {
  const char *bytes;
  size_t len;
  size_t want; /* valid prefix */
  const char *what;
} utf8_case;

#define C(s, want, what) {s, sizeof(s) - 1, want, what}

static const utf8_case cases[] = {
    C("abc", 3, "ASCII"),
    C("\xC3\xA9", 2, "U+00E9"),
    C("\xE2\x80\x9C", 3, "U+201C"),
    C("\xF0\x9F\x98\x80", 4, "U+1F600"),
    C("\xEF\xBF\xBD", 3, "U+FFFD itself"),
    C("\xE0\xA0\x80", 3, "U+0800, smallest three-byte"),
    C("\xED\x9F\xBF", 3, "U+D7FF, just below the surrogates"),
    C("\xEE\x80\x80", 3, "U+E000, just above the surrogates"),
    C("\xF0\x90\x80\x80", 4, "U+10000, smallest four-byte"),
    C("\xF4\x8F\xBF\xBF", 4, "U+10FFFF, the largest"),
    C("\xC0\x80", 0, "overlong NUL"),
    C("\xC1\xBF", 0, "overlong (C1)"),
    C("\xE0\x80\x80", 0, "overlong three-byte"),
    C("\xE0\x9F\xBF", 0, "overlong three-byte (E0 9F)"),
    C("\xF0\x80\x80\x80", 0, "overlong four-byte"),
    C("\xF0\x8F\xBF\xBF", 0, "overlong four-byte (F0 8F)"),
    C("\xED\xA0\x80", 0, "surrogate D800"),
    C("\xED\xBF\xBF", 0, "surrogate DFFF"),
    C("\xF4\x90\x80\x80", 0, "above U+10FFFF"),
    C("\xF5\x80\x80\x80", 0, "F5 lead"),
    C("\xF8\x88\x80\x80\x80", 0, "five-byte form"),
    C("\xFE", 0, "FE"),
    C("\xFF", 0, "FF"),
    C("\x80", 0, "lone continuation"),
    C("ab\xBF", 2, "continuation after ASCII"),
    C("\xC3", 0, "truncated two-byte"),
    C("ab\xE2\x82", 2, "truncated three-byte at the end"),
    C("ab\xE2\x82x", 2, "truncated three-byte before ASCII"),
    C("\xF0\x9F\x98", 0, "truncated four-byte"),
    C("\xC3\xA9\xC3", 2, "truncated after a valid one"),
    C("ab\0cd", 2, "NUL"),
    C("abcdefg\0hijklmnop", 7, "NUL inside the eight-byte fast path"),
    C("abcdefghijklmnopq\xC0", 17, "invalid after two fast blocks"),
    C("abcdefghijklmnop\xC3\xA9xyz", 21, "valid after the fast path"),
};

/* Collects warnings. */
static char last_warning[1024];
static int n_warnings;
static void on_warning(void *user, const char *msg) {
  (void)user;
  n_warnings++;
  snprintf(last_warning, sizeof last_warning, "%s", msg);
}

static kabar_status read_bytes(const char *name, const char *b, size_t n, int lenient,
                               kabar_doc **doc, kabar_error *err) {
  kabar_read_options opt = {lenient, 0, 0, NULL};
  return kabar_doc_from_bytes(name, b, n, &opt, NULL, doc, err);
}

static void test_table(void) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t got = kabar_utf8_valid_prefix(cases[i].bytes, cases[i].len);
    if (got != cases[i].want)
      fprintf(stderr, "case %zu (%s):\n", i, cases[i].what);
    CHECK_INT(got, cases[i].want);
  }
  CHECK_INT(kabar_utf8_valid_prefix("", 0), 0);
}

static void test_strict_errors(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  /* The offset counts bytes of the file, BOM included. */
  static const char bom_bad[] = "\xEF\xBB\xBF" "ab\xC0\x80 cd.";
  CHECK_INT(read_bytes("t.txt", bom_bad, sizeof bom_bad - 1, 0, &doc, &err), KABAR_ERR_ENCODING);
  CHECK(doc == NULL);
  CHECK_STR(err.message, "t.txt: invalid UTF-8 at byte 5");

  static const char sur[] = "Halo \xED\xA0\x80.";
  CHECK_INT(read_bytes("s.txt", sur, sizeof sur - 1, 0, &doc, &err), KABAR_ERR_ENCODING);
  CHECK_STR(err.message, "s.txt: invalid UTF-8 at byte 5");

  static const char nul[] = "ab\0cd efg.";
  CHECK_INT(read_bytes("n.txt", nul, sizeof nul - 1, 0, &doc, &err), KABAR_ERR_ENCODING);
  CHECK(strstr(err.message, "n.txt: invalid UTF-8 at byte 2") == err.message);
  CHECK(strstr(err.message, "binary") != NULL);

  static const char bin[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06";
  CHECK_INT(read_bytes("b.txt", bin, sizeof bin - 1, 0, &doc, &err), KABAR_ERR_INPUT);
  CHECK(strstr(err.message, "b.txt: binary") == err.message);
  /* Binary stays binary when lenient. */
  CHECK_INT(read_bytes("b.txt", bin, sizeof bin - 1, 1, &doc, &err), KABAR_ERR_INPUT);

  static const char utf16[] = "\xFF\xFEH\0a\0l\0o\0";
  CHECK_INT(read_bytes("u.txt", utf16, sizeof utf16 - 1, 0, &doc, &err), KABAR_ERR_INPUT);
  CHECK(strstr(err.message, "UTF-16") != NULL);

  CHECK_INT(read_bytes("e.txt", "", 0, 0, &doc, &err), KABAR_ERR_INPUT);
  CHECK_STR(err.message, "e.txt: empty document");
  CHECK_INT(read_bytes("e.txt", " \r\n\t\n", 5, 0, &doc, &err), KABAR_ERR_INPUT);
  CHECK_STR(err.message, "e.txt: empty document");
  CHECK_INT(read_bytes("e.txt", "\xEF\xBB\xBF", 3, 0, &doc, &err), KABAR_ERR_INPUT);
  CHECK_STR(err.message, "e.txt: empty document");
  /* NBSP and ideographic space only: still empty. */
  CHECK_INT(read_bytes("e.txt", "\xC2\xA0\xE3\x80\x80\n", 6, 0, &doc, &err), KABAR_ERR_INPUT);
  CHECK(doc == NULL);
}

static void test_lenient(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_set_warning_handler(on_warning, NULL);
  n_warnings = 0;
  /* C0 and 80 are two maximal subparts; E2 82 is one; ED A0 80 is three
   * (ED cannot be followed by A0); a NUL is one. */
  static const char bad[] = "a\xC0\x80" "b\xE2\x82" "c\xED\xA0\x80" "d\0e.";
  CHECK_INT(read_bytes("l.txt", bad, sizeof bad - 1, 1, &doc, &err), KABAR_OK);
  if (doc) {
    CHECK_STR(doc->text, "a\xEF\xBF\xBD\xEF\xBF\xBD"
                         "b\xEF\xBF\xBD"
                         "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                         "d\xEF\xBF\xBD"
                         "e.");
    CHECK_INT(kabar_utf8_valid_prefix(doc->text, doc->len), doc->len);
    CHECK_INT(doc->len, strlen(doc->text));
  }
  CHECK_INT(n_warnings, 1);
  CHECK(strstr(last_warning, "l.txt: replaced 8 invalid bytes") == last_warning);
  CHECK(strstr(last_warning, "7 sequences") != NULL);
  CHECK(strstr(last_warning, "byte 1") != NULL);
  kabar_doc_free(doc);

  /* A valid file gives no warning. */
  n_warnings = 0;
  CHECK_INT(read_bytes("ok.txt", "Baik.", 5, 1, &doc, &err), KABAR_OK);
  CHECK_INT(n_warnings, 0);
  kabar_doc_free(doc);
  kabar_set_warning_handler(NULL, NULL);
}

static void test_bom_crlf(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  static const char bom[] = "\xEF\xBB\xBFHalo dunia. Apa kabar.";
  CHECK_INT(read_bytes("bom.txt", bom, sizeof bom - 1, 0, &doc, &err), KABAR_OK);
  if (doc) {
    CHECK_STR(doc->text, "Halo dunia. Apa kabar.");
    CHECK_INT(doc->text_offset, 3);
    CHECK_INT(doc->n_sentences, 2);
    CHECK_INT(doc->sentences[0].start, 0);
    CHECK_INT(doc->sentences[0].end, 11);
    CHECK_INT(doc->sentences[1].start, 12);
  }
  kabar_doc_free(doc);

  static const char crlf[] = "Judul Berita\r\nSatu kalimat. Dua kalimat.\r\n\r\nTiga.\r\n";
  CHECK_INT(read_bytes("crlf.txt", crlf, sizeof crlf - 1, 0, &doc, &err), KABAR_OK);
  if (doc) {
    /* The bytes stay as they are; offsets skip the \r. */
    CHECK_INT(doc->len, sizeof crlf - 1);
    CHECK(memcmp(doc->text, crlf, doc->len) == 0);
    CHECK_INT(doc->n_sentences, 4);
    static const char *const want[] = {"Judul Berita", "Satu kalimat.", "Dua kalimat.", "Tiga."};
    for (size_t i = 0; i < 4 && i < doc->n_sentences; i++) {
      const kabar_sentence *s = &doc->sentences[i];
      CHECK_INT(s->end - s->start, strlen(want[i]));
      CHECK(memcmp(doc->text + s->start, want[i], strlen(want[i])) == 0);
    }
    if (doc->n_sentences == 4) {
      CHECK_INT(doc->sentences[0].kind, KABAR_SENT_HEADING);
      CHECK_INT(doc->sentences[1].paragraph, 1);
      CHECK_INT(doc->sentences[2].paragraph, 1);
      CHECK_INT(doc->sentences[3].paragraph, 2);
    }
    CHECK_STR(doc->title, "Judul Berita");
  }
  kabar_doc_free(doc);

  /* A lone \r also ends a line. */
  CHECK_INT(read_bytes("cr.txt", "Satu.\rDua.", 10, 0, &doc, &err), KABAR_OK);
  if (doc)
    CHECK_INT(doc->n_sentences, 2);
  kabar_doc_free(doc);
}

static void test_checksum(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  /* SHA-256("abc") from FIPS 180-4, over the bytes as read. */
  static const unsigned char abc[32] = {
      0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
      0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
  CHECK_INT(read_bytes("dir/sub/abc.txt", "abc", 3, 0, &doc, &err), KABAR_OK);
  if (doc) {
    CHECK(memcmp(doc->sha256, abc, 32) == 0);
    CHECK_STR(doc->name, "abc");
    CHECK_STR(doc->path, "dir/sub/abc.txt");
    CHECK_INT(doc->is_html, 0);
  }
  kabar_doc_free(doc);
  kabar_doc_free(NULL);
  kabar_text_cues_free(NULL);
}

int main(void) {
  test_table();
  test_strict_errors();
  test_lenient();
  test_bom_crlf();
  test_checksum();
  return check_done();
}
