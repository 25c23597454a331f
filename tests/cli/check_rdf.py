# SPDX-License-Identifier: MIT
"""The RDF files of an export (written with --rdf all) read back and
compared with the TSV files and the corpus.

- rapper (raptor2-utils) parses kb.ttl, kb.nt, kb.nq and kb.rdf without an
  error or warning, and counts the same number of statements in each;
- in kb.ttl (rdflib): one entity per entities.tsv row with the same type,
  label, aliases (skos:altLabel), ISO code, mention count, document count
  (kabar:documentCount) and documents listed (kabar:occursIn: `docs`, or the
  first 20 in byte order when there are more);
  one kabar:FactMention per facts.tsv row with the same document, sentence,
  subject, relation, object, status and evidence, and a byte span equal to
  that sentence's span in `kabar sentences`; a direct triple exactly for
  each fact with an asserted mention; one kabar:EntityMention per
  mentions.tsv row (the export ran with --entity-mentions) with the same
  document, sentence, byte span, surface, entity and kind; one
  kabar:Document per corpus file
  with its SHA-256, sentence count and mention count; the network metrics
  equal to nodes.csv.

usage: check_rdf.py OUT CORPUS KABAR
       check_rdf.py --self-test OUT CORPUS KABAR   damaged copies must fail
"""
import collections
import csv
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

import rdflib
from rdflib import RDF, RDFS, Namespace
from rdflib.namespace import SKOS

K = Namespace("https://w3id.org/kabar/ontology#")
TYPES = ["State", "Person", "Organization", "Agreement", "Place", "Event"]
SYMMETRIC = {"metWith", "militaryCooperation", "tradesWith", "alliedWith", "foughtAgainst"}
FILES = [("kb.ttl", "turtle"), ("kb.nt", "ntriples"), ("kb.nq", "nquads"), ("kb.rdf", "rdfxml")]
METRICS = ["inDegree", "outDegree", "degree", "inStrength", "outStrength", "strength",
           "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "hub", "authority",
           "coreness", "community"]


def rapper_count(path, syntax, problems):
    r = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True, text=True)
    m = re.search(r"Parsing returned (\d+) (triples|statements|quads)", r.stderr)
    if r.returncode != 0 or not m or "Error" in r.stderr or "Warning" in r.stderr:
        problems.append("rapper -i %s -c %s: exit %d: %s" % (syntax, os.path.basename(path),
                                                              r.returncode, r.stderr[-500:]))
        return None
    return int(m.group(1))


def tsv_rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.split("\t") for line in f.read().splitlines()[1:]]


def sentences(kabar, corpus):
    r = subprocess.run([kabar, "sentences", corpus], capture_output=True, check=True)
    out = {}
    for line in r.stdout.decode("utf-8").splitlines()[1:]:
        doc, n, start, end, _kind, _text = line.split("\t")
        out[(doc, int(n))] = (int(start), int(end))
    return out


def check(out, corpus, kabar):
    problems = []
    counts = {}
    for name, syntax in FILES:
        counts[name] = rapper_count(os.path.join(out, name), syntax, problems)
    if len(set(counts.values())) != 1 or not counts["kb.ttl"]:
        problems.append("rapper counts differ or are zero: %s" % counts)

    g = rdflib.Graph()
    g.parse(os.path.join(out, "kb.ttl"), format="turtle")

    def name_of(doc_iri):
        v = g.value(doc_iri, K.fileName)
        return str(v) if v is not None else "<%s>" % doc_iri

    # entities
    ents = tsv_rows(os.path.join(out, "entities.tsv"))
    want_ents = {e[0]: (e[1], e[2], frozenset(e[3].split("|")) if e[3] else frozenset(), e[4],
                        int(e[6]), int(e[7]),
                        # occursIn: at most 20, those first in byte order
                        frozenset(sorted(e[5].split("|"), key=lambda d: d.encode())[:20]))
             for e in ents}
    got_ents, iri_id = {}, {}
    for t in TYPES:
        for s in g.subjects(RDF.type, K[t]):
            ident = g.value(s, K.identifier)
            if ident is None:
                problems.append("kb.ttl: %s has no kabar:identifier" % s)
                continue
            iso = g.value(s, K.iso3166Alpha3)
            mc = g.value(s, K.mentionCount)
            dc = g.value(s, K.documentCount)
            # the Indonesian label (a state also has its English name @en)
            label = [str(o) for o in g.objects(s, RDFS.label) if o.language == "id"]
            got_ents[str(ident)] = (t, label[0] if len(label) == 1 else label,
                                    frozenset(str(a) for a in g.objects(s, SKOS.altLabel)),
                                    str(iso) if iso is not None else "",
                                    int(mc) if mc is not None else None,
                                    int(dc) if dc is not None else None,
                                    frozenset(name_of(d) for d in g.objects(s, K.occursIn)))
            iri_id[s] = str(ident)
    for eid in sorted(set(want_ents) | set(got_ents)):
        if want_ents.get(eid) != got_ents.get(eid):
            problems.append("entity %s: entities.tsv %s, kb.ttl %s" %
                            (eid, want_ents.get(eid), got_ents.get(eid)))
    by_label = {(e[2], e[1]): e[0] for e in ents}

    # fact mentions
    spans = sentences(kabar, corpus)
    facts = tsv_rows(os.path.join(out, "facts.tsv"))
    want_m = collections.Counter()
    asserted = set()
    for f in facts:
        key = (f[0], int(f[1]), by_label.get((f[2], f[3])), f[4], by_label.get((f[5], f[6])),
               f[7], f[8]) + spans.get((f[0], int(f[1])), (None, None))
        want_m[key] += 1
        if f[7] == "asserted":
            asserted.add((key[2], f[4], key[4]))
    got_m = collections.Counter()
    for m in g.subjects(RDF.type, K.FactMention):
        def v(p):
            x = g.value(m, p)
            return None if x is None else x
        rel, status = v(K.relation), v(K.status)
        bs, be = v(K.byteStart), v(K.byteEnd)
        got_m[(name_of(v(K.inDocument)), int(v(K.sentence)), iri_id.get(v(K.subject)),
               str(rel).split("#")[-1], iri_id.get(v(K.object)), str(status).split("#")[-1],
               str(v(K.evidence)), None if bs is None else int(bs),
               None if be is None else int(be))] += 1
    for k in sorted(set(want_m) | set(got_m), key=str):
        if want_m[k] != got_m[k]:
            problems.append("fact mention %s: %d in facts.tsv (with kabar sentences' span), "
                            "%d in kb.ttl" % (k, want_m[k], got_m[k]))

    # direct triples: the facts with an asserted mention
    relations = {f[4] for f in facts} | SYMMETRIC
    direct = set()
    for s, p, o in g:
        name = str(p).split("#")[-1]
        if str(p).startswith(str(K)) and name in relations and s in iri_id and o in iri_id:
            direct.add((iri_id[s], name, iri_id[o]))

    def norm(t):
        return (min(t[0], t[2]), t[1], max(t[0], t[2])) if t[1] in SYMMETRIC else t
    if {norm(t) for t in direct} != {norm(t) for t in asserted}:
        problems.append("direct triples %s, facts asserted in facts.tsv %s" %
                        (sorted({norm(t) for t in direct} - {norm(t) for t in asserted}),
                         sorted({norm(t) for t in asserted} - {norm(t) for t in direct})))

    # entity mentions (the export ran with --entity-mentions): one
    # kabar:EntityMention per mentions.tsv row
    want_em = collections.Counter()
    for r in tsv_rows(os.path.join(out, "mentions.tsv")):
        want_em[(r[0], int(r[1]), int(r[2]), int(r[3]), r[4], r[5], r[7])] += 1
    got_em = collections.Counter()
    for m in g.subjects(RDF.type, K.EntityMention):
        vals = [g.value(m, p) for p in (K.inDocument, K.sentence, K.byteStart, K.byteEnd,
                                          K.surface, K.mentionOf, K.foundBy)]
        if any(v is None for v in vals):
            problems.append("kb.ttl: entity mention %s lacks a property" % m)
            continue
        got_em[(name_of(vals[0]), int(vals[1]), int(vals[2]), int(vals[3]), str(vals[4]),
                iri_id.get(vals[5]), str(vals[6]))] += 1
    if want_em != got_em:
        problems.append("entity mentions: %d rows of mentions.tsv, %d kabar:EntityMention; "
                        "only in mentions.tsv %s; only in kb.ttl %s" %
                        (sum(want_em.values()), sum(got_em.values()),
                         sorted(want_em - got_em)[:3], sorted(got_em - want_em)[:3]))

    # documents
    n_sent = collections.Counter(doc for doc, _ in spans)
    n_ment = collections.Counter(f[0] for f in facts)
    want_docs = {}
    for fn in os.listdir(corpus):
        stem, ext = os.path.splitext(fn)
        if ext in (".txt", ".html", ".htm"):
            with open(os.path.join(corpus, fn), "rb") as f:
                want_docs[stem] = (hashlib.sha256(f.read()).hexdigest(), n_sent[stem], n_ment[stem])
    got_docs = {}
    for d in g.subjects(RDF.type, K.Document):
        vals = [g.value(d, p) for p in (K.sha256, K.sentenceCount, K.mentionCount)]
        got_docs[name_of(d)] = (str(vals[0]), int(vals[1]) if vals[1] is not None else None,
                                int(vals[2]) if vals[2] is not None else None)
    if want_docs != got_docs:
        problems.append("documents (sha256, sentences, mentions): corpus %s, kb.ttl %s" %
                        (want_docs, got_docs))

    # metrics, matched by label and type (independent of node ids)
    with open(os.path.join(out, "nodes.csv"), encoding="utf-8", newline="") as f:
        nodes = {(n["Label"], n["type"]): n for n in csv.DictReader(f)}
    for s, eid in iri_id.items():
        t, label = got_ents[eid][0], got_ents[eid][1]
        n = nodes.get((label, t))
        if n is None:
            problems.append("nodes.csv has no %s (%s)" % (label, t))
            continue
        for metric in METRICS:
            x = g.value(s, K[metric])
            csv_v = n.get(metric, "")
            if (x is None) != (csv_v == ""):
                problems.append("%s %s: kb.ttl %s, nodes.csv %r" % (label, metric, x, csv_v))
            elif x is not None and abs(float(x) - float(csv_v)) > 1e-9 * max(1, abs(float(x))):
                problems.append("%s %s: kb.ttl %s, nodes.csv %s" % (label, metric, x, csv_v))
    if not ents or not facts:
        problems.append("no entities or no facts: nothing was checked")
    return problems, counts


DAMAGES = [
    ("kb.nt line dropped", "kb.nt", lambda s: s.split("\n", 1)[1]),
    ("kb.rdf not well-formed", "kb.rdf", lambda s: s.replace("</rdf:RDF>", "")),
    ("label changed", "kb.ttl", lambda s: s.replace('rdfs:label "Rusia"@id', 'rdfs:label "Russia"@id')),
    ("status changed", "kb.ttl",
     lambda s: s.replace("kabar:status kabar:asserted", "kabar:status kabar:alleged", 1)),
    ("evidence changed", "kb.ttl", lambda s: re.sub(r'(kabar:evidence ")', r"\1X", s, count=1)),
    ("byte span changed", "kb.ttl", lambda s: re.sub(r"kabar:byteEnd (\d+)",
                                                      lambda m: "kabar:byteEnd %d" %
                                                      (int(m.group(1)) + 1), s, count=1)),
    ("entity mention's surface changed", "kb.ttl",
     lambda s: re.sub(r'(kabar:surface ")', r"\1X", s, count=1)),
    ("entity mention's kind changed", "kb.ttl",
     lambda s: s.replace('kabar:foundBy "lexicon"', 'kabar:foundBy "pattern"', 1)),
    ("pagerank changed", "kb.ttl", lambda s: re.sub(r"kabar:pagerank [^ ;]+",
                                                    "kabar:pagerank 0.5", s, count=1)),
    ("sha256 changed", "kb.ttl", lambda s: re.sub(r'kabar:sha256 "[0-9a-f]', 'kabar:sha256 "x', s,
                                                  count=1)),
]


def self_test(out, corpus, kabar):
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kabar-rdf-") as tmp:
        base = os.path.join(tmp, "undamaged")
        shutil.copytree(out, base)
        baseline = {p.replace(base, "") for p in check(base, corpus, kabar)[0]}
        for name, fname, fn in DAMAGES:
            d = os.path.join(tmp, re.sub(r"\W+", "_", name))
            shutil.copytree(out, d)
            path = os.path.join(d, fname)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            damaged = fn(text)
            if damaged == text:
                failures += 1
                print("FAIL damage (%s) changed nothing" % name)
                continue
            with open(path, "w", encoding="utf-8") as f:
                f.write(damaged)
            new = [p for p in check(d, corpus, kabar)[0] if p.replace(d, "") not in baseline]
            if new:
                print("ok   damaged (%s) rejected: %.200s" % (name, new[0]))
            else:
                failures += 1
                print("FAIL damaged (%s) passed the checks" % name)
    print("%d passed, %d failed" % (len(DAMAGES) - failures, failures))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 5 and argv[1] == "--self-test":
        return self_test(*argv[2:])
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    problems, counts = check(*argv[1:])
    for p in problems:
        print("FAIL", p)
    print("rapper counts: %s" % counts)
    return 1 if problems else 0


sys.exit(main(sys.argv))
