# SPDX-License-Identifier: MIT
"""The examples that run kabar past one machine, end to end on this one:
examples/parallel/run.sh through GNU parallel (the local ':' host), and
examples/slurm/submit.sh on a single-node Slurm cluster the test starts
itself (tests/examples/slurm_cluster.py). Each must write the same bytes as
one kabar export of the inputs, and a shard that fails must fail the run
and leave no output directory.

usage: examples_shards.py parallel|slurm KABAR SOURCE_DIR
Exits 77 (ctest's SKIP_RETURN_CODE) with the reason when GNU parallel, or
Slurm (root, its binaries, daemons that start), is not there.
"""
import filecmp
import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MODE, KABAR, SRC = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
SKIP = 77
failures = 0
# Every command's timeout is cut to what is left of this budget, so that
# the test ends (and stops its daemons) before ctest's TIMEOUT.
DEADLINE = time.monotonic() + 150


def report(name, problems):
    global failures
    if problems:
        failures += 1
        print("FAIL %s: %s" % (name, "; ".join(problems)))
    else:
        print("ok   %s" % name)


def run(argv, env=None, timeout=90, cwd=None):
    left = DEADLINE - time.monotonic()
    if left < 1:
        raise TimeoutError("out of time before %s" % argv[0])
    r = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                       env=env, timeout=min(timeout, left), cwd=cwd)
    return r.returncode, r.stdout + r.stderr


def differences(a, b):
    fa, fb = sorted(os.listdir(a)), sorted(os.listdir(b))
    if fa != fb:
        return ["files differ: %s vs %s" % (fa, fb)]
    _, mismatch, errors = filecmp.cmpfiles(a, b, fa, shallow=False)
    return ["%s differs" % n for n in mismatch + errors]


def inputs():
    """The bundled corpus and the real texts, as directories (the examples
    list them as kabar does)."""
    return [os.path.join(SRC, "data", "corpus"), os.path.join(SRC, "tests", "quality", "real",
                                                              "texts")]


def reference(tmp, extract_opts, merge_opts):
    out = os.path.join(tmp, "export")
    code, msg = run([KABAR, "export", "-q", "--jobs", "1", "-o", out] + extract_opts +
                    merge_opts + inputs(), timeout=300)
    report("kabar export of the inputs", ["exit %d: %s" % (code, msg)] if code else [])
    return None if code else out


def broken_input(tmp):
    """A directory of inputs whose last is empty: its extract fails."""
    d = os.path.join(tmp, "broken")
    os.mkdir(d)
    for f in sorted(os.listdir(os.path.join(SRC, "data", "corpus"))):
        shutil.copy(os.path.join(SRC, "data", "corpus", f), d)
    open(os.path.join(d, "zz-empty.txt"), "w").close()
    return d


def parallel(tmp):
    if not shutil.which("parallel"):
        print("SKIP: GNU parallel is not installed (Debian package parallel)")
        return SKIP
    extract_opts, merge_opts = ["--date", "2024"], ["--rdf", "all", "--entity-mentions"]
    ref = reference(tmp, extract_opts, merge_opts)
    if not ref:
        return 1
    script = os.path.join(SRC, "examples", "parallel", "run.sh")
    out = os.path.join(tmp, "out")
    code, msg = run([script, "-n", "3", "-S", ":", "-k", KABAR, "-o", out,
                     "-e", " ".join(extract_opts), "-m", " ".join(merge_opts)] + inputs(),
                    timeout=300)
    report("run.sh: 3 shards through GNU parallel, merged: exit 0",
           ["exit %d: %s" % (code, msg)] if code else [])
    if not code:
        parts = sorted(glob.glob(out + ".parts/shard-*.part"))
        report("run.sh: 3 parts written", [] if len(parts) == 3 else ["parts: %s" % parts])
        report("run.sh: every output byte-identical to kabar export", differences(ref, out))
    bad_out = os.path.join(tmp, "bad")
    code, msg = run([script, "-n", "2", "-k", KABAR, "-o", bad_out, broken_input(tmp)],
                    timeout=120)
    report("run.sh: a shard that fails fails the run, no output directory",
           (["exit 0"] if code == 0 else []) +
           (["wrote %s" % bad_out] if os.path.exists(bad_out) else []) +
           ([] if "zz-empty.txt" in msg else ["the failing input is not named: %s" % msg]))
    return 1 if failures else 0


def slurm(tmp):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from slurm_cluster import SlurmCluster, Unavailable
    extract_opts, merge_opts = [], ["--rdf", "ntriples"]
    ref = reference(tmp, extract_opts, merge_opts)
    if not ref:
        return 1
    script = os.path.join(SRC, "examples", "slurm", "submit.sh")
    try:
        with SlurmCluster(tmp) as cluster:
            print("ok   a single-node Slurm cluster is up")
            out = os.path.join(tmp, "out")
            code, msg = run([script, "-W", "-n", "3", "-k", KABAR, "-o", out,
                             "-m", " ".join(merge_opts)] + inputs(), env=cluster.env,
                            timeout=120, cwd=tmp)
            logs = sorted(os.path.basename(p) for p in glob.glob(out + ".parts/*.log"))
            report("submit.sh: a job array of 3 extract tasks and a merge job: exit 0",
                   ["exit %d: %s; merge log: %s" % (code, msg, open(out + ".parts/merge.log").read()
                                                   if os.path.exists(out + ".parts/merge.log")
                                                   else "")] if code else [])
            want = ["extract-0.log", "extract-1.log", "extract-2.log", "merge.log"]
            report("submit.sh: each array task and the merge ran (%s)" % ", ".join(logs),
                   [] if logs == want else ["logs: %s" % logs])
            if not code:
                report("submit.sh: every output byte-identical to kabar export",
                       differences(ref, out))
            bad_out = os.path.join(tmp, "bad")
            code, msg = run([script, "-W", "-n", "2", "-k", KABAR, "-o", bad_out,
                             broken_input(tmp)], env=cluster.env, timeout=120, cwd=tmp)
            failed_log = ""
            for p in glob.glob(bad_out + ".parts/extract-*.log"):
                failed_log += open(p, errors="replace").read()
            report("submit.sh: a failed task cancels the merge, no output directory",
                   (["exit 0"] if code == 0 else []) +
                   (["wrote %s" % bad_out] if os.path.exists(bad_out) else []) +
                   ([] if "zz-empty.txt" in failed_log else
                    ["no task log names the failing input"]))
    except Unavailable as e:
        print("SKIP: no single-node Slurm here: %s" % e)
        return SKIP
    return 1 if failures else 0


def main():
    # SIGTERM (a timeout) ends the test through its clean-up, daemons stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))
    with tempfile.TemporaryDirectory(prefix="kabar-examples-") as tmp:
        status = parallel(tmp) if MODE == "parallel" else slurm(tmp)
    print("%s: %s" % (MODE, {0: "passed", SKIP: "skipped"}.get(status, "FAILED")))
    return status


if __name__ == "__main__":
    sys.exit(main())
