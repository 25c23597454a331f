# SPDX-License-Identifier: MIT
"""facts.tsv and facts.jsonl read by the readers people use, with the
README's recipes ("Reading the tables"), on documents written for the test:
one whose second sentence opens a quotation it never closes (a default TSV
dialect takes that '"' for a quote and swallows the rows after it), one
with a BOM, "'", '\\', a quoted word and non-ASCII text, a tab inside a
sentence.

- the facts are the ones read off the documents by hand (EXPECTED);
- facts.tsv: the contract's nine columns first, unchanged, then kabar's;
  every row's evidence is the input file's bytes at its start/end, with
  the contract's cleaning (tab and newline to a space);
- Python's csv module (QUOTE_NONE), pandas read_csv (QUOTE_NONE, no NA
  guessing), R's read.delim (quote = "") and jq -R give exactly the rows of
  facts.tsv split on LF and tab; Python's default csv dialect does not (the
  documents do hit the problem the recipes avoid);
- facts.jsonl: json, pandas read_json(lines=True), jsonlite::stream_in and
  jq give one record per facts.tsv row, in its order, field by field equal
  (numbers for sentence/start/end, null for an empty value).
Readers that are not installed (pandas, Rscript, jsonlite, jq) are skipped
with a message.

usage: cli_readers.py KABAR
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import clitest
from clitest import report, skip

CONTRACT = ["doc", "sentence", "subject", "subject_type", "relation", "object", "object_type",
            "status", "evidence"]
HEADER = CONTRACT + ["fact_id", "subject_id", "object_id", "claimant_id", "date", "start", "end"]
NUMBERS = {"sentence", "start", "end"}
BOM = b"\xef\xbb\xbf"

DOCS = {
    "kutipan.txt": (
        "Presiden Joko Widodo bertemu Presiden Prancis Emmanuel Macron di Paris pada 12 Mei "
        "2023.\n"
        # opens a quotation and never closes it
        "\"Kami mendukung Ukraina sepenuhnya, kata Macron kepada wartawan.\n"
        "Rusia menyerang Ukraina pada Februari 2022.\n"
        "Amerika Serikat menjatuhkan\tsanksi terhadap Rusia.\n"
        "Korea Utara mengirim amunisi ke Rusia, menurut laporan intelijen.\n"
        "Amerika Serikat menuduh Korea Utara mengirim rudal ke Rusia.\n").encode(),
    "lain.txt": BOM + (
        "Menteri Luar Negeri Jepang Yoko Kamikawa mengunjungi Korea Selatan pada Selasa.\n"
        "Jepang's \"mitra\" \\\\ Korea Selatan: Jepang mengecam Korea Utara.\n"
        "Perdana Menteri Jepang Fumio Kishida bertemu Presiden Türkiye Recep Tayyip Erdoğan di "
        "Ankara.\n").encode(),
}
# (doc, sentence, subject_id, relation, object_id, status, claimant_id, date), read off
# the documents: a title names the office and its state (a bare "Presiden" before a
# president the lexicon knows gives his state); a meeting in a city is a visit to its
# state by the one who is not at home; "Kami" in Macron's words is France; "menurut
# laporan" and "menuduh" make the claimed fact alleged, "menuduh" naming who claims it.
EXPECTED = sorted([
    ("kutipan", 1, "joko_widodo", "leaderOf", "IDN", "asserted", "", "2023-05-12"),
    ("kutipan", 1, "emmanuel_macron", "leaderOf", "FRA", "asserted", "", "2023-05-12"),
    ("kutipan", 1, "joko_widodo", "metWith", "emmanuel_macron", "asserted", "", "2023-05-12"),
    ("kutipan", 1, "joko_widodo", "visited", "FRA", "asserted", "", "2023-05-12"),
    ("kutipan", 2, "FRA", "supports", "UKR", "asserted", "", ""),
    ("kutipan", 3, "RUS", "attacked", "UKR", "asserted", "", "2022-02"),
    ("kutipan", 4, "USA", "sanctioned", "RUS", "asserted", "", ""),
    ("kutipan", 5, "PRK", "suppliedArmsTo", "RUS", "alleged", "", ""),
    ("kutipan", 6, "USA", "accused", "PRK", "asserted", "", ""),
    ("kutipan", 6, "PRK", "suppliedArmsTo", "RUS", "alleged", "USA", ""),
    ("lain", 1, "yoko_kamikawa", "officialOf", "JPN", "asserted", "", ""),
    ("lain", 1, "yoko_kamikawa", "visited", "KOR", "asserted", "", ""),
    ("lain", 2, "JPN", "criticized", "PRK", "asserted", "", ""),
    ("lain", 3, "fumio_kishida", "leaderOf", "JPN", "asserted", "", ""),
    ("lain", 3, "recep_tayyip_erdogan", "leaderOf", "TUR", "asserted", "", ""),
    ("lain", 3, "fumio_kishida", "metWith", "recep_tayyip_erdogan", "asserted", "", ""),
    ("lain", 3, "fumio_kishida", "visited", "TUR", "asserted", "", ""),
])
SYMMETRIC = {"metWith", "militaryCooperation", "tradesWith", "alliedWith", "foughtAgainst"}

# The README's recipes, as run here.
R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
d <- read.delim(args[1], quote = "", na.strings = NULL, colClasses = "character",
                encoding = "UTF-8")
write.table(d, args[2], sep = "\t", quote = FALSE, row.names = FALSE, na = "",
            fileEncoding = "UTF-8")
if (requireNamespace("jsonlite", quietly = TRUE)) {
  j <- jsonlite::stream_in(file(args[3]), verbose = FALSE)
  write.table(j, args[4], sep = "\t", quote = FALSE, row.names = FALSE, na = "",
              fileEncoding = "UTF-8")
}
"""
JQ_TSV = r'split("\t")'
JQ_JSONL = r'[.[] | if . == null then "" else tostring end] | join("\t")'


def clean(text):
    """The writers' cleaning (include/kabar/tsv.h)."""
    return re.sub("[\x00-\x1f\x7f-\x9f\u2028\u2029]", " ", text)


def compare(name, got, want):
    """Problems: rows (lists of str) that differ, at most a few."""
    if len(got) != len(want):
        return ["%s: %d rows, want %d" % (name, len(got), len(want))]
    bad = ["%s row %d: %r, want %r" % (name, i, g, w)
           for i, (g, w) in enumerate(zip(got, want), 1) if g != w]
    return bad[:3]


def as_text(v):
    """A JSON value as facts.tsv writes it."""
    return "" if v is None else str(v)


def check_truth(src, header, rows):
    """The expected facts, the columns and the evidence against the input."""
    problems = []
    if header[:9] != CONTRACT:
        problems.append("the contract's nine columns changed: %r" % header[:9])
    if header != HEADER:
        problems.append("header %r, want %r" % (header, HEADER))
    got = sorted((r[0], int(r[1]), r[10], r[4], r[11], r[7], r[12], r[13]) for r in rows)
    if got != EXPECTED:
        problems.append("facts %s, want %s" % (sorted(set(got) - set(EXPECTED)),
                                               sorted(set(EXPECTED) - set(got))))
    for r in rows:
        a, b = (r[10], r[11]) if r[4] not in SYMMETRIC or r[10] < r[11] else (r[11], r[10])
        if r[9] != "%s:%s:%s" % (a, r[4], b):
            problems.append("fact_id %r of %s %s %s" % (r[9], r[10], r[4], r[11]))
        with open(os.path.join(src, r[0] + ".txt"), "rb") as f:
            data = f.read()
        start, end = int(r[14]), int(r[15])
        if clean(data[start:end].decode("utf-8")) != r[8]:
            problems.append("%s %s: evidence %r, the file has %r at %d-%d" %
                            (r[0], r[1], r[8], data[start:end], start, end))
    evidence = [r[8] for r in rows]
    # the documents hold what the test is about
    for what, ok in (("an evidence opening an unclosed quotation",
                      any(e.startswith('"') and e.count('"') == 1 for e in evidence)),
                     ("an evidence with ' and \\", any("'" in e and "\\" in e for e in evidence)),
                     ("non-ASCII evidence", any(not e.isascii() for e in evidence))):
        if not ok:
            problems.append("no %s" % what)
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    kabar = argv[1]
    with tempfile.TemporaryDirectory(prefix="kabar-readers-") as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        for name, data in DOCS.items():
            with open(os.path.join(src, name), "wb") as f:
                f.write(data)
        out = os.path.join(tmp, "out")
        code, _, err = clitest.run([kabar, "export", "-q", "--rdf", "none", "-o", out, src])
        if code != 0:
            report("export", ["exit %d: %s" % (code, err)])
            return clitest.summary()
        tsv, jsonl = os.path.join(out, "facts.tsv"), os.path.join(out, "facts.jsonl")

        # The truth: facts.tsv as the contract defines it, split on LF and tab.
        with open(tsv, "rb") as f:
            lines = f.read().decode("utf-8").split("\n")
        if lines[-1] != "":
            report("facts.tsv", ["no LF at the end"])
        header, rows = lines[0].split("\t"), [ln.split("\t") for ln in lines[1:-1]]
        report("facts.tsv: %d rows, the expected facts, evidence = input bytes" % len(rows),
               check_truth(src, header, rows))
        truth = [header] + rows
        truth_dicts = [dict(zip(header, r)) for r in rows]

        # Python's csv module: the recipe, and the default dialect that it avoids.
        with open(tsv, encoding="utf-8", newline="") as f:
            got = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        report("csv.DictReader(quoting=QUOTE_NONE)",
               compare("csv", [list(d.values()) for d in got], rows) +
               ([] if [list(d) for d in got[:1]] == [header] else ["keys %r" % list(got[0])]))
        with open(tsv, encoding="utf-8", newline="") as f:
            default = list(csv.DictReader(f, delimiter="\t"))
        report("csv.DictReader with the default dialect loses rows (%d of %d)" %
               (len(default), len(rows)),
               [] if default != truth_dicts else ["the default dialect read every row: the "
                                                  "documents no longer test the quote problem"])

        # json: facts.jsonl against facts.tsv, field by field.
        problems, objs = [], []
        with open(jsonl, "rb") as f:
            jlines = f.read().decode("utf-8").split("\n")
        if jlines[-1] != "":
            problems.append("no LF at the end")
        for ln in jlines[:-1]:
            try:
                objs.append(json.loads(ln))
            except ValueError as e:
                problems.append("not JSON: %s: %r" % (e, ln))
        for i, o in enumerate(objs, 1):
            if list(o) != HEADER:
                problems.append("line %d: keys %r" % (i, list(o)))
            elif any((type(o[k]) is not int) if k in NUMBERS else
                     (o[k] is not None and type(o[k]) is not str) or o[k] == "" for k in o):
                problems.append("line %d: types %r" % (i, o))
        problems += compare("facts.jsonl", [[as_text(v) for v in o.values()] for o in objs], rows)
        report("json.loads per line of facts.jsonl = facts.tsv", problems)

        # pandas
        try:
            import pandas as pd
        except ImportError:
            pd = None
            skip("pandas", "not installed (python3-pandas)")
        if pd is not None:
            d = pd.read_csv(tsv, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False,
                            dtype=str)
            report("pandas read_csv(quoting=QUOTE_NONE, keep_default_na=False, dtype=str)",
                   compare("read_csv", [list(d.columns)] + d.values.tolist(), truth))
            j = pd.read_json(jsonl, lines=True, dtype=False, convert_dates=False)
            got = [[("" if pd.isna(v) else str(v)) for v in rec] for rec in j.values.tolist()]
            report("pandas read_json(lines=True, dtype=False, convert_dates=False)",
                   compare("read_json", [list(j.columns)] + got, truth))
            j = pd.read_json(jsonl, lines=True)  # the plain call: every row, types guessed
            report("pandas read_json(lines=True)",
                   [] if len(j) == len(rows) and list(j.columns) == HEADER and
                   j["evidence"].tolist() == [r[8] for r in rows]
                   else ["%d rows, columns %r" % (len(j), list(j.columns))])

        # R
        rscript = shutil.which("Rscript")
        if not rscript:
            skip("R read.delim / jsonlite::stream_in", "Rscript not installed (r-base-core)")
        else:
            script = os.path.join(tmp, "read.R")
            with open(script, "w") as f:
                f.write(R_SCRIPT)
            back, jback = os.path.join(tmp, "r-tsv.tsv"), os.path.join(tmp, "r-jsonl.tsv")
            code, _, err = clitest.run([rscript, "--vanilla", script, tsv, back, jsonl, jback],
                                       env={"LC_ALL": "C.UTF-8"})
            problems = ["exit %d: %s" % (code, err)] if code != 0 else []
            if os.path.exists(back):
                with open(back, "rb") as f:
                    problems += compare("read.delim", [ln.split("\t") for ln in
                                                       f.read().decode().split("\n")[:-1]], truth)
            report('R read.delim(quote = "", na.strings = NULL, colClasses = "character")',
                   problems or ([] if os.path.exists(back) else ["nothing written"]))
            if not os.path.exists(jback):
                skip("R jsonlite::stream_in", "jsonlite not installed (r-cran-jsonlite)")
            else:
                with open(jback, "rb") as f:
                    report("R jsonlite::stream_in",
                           compare("stream_in", [ln.split("\t") for ln in
                                                 f.read().decode().split("\n")[:-1]], truth))

        # jq
        jq = shutil.which("jq")
        if not jq:
            skip("jq", "not installed")
        else:
            code, sout, err = clitest.run([jq, "-R", "-c", JQ_TSV, tsv])
            got = [json.loads(ln) for ln in sout.split("\n")[:-1]] if code == 0 else []
            report("jq -R 'split(\"\\t\")' facts.tsv",
                   compare("jq -R", got, truth) + (["exit %d: %s" % (code, err)] if code else []))
            code, sout, err = clitest.run([jq, "-r", JQ_JSONL, jsonl])
            got = [ln.split("\t") for ln in sout.split("\n")[:-1]]
            report("jq facts.jsonl back to facts.tsv's rows",
                   compare("jq", got, rows) + (["exit %d: %s" % (code, err)] if code else []))
    return clitest.summary()


sys.exit(main(sys.argv))
