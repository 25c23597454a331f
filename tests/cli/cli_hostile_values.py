# SPDX-License-Identifier: MIT
"""kabar export on input whose values carry what line-based readers break
on, read back strictly (tests/graph/hostile_tables.py).

Text content may not hold C0 controls (the reader rejects them), so the
text carries NEL, U+2028, U+2029, quotes, '|' and <&>; file names carry
the rest: tab, LF, U+0001, an invalid byte, '|', '\\', quotes, comma, <&>.
Checked: entities.tsv, facts.tsv, nodes.csv and edges.csv have one row per
entity, mention or edge (counts from kabar's own summary line and
metrics.json), every row the right number of fields; document names read
back in facts.tsv, in the docs lists of entities.tsv (split on unescaped
'|') and in kb.nt's kabar:fileName as the cleaned file names, computed
here; labels agree between entities.tsv and nodes.csv; GraphML and GEXF
parse with libxml2 with unique node ids. `kabar sentences` writes the same
cleaned names and texts: every evidence in facts.tsv is one of its
sentences (a NEL inside a sentence included).

usage: cli_hostile_values.py KABAR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "graph"))
from hostile_tables import (Problems, check_graph_ids, clean, node_id, read_csv, read_json,  # noqa: E402
                            read_tsv, split_list)

KABAR = os.path.abspath(sys.argv[1])

TEXT = ("Jakarta (ANTARA) - Presiden Joko Widodo bertemu\u0085Presiden Rusia Vladimir Putin di "
        "Moskow pada 28 Juni 2024.\u0085"
        "Menteri Luar Negeri \"Retno\" Marsudi mengatakan Indonesia <&> Rusia akan memperkuat "
        "kerja sama.\u2028"
        "Amerika Serikat mengecam Rusia.\u2029Presiden Ukraina Volodymyr Zelensky mengunjungi "
        "Jakarta.\n"
        "Organisasi A|B Internasional mengecam Korea Utara.\n").encode()
SECOND = b"Presiden Rusia Vladimir Putin bertemu Presiden Joko Widodo di Jakarta.\n"

# File names without .txt: what the documents are called.
HOSTILE = b"a|b\tc\nd\xe2\x80\xa8e\xc2\x85f\"<&>'\\g,h \xff\x01"
PLAIN = b"x|y\\z"


def main():
    p = Problems()
    tmp = tempfile.mkdtemp(prefix="kabar-hostile-")
    try:
        src = os.path.join(tmp, "in").encode()
        os.mkdir(src)
        with open(os.path.join(src, HOSTILE + b".txt"), "wb") as f:
            f.write(TEXT)
        with open(os.path.join(src, PLAIN + b".txt"), "wb") as f:
            f.write(SECOND)
        out = os.path.join(tmp, "out")
        r = subprocess.run([KABAR, "export", "--rdf", "nt", "-o", out, src], capture_output=True)
        err = r.stderr.decode(errors="replace")
        if not p.check(r.returncode == 0, "export failed (%d): %s" % (r.returncode, err)):
            return report(p)
        m = re.search(r"(\d+) documents, (\d+) entities, (\d+) facts \((\d+) mentions\)", err)
        if not p.check(m is not None, "no summary line in %r" % err):
            return report(p)
        n_docs, n_ents, _, n_mentions = (int(x) for x in m.groups())
        p.check(n_docs == 2, "%d documents" % n_docs)
        facts = check_export(out, n_ents, n_mentions, p)
        check_sentences(src, facts, p)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(p)


def check_export(out, n_ents, n_mentions, p):
    names = {clean(HOSTILE), clean(PLAIN)}
    ents = read_tsv(os.path.join(out, "entities.tsv"), 8, p)
    p.check(len(ents) == n_ents, "entities.tsv: %d rows, want %d" % (len(ents), n_ents))
    seen_docs = set()
    for e in ents:
        docs = split_list(e[5])
        p.check(docs is not None and set(docs) <= names,
                "entities.tsv %r: docs %r split into %r" % (e[0], e[5], docs))
        seen_docs.update(docs or [])
    p.check(seen_docs == names, "entities.tsv: documents %r, want %r" % (seen_docs, names))

    facts = read_tsv(os.path.join(out, "facts.tsv"), 16, p)
    p.check(len(facts) == n_mentions, "facts.tsv: %d rows, want %d" % (len(facts), n_mentions))
    p.check({f[0] for f in facts} == names,
            "facts.tsv: documents %r, want %r" % ({f[0] for f in facts}, names))
    labels = {e[2] for e in ents}
    eids = {e[0] for e in ents}
    for f in facts:
        p.check(f[2] in labels and f[5] in labels, "facts.tsv: %r or %r is no label" % (f[2], f[5]))
        p.check(f[10] in eids and f[11] in eids, "facts.tsv: %r or %r is no id" % (f[10], f[11]))

    nodes = read_csv(os.path.join(out, "nodes.csv"), p)
    p.check(len(nodes) == n_ents, "nodes.csv: %d records, want %d" % (len(nodes), n_ents))
    ids = [node_id(e[0].encode()) for e in ents]
    p.check(sorted(n.get("Id") for n in nodes) == sorted(ids), "nodes.csv: ids differ from entities.tsv")
    p.check({n.get("Label") for n in nodes} == labels, "nodes.csv: labels differ from entities.tsv")
    metrics = read_json(os.path.join(out, "metrics.json"), p)
    n_edges = metrics["graph"]["edges"] if metrics else -1
    edges = read_csv(os.path.join(out, "edges.csv"), p)
    p.check(len(edges) == n_edges, "edges.csv: %d records, want %d" % (len(edges), n_edges))
    for name in ("graph.graphml", "graph.gexf"):
        check_graph_ids(os.path.join(out, name), n_ents, n_edges, p, want_ids=ids)
    check_rdf(out, names, p)
    return facts


def check_sentences(src, facts, p):
    """`kabar sentences` rows: 6 fields, cleaned doc names; each evidence of
    facts.tsv is the text of a sentence of its document."""
    r = subprocess.run([KABAR, "sentences", src], capture_output=True)
    if not p.check(r.returncode == 0, "sentences failed (%d)" % r.returncode):
        return
    path = os.path.join(os.path.dirname(src), b"sentences.tsv")
    with open(path, "wb") as f:
        f.write(r.stdout)
    rows = read_tsv(path, 6, p)
    texts = {(row[0], row[5]) for row in rows}
    p.check({row[0] for row in rows} == {clean(HOSTILE), clean(PLAIN)},
            "sentences: documents %r" % {row[0] for row in rows})
    p.check(any("\u0085" in t for t in TEXT.decode().split(".")) and
            any("bertemu Presiden" in t for _, t in texts), "sentences: the NEL is not inside one")
    for f in facts:
        p.check((f[0], f[8]) in texts, "facts.tsv: evidence %r is no sentence of %r" % (f[8], f[0]))


def check_rdf(out, names, p):
    """kabar:fileName in kb.nt is the cleaned document name."""
    try:
        import rdflib
    except ImportError:
        p.append("rdflib is missing: run scripts/setup.sh")
        return
    g = rdflib.Graph()
    g.parse(os.path.join(out, "kb.nt"), format="nt")
    got = {str(o) for _, pr, o in g if str(pr).endswith("#fileName")}
    p.check(got == names, "kb.nt: fileName %r, want %r" % (got, names))


def report(p):
    for msg in p:
        print("FAIL:", msg)
    print("%d problems" % len(p))
    return 1 if p else 0


if __name__ == "__main__":
    sys.exit(main())
