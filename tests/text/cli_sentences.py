# SPDX-License-Identifier: MIT
"""`kabar sentences` from a table of argument lists and their exit codes.

usage: cli_sentences.py KABAR DATA_DIR
"""
import os
import subprocess
import sys
import tempfile

KABAR, DATA = sys.argv[1], sys.argv[2]
CORPUS = os.path.join(DATA, "corpus")
failures = 0


def run(args, stdin=None, stdout=subprocess.PIPE):
    feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run([KABAR, "sentences"] + args, **feed, stdout=stdout,
                          stderr=subprocess.PIPE)


def check(name, args, code, out_has=(), err_has=(), stdin=None, stdout=subprocess.PIPE,
          err_empty=False):
    global failures
    r = run(args, stdin, stdout)
    out = r.stdout.decode(errors="replace") if r.stdout is not None else ""
    err = r.stderr.decode(errors="replace")
    problems = []
    if r.returncode != code:
        problems.append("exit %d, want %d" % (r.returncode, code))
    for s in out_has:
        if s not in out:
            problems.append("stdout lacks %r" % s)
    for s in err_has:
        if s not in err:
            problems.append("stderr lacks %r" % s)
    if err_empty and err:
        problems.append("stderr not empty")
    if problems:
        failures += 1
        print("FAIL %s: %s\n  stdout: %s\n  stderr: %s" % (name, "; ".join(problems), out[:500], err))
    else:
        print("ok   %s" % name)


with tempfile.TemporaryDirectory() as tmp:
    def write(name, data):
        p = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        return p

    good = write("in/good.txt", b"Judul\nSatu kalimat. Dua kalimat.\n")
    bad = write("bad/latin1.txt", b"Caf\xe9 itu buka.\n")
    binary = write("bin/x.txt", b"\x00\x01\x02\x03\x04\x05\x06\x07" * 8)
    empty = write("empty/e.txt", b"\xef\xbb\xbf \n")
    os.makedirs(os.path.join(tmp, "nodocs"))
    write("baddata/boilerplate.tsv", b"# ok\ncaption\tprefix\tX\nnonsense line\n")
    missing = os.path.join(tmp, "missing.txt")

    check("help", ["--help"], 0, out_has=["usage: kabar sentences"], err_empty=True)
    check("no files", [], 2, err_has=["usage: kabar sentences"])
    check("unknown option", ["--bogus", good], 2, err_has=["--bogus"])
    check("--data without value", ["--data"], 2, err_has=["--data"])
    check("good file", ["--data", DATA, good], 0,
          out_has=["doc\tn\tstart\tend\tkind\ttext\n", "good\t1\t0\t5\theading\tJudul\n",
                   "good\t2\t6\t19\ttext\tSatu kalimat.\n", "good\t3\t20\t32\ttext\tDua kalimat.\n"],
          err_empty=True)
    check("missing file", ["--data", DATA, missing], 1,
          err_has=["kabar: " + missing + ": No such file or directory"])
    check("missing file among good ones", ["--data", DATA, good, missing], 1,
          out_has=["good\t3\t"], err_has=[missing])
    check("invalid UTF-8", ["--data", DATA, bad], 1,
          err_has=["kabar: " + bad + ": invalid UTF-8 at byte 3"])
    check("lenient", ["--data", DATA, "--lenient", bad], 0,
          out_has=["latin1\t1\t0\t16\ttext\tCaf\ufffd itu buka.\n"],
          err_has=["warning: " + bad + ": replaced 1 invalid bytes"])
    check("binary", ["--data", DATA, binary], 1, err_has=[binary + ": binary"])
    check("empty", ["--data", DATA, empty], 1, err_has=[empty + ": empty document"])
    check("directory without inputs", ["--data", DATA, os.path.join(tmp, "nodocs")], 1,
          err_has=["no .txt"])
    check("directory", ["--data", DATA, os.path.join(tmp, "in")], 0, out_has=["good\t3\t"])
    check("stdin", ["--data", DATA, "-"], 0, stdin=b"Halo. Apa kabar.",
          out_has=["stdin\t1\t0\t5\ttext\tHalo.\n", "stdin\t2\t6\t16\ttext\tApa kabar.\n"])
    check("stdin piped, no FILE", ["--data", DATA], 0, stdin=b"Halo. Apa kabar.",
          out_has=["stdin\t1\t0\t5\ttext\tHalo.\n", "stdin\t2\t6\t16\ttext\tApa kabar.\n"])
    check("options after the file, --opt=value", [os.path.join(tmp, "in"), "--data=" + DATA,
                                                  "--max-doc-bytes", "1M"], 0,
          out_has=["good\t3\t"])
    check("malformed cue file", ["--data", os.path.join(tmp, "baddata"), good], 1,
          err_has=[os.path.join(tmp, "baddata", "boilerplate.tsv") + ":3: "])
    check("missing data dir", ["--data", os.path.join(tmp, "nowhere"), good], 1,
          err_has=["boilerplate.tsv: No such file or directory"])
    with open("/dev/full", "wb") as full:
        check("/dev/full", ["--data", DATA, CORPUS], 3, stdout=full, err_has=["cannot write"])
        check("/dev/full, help", ["--help"], 3, stdout=full)

sys.exit(1 if failures else 0)
