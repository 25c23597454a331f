# SPDX-License-Identifier: MIT
"""kabar's names scored on held-out 15 % blocks of the NERGrit training split,
with the errors sorted by kind and by source, to choose changes without the
test split.

For each block a tagger model is trained on the rest of the training file
(with the shipped settings: no word lists, the word classes), kabar is run
over the block with that model (a data directory of links to data/ with
only ner/tagger.model replaced), and its name mentions are scored as
tests/quality/ner_eval.py scores them. The tagger alone is scored beside it.

Each error on a gold span of a type is one of: `type` (a name with the same
tokens and another type), `boundary` (an overlapping name of the same type,
other tokens), `boundary+type` (overlapping, other tokens and type), `missed`
(nothing overlaps it); a predicted name that overlaps no gold span of any type
is `false positive`. Each error that has a predicted name is counted by its
source: `model` (the tagger's reading) or `rule` (every other kind).

usage: ner_heldout.py [--kabar build/kabar] [--trainer build/kabar-train-tagger]
                      [--train data/ner/nergrit-train.txt] [--blocks 0,28,57,85]
                      [--work /tmp/ner-heldout] [--reuse] [-v]
  --reuse keeps the models already trained in --work (when the trainer and
  the data have not changed); -v prints each error.
"""
import os
import shutil
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# kabar's side is scored as the ctest harness scores it, with its functions
sys.path.insert(0, os.path.join(ROOT, "tests", "quality"))
from ner_eval import TYPES, gold_spans, prf, run  # noqa: E402


def spans_of(tags):
    return gold_spans([(None, t) for t in tags])


def read_conll(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            cur.append((parts[0], parts[1]) if len(parts) < 3 else (parts[0], parts[1], parts[2]))
    if cur:
        sents.append(cur)
    return sents


def write_conll(path, sents):
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            for tok in s:
                f.write("%s\t%s\n" % (tok[0], tok[1]))
            f.write("\n")


def data_dir_with(model, where):
    """A data directory of links to data/ whose ner/tagger.model is `model`."""
    if os.path.exists(where):
        shutil.rmtree(where)
    os.makedirs(os.path.join(where, "ner"))
    src = os.path.join(ROOT, "data")
    for name in os.listdir(src):
        if name != "ner":
            os.symlink(os.path.join(src, name), os.path.join(where, name))
    for name in os.listdir(os.path.join(src, "ner")):
        if name != "tagger.model":
            os.symlink(os.path.join(src, "ner", name), os.path.join(where, "ner", name))
    os.symlink(os.path.abspath(model), os.path.join(where, "ner", "tagger.model"))
    return where


def classify(gold, pred, counts, errors, sent, n, label, tagger=frozenset()):
    """Adds the errors of one sentence to counts[(type, error, source)]."""
    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    def source(kind):
        return "model" if kind == "model" else "rule"

    for g in gold:
        if g in pred:
            counts[(g[2], "tp", source(pred[g]))] += 1
            continue
        over = [p for p in pred if overlaps(p, g)]
        same_tok = [p for p in over if p[:2] == g[:2]]
        same_typ = [p for p in over if p[2] == g[2]]
        if same_tok:
            err, p = "type", same_tok[0]
        elif same_typ:
            err, p = "boundary", same_typ[0]
        elif over:
            err, p = "boundary+type", over[0]
        else:
            err, p = "missed", None
        src = source(pred[p]) if p else "-"
        counts[(g[2], err, src)] += 1
        errors.append((label, n, g[2], err, src, toks(sent, g),
                       toks(sent, p) + (" [%s]" % p[2] if p else ""),
                       "tagger right" if g in tagger else ""))
    for p in pred:
        if not any(overlaps(p, g) for g in gold):
            counts[(p[2], "false positive", source(pred[p]))] += 1
            errors.append((label, n, p[2], "false positive", source(pred[p]), "", toks(sent, p),
                           "tagger too" if p in tagger else ""))


def toks(sent, span):
    return " ".join(t[0] for t in sent[span[0]:span[1]]) if span else ""


def score(gold, pred):
    c = {t: [0, 0, 0] for t in TYPES + ["ALL"]}
    for g, p in zip(gold, pred):
        p = set(p)
        for span in p | g:
            k = 0 if span in p and span in g else (1 if span in p else 2)
            c[span[2]][k] += 1
            c["ALL"][k] += 1
    return c


def main(argv):
    opts = {"--kabar": os.path.join(ROOT, "build/kabar"),
            "--trainer": os.path.join(ROOT, "build/kabar-train-tagger"),
            "--train": os.path.join(ROOT, "data/ner/nergrit-train.txt"),
            "--blocks": "0,28,57,85", "--work": "/tmp/ner-heldout"}
    args = argv[1:]
    reuse = "--reuse" in args
    verbose = "-v" in args
    args = [a for a in args if a not in ("--reuse", "-v")]
    while args:
        if args[0] not in opts or len(args) < 2:
            print(__doc__, file=sys.stderr)
            return 2
        opts[args[0]] = args[1]
        args = args[2:]
    work = opts["--work"]
    os.makedirs(work, exist_ok=True)
    sents = read_conll(opts["--train"])
    n = len(sents)
    total = {"kabar": score([], []), "tagger": score([], [])}
    counts, errors = Counter(), []
    for start_pct in [int(x) for x in opts["--blocks"].split(",")]:
        a = n * start_pct // 100
        b = min(n, a + n * 15 // 100)
        held, rest = sents[a:b], sents[:a] + sents[b:]
        label = "b%02d" % start_pct
        model = os.path.join(work, label + ".model")
        held_path = os.path.join(work, label + ".held.txt")
        write_conll(held_path, held)
        if not (reuse and os.path.exists(model)):
            rest_path = os.path.join(work, label + ".rest.txt")
            write_conll(rest_path, rest)
            subprocess.run([opts["--trainer"], "train", rest_path, model, "--lexicon", "none",
                            "--dict", "none", "--classes",
                            os.path.join(ROOT, "data/ner/clusters.tsv")],
                           check=True, stdout=subprocess.DEVNULL)
        data = data_dir_with(model, os.path.join(work, label + ".data"))
        gold = [spans_of([t[1] for t in s]) for s in held]
        pred = run(opts["--kabar"], held, dict(os.environ, KABAR_DATA=data))
        r = subprocess.run([opts["--trainer"], "tag", model, held_path, "--lexicon", "none",
                            "--dict", "none"], capture_output=True, check=True, text=True)
        tagged = [[line.split("\t")[2] for line in blk.split("\n") if line]
                  for blk in r.stdout.strip("\n").split("\n\n")]
        tpred = [spans_of(t) for t in tagged]
        for name, p in (("kabar", pred), ("tagger", tpred)):
            c = score(gold, p)
            for t in c:
                for k in range(3):
                    total[name][t][k] += c[t][k]
        for i, (g, p) in enumerate(zip(gold, pred)):
            classify(g, p, counts, errors, held[i], i, label, tpred[i])
            # Gold spans kabar misses or gets wrong that the tagger alone reads right.
            for span in g - set(p):
                if span in tpred[i]:
                    counts[(span[2], "tagger alone right", "-")] += 1
    for name in ("kabar", "tagger"):
        print("%s on the held-out blocks %s:" % (name, opts["--blocks"]))
        for t in TYPES + ["ALL"]:
            p, r, f = prf(*total[name][t])
            print("  %-12s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)" %
                  ((t, p, r, f) + tuple(total[name][t])))
    print("errors of kabar by type, kind and source:")
    for t in TYPES:
        for key in sorted(k for k in counts if k[0] == t):
            print("  %-12s %-20s %-6s %5d" % (key[0], key[1], key[2], counts[key]))
    if verbose:
        for e in errors:
            print("\t".join(str(x) for x in e))
    return 0


sys.exit(main(sys.argv))
