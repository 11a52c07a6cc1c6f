"""Brokers and organization flows of a learning-tie graph, computed by NetworkX.

The peer of Horizon's horizontalLearning in the benchmark. Reads the tie instances that
the benchmark exported (tab-separated: source, target, kind, weight, source_org,
target_org; one line per tie instance of model.md) and prints JSON with the timings of
each phase, the top brokers (betweenness of the undirected, unweighted tie graph over
unordered pairs, normalized=False, as Horizon computes it) and the organization flows
(sum of tie weights from teachers of A to teachers of B, A != B).

With K given, betweenness is estimated from K sampled source teachers (NetworkX's own
sampling, scaled to all sources), as Horizon does beyond its exact limit: exact Brandes
in pure Python takes hours on a graph of tens of thousands of teachers.

usage: python3 networkx_brokers.py TIES.tsv [TOP] [K]
"""
import json
import sys
import time

import networkx as nx


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    k = int(sys.argv[3]) if len(sys.argv) > 3 else None
    started = time.perf_counter()
    ties = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            s, t, kind, weight, so, to = line.rstrip("\n").split("\t")
            ties.append((s, t, kind, float(weight), so or None, to or None))
    read = time.perf_counter() - started

    started = time.perf_counter()
    graph = nx.Graph()
    for s, t, _, _, _, _ in ties:
        if s != t:
            graph.add_edge(s, t)
    build = time.perf_counter() - started

    started = time.perf_counter()
    if k is not None and k < graph.number_of_nodes():
        betweenness = nx.betweenness_centrality(graph, k=k, normalized=False, seed=20261123)
    else:
        k = None
        betweenness = nx.betweenness_centrality(graph, normalized=False)
    brokers = sorted(betweenness.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    between = time.perf_counter() - started

    started = time.perf_counter()
    flows = {}
    for s, t, _, weight, so, to in ties:
        if so is not None and to is not None and so != to:
            flow = flows.setdefault((so, to), [0.0, 0])
            flow[0] += weight
            flow[1] += 1
    top_flows = sorted(flows.items(), key=lambda kv: (-kv[1][0], kv[0][0], kv[0][1]))[:50]
    flow_time = time.perf_counter() - started

    print(json.dumps({
        "networkx": nx.__version__,
        "ties": len(ties),
        "sampledSources": k,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "readSeconds": read,
        "buildSeconds": build,
        "betweennessSeconds": between,
        "flowsSeconds": flow_time,
        "brokers": [{"id": k, "betweenness": v} for k, v in brokers],
        "flows": [{"source": k[0], "target": k[1], "weight": v[0], "ties": v[1]} for k, v in top_flows],
    }))


if __name__ == "__main__":
    main()
