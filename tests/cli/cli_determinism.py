# SPDX-License-Identifier: MIT
"""The same inputs give byte-identical outputs.

- the bundled corpus exported twice with --rdf all, into output directories
  of different names, from different working directories and with another
  time zone and locale: every file identical;
- the corpus directory named as a relative path with a trailing slash, and
  a copy of it whose files were created in another order: identical (a
  directory is walked in sorted order), but for the paths read from, which
  the RDF keeps as each document's kabar:source;
- the corpus files listed one by one in sorted order: identical to the
  directory;
- the files listed in reverse order (explicit files are processed in the
  order given, so facts.tsv lists them in that order): entities.tsv
  identical, and facts.tsv, facts.jsonl and mentions.tsv the same rows.

usage: cli_determinism.py KABAR DATA_DIR
"""
import filecmp
import os
import re
import shutil
import sys
import tempfile

import clitest
from clitest import report, run

KABAR, DATA = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CORPUS = os.path.join(DATA, "corpus")
EXPECTED = {"entities.tsv", "facts.tsv", "facts.jsonl", "mentions.tsv",
            "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv",
            "metrics.json", "kb.ttl", "kb.nt", "kb.nq", "kb.rdf"}


def export(out, inputs, cwd=None, env=None):
    code, _, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out] + inputs, cwd=cwd,
                        env=env)
    return code, serr


# kabar:source "PATH" in Turtle, N-Triples and N-Quads, and in RDF/XML.
SOURCE = re.compile(rb'((?:#source>|kabar:source) ")((?:[^"\\]|\\.)*)"|'
                    rb'(<kabar:source>)([^<]*)</kabar:source>')


def without_sources(path):
    """A file's bytes with every kabar:source value blanked, and the values."""
    with open(path, "rb") as f:
        data = f.read()
    found = [m.group(2) if m.group(1) else m.group(4) for m in SOURCE.finditer(data)]
    return SOURCE.sub(lambda m: m.group(1) + b'"' if m.group(1) else m.group(3), data), found


def same_files(a, b):
    """Problems: files missing on one side or differing in bytes (the RDF
    files but for kabar:source, the path each document was read from)."""
    problems = []
    fa, fb = set(os.listdir(a)), set(os.listdir(b))
    if fa != EXPECTED:
        problems.append("%s holds %s" % (a, sorted(fa)))
    if fa != fb:
        problems.append("file sets differ: %s" % sorted(fa ^ fb))
    _, mismatch, errors = filecmp.cmpfiles(a, b, sorted(fa & fb), shallow=False)
    for name in [m for m in mismatch if m.startswith("kb.")]:
        (da, sa), (db, sb) = without_sources(os.path.join(a, name)), \
            without_sources(os.path.join(b, name))
        if da == db and len(sa) == len(sb) == 5:
            mismatch.remove(name)  # only the paths differ
    if mismatch or errors:
        problems.append("differ: %s" % sorted(mismatch + errors))
    return problems


def rows(path, header=1):
    with open(path, encoding="utf-8") as f:
        return sorted(f.read().splitlines()[header:])


def main():
    with tempfile.TemporaryDirectory(prefix="kabar-det-") as tmp:
        ref = os.path.join(tmp, "ref")
        code, err = export(ref, [CORPUS])
        if code != 0:
            report("reference export", ["exit %d: %s" % (code, err)])
            return clitest.summary()

        def variant(name, out, inputs, cwd=None, env=None, compare=same_files):
            code, err = export(out, inputs, cwd, env)
            problems = ["exit %d: %s" % (code, err)] if code != 0 else compare(ref, out)
            report(name, problems)

        os.makedirs(os.path.join(tmp, "elsewhere", "deeper"))
        variant("second run, another output name and working directory",
                os.path.join(tmp, "elsewhere", "deeper", "zzz"), [CORPUS],
                cwd=os.path.join(tmp, "elsewhere"))
        variant("another time zone and locale", os.path.join(tmp, "tz"), [CORPUS],
                env={"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "LANG": "C"})
        variant("relative directory with a trailing slash", os.path.join(tmp, "rel-out"),
                [os.path.relpath(CORPUS, tmp) + "/"], cwd=tmp)

        # A copy whose files are created in reverse order (another readdir
        # order on most file systems), with a subdirectory holding one.
        copy = os.path.join(tmp, "copy")
        os.makedirs(copy)
        names = sorted(os.listdir(CORPUS))
        for name in reversed(names):
            shutil.copy(os.path.join(CORPUS, name), os.path.join(copy, name))
        variant("a copy of the corpus directory", os.path.join(tmp, "copy-out"), [copy])

        files = [os.path.join(CORPUS, n) for n in names]
        variant("files listed in sorted order", os.path.join(tmp, "files-out"), files)

        def entities_and_fact_rows(a, b):
            problems = []
            if not filecmp.cmp(os.path.join(a, "entities.tsv"), os.path.join(b, "entities.tsv"),
                               shallow=False):
                problems.append("entities.tsv differs")
            if rows(os.path.join(a, "facts.tsv")) != rows(os.path.join(b, "facts.tsv")):
                problems.append("facts.tsv has other rows")
            if rows(os.path.join(a, "mentions.tsv")) != rows(os.path.join(b, "mentions.tsv")):
                problems.append("mentions.tsv has other rows")
            # no header: every line is a row (fact_id does not depend on the order)
            if rows(os.path.join(a, "facts.jsonl"), 0) != rows(os.path.join(b, "facts.jsonl"), 0):
                problems.append("facts.jsonl has other rows")
            return problems

        variant("files listed in reverse order", os.path.join(tmp, "rev-out"), files[::-1],
                compare=entities_and_fact_rows)
    return clitest.summary()


sys.exit(main())
