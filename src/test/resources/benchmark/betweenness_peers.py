"""Brokers and organization flows of a learning-tie graph, computed by the peers of Horizon.

The benchmark exports every tie instance of the window (tab-separated: source, target,
kind, weight, source_org, target_org; one line per tie instance of model.md) and runs this
script on it. It builds the undirected, unweighted tie graph (an edge joins two teachers
with a tie in either direction, as Horizon does) and times, each library on the same graph:

- exact betweenness over unordered pairs (normalized=False): python-igraph (C, one
  thread), NetworKit (C++, OpenMP on --threads threads; its figure counts ordered pairs
  and is halved here) and NetworkX (pure Python);
- the estimate from K sampled source teachers, scaled to all sources: NetworkX's
  betweenness_centrality(k=K) and NetworKit's EstimateBetweenness(K) (Brandes-Pich style
  source sampling as Horizon's own);
- the organization flows (sum of tie weights from teachers of A to teachers of B, A != B),
  in plain Python.

Each timing covers the computation only (the graph is already built, its build is timed
apart), as wall time and as the process's CPU time (every thread); --runs repeats the fast
libraries and reports every run. The full exact scores of
the first exact library are written to OUT/exact-LIB.tsv so that the benchmark can compare
every teacher's figure with Horizon's.

usage: python3 betweenness_peers.py TIES.tsv OUT --exact igraph,networkit,networkx
       --sampled 600 --sampled-libs networkx,networkit --threads 2 --runs 3 --top 10
"""
import argparse
import json
import os
import statistics
import time


def timed(function, runs):
    """The last result, the wall seconds and the CPU seconds (every thread of the process) of each run."""
    seconds = []
    cpu = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        cpu_started = time.process_time()
        result = function()
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return result, (seconds, cpu)


def top(names, scores, count):
    ranked = sorted(((names[i], s) for i, s in enumerate(scores)), key=lambda kv: (-kv[1], kv[0]))
    return [{"id": k, "betweenness": v} for k, v in ranked[:count]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ties")
    parser.add_argument("out")
    parser.add_argument("--exact", default="igraph,networkit,networkx")
    parser.add_argument("--sampled", type=int, default=0)
    parser.add_argument("--sampled-libs", default="networkx,networkit")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()

    started = time.perf_counter()
    ties = []
    with open(args.ties, encoding="utf-8") as f:
        next(f)
        for line in f:
            s, t, kind, weight, so, to = line.rstrip("\n").split("\t")
            ties.append((s, t, kind, float(weight), so or None, to or None))
    read = time.perf_counter() - started

    # The undirected, unweighted tie graph, vertices numbered in id order.
    started = time.perf_counter()
    edges = set()
    for s, t, _, _, _, _ in ties:
        if s != t:
            edges.add((s, t) if s < t else (t, s))
    names = sorted({v for e in edges for v in e})
    index = {v: i for i, v in enumerate(names)}
    numbered = sorted((index[a], index[b]) for a, b in edges)
    prepare = time.perf_counter() - started

    started = time.perf_counter()
    flows = {}
    for s, t, _, weight, so, to in ties:
        if so is not None and to is not None and so != to:
            flow = flows.setdefault((so, to), [0.0, 0])
            flow[0] += weight
            flow[1] += 1
    top_flows = sorted(flows.items(), key=lambda kv: (-kv[1][0], kv[0][0], kv[0][1]))[:50]
    flow_seconds = time.perf_counter() - started

    results = []
    versions = {}
    exact_written = False
    wanted = [lib for lib in args.exact.split(",") if lib]
    sampled_wanted = [lib for lib in args.sampled_libs.split(",") if lib] if args.sampled > 0 else []

    def record(library, mode, threads, build, times, scores, sources=None):
        nonlocal exact_written
        seconds, cpu = times
        results.append({"library": library, "version": versions.get(library), "mode": mode, "threads": threads,
                        "sources": sources, "buildSeconds": build, "seconds": seconds, "cpuSeconds": cpu,
                        "medianSeconds": statistics.median(seconds), "top": top(names, scores, args.top)})
        if mode == "exact" and not exact_written:
            with open(os.path.join(args.out, "exact-%s.tsv" % library), "w", encoding="utf-8") as f:
                for i, score in enumerate(scores):
                    f.write("%s\t%r\n" % (names[i], score))
            exact_written = True
        print("%s %s: %s s" % (library, mode, ", ".join("%.2f" % s for s in seconds)), flush=True)

    if "igraph" in wanted:
        import igraph
        versions["igraph"] = igraph.__version__
        started = time.perf_counter()
        g = igraph.Graph(n=len(names), edges=numbered, directed=False)
        build = time.perf_counter() - started
        scores, seconds = timed(lambda: g.betweenness(directed=False), args.runs)
        record("igraph", "exact", 1, build, seconds, scores)

    if "networkit" in wanted or "networkit" in sampled_wanted:
        import networkit as nk
        versions["networkit"] = nk.__version__
        nk.setNumberOfThreads(args.threads)
        nk.engineering.setSeed(args.seed, True)
        started = time.perf_counter()
        G = nk.Graph(len(names))
        for a, b in numbered:
            G.addEdge(a, b)
        build = time.perf_counter() - started
        if "networkit" in wanted:
            def exact_networkit():
                b = nk.centrality.Betweenness(G, normalized=False)
                b.run()
                # NetworKit counts each unordered pair from both ends.
                return [s / 2 for s in b.scores()]
            scores, seconds = timed(exact_networkit, args.runs)
            record("networkit", "exact", nk.getMaxNumberOfThreads(), build, seconds, scores)
        if "networkit" in sampled_wanted:
            def sampled_networkit():
                b = nk.centrality.EstimateBetweenness(G, args.sampled, False, True)
                b.run()
                return [s / 2 for s in b.scores()]
            scores, seconds = timed(sampled_networkit, args.runs)
            record("networkit", "sampled", nk.getMaxNumberOfThreads(), build, seconds, scores, args.sampled)

    if "networkx" in wanted or "networkx" in sampled_wanted:
        import networkx as nx
        versions["networkx"] = nx.__version__
        started = time.perf_counter()
        graph = nx.Graph()
        graph.add_nodes_from(range(len(names)))
        graph.add_edges_from(numbered)
        build = time.perf_counter() - started
        if "networkx" in sampled_wanted and args.sampled < len(names):
            def sampled_networkx():
                b = nx.betweenness_centrality(graph, k=args.sampled, normalized=False, seed=args.seed)
                return [b[i] for i in range(len(names))]
            scores, seconds = timed(sampled_networkx, 1)
            record("networkx", "sampled", 1, build, seconds, scores, args.sampled)
        if "networkx" in wanted:
            def exact_networkx():
                b = nx.betweenness_centrality(graph, normalized=False)
                return [b[i] for i in range(len(names))]
            # Minutes per run: once.
            scores, seconds = timed(exact_networkx, 1)
            record("networkx", "exact", 1, build, seconds, scores)

    print(json.dumps({
        "ties": len(ties),
        "nodes": len(names),
        "edges": len(numbered),
        "readSeconds": read,
        "prepareSeconds": prepare,
        "flowsSeconds": flow_seconds,
        "results": results,
        "flows": [{"source": k[0], "target": k[1], "weight": v[0], "ties": v[1]} for k, v in top_flows],
    }))


if __name__ == "__main__":
    main()
