# SPDX-License-Identifier: MIT
"""kabar's name recognition scored on CoNLL-style NER data (token<TAB>BIO tag,
a blank line between sentences).

Each sentence is detokenized (no space before . , ; : ! ? ) % and after ( ),
written as a document of its own, and exported with `kabar export`; the
name rows of mentions.tsv (not references, descriptions or implied ones)
are mapped back to tokens by their byte spans. Types: Person -> PERSON,
Organization -> ORGANIZATION, State and Place -> LOCATION; agreements and
events are not scored (the usual NER sets have no such type). The data's
tags are mapped the same way (PER/PERSON, ORG/ORGANISATION/ORGANIZATION,
LOC/PLACE/LOCATION/GPE; others dropped). A span counts when its tokens and
type both match (exact-span F1, as conlleval).

usage: ner_eval.py KABAR CONLL [--min-f1 TYPE=F ...] [-v]
  prints precision, recall and F1 per type and overall; with --min-f1, exits
  1 when a type's F1 is under its floor (TYPE is PERSON, ORGANIZATION,
  LOCATION or ALL).
"""
import os
import subprocess
import sys
import tempfile

TAG_TYPES = {"PER": "PERSON", "PERSON": "PERSON",
             "ORG": "ORGANIZATION", "ORGANISATION": "ORGANIZATION",
             "ORGANIZATION": "ORGANIZATION",
             "LOC": "LOCATION", "PLACE": "LOCATION", "LOCATION": "LOCATION", "GPE": "LOCATION"}
KABAR_TYPES = {"Person": "PERSON", "Organization": "ORGANIZATION", "State": "LOCATION",
               "Place": "LOCATION"}
NAME_KINDS = {"lexicon", "title", "apposition", "head", "pattern", "model"}
TYPES = ["PERSON", "ORGANIZATION", "LOCATION"]
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "%"}
NO_SPACE_AFTER = {"("}


def read_conll(path):
    """Sentences as lists of (token, tag); errors name the file and line."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2 or not (parts[-1] == "O" or parts[-1][:2] in ("B-", "I-")):
                raise SystemExit("%s:%d: want token<TAB>BIO tag, got %r" % (path, ln, line))
            cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def gold_spans(sent):
    """{(first token, end token, type)} from BIO tags (an I- after O starts a span)."""
    spans, start, typ = set(), None, None
    for i, (_tok, tag) in enumerate(sent + [("", "O")]):
        kind, label = (tag[:1], tag[2:]) if tag != "O" else ("O", None)
        if start is not None and (kind != "I" or label != typ):
            if TAG_TYPES.get(typ):
                spans.add((start, i, TAG_TYPES[typ]))
            start = None
        if kind in ("B", "I") and start is None:
            start, typ = i, label
    return spans


def detokenize(tokens):
    """The sentence's text and each token's byte span in it."""
    out, spans, pos = [], [], 0
    for i, tok in enumerate(tokens):
        if i and tok not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            out.append(" ")
            pos += 1
        b = len(tok.encode())
        spans.append((pos, pos + b))
        out.append(tok)
        pos += b
    return "".join(out), spans


def to_tokens(spans, b, e):
    """The tokens a byte span covers, or None when it starts or ends inside one."""
    first = next((i for i, (s, _) in enumerate(spans) if s == b), None)
    last = next((i for i, (_, t) in enumerate(spans) if t == e), None)
    if first is None or last is None or last < first:
        return None
    return first, last + 1


def run(kabar, sents, env=None):
    """Predicted spans per sentence, from kabar's mentions.tsv: {(first
    token, end token, type): the mention's kind}; env, the environment of
    the export (tools/ner_heldout.py points KABAR_DATA at another model)."""
    pred = [dict() for _ in sents]
    with tempfile.TemporaryDirectory(prefix="kabar-ner-") as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        offsets = []
        for n, sent in enumerate(sents):
            text, spans = detokenize([t for t, _ in sent])
            offsets.append(spans)
            with open(os.path.join(src, "s%05d.txt" % n), "w", encoding="utf-8") as f:
                f.write(text + "\n")
        out = os.path.join(tmp, "out")
        r = subprocess.run([kabar, "export", "-q", "--rdf", "none", "-o", out, src],
                           capture_output=True, env=env)
        if r.returncode != 0:
            raise SystemExit("kabar export: exit %d: %s" %
                             (r.returncode, r.stderr.decode(errors="replace")))
        with open(os.path.join(out, "mentions.tsv"), encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f][1:]
    for doc, _n, b, e, _surface, _eid, etype, kind in rows:
        if kind not in NAME_KINDS or etype not in KABAR_TYPES:
            continue
        n = int(doc[1:])
        tok = to_tokens(offsets[n], int(b), int(e))
        if tok:
            pred[n][(tok[0], tok[1], KABAR_TYPES[etype])] = kind
    return pred


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    args = [a for a in argv[1:] if a != "-v"]
    verbose = "-v" in argv
    floors = {}
    while "--min-f1" in args:
        i = args.index("--min-f1")
        typ, _, val = args[i + 1].partition("=")
        floors[typ] = float(val)
        del args[i:i + 2]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    kabar, conll = args
    sents = read_conll(conll)
    gold = [gold_spans(s) for s in sents]
    pred = run(kabar, sents)
    counts = {t: [0, 0, 0] for t in TYPES + ["ALL"]}
    for n, (g, p) in enumerate(zip(gold, pred)):
        p = set(p)
        for span in p | g:
            k = 0 if span in p and span in g else (1 if span in p else 2)
            counts[span[2]][k] += 1
            counts["ALL"][k] += 1
            if verbose and k:
                toks = " ".join(t for t, _ in sents[n][span[0]:span[1]])
                print("%s s%05d %s %s" % ("extra" if k == 1 else "missed", n, span[2], toks))
    failed = []
    print("%d sentences of %s" % (len(sents), os.path.basename(conll)))
    for t in TYPES + ["ALL"]:
        p, r, f = prf(*counts[t])
        print("%-12s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)" % ((t, p, r, f) + tuple(counts[t])))
        if t in floors and f < floors[t]:
            failed.append("%s F1 %.3f under the floor %.3f" % (t, f, floors[t]))
    for msg in failed:
        print("FAIL", msg)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
