# SPDX-License-Identifier: MIT
"""Throughput of the whole kabar pipeline on a generated corpus.

Makes a synthetic corpus by recombining the paragraphs of the bundled
articles (deterministically: runs of consecutive paragraphs of one article,
so that names and their short forms stay together, drawn with a seeded
random generator), writes it to a temporary directory (documents spread over
subdirectories, as a crawl would), then times

  kabar export -q --rdf ntriples   (everything, RDF as N-Triples)
  kabar export -q --rdf none       (extraction, TSV, graph files and metrics)
  kabar sentences                  (reading and sentence splitting only)

and prints documents, MB, seconds, MB/s, documents/s and peak RSS of each
run. Times come from /usr/bin/time -v when it is installed, else from
wait4()'s rusage of the child. It checks that every run succeeded and that
the export found entities and facts; it asserts nothing about time.

usage: bench_pipeline.py KABAR CORPUS_DIR [--docs N] [--doc-kb K] [--seed S]
                         [--runs R] [--keep DIR]
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

TIME = "/usr/bin/time"


def paragraphs(corpus):
    arts = []
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                paras = [p.strip() for p in f.read().split("\n") if p.strip()]
            if paras:
                arts.append(paras)
    if not arts:
        sys.exit("bench_pipeline: no .txt articles in %s" % corpus)
    return arts


def generate(corpus, dest, n_docs, doc_bytes, seed):
    """Writes n_docs documents of about doc_bytes each; returns total bytes."""
    arts = paragraphs(corpus)
    rnd = random.Random(seed)
    total = 0
    for i in range(n_docs):
        art = arts[rnd.randrange(len(arts))]
        # A title: the first sentence of some paragraph, like a headline.
        title = re.split(r"(?<=[.?!])\s", art[rnd.randrange(len(art))])[0]
        parts = [title]
        size = len(title.encode())
        while size < doc_bytes:
            art = arts[rnd.randrange(len(arts))]
            start = rnd.randrange(len(art))
            for p in art[start:start + rnd.randint(2, 6)]:
                parts.append(p)
                size += len(p.encode()) + 1
        data = ("\n".join(parts) + "\n").encode()
        sub = os.path.join(dest, "part%03d" % (i // 500))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "doc%05d.txt" % i), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def timed(argv, stdout=subprocess.DEVNULL):
    """Runs argv; returns (exit code, wall s, user s, sys s, peak RSS KiB, stderr)."""
    if os.access(TIME, os.X_OK):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            t0 = time.monotonic()
            r = subprocess.run([TIME, "-v", "-o", tf.name] + argv, stdout=stdout,
                               stderr=subprocess.PIPE)
            wall = time.monotonic() - t0
            rep = tf.read()

        def field(label):
            m = re.search(r"^\s*" + re.escape(label) + r": (.*)$", rep, re.M)
            return m.group(1) if m else None
        # wall: measured here (time -v rounds it to 10 ms)
        code = int(field("Exit status") or r.returncode)
        return (code, wall, float(field("User time (seconds)") or 0),
                float(field("System time (seconds)") or 0),
                int(field("Maximum resident set size (kbytes)") or 0),
                r.stderr.decode(errors="replace"))
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return (p.returncode, wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss,
            err.decode(errors="replace"))


def dir_bytes(d):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kabar")
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--doc-kb", type=float, default=8.0, help="approximate size of a document")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1, help="runs of each command; the best is shown")
    ap.add_argument("--keep", help="generate the corpus here and keep it")
    a = ap.parse_args()
    kabar = os.path.abspath(a.kabar)

    tmp = tempfile.mkdtemp(prefix="kabar-bench-")
    try:
        src = a.keep or os.path.join(tmp, "corpus")
        os.makedirs(src, exist_ok=True)
        t0 = time.monotonic()
        total = generate(a.corpus, src, a.docs, int(a.doc_kb * 1024), a.seed)
        mb = total / 1e6
        print("corpus: %d documents, %.1f MB (%.1f KB each), generated in %.1f s, in %s" %
              (a.docs, mb, total / a.docs / 1e3, time.monotonic() - t0, src))
        print("timer: %s" % ("/usr/bin/time -v" if os.access(TIME, os.X_OK) else "wait4 rusage"))

        runs = [
            ("export --rdf ntriples", ["export", "-q", "--rdf", "ntriples", "-o", "OUT", src]),
            ("export --rdf none", ["export", "-q", "--rdf", "none", "-o", "OUT", src]),
            ("sentences", ["sentences", src]),
        ]
        print("\n%-22s %8s %8s %8s %8s %9s %9s %10s" %
              ("command", "wall s", "user s", "sys s", "MB/s", "docs/s", "peak MB", "output MB"))
        failed = 0
        for name, args in runs:
            best = None
            for k in range(a.runs):
                out = os.path.join(tmp, "out-%d" % k)
                argv = [kabar] + [out if x == "OUT" else x for x in args]
                code, wall, user, syst, rss, err = timed(argv)
                if code != 0:
                    print("FAIL %s: exit %d: %s" % (name, code, err.strip()[-1000:]))
                    failed += 1
                    break
                out_mb = dir_bytes(out) / 1e6 if os.path.isdir(out) else 0.0
                if args[0] == "export":
                    with open(os.path.join(out, "entities.tsv"), encoding="utf-8") as f:
                        n_ent = sum(1 for _ in f) - 1
                    with open(os.path.join(out, "facts.tsv"), encoding="utf-8") as f:
                        n_fact = sum(1 for _ in f) - 1
                    if n_ent <= 0 or n_fact <= 0:
                        print("FAIL %s: %d entities, %d facts" % (name, n_ent, n_fact))
                        failed += 1
                    name_note = " (%d entities, %d fact mentions)" % (n_ent, n_fact)
                else:
                    name_note = ""
                if best is None or wall < best[0]:
                    best = (wall, user, syst, rss, out_mb, name_note)
                shutil.rmtree(out, ignore_errors=True)
            if best:
                wall, user, syst, rss, out_mb, note = best
                w = max(wall, 1e-9)
                print("%-22s %8.2f %8.2f %8.2f %8.2f %9.0f %9.1f %10.1f%s" %
                      (name, wall, user, syst, mb / w, a.docs / w, rss / 1024, out_mb, note))
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


sys.exit(main())
