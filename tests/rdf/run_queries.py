# SPDX-License-Identifier: MIT
"""Runs the example SPARQL queries (examples/queries/*.rq) on kabar's export
with several engines and compares each result with the hand-checked
expected file (examples/queries/expected/NAME.tsv):

  rdflib     loads kb.nq into a Dataset (named graphs kept);
  Oxigraph   (npm) loads kb.nq into a Store: a real triplestore;
  roqet      (rasqal) loads kb.nt as its default graph, for the queries whose
             "# engines:" line names it: those without GRAPH, property
             paths or EXISTS, which rasqal does not run on N-Quads.

Each result is rendered as TSV: a header of variable names, one row per
solution, IRIs as id:PATH (under the base) / kabar:NAME / <IRI>, literals as
text@lang or text^^xsd:type (plain strings bare), unbound as empty. Rows are
compared in order when the query has ORDER BY, else sorted.

usage: run_queries.py QUERIES_DIR EXPORT_DIR JS_DIR [EXPECTED_SUBDIR]
       run_queries.py QUERIES_DIR EXPORT_DIR JS_DIR --agree KABAR_BIN
The second form first runs `KABAR_BIN export` on the bundled corpus into
EXPORT_DIR and checks only that the engines agree with one another (the
corpus answers change as the extractor improves; the fixture's are fixed).
"""
import glob
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import rdflib

BASE = "http://kabar.example.org/id/"
KABAR = "https://w3id.org/kabar/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"

failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg, file=sys.stderr)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def render(kind, value, lang=None, datatype=None):
    if kind is None:
        return ""
    if kind == "uri":
        for prefix, short in ((BASE, "id:"), (KABAR, "kabar:")):
            if value.startswith(prefix):
                return short + value[len(prefix):]
        return f"<{value}>"
    if kind == "bnode":
        return "_:b"
    text = esc(value)
    if lang:
        return f"{text}@{lang.lower()}"
    if datatype and datatype != XSD + "string":
        return text + "^^" + ("xsd:" + datatype[len(XSD):] if datatype.startswith(XSD) else f"<{datatype}>")
    return text


def from_json(res):
    """SPARQL JSON results -> (variables, rows)."""
    variables = res["head"]["vars"]
    rows = []
    for b in res["results"]["bindings"]:
        row = []
        for v in variables:
            t = b.get(v)
            if t is None:
                row.append("")
                continue
            kind = {"literal": "literal", "typed-literal": "literal"}.get(t["type"], t["type"])
            row.append(render(kind, t["value"], t.get("xml:lang"), t.get("datatype")))
        rows.append(row)
    return variables, rows


def from_xml(text):
    """SPARQL XML results (roqet) -> (variables, rows)."""
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(text)
    variables = [v.get("name") for v in root.find("r:head", ns).findall("r:variable", ns)]
    rows = []
    for result in root.find("r:results", ns).findall("r:result", ns):
        cells = {}
        for b in result.findall("r:binding", ns):
            t = list(b)[0]
            tag = t.tag.split("}")[1]
            if tag == "uri":
                cells[b.get("name")] = render("uri", t.text or "")
            elif tag == "literal":
                cells[b.get("name")] = render("literal", t.text or "",
                                              t.get("{http://www.w3.org/XML/1998/namespace}lang"),
                                              t.get("datatype"))
            elif tag == "bnode":
                cells[b.get("name")] = "_:b"
        rows.append([cells.get(v, "") for v in variables])
    return variables, rows


def run_rdflib(ds, path):
    res = ds.query(open(path, encoding="utf-8").read())
    return from_json(json.loads(res.serialize(format="json")))


def run_roqet(nt, path):
    r = subprocess.run(["roqet", "-q", "-r", "xml", "-D", nt, path], capture_output=True, text=True)
    # exit 2 means warnings only: rasqal warns about its own internal
    # variable for every aggregate ("$$agg$$0 ... not bound")
    if r.returncode not in (0, 2) or r.stderr.strip():
        raise RuntimeError(f"roqet exit {r.returncode}: {r.stderr.strip()[-400:]}")
    return from_xml(r.stdout)


def engines_of(path):
    m = re.search(r"^# engines:(.*)$", open(path, encoding="utf-8").read(), re.M)
    return m.group(1).split() if m else ["rdflib", "oxigraph"]


def read_expected(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def main():
    qdir, export, jsdir = sys.argv[1:4]
    agree = len(sys.argv) > 5 and sys.argv[4] == "--agree"
    expected_dir = os.path.join(qdir, sys.argv[4] if len(sys.argv) > 4 and not agree else "expected")
    if agree:
        os.makedirs(export, exist_ok=True)
        r = subprocess.run([sys.argv[5], "export", "-q", "--rdf", "nquads,ntriples", "-o", export],
                           capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"kabar export: exit {r.returncode}: {r.stderr.strip()[-400:]}")
            sys.exit(1)
    queries = sorted(glob.glob(os.path.join(qdir, "*.rq")))
    if len(queries) < 8:
        fail(f"only {len(queries)} queries in {qdir}")
    nq, nt = os.path.join(export, "kb.nq"), os.path.join(export, "kb.nt")

    ds = rdflib.Dataset()
    ds.parse(nq, format="nquads", publicID="urn:x-kabar-test:default-graph")
    # rdflib 6.1 puts the unnamed quads into a graph named by publicID:
    # move them to the default graph, where SPARQL looks for them.
    default_ctx = ds.graph(rdflib.URIRef("urn:x-kabar-test:default-graph"))
    for t in list(default_ctx):
        ds.default_context.add(t)
    ds.remove_graph(default_ctx)

    if not os.path.isdir(os.path.join(jsdir, "node_modules")):
        fail(f"{jsdir}/node_modules is missing: run scripts/setup.sh")
        ox = {}
    else:
        r = subprocess.run(["node", os.path.join(jsdir, "query.mjs"), nq] + queries,
                           capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"node query.mjs: exit {r.returncode}: {r.stderr.strip()[-600:]}")
            ox = {}
        else:
            ox = json.loads(r.stdout)

    for q in queries:
        name = os.path.splitext(os.path.basename(q))[0]
        exp_path = os.path.join(expected_dir, name + ".tsv")
        if agree:
            exp_path = "rdflib's result"
            want_vars, want_rows = run_rdflib(ds, q)
        elif not os.path.exists(exp_path):
            fail(f"{name}: no expected result {exp_path}")
            continue
        else:
            want_vars, want_rows = read_expected(exp_path)
        # Engines may order ties differently: when comparing two engines on an
        # export whose ORDER BY keys need not be unique, compare as multisets.
        ordered = not agree and re.search(r"\bORDER\s+BY\b", open(q, encoding="utf-8").read(),
                                          re.I) is not None
        engines = engines_of(q)
        for engine in engines:
            try:
                if engine == "rdflib":
                    got_vars, got_rows = run_rdflib(ds, q)
                elif engine == "oxigraph":
                    res = ox.get(q)
                    if res is None:
                        raise RuntimeError("not run")
                    if "error" in res:
                        raise RuntimeError(res["error"])
                    got_vars, got_rows = from_json(res)
                elif engine == "roqet":
                    got_vars, got_rows = run_roqet(nt, q)
                else:
                    raise RuntimeError(f"unknown engine {engine}")
            except Exception as e:
                fail(f"{name} on {engine}: {e}")
                continue
            a, b = (got_rows, want_rows) if ordered else (sorted(got_rows), sorted(want_rows))
            if got_vars != want_vars or a != b:
                fail(f"{name} on {engine}: result differs from {exp_path}\n  got:  "
                     + "\n        ".join("\t".join(r) for r in [got_vars] + a)
                     + "\n  want: " + "\n        ".join("\t".join(r) for r in [want_vars] + b))
            else:
                print(f"{name}: {engine}: {len(got_rows)} rows as expected")
    if failures:
        print(f"{failures} failures", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
