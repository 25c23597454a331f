#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A document's own metadata, end to end through `kabar export`: an HTML
page in windows-1252 decoded by its declared charset, its <meta>
publication date and canonical URL on the document in the RDF, a
dateline's date, --date for a document that gives none, and each fact
mention's date in facts.tsv and the RDF: a numeric date in its sentence
('Senin (27/6)' with the document's year), a written one ('12 Mei 2021'),
else the document's date.

usage: cli_doc_meta.py KABAR"""
import os
import sys
import tempfile

import rdflib

import clitest
from clitest import expect, report, run

KABAR = sys.argv[1]
KB = rdflib.Namespace("https://w3id.org/kabar/ontology#")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

PAGE = ('<!DOCTYPE html><html><head><meta charset="windows-1252">'
        '<meta property="article:published_time" content="2022-06-30T09:15:00+07:00">'
        '<link rel="canonical" href="https://www.example.org/berita/kunjungan-paris">'
        '<title>Kunjungan ke Paris</title></head><body>'
        '<p>Presiden Joko Widodo bertemu Presiden Prancis Emmanuel Macron di Paris, '
        'Senin (27/6). Mereka minum kopi di Caf\u00e9 de Flore.</p>'
        '<p>Menteri Luar Negeri Retno Marsudi mengunjungi Jerman pada 12 Mei 2021.</p>'
        '<p>Presiden Joko Widodo juga bertemu Kanselir Jerman Olaf Scholz.</p>'
        '</body></html>').encode("cp1252")
DATELINE = ("Jakarta, 30 Juni 2022 \u2014 Presiden Joko Widodo mengunjungi Jepang.\n").encode()
UNDATED = ("Presiden Joko Widodo mengunjungi Korea Selatan.\n").encode()


def facts(out):
    """(doc, subject, relation, object) -> date, from facts.tsv."""
    rows = {}
    with open(os.path.join(out, "facts.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = lines[0].split("\t")
    for line in lines[1:]:
        if line:
            r = dict(zip(head, line.split("\t")))
            rows[(r["doc"], r["subject"], r["relation"], r["object"])] = r["date"]
    return rows


def main():
    with tempfile.TemporaryDirectory(prefix="kabar-meta-") as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        for name, data in (("page.html", PAGE), ("dateline.txt", DATELINE),
                           ("undated.txt", UNDATED)):
            with open(os.path.join(src, name), "wb") as f:
                f.write(data)
        out = os.path.join(tmp, "out")
        code, sout, serr = run([KABAR, "export", "-q", "--rdf", "ntriples", "-o", out, src,
                                "--date", "2023-01-05"])
        problems = expect(code, sout, serr, 0, r"^$", r"^$")
        if code != 0:
            report("export", problems, code, sout, serr)
            return
        got = facts(out)
        want = {
            ("page", "Joko Widodo", "metWith", "Emmanuel Macron"): "2022-06-27",
            ("page", "Retno Marsudi", "visited", "Jerman"): "2021-05-12",
            ("page", "Joko Widodo", "metWith", "Olaf Scholz"): "2022-06-30",
            ("dateline", "Joko Widodo", "visited", "Jepang"): "2022-06-30",
            ("undated", "Joko Widodo", "visited", "Korea Selatan"): "2023-01-05",
        }
        for key, date in want.items():
            if key not in got:
                problems.append("no fact %s" % (key,))
            elif got[key] != date:
                problems.append("%s dated %r, want %r" % (key, got[key], date))
        code2, text, err2 = run([KABAR, "sentences", os.path.join(src, "page.html")])
        if code2 != 0 or "Caf\u00e9 de Flore" not in text:
            problems.append("the windows-1252 page's text was not decoded (exit %d): %s"
                            % (code2, err2.strip()))

        g = rdflib.Graph()
        g.parse(os.path.join(out, "kb.nt"), format="nt")
        docs = {str(g.value(d, KB.fileName)): d for d in g.subjects(rdflib.RDF.type, KB.Document)}
        page = docs.get("page")
        if page is None:
            problems.append("no document 'page' in kb.nt")
        else:
            pub = g.value(page, KB.published)
            if pub is None or str(pub) != "2022-06-30" or pub.datatype != XSD.date:
                problems.append("page published %r, want 2022-06-30 as xsd:date" % (pub,))
            url = g.value(page, KB.url)
            if url is None or str(url) != "https://www.example.org/berita/kunjungan-paris" \
                    or url.datatype != XSD.anyURI:
                problems.append("page url %r" % (url,))
        for name, date in (("dateline", "2022-06-30"), ("undated", "2023-01-05")):
            d = docs.get(name)
            pub = g.value(d, KB.published) if d is not None else None
            if pub is None or str(pub) != date:
                problems.append("%s published %r, want %s" % (name, pub, date))
            if d is not None and g.value(d, KB.url) is not None:
                problems.append("%s has a URL, but a text file states none" % name)
        dates = {str(o) for o in g.objects(None, KB.date)}
        if not {"2022-06-27", "2021-05-12", "2022-06-30", "2023-01-05"} <= dates:
            problems.append("mention dates in kb.nt: %s" % sorted(dates))
        report("document dates, URL, charset and mention dates", problems, code, sout, serr)

        # Without --date, a document that states no date has none, and
        # neither have its facts.
        out2 = os.path.join(tmp, "out2")
        code, sout, serr = run([KABAR, "export", "-q", "--rdf", "ntriples", "-o", out2,
                                os.path.join(src, "undated.txt")])
        problems = expect(code, sout, serr, 0, r"^$", r"^$")
        if code == 0:
            dated = {k: v for k, v in facts(out2).items() if v}
            if dated:
                problems.append("dates without any source: %s" % dated)
            g = rdflib.Graph()
            g.parse(os.path.join(out2, "kb.nt"), format="nt")
            if any(True for _ in g.triples((None, KB.published, None))):
                problems.append("a document with no date has kabar:published")
        report("no date, none made up", problems, code, sout, serr)


main()
sys.exit(clitest.summary())
