#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Loads DIR/graph.graphml with networkx, rebuilds kabar's metric graphs from
its edges and recomputes the metrics; kabar's values must agree to 1e-6.

The definitions (include/kabar/graph.h): arcs subject->object with weight =
counted mentions, a symmetric fact (symmetric=true) also object->subject;
PageRank on the directed graph with parallel arcs merged (weights summed);
betweenness, closeness, harmonic, coreness on the undirected graph whose pair
weight is the sum over facts in either direction, distance = 1/weight.

usage: check_networkx.py DIR"""
import json
import math
import os
import sys

import networkx as nx

TOL = 1e-6
failures = []


def check(what, got, want, tol=TOL):
    if want is None or (isinstance(want, float) and math.isnan(want)):
        if got is not None and not (isinstance(got, float) and math.isnan(got)):
            failures.append(f"{what}: kabar {got}, expected undefined")
        return
    if got is None or abs(got - want) > tol * max(1.0, abs(want)):
        failures.append(f"{what}: kabar {got}, networkx {want}")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_networkx.py DIR")
    d = sys.argv[1]
    G = nx.read_graphml(os.path.join(d, "graph.graphml"))
    with open(os.path.join(d, "metrics.json"), encoding="utf-8") as f:
        summary = json.load(f)["graph"]
    nodes = list(G.nodes())
    n = len(nodes)
    if G.graph.get("countedStatuses") is None:
        failures.append("graph attribute countedStatuses missing")

    D = nx.DiGraph()
    U = nx.Graph()
    D.add_nodes_from(nodes)
    U.add_nodes_from(nodes)
    indeg = dict.fromkeys(nodes, 0)
    outdeg = dict.fromkeys(nodes, 0)
    instr = dict.fromkeys(nodes, 0.0)
    outstr = dict.fromkeys(nodes, 0.0)
    n_edges = 0
    for u, v, data in G.edges(data=True):
        n_edges += 1
        w = float(data["weight"])
        if w <= 0 or u == v:
            failures.append(f"edge {u}->{v}: weight {w} or self-loop should not be in the file")
        arcs = [(u, v), (v, u)] if data.get("symmetric") else [(u, v)]
        for a, b in arcs:
            outdeg[a] += 1
            indeg[b] += 1
            outstr[a] += w
            instr[b] += w
            if D.has_edge(a, b):
                D[a][b]["weight"] += w
            else:
                D.add_edge(a, b, weight=w)
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    for a, b, data in U.edges(data=True):
        data["distance"] = 1.0 / data["weight"]

    pr = nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000) if n else {}
    bt = nx.betweenness_centrality(U, normalized=True, weight="distance")
    cl = nx.closeness_centrality(U, distance="distance", wf_improved=False)
    hm = nx.harmonic_centrality(U, distance="distance")
    core = nx.core_number(U)
    attrs = G.nodes
    for x in nodes:
        a = attrs[x]
        check(f"{x} pagerank", a.get("pagerank"), pr[x])
        check(f"{x} betweenness", a.get("betweenness"), bt[x])
        # networkx gives 0 where kabar (and igraph) say undefined: no neighbour.
        check(f"{x} closeness", a.get("closeness"), cl[x] if U.degree(x) else None)
        check(f"{x} harmonic", a.get("harmonic"), hm[x] / (n - 1) if n > 1 else None)
        check(f"{x} inDegree", a.get("inDegree"), indeg[x])
        check(f"{x} outDegree", a.get("outDegree"), outdeg[x])
        check(f"{x} degree", a.get("degree"), indeg[x] + outdeg[x])
        check(f"{x} inStrength", a.get("inStrength"), instr[x])
        check(f"{x} outStrength", a.get("outStrength"), outstr[x])
        check(f"{x} coreness", a.get("coreness"), core[x])
    if n and abs(sum(attrs[x]["pagerank"] for x in nodes) - 1) > TOL:
        failures.append("pagerank does not sum to 1")

    # Eigenvector centrality is unique only on a connected graph.
    if n > 1 and U.number_of_edges() and nx.is_connected(U):
        ev = nx.eigenvector_centrality_numpy(U, weight="weight")
        top = max(abs(v) for v in ev.values())
        for x in nodes:
            check(f"{x} eigenvector", attrs[x].get("eigenvector"), abs(ev[x]) / top)

    # The graph summary in metrics.json.
    check("vertices", summary["vertices"], n)
    check("edges", summary["edges"], n_edges)
    check("arcs", summary["arcs"], sum(outdeg.values()))
    check("density", summary["density"], D.number_of_edges() / (n * (n - 1)) if n > 1 else None)
    comps = list(nx.connected_components(U))
    check("components", summary["components"], len(comps))
    check("largestComponent", summary["largestComponent"], max((len(c) for c in comps), default=0))
    check("diameter", summary["diameter"],
          max((nx.diameter(U.subgraph(c)) for c in comps), default=None) if n else None)
    check("transitivity", summary["transitivity"],
          nx.transitivity(U) if any(d >= 2 for _, d in U.degree()) else None)
    if D.number_of_edges():
        check("reciprocity", summary["reciprocity"], nx.overall_reciprocity(D))
    members = {}
    for x in nodes:
        members.setdefault(attrs[x]["community"], set()).add(x)
    check("communities", summary["communities"], len(members))
    if U.number_of_edges():
        check("modularity", summary["modularity"],
              nx.algorithms.community.modularity(U, members.values(), weight="weight"))

    if failures:
        print("\n".join(failures))
        print(f"{len(failures)} disagreements with networkx ({n} nodes, {n_edges} edges)")
        sys.exit(1)
    print(f"networkx agrees on {n} nodes and {n_edges} edges")


main()
