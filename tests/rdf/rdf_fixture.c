/* SPDX-License-Identifier: MIT */
/* Builds two hand-made knowledge bases and writes them as RDF in all four
 * formats, for the consumer checks that follow (rapper, rdflib, serdi,
 * Oxigraph, a SHACL engine, the example queries):
 *
 *   OUT/fixture/  a small, clean kb about Russia and North Korea whose
 *                 expected query answers are written by hand in
 *                 examples/queries/expected/ (see the comments below for
 *                 the facts each sentence holds);
 *   OUT/hostile/  names, titles, evidence and document names full of
 *                 characters that break naive writers, with
 *                 OUT/hostile/expected.tsv telling what each must read back as;
 *   OUT/vocab.tsv every kabar term the writer can use, for the ontology check.
 *
 * It also checks the API itself: format lists, base IRIs, errors, determinism. */
#include "kabar/graph.h"
#include "kabar/kb.h"
#include "kabar/rdf.h"

#include "check.h"
#include "slurp.h"
#include "export/rdf_vocab.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char out_dir[4096];

static const char *path_in(const char *sub, const char *file) {
  static char p[3][4200];
  static int k = 0;
  k = (k + 1) % 3;
  snprintf(p[k], sizeof p[k], "%s/%s%s%s", out_dir, sub, file ? "/" : "", file ? file : "");
  return p[k];
}

/* ------------------------------------------------------------- the fixture */

typedef struct builder {
  kabar_kb *kb;
  size_t sentence, offset;
} builder;

static size_t E(builder *b, kabar_entity_type t, const char *label, const char *iso3,
                const char *surface) {
  size_t i = kabar_kb_entity(b->kb, t, label, iso3, surface);
  CHECK(i != KABAR_NONE);
  return i;
}

static void doc(builder *b, const char *name, const char *title, unsigned char seed) {
  unsigned char sha[32];
  for (int i = 0; i < 32; i++)
    sha[i] = (unsigned char)(seed * 31 + i);
  CHECK_INT(kabar_kb_begin_doc(b->kb, name, name, title, sha, 9), KABAR_OK);
  b->sentence = 0;
  b->offset = 0;
}

/* Starts the next sentence; its byte span follows the previous one. */
static const char *sentence(builder *b, const char *text) {
  b->sentence++;
  return text;
}

static void M(builder *b, const char *text, size_t s, kabar_relation r, size_t o,
              kabar_fact_status st, size_t claimant, const char *date) {
  kabar_mention m = {0};
  m.sentence = b->sentence;
  m.start = b->offset;
  m.end = b->offset + strlen(text);
  m.subject = s;
  m.object = o;
  m.relation = r;
  m.status = st;
  m.claimant = claimant;
  m.date = date;
  m.evidence = text;
  CHECK_INT(kabar_kb_add_mention(b->kb, &m), KABAR_OK);
  /* the subject named at the sentence's start, the object referred to */
  kabar_entity_mention em = {NULL, b->sentence, b->offset, b->offset + 1, "x", s,
                             KABAR_MK_LEXICON};
  CHECK_INT(kabar_kb_add_entity_mention(b->kb, &em), KABAR_OK);
  em.start = b->offset + 1, em.end = b->offset + 2, em.entity = o, em.kind = KABAR_MK_REFERENCE;
  CHECK_INT(kabar_kb_add_entity_mention(b->kb, &em), KABAR_OK);
}

static void end_sentence(builder *b, const char *text) { b->offset += strlen(text) + 1; }

#define NONE KABAR_NONE
#define ST KABAR_ENT_STATE
#define PE KABAR_ENT_PERSON

/* The clean fixture. Every fact below is what the expected query answers
 * in examples/queries/expected/ were worked out from. */
static kabar_kb *build_fixture(void) {
  builder b = {kabar_kb_new(), 0, 0};
  CHECK(b.kb != NULL);
  const char *t;

  /* berita_a: Putin's visit to Pyongyang, June 2024. */
  doc(&b, "berita_a", "Putin berkunjung ke Pyongyang", 1);
  t = sentence(&b, "Presiden Rusia Vladimir Putin tiba di Pyongyang pada 19 Juni 2024.");
  size_t rus = E(&b, ST, "Rusia", "RUS", "Rusia");
  size_t putin = E(&b, PE, "Vladimir Putin", NULL, "Vladimir Putin");
  size_t prk = E(&b, ST, "Korea Utara", "PRK", "Pyongyang");
  M(&b, t, putin, KABAR_REL_VISITED, prk, KABAR_FS_ASSERTED, NONE, "2024-06-19");
  M(&b, t, putin, KABAR_REL_LEADER_OF, rus, KABAR_FS_ASSERTED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Putin bertemu dengan Kim Jong Un di Pyongyang.");
  E(&b, PE, "Vladimir Putin", NULL, "Putin");
  size_t kim = E(&b, PE, "Kim Jong Un", NULL, "Kim Jong Un");
  E(&b, ST, "Korea Utara", "PRK", "Pyongyang");
  M(&b, t, putin, KABAR_REL_MET_WITH, kim, KABAR_FS_ASSERTED, NONE, "2024-06-19");
  end_sentence(&b, t);
  t = sentence(&b, "Rusia dan Korea Utara menandatangani perjanjian kemitraan strategis komprehensif.");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  E(&b, ST, "Korea Utara", "PRK", "Korea Utara");
  size_t pact = E(&b, KABAR_ENT_AGREEMENT, "Perjanjian Kemitraan Strategis Komprehensif", NULL,
                  "perjanjian kemitraan strategis komprehensif");
  M(&b, t, rus, KABAR_REL_PARTY_TO, pact, KABAR_FS_ASSERTED, NONE, "2024-06");
  M(&b, t, prk, KABAR_REL_PARTY_TO, pact, KABAR_FS_ASSERTED, NONE, "2024-06");
  end_sentence(&b, t);
  t = sentence(&b, "Amerika Serikat menuduh Korea Utara memasok amunisi kepada Rusia.");
  size_t usa = E(&b, ST, "Amerika Serikat", "USA", "Amerika Serikat");
  E(&b, ST, "Korea Utara", "PRK", "Korea Utara");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  M(&b, t, usa, KABAR_REL_ACCUSED, prk, KABAR_FS_ASSERTED, NONE, NULL);
  M(&b, t, prk, KABAR_REL_SUPPLIED_ARMS_TO, rus, KABAR_FS_ALLEGED, usa, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Moskow dan Pyongyang membantah tuduhan itu.");
  E(&b, ST, "Rusia", "RUS", "Moskow");
  E(&b, ST, "Korea Utara", "PRK", "Pyongyang");
  M(&b, t, prk, KABAR_REL_SUPPLIED_ARMS_TO, rus, KABAR_FS_DENIED, rus, NULL);
  M(&b, t, prk, KABAR_REL_SUPPLIED_ARMS_TO, rus, KABAR_FS_DENIED, prk, NULL);
  end_sentence(&b, t);

  /* berita_b: background, no title. */
  doc(&b, "berita_b", NULL, 2);
  t = sentence(&b, "Menteri Pertahanan Rusia Sergei Shoigu mengunjungi Pyongyang pada Juli 2023.");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  size_t shoigu = E(&b, PE, "Sergei Shoigu", NULL, "Sergei Shoigu");
  E(&b, ST, "Korea Utara", "PRK", "Pyongyang");
  M(&b, t, shoigu, KABAR_REL_VISITED, prk, KABAR_FS_ASSERTED, NONE, "2023-07");
  M(&b, t, shoigu, KABAR_REL_OFFICIAL_OF, rus, KABAR_FS_ASSERTED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Kim Jong-un mengunjungi Vladivostok, Rusia, pada September 2023.");
  E(&b, PE, "Kim Jong Un", NULL, "Kim Jong-un");
  E(&b, KABAR_ENT_PLACE, "Vladivostok", NULL, "Vladivostok");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  M(&b, t, kim, KABAR_REL_VISITED, rus, KABAR_FS_ASSERTED, NONE, "2023-09");
  end_sentence(&b, t);
  t = sentence(&b, "Kedua negara berencana memperluas kerja sama militer.");
  M(&b, t, rus, KABAR_REL_MILITARY_COOPERATION, prk, KABAR_FS_PLANNED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Korea Selatan dan Amerika Serikat menuduh Korut melanggar sanksi PBB.");
  size_t kor = E(&b, ST, "Korea Selatan", "KOR", "Korea Selatan");
  E(&b, ST, "Amerika Serikat", "USA", "Amerika Serikat");
  E(&b, ST, "Korea Utara", "PRK", "Korut");
  size_t sanksi = E(&b, KABAR_ENT_AGREEMENT, "sanksi PBB", NULL, "sanksi PBB");
  M(&b, t, kor, KABAR_REL_ACCUSED, prk, KABAR_FS_ASSERTED, NONE, NULL);
  M(&b, t, usa, KABAR_REL_ACCUSED, prk, KABAR_FS_ASSERTED, NONE, NULL);
  M(&b, t, prk, KABAR_REL_VIOLATED, sanksi, KABAR_FS_ALLEGED, kor, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Amerika Serikat juga menuduh Rusia menyerang Ukraina dalam Perang Ukraina sejak 2022.");
  E(&b, ST, "Amerika Serikat", "USA", "AS");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  size_t ukr = E(&b, ST, "Ukraina", "UKR", "Ukraina");
  E(&b, KABAR_ENT_EVENT, "Perang Ukraina", NULL, "Perang Ukraina");
  M(&b, t, usa, KABAR_REL_ACCUSED, rus, KABAR_FS_ASSERTED, NONE, NULL);
  M(&b, t, rus, KABAR_REL_ATTACKED, ukr, KABAR_FS_ASSERTED, NONE, "2022");
  end_sentence(&b, t);
  t = sentence(&b, "Tiongkok tidak memasok senjata kepada Rusia.");
  size_t chn = E(&b, ST, "China", "CHN", "Tiongkok");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  M(&b, t, chn, KABAR_REL_SUPPLIED_ARMS_TO, rus, KABAR_FS_NEGATED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Menteri Luar Negeri AS Antony Blinken mengecam Rusia.");
  E(&b, ST, "Amerika Serikat", "USA", "AS");
  size_t blinken = E(&b, PE, "Antony Blinken", NULL, "Antony Blinken");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  M(&b, t, blinken, KABAR_REL_OFFICIAL_OF, usa, KABAR_FS_ASSERTED, NONE, NULL);
  M(&b, t, blinken, KABAR_REL_CRITICIZED, rus, KABAR_FS_ASSERTED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Ukraina menuduh Korea Utara mengirim rudal ke Rusia.");
  E(&b, ST, "Ukraina", "UKR", "Ukraina");
  E(&b, ST, "Korea Utara", "PRK", "Korea Utara");
  M(&b, t, ukr, KABAR_REL_ACCUSED, prk, KABAR_FS_ASSERTED, NONE, NULL);
  end_sentence(&b, t);

  /* berita_c: trade and troops. */
  doc(&b, "berita_c", "Ekspor minyak Rusia ke Korea Utara", 3);
  t = sentence(&b, "Rusia mengekspor minyak ke Korea Utara.");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  E(&b, ST, "Korea Utara", "PRK", "Korea Utara");
  M(&b, t, rus, KABAR_REL_EXPORTS_TO, prk, KABAR_FS_ASSERTED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Putin akan mengunjungi Beijing tahun depan.");
  E(&b, PE, "Vladimir Putin", NULL, "Putin");
  E(&b, ST, "China", "CHN", "Beijing");
  M(&b, t, putin, KABAR_REL_VISITED, chn, KABAR_FS_PLANNED, NONE, NULL);
  end_sentence(&b, t);
  t = sentence(&b, "Korea Utara mengirimkan pasukan ke Rusia, menurut laporan.");
  E(&b, ST, "Korea Utara", "PRK", "Korea Utara");
  E(&b, ST, "Rusia", "RUS", "Rusia");
  M(&b, t, prk, KABAR_REL_DEPLOYED_TROOPS_TO, rus, KABAR_FS_ALLEGED, NONE, "2024-10");
  end_sentence(&b, t);
  t = sentence(&b, "Korea Utara adalah anggota Perserikatan Bangsa-Bangsa.");
  E(&b, ST, "Korea Utara", "PRK", "Korea Utara");
  size_t un = E(&b, KABAR_ENT_ORGANIZATION, "Perserikatan Bangsa-Bangsa", NULL,
                "Perserikatan Bangsa-Bangsa");
  M(&b, t, prk, KABAR_REL_MEMBER_OF, un, KABAR_FS_ASSERTED, NONE, NULL);
  end_sentence(&b, t);
  CHECK_INT(kabar_kb_finish(b.kb), KABAR_OK);
  return b.kb;
}

/* ------------------------------------------------------------ the hostile kb */

static uint64_t rng = 0x9E3779B97F4A7C15u;
static unsigned next_rand(unsigned n) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng % n);
}

/* Pieces of hostile text and what each must read back as (NULL: as is), by
 * the writers' one rule (src/common/clean.h). */
static const char *const PIECES[][2] = {
    {"\"", NULL}, {"\\", NULL}, {"\n", " "}, {"\t", " "}, {"<", NULL}, {">", NULL},
    {"&", NULL}, {"]]>", NULL}, {"\"\"\"", NULL}, {"'''", NULL}, {"%", NULL}, {"%20", NULL},
    {"_", NULL}, {" ", NULL}, {"#", NULL}, {"/", NULL}, {"..", NULL}, {"@id", NULL},
    {"^^", NULL}, {":", NULL}, {"{}", NULL}, {"|", NULL}, {"`", NULL}, {"\\u0041", NULL},
    {"Ñoño", NULL}, {"é", NULL}, {"日本語", NULL}, {"😀", NULL}, {"\xE2\x80\xAE", NULL},
    {"\xEF\xBB\xBF", NULL}, {"abc", NULL}, {"Kim", NULL},
    {"\x01", " "}, {"\x1B[31m", " [31m"}, {"\r", " "}, {"\x7F", " "}, {"\xC2\x85", " "},
    {"\xE2\x80\xA8", " "}, {"\xEF\xBF\xBF", "\xEF\xBF\xBD"}, {"\xEF\xB7\x90", "\xEF\xBF\xBD"},
    {"\xFF", "\xEF\xBF\xBD"}, {"\xC3", "\xEF\xBF\xBD"}, {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
};
#define N_PIECES (sizeof PIECES / sizeof PIECES[0])

/* A hostile string of `parts` pieces into raw, and what it reads back as into want. */
static void hostile(char *raw, char *want, size_t cap, unsigned parts) {
  raw[0] = want[0] = '\0';
  for (unsigned i = 0; i < parts; i++) {
    unsigned k = next_rand(N_PIECES);
    const char *r = PIECES[k][0], *w = PIECES[k][1] ? PIECES[k][1] : PIECES[k][0];
    if (strlen(raw) + strlen(r) + 1 >= cap || strlen(want) + strlen(w) + 1 >= cap)
      break;
    strcat(raw, r);
    strcat(want, w);
  }
}

static void put_hex(FILE *f, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    fprintf(f, "%02x", *p);
}

#define MAX_HOSTILE 200
static char wants[MAX_HOSTILE][512];

static kabar_kb *build_hostile(FILE *expect) {
  builder b = {kabar_kb_new(), 0, 0};
  CHECK(b.kb != NULL);
  static const char *const DOCS[][2] = {
      {"doc with spaces %20 & <angle> \"q\"", "A \"title\"\nwith\\newline \x01 <b>&amp;</b>"},
      {"日本/..", NULL},
      {"..", "😀"},
  };
  char raw[512], want[512], ev[2048], evwant[2048];
  size_t ents[40];
  for (size_t d = 0; d < 3; d++) {
    doc(&b, DOCS[d][0], DOCS[d][1], (unsigned char)(10 + d));
    if (DOCS[d][1]) {
      fprintf(expect, "title\t");
      put_hex(expect, DOCS[d][0]);
      fprintf(expect, "\t");
      put_hex(expect, d == 0 ? "A \"title\" with\\newline   <b>&amp;</b>" : DOCS[d][1]);
      fprintf(expect, "\n");
    }
    /* Entities: persons, organizations and code-less states with hostile
     * names (the raw name is the label; `wants` what it reads back as). */
    for (size_t i = 0; i < 40; i++) {
      hostile(raw, want, sizeof raw, 1 + next_rand(6));
      kabar_entity_type t = (kabar_entity_type)(i % 3 == 0 ? KABAR_ENT_PERSON
                                                 : i % 3 == 1 ? KABAR_ENT_ORGANIZATION
                                                              : KABAR_ENT_STATE);
      size_t before = kabar_kb_n_entities(b.kb);
      ents[i] = kabar_kb_entity(b.kb, t, raw, NULL, raw);
      CHECK(ents[i] != KABAR_NONE);
      if (ents[i] == before && before < MAX_HOSTILE)
        snprintf(wants[before], sizeof wants[before], "%s", want);
    }
    for (size_t s = 0; s < 6; s++) {
      hostile(ev, evwant, sizeof ev, 4 + next_rand(30));
      b.sentence++;
      for (size_t k = 0; k < 3; k++) {
        static const char *const DATES[] = {"2024", "2024-02", "2024-02-29", "2023-02-29",
                                            "2024-13", "abc\"<>", "", NULL};
        kabar_mention m = {0};
        m.sentence = b.sentence;
        m.start = b.offset;
        m.end = b.offset + strlen(ev);
        m.subject = ents[next_rand(40)];
        m.object = ents[next_rand(40)];
        m.relation = (kabar_relation)next_rand(KABAR_REL__COUNT);
        m.status = (kabar_fact_status)next_rand(KABAR_FS__COUNT);
        m.claimant = next_rand(2) ? ents[next_rand(40)] : KABAR_NONE;
        m.date = DATES[next_rand(8)];
        m.evidence = ev;
        CHECK_INT(kabar_kb_add_mention(b.kb, &m), KABAR_OK);
      }
      fprintf(expect, "evidence\t");
      put_hex(expect, DOCS[d][0]);
      fprintf(expect, "\t%zu\t", b.sentence);
      put_hex(expect, evwant);
      fprintf(expect, "\n");
      b.offset += strlen(ev) + 1;
    }
  }
  /* One very long evidence sentence (100 kB of hostile text). */
  size_t big = 100 * 1024;
  char *bigraw = malloc(big + 64), *bigwant = malloc(3 * big + 64);
  CHECK(bigraw && bigwant);
  if (bigraw && bigwant) {
    size_t n = 0, w = 0;
    while (n < big) {
      unsigned k = next_rand(N_PIECES);
      const char *r = PIECES[k][0], *x = PIECES[k][1] ? PIECES[k][1] : PIECES[k][0];
      memcpy(bigraw + n, r, strlen(r));
      n += strlen(r);
      memcpy(bigwant + w, x, strlen(x));
      w += strlen(x);
    }
    bigraw[n] = bigwant[w] = '\0';
    b.sentence++;
    kabar_mention m = {0};
    m.sentence = b.sentence;
    m.subject = ents[0];
    m.object = ents[1];
    m.relation = KABAR_REL_MET_WITH;
    m.status = KABAR_FS_ASSERTED;
    m.claimant = KABAR_NONE;
    m.evidence = bigraw;
    m.end = n;
    CHECK_INT(kabar_kb_add_mention(b.kb, &m), KABAR_OK);
    fprintf(expect, "evidence\t");
    put_hex(expect, DOCS[2][0]);
    fprintf(expect, "\t%zu\t", b.sentence);
    put_hex(expect, bigwant);
    fprintf(expect, "\n");
  }
  free(bigraw);
  free(bigwant);
  CHECK_INT(kabar_kb_finish(b.kb), KABAR_OK);
  /* What each entity's label and aliases read back as. */
  for (size_t i = 0; i < kabar_kb_n_entities(b.kb); i++) {
    const kabar_entity *e = kabar_kb_get_entity(b.kb, i);
    fprintf(expect, "label\t%s\t%s\t", e->id, kabar_rdf_type_path(e->type));
    put_hex(expect, i < MAX_HOSTILE ? wants[i] : "");
    fprintf(expect, "\n");
  }
  return b.kb;
}

/* ------------------------------------------------------------------ checks */

static void check_api(const kabar_kb *kb) {
  unsigned f = 0;
  CHECK_INT(kabar_rdf_parse_formats("turtle", &f), 0);
  CHECK_INT(f, KABAR_RDF_TURTLE);
  CHECK_INT(kabar_rdf_parse_formats("nt,nq,xml", &f), 0);
  CHECK_INT(f, KABAR_RDF_NTRIPLES | KABAR_RDF_NQUADS | KABAR_RDF_RDFXML);
  CHECK_INT(kabar_rdf_parse_formats("ttl,ntriples,nquads,rdfxml,rdf", &f), 0);
  CHECK_INT(f, 15);
  CHECK_INT(kabar_rdf_parse_formats("all", &f), 0);
  CHECK_INT(f, 15);
  CHECK_INT(kabar_rdf_parse_formats("json", &f), -1);
  CHECK_INT(kabar_rdf_parse_formats("", &f), -1);
  CHECK_INT(kabar_rdf_parse_formats("turtle,", &f), -1);
  CHECK_INT(kabar_rdf_parse_formats(NULL, &f), -1);

  kabar_error err;
  kabar_rdf_options o = {KABAR_RDF_NTRIPLES, "not an iri", 0, NULL};
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("api", NULL), &err), KABAR_ERR_USAGE);
  CHECK(strstr(err.message, "not an iri") != NULL);
  o.base = "http://x.org/a b/";
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("api", NULL), &err), KABAR_ERR_USAGE);
  o.base = "http://x.org/<x>/";
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("api", NULL), &err), KABAR_ERR_USAGE);
  o.base = "urn:";
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("api", NULL), &err), KABAR_ERR_USAGE);

  /* A directory that does not exist: KABAR_ERR_WRITE naming the file. */
  o.base = NULL;
  o.formats = KABAR_RDF_NQUADS;
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("no/such/dir", NULL), &err), KABAR_ERR_WRITE);
  CHECK(strstr(err.message, "no/such/dir/kb.nq") != NULL);

  /* A base without a trailing '/' gets one; NULL options mean Turtle. */
  mkdir(path_in("api", NULL), 0777);
  o.base = "https://example.com/kb";
  o.formats = KABAR_RDF_NTRIPLES;
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("api", NULL), &err), KABAR_OK);
  size_t n = 0;
  char *nt = slurp(path_in("api", "kb.nt"), &n);
  CHECK(nt != NULL);
  if (nt) {
    CHECK(strstr(nt, "<https://example.com/kb/state/RUS> "
                     "<https://w3id.org/kabar/ontology#exportsTo> "
                     "<https://example.com/kb/state/PRK> .\n") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/person/Vladimir_Putin> "
                     "<http://www.w3.org/2000/01/rdf-schema#label> \"Vladimir Putin\"@id .\n") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/state/RUS> "
                     "<https://w3id.org/kabar/ontology#iso3166Alpha3> \"RUS\" .\n") != NULL);
    /* alleged and denied facts are not stated as true */
    CHECK(strstr(nt, "<https://example.com/kb/state/PRK> "
                     "<https://w3id.org/kabar/ontology#suppliedArmsTo>") == NULL);
    /* berita_a's SHA-256 (doc() above) starts 1f 20 21 ... 2e: its key */
    CHECK(strstr(nt, "<https://example.com/kb/mention/1f202122232425262728292a2b2c2d2e/5/2> "
                     "<https://w3id.org/kabar/ontology#claimant> "
                     "<https://example.com/kb/state/PRK> .\n") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/mention/1f202122232425262728292a2b2c2d2e/1/1> "
                     "<https://w3id.org/kabar/ontology#date> "
                     "\"2024-06-19\"^^<http://www.w3.org/2001/XMLSchema#date> .\n") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/agreement/sanksi_PBB> ") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/doc/1f202122232425262728292a2b2c2d2e> "
                     "<https://w3id.org/kabar/ontology#fileName> \"berita_a\" .\n") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/doc/1f202122232425262728292a2b2c2d2e> "
                     "<https://w3id.org/kabar/ontology#source> \"berita_a\" .\n") != NULL);
    CHECK(strstr(nt, "<https://example.com/kb/doc/berita") == NULL);
  }
  free(nt);
  CHECK_INT(kabar_rdf_write(kb, NULL, NULL, path_in("api", NULL), &err), KABAR_OK);
  struct stat sb;
  CHECK(stat(path_in("api", "kb.ttl"), &sb) == 0 && sb.st_size > 0);
  CHECK(stat(path_in("api", "kb.ttl.tmp"), &sb) != 0);
}

/* Document keys when the kb does not have one digest per document (the
 * pipeline skips a repeated content; the API does not): the same digest
 * twice stays two documents, "~2" after the second, and a document without
 * a digest is keyed by its name after a '~'. Standard input has no source. */
static void check_doc_keys(void) {
  kabar_kb *kb = kabar_kb_new();
  CHECK(kb != NULL);
  if (!kb)
    return;
  unsigned char sha[32];
  for (int i = 0; i < 32; i++)
    sha[i] = (unsigned char)(0xA0 + i);
  static const char *const NAMES[] = {"satu", "dua", "tiga b"};
  for (int d = 0; d < 3; d++) {
    CHECK_INT(kabar_kb_begin_doc(kb, NAMES[d], d == 1 ? "-" : "in/x.txt", NULL, d < 2 ? sha : NULL,
                                 1),
              KABAR_OK);
    size_t a = kabar_kb_entity(kb, KABAR_ENT_STATE, "Rusia", "RUS", "Rusia");
    size_t b = kabar_kb_entity(kb, KABAR_ENT_STATE, "China", "CHN", "China");
    kabar_mention m = {NULL, 1, 0, 10, a, b, KABAR_REL_VISITED, KABAR_FS_ASSERTED,
                       KABAR_NONE, NULL, "Rusia China"};
    CHECK_INT(kabar_kb_add_mention(kb, &m), KABAR_OK);
  }
  CHECK_INT(kabar_kb_finish(kb), KABAR_OK);
  kabar_error err;
  kabar_rdf_options o = {KABAR_RDF_NQUADS, "http://x.org/", 0, NULL};
  mkdir(path_in("keys", NULL), 0777);
  CHECK_INT(kabar_rdf_write(kb, NULL, &o, path_in("keys", NULL), &err), KABAR_OK);
  size_t n = 0;
  char *nq = slurp(path_in("keys", "kb.nq"), &n);
  CHECK(nq != NULL);
  if (nq) {
#define KEY "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"
#define FILENAME " <https://w3id.org/kabar/ontology#fileName> "
#define SOURCE " <https://w3id.org/kabar/ontology#source> "
    CHECK(strstr(nq, "<http://x.org/doc/" KEY ">" FILENAME "\"satu\" .\n") != NULL);
    CHECK(strstr(nq, "<http://x.org/doc/" KEY "~2>" FILENAME "\"dua\" .\n") != NULL);
    CHECK(strstr(nq, "<http://x.org/doc/~tiga%20b>" FILENAME "\"tiga b\" .\n") != NULL);
    CHECK(strstr(nq, "<http://x.org/doc/" KEY ">" SOURCE "\"in/x.txt\" .\n") != NULL);
    CHECK(strstr(nq, "<http://x.org/doc/" KEY "~2>" SOURCE) == NULL);
    CHECK(strstr(nq, "<http://x.org/mention/" KEY "~2/1/1> "
                     "<https://w3id.org/kabar/ontology#inDocument> <http://x.org/doc/" KEY "~2> "
                     "<http://x.org/graph/" KEY "~2> .\n") != NULL);
    CHECK(strstr(nq, "<http://x.org/state/RUS> <https://w3id.org/kabar/ontology#occursIn> "
                     "<http://x.org/doc/~tiga%20b> .\n") != NULL);
#undef KEY
#undef FILENAME
#undef SOURCE
  }
  free(nq);
  kabar_kb_free(kb);
}

/* Same kb, same options: the same bytes. */
static void check_deterministic(const kabar_kb *kb, const kabar_metrics *m, const char *sub) {
  kabar_error err;
  char again[64];
  snprintf(again, sizeof again, "%s-again", sub);
  mkdir(path_in(again, NULL), 0777);
  kabar_rdf_options o = {15, NULL, 1, KABAR_DATA_DIR};
  CHECK_INT(kabar_rdf_write(kb, m, &o, path_in(again, NULL), &err), KABAR_OK);
  static const char *const FILES[] = {"kb.ttl", "kb.nt", "kb.nq", "kb.rdf"};
  for (int i = 0; i < 4; i++) {
    size_t n1 = 0, n2 = 0;
    char *a = slurp(path_in(sub, FILES[i]), &n1), *b = slurp(path_in(again, FILES[i]), &n2);
    CHECK(a && b && n1 == n2 && n1 > 0 && memcmp(a, b, n1) == 0);
    free(a);
    free(b);
  }
}

static void write_vocab(void) {
  FILE *f = fopen(path_in("vocab.tsv", NULL), "w");
  CHECK(f != NULL);
  if (!f)
    return;
  for (int t = 0; t < KABAR_ENT__COUNT; t++)
    fprintf(f, "class\t%s\n", kabar_entity_type_name((kabar_entity_type)t));
  for (int r = 0; r < KABAR_REL__COUNT; r++)
    fprintf(f, "relation\t%s\t%d\n", kabar_relation_name((kabar_relation)r),
            kabar_relation_is_symmetric((kabar_relation)r) ? 1 : 0);
  for (int s = 0; s < KABAR_FS__COUNT; s++)
    fprintf(f, "status\t%s\n", kabar_fact_status_name((kabar_fact_status)s));
  for (int m = 0; m < KABAR_M__COUNT; m++)
    fprintf(f, "metric\t%s\t%d\n", kabar_metric_name((kabar_metric)m),
            kabar_metric_is_integer((kabar_metric)m));
  for (size_t i = 0; i < kabar_rdf_n_terms(); i++)
    fprintf(f, "term\t%s\n", kabar_rdf_term(i));
  CHECK(fclose(f) == 0);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
    return 2;
  }
  snprintf(out_dir, sizeof out_dir, "%s", argv[1]);
  mkdir(out_dir, 0777);
  mkdir(path_in("fixture", NULL), 0777);
  mkdir(path_in("hostile", NULL), 0777);
  kabar_error err;

  kabar_kb *kb = build_fixture();
  kabar_metrics *metrics = NULL;
  CHECK_INT(kabar_metrics_compute(kb, NULL, &metrics, &err), KABAR_OK);
  kabar_rdf_options all = {15, NULL, 1, KABAR_DATA_DIR}; /* states get English labels */
  CHECK_INT(kabar_rdf_write(kb, metrics, &all, path_in("fixture", NULL), &err), KABAR_OK);
  if (err.status != KABAR_OK)
    fprintf(stderr, "%s\n", err.message);
  check_deterministic(kb, metrics, "fixture");
  check_api(kb);
  check_doc_keys();

  FILE *expect = fopen(path_in("hostile", "expected.tsv"), "w");
  CHECK(expect != NULL);
  kabar_kb *hk = expect ? build_hostile(expect) : NULL;
  if (expect)
    CHECK(fclose(expect) == 0);
  if (hk) {
    CHECK_INT(kabar_rdf_write(hk, NULL, &all, path_in("hostile", NULL), &err), KABAR_OK);
    if (err.status != KABAR_OK)
      fprintf(stderr, "%s\n", err.message);
    check_deterministic(hk, NULL, "hostile");
  }
  write_vocab();
  kabar_metrics_free(metrics);
  kabar_kb_free(kb);
  kabar_kb_free(hk);
  return check_done();
}
