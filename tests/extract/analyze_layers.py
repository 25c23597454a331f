#!/usr/bin/env python3
"""`kabar analyze` shows each pass's layer: the clause layer's predicates,
subjects (own, relative, carried) and negation, the phrase layer's heads,
genitives and places, and each fact with the rule that stated it. The
sentences are written for this test; each expectation was checked by hand
against the sentence."""
import os
import subprocess
import sys
import tempfile

kabar = sys.argv[1]
TEXT = ("Uji lapisan\n\n"
        "Norwegia, yang bukan anggota NATO, menolak usul itu.\n\n"
        "Sergey Lavrov (lahir 21 Maret 1950) adalah Menteri Luar Negeri Rusia.\n\n"
        "Vietnam menyerbu Kamboja dan kemudian menduduki Phnom Penh.\n\n"
        "Perbatasan antara Iran dan Irak ditutup.\n")

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what)


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "lapisan.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(TEXT)
    p = subprocess.run([kabar, "analyze", path], capture_output=True, text=True)
    check(p.returncode == 0, "exit 0 (got %d: %s)" % (p.returncode, p.stderr))
    out = p.stdout
    blocks = {}
    for block in out.split("\n== ")[0:]:
        head = block.split("\n", 1)[0]
        blocks[head.lstrip("= ").strip()] = block
    s2 = blocks.get("lapisan sentence 2 (text)", "")
    s3 = blocks.get("lapisan sentence 3 (text)", "")
    s4 = blocks.get("lapisan sentence 4 (text)", "")
    s5 = blocks.get("lapisan sentence 5 (text)", "")
    # words: categories from data/cues/words.tsv and data/frames/grammar.tsv
    check("yang: relative" in s2, "'yang' is a relative word")
    check("bukan: negation" in s2, "'bukan' is a negation")
    check("adalah: copula" in s3, "'adalah' is a copula")
    # clauses: a relative clause with no verb is a negated nominal predicate
    check("clause 2: yang bukan anggota NATO," in s2, "the relative clause is its own clause")
    check('predicate: copula "yang bukan" negated' in s2, "the relative clause is negated")
    check("(relative: the name before 'yang')" in s2, "the relative clause's subject")
    check('subject: "Norwegia" = Norwegia (carried from the clause before)' in s2,
          "the main clause goes on past the relative one")
    # the copula's subject past a parenthesis
    check('subject: "Sergey Lavrov" = Sergey Lavrov' in s3, "the copula's subject")
    check('head "Menteri Luar Negeri" predicate' in s3, "the title is the predicate")
    check("fact: Sergey Lavrov officialOf Rusia [asserted] by frame role" in s3,
          "the role frame states the fact")
    check("fact: Norwegia memberOf" in s2 and "[negated] by frame memberOf anggota" in s2,
          "the memberOf frame, negated")
    # a subject carried into a clause after "dan kemudian"
    check('predicate: verb "menduduki" meN-' in s4, "the second clause's verb and voice")
    check("(carried from the clause before)" in s4, "the second clause's subject is carried")
    # a noun that is no frame head gives no phrase and no fact
    check("phrase:" not in s5 and "fact:" not in s5, "'Perbatasan antara' states nothing")
    # a missing file: exit 1, the file named
    p = subprocess.run([kabar, "analyze", os.path.join(d, "tidak-ada.txt")], capture_output=True,
                       text=True)
    check(p.returncode == 1 and "tidak-ada.txt" in p.stderr, "a missing file is named, exit 1")
    p = subprocess.run([kabar, "analyze"], capture_output=True, text=True)
    check(p.returncode == 2, "no file is a usage error")

if failures:
    print(out)
print("analyze layers: %d failed" % failures)
sys.exit(1 if failures else 0)
