# SPDX-License-Identifier: MIT
"""entities.tsv, facts.tsv and mentions.tsv of an export, checked against the contract in
shared/spec/EXTRACTION.md, traced back to the text, and compared with
nodes.csv, edges.csv and `kabar metrics`.

- both files: strict UTF-8, LF line ends, the exact header, 8 / 16 fields on
  every row (entities.tsv: the contract's seven, then `documents`; facts.tsv:
  the contract's nine, then kabar's seven), no empty
  value where one is required;
- entities: unique ids and (label, type) pairs, a known type, aliases
  distinct from the label and each other, iso3 a real ISO 3166-1 / 3166-3
  alpha-3 code (Debian's iso-codes) and only on states, docs from the
  corpus without repeats, in byte order, `documents` of them,
  mentions >= documents;
- facts: subject/object label and type present in entities.tsv, relation
  and status from the allowed sets, the spec's subject/object types per
  relation, no self-loops, no repeated row, sentence >= 1, and evidence
  equal to the text of that sentence of that document in `kabar sentences`
  output (a sentence of kind text or a heading that is not a question),
  and the document listed in both entities' docs; subject_id and object_id
  the ids of those entities, fact_id made of them (a symmetric relation's
  smaller id first), claimant_id an entity or empty, date an ISO 8601
  (partial) date or empty, start/end that sentence's byte span, and the
  evidence the input file's bytes there (cleaned);
- facts.jsonl: one JSON object per facts.tsv row, in the same order, with
  the header's keys in its order and the same values (numbers for
  sentence/start/end, null for an empty value);
- nodes.csv has one row per entity with the same id, label, type, iso3,
  mentions and number of documents; edges.csv has one row per fact with a
  mention in a counted status (metrics.json countedStatuses), whose
  mention counts per status, documents and weight agree with facts.tsv;
- mentions.tsv: 8 fields, a document of the corpus, a sentence of it whose
  span (`kabar sentences`) holds the mention's byte span, the surface equal
  to the input file's bytes at that span (cleaned as every value is), an
  entity of entities.tsv with its type, a known kind; every entity has as
  many rows as its `mentions` and rows in exactly its `docs`;
- `kabar metrics OUT` reads the directory back and ranks first, for
  pagerank, the entity with the highest pagerank in nodes.csv.

usage: check_tsv.py OUT CORPUS KABAR          check an export
       check_tsv.py --self-test OUT CORPUS KABAR  damaged copies of OUT must fail
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ENTITY_HEADER = ["id", "type", "label", "aliases", "iso3", "docs", "mentions", "documents"]
FACT_HEADER = ["doc", "sentence", "subject", "subject_type", "relation", "object", "object_type",
               "status", "evidence",
               # kabar's own, after the contract's nine
               "fact_id", "subject_id", "object_id", "claimant_id", "date", "start", "end"]
MENTION_HEADER = ["doc", "sentence", "start", "end", "surface", "entity_id", "type", "kind"]
KINDS = {"lexicon", "title", "apposition", "head", "pattern", "model", "description",
         "reference", "implied"}
TYPES = {"State", "Person", "Organization", "Agreement", "Place", "Event"}
STATUSES = ["asserted", "alleged", "denied", "planned", "negated"]
ANY = None
S, P, O, A = {"State"}, {"Person"}, {"Organization"}, {"Agreement"}
# relation: (subject types, object types), from the spec's table; ANY where
# it gives none.
RELATIONS = {
    "leaderOf": (P, S | O), "officialOf": (P, S | O), "affiliatedWith": (P, O),
    "memberOf": (S | P | O, O), "visited": (P | S, S), "metWith": (P | S, P | S),
    "congratulated": (ANY, ANY), "supports": (ANY, ANY), "criticized": (ANY, ANY),
    "accused": (ANY, ANY), "recognized": (S, S), "partyTo": (S | P, A), "violated": (S, A),
    "opposes": (ANY, ANY), "sanctioned": (S | O, S), "suppliedArmsTo": (S, S),
    "deployedTroopsTo": (S, S), "militaryCooperation": (S, S), "providedAidTo": (S, S),
    "exportsTo": (S, S), "tradesWith": (S, S), "alliedWith": (S, S), "attacked": (S, S),
    "annexed": (S, S), "foughtAgainst": (S, S),
}
SYMMETRIC = {"metWith", "militaryCooperation", "tradesWith", "alliedWith", "foughtAgainst"}
NO_FACT_KINDS = {"caption", "boilerplate"}


def iso_codes():
    """Alpha-3 codes of ISO 3166-1 and 3166-3 (former states), or None."""
    codes = set()
    for name, key in (("iso_3166-1.json", "3166-1"), ("iso_3166-3.json", "3166-3")):
        path = os.path.join("/usr/share/iso-codes/json", name)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            codes |= {e["alpha_3"] for e in json.load(f)[key] if "alpha_3" in e}
    return codes


def read_tsv(path, header, ncols, problems):
    """Rows of a TSV file as lists, after the format checks."""
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        problems.append("%s: %s" % (name, e))
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append("%s: invalid UTF-8 at byte %d" % (name, e.start))
        return []
    if "\r" in text:
        problems.append("%s: carriage return (CR) in the file" % name)
    if not text.endswith("\n"):
        problems.append("%s: no newline at the end" % name)
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines[0].split("\t") != header:
        problems.append("%s: header %r, want %r" % (name, lines[0], "\t".join(header)))
    rows = []
    for i, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != ncols:
            problems.append("%s:%d: %d fields, want %d" % (name, i, len(fields), ncols))
            continue
        for v in fields:
            if v != v.strip() or any(c in v for c in "\x00\x0b\x0c\x85\u2028\u2029"):
                problems.append("%s:%d: stray white space or a line separator in %r" %
                                (name, i, v))
                break
        rows.append((i, fields))
    return rows


def read_sentences(kabar, corpus, problems):
    """(doc, n) -> (kind, text) from `kabar sentences CORPUS`."""
    r = subprocess.run([kabar, "sentences", corpus], capture_output=True)
    if r.returncode != 0:
        problems.append("kabar sentences %s: exit %d: %s" % (corpus, r.returncode,
                                                             r.stderr.decode(errors="replace")))
        return {}
    sents = {}
    lines = r.stdout.decode("utf-8").split("\n")
    for line in lines[1:]:
        if line:
            doc, n, start, end, kind, text = line.split("\t")
            sents[(doc, int(n))] = (kind, text, int(start), int(end))
    return sents


def read_csv(path, problems):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        problems.append("%s: %s" % (os.path.basename(path), e))
        return []


def check(out, corpus, kabar):
    problems = []
    isos = iso_codes()
    corpus_docs = {os.path.splitext(n)[0] for n in os.listdir(corpus)
                   if n.endswith((".txt", ".html", ".htm"))}

    # ---- entities.tsv
    ents = read_tsv(os.path.join(out, "entities.tsv"), ENTITY_HEADER, 8, problems)
    by_id, by_label = {}, {}
    for ln, (eid, etype, label, aliases, iso3, docs, mentions, documents) in ents:
        where = "entities.tsv:%d" % ln
        if not eid or eid in by_id:
            problems.append("%s: id %r empty or repeated" % (where, eid))
        if etype not in TYPES:
            problems.append("%s: type %r" % (where, etype))
        if not label or (label, etype) in by_label:
            problems.append("%s: label %r empty or repeated for %s" % (where, label, etype))
        alias_list = aliases.split("|") if aliases else []
        if any(not a for a in alias_list) or len(set(alias_list)) != len(alias_list) or \
                label in alias_list:
            problems.append("%s: aliases %r: empty, repeated or the label itself" %
                            (where, aliases))
        if iso3 and etype != "State":
            problems.append("%s: iso3 %r on a %s" % (where, iso3, etype))
        if iso3 and (not re.fullmatch(r"[A-Z]{3}", iso3) or (isos is not None and
                                                              iso3 not in isos)):
            problems.append("%s: iso3 %r is not an ISO 3166 alpha-3 code" % (where, iso3))
        doc_list = docs.split("|")
        if not docs or len(set(doc_list)) != len(doc_list) or set(doc_list) - corpus_docs:
            problems.append("%s: docs %r: empty, repeated or not in the corpus" % (where, docs))
        n_docs = int(documents) if re.fullmatch(r"[1-9][0-9]*", documents) else None
        if n_docs is None or len(doc_list) != n_docs or \
                doc_list != sorted(doc_list, key=lambda d: d.encode()):
            problems.append("%s: documents %r with docs %r: not their count, or not in byte "
                            "order" % (where, documents, docs))
            n_docs = len(doc_list)
        if not re.fullmatch(r"[1-9][0-9]*", mentions) or int(mentions) < n_docs:
            problems.append("%s: mentions %r for %d docs" % (where, mentions, n_docs))
        by_id[eid] = (etype, label, iso3, doc_list, mentions, n_docs)
        by_label[(label, etype)] = eid

    # ---- facts.tsv
    sents = read_sentences(kabar, corpus, problems)
    facts = read_tsv(os.path.join(out, "facts.tsv"), FACT_HEADER, len(FACT_HEADER), problems)
    seen_rows = set()
    fact_mentions = {}  # (subject id, relation, object id) -> [(doc, status)]
    files = read_inputs(corpus)
    for ln, fields in facts:
        (doc, sentence, subj, stype, rel, obj, otype, status, evidence,
         fact_id, subject_id, object_id, claimant_id, date, start, end) = fields
        where = "facts.tsv:%d" % ln
        if tuple(fields) in seen_rows:
            problems.append("%s: the same row twice" % where)
        seen_rows.add(tuple(fields))
        if doc not in corpus_docs:
            problems.append("%s: doc %r is not a corpus document" % (where, doc))
        if rel not in RELATIONS:
            problems.append("%s: relation %r" % (where, rel))
        if status not in STATUSES:
            problems.append("%s: status %r" % (where, status))
        sid, oid = by_label.get((subj, stype)), by_label.get((obj, otype))
        if sid is None:
            problems.append("%s: subject %r (%s) not in entities.tsv" % (where, subj, stype))
        if oid is None:
            problems.append("%s: object %r (%s) not in entities.tsv" % (where, obj, otype))
        if sid is not None and sid == oid:
            problems.append("%s: %s %s itself" % (where, subj, rel))
        if rel in RELATIONS:
            dom, rng = RELATIONS[rel]
            if dom is not ANY and stype not in dom:
                problems.append("%s: %s with a %s subject (%s)" % (where, rel, stype, subj))
            if rng is not ANY and otype not in rng:
                problems.append("%s: %s with a %s object (%s)" % (where, rel, otype, obj))
        for eid, label in ((sid, subj), (oid, obj)):
            if eid is not None and doc not in by_id[eid][3]:
                problems.append("%s: %s's docs in entities.tsv lack %s" % (where, label, doc))
        if not re.fullmatch(r"[1-9][0-9]*", sentence):
            problems.append("%s: sentence %r" % (where, sentence))
        elif sents:
            got = sents.get((doc, int(sentence)))
            if got is None:
                problems.append("%s: %s has no sentence %s" % (where, doc, sentence))
            elif got[1] != evidence:
                problems.append("%s: evidence is not sentence %s of %s:\n    evidence: %s\n"
                                "    sentence: %s" % (where, sentence, doc, evidence, got[1]))
            elif got[0] in NO_FACT_KINDS or (got[0] == "heading" and got[1].endswith("?")):
                problems.append("%s: a fact from a %s: %s" % (where, got[0], got[1]))
            elif (start, end) != (str(got[2]), str(got[3])):
                problems.append("%s: span %s-%s, sentence %s of %s is %d-%d" %
                                (where, start, end, sentence, doc, got[2], got[3]))
            elif doc in files and files[doc][0] and \
                    clean(files[doc][1][got[2]:got[3]].decode("utf-8", "replace")) != evidence:
                problems.append("%s: evidence is not the file's bytes %s-%s" % (where, start, end))
        if (subject_id, object_id) != (sid, oid):
            problems.append("%s: subject_id/object_id %s/%s, entities.tsv has %s/%s" %
                            (where, subject_id, object_id, sid, oid))
        a, b = subject_id, object_id
        if rel in SYMMETRIC and b < a:
            a, b = b, a
        if fact_id != "%s:%s:%s" % (a, rel, b):
            problems.append("%s: fact_id %r of %s %s %s" % (where, fact_id, subject_id, rel,
                                                             object_id))
        if claimant_id and claimant_id not in by_id:
            problems.append("%s: claimant_id %r is no entity" % (where, claimant_id))
        if date and not re.fullmatch(r"[0-9]{4}(-[01][0-9](-[0-3][0-9])?)?", date):
            problems.append("%s: date %r" % (where, date))
        if sid is not None and oid is not None and rel in RELATIONS:
            key = (sid, rel, oid)
            if rel in SYMMETRIC and (oid, rel, sid) in fact_mentions:
                key = (oid, rel, sid)
            fact_mentions.setdefault(key, []).append((doc, status))

    check_jsonl(out, [fields for _, fields in facts], problems)

    # ---- nodes.csv and edges.csv
    nodes = read_csv(os.path.join(out, "nodes.csv"), problems)
    node_ids = {n.get("Id") for n in nodes}
    for eid in sorted(set(by_id) - node_ids):
        problems.append("nodes.csv: no row with the Id %r of entities.tsv" % eid)
    for n in nodes:
        e = by_id.get(n.get("Id"))
        if e is None:
            problems.append("nodes.csv: Id %r (%s) is not an id in entities.tsv" %
                            (n.get("Id"), n.get("Label")))
            continue
        etype, label, iso3, docs, mentions, n_docs = e
        got = (n.get("type"), n.get("Label"), n.get("iso3"), n.get("mentions"), n.get("documents"))
        if got != (etype, label, iso3, mentions, str(n_docs)):
            problems.append("nodes.csv %s: %r, entities.tsv says %r" %
                            (n.get("Id"), got, (etype, label, iso3, mentions, str(n_docs))))
    try:
        with open(os.path.join(out, "metrics.json"), encoding="utf-8") as f:
            counted = set(json.load(f)["countedStatuses"])
    except (OSError, ValueError, KeyError) as e:
        problems.append("metrics.json: %s" % e)
        counted = {"asserted"}
    edges = read_csv(os.path.join(out, "edges.csv"), problems)
    edge_keys = set()
    for e in edges:
        key = (e.get("Source"), e.get("relation"), e.get("Target"))
        if e.get("relation") in SYMMETRIC and key not in fact_mentions:
            key = (key[2], key[1], key[0])
        if key in edge_keys:
            problems.append("edges.csv: %s twice" % (key,))
        edge_keys.add(key)
        ms = fact_mentions.get(key)
        if ms is None:
            problems.append("edges.csv: %s %s %s is no fact in facts.tsv" % key)
            continue
        want = {"factMentions": len(ms), "factDocuments": len({d for d, _ in ms}),
                "Weight": sum(1 for _, s in ms if s in counted),
                "symmetric": "true" if key[1] in SYMMETRIC else "false"}
        for s in STATUSES:
            want[s] = sum(1 for _, st in ms if st == s)
        for col, v in want.items():
            if e.get(col) != str(v):
                problems.append("edges.csv %s %s %s: %s=%r, facts.tsv gives %s" %
                                (key + (col, e.get(col), v)))
    for key, ms in fact_mentions.items():
        if key not in edge_keys and any(s in counted for _, s in ms):
            problems.append("edges.csv: no edge for %s %s %s (%d counted mentions)" %
                            (key + (sum(1 for _, s in ms if s in counted),)))

    # ---- kabar metrics reads the directory back
    r = subprocess.run([kabar, "metrics", "--top", "1", out], capture_output=True)
    text = r.stdout.decode("utf-8", "replace")
    m = re.search(r"^Top 1 by pagerank: .*\n\s+1\.\s+\S+\s+(.*)$", text, re.M)
    if r.returncode != 0 or not m:
        problems.append("kabar metrics %s: exit %d, no pagerank ranking: %s" %
                        (out, r.returncode, r.stderr.decode(errors="replace")))
    elif nodes:
        def pr(n):
            try:
                return float(n.get("pagerank"))
            except (TypeError, ValueError):
                return -1.0
        best = max(nodes, key=pr)
        want = "%s (%s)" % (best.get("Label"), best.get("type"))
        if m.group(1) != want[:60] and not (len(want) > 60 and m.group(1).endswith("...")):
            problems.append("kabar metrics ranks %r first by pagerank, nodes.csv %r" %
                            (m.group(1), want))

    check_mentions(out, corpus, by_id, sents, problems)

    if not ents or not facts:
        problems.append("no entities or no facts: nothing was checked")
    return problems, len(ents), len(facts)


def read_inputs(corpus):
    """doc -> (is plain text, the file's bytes)."""
    files = {}
    for n in os.listdir(corpus):
        if n.endswith((".txt", ".html", ".htm")):
            with open(os.path.join(corpus, n), "rb") as f:
                files[os.path.splitext(n)[0]] = (n.endswith(".txt"), f.read())
    return files


def check_jsonl(out, rows, problems):
    """facts.jsonl against the rows of facts.tsv."""
    try:
        with open(os.path.join(out, "facts.jsonl"), "rb") as f:
            lines = f.read().decode("utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        problems.append("facts.jsonl: %s" % e)
        return
    if lines[-1] != "":
        problems.append("facts.jsonl: no newline at the end")
    lines = lines[:-1]
    if len(lines) != len(rows):
        problems.append("facts.jsonl: %d lines, facts.tsv %d rows" % (len(lines), len(rows)))
    numbers = {"sentence", "start", "end"}
    for i, (line, row) in enumerate(zip(lines, rows), 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append("facts.jsonl:%d: not JSON: %s" % (i, e))
            continue
        if list(obj) != FACT_HEADER:
            problems.append("facts.jsonl:%d: keys %s" % (i, list(obj)))
            continue
        for k, v in zip(FACT_HEADER, row):
            want = int(v) if k in numbers and v.isdigit() else (v if v else None)
            if obj[k] != want or type(obj[k]) is not type(want):
                problems.append("facts.jsonl:%d: %s %r, facts.tsv %r" % (i, k, obj[k], v))


def clean(text):
    """A value as kabar's writers clean it (include/kabar/tsv.h)."""
    return re.sub("[\x00-\x1f\x7f-\x9f\u2028\u2029]", " ", text)


def check_mentions(out, corpus, by_id, sents, problems):
    files = read_inputs(corpus)
    rows = read_tsv(os.path.join(out, "mentions.tsv"), MENTION_HEADER, 8, problems)
    count, docs = {}, {}
    for ln, (doc, n, start, end, surface, eid, etype, kind) in rows:
        where = "mentions.tsv:%d" % ln
        if not all(re.fullmatch(r"[0-9]+", v) for v in (n, start, end)) or \
                int(start) >= int(end):
            problems.append("%s: sentence %r, span %r-%r" % (where, n, start, end))
            continue
        n, start, end = int(n), int(start), int(end)
        sent = sents.get((doc, n))
        if doc not in files or not sent:
            problems.append("%s: no sentence %d of a document %r" % (where, n, doc))
        elif not sent[2] <= start < end <= sent[3]:
            problems.append("%s: span %d-%d outside sentence %d (%d-%d)" %
                            (where, start, end, n, sent[2], sent[3]))
        elif files[doc][0]:
            raw = files[doc][1][start:end]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = None
            if text is None or clean(text) != surface:
                problems.append("%s: surface %r, the file has %r at %d-%d" %
                                (where, surface, raw, start, end))
        if eid not in by_id or by_id[eid][0] != etype:
            problems.append("%s: entity %r of type %r not in entities.tsv" % (where, eid, etype))
        if kind not in KINDS:
            problems.append("%s: kind %r" % (where, kind))
        count[eid] = count.get(eid, 0) + 1
        docs.setdefault(eid, set()).add(doc)
    for eid, (etype, label, iso3, doc_list, mentions, n_docs) in by_id.items():
        found = sorted(docs.get(eid, ()), key=lambda d: d.encode())
        if count.get(eid, 0) != int(mentions) or found != doc_list:
            problems.append("mentions.tsv: %s has %d rows in %s; entities.tsv: %s mentions in %s" %
                            (eid, count.get(eid, 0), found, mentions, doc_list))


# ---- self test: every damage below must be reported

def edit_lines(path, fn):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    fn(lines)
    with open(path, "wb") as f:
        f.write(b"\n".join(lines))


def set_field(fname, col, value, row=1):
    def fn(lines):
        fields = lines[row].split(b"\t")
        fields[col] = value
        lines[row] = b"\t".join(fields)
    return fname, fn


def csv_edit(fname, col, value):
    def fn(lines):
        rows = list(csv.reader(io.StringIO(b"\n".join(lines).decode())))
        rows[1][rows[0].index(col)] = value
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        lines[:] = buf.getvalue().encode().split(b"\n")
    return fname, fn


DAMAGES = [
    ("entities header", ("entities.tsv", lambda ls: ls.__setitem__(0, ls[0].replace(b"iso3",
                                                                                      b"iso")))),
    ("facts header", ("facts.tsv", lambda ls: ls.__setitem__(0, ls[0] + b"\textra"))),
    ("extra column", ("facts.tsv", lambda ls: ls.__setitem__(1, ls[1] + b"\tx"))),
    ("missing column", ("entities.tsv", lambda ls: ls.__setitem__(1, ls[1].rsplit(b"\t", 1)[0]))),
    ("CRLF", ("facts.tsv", lambda ls: ls.__setitem__(1, ls[1] + b"\r"))),
    ("invalid UTF-8", set_field("entities.tsv", 3, b"Rus\xffia")),
    ("unknown relation", set_field("facts.tsv", 4, b"friendOf")),
    ("unknown status", set_field("facts.tsv", 7, b"rumoured")),
    ("sentence 0", set_field("facts.tsv", 1, b"0")),
    ("sentence off by one", set_field("facts.tsv", 1, b"2")),
    ("evidence changed", ("facts.tsv", lambda ls: ls.__setitem__(1, ls[1].replace(
        b"\t" + ls[1].split(b"\t")[8] + b"\t", b"\t" + ls[1].split(b"\t")[8][:-1] + b"!\t")))),
    ("unknown subject", set_field("facts.tsv", 2, b"Atlantis")),
    ("subject type mismatch", set_field("facts.tsv", 3, b"Event")),
    ("unknown doc", set_field("facts.tsv", 0, b"999_nowhere")),
    ("repeated row", ("facts.tsv", lambda ls: ls.insert(1, ls[1]))),
    ("fact_id changed", set_field("facts.tsv", 9, b"RUS:metWith:RUS")),
    ("subject_id changed", set_field("facts.tsv", 10, b"atlantis")),
    ("claimant_id of no entity", set_field("facts.tsv", 12, b"atlantis")),
    ("bad date", set_field("facts.tsv", 13, b"12 Mei")),
    ("fact span shifted", set_field("facts.tsv", 14, b"1")),
    ("jsonl line dropped", ("facts.jsonl", lambda ls: ls.pop(0))),
    ("jsonl evidence changed", ("facts.jsonl", lambda ls: ls.__setitem__(
        0, ls[0].replace(b'"evidence":"', b'"evidence":"x')))),
    ("jsonl number as string", ("facts.jsonl", lambda ls: ls.__setitem__(
        0, re.sub(rb'"sentence":([0-9]+)', rb'"sentence":"\1"', ls[0])))),
    ("unknown type", set_field("entities.tsv", 1, b"Planet")),
    ("repeated entity id", ("entities.tsv", lambda ls: ls.insert(1, ls[1]))),
    ("bogus iso3", set_field("entities.tsv", 4, b"XQZ")),
    ("zero mentions", set_field("entities.tsv", 6, b"0")),
    ("docs repeated", ("entities.tsv", lambda ls: ls.__setitem__(
        1, b"\t".join(ls[1].split(b"\t")[:5] + [ls[1].split(b"\t")[5] + b"|" +
                                                ls[1].split(b"\t")[5].split(b"|")[0]] +
                      ls[1].split(b"\t")[6:])))),
    ("documents miscounted", set_field("entities.tsv", 7, b"99")),
    ("mention span shifted", set_field("mentions.tsv", 2, b"1")),
    ("mention surface changed", set_field("mentions.tsv", 4, b"Atlantis")),
    ("mention of no entity", set_field("mentions.tsv", 5, b"atlantis")),
    ("mention type mismatch", set_field("mentions.tsv", 6, b"Event")),
    ("mention kind unknown", set_field("mentions.tsv", 7, b"guess")),
    ("mention dropped", ("mentions.tsv", lambda ls: ls.pop(1))),
    ("mention in another sentence", set_field("mentions.tsv", 1, b"3")),
    ("edge weight", csv_edit("edges.csv", "Weight", "99")),
    ("edge mentions", csv_edit("edges.csv", "factMentions", "99")),
    ("node mentions", csv_edit("nodes.csv", "mentions", "12345")),
    ("node dropped", ("nodes.csv", lambda ls: ls.pop(1))),
    ("edge dropped", ("edges.csv", lambda ls: ls.pop(1))),
]


def self_test(out, corpus, kabar):
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kabar-tsv-") as tmp:
        # What the undamaged copy already gets (the output under test may
        # have faults of its own): a damage must add a problem.
        base = os.path.join(tmp, "undamaged")
        shutil.copytree(out, base)
        baseline = set(p.replace(base, "") for p in check(base, corpus, kabar)[0])
        for name, (fname, fn) in DAMAGES:
            d = os.path.join(tmp, re.sub(r"\W+", "_", name))
            shutil.copytree(out, d)
            edit_lines(os.path.join(d, fname), fn)
            problems = [p for p in check(d, corpus, kabar)[0] if p.replace(d, "") not in baseline]
            if problems:
                print("ok   damaged (%s) rejected: %s" % (name, problems[0].split("\n")[0]))
            else:
                failures += 1
                print("FAIL damaged (%s) passed the checks" % name)
    print("%d passed, %d failed" % (len(DAMAGES) - failures, failures))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 5 and argv[1] == "--self-test":
        return self_test(*argv[2:])
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    problems, n_ents, n_facts = check(*argv[1:])
    for p in problems:
        print("FAIL", p)
    print("%d entities, %d fact mentions checked" % (n_ents, n_facts))
    return 1 if problems else 0


sys.exit(main(sys.argv))
