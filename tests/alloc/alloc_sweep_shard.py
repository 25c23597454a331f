#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fault injection over `kabar extract` and `kabar merge`, as alloc_sweep.py
does over export: with the N-th allocation failing (the first 100 N and 150
more spread over the run), each run must either exit 4 with one
"kabar ...: " line on stderr and leave nothing behind (no part, no
temporary part, no output or staging directory), or exit 0 with output
byte-identical to the run without failures. The merge's second part holds
a document that is extracted again (a person of the first part's), so the
sweep passes through that path too.

usage: alloc_sweep_shard.py KABAR SHIM CORPUS_DIR WORKDIR
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys

from alloc_sweep import KNOWN_EXCEPTIONS, read_tree

FIRST, SPREAD, TIMEOUT = 100, 150, 30


def main():
    kabar, shim, corpus, work = sys.argv[1:5]
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    first = os.path.join(corpus, "003_e5c05710ac3221a6.txt")
    later = os.path.join(work, "later.txt")
    with open(later, "w", encoding="utf-8") as f:
        # "Lavrov" alone: the person the first part's document names in full
        f.write("Jakarta, 6 Maret 2024 - Lavrov kemudian bertemu Menteri Luar Negeri "
                "Indonesia Retno Marsudi di Jakarta. Marsudi menolak tuduhan Rusia.\n")
    parts = [os.path.join(work, "1.part"), os.path.join(work, "2.part")]
    for part, inp in zip(parts, (first, later)):
        subprocess.run([kabar, "extract", "-q", "-o", part, inp], check=True)

    commands = {
        "extract": lambda root: [kabar, "extract", "-q", "-o", os.path.join(root, "out", "x.part"),
                                 first, later],
        # One job, as alloc_sweep.py: the merge's writer threads would make the
        # N-th allocation differ from run to run.
        "merge": lambda root: [kabar, "merge", "-q", "--jobs", "1", "--rdf", "ntriples", "-o",
                               os.path.join(root, "out"), parts[0], parts[1]],
    }

    def run(mode, n, count_file=None, trace=False):
        root = os.path.join(work, "%s%d" % (mode, n))
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)
        if mode == "extract":
            os.mkdir(os.path.join(root, "out"))  # the part's directory, there before
        env = dict(os.environ, LD_PRELOAD=shim, KABAR_FAIL_ALLOC=str(n))
        if count_file:
            env["KABAR_ALLOC_COUNT"] = count_file
        if trace:
            env["KABAR_FAIL_ALLOC_TRACE"] = "1"
        try:
            p = subprocess.run(commands[mode](root), env=env, capture_output=True,
                               timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return None, b"", root
        return p.returncode, p.stderr, root

    def judge(mode, rc, stderr, root, reference):
        out = os.path.join(root, "out")
        if rc is None:
            return "hung (no exit within %ds)" % TIMEOUT
        if rc == 0:
            got = read_tree(out) if os.path.isdir(out) else {}
            return None if got == reference else "exit 0 with other output"
        text = stderr.decode("utf-8", "replace")
        if rc != 4:
            return "exit %d: %s" % (rc, text.strip()[:300])
        if len(text.splitlines()) != 1 or not text.startswith("kabar "):
            return "exit 4 but stderr is not one 'kabar ...' line: %r" % text[:300]
        left = os.listdir(out) if mode == "extract" else os.listdir(root)
        return "exit 4 but left behind: %s" % left if left else None

    failures = 0
    for mode in ("extract", "merge"):
        count_file = os.path.join(work, mode + ".count")
        rc, stderr, root = run(mode, 0, count_file)
        if rc != 0:
            print("%s: reference run failed: exit %s: %s" % (mode, rc, stderr.decode()))
            return 1
        reference = read_tree(os.path.join(root, "out"))
        with open(count_file) as f:
            total = int(f.read())
        spread = {1 + i * (total - 1) // (SPREAD - 1) for i in range(SPREAD)}
        points = sorted(set(range(1, min(FIRST, total) + 1)) | spread)
        print("%s: %d allocations in the reference run; %d runs" % (mode, total, len(points)))

        def one(n, mode=mode, reference=reference):
            rc, stderr, root = run(mode, n)
            problem = judge(mode, rc, stderr, root, reference)
            if problem and rc is not None and rc < 0:
                _, trace, _ = run(mode, n, trace=True)
                for lib, function, _ in KNOWN_EXCEPTIONS:
                    if function.encode() in trace:
                        print("%s: allocation %d failing: crash in %s (%s): known"
                              % (mode, n, function, lib))
                        problem = None
            shutil.rmtree(root, ignore_errors=True)
            return n, rc, problem

        outcomes = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for n, rc, problem in pool.map(one, points):
                outcomes[rc] = outcomes.get(rc, 0) + 1
                if problem:
                    failures += 1
                    print("%s: allocation %d failing: %s (rerun: KABAR_FAIL_ALLOC=%d "
                          "LD_PRELOAD=%s ...)" % (mode, n, problem, n, shim))
        print("%s: outcomes by exit code: %s" % (mode, outcomes))
    print("%d runs misbehaved" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
