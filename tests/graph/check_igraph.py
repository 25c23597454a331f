#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Loads DIR/graph.graphml with python-igraph (the consumer most igraph
users have) and checks it against DIR/nodes.csv and DIR/metrics.json: the
same vertices with their labels, types and PageRank, the same edges with
their relation, weight and `symmetric` flag, and a directed graph (igraph,
like networkx, refuses a GraphML that mixes directed and undirected edges).

usage: check_igraph.py DIR"""
import csv
import json
import os
import sys

try:
    import igraph
except ImportError:
    sys.exit("check_igraph: python3-igraph is missing (scripts/setup-tests.sh installs it)")

failures = []


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_igraph.py DIR")
    d = sys.argv[1]
    g = igraph.Graph.Read_GraphML(os.path.join(d, "graph.graphml"))
    with open(os.path.join(d, "metrics.json"), encoding="utf-8") as f:
        summary = json.load(f)["graph"]
    with open(os.path.join(d, "nodes.csv"), encoding="utf-8", newline="") as f:
        nodes = {row["Id"]: row for row in csv.DictReader(f)}
    with open(os.path.join(d, "edges.csv"), encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))

    if not g.is_directed():
        failures.append("the graph is not directed")
    if g.vcount() != summary["vertices"] or g.vcount() != len(nodes):
        failures.append("%d vertices, metrics.json says %d, nodes.csv %d"
                        % (g.vcount(), summary["vertices"], len(nodes)))
    if g.ecount() != summary["edges"] or g.ecount() != len(edges):
        failures.append("%d edges, metrics.json says %d, edges.csv %d"
                        % (g.ecount(), summary["edges"], len(edges)))
    if g.vcount() == 0:
        failures.append("no vertices: nothing was checked")
    for v in g.vs:
        row = nodes.get(v["id"])
        if row is None:
            failures.append("vertex %s is not in nodes.csv" % v["id"])
            continue
        if v["label"] != row["Label"] or v["type"] != row["type"]:
            failures.append("vertex %s: %s/%s, nodes.csv %s/%s"
                            % (v["id"], v["label"], v["type"], row["Label"], row["type"]))
        if abs(float(v["pagerank"]) - float(row["pagerank"])) > 1e-9:
            failures.append("vertex %s: pagerank %s, nodes.csv %s"
                            % (v["id"], v["pagerank"], row["pagerank"]))
    got = sorted((g.vs[e.source]["id"], g.vs[e.target]["id"], e["relation"], float(e["weight"]),
                  bool(e["symmetric"])) for e in g.es)
    want = sorted((r["Source"], r["Target"], r["relation"], float(r["Weight"]),
                   r["symmetric"] == "true") for r in edges)
    if got != want:
        failures.append("edges differ from edges.csv: %s" % [x for x in got if x not in want][:3])
    if summary["symmetricEdges"] != sum(1 for e in got if e[4]):
        failures.append("%d symmetric edges, metrics.json says %d"
                        % (sum(1 for e in got if e[4]), summary["symmetricEdges"]))
    for msg in failures:
        print("FAIL", msg)
    print("python-igraph %s read %d vertices, %d edges" % (igraph.__version__, g.vcount(),
                                                          g.ecount()))
    sys.exit(1 if failures else 0)


main()
