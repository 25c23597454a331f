/* SPDX-License-Identifier: MIT */
/* The HTML reader: visible paragraph text only, one block per line,
 * headings marked, title captured, entities decoded, nothing printed. */
#include <kabar/text.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlerror.h>

#include "check.h"

static const char page[] =
    "<!DOCTYPE html>\n<html><head><meta charset=\"windows-1252\">\n"
    "<title>  Putin &amp; Kim:\n Berita </title>\n"
    "<style>p { color: red }</style><script>var s = \"<p>skrip</p>\";</script>\n"
    "<link rel=\"stylesheet\" href=\"http://example.invalid/x.css\"></head>\n"
    "<body><header>Menu situs</header><nav><a href=\"/\">Beranda</a> | Politik</nav>\n"
    "<h1>Putin Bertemu   Kim</h1>\n"
    "<p>Presiden Rusia <b>Vladimir Putin</b> <i>bertemu</i> Kim Jong-un di Moskow, Senin "
    "(27/10). Pertemuan itu &ldquo;hangat&rdquo;&nbsp;kata pejabat &#8212; 20&nbsp;000 orang "
    "hadir.</p>\n"
    "<figure><img src=\"http://example.invalid/a.jpg\"><figcaption>Putin dan Kim (Foto: "
    "AP)</figcaption></figure>\n"
    "<h2>Apa selanjutnya?</h2>\n"
    "<ul><li>Poin pertama ada di sini.</li><li>Poin kedua juga.</li></ul>\n"
    "<aside>Iklan sampingan</aside><form>Cari <input name=q></form>"
    "<noscript>Aktifkan JavaScript</noscript>\n"
    "<div>Teks dalam div.<br>Baris sesudah br.</div>\n"
    "<p>Caf&eacute; &lt;b&gt; na&iuml;ve &quot;kutip&quot;.</p>\n"
    "<footer>Hak cipta redaksi</footer></body></html>\n";

static const char want_text[] =
    "Putin Bertemu Kim\n"
    "Presiden Rusia Vladimir Putin bertemu Kim Jong-un di Moskow, Senin (27/10). Pertemuan itu "
    "\xE2\x80\x9Changat\xE2\x80\x9D\xC2\xA0kata pejabat \xE2\x80\x94 20\xC2\xA0"
    "000 orang hadir.\n"
    "Apa selanjutnya?\n"
    "Poin pertama ada di sini.\n"
    "Poin kedua juga.\n"
    "Teks dalam div.\n"
    "Baris sesudah br.\n"
    "Caf\xC3\xA9 <b> na\xC3\xAFve \"kutip\".";

static const char *dropped_words[] = {"Menu", "Beranda", "Politik", "skrip", "color", "Foto",
                                      "Iklan", "Cari", "JavaScript", "Hak cipta", "Putin dan Kim"};

/* Runs f with standard error sent to a temporary file; returns how many
 * bytes were written there. */
static long stderr_bytes_during(kabar_status (*f)(kabar_doc **, kabar_error *), kabar_doc **doc,
                                kabar_error *err, kabar_status *st) {
  fflush(stderr);
  FILE *tmp = tmpfile();
  if (!tmp)
    return -1;
  int saved = dup(2);
  dup2(fileno(tmp), 2);
  *st = f(doc, err);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  fseek(tmp, 0, SEEK_END);
  long n = ftell(tmp);
  fclose(tmp);
  return n;
}

static kabar_status read_page(kabar_doc **doc, kabar_error *err) {
  kabar_read_options opt = {0, -1, 0, NULL};
  return kabar_doc_from_bytes("news/page.html", page, sizeof page - 1, &opt, NULL, doc, err);
}

static const char broken[] =
    "<html><body><p>Paragraf <b>tebal <i>miring</p></div></span>&bogus; &#xD800; <x:y a=b>"
    "<p>Kedua.<table><tr><td>sel</td></tr></p></body><!-- tidak ditutup";

static kabar_status read_broken(kabar_doc **doc, kabar_error *err) {
  kabar_read_options opt = {0, 1, 0, NULL};
  return kabar_doc_from_bytes("broken", broken, sizeof broken - 1, &opt, NULL, doc, err);
}

static void test_page(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_status st;
  xmlGenericErrorFunc before = xmlGenericError;
  long printed = stderr_bytes_during(read_page, &doc, &err, &st);
  CHECK_INT(printed, 0);
  CHECK_INT(st, KABAR_OK);
  CHECK(xmlGenericError == before); /* handlers restored */
  if (!doc)
    return;
  CHECK_INT(doc->is_html, 1);
  CHECK_STR(doc->name, "page");
  CHECK_STR(doc->text, want_text);
  CHECK_INT(doc->len, strlen(want_text));
  CHECK_STR(doc->title, "Putin & Kim: Berita");
  for (size_t i = 0; i < sizeof dropped_words / sizeof dropped_words[0]; i++)
    CHECK(strstr(doc->text, dropped_words[i]) == NULL);
  /* Sentences: h1, two in the paragraph, h2, two list items, div, br line, last. */
  CHECK_INT(doc->n_sentences, 9);
  if (doc->n_sentences == 9) {
    CHECK_INT(doc->sentences[0].kind, KABAR_SENT_HEADING);
    CHECK_INT(doc->sentences[1].kind, KABAR_SENT_TEXT);
    CHECK_INT(doc->sentences[2].kind, KABAR_SENT_TEXT);
    CHECK_INT(doc->sentences[3].kind, KABAR_SENT_HEADING);
    CHECK_INT(doc->sentences[4].kind, KABAR_SENT_TEXT);
    CHECK_INT(doc->sentences[1].paragraph, 1);
    CHECK_INT(doc->sentences[2].paragraph, 1);
    CHECK_INT(doc->sentences[3].paragraph, 2);
    const kabar_sentence *s = &doc->sentences[1];
    CHECK(memcmp(doc->text + s->start, "Presiden Rusia", 14) == 0);
    CHECK(memcmp(doc->text + s->end - 8, "(27/10).", 8) == 0);
  }
  kabar_doc_free(doc);
}

static void test_broken(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_status st;
  long printed = stderr_bytes_during(read_broken, &doc, &err, &st);
  CHECK_INT(printed, 0);
  CHECK_INT(st, KABAR_OK);
  if (doc) {
    CHECK(strstr(doc->text, "Paragraf tebal miring") != NULL);
    CHECK(strstr(doc->text, "Kedua.") != NULL);
    CHECK(strstr(doc->text, "sel") != NULL);
    CHECK_INT(kabar_utf8_valid_prefix(doc->text, doc->len), doc->len);
    CHECK(doc->title == NULL);
  }
  kabar_doc_free(doc);
}

static void test_sniff_and_empty(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_read_options guess = {0, -1, 0, NULL};
  static const char sniff[] = "  <!doctype HTML><p>Satu kalimat.</p>";
  CHECK_INT(kabar_doc_from_bytes("stdin", sniff, sizeof sniff - 1, &guess, NULL, &doc, &err),
            KABAR_OK);
  if (doc) {
    CHECK_INT(doc->is_html, 1);
    CHECK_STR(doc->text, "Satu kalimat.");
    CHECK(doc->title == NULL);
  }
  kabar_doc_free(doc);

  /* Without <title>, the first heading is the title. */
  static const char untitled[] = "<html><body><p>Awal.</p><h2>Sub <em>Judul</em></h2></body></html>";
  CHECK_INT(kabar_doc_from_bytes("u.htm", untitled, sizeof untitled - 1, &guess, NULL, &doc, &err),
            KABAR_OK);
  if (doc) {
    CHECK_STR(doc->title, "Sub Judul");
    CHECK_STR(doc->text, "Awal.\nSub Judul");
  }
  kabar_doc_free(doc);

  /* A .txt with a tag in it is still plain text. */
  static const char plain[] = "Kata <b>tebal</b> di sini.";
  CHECK_INT(kabar_doc_from_bytes("a.txt", plain, sizeof plain - 1, &guess, NULL, &doc, &err),
            KABAR_OK);
  if (doc) {
    CHECK_INT(doc->is_html, 0);
    CHECK_STR(doc->text, plain);
  }
  kabar_doc_free(doc);

  /* Only furniture: nothing to read. */
  static const char furniture[] = "<html><head><title>T</title></head><body><nav>Menu</nav>"
                                  "<script>x()</script></body></html>";
  CHECK_INT(kabar_doc_from_bytes("f.html", furniture, sizeof furniture - 1, &guess, NULL, &doc,
                                 &err),
            KABAR_ERR_INPUT);
  CHECK(strstr(err.message, "f.html: empty document") == err.message);

  /* Strict UTF-8 applies to HTML too. */
  static const char bad[] = "<p>Caf\xE9</p>";
  CHECK_INT(kabar_doc_from_bytes("l.html", bad, sizeof bad - 1, &guess, NULL, &doc, &err),
            KABAR_ERR_ENCODING);
  CHECK_STR(err.message, "l.html: invalid UTF-8 at byte 6");
}

/* Deeper than libxml2's default limit of 256 elements: all the text
 * comes out, nothing is printed. */
static char *deep_page;
static size_t deep_len;

static kabar_status read_deep(kabar_doc **doc, kabar_error *err) {
  kabar_read_options opt = {0, 1, 0, NULL};
  return kabar_doc_from_bytes("deep.html", deep_page, deep_len, &opt, NULL, doc, err);
}

static char *repeat(char *p, const char *s, size_t times) {
  size_t n = strlen(s);
  for (size_t i = 0; i < times; i++, p += n)
    memcpy(p, s, n);
  return p;
}

static void test_deep(size_t depth, const char *open, const char *close) {
  deep_page = malloc(64 + depth * (strlen(open) + strlen(close)) + 256);
  CHECK(deep_page != NULL);
  if (!deep_page)
    return;
  char *p = repeat(deep_page, "<html><body>", 1);
  p = repeat(p, open, depth);
  p = repeat(p, "<p>Satu.</p><p>Dua.</p><p>Tiga.</p>", 1);
  p = repeat(p, close, depth);
  p = repeat(p, "<p>Empat.</p></body></html>", 1);
  deep_len = (size_t)(p - deep_page);
  kabar_doc *doc = NULL;
  kabar_error err;
  kabar_status st;
  CHECK_INT(stderr_bytes_during(read_deep, &doc, &err, &st), 0);
  CHECK_INT(st, KABAR_OK);
  if (doc) {
    CHECK_STR(doc->text, "Satu.\nDua.\nTiga.\nEmpat.");
    CHECK_INT(doc->n_sentences, 4);
  }
  kabar_doc_free(doc);
  free(deep_page);
}

int main(void) {
  test_page();
  test_broken();
  test_sniff_and_empty();
  test_deep(300, "<span>", "");
  test_deep(100000, "<div>", "</div>");
  return check_done();
}
