# SPDX-License-Identifier: MIT
"""The kabar command line from a table: argument list -> exit code, a regex
that stderr must match and one that stdout must match. Export runs get a
fresh parent directory for -o; a run that fails must leave neither the
output directory nor a staging directory OUT.tmp-XXXXXX behind.

Then the failures to write: an unwritable parent, a path under a regular
file, a file-size limit hit in the middle of writing (as a full disk
would), standard output on /dev/full.

usage: cli_table.py KABAR DATA_DIR
"""
import hashlib
import os
import re
import sys
import tempfile

import clitest
from clitest import expect, report, run

KABAR, DATA = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CORPUS = os.path.join(DATA, "corpus")
ALL_OUTPUTS = {"entities.tsv", "facts.tsv", "facts.jsonl", "mentions.tsv",
               "graph.graphml", "graph.gexf", "nodes.csv",
               "edges.csv", "metrics.json"}
RDF_FILES = {"turtle": "kb.ttl", "ntriples": "kb.nt", "nquads": "kb.nq", "rdfxml": "kb.rdf"}
USAGE = r"usage: kabar COMMAND"
EXPORT_USAGE = r"usage: kabar export"

# name, arguments, exit code, stderr regex, stdout regex.
# {out} is OUT inside a fresh empty directory, {corpus} the bundled corpus.
# Rows with code != 0 must leave that directory empty.
TABLE = [
    # the dispatcher
    ("no arguments", [], 2, USAGE, r"^$"),
    ("unknown command", ["frobnicate"], 2, r"unknown command 'frobnicate'.*" + USAGE, r"^$"),
    ("--help", ["--help"], 0, r"^$", USAGE + r".*export.*sentences.*metrics.*Exit codes"),
    ("-h", ["-h"], 0, r"^$", USAGE),
    ("--version", ["--version"], 0, r"^$", r"^kabar \d+\.\d+\.\d+\S*\n$"),
    # export: help and usage errors
    ("export --help", ["export", "--help"], 0, r"^$",
     EXPORT_USAGE + r".*--output.*--rdf.*--metrics-include.*--format.*--lenient.*Exit codes"),
    ("export -h", ["export", "-h"], 0, r"^$", EXPORT_USAGE),
    ("export --version", ["export", "--version"], 0, r"^$", r"^kabar \d+\.\d+\.\d+"),
    ("export unknown option", ["export", "-o", "{out}", "--frobnicate", "{corpus}"], 2,
     r"unknown option '--frobnicate'", r"^$"),
    ("export unknown short option", ["export", "-x", "-o", "{out}"], 2, r"unknown option '-x'",
     r"^$"),
    ("export --rdf bogus", ["export", "-o", "{out}", "--rdf", "bogus", "{corpus}"], 2,
     r"RDF format.*'bogus'", r"^$"),
    ("export --rdf turtle,bogus", ["export", "-o", "{out}", "--rdf", "turtle,bogus"], 2,
     r"'turtle,bogus'", r"^$"),
    ("export --rdf empty", ["export", "-o", "{out}", "--rdf", ""], 2, r"RDF format", r"^$"),
    ("export --metrics-include bogus",
     ["export", "-o", "{out}", "--metrics-include", "bogus", "{corpus}"], 2,
     r"status.*'bogus'", r"^$"),
    ("export --metrics-include alleged,bogus",
     ["export", "-o", "{out}", "--metrics-include", "alleged,bogus"], 2, r"'alleged,bogus'", r"^$"),
    ("export --max-doc-bytes 10", ["export", "-o", "{out}", "--max-doc-bytes", "10", "{corpus}"],
     1, r"^kabar: \S+\.txt: larger than the maximum document size of 10 bytes", r"^$"),
    ("export --max-doc-bytes 1M", ["export", "-q", "-o", "{out}", "--max-doc-bytes", "1M",
                                   "{corpus}"], 0, r"^$", r"^$"),
    ("export --max-doc-bytes 0", ["export", "-o", "{out}", "--max-doc-bytes", "0", "{corpus}"], 2,
     r"--max-doc-bytes wants a positive byte count, not '0'", r"^$"),
    ("export --max-doc-bytes x", ["export", "-o", "{out}", "--max-doc-bytes", "x"], 2,
     r"--max-doc-bytes wants a positive byte count, not 'x'", r"^$"),
    ("export --max-doc-bytes without a value", ["export", "-o", "{out}", "--max-doc-bytes"], 2,
     r"--max-doc-bytes needs a value", r"^$"),
    ("export --format bogus", ["export", "-o", "{out}", "--format", "bogus", "{corpus}"], 2,
     r"--format", r"^$"),
    ("export -o without value", ["export", "-o"], 2, r"-o needs a value", r"^$"),
    ("export --output without value", ["export", "--output"], 2, r"--output needs a value", r"^$"),
    ("export --rdf without value", ["export", "-o", "{out}", "--rdf"], 2, r"--rdf needs a value",
     r"^$"),
    ("export --metrics-include without value", ["export", "-o", "{out}", "--metrics-include"], 2,
     r"--metrics-include needs a value", r"^$"),
    ("export --format without value", ["export", "-o", "{out}", "--format"], 2,
     r"--format needs a value", r"^$"),
    ("export --data without value", ["export", "-o", "{out}", "--data"], 2,
     r"--data needs a value", r"^$"),
    ("export --base without value", ["export", "-o", "{out}", "--base"], 2,
     r"--base needs a value", r"^$"),
    # one getopt_long parser: options anywhere, --opt=value, bundled short options
    ("export option after the inputs", ["export", "-o", "{out}", "{corpus}", "--lenient", "-q"],
     0, r"^$", r"^$"),
    ("export --output=DIR --quiet after the inputs",
     ["export", "{corpus}", "--output={out}", "--quiet"], 0, r"^$", r"^$"),
    ("export bundled -qo DIR", ["export", "-qo", "{out}", "{corpus}"], 0, r"^$", r"^$"),
    ("export --max-doc-bytes=1M", ["export", "-q", "--max-doc-bytes=1M", "-o{out}", "{corpus}"],
     0, r"^$", r"^$"),
    ("export a flag given a value", ["export", "--quiet=yes", "-o", "{out}", "{corpus}"], 2,
     r"^kabar export: --quiet takes no value\n$", r"^$"),
    ("export unknown short option in a bundle", ["export", "--lenient", "-qz", "-o", "{out}"], 2,
     r"^kabar export: unknown option '-z'\n", r"^$"),
    ("export -- ends the options", ["export", "-q", "-o", "{out}", "--", "--lenient"], 1,
     r"^kabar: --lenient: No such file", r"^$"),
    ("export --date bogus", ["export", "-o", "{out}", "--date", "30/6/2022", "{corpus}"], 2,
     r"--date wants YYYY-MM-DD", r"^$"),
    ("export --date no such day", ["export", "-o", "{out}", "--date=2022-02-30", "{corpus}"], 2,
     r"--date wants YYYY-MM-DD, YYYY-MM or YYYY, not '2022-02-30'", r"^$"),
    ("export --data missing directory",
     ["export", "-o", "{out}", "--data", "{tmp}/no-such-data", "{corpus}"], 1,
     r"no-such-data", r"^$"),
    # export: output directory not writable
    ("export -o /dev/full/x", ["export", "-o", "/dev/full/x", "{corpus}"], 3, r"/dev/full/x", r"^$"),
    ("export -o under a regular file", ["export", "-o", "{tmp}/afile/out", "{corpus}"], 3,
     r"afile/out.*[Nn]ot a directory", r"^$"),
    ("export -o is a regular file", ["export", "-o", "{tmp}/afile", "{corpus}"], 3,
     r"afile.*[Nn]ot a directory", r"^$"),
    ("export -o with an empty value", ["export", "-o", "", "{corpus}"], 2, r"-o|output", r"^$"),
    ("export -o under a missing directory", ["export", "-o", "{tmp}/a/b/out", "{corpus}"], 3,
     r"a/b/out.*No such file", r"^$"),
    # export: success
    ("export", ["export", "-o", "{out}", "{corpus}"], 0,
     r"^kabar: 5 documents, \d+ entities, \d+ facts \(\d+ mentions\) -> .*out/\n$", r"^$"),
    ("export -q", ["export", "-q", "-o", "{out}", "{corpus}"], 0, r"^$", r"^$"),
    ("export, default corpus", ["export", "-q", "-o", "{out}"], 0, r"^$", r"^$"),
    ("export -o with a trailing slash", ["export", "-q", "-o", "{out}/", "{corpus}"], 0, r"^$",
     r"^$"),
    ("export --rdf none", ["export", "-q", "--rdf", "none", "-o", "{out}", "{corpus}"], 0, r"^$",
     r"^$"),
    ("export --rdf all", ["export", "-q", "--rdf", "all", "-o", "{out}", "{corpus}"], 0, r"^$",
     r"^$"),
    ("export --rdf ntriples,rdfxml",
     ["export", "-q", "--rdf", "ntriples,rdfxml", "-o", "{out}", "{corpus}"], 0, r"^$", r"^$"),
    ("export --metrics-include all",
     ["export", "-q", "--metrics-include", "all", "-o", "{out}", "{corpus}"], 0, r"^$", r"^$"),
    ("export -- then inputs", ["export", "-q", "-o", "{out}", "--", "{corpus}"], 0, r"^$", r"^$"),
    # sentences
    ("sentences --help", ["sentences", "--help"], 0, r"^$", r"usage: kabar sentences"),
    ("sentences without files", ["sentences"], 2, r"no input files", r"^$"),
    ("sentences unknown option", ["sentences", "--frobnicate", "{corpus}"], 2,
     r"unknown option '--frobnicate'", r"^$"),
    # metrics
    ("metrics --help", ["metrics", "--help"], 0, r"^$", r"usage: kabar metrics"),
    ("metrics --top 0", ["metrics", "--top", "0", "{corpus}"], 2, r"--top.*'0'", r"^$"),
    ("metrics --top -3", ["metrics", "--top", "-3", "{corpus}"], 2, r"--top.*'-3'", r"^$"),
    ("metrics --top abc", ["metrics", "--top", "abc", "{corpus}"], 2, r"--top.*'abc'", r"^$"),
    ("metrics --top without value", ["metrics", "--top"], 2, r"--top", r"^$"),
    ("metrics unknown option", ["metrics", "--frobnicate"], 2, r"--frobnicate", r"^$"),
    ("metrics --metrics-include bogus", ["metrics", "--metrics-include", "bogus", "{corpus}"], 2,
     r"bogus", r"^$"),
    ("metrics of the corpus", ["metrics", "--top", "3", "{corpus}"], 0, r"^$",
     r"^Graph summary.*vertices\s+\d+.*Top 3 by pagerank.*\n\s+1\. .*\((State|Person|"
     r"Organization|Agreement|Place|Event)\)\n"),
    ("metrics of a missing path", ["metrics", "{tmp}/nowhere"], 1, r"nowhere: No such file",
     r"^$"),
]


def fmt(args, tmp, out):
    return [a.format(out=out, tmp=tmp, corpus=CORPUS) for a in args]


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def outputs_ok(row, args, out_dir):
    """For a successful export: exactly the files the options ask for."""
    want = set(ALL_OUTPUTS)
    rdf = args[args.index("--rdf") + 1] if "--rdf" in args else "turtle"
    if rdf == "all":
        want |= set(RDF_FILES.values())
    elif rdf != "none":
        want |= {RDF_FILES[f] for f in rdf.split(",")}
    if not os.path.isdir(out_dir):
        return ["no output directory %s" % out_dir]
    got = set(os.listdir(out_dir))
    problems = []
    if got != want:
        problems.append("output files %s, want %s" % (sorted(got), sorted(want)))
    for name in got:
        if os.path.getsize(os.path.join(out_dir, name)) == 0:
            problems.append("%s is empty" % name)
    return problems


def table():
    for name, args, code, err_re, out_re in TABLE:
        with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
            parent = os.path.join(tmp, "parent")
            os.mkdir(parent)
            with open(os.path.join(tmp, "afile"), "w") as f:
                f.write("not a directory\n")
            out = os.path.join(parent, "out")
            argv = fmt(args, tmp, out)
            got, sout, serr = run([KABAR] + argv, cwd=tmp)
            # Failures other than usage errors are told in one line.
            problems = expect(got, sout, serr, code, err_re, out_re, one_line=code in (1, 3))
            if args[:1] == ["export"]:
                writes = code == 0 and any(a == "-o" or a.startswith(("-o", "--output=", "-qo"))
                                           for a in args)
                if not writes and os.listdir(parent):
                    problems.append("left behind: %s" % os.listdir(parent))
                if not writes and [e for e in os.listdir(tmp) if ".tmp-" in e]:
                    problems.append("left behind: %s" % os.listdir(tmp))
                if writes:
                    problems += outputs_ok(name, argv, out)
                    if os.listdir(parent) != ["out"]:
                        problems.append("%s holds %s, want only out" % (parent, os.listdir(parent)))
                if "{tmp}/afile" in args and open(os.path.join(tmp, "afile")).read() != \
                        "not a directory\n":
                    problems.append("afile was changed")
            report(name, problems, got, sout, serr)


def unwritable_parent():
    """-o DIR where DIR's parent is read-only: exit 3, nothing written."""
    prefix = clitest.as_unprivileged_prefix()
    name = "export into a read-only parent"
    if prefix is None:
        clitest.skip(name, "running as root and setpriv cannot drop CAP_DAC_OVERRIDE here, so a "
                           "read-only directory is writable; the path-under-a-file case covers "
                           "the same exit code")
        return
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        parent = os.path.join(tmp, "ro")
        os.mkdir(parent)
        os.chmod(parent, 0o555)
        try:
            got, sout, serr = run(prefix + [KABAR, "export", "-o", os.path.join(parent, "out"),
                                            CORPUS])
            problems = expect(got, sout, serr, 3, r"ro/out.*Permission denied", r"^$",
                              one_line=True)
            if os.listdir(parent):
                problems.append("left behind: %s" % os.listdir(parent))
            report(name, problems, got, sout, serr)
        finally:
            os.chmod(parent, 0o755)


def write_failures():
    """A file-size limit makes a write fail part way (EFBIG, as ENOSPC would):
    at each limit kabar must exit 3, name what it could not write, and leave
    no staging directory and no output directory; an existing output
    directory keeps its old files unchanged."""
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        ref = os.path.join(tmp, "ref")
        code, _, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", ref, CORPUS])
        if code != 0:
            report("reference export", ["exit %d: %s" % (code, serr)])
            return
        sizes = sorted((os.path.getsize(os.path.join(ref, f)), f) for f in os.listdir(ref))
        largest = sizes[-1][0]
        # Limits that stop the largest file, a middle one, the smallest: the
        # run must fail whichever file (or temporary spool) hits it first.
        limits = sorted({largest - 1, largest // 2, sizes[len(sizes) // 2][0] // 2, 4096, 1})
        for limit in limits:
            parent = os.path.join(tmp, "p%d" % limit)
            os.mkdir(parent)
            out = os.path.join(parent, "out")
            got, sout, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out, CORPUS],
                                  preexec_fn=clitest.fsize_limit(limit))
            # The message names the file it could not write (or, for the
            # temporary spool of mentions, the document being read).
            problems = expect(got, sout, serr, 3, r"^kabar: (%s|%s)" % (re.escape(out),
                                                                        re.escape(CORPUS)),
                              r"^$", one_line=True)
            if os.listdir(parent):
                problems.append("left behind: %s" % os.listdir(parent))
            report("export with files limited to %d bytes" % limit, problems, got, sout, serr)

        # facts.tsv and facts.jsonl are written side by side: a limit that
        # facts.tsv fits and facts.jsonl does not fails naming facts.jsonl.
        size = {f: n for n, f in sizes}
        limit = (size["facts.tsv"] + size["facts.jsonl"]) // 2
        parent = os.path.join(tmp, "jsonl")
        os.mkdir(parent)
        out = os.path.join(parent, "out")
        got, sout, serr = run([KABAR, "export", "-q", "--rdf", "none", "-o", out, CORPUS],
                              preexec_fn=clitest.fsize_limit(limit))
        problems = expect(got, sout, serr, 3, r"^kabar: %s: " % re.escape(out + "/facts.jsonl"),
                          r"^$", one_line=True)
        if size["facts.tsv"] >= size["facts.jsonl"]:
            problems.append("facts.jsonl (%d bytes) not larger than facts.tsv (%d)" %
                            (size["facts.jsonl"], size["facts.tsv"]))
        if os.listdir(parent):
            problems.append("left behind: %s" % os.listdir(parent))
        report("export with facts.jsonl over the file-size limit", problems, got, sout, serr)

        # The same into an existing output directory with earlier results.
        parent = os.path.join(tmp, "existing")
        out = os.path.join(parent, "out")
        os.mkdir(parent)
        os.mkdir(out)
        old = {}
        for f in os.listdir(ref):
            with open(os.path.join(ref, f), "rb") as src, open(os.path.join(out, f), "wb") as dst:
                data = src.read()
                dst.write(data + b"old run\n")
                old[f] = hashlib.sha256(data + b"old run\n").hexdigest()
        got, sout, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out, CORPUS],
                              preexec_fn=clitest.fsize_limit(largest // 2))
        problems = expect(got, sout, serr, 3, r"^kabar: %s" % re.escape(out), r"^$",
                          one_line=True)
        if os.listdir(parent) != ["out"]:
            problems.append("%s holds %s" % (parent, os.listdir(parent)))
        changed = [f for f in old if digest(os.path.join(out, f)) != old[f]]
        if changed or set(os.listdir(out)) != set(old):
            problems.append("existing outputs changed: %s" % (changed or os.listdir(out)))
        report("failed export keeps an existing output directory as it was", problems, got,
               sout, serr)

        # Moving the files into place fails part way: one of the names is
        # taken by a directory in the existing output directory. The files
        # already there must stay as they were, not half old and half new.
        # Each name in turn (the order of the moves is not known here).
        problems = []
        for blocked in sorted(os.listdir(ref)):
            parent2 = os.path.join(tmp, "blocked-" + blocked)
            out2 = os.path.join(parent2, "out")
            os.makedirs(os.path.join(out2, blocked, "keep"))
            old2 = {}
            for f in os.listdir(ref):
                if f != blocked:
                    with open(os.path.join(out2, f), "wb") as g:
                        g.write(b"old run\n")
                    old2[f] = hashlib.sha256(b"old run\n").hexdigest()
            got, sout, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out2, CORPUS])
            p = expect(got, sout, serr, 3, re.escape(blocked), r"^$", one_line=True)
            if p:
                problems.append("%s blocked: %s (stderr: %s)" % (blocked, "; ".join(p),
                                                                 serr.strip()))
            if os.listdir(parent2) != ["out"]:
                problems.append("%s blocked: %s holds %s" % (blocked, parent2,
                                                             os.listdir(parent2)))
            changed = sorted(f for f in old2 if digest(os.path.join(out2, f)) != old2[f])
            if changed:
                problems.append("%s blocked: the failed run replaced %s" % (blocked, changed))
        report("failed move into an existing output directory changes nothing", problems)

        # A successful run into an existing directory replaces the files and
        # keeps files that are not its own.
        with open(os.path.join(out, "notes.txt"), "w") as f:
            f.write("mine\n")
        got, sout, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out, CORPUS])
        problems = expect(got, sout, serr, 0, r"^$", r"^$")
        stale = [f for f in old if digest(os.path.join(out, f)) != digest(os.path.join(ref, f))]
        if stale:
            problems.append("not replaced: %s" % stale)
        if not os.path.exists(os.path.join(out, "notes.txt")):
            problems.append("notes.txt was removed")
        if os.listdir(parent) != ["out"]:
            problems.append("%s holds %s" % (parent, os.listdir(parent)))
        report("export into an existing output directory", problems, got, sout, serr)


def stdout_failures():
    """Standard output that cannot be written: exit 3 and a message."""
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        out = os.path.join(tmp, "out")
        code, _, serr = run([KABAR, "export", "-q", "-o", out, CORPUS])
        if code != 0:
            report("export for kabar metrics", ["exit %d: %s" % (code, serr)])
            return
        cases = [
            ("sentences > /dev/full", ["sentences", CORPUS], r"cannot write"),
            ("metrics OUTDIR > /dev/full", ["metrics", out], r"cannot write"),
            ("metrics CORPUS > /dev/full", ["metrics", CORPUS], r"cannot write"),
            ("--help > /dev/full", ["--help"], None),
            ("--version > /dev/full", ["--version"], None),
            ("export --help > /dev/full", ["export", "--help"], None),
        ]
        with open("/dev/full", "wb") as full:
            for name, args, err_re in cases:
                got, sout, serr = run([KABAR] + args, stdout=full)
                report(name, expect(got, sout, serr, 3, err_re), got, sout, serr)


def stdin_input():
    """'-' reads standard input as one document named stdin."""
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        out = os.path.join(tmp, "out")
        text = "Presiden Rusia Vladimir Putin mengunjungi Korea Utara.\n".encode()
        got, sout, serr = run([KABAR, "export", "-q", "-o", out, "-"], stdin=text)
        problems = expect(got, sout, serr, 0, r"^$", r"^$")
        if got == 0:
            with open(os.path.join(out, "entities.tsv"), encoding="utf-8") as f:
                rows = [line.split("\t") for line in f.read().splitlines()[1:]]
            labels = {r[2] for r in rows}
            for want in ("Vladimir Putin", "Rusia", "Korea Utara"):
                if want not in labels:
                    problems.append("entities.tsv lacks %s" % want)
            if any(r[5] != "stdin" for r in rows):
                problems.append("docs column is not 'stdin': %s" % {r[5] for r in rows})
        report("export - (standard input)", problems, got, sout, serr)


def stdin_implicit():
    """No INPUT: a pipe on standard input is the input (as '-'); /dev/null
    (run()'s default) is no pipe, so the bundled corpus is meant."""
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        out = os.path.join(tmp, "out")
        text = "Presiden Rusia Vladimir Putin mengunjungi Korea Utara.\n".encode()
        got, sout, serr = run([KABAR, "export", "-q", "-o", out], stdin=text)
        problems = expect(got, sout, serr, 0, r"^$", r"^$")
        if got == 0:
            with open(os.path.join(out, "facts.tsv"), encoding="utf-8") as f:
                docs = {line.split("\t")[0] for line in f.read().splitlines()[1:]}
            if docs != {"stdin"}:
                problems.append("facts come from %s, want only stdin" % sorted(docs))
        report("export with piped stdin and no INPUT", problems, got, sout, serr)
        got, sout, serr = run([KABAR, "export", "-o", out])
        problems = expect(got, sout, serr, 0, r"^kabar: 5 documents, ", r"^$")
        report("export with /dev/null on stdin and no INPUT: the bundled corpus", problems, got,
               sout, serr)


def keep_going():
    """--keep-going: bad inputs are skipped, named on stderr and in
    skipped.tsv, the rest is exported, and the exit code is 1; without it
    the first bad input stops the run and nothing is written."""
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        files = {
            "a-good.txt": "Presiden Rusia Vladimir Putin mengunjungi Korea Utara.\n".encode(),
            "b-empty.txt": b"",
            "c-latin1.txt": "Caf\u00e9 itu buka.\n".encode("latin-1"),
            "d-binary.txt": b"\x00\x01\x02\x03" * 64,
        }
        for name, data in files.items():
            with open(os.path.join(src, name), "wb") as f:
                f.write(data)
        # A FIFO met while walking: refused alone, never opened (no hang).
        os.mkfifo(os.path.join(src, "e-pipe.txt"))
        missing = os.path.join(tmp, "missing.txt")
        out = os.path.join(tmp, "out")
        got, sout, serr = run([KABAR, "export", "-o", out, src, missing])
        problems = expect(got, sout, serr, 1, r"^kabar: \S+missing.txt: No such file", r"^$")
        if os.path.exists(out):
            problems.append("a failed run without --keep-going wrote %s" % out)
        report("a bad input without --keep-going stops the run", problems, got, sout, serr)

        got, sout, serr = run([KABAR, "export", "--keep-going", "-o", out, src, missing])
        problems = expect(got, sout, serr, 1, r"5 inputs skipped", r"^$")
        want = {
            missing: "No such file or directory",
            os.path.join(src, "b-empty.txt"): "empty document",
            os.path.join(src, "c-latin1.txt"): "invalid UTF-8 at byte 3",
            os.path.join(src, "d-binary.txt"): "binary file",
            os.path.join(src, "e-pipe.txt"): "a FIFO (named pipe), not a regular file",
        }
        # The missing path is skipped while listing inputs, before any is read.
        want_order = [missing] + sorted(k for k in want if k != missing)
        for path, why in want.items():
            if not re.search(r"(?m)^kabar: skipped: %s: .*%s" % (re.escape(path), re.escape(why)), serr):
                problems.append("stderr does not name %s (%s)" % (path, why))
        try:
            with open(os.path.join(out, "skipped.tsv"), encoding="utf-8") as f:
                rows = [line.split("\t") for line in f.read().splitlines()]
        except OSError as e:
            rows = []
            problems.append("no skipped.tsv: %s" % e)
        if rows and rows[0] != ["input", "error"]:
            problems.append("skipped.tsv header %s" % rows[0])
        if [r[0] for r in rows[1:]] != want_order:
            problems.append("skipped.tsv inputs %s, want %s" % ([r[0] for r in rows[1:]], want_order))
        for r in rows[1:]:
            if len(r) != 2 or r[0] not in want or want[r[0]] not in r[1]:
                problems.append("skipped.tsv row %s" % r)
        if os.path.exists(os.path.join(out, "facts.tsv")):
            with open(os.path.join(out, "facts.tsv"), encoding="utf-8") as f:
                docs = {line.split("\t")[0] for line in f.read().splitlines()[1:]}
            if docs != {"a-good"}:
                problems.append("facts come from %s, want only a-good" % sorted(docs))
        else:
            problems.append("no facts.tsv")
        report("--keep-going skips and lists bad inputs", problems, got, sout, serr)

        out2 = os.path.join(tmp, "out2")
        got, sout, serr = run([KABAR, "export", "--keep-going", "-o", out2, missing])
        problems = expect(got, sout, serr, 1, r"^kabar: skipped: \S+missing.txt: No such file.*\n"
                          r"kabar: no input could be read\n$", r"^$")
        if os.path.exists(out2):
            problems.append("wrote %s with no input read" % out2)
        report("--keep-going with every input bad writes nothing", problems, got, sout, serr)


def no_stale_files():
    """A second run into the same directory leaves exactly its own files:
    the RDF formats of an earlier --rdf all are gone."""
    with tempfile.TemporaryDirectory(prefix="kabar-cli-") as tmp:
        out = os.path.join(tmp, "out")
        got1, sout, serr = run([KABAR, "export", "-q", "--rdf", "all", "-o", out, CORPUS])
        first = set(os.listdir(out)) if os.path.isdir(out) else set()
        got, sout, serr = run([KABAR, "export", "-q", "-o", out, CORPUS])
        problems = expect(got, sout, serr, 0, r"^$", r"^$")
        if got1 != 0 or not {"kb.nt", "kb.nq", "kb.rdf"} <= first:
            problems.append("the --rdf all run wrote %s (exit %d)" % (sorted(first), got1))
        second = set(os.listdir(out)) if os.path.isdir(out) else set()
        if second & {"kb.nt", "kb.nq", "kb.rdf"}:
            problems.append("stale files: %s" % sorted(second & {"kb.nt", "kb.nq", "kb.rdf"}))
        if "kb.ttl" not in second or "facts.tsv" not in second:
            problems.append("the second run's files are missing: %s" % sorted(second))
        report("a second run leaves no stale file", problems, got, sout, serr)


table()
stdin_implicit()
keep_going()
no_stale_files()
unwritable_parent()
write_failures()
stdout_failures()
stdin_input()
sys.exit(clitest.summary())
