#!/usr/bin/env python3
"""Checks that no text of real/ repeats one of unseen/ (or of the synthetic
sets): unseen/ is scored but never read, and a copy of one of its texts in
real/ would be read and tuned on. Compares word trigrams; prints only the
file names of a pair whose smaller text shares more than a third of them."""
import os
import re
import sys

LIMIT = 0.33


def trigrams(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        w = re.findall(r"\w+", f.read().lower())
    return set(zip(w, w[1:], w[2:]))


def texts(d):
    return {f: trigrams(os.path.join(d, f)) for f in sorted(os.listdir(d)) if f.endswith(".txt")}


def main():
    quality = sys.argv[1]
    real = texts(os.path.join(quality, "real", "texts"))
    others = {}
    for name in ("unseen/texts", "heldout/corpus", "heldout2/corpus", "heldout3/corpus",
                 "heldout4/corpus", "heldout5/corpus"):
        d = os.path.join(quality, name)
        if os.path.isdir(d):
            for f, t in texts(d).items():
                others[name + "/" + f] = t
    bad = 0
    for f, s in real.items():
        for g, t in others.items():
            if s and t and len(s & t) / min(len(s), len(t)) > LIMIT:
                print("real/texts/%s repeats %s" % (f, g))
                bad += 1
    print("%d real texts against %d others: %d repeats" % (len(real), len(others), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
