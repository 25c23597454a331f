# SPDX-License-Identifier: MIT
"""Golden test of `kabar sentences` on the bundled corpus.

usage: check_sentences.py KABAR DATA_DIR GOLDEN FILE...

Runs `KABAR sentences --data DATA_DIR FILE...`, compares its output with
GOLDEN byte for byte (printing a diff when they differ), and checks on its
own that every row's start/end offsets cut exactly the printed text out of
the file (BOM dropped), so that the golden file cannot hold wrong offsets.
"""
import difflib
import os
import subprocess
import sys


def main():
    kabar, data, golden, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    run = subprocess.run([kabar, "sentences", "--data", data] + files,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ok = True
    if run.returncode != 0 or run.stderr:
        print("kabar sentences exited %d, stderr: %s" % (run.returncode, run.stderr.decode()))
        ok = False
    with open(golden, "rb") as f:
        want = f.read()
    if run.stdout != want:
        ok = False
        diff = difflib.unified_diff(want.decode().splitlines(True),
                                    run.stdout.decode().splitlines(True),
                                    "golden", "kabar sentences")
        sys.stdout.writelines(diff)

    texts = {}
    for path in files:
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        texts[os.path.splitext(os.path.basename(path))[0]] = raw
    lines = want.decode().split("\n")
    if lines[0] != "doc\tn\tstart\tend\tkind\ttext":
        print("golden: bad header %r" % lines[0])
        ok = False
    counts = {}
    for lineno, line in enumerate(lines[1:], 2):
        if not line:
            continue
        doc, n, start, end, kind, text = line.split("\t")
        counts[doc] = counts.get(doc, 0) + 1
        if int(n) != counts[doc]:
            print("golden:%d: sentence number %s, want %d" % (lineno, n, counts[doc]))
            ok = False
        cut = texts[doc][int(start):int(end)].decode()
        for c in "\t\r\n":
            cut = cut.replace(c, " ")
        if cut != text:
            print("golden:%d: offsets %s-%s cut %r, not %r" % (lineno, start, end, cut, text))
            ok = False
        if kind not in ("text", "caption", "heading", "boilerplate"):
            print("golden:%d: bad kind %r" % (lineno, kind))
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
