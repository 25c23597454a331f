# SPDX-License-Identifier: MIT
"""kabar extract on shards + kabar merge: the same bytes as one kabar export.

- the bundled corpus and the 167 real texts, with an input repeating an
  earlier shard's bytes, one sharing an earlier input's name and one whose
  name holds a tab, a line break and a backslash, exported
  once and extracted in 3 shards then merged: every output file (every RDF
  format, entity mentions in the RDF) byte-identical; the same again in 5
  uneven shards with the default options;
- the check of earlier parts' people matters: a document of a later shard
  exported with its shard alone reads other entities than in the whole
  export (a person named in full in an earlier shard and by a bare name in
  it), and merge reports that it extracted documents again;
- --keep-going: operands and inputs that cannot be read, in both shards,
  listed in skipped.tsv and on stderr as export lists them, exit 1;
- a merge of one part is an export of that shard.

usage: cli_shard.py KABAR DATA_DIR TEXTS_DIR
"""
import filecmp
import os
import re
import shutil
import sys
import tempfile

import clitest
from clitest import report, run

KABAR, DATA, TEXTS = (os.path.abspath(a) for a in sys.argv[1:4])
CORPUS = os.path.join(DATA, "corpus")


def differences(a, b):
    """Output files missing on one side or not byte-identical."""
    fa, fb = sorted(os.listdir(a)), sorted(os.listdir(b))
    if fa != fb:
        return ["files differ: %s vs %s" % (fa, fb)]
    _, mismatch, errors = filecmp.cmpfiles(a, b, fa, shallow=False)
    return ["%s differs" % n for n in mismatch + errors]


def shards(inputs, n):
    """inputs cut into n contiguous shards of near-equal size, in order."""
    size, rest = divmod(len(inputs), n)
    out, at = [], 0
    for i in range(n):
        k = size + (1 if i < rest else 0)
        out.append(inputs[at:at + k])
        at += k
    return out


def extract_merge(tmp, tag, groups, out, extra=()):
    """Extracts each group into a part and merges them; returns the merge's
    (exit, stderr) or the first failing extract's."""
    parts = []
    for i, group in enumerate(groups):
        part = os.path.join(tmp, "%s-%d.part" % (tag, i))
        code, _, err = run([KABAR, "extract", "-q", "-o", part] + group, timeout=600)
        if code:
            return code, "extract %d: %s" % (i, err)
        parts.append(part)
    code, _, err = run([KABAR, "merge", "-o", out] + list(extra) + parts, timeout=600)
    return code, err


def mention_rows(outdir, docs):
    """{doc: sorted rows of (sentence, start, end, surface, entity label, kind)}
    of mentions.tsv, for the documents named in `docs`."""
    labels = {}
    with open(os.path.join(outdir, "entities.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            labels[cols[0]] = cols[2]
    rows = {}
    with open(os.path.join(outdir, "mentions.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            doc, sent, start, end, surface, ent, _type, kind = line.rstrip("\n").split("\t")
            if doc in docs:
                rows.setdefault(doc, []).append((sent, start, end, surface, labels[ent], kind))
    return {d: sorted(r) for d, r in rows.items()}


def main():
    with tempfile.TemporaryDirectory(prefix="kabar-shard-") as tmp:
        corpus = sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS)
                        if f.endswith(".txt"))
        texts = sorted(os.path.join(TEXTS, f) for f in os.listdir(TEXTS) if f.endswith(".txt"))
        # an input with the bytes of an earlier shard's, and one with the
        # name of an earlier input (kabar names it NAME~2)
        again = os.path.join(tmp, "again")
        os.mkdir(again)
        dup = os.path.join(again, "copy.txt")
        shutil.copyfile(texts[0], dup)
        clash = os.path.join(again, os.path.basename(corpus[1]))
        with open(clash, "w", encoding="utf-8") as f:
            f.write("Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskwa.\n")
        # a file name with a tab, a line break and a backslash: escaped in the part
        odd = os.path.join(again, "berita\tbaru\n\\x.txt")
        with open(odd, "w", encoding="utf-8") as f:
            f.write("Menteri Luar Negeri Rusia Sergei Lavrov mengunjungi Jakarta. "
                    "Lavrov bertemu Presiden Joko Widodo.\n")
        inputs = corpus + texts + [dup, clash, odd]

        full = os.path.join(tmp, "full")
        opts = ["--rdf", "all", "--entity-mentions"]
        code, _, err = run([KABAR, "export", "-q", "--jobs", "1", "-o", full] + opts + inputs,
                           timeout=600)
        report("export of every input", ["exit %d: %s" % (code, err)] if code else [])
        if code:
            return clitest.summary()

        merged = os.path.join(tmp, "merged3")
        code, err = extract_merge(tmp, "three", shards(inputs, 3), merged, opts)
        problems = ["exit %d: %s" % (code, err)] if code else differences(full, merged)
        report("3 shards merged: every output file byte-identical to export", problems)
        m = re.search(r"kabar merge: 3 parts, (\d+) documents? extracted again", err)
        again_n = int(m.group(1)) if m else 0
        report("merge extracted documents again (%d)" % again_n,
               [] if again_n >= 1 else ["no 'extracted again' count >= 1 in: %s" % err])
        want_summary = "kabar: %d documents (1 duplicate input skipped)" % (len(inputs) - 1)
        report("merge's summary counts the documents and duplicates as export does",
               [] if want_summary in err else ["no '%s' in: %s" % (want_summary, err)])

        # A later shard alone reads some document otherwise: what its part
        # holds for it is not what one export gives, so merge must not
        # replay it as it is.
        changed = []
        for k, group in enumerate(shards(inputs, 3)[1:], start=1):
            alone = os.path.join(tmp, "alone%d" % k)
            code, _, err = run([KABAR, "export", "-q", "--rdf", "none", "-o", alone] + group,
                               timeout=600)
            if code:
                report("export of shard %d alone" % k, ["exit %d: %s" % (code, err)])
                continue
            names = {os.path.splitext(os.path.basename(p))[0] for p in group
                     if p not in (dup, clash, odd)}
            a, b = mention_rows(alone, names), mention_rows(full, names)
            changed += sorted(d for d in names if a.get(d) != b.get(d))
        report("a later shard alone reads other entities in some documents (%s)"
               % ", ".join(changed[:4]),
               [] if changed else ["every document of shards 2 and 3 reads the same alone: "
                                   "the inputs do not exercise the people of earlier parts"])

        merged5 = os.path.join(tmp, "merged5")
        full_default = os.path.join(tmp, "full-default")
        code, _, err = run([KABAR, "export", "-q", "-o", full_default] + inputs, timeout=600)
        uneven = [inputs[:3], inputs[3:90], inputs[90:91], inputs[91:150], inputs[150:]]
        code2, err2 = extract_merge(tmp, "five", uneven, merged5, ["-q"])
        problems = (["export exit %d: %s" % (code, err)] if code else
                    ["merge exit %d: %s" % (code2, err2)] if code2 else
                    differences(full_default, merged5))
        report("5 uneven shards, default options: byte-identical", problems)

        # --keep-going: operands and inputs that cannot be read, in both shards
        bad = os.path.join(tmp, "bad")
        os.mkdir(bad)
        open(os.path.join(bad, "empty.txt"), "w").close()
        with open(os.path.join(bad, "utf16.txt"), "wb") as f:
            f.write(b"\xff\xfeJ\x00a\x00")
        missing = os.path.join(tmp, "no-such-dir")
        kg_inputs = ([corpus[0], missing, os.path.join(bad, "empty.txt")] + texts[:20],
                     [os.path.join(tmp, "gone.txt")] + texts[20:40] +
                     [os.path.join(bad, "utf16.txt"), corpus[1]])
        kg_export = os.path.join(tmp, "kg-export")
        code, _, err = run([KABAR, "export", "--keep-going", "-o", kg_export] +
                           kg_inputs[0] + kg_inputs[1], timeout=600)
        kg_merged = os.path.join(tmp, "kg-merged")
        parts = []
        for i, group in enumerate(kg_inputs):
            parts.append(os.path.join(tmp, "kg-%d.part" % i))
            c, _, e = run([KABAR, "extract", "-q", "--keep-going", "-o", parts[-1]] + group)
            if c:
                report("extract --keep-going", ["exit %d: %s" % (c, e)])
        code2, _, err2 = run([KABAR, "merge", "-o", kg_merged] + parts, timeout=600)
        problems = []
        if code != 1 or code2 != 1:
            problems.append("exit %d (export) and %d (merge), want 1 and 1" % (code, code2))
        if not problems:
            problems = differences(kg_export, kg_merged)
        skipped = [l for l in err.splitlines() if "skipped" in l]
        skipped2 = [l.replace("kg-merged", "kg-export") for l in err2.splitlines()
                    if "skipped" in l]
        if skipped != skipped2 or len(skipped) != 5:
            problems.append("the skips reported differ: %s vs %s" % (skipped, skipped2))
        report("--keep-going: skipped.tsv and every output as export's, exit 1", problems)

        one = os.path.join(tmp, "one")
        alone = os.path.join(tmp, "alone-corpus")
        code, _, err = run([KABAR, "export", "-q", "-o", alone, "--rdf", "nquads"] + corpus)
        code2, err2 = extract_merge(tmp, "one", [corpus], one, ["-q", "--rdf", "nquads"])
        problems = (["export exit %d: %s" % (code, err)] if code else
                    ["merge exit %d: %s" % (code2, err2)] if code2 else
                    differences(alone, one))
        report("one part: the export of its shard", problems)
    return clitest.summary()


if __name__ == "__main__":
    sys.exit(main())
