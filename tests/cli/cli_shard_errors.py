# SPDX-License-Identifier: MIT
"""kabar extract and kabar merge refuse what they cannot merge exactly:
one line naming the file (and the line and byte of a damaged part), a
non-zero exit, and nothing written: no output directory, no staging
directory, an earlier output directory left as it was, no part.

- merge: a missing part, a part cut short (mid-line and at a line's end),
  a byte changed inside a value, a record damaged, a file that is no part,
  a part of another format version, no parts;
- merge: parts extracted with another --date, --lenient, --format,
  --max-doc-bytes, --keep-going or data directory, and a merge given other data than the
  parts';
- merge: an input it must extract again that has changed or is gone;
- extract: a missing input, standard input, no -o, no inputs, a part that
  cannot be written.

usage: cli_shard_errors.py KABAR DATA_DIR TEXTS_DIR
"""
import filecmp
import os
import re
import shutil
import sys
import tempfile

import clitest
from clitest import expect, report, run

KABAR, DATA, TEXTS = (os.path.abspath(a) for a in sys.argv[1:4])
CORPUS = os.path.join(DATA, "corpus")


def extract(part, inputs, *opts):
    return run([KABAR, "extract", "-q", "-o", part] + list(opts) + inputs, timeout=300)


def snapshot(d):
    return {n: open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d))}


class Workspace:
    def __init__(self, tmp):
        self.tmp = tmp
        self.out = os.path.join(tmp, "out")

    def merge_fails(self, name, parts, err_re, code=1, extra=(), keep=None):
        """A merge that must fail: exit `code`, one line matching err_re,
        and the output directory as it was (absent, or `keep`'s files)."""
        before = sorted(os.listdir(self.tmp))
        c, out, err = run([KABAR, "merge", "-o", self.out] + list(extra) + parts, timeout=300)
        problems = expect(c, out, err, code, err_re=err_re, one_line=True)
        if keep is None and os.path.exists(self.out):
            problems.append("the output directory was written")
        if keep is not None and snapshot(self.out) != keep:
            problems.append("the earlier output directory changed")
        left = sorted(set(os.listdir(self.tmp)) - set(before))
        if left:
            problems.append("left behind: %s" % left)
        report(name, problems, c, out, err)


def main():
    with tempfile.TemporaryDirectory(prefix="kabar-shard-err-") as tmp:
        ws = Workspace(tmp)
        # Inputs of our own, to change and remove: the corpus and real texts.
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        inputs = []
        for d in (CORPUS, TEXTS):
            for f in sorted(os.listdir(d)):
                if f.endswith(".txt"):
                    shutil.copyfile(os.path.join(d, f), os.path.join(src, f))
                    inputs.append(os.path.join(src, f))
        third = len(inputs) // 3
        groups = [inputs[:third], inputs[third:2 * third], inputs[2 * third:]]
        parts = []
        for i, g in enumerate(groups):
            part = os.path.join(tmp, "p%d.part" % i)
            code, _, err = extract(part, g)
            if code:
                report("extract shard %d" % i, ["exit %d: %s" % (code, err)])
                return clitest.summary()
            parts.append(part)
        p0, p1, p2 = parts
        good = open(p1, "rb").read()
        lines = good.split(b"\n")

        # -- damaged and missing parts --
        ws.merge_fails("a missing part", [p0, os.path.join(tmp, "gone.part"), p2],
                       r"^kabar merge: \S*gone\.part: No such file")
        cut = os.path.join(tmp, "cut.part")
        open(cut, "wb").write(good[:len(good) // 2 + 7])
        ws.merge_fails("a part cut short mid-line", [p0, cut, p2],
                       r"^kabar merge: \S*cut\.part: truncated at line \d+ \(byte \d+\)")
        at_end = b"\n".join(lines[:len(lines) // 2]) + b"\n"
        open(cut, "wb").write(at_end)
        ws.merge_fails("a part cut at a line's end", [p0, cut, p2],
                       r"^kabar merge: \S*cut\.part: truncated at line %d \(byte %d\)"
                       % (len(lines) // 2 + 1, len(at_end)))
        flipped = os.path.join(tmp, "flipped.part")
        i = good.index(b"\tIndonesia", len(good) // 3) + 2
        open(flipped, "wb").write(good[:i] + b"X" + good[i + 1:])
        ws.merge_fails("a byte changed inside a value (the checksum)", [p0, flipped, p2],
                       r"^kabar merge: \S*flipped\.part: the checksum on line \d+ "
                       r"\(byte \d+\) does not match .*damaged")
        bad = os.path.join(tmp, "bad.part")
        k = next(n for n, l in enumerate(lines) if l.startswith(b"F\t"))
        damaged = lines[:k] + [b"F\tx" + lines[k][3:]] + lines[k + 1:]
        offset = len(b"\n".join(lines[:k])) + 1
        open(bad, "wb").write(b"\n".join(damaged))
        ws.merge_fails("a damaged record", [p0, bad, p2],
                       r"^kabar merge: \S*bad\.part: line %d \(byte %d\): a bad fact mention"
                       % (k + 1, offset))
        notpart = os.path.join(tmp, "notes.part")
        open(notpart, "w").write("hello\n")
        ws.merge_fails("a file that is no part", [p0, notpart],
                       r"^kabar merge: \S*notes\.part: not a part written by kabar extract")
        future = os.path.join(tmp, "future.part")
        open(future, "wb").write(good.replace(b"KABAR-PART\t1\n", b"KABAR-PART\t99\n", 1))
        ws.merge_fails("a part of another format version", [p0, future],
                       r"^kabar merge: \S*future\.part: a part of format version 99")
        ws.merge_fails("an input file given as a part", [inputs[0]],
                       r"^kabar merge: \S*\.txt: not a part written by kabar extract")
        code, out, err = run([KABAR, "merge", "-o", ws.out])
        report("no parts: usage", expect(code, out, err, 2, err_re=r"no parts"), code, out, err)

        # -- parts that do not agree --
        other = os.path.join(tmp, "other.part")
        for opts, what in ((["--date", "2020"], "--date"), (["--lenient"], "--lenient"),
                           (["--format", "text"], "--format"),
                           (["--max-doc-bytes", "1M"], "--max-doc-bytes"),
                           (["--keep-going"], "--keep-going")):
            code, _, err = extract(other, groups[1], *opts)
            if code:
                report("extract with %s" % what, ["exit %d: %s" % (code, err)])
                continue
            ws.merge_fails("a part extracted with another %s" % what, [p0, other, p2],
                           r"^kabar merge: \S*other\.part: extracted with another %s than "
                           r"\S*p0\.part" % re.escape(what))
        data2 = os.path.join(tmp, "data2")
        shutil.copytree(DATA, data2, ignore=shutil.ignore_patterns("corpus"))
        # files extraction does not read (an installed ontology, notes) do not count
        os.mkdir(os.path.join(data2, "ontology"))
        with open(os.path.join(data2, "ontology", "kabar.ttl"), "w") as f:
            f.write("# not read by extraction\n")
        code, _, err = extract(other, groups[1], "--data", data2)
        if not code:
            code, _, err = run([KABAR, "merge", "-q", "-o", os.path.join(tmp, "copy-out"),
                                p0, other, p2], timeout=300)
            shutil.rmtree(os.path.join(tmp, "copy-out"), ignore_errors=True)
        report("a copy of the data directory (and an ontology beside) is the same data",
               ["exit %d: %s" % (code, err)] if code else [])
        lex = sorted(os.listdir(os.path.join(data2, "lexicon")))
        victim = next(f for f in lex if f.endswith(".tsv"))
        with open(os.path.join(data2, "lexicon", victim), "a", encoding="utf-8") as f:
            f.write("# changed\n")
        code, _, err = extract(other, groups[1], "--data", data2)
        if code:
            report("extract with other data", ["exit %d: %s" % (code, err)])
        else:
            ws.merge_fails("a part extracted with other data", [p0, other, p2],
                           r"^kabar merge: \S*other\.part: extracted with another data "
                           r"directory")
        ws.merge_fails("a merge given other data than the parts'", [p0, p1, p2],
                       r"^kabar merge: \S*data2: not the data the parts were extracted with",
                       extra=["--data", data2])

        # -- an input merge must read again, changed or gone --
        code, _, err = run([KABAR, "merge", "-q", "-o", ws.out, p0, p1, p2], timeout=300)
        report("the parts merge", ["exit %d: %s" % (code, err)] if code else [])
        keep = snapshot(ws.out) if not code else None
        later = groups[1] + groups[2]
        saved = {p: open(p, "rb").read() for p in later}
        for p in later:
            with open(p, "ab") as f:
                f.write(b"\nTambahan.\n")
        ws.merge_fails("an input changed since extract (the output directory kept)",
                       [p0, p1, p2],
                       r"^kabar merge: \S*in/\S+\.txt: changed since kabar extract read it",
                       keep=keep)
        for p in later:
            os.remove(p)
        ws.merge_fails("an input gone (the output directory kept)", [p0, p1, p2],
                       r"^kabar merge: \S*in/\S+\.txt: .*(No such file|cannot).* "
                       r"extracted again", keep=keep)
        for p, b in saved.items():
            open(p, "wb").write(b)
        code, _, err = run([KABAR, "merge", "-q", "-o", ws.out, p0, p1, p2], timeout=300)
        report("restored inputs merge again, the same bytes",
               ["exit %d: %s" % (code, err)] if code else
               [] if snapshot(ws.out) == keep else ["other bytes"])

        # -- extract --
        part = os.path.join(tmp, "x.part")
        before = sorted(os.listdir(tmp))
        code, out, err = run([KABAR, "extract", "-o", part, inputs[0],
                              os.path.join(tmp, "missing.txt")])
        problems = expect(code, out, err, 1, err_re=r"^kabar extract: \S*missing\.txt: ",
                          one_line=True)
        left = sorted(set(os.listdir(tmp)) - set(before))
        report("extract: a missing input, no part written",
               problems + (["left behind: %s" % left] if left else []), code, out, err)
        code, out, err = run([KABAR, "extract", "-o", part, "-"], stdin=b"Teks.\n")
        report("extract: standard input refused",
               expect(code, out, err, 2, err_re=r"standard input"), code, out, err)
        code, out, err = run([KABAR, "extract", inputs[0]])
        report("extract: no -o", expect(code, out, err, 2, err_re=r"-o PART"), code, out, err)
        code, out, err = run([KABAR, "extract", "-o", part])
        report("extract: no inputs", expect(code, out, err, 2, err_re=r"no input"),
               code, out, err)
        code, out, err = run([KABAR, "extract", "-o", os.path.join(tmp, "nodir", "x.part"),
                              inputs[0]])
        report("extract: a part that cannot be written",
               expect(code, out, err, 3, err_re=r"nodir/x\.part: cannot be written",
                      one_line=True), code, out, err)
        code, out, err = run([KABAR, "extract", "-o", part, inputs[0], "--date", "tomorrow"])
        report("extract: a bad --date", expect(code, out, err, 2, err_re=r"--date"),
               code, out, err)
    return clitest.summary()


if __name__ == "__main__":
    sys.exit(main())
