# SPDX-License-Identifier: MIT
"""Reads back every file hostile_fixture wrote, strictly (hostile_tables.py),
and checks row counts and each value against raw.tsv (what went in) after
the documented cleaning, computed here, not taken from the program:

- entities.tsv: one row per entity, 8 fields; id, label, aliases and docs
  (lists split back) are the cleaned raw values;
- facts.tsv: one row per mention, 16 fields; doc, subject, object,
  evidence, subject_id and object_id cleaned; facts.jsonl: one JSON object
  per line with the same values (an empty one null);
- nodes.csv / edges.csv: one record per line, csv module; Id is the
  escaped kabar id, Label the cleaned label; Source/Target are node ids;
- metrics.json parses; every "top" entry's id and label match an entity;
- graph.graphml / graph.gexf parse with libxml2; node ids unique, one per
  entity, exactly the escaped ids; every edge joins two of them.

usage: check_hostile.py DIR
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_tables import (Problems, check_graph_ids, clean, node_id, read_csv, read_json,  # noqa: E402
                            read_text, read_tsv, split_list)


def unhex(h):
    return b"" if h == "-" else bytes.fromhex(h)


def unhex_list(h):
    return [] if h == "-" else [bytes.fromhex(x) for x in h.split(",")]


def load_raw(path):
    ents, mentions, edges = [], [], None
    with open(path) as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if r[0] == "entity":
                ents.append({"type": r[2], "id": unhex(r[3]), "label": unhex(r[4]),
                             "aliases": unhex_list(r[5]), "docs": unhex_list(r[6])})
            elif r[0] == "mention":
                mentions.append({"doc": unhex(r[1]), "s": int(r[2]), "o": int(r[3]),
                                 "evidence": unhex(r[4])})
            elif r[0] == "edges":
                edges = int(r[1])
    return ents, mentions, edges


def read_json_line(line, p):
    try:
        return json.loads(line)
    except ValueError as e:
        p.append("facts.jsonl: not JSON: %s: %r" % (e, line))
        return None


def main():
    d = sys.argv[1]
    p = Problems()
    ents, mentions, n_edges = load_raw(os.path.join(d, "raw.tsv"))
    # The fixture's point: ids GraphML cannot carry and ids that used to
    # collide with their fallback are both there.
    p.check(any(e["id"] == b"n0" for e in ents) and any(e["id"] == b"A B" for e in ents),
            "raw.tsv: the colliding ids are missing")

    by_id = {clean(e["id"]): e for e in ents}
    p.check(len(by_id) == len(ents), "cleaned kabar ids repeat")
    rows = read_tsv(os.path.join(d, "entities.tsv"), 8, p)
    p.check(len(rows) == len(ents), "entities.tsv: %d rows, want %d" % (len(rows), len(ents)))
    for r in rows:
        e = by_id.get(r[0])
        if not p.check(e is not None, "entities.tsv: unknown id %r" % r[0]):
            continue
        p.check(r[2] == clean(e["label"]), "entities.tsv %r: label %r" % (r[0], r[2]))
        p.check(split_list(r[3]) == [clean(a) for a in e["aliases"]],
                "entities.tsv %r: aliases %r split into %r" % (r[0], r[3], split_list(r[3])))
        p.check(split_list(r[5]) == [clean(x) for x in e["docs"]],
                "entities.tsv %r: docs %r split into %r" % (r[0], r[5], split_list(r[5])))

    rows = read_tsv(os.path.join(d, "facts.tsv"), 16, p)
    p.check(len(rows) == len(mentions), "facts.tsv: %d rows, want %d" % (len(rows), len(mentions)))
    for r, m in zip(rows, mentions):
        want = [clean(m["doc"]), clean(ents[m["s"]]["label"]), clean(ents[m["o"]]["label"]),
                clean(m["evidence"]), clean(ents[m["s"]]["id"]), clean(ents[m["o"]]["id"])]
        got = [r[0], r[2], r[5], r[8], r[10], r[11]]
        p.check(got == want, "facts.tsv: %r, want %r" % (got, want))
    with open(os.path.join(d, "facts.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    text = read_text(os.path.join(d, "facts.jsonl"), p) or ""
    objs = [read_json_line(line, p) for line in text.split("\n")[:-1]]
    p.check(len(objs) == len(rows), "facts.jsonl: %d lines, want %d" % (len(objs), len(rows)))
    for o, r in zip(objs, rows):
        got = [("" if v is None else str(v)) for v in (o or {}).values()]
        p.check(list((o or {}).keys()) == header and got == r,
                "facts.jsonl: %r, facts.tsv %r" % (o, r))

    ids = [node_id(e["id"]) for e in ents]
    p.check(len(set(ids)) == len(ids), "escaped ids repeat: %s" % ids)
    nodes = read_csv(os.path.join(d, "nodes.csv"), p)
    p.check(len(nodes) == len(ents), "nodes.csv: %d records, want %d" % (len(nodes), len(ents)))
    for rec, e, i in zip(nodes, ents, ids):
        p.check(rec.get("Id") == i and rec.get("Label") == clean(e["label"]),
                "nodes.csv: %r %r, want %r %r" % (rec.get("Id"), rec.get("Label"), i,
                                                   clean(e["label"])))
    edges = read_csv(os.path.join(d, "edges.csv"), p)
    p.check(len(edges) == n_edges, "edges.csv: %d records, want %d" % (len(edges), n_edges))
    for rec in edges:
        p.check(rec.get("Source") in ids and rec.get("Target") in ids,
                "edges.csv: %r -> %r joins no nodes" % (rec.get("Source"), rec.get("Target")))

    metrics = read_json(os.path.join(d, "metrics.json"), p)
    labels = {i: clean(e["label"]) for i, e in zip(ids, ents)}
    for metric, top in (metrics or {}).get("top", {}).items():
        for entry in top:
            p.check(labels.get(entry["id"]) == entry["label"],
                    "metrics.json top %s: %r %r" % (metric, entry["id"], entry["label"]))
    p.check(metrics is not None and metrics["graph"]["vertices"] == len(ents),
            "metrics.json: vertices")

    for name in ("graph.graphml", "graph.gexf"):
        check_graph_ids(os.path.join(d, name), len(ents), n_edges, p, want_ids=ids)

    for msg in p:
        print("FAIL:", msg)
    print("%s: %d entities, %d mentions, %d edges; %d problems" %
          (d, len(ents), len(mentions), n_edges, len(p)))
    return 1 if p else 0


if __name__ == "__main__":
    sys.exit(main())
