#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Check the lexicon files in data/lexicon (stdlib only).

Usage: check_lexicon.py [LEXICON_DIR]

Checks every *.tsv file: exact header, column count, non-empty labels,
unique keys, allowed values (kinds, relations, 0/1 flags, years), that
every state code used exists in states.tsv, that all 249 ISO 3166-1
entries are in states.tsv, that no name belongs to two different entities
across files, and that tools/gen_states.py regenerates states.tsv exactly.
Exits 1 and lists the problems if any check fails.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SCHEMAS = {
    "states.tsv": ["iso3", "label", "names", "former", "label_en"],
    "states_common.tsv": ["iso3", "label", "names", "drop", "former"],
    "places.tsv": ["label", "names", "state", "metonym", "kind"],
    "cities.tsv": ["label", "names", "state", "metonym", "kind"],
    "organizations.tsv": ["label", "names", "kind", "state"],
    "events.tsv": ["label", "names"],
    "agreements.tsv": ["label", "names", "parties"],
    "roles.tsv": ["title", "relation", "kind", "short_for"],
    "people.tsv": ["label", "names", "state", "role", "from", "to"],
    "honorifics.tsv": ["title", "kind"],
}
# Files whose names are entity surface forms (checked for conflicts).
ENTITY_FILES = ["states.tsv", "places.tsv", "organizations.tsv",
                "events.tsv", "agreements.tsv", "people.tsv"]
PLACE_KINDS = {"capital", "seat", "city", "region", "facility"}
ORG_KINDS = {"intl", "gov", "government", "party", "media", "university", "thinktank",
             "company", "ngo"}
ROLE_RELATIONS = {"leaderOf", "officialOf", "affiliatedWith"}
ROLE_KINDS = {"deputy", "head", "opposition", "minister", "diplomat", "military", "spokesperson",
              "official", "expert", "member"}
HONORIFIC_KINDS = {"honorific", "rank", "qualifier", "familiar"}
ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"


class Checker:
    def __init__(self, lexdir):
        self.dir = lexdir
        self.errors = []
        self.counts = {}

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def read(self, name):
        """Rows of one file as (line number, dict); None if missing."""
        path = os.path.join(self.dir, name)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as exc:
            self.err(name, "cannot read: %s" % exc)
            return None
        except UnicodeDecodeError as exc:
            self.err(name, "not UTF-8: %s" % exc)
            return None
        lines = text.split("\n")
        header = SCHEMAS[name]
        if lines[0] != "\t".join(header):
            self.err(name + ":1", "header must be %r, is %r"
                     % ("\t".join(header), lines[0]))
            return None
        if lines and not text.endswith("\n"):
            self.err(name, "last line has no newline")
        rows = []
        for no, line in enumerate(lines[1:], 2):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != len(header):
                self.err("%s:%d" % (name, no), "expected %d columns, got %d"
                         % (len(header), len(cols)))
                continue
            row = dict(zip(header, cols))
            for k, v in row.items():
                if v != v.strip():
                    self.err("%s:%d" % (name, no),
                             "column %s has surrounding spaces" % k)
            for k in ("names", "drop", "parties"):
                if k in row and row[k]:
                    parts = row[k].split("|")
                    if any(not p.strip() for p in parts):
                        self.err("%s:%d" % (name, no),
                                 "empty alternative in %s" % k)
            rows.append((no, row))
        self.counts[name] = len(rows)
        return rows

    def unique(self, name, rows, keyf):
        seen = {}
        for no, row in rows:
            k = keyf(row)
            if k in seen:
                self.err("%s:%d" % (name, no), "duplicate key %r (line %d)"
                         % (k, seen[k]))
            else:
                seen[k] = no

    def run(self):
        files = sorted(f for f in os.listdir(self.dir) if f.endswith(".tsv"))
        for f in files:
            if f not in SCHEMAS:
                self.err(f, "unknown lexicon file (no schema)")
        data = {}
        for f in SCHEMAS:
            data[f] = self.read(f)
        codes = set()
        states = data["states.tsv"]
        if states is not None:
            codes = self.check_states(states)
        self.check_common(data["states_common.tsv"])
        self.check_places("places.tsv", data["places.tsv"], codes)
        # the generated gazetteer: its names may repeat the others' (the
        # lexicon reads it only where no other name fits)
        self.check_places("cities.tsv", data["cities.tsv"], codes, metonyms=False)
        self.check_orgs(data["organizations.tsv"], codes)
        self.check_simple("events.tsv", data["events.tsv"])
        self.check_agreements(data["agreements.tsv"], codes)
        self.check_roles(data["roles.tsv"])
        self.check_people(data["people.tsv"], codes)
        self.check_honorifics(data["honorifics.tsv"])
        self.check_conflicts(data)
        self.check_generated()
        return not self.errors

    def check_states(self, rows):
        codes = set()
        for no, r in rows:
            where = "states.tsv:%d" % no
            if not r["label"]:
                self.err(where, "empty label")
            if r["iso3"] and not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
                self.err(where, "bad iso3 %r" % r["iso3"])
            if r["former"] not in ("0", "1"):
                self.err(where, "former must be 0 or 1")
            if r["iso3"]:
                codes.add(r["iso3"])
        self.unique("states.tsv", rows,
                    lambda r: r["iso3"] or "label:" + r["label"])
        try:
            import json
            with open(ISO1, encoding="utf-8") as f:
                iso = [e["alpha_3"] for e in json.load(f)["3166-1"]]
        except (OSError, ValueError, KeyError) as exc:
            self.err("states.tsv", "cannot read %s: %s" % (ISO1, exc))
            return codes
        no_en = sorted(r["iso3"] for _, r in rows if r["iso3"] in iso and not r["label_en"])
        if no_en:
            self.err("states.tsv", "ISO 3166-1 codes without label_en: %s" % " ".join(no_en))
        missing = sorted(set(iso) - codes)
        if missing:
            self.err("states.tsv", "ISO 3166-1 codes missing: %s"
                     % " ".join(missing))
        if len(set(iso)) != 249:
            self.err("states.tsv", "expected 249 ISO 3166-1 entries in %s, "
                     "found %d" % (ISO1, len(set(iso))))
        return codes

    def check_common(self, rows):
        if rows is None:
            return
        for no, r in rows:
            if not r["label"]:
                self.err("states_common.tsv:%d" % no, "empty label")
            if r["former"] not in ("", "0", "1"):
                self.err("states_common.tsv:%d" % no, "former must be "
                         "empty, 0 or 1")
        self.unique("states_common.tsv", rows,
                    lambda r: r["iso3"] or "label:" + r["label"])

    def state_ref(self, where, code, codes, allow_empty=True):
        if not code:
            if not allow_empty:
                self.err(where, "state code required")
            return
        if code not in codes:
            self.err(where, "state code %r not in states.tsv" % code)

    def check_places(self, name, rows, codes, metonyms=True):
        if rows is None:
            return
        for no, r in rows:
            where = "%s:%d" % (name, no)
            if not r["label"]:
                self.err(where, "empty label")
            self.state_ref(where, r["state"], codes)
            if r["metonym"] not in ("0", "1"):
                self.err(where, "metonym must be 0 or 1")
            if r["metonym"] == "1" and not r["state"]:
                self.err(where, "a metonym needs a state")
            if r["metonym"] == "1" and not metonyms:
                self.err(where, "no metonyms here")
            if r["kind"] not in PLACE_KINDS:
                self.err(where, "kind %r not in %s" % (r["kind"],
                                                       sorted(PLACE_KINDS)))
        self.unique(name, rows, lambda r: r["label"])

    def check_orgs(self, rows, codes):
        if rows is None:
            return
        for no, r in rows:
            where = "organizations.tsv:%d" % no
            if not r["label"]:
                self.err(where, "empty label")
            if r["kind"] not in ORG_KINDS:
                self.err(where, "kind %r not in %s" % (r["kind"],
                                                       sorted(ORG_KINDS)))
            self.state_ref(where, r["state"], codes)
        self.unique("organizations.tsv", rows, lambda r: r["label"])

    def check_simple(self, name, rows):
        if rows is None:
            return
        for no, r in rows:
            if not r["label"]:
                self.err("%s:%d" % (name, no), "empty label")
        self.unique(name, rows, lambda r: r["label"])

    def check_agreements(self, rows, codes):
        if rows is None:
            return
        self.check_simple("agreements.tsv", rows)
        for no, r in rows:
            if r["parties"]:
                for c in r["parties"].split("|"):
                    self.state_ref("agreements.tsv:%d" % no, c, codes, False)

    def check_roles(self, rows):
        if rows is None:
            return
        for no, r in rows:
            where = "roles.tsv:%d" % no
            if not r["title"]:
                self.err(where, "empty title")
            if "|" in r["title"]:
                self.err(where, "one title per row")
            if r["relation"] not in ROLE_RELATIONS:
                self.err(where, "relation %r not in %s"
                         % (r["relation"], sorted(ROLE_RELATIONS)))
            if r["kind"] not in ROLE_KINDS:
                self.err(where, "kind %r not in %s" % (r["kind"],
                                                       sorted(ROLE_KINDS)))
        self.unique("roles.tsv", rows, lambda r: name_key(r["title"]))
        titles = {name_key(r["title"]) for _, r in rows}
        for no, r in rows:
            if r["short_for"] and name_key(r["short_for"]) not in titles:
                self.err("roles.tsv:%d" % no, "short_for %r is no title of this file"
                         % r["short_for"])

    def check_honorifics(self, rows):
        if rows is None:
            return
        for no, r in rows:
            if r["kind"] not in HONORIFIC_KINDS:
                self.err("honorifics.tsv:%d" % no, "kind %r not in %s"
                         % (r["kind"], sorted(HONORIFIC_KINDS)))
        self.unique("honorifics.tsv", rows, lambda r: name_key(r["title"]))

    def check_people(self, rows, codes):
        if rows is None:
            return
        for no, r in rows:
            where = "people.tsv:%d" % no
            if not r["label"]:
                self.err(where, "empty label")
            self.state_ref(where, r["state"], codes)
            years = []
            for k in ("from", "to"):
                if r[k]:
                    if not re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", r[k]):
                        self.err(where, "%s is not a year: %r" % (k, r[k]))
                    else:
                        years.append(int(r[k]))
            if len(years) == 2 and years[0] > years[1]:
                self.err(where, "from %d after to %d" % tuple(years))
        self.unique("people.tsv", rows, lambda r: r["label"])

    def check_conflicts(self, data):
        """A name (case-insensitive unless written all upper-case, hyphens
        and spaces alike) must name one entity across all files."""
        mixed = {}   # folded name -> (entity, where)
        upper = {}   # exact upper-case name -> (entity, where)
        uppers = []
        for f in ENTITY_FILES:
            rows = data.get(f)
            if rows is None:
                continue
            for no, r in rows:
                ent = (f, r.get("iso3") or r["label"])
                names = [r["label"]] + [n for n in r["names"].split("|") if n]
                for n in names:
                    where = "%s:%d" % (f, no)
                    if is_acronym(n):
                        prev = upper.get(n)
                        if prev and prev[0] != ent:
                            self.conflict(n, prev, (ent, where))
                        upper.setdefault(n, (ent, where))
                        uppers.append((n, ent, where))
                    else:
                        k = name_key(n)
                        prev = mixed.get(k)
                        if prev and prev[0] != ent:
                            self.conflict(n, prev, (ent, where))
                        mixed.setdefault(k, (ent, where))
        # An acronym also matches text that a mixed-case name matches.
        for n, ent, where in uppers:
            prev = mixed.get(name_key(n))
            if prev and prev[0] != ent:
                self.conflict(n, prev, (ent, where))

    def conflict(self, name, a, b):
        self.err(b[1], "name %r is used by %s %r and by %s %r (%s)"
                 % (name, a[0][0], a[0][1], b[0][0], b[0][1], a[1]))

    def check_generated(self):
        gen = os.path.join(HERE, "gen_states.py")
        try:
            res = subprocess.run([sys.executable, gen, "--stdout",
                                  "--lexicon", self.dir],
                                 capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            self.err("states.tsv", "cannot run gen_states.py: %s" % exc)
            return
        if res.returncode != 0:
            self.err("states.tsv", "gen_states.py failed: %s"
                     % (res.stderr.strip() or res.stdout.strip()))
            return
        try:
            with open(os.path.join(self.dir, "states.tsv"),
                      encoding="utf-8") as f:
                cur = f.read()
        except OSError:
            return
        if cur != res.stdout:
            self.err("states.tsv", "differs from gen_states.py output; "
                     "regenerate with tools/gen_states.py")


def is_acronym(name):
    return name.isupper()


def name_key(name):
    return " ".join(name.replace("-", " ").casefold().split())


def main():
    lexdir = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.join(os.path.dirname(HERE), "data", "lexicon")
    c = Checker(lexdir)
    ok = c.run()
    for e in c.errors:
        print("check_lexicon: " + e)
    print("check_lexicon: %s; %s" % (
        "ok" if ok else "%d problem(s)" % len(c.errors),
        ", ".join("%s %d" % (k, v) for k, v in sorted(c.counts.items()))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
