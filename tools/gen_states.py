#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Generate data/lexicon/states.tsv from Debian's iso-codes plus the
hand-kept data/lexicon/states_common.tsv.

Usage:
  gen_states.py                 write data/lexicon/states.tsv
  gen_states.py --stdout        print the table instead
  gen_states.py --check         exit 1 if the committed file differs
Options: --iso-dir DIR (iso-codes json), --mo-dir DIR (id .mo files),
         --lexicon DIR (data/lexicon).

Output columns: iso3, label, names, former, label_en (the English name
from iso-codes, for the RDF export's @en label; empty for a code outside
ISO and for polities without a code; extraction does not read it).  Sorted
by iso3; polities without a code follow, sorted by label.
"""
import argparse
import gettext
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_LEXICON = os.path.join(os.path.dirname(HERE), "data", "lexicon")
HEADER = "iso3\tlabel\tnames\tformer\tlabel_en"

# What to do with each ISO 3166-3 (withdrawn) code.  "former": a state of
# its own that no longer exists; a three-letter code: a renamed state or a
# territory now covered by that ISO 3166-1 entry, whose names are merged
# into it (the spec: a state that continues as the same ISO state is that
# state); "skip": uninhabited or administrative entries that are not
# states, or whose alpha-3 is reused by ISO 3166-1 (ATF).
ISO3166_3_POLICY = {
    "AFI": "DJI",     # French Afars and Issas -> Djibouti
    "ANT": "former",  # Netherlands Antilles
    "ATB": "skip",    # British Antarctic Territory
    "ATF": "skip",    # code reused by ISO 3166-1 (French Southern Terr.)
    "ATN": "skip",    # Dronning Maud Land
    "BUR": "MMR",     # Burma -> Myanmar
    "BYS": "BLR",     # Byelorussian SSR -> Belarus (same UN seat)
    "CSK": "former",  # Czechoslovakia
    "CTE": "skip",    # Canton and Enderbury Islands
    "DDR": "former",  # German Democratic Republic
    "DHY": "BEN",     # Dahomey -> Benin
    "FXX": "skip",    # Metropolitan France
    "GEL": "former",  # Gilbert and Ellice Islands
    "HVO": "BFA",     # Upper Volta -> Burkina Faso
    "JTN": "skip",    # Johnston Island
    "MID": "skip",    # Midway Islands
    "NHB": "VUT",     # New Hebrides -> Vanuatu
    "NTZ": "skip",    # Neutral Zone
    "PCI": "former",  # Trust Territory of the Pacific Islands
    "PCZ": "skip",    # Panama Canal Zone
    "PUS": "skip",    # US Miscellaneous Pacific Islands
    "RHO": "former",  # (Southern) Rhodesia
    "SCG": "former",  # Serbia and Montenegro
    "SKM": "former",  # Sikkim
    "SUN": "former",  # Soviet Union
    "TMP": "TLS",     # East Timor -> Timor-Leste
    "VDR": "former",  # North Vietnam (its own actor in the Vietnam War)
    "WAK": "skip",    # Wake Island
    "YMD": "former",  # South Yemen
    "YUG": "former",  # Yugoslavia
    "ZAR": "COD",     # Zaire -> DR Congo
}

# Words that open the generic part of an inverted Indonesian name
# ("Iran, Republik Islam" -> "Republik Islam Iran").
ID_GENERIC = re.compile(r"^(Republik|Negara|Kerajaan|Federasi|Persemakmuran)\b")


def load_json(path, key):
    with open(path, encoding="utf-8") as f:
        return json.load(f)[key]


def load_mo(path):
    if not os.path.exists(path):
        sys.exit("gen_states: missing %s (install iso-codes)" % path)
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


def variants(name):
    """Surface forms for one ISO name: parentheses stripped, comma
    inversions undone; the inverted form itself is dropped when a better
    one exists."""
    out = []
    name = name.strip()
    if "(" in name:
        stripped = re.sub(r"\s*\([^)]*\)", "", name)
        stripped = re.sub(r"\s+", " ", stripped).strip()
        name = stripped
    if ", " not in name:
        return [name] if name else []
    parts = name.split(", ")
    if len(parts) == 2:
        head, tail = parts
        if tail.endswith((" of", " of the")):     # Korea, Republic of
            return [tail + " " + head]
        if ID_GENERIC.match(tail):                # Iran, Republik Islam
            return [tail + " " + head]
        if re.search(r"\b(Republic|Republics|Republik|Union)\b", tail):
            return [head, tail]                   # USSR, Union of ...
    out.append(name)
    return out


def english_label(e):
    """One English name for an iso-codes entry: its common name ("South
    Korea"), else its name, with an inverted one turned round ("Palestine,
    State of" -> "State of Palestine"; "USSR, Union of Soviet Socialist
    Republics" -> the long form, "Czechoslovakia, Czechoslovak Socialist
    Republic" -> the short one)."""
    if "common_name" in e:
        return e["common_name"]
    if ", " not in e["name"]:
        return e["name"]  # "Cocos (Keeling) Islands" as it is
    parts = re.sub(r"\(([^)]*)\) ", r"\1 ", e["name"]).split(", ")  # "(Socialist) Federal"
    if re.search(r" of( the)?$", parts[-1]):
        return parts[-1][0].upper() + parts[-1][1:] + " " + parts[0]
    return parts[1] if parts[0].isupper() else parts[0]


def read_common(path):
    """states_common.tsv: iso3 label names drop former."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    if header != ["iso3", "label", "names", "drop", "former"]:
        sys.exit("gen_states: %s: bad header %r" % (path, lines[0]))
    for no, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit("gen_states: %s:%d: expected 5 columns, got %d"
                     % (path, no, len(cols)))
        iso3, label, names, drop, former = (c.strip() for c in cols)
        rows.append({
            "iso3": iso3, "label": label,
            "names": [n.strip() for n in names.split("|") if n.strip()],
            "drop": [n.strip() for n in drop.split("|") if n.strip()],
            "former": former, "line": no,
        })
    return rows


def dedup_key(name):
    # All-uppercase names are case-sensitive acronyms for the loader.
    return name if name.isupper() else name.casefold()


def build(iso_dir, mo_dir, lexicon_dir):
    s1 = load_json(os.path.join(iso_dir, "iso_3166-1.json"), "3166-1")
    s3 = load_json(os.path.join(iso_dir, "iso_3166-3.json"), "3166-3")
    t1 = load_mo(os.path.join(mo_dir, "iso_3166-1.mo"))
    t3 = load_mo(os.path.join(mo_dir, "iso_3166-3.mo"))
    common = read_common(os.path.join(lexicon_dir, "states_common.tsv"))

    # entries[key] = {label, id_names, en_names, extra, drop, former}
    entries = {}
    for e in s1:
        code = e["alpha_3"]
        idn, en, short = [], [], []
        for k in ("common_name", "name", "official_name"):
            if k in e:
                en.append(e[k])
                tr = t1.gettext(e[k])
                if tr != e[k]:
                    idn.append(tr)
                    if k != "official_name":
                        short.append(tr)
        # Label: the Indonesian short name, else the English one.
        label = (short or en)[0]
        entries[code] = {"iso_label": label, "id": idn, "en": en,
                         "merged": [], "former": "0", "label_en": english_label(e)}
    s3_codes = set()
    for e in s3:
        code = e["alpha_3"]
        policy = ISO3166_3_POLICY.get(code)
        if policy is None:
            sys.exit("gen_states: ISO 3166-3 code %s has no policy in "
                     "gen_states.py; decide former/merge/skip" % code)
        if policy == "skip":
            continue
        tr = t3.gettext(e["name"])
        names = ([tr] if tr != e["name"] else []) + [e["name"]]
        if policy == "former":
            if code in entries:
                sys.exit("gen_states: ISO 3166-3 %s clashes with 3166-1"
                         % code)
            s3_codes.add(code)
            entries[code] = {"iso_label": names[0], "id": names[:-1],
                             "en": names[-1:], "merged": [], "former": "1",
                             "label_en": english_label(e)}
        else:
            entries[policy]["merged"].extend(names)

    nocode = {}
    for row in common:
        code = row["iso3"]
        if code and code in entries:
            ent = entries[code]
        elif code:  # a code outside ISO (XKX for Kosovo)
            ent = entries.setdefault(code, {"iso_label": row["label"],
                                            "id": [], "en": [],
                                            "merged": [], "former": "0"})
        else:
            if row["label"] in nocode:
                sys.exit("gen_states: states_common.tsv:%d: duplicate "
                         "label %s" % (row["line"], row["label"]))
            ent = nocode.setdefault(row["label"], {
                "iso_label": row["label"], "id": [], "en": [],
                "merged": [], "former": "1"})
        if "common" in ent:
            sys.exit("gen_states: states_common.tsv:%d: %s listed twice"
                     % (row["line"], code or row["label"]))
        ent["common"] = row
        if row["former"]:
            ent["former"] = row["former"]

    lines = [HEADER]
    keyed = [(k, entries[k]) for k in sorted(entries)]
    keyed += [("", nocode[k]) for k in sorted(nocode)]
    for code, ent in keyed:
        row = ent.get("common")
        label = row["label"] if row and row["label"] else ent["iso_label"]
        if "(" in label:  # "Kepulauan Cocos (Keeling)"
            label = re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)", "", label))
        drop = {dedup_key(d) for d in (row["drop"] if row else [])}
        raw = (row["names"] if row else []) + ent["id"] + ent["en"] \
            + ent["merged"]
        seen = {dedup_key(label)}
        names = []
        for r in raw:
            for v in variants(r):
                k = dedup_key(v)
                if k in seen or k in drop or dedup_key(r) in drop:
                    continue
                seen.add(k)
                names.append(v)
        lines.append("\t".join([code, label, "|".join(names),
                                ent["former"], ent.get("label_en", "")]))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--mo-dir", default="/usr/share/locale/id/LC_MESSAGES")
    ap.add_argument("--lexicon", default=DEFAULT_LEXICON)
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--stdout", action="store_true")
    g.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text = build(a.iso_dir, a.mo_dir, a.lexicon)
    out = os.path.join(a.lexicon, "states.tsv")
    if a.stdout:
        sys.stdout.write(text)
    elif a.check:
        try:
            with open(out, encoding="utf-8") as f:
                cur = f.read()
        except OSError as exc:
            print("gen_states: cannot read %s: %s" % (out, exc))
            return 1
        if cur != text:
            print("gen_states: %s is out of date; run tools/gen_states.py"
                  % out)
            return 1
    else:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
