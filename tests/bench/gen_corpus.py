# SPDX-License-Identifier: MIT
"""A realistic benchmark corpus: real articles with people and states varied.

Documents are runs of consecutive paragraphs of the real texts in the
repository (tests/quality/real/texts and data/corpus; never the unseen set),
each headed by a title sentence. In every document the people of
data/lexicon/people.tsv are replaced by generated Indonesian-looking people
and the states of data/lexicon/states.tsv by states drawn from states.tsv,
both Zipf-wise, so that, as in news, a few people and states recur in many
documents while new ones keep appearing: the entity set grows with the
corpus instead of stopping at the people of a few hundred articles.

Within a document the replacement is consistent (every form of one person
becomes the same new person, full names the full new name, one-word forms
the new family name; all names of one state the new state's label), so
kabar links the short forms as it does in the originals. Generated names
are capitalised words of two or three parts, none of them a word of the
lexicons, so kabar knows them only from context ("Menteri Luar Negeri
Suryanto Wibisono").

Deterministic: the same seed and size give the same files, byte for byte.

usage: gen_corpus.py DEST [--mb MB] [--seed S] [--root REPO] [--per-dir N]
       gen_corpus.py --one-doc DEST_FILE --mb MB ...   (one long document)
"""
import argparse
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ("tests/quality/real/texts", "data/corpus")

# Syllables of Javanese/Malay-looking names; endings common in Indonesian names.
ONSETS = ["B", "D", "S", "W", "H", "R", "P", "A", "I", "Y", "K", "G", "L", "M",
          "N", "T", "J", "C", "E", "U", "F", "Z"]
MIDS = ["a", "ar", "u", "i", "e", "o", "an", "ah", "ur", "ir", "am", "in", "on"]
VOWEL_MIDS = ["ra", "na", "ndi", "gu", "su", "di", "ma", "li", "hma", "wi", "ri", "ko"]
SYLS = ["ba", "di", "su", "wa", "har", "to", "no", "yan", "ti", "ri", "sa", "ma",
        "ni", "ra", "dya", "wan", "ja", "ya", "ko", "kus", "se", "ge", "la", "mi",
        "nu", "pra", "ha", "de", "ru", "ta", "ka", "li", "sti", "ndra", "gus",
        "hen", "tri", "dar", "jo", "lu", "mar", "wi", "bu", "nan", "sih", "ti"]
ENDS = ["to", "no", "wan", "di", "ni", "yah", "sari", "ti", "ra", "man", "di",
        "ana", "an", "a", "o", "i", "us", "ah", "ar", "at", "in", "ono"]


def lexicon_words(root):
    """Every word of the lexicons, lower-cased: generated names avoid them."""
    words = set()
    d = os.path.join(root, "data", "lexicon")
    for name in os.listdir(d):
        if name.endswith(".tsv"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                words.update(w.lower() for w in re.findall(r"\w+", f.read()))
    return words


class Names:
    """Person k (1, 2, ...) -> a fixed generated name, the same for every run."""

    def __init__(self, seed, taken):
        self.seed = seed
        self.taken = taken
        self.cache = {}

    def word(self, rnd):
        while True:
            o = rnd.choice(ONSETS)
            w = o + rnd.choice(VOWEL_MIDS if o in "AIEU" else MIDS)  # not "Aah"
            for _ in range(rnd.randint(0, 1)):
                w += rnd.choice(SYLS)
            w = (w + rnd.choice(ENDS)).capitalize()
            if len(w) >= 4 and w.lower() not in self.taken:
                return w

    def __call__(self, k):
        n = self.cache.get(k)
        if n is None:
            rnd = random.Random("person %d %d" % (self.seed, k))
            parts = [self.word(rnd) for _ in range(3 if rnd.random() < 0.2 else 2)]
            n = self.cache[k] = parts
        return n


def zipf(rnd, n, s):
    """A rank in 1..n with P(k) ~ k^-s (continuous inverse, s != 1)."""
    u = rnd.random()
    a = 1.0 - s
    x = ((n + 1) ** a - 1.0) * u + 1.0
    return min(n, int(x ** (1.0 / a)))


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    return [r for r in rows[1:] if r and r[0] and not r[0].startswith("#")]


def surface_forms(root):
    """The names of people and states in the lexicons: form -> ('P', row of
    people.tsv) or ('S', iso3); and iso3 -> (label, former)."""
    forms = {}
    people = read_tsv(os.path.join(root, "data", "lexicon", "people.tsv"))
    for i, r in enumerate(people):
        for f in [r[0]] + [x for x in r[1].split("|") if x]:
            if len(f) >= 3:
                forms.setdefault(f, ("P", i))
    states = read_tsv(os.path.join(root, "data", "lexicon", "states.tsv"))
    labels = {}
    for r in states:
        iso, label = r[0], r[1]
        labels[iso] = (label, r[3] == "1")
        for f in [label] + [x for x in r[2].split("|") if x]:
            if len(f) >= 2:
                forms.setdefault(f, ("S", iso))
    return forms, labels


def load_articles(root):
    arts = []
    for sub in SOURCES:
        d = os.path.join(root, sub)
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    paras = [p.strip() for p in f.read().split("\n") if p.strip()]
                if paras:
                    arts.append(paras)
    if not arts:
        sys.exit("gen_corpus: no texts under %s" % root)
    return arts


class Corpus:
    def __init__(self, root, seed, person_s=1.25, n_people=10 ** 7):
        self.rnd = random.Random(seed)
        self.names = Names(seed, lexicon_words(root))
        self.person_s, self.n_people = person_s, n_people
        forms, self.labels = surface_forms(root)
        # Longest form first, whole words only (a hyphen is a boundary:
        # "Tiongkok-Soviet"); once, over the texts, so that each paragraph
        # becomes a template of text and slots.
        alts = sorted(forms, key=lambda f: (-len(f), f))
        rx = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in alts) + r")(?![\w])")
        self.arts = []
        use = {}
        for paras in load_articles(root):
            art = []
            for p in paras:
                tpl, last = [], 0
                for m in rx.finditer(p):
                    kind, ident = forms[m.group(1)]
                    tpl.append(p[last:m.start()])
                    full = " " in m.group(1)
                    tpl.append((kind, ident, full))
                    if kind == "S":
                        use[ident] = use.get(ident, 0) + 1
                    last = m.end()
                tpl.append(p[last:])
                art.append(tpl)
            self.arts.append(art)
        # States by rank: most used in the texts first, then the rest of
        # the current ones in a seeded order.
        current = sorted(i for i, (_, former) in self.labels.items() if not former)
        rest = [i for i in current if i not in use]
        random.Random(seed).shuffle(rest)
        self.state_rank = sorted((i for i in current if i in use),
                                 key=lambda i: (-use[i], i)) + rest

    def fill(self, tpl, people, states):
        out = []
        for piece in tpl:
            if isinstance(piece, str):
                out.append(piece)
                continue
            kind, ident, full = piece
            if kind == "P":
                k = people.get(ident)
                if k is None:
                    used = set(people.values())
                    while True:
                        k = zipf(self.rnd, self.n_people, self.person_s)
                        if k not in used:
                            break
                    people[ident] = k
                name = self.names(k)
                out.append(" ".join(name) if full else name[-1])
            else:
                iso = states.get(ident)
                if iso is None:
                    used = set(states.values())
                    while True:
                        iso = self.state_rank[zipf(self.rnd, len(self.state_rank), 1.1) - 1]
                        if iso not in used:
                            break
                    states[ident] = iso
                out.append(self.labels[iso][0])
        return "".join(out)

    def document(self, target):
        """One document of about target bytes: a title, then runs of
        paragraphs; one mapping of people and states for all of it."""
        people, states = {}, {}
        art = self.arts[self.rnd.randrange(len(self.arts))]
        head = self.fill(art[self.rnd.randrange(len(art))], people, states)
        parts = [re.split(r"(?<=[.?!])\s", head)[0]]
        size = len(parts[0].encode())
        while size < target:
            start = self.rnd.randrange(len(art))
            for tpl in art[start:start + self.rnd.randint(2, 8)]:
                p = self.fill(tpl, people, states)
                parts.append(p)
                size += len(p.encode()) + 1
            art = self.arts[self.rnd.randrange(len(self.arts))]
        return ("\n".join(parts) + "\n").encode()

    def doc_size(self):
        # news-like spread: mostly 2-6 KB, a few long ones
        return int(min(40000, max(800, self.rnd.lognormvariate(math.log(3500), 0.6))))


def generate(dest, mb, seed=1, root=None, per_dir=500):
    """Writes about mb MB of documents under dest/partNNN/; returns
    (documents, bytes)."""
    c = Corpus(root or os.path.normpath(os.path.join(HERE, "..", "..")), seed)
    limit = int(mb * 1e6)
    total = n = 0
    while total < limit:
        data = c.document(min(c.doc_size(), max(800, limit - total)))
        sub = os.path.join(dest, "part%03d" % (n // per_dir))
        if n % per_dir == 0:
            os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "doc%06d.txt" % n), "wb") as f:
            f.write(data)
        total += len(data)
        n += 1
    return n, total


def one_document(path, mb, seed=1, root=None, split_dir=None):
    """One long document of about mb MB: realistic documents one after
    another, a blank line between them; also each of them as a file of
    split_dir when given (the same text as separate documents). Returns its
    bytes."""
    c = Corpus(root or os.path.normpath(os.path.join(HERE, "..", "..")), seed)
    limit = int(mb * 1e6)
    total = n = 0
    if split_dir:
        os.makedirs(split_dir, exist_ok=True)
    with open(path, "wb") as f:
        while total < limit:
            data = c.document(c.doc_size()) + b"\n"
            f.write(data)
            total += len(data)
            if split_dir:
                with open(os.path.join(split_dir, "doc%06d.txt" % n), "wb") as g:
                    g.write(data)
            n += 1
    return total


def short_lines(path, mb, seed=1, root=None):
    """One document of about mb MB in short lines (one to three words of
    the real texts each, a heading or a caption's worth), each line its own
    sentence. Returns (lines, bytes)."""
    rnd = random.Random(seed)
    words = []
    for paras in load_articles(root or os.path.normpath(os.path.join(HERE, "..", ".."))):
        for p in paras:
            words.extend(p.split())
    limit = int(mb * 1e6)
    total = n = 0
    with open(path, "wb") as f:
        while total < limit:
            k = rnd.randint(1, 3)
            s = rnd.randrange(len(words) - k)
            line = (" ".join(words[s:s + k]) + "\n").encode()
            f.write(line)
            total += len(line)
            n += 1
    return n, total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dest")
    ap.add_argument("--mb", type=float, default=10.0, help="size to reach, in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--root", help="repository root (default: this file's ../..)")
    ap.add_argument("--per-dir", type=int, default=500, help="documents per subdirectory")
    ap.add_argument("--one-doc", action="store_true", help="write DEST as one long document")
    a = ap.parse_args()
    if a.one_doc:
        total = one_document(a.dest, a.mb, a.seed, a.root)
        print("%s: one document, %.1f MB" % (a.dest, total / 1e6))
    else:
        n, total = generate(a.dest, a.mb, a.seed, a.root, a.per_dir)
        print("%s: %d documents, %.1f MB" % (a.dest, n, total / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
