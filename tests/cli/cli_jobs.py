# SPDX-License-Identifier: MIT
"""--jobs N: the same bytes for any number of threads.

- the real texts (many documents, people named in one and met again in
  later ones) exported with --jobs 1, 2, 3 and 4 with Turtle and N-Triples:
  every output file identical, metrics.json included;
- a person named in full in one document and by surname in the next, in
  one batch: resolved with --jobs 4 as with --jobs 1;
- with inputs that fail between them (--keep-going): the same exit code,
  stderr, skipped.tsv and outputs for --jobs 1 and 4; without
  --keep-going, the same error and nothing written;
- more threads than documents (the bundled corpus with --jobs 16);
- kabar metrics on the real texts: the same output for --jobs 1 and 4;
- --jobs 0, -1, x, 2x, empty and too many: a usage error naming --jobs.

usage: cli_jobs.py KABAR DATA_DIR TEXTS_DIR
"""
import filecmp
import json
import os
import shutil
import sys
import tempfile

import clitest
from clitest import report, run

KABAR, DATA, TEXTS = (os.path.abspath(a) for a in sys.argv[1:4])
CORPUS = os.path.join(DATA, "corpus")


def export(out, inputs, jobs, *extra):
    return run([KABAR, "export", "--jobs", str(jobs), "-o", out] + list(extra) + inputs,
               timeout=600)


def differences(a, b):
    """Output files missing on one side or not byte-identical."""
    fa, fb = sorted(os.listdir(a)), sorted(os.listdir(b))
    if fa != fb:
        return ["files differ: %s vs %s" % (fa, fb)]
    _, mismatch, errors = filecmp.cmpfiles(a, b, fa, shallow=False)
    return ["%s differs" % n for n in mismatch + errors]


def main():
    with tempfile.TemporaryDirectory(prefix="kabar-jobs-") as tmp:
        # Many documents: several batches whatever the thread count.
        ref = os.path.join(tmp, "j1")
        code, _, err = export(ref, [TEXTS], 1, "-q", "--rdf", "turtle,ntriples")
        report("real texts, --jobs 1", ["exit %d: %s" % (code, err)] if code else [])
        if code:
            return clitest.summary()
        names = set(os.listdir(ref))
        want = {"kb.ttl", "kb.nt", "metrics.json", "facts.tsv", "entities.tsv"}
        report("real texts: the outputs are there", [] if want <= names else
               ["missing %s" % sorted(want - names)])
        for jobs in (2, 3, 4):
            out = os.path.join(tmp, "j%d" % jobs)
            code, _, err = export(out, [TEXTS], jobs, "-q", "--rdf", "turtle,ntriples")
            problems = ["exit %d: %s" % (code, err)] if code else differences(ref, out)
            report("real texts, --jobs %d: every file as with --jobs 1" % jobs, problems)

        # A person named in full in one document and by the family name
        # alone in the next, both in one batch: the second is extracted
        # again once the first is merged, as a serial run reads it.
        pair = os.path.join(tmp, "pair")
        os.makedirs(pair)
        with open(os.path.join(pair, "a1.txt"), "w", encoding="utf-8") as f:
            f.write("Menteri Luar Negeri Indonesia Rahmat Sukandar mengunjungi Beijing pada "
                    "hari Senin.\n\nSukandar bertemu dengan Menteri Luar Negeri Tiongkok di "
                    "Beijing.\n")
        with open(os.path.join(pair, "a2.txt"), "w", encoding="utf-8") as f:
            f.write("Sukandar mengunjungi Tokyo pada hari Selasa.\n\nDi Tokyo, Sukandar "
                    "menandatangani perjanjian dengan Jepang.\n")
        outs = {}
        for jobs in (1, 4):
            outs[jobs] = os.path.join(tmp, "pair%d" % jobs)
            code, _, err = export(outs[jobs], [pair], jobs, "-q", "--rdf", "turtle")
            if code:
                report("a surname met in the next document, --jobs %d" % jobs,
                       ["exit %d: %s" % (code, err)])
                return clitest.summary()
        with open(os.path.join(outs[4], "facts.tsv"), encoding="utf-8") as f:
            rows = [r.split("\t") for r in f.read().splitlines()[1:]]
        problems = differences(outs[1], outs[4])
        if not any(r[0] == "a2" and r[2] == "Rahmat Sukandar" for r in rows):
            problems.append("a2's facts do not name Rahmat Sukandar: %s" % rows)
        report("a surname met in the next document of the batch: resolved as in a serial run",
               problems)

        # Bad inputs among good ones, a repeated file and a repeated name:
        # messages and skipped.tsv in input order.
        bad = os.path.join(tmp, "bad")
        os.makedirs(os.path.join(bad, "again"))
        texts = sorted(os.listdir(TEXTS))
        inputs = []
        for i, name in enumerate(texts[:40]):
            inputs.append(os.path.join(TEXTS, name))
            if i % 9 == 4:
                empty = os.path.join(bad, "empty%d.txt" % i)
                open(empty, "w").close()
                inputs.append(empty)
            if i % 13 == 6:
                inputs.append(os.path.join(bad, "missing%d.txt" % i))
        inputs.insert(25, os.path.join(TEXTS, texts[3]))  # the same bytes again
        shutil.copy(os.path.join(TEXTS, texts[5]), os.path.join(bad, "again", texts[5]))
        with open(os.path.join(bad, "again", texts[5]), "a") as f:
            f.write("\nSalinan.\n")
        inputs.insert(30, os.path.join(bad, "again", texts[5]))  # the same name
        runs = {}
        for jobs in (1, 4):
            out = os.path.join(tmp, "kg%d" % jobs)
            runs[jobs] = (out,) + export(out, inputs, jobs, "--keep-going", "--rdf", "ntriples")
        (o1, c1, _, e1), (o4, c4, _, e4) = runs[1], runs[4]
        problems = []
        if c1 != 1:
            problems.append("--jobs 1 exit %d, not 1: %s" % (c1, e1))
        if (c1, e1.replace(o1, "OUT")) != (c4, e4.replace(o4, "OUT")):
            problems.append("exit or stderr differ:\n%s\n---\n%s" % (e1, e4))
        if not problems:
            problems = differences(o1, o4)
        report("--keep-going with bad inputs: the same messages, skipped.tsv and outputs",
               problems)
        for jobs in (1, 4):
            runs[jobs] = export(os.path.join(tmp, "stop%d" % jobs), inputs, jobs, "-q")
        (c1, _, e1), (c4, _, e4) = runs[1], runs[4]
        problems = [] if c1 == 1 and (c1, e1) == (c4, e4) else \
            ["exits %d and %d:\n%s---\n%s" % (c1, c4, e1, e4)]
        for jobs in (1, 4):
            if os.path.exists(os.path.join(tmp, "stop%d" % jobs)):
                problems.append("--jobs %d left an output directory" % jobs)
        report("a bad input without --keep-going: the same error, nothing written", problems)

        # More threads than documents.
        c_ref, c16 = os.path.join(tmp, "c1"), os.path.join(tmp, "c16")
        r1, r16 = export(c_ref, [CORPUS], 1, "--rdf", "all"), export(c16, [CORPUS], 16, "--rdf", "all")
        problems = ["exits %d, %d" % (r1[0], r16[0])] if r1[0] or r16[0] else []
        if r1[2].replace(c_ref, "OUT") != r16[2].replace(c16, "OUT"):
            problems.append("summaries differ: %s / %s" % (r1[2], r16[2]))
        report("bundled corpus, --jobs 16", problems or differences(c_ref, c16))

        # kabar metrics extracts with threads too.
        m1 = run([KABAR, "metrics", "--jobs", "1", "--top", "30", TEXTS], timeout=600)
        m4 = run([KABAR, "metrics", "--jobs", "4", "--top", "30", TEXTS], timeout=600)
        report("kabar metrics on the real texts, --jobs 1 and 4: the same output",
               ["exits %d, %d: %s" % (m1[0], m4[0], m1[2] + m4[2])] if m1[0] or m4[0] else
               [] if m1[1] == m4[1] else ["stdout differs"])
        code, _, err = run([KABAR, "metrics", "--jobs", "0", CORPUS])
        report("kabar metrics --jobs 0 refused", [] if code == 2 and "--jobs" in err else
               ["exit %d: %s" % (code, err)])

        # Refused values.
        for value in ("0", "-1", "x", "2x", "", "1025", "99999999999999999999"):
            out = os.path.join(tmp, "refused")
            code, _, err = run([KABAR, "export", "--jobs", value, "-o", out, CORPUS])
            problems = []
            if code != 2:
                problems.append("exit %d, not 2" % code)
            if "--jobs" not in err:
                problems.append("stderr does not name --jobs: %r" % err)
            if os.path.exists(out):
                problems.append("an output directory was written")
            report("--jobs %r refused" % value, problems)
        code, _, err = run([KABAR, "export", "-j0", "-o", os.path.join(tmp, "r2"), CORPUS])
        report("-j0 refused", [] if code == 2 and "--jobs" in err else
               ["exit %d: %s" % (code, err)])

        # --epsilon: the sampled metrics' target error (the graphs here are
        # small enough to be exact, so the outputs must not change).
        for value in ("0", "1", "-0.1", "x", "", "0.1x", "nan"):
            out = os.path.join(tmp, "eps-refused")
            code, _, err = run([KABAR, "export", "--epsilon", value, "-o", out, CORPUS])
            problems = []
            if code != 2:
                problems.append("exit %d, not 2" % code)
            if "--epsilon" not in err:
                problems.append("stderr does not name --epsilon: %r" % err)
            if os.path.exists(out):
                problems.append("an output directory was written")
            report("--epsilon %r refused" % value, problems)
        code, _, err = run([KABAR, "metrics", "--epsilon", "2", CORPUS])
        report("kabar metrics --epsilon 2 refused", [] if code == 2 and "--epsilon" in err else
               ["exit %d: %s" % (code, err)])
        e_out = os.path.join(tmp, "eps")
        code, _, err = run([KABAR, "export", "-q", "--rdf", "none", "--epsilon", "0.3", "-o", e_out,
                            CORPUS])
        problems = ["exit %d: %s" % (code, err)] if code else []
        if not problems:
            with open(os.path.join(e_out, "metrics.json"), encoding="utf-8") as f:
                methods = json.load(f).get("methods", {})
            for key in ("betweenness", "closeness", "harmonic"):
                m = methods.get(key)
                if not isinstance(m, dict) or m.get("method") != "exact":
                    problems.append("metrics.json: %s is %r, not exact" % (key, m))
        report("--epsilon 0.3 accepted; a small graph stays exact", problems)
    return clitest.summary()


sys.exit(main())
