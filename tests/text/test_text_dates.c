/* SPDX-License-Identifier: MIT */
/* Document dates and character sets: numeric dates as Indonesian news
 * writes them, a dateline, the date an HTML page's <meta> gives, --date as
 * the fallback, and HTML decoded by the charset it declares. */
#include <kabar/text.h>

#include <stdio.h>
#include <string.h>

#include "check.h"

static void numeric_dates(void) {
  char iso[11];
  CHECK(kabar_parse_numeric_date("30/6/2022", 0, iso));
  CHECK_STR(iso, "2022-06-30");
  CHECK(kabar_parse_numeric_date("30-6-2022", 0, iso));
  CHECK_STR(iso, "2022-06-30");
  CHECK(kabar_parse_numeric_date("3/06/22", 0, iso));
  CHECK_STR(iso, "2022-06-03");
  CHECK(kabar_parse_numeric_date("27/10", 2025, iso)); /* "Senin (27/10)" in a 2025 article */
  CHECK_STR(iso, "2025-10-27");
  CHECK(kabar_parse_numeric_date("29/2/2024", 0, iso));
  CHECK_STR(iso, "2024-02-29");
  /* must not: no year known, no such day, not a date */
  CHECK(!kabar_parse_numeric_date("27/10", 0, iso));
  CHECK(!kabar_parse_numeric_date("29/2/2023", 0, iso));
  CHECK(!kabar_parse_numeric_date("31/4/2022", 0, iso));
  CHECK(!kabar_parse_numeric_date("13/13/2022", 0, iso));
  CHECK(!kabar_parse_numeric_date("1/2/3", 0, iso));
  CHECK(!kabar_parse_numeric_date("123/1/2022", 0, iso));
  CHECK(!kabar_parse_numeric_date("30/6/2022a", 0, iso));
  CHECK(!kabar_parse_numeric_date("30/6-2022", 0, iso));
  CHECK(!kabar_parse_numeric_date("2022", 0, iso));

  CHECK(kabar_is_iso_date("2022-06-30"));
  CHECK(kabar_is_iso_date("2022-06"));
  CHECK(kabar_is_iso_date("2022"));
  CHECK(!kabar_is_iso_date("2022-02-30"));
  CHECK(!kabar_is_iso_date("2022-13"));
  CHECK(!kabar_is_iso_date("30/6/2022"));
  CHECK(!kabar_is_iso_date("22-06-30"));
  CHECK(!kabar_is_iso_date(""));
}

/* The document date of `text` read with --date `fallback` (may be NULL);
 * "!" when the document could not be read. */
static const char *doc_date(const char *text, int html, const char *fallback, char out[16]) {
  kabar_read_options opt = {0, html, 0, fallback};
  kabar_doc *doc = NULL;
  kabar_error err;
  if (kabar_doc_from_bytes(html ? "t.html" : "t.txt", text, strlen(text), &opt, NULL, &doc,
                           &err) != KABAR_OK)
    return strcpy(out, "!");
  strcpy(out, doc->date);
  kabar_doc_free(doc);
  return out;
}

static void document_dates(void) {
  char d[16];
  CHECK_STR(doc_date("Jakarta, 30 Juni 2022 \xE2\x80\x94 Presiden Joko Widodo tiba di Paris.\n",
                     0, NULL, d),
            "2022-06-30");
  CHECK_STR(doc_date("JAKARTA (30/6/2022) - Presiden Joko Widodo tiba di Paris.\n", 0, NULL, d),
            "2022-06-30");
  /* the dateline is the document's own: it wins over --date */
  CHECK_STR(doc_date("Jakarta, 30 Juni 2022 - Presiden tiba.\n", 0, "2023-01-05", d),
            "2022-06-30");
  CHECK_STR(doc_date("Presiden Joko Widodo tiba di Paris.\n", 0, "2023-01-05", d), "2023-01-05");
  /* must not: a date in running text is no dateline */
  CHECK_STR(doc_date("Perang itu dimulai pada 1 September 1939 ketika Jerman menyerbu Polandia.\n",
                     0, NULL, d),
            "");
  CHECK_STR(doc_date("Skor akhir 2/1 - pertandingan itu ketat.\n", 0, NULL, d), "");

  /* HTML: the <meta> date, before a dateline and --date */
  CHECK_STR(doc_date("<html><head><meta property=\"article:published_time\" "
                     "content=\"2021-03-04T08:00:00+07:00\"><title>T</title></head><body>"
                     "<p>Jakarta, 30 Juni 2022 - Presiden tiba.</p></body></html>",
                     1, "2023-01-05", d),
            "2021-03-04");
  CHECK_STR(doc_date("<html><head><meta name=\"date\" content=\"2020-11\"></head><body>"
                     "<p>Presiden tiba.</p></body></html>",
                     1, NULL, d),
            "2020-11");
  /* must not: a meta that is no publication date, a malformed one */
  CHECK_STR(doc_date("<html><head><meta name=\"description\" content=\"2020-11-01\">"
                     "<meta name=\"date\" content=\"kemarin\"></head><body>"
                     "<p>Presiden tiba.</p></body></html>",
                     1, NULL, d),
            "");
}

static kabar_status read_html(const char *bytes, kabar_doc **doc, kabar_error *err) {
  kabar_read_options opt = {0, 1, 0, NULL};
  return kabar_doc_from_bytes("p.html", bytes, strlen(bytes), &opt, NULL, doc, err);
}

static void charsets(void) {
  kabar_doc *doc = NULL;
  kabar_error err;
  /* windows-1252: e-acute, curly quotes, an em dash */
  CHECK(read_html("<html><head><meta charset=\"windows-1252\"></head><body>"
                  "<p>Caf\xE9 \x93hangat\x94 \x97 kata pejabat.</p></body></html>",
                  &doc, &err) == KABAR_OK);
  if (doc)
    CHECK_STR(doc->text, "Caf\xC3\xA9 \xE2\x80\x9Changat\xE2\x80\x9D \xE2\x80\x94 kata pejabat.");
  kabar_doc_free(doc);
  doc = NULL;
  /* Latin-1 and ASCII labels are read as windows-1252, as browsers do */
  CHECK(read_html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                  "charset=ISO-8859-1\"></head><body><p>Caf\xE9 \x93itu\x94.</p></body></html>",
                  &doc, &err) == KABAR_OK);
  if (doc)
    CHECK_STR(doc->text, "Caf\xC3\xA9 \xE2\x80\x9Citu\xE2\x80\x9D.");
  kabar_doc_free(doc);
  doc = NULL;
  /* KOI8-R: another single-byte set, through iconv */
  CHECK(read_html("<html><head><meta charset=koi8-r></head><body><p>\xF0\xD5\xD4\xC9\xCE."
                  "</p></body></html>",
                  &doc, &err) == KABAR_OK);
  if (doc)
    CHECK_STR(doc->text, "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD.");
  kabar_doc_free(doc);
  doc = NULL;
  /* must not: invalid UTF-8 with no charset declared stays an error */
  CHECK_INT(read_html("<html><body><p>Caf\xE9.</p></body></html>", &doc, &err),
            KABAR_ERR_ENCODING);
  CHECK(strstr(err.message, "p.html: invalid UTF-8 at byte") != NULL);
  CHECK(doc == NULL);
  /* must not: a charset nobody can decode is an error naming it */
  CHECK_INT(read_html("<html><head><meta charset=\"x-no-such-set\"></head><body><p>Caf\xE9.</p>"
                      "</body></html>",
                      &doc, &err),
            KABAR_ERR_ENCODING);
  CHECK(strstr(err.message, "p.html") && strstr(err.message, "x-no-such-set"));
  CHECK(doc == NULL);
  /* must not: a UTF-8 page that wrongly declares windows-1252 stays UTF-8 */
  CHECK(read_html("<html><head><meta charset=\"windows-1252\"></head><body>"
                  "<p>Caf\xC3\xA9.</p></body></html>",
                  &doc, &err) == KABAR_OK);
  if (doc)
    CHECK_STR(doc->text, "Caf\xC3\xA9.");
  kabar_doc_free(doc);
}

/* The canonical URL of `html`, "" when none, "!" when unreadable. */
static const char *doc_url(const char *html, char *out, size_t size) {
  kabar_doc *doc = NULL;
  kabar_error err;
  if (read_html(html, &doc, &err) != KABAR_OK)
    return strcpy(out, "!");
  snprintf(out, size, "%s", doc->url ? doc->url : "");
  kabar_doc_free(doc);
  return out;
}

static void urls(void) {
  char u[128];
  CHECK_STR(doc_url("<html><head><link rel=\"canonical\" href=\"https://www.voaindonesia.com/a/"
                    "x/1.html\"><meta property=\"og:url\" content=\"https://m.example.org/b\">"
                    "</head><body><p>Presiden tiba.</p></body></html>",
                    u, sizeof u),
            "https://www.voaindonesia.com/a/x/1.html");
  CHECK_STR(doc_url("<html><head><meta property=\"og:url\" content=\"http://example.org/b\">"
                    "</head><body><p>Presiden tiba.</p></body></html>",
                    u, sizeof u),
            "http://example.org/b");
  /* must not: a relative or non-web address, one with a space */
  CHECK_STR(doc_url("<html><head><link rel=\"canonical\" href=\"/a/x.html\">"
                    "<meta property=\"og:url\" content=\"javascript:alert(1)\"></head>"
                    "<body><p>Presiden tiba.</p></body></html>",
                    u, sizeof u),
            "");
  CHECK_STR(doc_url("<html><head><link rel=\"canonical\" href=\"https://example.org/a b\">"
                    "</head><body><p>Presiden tiba.</p></body></html>",
                    u, sizeof u),
            "");
}

int main(void) {
  numeric_dates();
  urls();
  document_dates();
  charsets();
  return check_done();
}
