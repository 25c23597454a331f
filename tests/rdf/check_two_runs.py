# SPDX-License-Identifier: MIT
"""Two exports loaded into one triplestore, and one file given twice.

Documents are named by their content (the first 32 hex digits of the
SHA-256 of their bytes), not by their file name. So:

1. Two runs over copies of the same texts, under other directories and file
   names, and with a *different* text under a file name the other run also
   used, are loaded together into Oxigraph (their N-Quads, then their
   Turtle). There must be one document per distinct content, each document
   IRI must be doc/<sha256[:32]> computed here from the bytes, no mention
   or document may have two values of a property the ontology declares
   owl:FunctionalProperty (a mention node with two subjects, say), and a
   text read in both runs carries both of its file names and paths.
2. One run given the same file under two names reads it once: its outputs
   are byte for byte those of a run given the file once, and the summary
   says that one input was skipped.

usage: check_two_runs.py KABAR_BIN DATA_DIR ONTOLOGY JS_DIR WORK_DIR
"""
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

BASE = "http://kabar.example.org/id/"
PREFIXES = """PREFIX kabar: <https://w3id.org/kabar/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg, file=sys.stderr)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def export(kabar, data, out, inputs, rdf="nquads,turtle"):
    r = subprocess.run([kabar, "export", "--data", data, "--rdf", rdf, "--entity-mentions",
                        "-o", out] + inputs, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"export {inputs}: exit {r.returncode}: {r.stderr}")
    return r.stderr


def place(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def rows(result, name):
    if "error" in result:
        fail(f"{name}: {result['error']}")
        return []
    return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]


def union_check(js_dir, work, files, ontology, want_docs, both_runs):
    """Loads `files` (and the ontology, for its owl:FunctionalProperty list)
    into one Oxigraph store and checks what it holds."""
    queries = {
        # a mention or document with two values of a functional property
        "functional": PREFIXES + """
SELECT ?s ?p (COUNT(DISTINCT ?o) AS ?n) WHERE {
  ?p a owl:FunctionalProperty .
  ?s a ?class ; ?p ?o .
  VALUES ?class { kabar:FactMention kabar:EntityMention kabar:Document }
} GROUP BY ?s ?p HAVING (COUNT(DISTINCT ?o) > 1)""",
        # the same, spelled out for the property the issue names
        "two_subjects": PREFIXES + """
SELECT ?m (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m kabar:subject ?s }
GROUP BY ?m HAVING (COUNT(DISTINCT ?s) > 1)""",
        "docs": PREFIXES + """
SELECT ?d ?sha WHERE { ?d a kabar:Document . OPTIONAL { ?d kabar:sha256 ?sha } }""",
        "names": PREFIXES + """
SELECT ?d ?name ?source WHERE {
  ?d a kabar:Document ; kabar:fileName ?name . OPTIONAL { ?d kabar:source ?source } }""",
        "mention_docs": PREFIXES + """
SELECT DISTINCT ?d WHERE { ?m kabar:inDocument ?d }""",
        "functional_declared": PREFIXES + """
SELECT ?p WHERE { ?p a owl:FunctionalProperty }""",
    }
    qfile = os.path.join(work, "queries.json")
    with open(qfile, "w", encoding="utf-8") as f:
        json.dump(queries, f)
    r = subprocess.run(["node", os.path.join(js_dir, "union.mjs"), qfile, ontology] + files,
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"union.mjs {files}: exit {r.returncode}: {r.stderr}")
        return
    res = json.loads(r.stdout)
    label = " + ".join(os.path.relpath(f, work) for f in files)

    declared = {x["p"] for x in rows(res["functional_declared"], "functional_declared")}
    for p in ("subject", "object", "relation", "status", "inDocument", "sentence", "sha256"):
        if "https://w3id.org/kabar/ontology#" + p not in declared:
            fail(f"the ontology no longer declares kabar:{p} functional: the check below "
                 f"would miss it")
    for x in rows(res["functional"], "functional")[:10]:
        fail(f"{label}: {x['s']} has {x['n']} values of {x['p']}")
    for x in rows(res["two_subjects"], "two_subjects")[:10]:
        fail(f"{label}: mention {x['m']} has {x['n']} subjects")

    docs = rows(res["docs"], "docs")
    got = sorted(x["d"] for x in docs)
    want = sorted(BASE + "doc/" + h[:32] for h in want_docs)
    if got != want:
        fail(f"{label}: documents {got}, want one per distinct content: {want}")
    for x in docs:
        if x.get("sha") and not x["d"].endswith("/doc/" + x["sha"][:32]):
            fail(f"{label}: {x['d']} has sha256 {x['sha']}")
    stray = {x["d"] for x in rows(res["mention_docs"], "mention_docs")} - set(got)
    if stray:
        fail(f"{label}: mentions in documents that are not kabar:Documents: {sorted(stray)[:3]}")

    # a text read by both runs carries both names and both paths
    names = {}
    for x in rows(res["names"], "names"):
        n = names.setdefault(x["d"], (set(), set()))
        n[0].add(x["name"])
        if "source" in x:
            n[1].add(x["source"])
    for h, (want_names, want_sources) in both_runs.items():
        g = names.get(BASE + "doc/" + h[:32], (set(), set()))
        if g != (want_names, want_sources):
            fail(f"{label}: the document of {h[:12]} has names and sources {g}, "
                 f"want {(want_names, want_sources)}")
    if not failures:
        print(f"{label}: {res['#quads']} quads, {len(got)} documents for {len(want)} contents, "
              f"no functional property with two values")


def main():
    kabar, data, ontology, js_dir, work = sys.argv[1:6]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    corpus = os.path.join(data, "corpus")
    texts = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".txt"))
    if len(texts) < 4:
        fail(f"{corpus}: want at least 4 texts, found {len(texts)}")
        return
    a, b, c, d = texts[:4]
    if len({sha(t) for t in (a, b, c, d)}) != 4:
        fail("the first four corpus texts are not four different contents")

    # 1. Run one reads a, b, c; run two reads b, c under other names and
    # directories, and d under the name run one gave a.
    in1 = os.path.join(work, "run1", "berita")
    in2 = os.path.join(work, "run2", "salinan", "lain")
    run1 = [place(a, os.path.join(in1, "utama.txt")), place(b, os.path.join(in1, "b1.txt")),
            place(c, os.path.join(in1, "c1.txt"))]
    run2 = [place(d, os.path.join(in2, "utama.txt")), place(b, os.path.join(in2, "kopi b.txt")),
            place(c, os.path.join(in2, "x", "c-dua.txt"))]
    out1, out2 = os.path.join(work, "out1"), os.path.join(work, "out2")
    export(kabar, data, out1, run1)
    export(kabar, data, out2, run2)
    contents = {sha(p) for p in run1 + run2}
    both = {sha(b): ({"b1", "kopi b"}, {run1[1], run2[1]}),
            sha(c): ({"c1", "c-dua"}, {run1[2], run2[2]})}
    for ext in ("nq", "ttl"):
        union_check(js_dir, work, [os.path.join(out1, "kb." + ext), os.path.join(out2, "kb." + ext)],
                    ontology, contents, both)

    # 2. The same file under two names in one run: read once.
    once, twice = os.path.join(work, "once"), os.path.join(work, "twice")
    first = place(a, os.path.join(work, "dup", "pertama.txt"))
    second = place(a, os.path.join(work, "dup", "lagi", "kedua.txt"))
    err1 = export(kabar, data, once, [first], rdf="all")
    err2 = export(kabar, data, twice, [first, second], rdf="all")
    m1 = re.search(r"^kabar: 1 documents, ", err1, re.M)
    m2 = re.search(r"^kabar: 1 documents \(1 duplicate input skipped\), ", err2, re.M)
    if not m1 or not m2:
        fail(f"summary lines: once {err1!r}, twice {err2!r}")
    if second not in err2 or first not in err2:
        fail(f"no warning naming both inputs: {err2!r}")
    files1, files2 = sorted(os.listdir(once)), sorted(os.listdir(twice))
    if files1 != files2 or not files1:
        fail(f"output files differ: {files1} vs {files2}")
    _, mismatch, errors = filecmp.cmpfiles(once, twice, files1, shallow=False)
    if mismatch or errors:
        fail(f"a file given twice changed the outputs: {mismatch + errors}")
    union_check(js_dir, work, [os.path.join(twice, "kb.nq")], ontology, {sha(a)},
                {sha(a): ({"pertama"}, {first})})

    if failures:
        print(f"{failures} failures", file=sys.stderr)
        sys.exit(1)
    print("two runs: one document per content; a file given twice: read once")


if __name__ == "__main__":
    main()
