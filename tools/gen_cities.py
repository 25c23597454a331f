#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Generate data/lexicon/cities.tsv, the gazetteer of cities, from Debian's
libgeonames-common (geonames.org's cities of 15,000 people or more, CC BY
4.0; the Indonesian names are the package's translations).

The lexicon loads cities.tsv after places.tsv, so a hand-kept place, state,
organization or person of the same name wins. Only names that are safe to
take as a city wherever they are written with a capital are kept:
  - at least MIN_POPULATION people (the large cities news names);
  - a name of letters whose words start with a capital (no "Ular derik");
  - not an ordinary Indonesian word (Hunspell's list, hunspell-id:
    "Surat", "Anda", "Lima", "Batu", "Padang") nor, for a one-word name, an
    ordinary English one (hunspell-en-us: "Independence", "Union");
  - a one-word name that the NER training data (data/ner/nergrit-train.txt)
    never tags as a place but does tag as a person or leaves untagged
    ("Clinton", "Nelson", "Negara"), or a word of a person's name in
    data/lexicon/people.tsv;
  - where two cities share a name, the larger.

Usage:
  gen_cities.py [--check]      write (or compare) data/lexicon/cities.tsv
Needs unmunch (hunspell-tools), hunspell-id, hunspell-en-us, and the dumps
of tools/geonames_dump.c (built with libgeonames-dev):
  --english FILE  (LC_ALL=C.UTF-8 geonames_dump)
  --indonesian FILE  (LC_ALL=C.UTF-8 LANGUAGE=id geonames_dump)
or builds and runs it itself when libgeonames-dev is installed.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_POPULATION = 50000
NAME = re.compile(r"^[^\W\d_][\w'’.-]*( [^\W\d_][\w'’.-]*)*$")
ADMIN = re.compile(r"\b(Province|Provinsi|Region|District|Municipality|Island|Islands|Prefecture|"
                   r"Oblast|Governorate|County|City of)\b")


def dump(lang):
    src = os.path.join(ROOT, "tools", "geonames_dump.c")
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "geonames_dump")
        flags = subprocess.check_output(["pkg-config", "--cflags", "--libs", "geonames"], text=True).split()
        subprocess.check_call(["cc", src, "-o", exe] + flags)
        env = dict(os.environ, LC_ALL="C.UTF-8")
        if lang:
            env["LANGUAGE"] = lang
        return subprocess.check_output([exe], env=env, text=True)


def hunspell_words(lang, lower_only=False):
    """Every form of a Hunspell list, affixes expanded by unmunch
    (hunspell-tools); with lower_only, the forms it writes in lower case
    (English "independence", not "Boston")."""
    base = f"/usr/share/hunspell/{lang}"
    text = subprocess.check_output(["unmunch", base + ".dic", base + ".aff"],
                                   stderr=subprocess.DEVNULL).decode("utf-8", "replace")
    return {w.lower() for w in text.split() if not lower_only or w.islower()}


def ner_words(path):
    """Per lower-cased word: (times tagged a place, times a person or untagged
    with a capital)."""
    place, other = collections.Counter(), collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) != 2 or not p[0][:1].isupper():
                continue
            (place if p[1].endswith("PLACE") else other)[p[0].lower()] += 1
    return place, other


def person_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("label\t"):
                continue
            p = line.rstrip("\n").split("\t")
            for name in [p[0]] + (p[1].split("|") if len(p) > 1 else []):
                words.update(w.lower() for w in name.split())
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--english")
    ap.add_argument("--indonesian")
    a = ap.parse_args()
    english = open(a.english, encoding="utf-8").read() if a.english else dump(None)
    indonesian = open(a.indonesian, encoding="utf-8").read() if a.indonesian else dump("id")
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        alpha3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(f)["3166-1"]}
    with open(os.path.join(ROOT, "data", "lexicon", "states.tsv"), encoding="utf-8") as f:
        known = {line.split("\t")[0] for line in f if line[:1].isupper()}
    common = hunspell_words("id_ID")
    english_words = hunspell_words("en_US", lower_only=True)
    place, other = ner_words(os.path.join(ROOT, "data", "ner", "nergrit-train.txt"))
    people = person_words(os.path.join(ROOT, "data", "lexicon", "people.tsv"))

    def usable(name):
        if not NAME.match(name) or ADMIN.search(name) or len(name) < 4:
            return False
        # kabar matches names without their diacritics: "Būsh" is "Bush"
        low = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower())
                      if not unicodedata.combining(ch))
        if low in common or (" " not in name and low in english_words):
            return False
        if " " not in name and (low in people or (other[low] and not place[low])):
            return False
        return True

    best = {}
    for en, idn in zip(english.splitlines(), indonesian.splitlines()):
        en_name, cc, pop = en.split("\t")
        id_name = idn.split("\t")[0]
        if int(pop) < MIN_POPULATION or alpha3.get(cc) not in known:
            continue  # a territory's cities wait for the territory in states.tsv
        names = [n for n in dict.fromkeys([id_name, en_name]) if usable(n)]
        if not names:
            continue
        row = (int(pop), names, alpha3[cc])
        for n in names:
            if n.lower() not in best or best[n.lower()][0] < row[0]:
                best[n.lower()] = row
    rows = {}
    for key, (pop, names, state) in best.items():
        kept = [n for n in names if best[n.lower()] == (pop, names, state)]
        if kept:
            rows[kept[0]] = (kept[1:], state)
    out = ["label\tnames\tstate\tmetonym\tkind",
           "# generated by tools/gen_cities.py from Debian's libgeonames-common (geonames.org, CC BY 4.0); "
           "edit the script, not this file"]
    for label in sorted(rows):
        names, state = rows[label]
        out.append(f"{label}\t{'|'.join(names)}\t{state}\t0\tcity")
    text = "\n".join(out) + "\n"
    path = os.path.join(ROOT, "data", "lexicon", "cities.tsv")
    if a.check:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{path} differs from what gen_cities.py makes", file=sys.stderr)
                return 1
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{path}: {len(rows)} cities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
