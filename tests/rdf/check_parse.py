# SPDX-License-Identifier: MIT
"""Reads kabar's RDF export back with independent parsers.

For OUT/fixture and OUT/hostile: rapper (raptor2-utils) and rdflib parse all
four files, serdi the three it reads (not RDF/XML); the counts agree, and
rdflib finds the very same set of triples in every format. In N-Quads the
mentions sit in their document's named graph and nothing else does. For the
hostile kb, every label, title and evidence text reads back as
OUT/hostile/expected.tsv says, and every entity IRI decodes back to its name.

usage: check_parse.py OUT
"""
import re
import subprocess
import sys
import urllib.parse

import rdflib
from rdflib import RDF, RDFS, Literal, URIRef

KABAR = rdflib.Namespace("https://w3id.org/kabar/ontology#")
BASE = "http://kabar.example.org/id/"
FILES = [("kb.ttl", "turtle", "turtle"), ("kb.nt", "ntriples", "nt"),
         ("kb.nq", "nquads", "nquads"), ("kb.rdf", "rdfxml", "xml")]
SERDI = {"kb.ttl": "turtle", "kb.nt": "ntriples", "kb.nq": "nquads"}

failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg, file=sys.stderr)


def rapper_count(path, syntax):
    r = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True, text=True)
    m = re.search(r"Parsing returned (\d+) (triples|statements|quads)", r.stderr)
    if r.returncode != 0 or not m or "rapper: Error" in r.stderr or "Warning" in r.stderr:
        fail(f"rapper {syntax} {path}: exit {r.returncode}: {r.stderr.strip()[-500:]}")
        return -1
    return int(m.group(1))


def serdi_count(path, syntax):
    r = subprocess.run(["serdi", "-i", syntax, "-o", "ntriples" if syntax != "nquads" else "nquads",
                        path], capture_output=True)
    if r.returncode != 0 or r.stderr.strip():
        fail(f"serdi {syntax} {path}: exit {r.returncode}: {r.stderr.decode(errors='replace')[-500:]}")
        return -1
    return sum(1 for line in r.stdout.split(b"\n") if line.strip())


DEFAULT = "urn:x-kabar-test:default-graph"


def rdflib_triples(path, fmt, data=None):
    """The set of triples, and for quads a map triple -> graph name (None:
    the default graph). `data` parses that text instead of the file."""
    src = {"data": data} if data is not None else {"source": path}
    if fmt in ("nquads", "trig"):
        ds = rdflib.Dataset()
        ds.parse(format=fmt, publicID=DEFAULT, **src)
        triples, graphs = set(), {}
        for s, p, o, g in ds.quads((None, None, None, None)):
            gid = getattr(g, "identifier", g)
            name = None if gid is None or str(gid) in (DEFAULT, str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)) else str(gid)
            if (s, p, o) in graphs and graphs[(s, p, o)] != name:
                fail(f"{path}: a triple in two graphs: {s} {p} {o}")
            triples.add((s, p, o))
            graphs[(s, p, o)] = name
        return triples, graphs
    g = rdflib.Graph()
    g.parse(format=fmt, publicID=DEFAULT, **src)
    return set(g), None


def via_serdi(path, syntax):
    """rdflib 6.1's N-Triples parser unescapes "\\u0041" wrongly (as "A"), so
    the values of kb.nt and kb.nq are read through serdi, which rewrites them
    as Turtle (TriG for quads) for rdflib's Turtle parser."""
    r = subprocess.run(["serdi", "-i", syntax, "-o", "turtle", path], capture_output=True)
    if r.returncode != 0:
        fail(f"serdi {path}: {r.stderr.decode(errors='replace')[-300:]}")
        return None
    return r.stdout.decode("utf-8")


def decode_segment(seg, names):
    raw = urllib.parse.unquote_to_bytes(seg.replace("_", " ") if names else seg)
    return raw


def clean(raw):
    """What the writers make of raw bytes (src/common/clean.h): control
    characters and U+2028/U+2029 become a space each, invalid UTF-8 and
    noncharacters U+FFFD."""
    out = []
    for ch in raw.decode("utf-8", errors="replace"):
        c = ord(ch)
        if c < 0x20 or 0x7F <= c <= 0x9F or c in (0x2028, 0x2029):
            out.append(" ")
        elif 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFE) == 0xFFFE:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def check_dir(d, hostile):
    counts = {}
    sets = {}
    graphs = None
    for name, rsyntax, rfmt in FILES:
        path = f"{d}/{name}"
        counts[(name, "rapper")] = rapper_count(path, rsyntax)
        if name in SERDI:
            counts[(name, "serdi")] = serdi_count(path, SERDI[name])
        try:
            triples, g = rdflib_triples(path, rfmt)
            counts[(name, "rdflib")] = len(triples)
            if rfmt in ("nt", "nquads"):
                text = via_serdi(path, SERDI[name])
                triples, g = rdflib_triples(path, "trig" if rfmt == "nquads" else "turtle", text)
                counts[(name, "serdi+rdflib")] = len(triples)
        except Exception as e:  # a parse error is a failure, not a crash
            fail(f"rdflib {rfmt} {path}: {e}")
            continue
        sets[name] = triples
        if g is not None:
            graphs = g
    values = set(counts.values())
    if len(values) != 1 or -1 in values:
        fail(f"{d}: triple counts differ: {counts}")
    ref = sets.get("kb.nt")
    for name, triples in sets.items():
        if ref is not None and triples != ref:
            diff = list(triples ^ ref)[:3]
            fail(f"{d}/{name}: not the same triples as kb.nt, e.g. {diff}")
    if ref is None:
        fail(f"{d}: kb.nt unreadable")
        return
    print(f"{d}: {counts.get(('kb.nt', 'rapper'))} triples in each of 4 formats "
          f"(rapper, rdflib; serdi for 3)")

    # N-Quads: fact and entity mentions in <base>graph/<doc>, everything else in
    # the default graph
    mentions = {s for s, p, o in ref if p == RDF.type and o in (KABAR.FactMention,
                                                                 KABAR.EntityMention)}
    in_doc = {s: o for s, p, o in ref if p == KABAR.inDocument}
    if graphs is not None:
        for (s, p, o), gname in graphs.items():
            if s in mentions:
                want = BASE + "graph/" + str(in_doc[s])[len(BASE + "doc/"):]
                if gname != want:
                    fail(f"{d}/kb.nq: {s} {p} in graph {gname}, want {want}")
            elif gname is not None:
                fail(f"{d}/kb.nq: {s} {p} in graph {gname}, want the default graph")
    if not mentions:
        fail(f"{d}: no fact mentions")

    if not hostile:
        return
    # every format must carry the hostile strings exactly
    expected = [line.rstrip("\n").split("\t") for line in open(f"{d}/expected.tsv", encoding="ascii")]
    for name, triples in sets.items():
        by_sp = {}
        for s, p, o in triples:
            by_sp.setdefault((s, p), []).append(o)
        ident = {str(o): s for s, p, o in triples if p == KABAR.identifier}
        docs = {str(o): s for s, p, o in triples if p == KABAR.fileName}
        sentence_of = {s: int(o) for s, p, o in triples if p == KABAR.sentence}
        evidence = {}
        for m in mentions:
            ev = by_sp.get((m, KABAR.evidence), [None])[0]
            evidence.setdefault((in_doc[m], sentence_of.get(m)), set()).add(ev)
        checked = 0
        for row in expected:
            if row[0] == "label":
                _, eid, tpath, hexwant = row
                want = bytes.fromhex(hexwant).decode("utf-8")
                s = ident.get(eid)
                got = by_sp.get((s, RDFS.label), [None])
                if s is None or got != [Literal(want, lang="id")]:
                    fail(f"{d}/{name}: label of {eid}: got {got!r}, want {want!r}")
                    continue
                # the IRI decodes back to the name it was minted from
                seg = str(s)[len(BASE + tpath):]
                if not str(s).startswith(BASE + tpath) or clean(decode_segment(seg, True)) != want:
                    fail(f"{d}/{name}: IRI {s} does not decode to {want!r}")
                if not re.fullmatch(r"[A-Za-z0-9._~%/:#-]+", str(s)):
                    fail(f"{d}/{name}: IRI {s} holds characters that were not percent-encoded")
            elif row[0] == "title":
                docname = bytes.fromhex(row[1]).decode("utf-8")
                want = bytes.fromhex(row[2]).decode("utf-8")
                got = by_sp.get((docs.get(docname), KABAR.title), [None])
                if got != [Literal(want, lang="id")]:
                    fail(f"{d}/{name}: title of {docname!r}: got {got!r}, want {want!r}")
            elif row[0] == "evidence":
                docname = bytes.fromhex(row[1]).decode("utf-8")
                want = bytes.fromhex(row[3]).decode("utf-8")
                got = evidence.get((docs.get(docname), int(row[2])))
                if got != {Literal(want, lang="id")}:
                    g = None if got is None else [str(x)[:80] for x in got]
                    fail(f"{d}/{name}: evidence of {docname!r} sentence {row[2]}: got {g!r}, "
                         f"want {want[:80]!r} ({len(want)} chars)")
            checked += 1
        print(f"{d}/{name}: {checked} hostile strings read back exactly")


def main():
    out = sys.argv[1]
    check_dir(f"{out}/fixture", hostile=False)
    check_dir(f"{out}/hostile", hostile=True)
    if failures:
        print(f"{failures} failures", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
