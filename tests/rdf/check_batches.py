# SPDX-License-Identifier: MIT
"""Turtle written in batches (a fresh raptor2 serializer every N statements,
so that no serializer holds the corpus) says exactly what N-Triples says.

- the bundled corpus with KABAR_RDF_BATCH=7 (a batch every few subjects),
  all four formats and the entity mentions: kb.ttl holds many batches
  (many @prefix blocks); rapper and serdi parse it, with as many triples
  as kb.nt; the triples are the same (rapper's N-Triples of each, sorted;
  and rdflib's graphs); kb.rdf is still one rdf:RDF document;
- batching changes only the layout: the same triples without the variable;
- --jobs 1 and --jobs 2 write the same bytes with small batches;
- a realistic generated corpus (tests/bench/gen_corpus.py, about 1 MB) with
  the default batch size: several batches, and again the same triples as
  kb.nt;
- KABAR_RDF_BATCH=0, -3, x, 5x: a usage error naming it, nothing written.

usage: check_batches.py KABAR DATA_DIR GEN_CORPUS WORKDIR
"""
import os
import re
import shutil
import subprocess
import sys

import rdflib

KABAR, DATA, GEN, WORK = (os.path.abspath(a) for a in sys.argv[1:5])
CORPUS = os.path.join(DATA, "corpus")

failures = 0


def check(name, problems):
    global failures
    if problems:
        failures += 1
        print("FAIL: %s" % name, file=sys.stderr)
        for p in problems[:10]:
            print("  " + p, file=sys.stderr)
    else:
        print("ok: %s" % name)


def export(out, inputs, batch=None, rdf="turtle,ntriples", *extra):
    env = dict(os.environ)
    env.pop("KABAR_RDF_BATCH", None)
    if batch is not None:
        env["KABAR_RDF_BATCH"] = str(batch)
    shutil.rmtree(out, ignore_errors=True)
    r = subprocess.run([KABAR, "export", "-q", "--data", DATA, "--rdf", rdf, "-o", out] +
                       list(extra) + inputs, env=env, capture_output=True, text=True, timeout=900)
    return r.returncode, r.stderr


def canonical(path, syntax):
    """rapper's N-Triples of the file, sorted, and its complaints."""
    r = subprocess.run(["rapper", "-q", "-i", syntax, "-o", "ntriples", path],
                       capture_output=True)
    problems = []
    if r.returncode != 0 or r.stderr.strip():
        problems.append("rapper %s %s: exit %d: %s" % (syntax, path, r.returncode,
                                                       r.stderr.decode(errors="replace")[-300:]))
    return sorted(l for l in r.stdout.split(b"\n") if l.strip()), problems


def serdi_count(path, syntax):
    r = subprocess.run(["serdi", "-i", syntax, "-o", "ntriples", path], capture_output=True)
    if r.returncode != 0 or r.stderr.strip():
        return -1
    return sum(1 for l in r.stdout.split(b"\n") if l.strip())


def batches(ttl):
    with open(ttl, encoding="utf-8") as f:
        return sum(1 for l in f if l.startswith("@prefix kabar:"))


def same_triples(out, min_batches):
    """kb.ttl in at least min_batches batches, with kb.nt's triples."""
    ttl, nt = os.path.join(out, "kb.ttl"), os.path.join(out, "kb.nt")
    problems = []
    n = batches(ttl)
    if n < min_batches:
        problems.append("kb.ttl: %d batches, want at least %d" % (n, min_batches))
    t, pt = canonical(ttl, "turtle")
    a, pa = canonical(nt, "ntriples")
    problems += pt + pa
    if not a:
        problems.append("kb.nt: no triples")
    if t != a:
        only_t, only_a = set(t) - set(a), set(a) - set(t)
        problems.append("kb.ttl %d triples, kb.nt %d; only in kb.ttl %s; only in kb.nt %s" %
                        (len(t), len(a), sorted(only_t)[:2], sorted(only_a)[:2]))
    sc = serdi_count(ttl, "turtle")
    if sc != len(a):
        problems.append("serdi reads %d triples from kb.ttl, kb.nt has %d" % (sc, len(a)))
    return problems, t


def main():
    os.makedirs(WORK, exist_ok=True)

    # Many small batches on the bundled corpus.
    small = os.path.join(WORK, "small")
    code, err = export(small, [CORPUS], 7, "all", "--entity-mentions")
    if code:
        check("bundled corpus, KABAR_RDF_BATCH=7", ["exit %d: %s" % (code, err)])
        return 1
    problems, small_triples = same_triples(small, 20)
    check("bundled corpus, KABAR_RDF_BATCH=7: kb.ttl in batches, the triples of kb.nt", problems)

    # rdflib, a third parser, reads the batches as the same graph (kb.nt
    # through serdi's Turtle: rdflib's N-Triples parser mis-reads \u escapes).
    problems = []
    g_ttl = rdflib.Graph().parse(os.path.join(small, "kb.ttl"), format="turtle")
    r = subprocess.run(["serdi", "-i", "ntriples", "-o", "turtle", os.path.join(small, "kb.nt")],
                       capture_output=True)
    g_nt = rdflib.Graph().parse(data=r.stdout.decode("utf-8"), format="turtle")
    if set(g_ttl) != set(g_nt) or not len(g_ttl):
        problems.append("rdflib: kb.ttl %d triples, kb.nt %d, %d in common" %
                        (len(g_ttl), len(g_nt), len(set(g_ttl) & set(g_nt))))
    check("rdflib reads the batched kb.ttl as kb.nt", problems)

    # RDF/XML stays one document, with the same triples.
    problems = []
    rdf = os.path.join(small, "kb.rdf")
    with open(rdf, encoding="utf-8") as f:
        text = f.read()
    if text.count("<rdf:RDF") != 1 or text.count("</rdf:RDF>") != 1:
        problems.append("kb.rdf: %d rdf:RDF elements" % text.count("<rdf:RDF"))
    x, px = canonical(rdf, "rdfxml")
    problems += px
    if x != small_triples:
        problems.append("kb.rdf %d triples, kb.ttl %d" % (len(x), len(small_triples)))
    q, pq = canonical(os.path.join(small, "kb.nq"), "nquads")
    problems += pq
    if len(q) != len(small_triples):
        problems.append("kb.nq %d quads, kb.ttl %d triples" % (len(q), len(small_triples)))
    check("kb.rdf one document, kb.nq as many statements", problems)

    # The same triples whatever the batch size.
    whole = os.path.join(WORK, "whole")
    code, err = export(whole, [CORPUS], None, "all", "--entity-mentions")
    problems = ["exit %d: %s" % (code, err)] if code else []
    if not code:
        t, pt = canonical(os.path.join(whole, "kb.ttl"), "turtle")
        problems += pt
        if t != small_triples:
            problems.append("default batch %d triples, KABAR_RDF_BATCH=7 %d" %
                            (len(t), len(small_triples)))
        with open(os.path.join(whole, "kb.rdf"), "rb") as a, open(rdf, "rb") as b:
            if a.read() != b.read():
                problems.append("kb.rdf depends on the batch size")
    check("batching changes the layout only", problems)

    # Deterministic batches: --jobs 1 and 2 write the same bytes.
    problems = []
    j1, j2 = os.path.join(WORK, "j1"), os.path.join(WORK, "j2")
    for out, jobs in ((j1, 1), (j2, 2)):
        code, err = export(out, [CORPUS], 5, "turtle", "--jobs", str(jobs))
        if code:
            problems.append("--jobs %d: exit %d: %s" % (jobs, code, err))
    if not problems:
        with open(os.path.join(j1, "kb.ttl"), "rb") as a, open(os.path.join(j2, "kb.ttl"), "rb") as b:
            if a.read() != b.read():
                problems.append("kb.ttl differs between --jobs 1 and --jobs 2")
    check("batched kb.ttl the same for --jobs 1 and 2", problems)

    # A realistic corpus, the default batch size.
    corpus = os.path.join(WORK, "gen")
    shutil.rmtree(corpus, ignore_errors=True)
    r = subprocess.run([sys.executable, GEN, "--mb", "1", "--seed", "12", corpus],
                       capture_output=True, text=True)
    if r.returncode:
        check("gen_corpus.py --mb 1", ["exit %d: %s" % (r.returncode, r.stderr[-300:])])
        return 1
    big = os.path.join(WORK, "big")
    code, err = export(big, [corpus], None, "turtle,ntriples")
    problems = ["exit %d: %s" % (code, err)] if code else same_triples(big, 3)[0]
    check("realistic 1 MB corpus, default batch size: batches with the triples of kb.nt",
          problems)

    # A bad size is a usage error, not a silent default.
    for bad in ("0", "-3", "x", "5x"):
        out = os.path.join(WORK, "bad")
        code, err = export(out, [CORPUS], bad, "turtle")
        problems = []
        if code != 2 or "KABAR_RDF_BATCH" not in err:
            problems.append("exit %d, stderr %r" % (code, err[-200:]))
        if os.path.exists(os.path.join(out, "kb.ttl")):
            problems.append("kb.ttl written")
        check("KABAR_RDF_BATCH=%s refused" % bad, problems)

    shutil.rmtree(WORK, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
