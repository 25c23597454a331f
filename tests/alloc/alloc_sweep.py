#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fault injection over `kabar export`: runs it once to count its
allocations, then again with the N-th allocation failing for the first 200
N and 300 more spread over the whole run. Each run must either exit 4 with
one line on stderr ("kabar: ...", out of memory or the failing library's own words) and leave neither the output
directory nor anything else behind, or exit 0 with every output file
byte-identical to the run without failures. A crash, a hang or any other
outcome fails the test.

usage: alloc_sweep.py KABAR SHIM INPUT WORKDIR
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys

# Failures inside a third-party library that kabar cannot catch: (library,
# a function that must be on the failing allocation's stack, what happens).
# A run that crashes is rerun with the stack printed; it counts as this
# known exception only when that function is on it.
KNOWN_EXCEPTIONS = [
    ("igraph 0.10.2 (Debian 12)", "igraph_closeness_cutoff",
     "a failed allocation in its lazy incidence list is reported, then the function's own "
     "clean-up crashes (SIGSEGV) before returning to kabar"),
    ("igraph 0.10.2 (Debian 12)", "igraph_harmonic_centrality_cutoff",
     "the same lazy incidence list: a failed allocation there crashes (SIGSEGV) in "
     "igraph_i_lazy_inclist_get_real before returning to kabar"),
    ("igraph 0.10.2 (Debian 12)", "igraph_hub_and_authority_scores",
     "a failed allocation while it builds its incidence list (igraph_inclist_init) crashes "
     "(SIGSEGV) in igraph_vector_int_init before returning to kabar"),
    ("igraph 0.10.2 (Debian 12)", "igraph_community_leiden",
     "a failed allocation in igraph_create while it aggregates the graph is reported, but the "
     "heap is already corrupt when the function returns to kabar (shown under gdb: a malloc "
     "right after the call aborts in malloc_consolidate)"),
]

# Libraries that report a failed allocation and exit themselves: (library,
# the start of what they print, what happens). A run that exits so counts as
# that known exception.
KNOWN_EXITS = [
    ("libgomp (GCC 12)", "libgomp: Out of memory",
     "the OpenMP runtime, started when the metrics pin igraph's threads, reports a failed "
     "allocation and calls exit(1) itself (gomp_fatal); nothing returns to kabar"),
]

FIRST, SPREAD, TIMEOUT = 200, 300, 30


def run(kabar, shim, inp, root, n, count_file=None, trace=False):
    """Runs export in root/run (created fresh) with allocation n failing."""
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    env = dict(os.environ, LD_PRELOAD=shim, KABAR_FAIL_ALLOC=str(n))
    if count_file:
        env["KABAR_ALLOC_COUNT"] = count_file
    if trace:
        env["KABAR_FAIL_ALLOC_TRACE"] = "1"
    out = os.path.join(root, "out")
    try:
        # One job: with more, the writer threads' allocations interleave with the
        # main thread's, so the N-th allocation differs from run to run and a
        # crash could not be matched to its known exception by the rerun.
        p = subprocess.run([kabar, "export", "-q", "--jobs", "1", "--rdf", "ntriples", "-o", out, inp],
                           env=env, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", out
    return p.returncode, p.stderr, out


def read_tree(d):
    files = {}
    for base, _, names in os.walk(d):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, d)] = f.read()
    return files


def judge(n, rc, stderr, out, root, reference):
    """None when run n behaved, else what went wrong."""
    if rc is None:
        return "hung (no exit within %ds)" % TIMEOUT
    if rc == 0:
        got = read_tree(out) if os.path.isdir(out) else {}
        if got != reference:
            differ = sorted(k for k in set(got) | set(reference) if got.get(k) != reference.get(k))
            return "exit 0 with different output: %s" % ", ".join(differ)
        return None
    text = stderr.decode("utf-8", "replace")
    lines = text.splitlines()
    for lib, start, _ in KNOWN_EXITS:
        if rc == 1 and [l for l in lines if l.strip()] == [l for l in lines if l.startswith(start)] != []:
            print("allocation %d failing: %s exits itself: known" % (n, lib))
            return None
    if rc != 4:
        return "exit %d: %s" % (rc, text.strip()[:300])
    # Exit 4 is "out of memory or a library failure" (README): a library
    # that cannot start for want of memory may say so in its own words.
    if len(lines) != 1 or not lines[0].startswith("kabar: "):
        return "exit 4 but stderr is not one 'kabar: ...' line: %r" % text[:300]
    left = os.listdir(root)
    if left:
        return "exit 4 but left behind: %s" % ", ".join(sorted(left))
    return None


def main():
    kabar, shim, inp, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    count_file = os.path.join(work, "count")
    rc, stderr, out = run(kabar, shim, inp, os.path.join(work, "ref"), 0, count_file)
    if rc != 0:
        print("reference run failed: exit %s: %s" % (rc, stderr.decode(errors="replace")))
        return 1
    reference = read_tree(out)
    with open(count_file) as f:
        total = int(f.read())
    spread = {1 + i * (total - 1) // (SPREAD - 1) for i in range(SPREAD)}
    points = sorted(set(range(1, min(FIRST, total) + 1)) | spread)
    print("%d allocations in the reference run; %d runs" % (total, len(points)))

    def one(n):
        root = os.path.join(work, "n%d" % n)
        rc, stderr, out = run(kabar, shim, inp, root, n)
        problem = judge(n, rc, stderr, out, root, reference)
        if problem and rc is not None and rc < 0:
            _, trace, _ = run(kabar, shim, inp, root, n, trace=True)
            for lib, function, _ in KNOWN_EXCEPTIONS:
                if function.encode() in trace:
                    print("allocation %d failing: crash in %s (%s): known" % (n, function, lib))
                    problem = None
        if problem is None:
            shutil.rmtree(root, ignore_errors=True)
        return n, rc, problem

    failures, outcomes = [], {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for n, rc, problem in pool.map(one, points):
            outcomes[rc] = outcomes.get(rc, 0) + 1
            if problem:
                failures.append((n, problem))
    print("outcomes by exit code: %s" % outcomes)
    for lib, function, what in KNOWN_EXCEPTIONS:
        print("known exception (%s, %s): %s" % (lib, function, what))
    for lib, _, what in KNOWN_EXITS:
        print("known exception (%s): %s" % (lib, what))
    for n, problem in failures:
        print("allocation %d failing: %s (rerun: KABAR_FAIL_ALLOC=%d LD_PRELOAD=%s %s export -q "
              "--jobs 1 --rdf ntriples -o OUT %s)" % (n, problem, n, shim, kabar, inp))
    print("%d of %d runs misbehaved" % (len(failures), len(points)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
