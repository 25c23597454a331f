#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Draws a kabar graph.graphml as a PNG: labelled nodes coloured by entity
type (the same colours as graph.gexf), sized by PageRank, edges weighted by
counted mentions, with a legend. Deterministic (fixed layout seed).

usage: /usr/bin/python3 examples/gephi/draw.py out/graph.graphml examples/gephi/graph.png
Needs python3-networkx and python3-matplotlib (Debian)."""
import sys
import warnings

import matplotlib

matplotlib.use("Agg")
warnings.filterwarnings("ignore", message="Glyph")  # emoji in labels
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

# Same palette as src/graph/write.c (viz:color in graph.gexf).
COLOURS = {
    "State": "#1f77b4",
    "Person": "#d62728",
    "Organization": "#2ca02c",
    "Agreement": "#9467bd",
    "Place": "#ff7f0e",
    "Event": "#8c564b",
}


def short(label, n=28):
    label = " ".join(label.split())
    return label if len(label) <= n else label[: n - 1] + "…"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: draw.py GRAPHML PNG")
    G = nx.read_graphml(sys.argv[1])
    # Layout on the undirected weighted graph; isolated entities are left out
    # of the picture (they have no relation to draw) but counted in the title.
    U = nx.Graph()
    for u, v, d in G.edges(data=True):
        w = float(d.get("weight", 1))
        U.add_edge(u, v, weight=U[u][v]["weight"] + w if U.has_edge(u, v) else w)
    isolated = [x for x in G.nodes if x not in U]
    # Each connected component laid out on its own (Kamada-Kawai spreads a
    # dense core better than a spring layout), the largest on the left and
    # the small ones stacked in a column on the right.
    pos = {}
    comps = sorted(nx.connected_components(U), key=lambda c: (-len(c), sorted(c)))
    for i, comp in enumerate(comps):
        sub = U.subgraph(comp)
        p = nx.kamada_kawai_layout(sub, weight=None) if len(comp) > 2 else nx.circular_layout(sub)
        if i == 0:
            scale, (ox, oy) = 1.0, (0.0, 0.0)
        else:
            scale, (ox, oy) = 0.18, (1.55, 0.9 - 0.45 * (i - 1))
        for n, (x, y) in p.items():
            pos[n] = (ox + scale * x, oy + scale * y)
    fig, ax = plt.subplots(figsize=(14, 10), dpi=110)
    pr = nx.get_node_attributes(G, "pagerank")
    top = max((pr.get(x, 0) for x in U), default=1) or 1
    nodes = list(U.nodes)
    sizes = [120 + 2400 * (pr.get(x, 0) / top) for x in nodes]
    colours = [COLOURS.get(G.nodes[x].get("type"), "#7f7f7f") for x in nodes]
    widths = [0.6 + 0.5 * float(d["weight"]) for _, _, d in U.edges(data=True)]
    nx.draw_networkx_edges(U, pos, ax=ax, width=widths, alpha=0.35, edge_color="#555555")
    nx.draw_networkx_nodes(U, pos, nodelist=nodes, node_size=sizes, node_color=colours, ax=ax,
                           linewidths=0.8, edgecolors="white")
    labels = {x: short(G.nodes[x].get("label", x)) for x in nodes}
    nx.draw_networkx_labels(U, pos, labels=labels, font_size=8, ax=ax)
    present = sorted({G.nodes[x].get("type") for x in nodes} - {None})
    handles = [plt.Line2D([], [], marker="o", linestyle="", markersize=10,
                          markerfacecolor=COLOURS.get(t, "#7f7f7f"), markeredgecolor="white",
                          label=t) for t in present]
    ax.legend(handles=handles, title="entity type", loc="upper left", frameon=False)
    counted = G.graph.get("countedStatuses", "asserted")
    ax.set_title(f"kabar knowledge graph: {G.number_of_nodes()} entities "
                 f"({len(isolated)} without a relation, not drawn), "
                 f"{G.number_of_edges()} facts ({counted}); node size = PageRank")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(sys.argv[2], metadata={"Software": None})
    print(f"wrote {sys.argv[2]}")


main()
