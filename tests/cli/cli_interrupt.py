# SPDX-License-Identifier: MIT
"""kabar export interrupted, run twice at once, and run after a dead run.

The output directory must at every instant hold either the old run's files
or the new run's, whole: never a mix, never half a file. A run killed by
SIGTERM, SIGINT or SIGHUP removes its staging directory and its lock file
before it dies; what a SIGKILLed run leaves beside the output directory is
removed (or, for an old directory set aside, put back) by the next run.
Two exports into one directory: the second fails with exit 3 and a message
while the first holds it.

usage: cli_interrupt.py KABAR DATA_DIR QUALITY_DIR
"""
import fcntl
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import clitest
from clitest import expect, report, run

KABAR, DATA, QUALITY = (os.path.abspath(a) for a in sys.argv[1:4])
CORPUS = os.path.join(DATA, "corpus")
MAX_TEXTS = 420


def digests(d):
    """{file name: sha256} of a directory's entries (all must be files)."""
    out = {}
    for f in sorted(os.listdir(d)):
        with open(os.path.join(d, f), "rb") as fh:
            out[f] = hashlib.sha256(fh.read()).hexdigest()
    return out


def big_input(tmp):
    """Many documents, so that a run lasts long enough to be killed in
    every phase: reading, extraction, metrics, writing, the swap."""
    d = os.path.join(tmp, "big")
    os.mkdir(d)
    texts = []
    for root, _, files in sorted(os.walk(QUALITY)):
        texts += [os.path.join(root, f) for f in sorted(files) if f.endswith(".txt")]
    # A fixed number, so that the run (and the test) does not grow with the
    # quality sets: about as many as they held when the timeout was set.
    texts = texts[:MAX_TEXTS]
    texts += [os.path.join(CORPUS, f) for f in sorted(os.listdir(CORPUS))]
    # Three copies of each, told apart by trailing newlines: kabar reads a
    # text whose bytes repeat an earlier input's only once (with a warning).
    for i in range(3):
        for j, t in enumerate(texts):
            with open(t, "rb") as src, open(os.path.join(d, "%d_%03d.txt" % (i, j)), "wb") as dst:
                dst.write(src.read() + b"\n" * i)
    return d


def export(args, out, **kw):
    return run([KABAR, "export", "-q", "--rdf", "all", "-o", out] + args, **kw)


def killed_runs(tmp, old_ref, new_ref, new_input):
    """Kills `export NEW` into a directory holding the old run at spread-out
    moments, with SIGTERM, SIGINT and SIGKILL; the directory must be old or
    new whole every time, and nothing else may stay beside it (after a
    SIGKILL, once the next run has cleaned up)."""
    # Timed as the killed runs will run: into a copy of the old output.
    timing = os.path.join(tmp, "timing")
    shutil.copytree(old_ref, timing)
    t0 = time.monotonic()
    code, _, serr = export([new_input], timing)
    duration = time.monotonic() - t0
    if code != 0:
        report("timing run", ["exit %d: %s" % (code, serr)])
        return
    old_d, new_d = digests(old_ref), digests(new_ref)
    rnd = random.Random(8)
    points = 36
    seen = {"old": 0, "new": 0}
    problems = []
    for k in range(points):
        sig = (signal.SIGTERM, signal.SIGKILL, signal.SIGINT)[k % 3]
        # Half spread over the whole run and past its end, half over its
        # last third, where the files are written and swapped in.
        if k % 2:
            delay = duration * (k + rnd.random()) / points * 1.3
        else:
            delay = duration * (0.7 + 0.45 * (k + rnd.random()) / points)
        parent = os.path.join(tmp, "kill%d" % k)
        out = os.path.join(parent, "out")
        os.mkdir(parent)
        shutil.copytree(old_ref, out)
        p = subprocess.Popen([KABAR, "export", "-q", "--rdf", "all", "-o", out, new_input],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if k >= points - 2:
            # The last two runs end by themselves (a kill after the end
            # finds nothing to kill), so that under any load the series
            # covers both sides of the swap.
            p.wait(timeout=120)
        time.sleep(delay)
        p.send_signal(sig)
        _, err = p.communicate(timeout=120)
        code = p.returncode
        what = "%s at %.2fs" % (signal.Signals(sig).name, delay)
        if code not in (0, -sig):
            problems.append("%s: exit %s (%s)" % (what, code, err.decode(errors="replace")))
        got = digests(out) if os.path.isdir(out) else None
        if got == old_d:
            seen["old"] += 1
        elif got == new_d:
            seen["new"] += 1
        else:
            problems.append("%s: the output directory is neither the old run nor the new: %s"
                            % (what, sorted(got or [])))
        if sig != signal.SIGKILL:
            if os.listdir(parent) != ["out"]:
                problems.append("%s: left beside the output: %s" % (what, os.listdir(parent)))
        else:
            # The next run, even one that fails on its input, cleans up.
            bad = os.path.join(tmp, "empty%d.txt" % k)
            open(bad, "wb").close()
            export([bad], out)
            if os.listdir(parent) != ["out"]:
                problems.append("%s: after the next run, beside the output: %s"
                                % (what, os.listdir(parent)))
            if digests(out) != got:
                problems.append("%s: a failed next run changed the output" % what)
        shutil.rmtree(parent)
    if not seen["old"] or not seen["new"]:
        problems.append("the kills did not fall both before and after the swap: %s" % seen)
    report("%d kills (SIGTERM, SIGINT, SIGKILL) leave the old or the new output whole (%s)"
           % (points, seen), problems)


def fallback_swap(tmp, old_ref, new_ref):
    """The swap for file systems without RENAME_EXCHANGE: a dead run's
    directory set aside (OUT.old-XXXXXX) with no OUT comes back."""
    parent = os.path.join(tmp, "fallback")
    out = os.path.join(parent, "out")
    os.mkdir(parent)
    shutil.copytree(old_ref, os.path.join(parent, "out.old-Ab12Cd"))
    # A dead run's staging directory, half written.
    os.mkdir(os.path.join(parent, "out.tmp-Zx98Yw"))
    with open(os.path.join(parent, "out.tmp-Zx98Yw", "facts.tsv"), "w") as f:
        f.write("doc\tsentence\n")
    bad = os.path.join(tmp, "fallback-empty.txt")
    open(bad, "wb").close()
    code, sout, serr = export([bad], out)
    problems = expect(code, sout, serr, 1, r"empty", r"^$", one_line=True)
    if os.listdir(parent) != ["out"]:
        problems.append("beside the output: %s" % os.listdir(parent))
    elif digests(out) != digests(old_ref):
        problems.append("the set-aside output did not come back whole")
    report("a dead run's set-aside output comes back, its staging directory goes", problems,
           code, sout, serr)


def concurrent(tmp, ref_a, ref_b, input_a, input_b):
    """Two exports into one directory at once, many times: each ends with
    exit 0 or exit 3 and the lock message, and the directory is one run's
    output whole."""
    a_d, b_d = digests(ref_a), digests(ref_b)
    problems = []
    refused = 0
    for k in range(12):
        parent = os.path.join(tmp, "conc%d" % k)
        out = os.path.join(parent, "out")
        os.mkdir(parent)
        procs = [subprocess.Popen([KABAR, "export", "-q", "--rdf", "all", "-o", out, i],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for i in (input_a, input_b)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            err = err.decode(errors="replace")
            if p.returncode == 3 and "another kabar export is writing" in err:
                refused += 1
            elif p.returncode != 0:
                problems.append("run %d: exit %d: %s" % (k, p.returncode, err))
        if digests(out) not in (a_d, b_d):
            problems.append("run %d: a mix of both runs: %s" % (k, sorted(os.listdir(out))))
        if os.listdir(parent) != ["out"]:
            problems.append("run %d: beside the output: %s" % (k, os.listdir(parent)))
    report("two exports at once into one directory (%d of 24 refused)" % refused, problems)

    # Deterministically: a lock held by another process.
    parent = os.path.join(tmp, "held")
    out = os.path.join(parent, "out")
    os.mkdir(parent)
    with open(os.path.join(parent, ".out.kabar-lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        code, sout, serr = export([input_b], out)
        problems = expect(code, sout, serr, 3, r"out: another kabar export is writing", r"^$",
                          one_line=True)
        if os.path.exists(out):
            problems.append("the refused run wrote %s" % out)
    report("an export while another holds the directory", problems, code, sout, serr)


def target_checks(tmp, input_b):
    """Output directories the whole-directory swap must refuse or treat
    with care."""
    # A subdirectory in OUT would be lost with the old directory: refused.
    parent = os.path.join(tmp, "subdir")
    out = os.path.join(parent, "out")
    os.makedirs(os.path.join(out, "figures"))
    with open(os.path.join(out, "notes.txt"), "w") as f:
        f.write("mine\n")
    code, sout, serr = export([input_b], out)
    problems = expect(code, sout, serr, 3, r"out/figures: not a regular file", r"^$",
                      one_line=True)
    if sorted(os.listdir(out)) != ["figures", "notes.txt"] or os.listdir(parent) != ["out"]:
        problems.append("changed: %s / %s" % (os.listdir(parent), os.listdir(out)))
    report("an output directory holding a subdirectory is refused", problems, code, sout, serr)

    # The working directory itself.
    code, sout, serr = run([KABAR, "export", "-q", "-o", ".", input_b], cwd=out)
    problems = expect(code, sout, serr, 3, r"working directory", r"^$", one_line=True)
    report("-o . is refused", problems, code, sout, serr)

    # A symbolic link to the output directory stays a link; its target is
    # replaced, and a file of the user's in it survives.
    real = os.path.join(tmp, "real-out")
    os.mkdir(real)
    with open(os.path.join(real, "notes.txt"), "w") as f:
        f.write("mine\n")
    link = os.path.join(tmp, "link-out")
    os.symlink(real, link)
    code, sout, serr = export([input_b], link)
    problems = expect(code, sout, serr, 0, r"^$", r"^$")
    if not os.path.islink(link) or os.readlink(link) != real:
        problems.append("the link was replaced")
    if not os.path.exists(os.path.join(real, "entities.tsv")):
        problems.append("nothing written through the link")
    if open(os.path.join(real, "notes.txt")).read() != "mine\n":
        problems.append("notes.txt lost")
    report("-o a symbolic link to a directory", problems, code, sout, serr)

    # Outputs of an earlier run that this run does not write go; the
    # directory keeps its mode.
    parent = os.path.join(tmp, "stale")
    out = os.path.join(parent, "out")
    os.mkdir(parent)
    code, _, _ = export([input_b], out)
    os.chmod(out, 0o751)
    code2, sout, serr = run([KABAR, "export", "-q", "--rdf", "turtle", "-o", out, input_b])
    problems = expect(code2, sout, serr, 0, r"^$", r"^$")
    left = sorted(f for f in os.listdir(out) if f.startswith("kb."))
    if code != 0 or left != ["kb.ttl"]:
        problems.append("RDF files after --rdf all then --rdf turtle: %s" % left)
    if os.stat(out).st_mode & 0o7777 != 0o751:
        problems.append("mode %o, want 751" % (os.stat(out).st_mode & 0o7777))
    report("a later run drops an earlier run's other outputs and keeps the mode", problems,
           code2, sout, serr)

    # A new output directory gets the usual mode, not mkdtemp's 0700.
    out = os.path.join(tmp, "fresh-out")
    old = os.umask(0o022)
    try:
        code, sout, serr = export([input_b], out)
    finally:
        os.umask(old)
    problems = expect(code, sout, serr, 0, r"^$", r"^$")
    if code == 0 and os.stat(out).st_mode & 0o777 != 0o755:
        problems.append("mode %o, want 755 under umask 022" % (os.stat(out).st_mode & 0o777))
    report("a new output directory is made by the umask", problems, code, sout, serr)


def names_in_messages(tmp):
    """A file name with a newline still gives one line; a write error names
    the output directory's file, not the staging directory."""
    d = os.path.join(tmp, "names")
    os.mkdir(d)
    bad = os.path.join(d, "two\nlines.txt")
    open(bad, "wb").close()
    out = os.path.join(d, "out")
    code, sout, serr = export([bad], out)
    problems = expect(code, sout, serr, 1, r"two\\nlines\.txt: .*empty", r"^$", one_line=True)
    report("a file name with a newline gives a one-line error", problems, code, sout, serr)

    # Files limited to half the largest output: writing that one fails.
    ref = os.path.join(d, "ref")
    export([CORPUS], ref)
    largest = max(os.path.getsize(os.path.join(ref, f)) for f in os.listdir(ref))
    out = os.path.join(d, "out2")
    code, sout, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out, CORPUS],
                           preexec_fn=clitest.fsize_limit(largest // 2))
    problems = expect(code, sout, serr, 3, r"^kabar: %s/[a-z]+\.[a-z]+: " % out, r"^$",
                      one_line=True)
    if ".tmp-" in serr:
        problems.append("the message names the staging directory")
    report("a write error names the output file", problems, code, sout, serr)


with tempfile.TemporaryDirectory(prefix="kabar-interrupt-") as tmp:
    big = big_input(tmp)
    one = os.path.join(CORPUS, sorted(os.listdir(CORPUS))[0])
    old_ref, new_ref = os.path.join(tmp, "ref-old"), os.path.join(tmp, "ref-new")
    c1, _, e1 = export([one], old_ref)
    c2, _, e2 = export([big], new_ref)
    if c1 or c2:
        report("reference exports", ["exit %d %d: %s %s" % (c1, c2, e1, e2)])
    else:
        killed_runs(tmp, old_ref, new_ref, big)
        fallback_swap(tmp, old_ref, new_ref)
        concurrent(tmp, new_ref, old_ref, big, one)
        target_checks(tmp, one)
        names_in_messages(tmp)
sys.exit(clitest.summary())
