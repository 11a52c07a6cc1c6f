package ru.horizon.horizontal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Betweenness centrality of the undirected, unweighted tie graph, counted over unordered
 * pairs of teachers (as NetworkX's {@code betweenness_centrality(G, normalized=False)}).
 * Exact (Brandes from every source) up to a size; beyond it, Brandes from a fixed-seed
 * sample of source teachers, scaled by {@code n / pivots} (Brandes and Pich, 2007).
 * <p>
 * Both run the same kernel over int arrays (no maps or boxing on the hot path), the
 * sources split into fixed contiguous slices over the available cores and the partial
 * scores added in slice order, so the same graph always gives the same figures.
 */
final class Betweenness {

	private Betweenness() {
	}

	/** Whether a graph of {@code teachers} vertices gets the exact figure. */
	static boolean exact(int teachers, HorizontalProperties settings) {
		return teachers <= settings.exactBetweennessMaxTeachers() || teachers <= settings.betweennessPivots();
	}

	static Map<String, Double> of(Graph<String, DefaultEdge> graph, HorizontalProperties settings) {
		if (exact(graph.vertexSet().size(), settings)) {
			Adjacency adjacency = Adjacency.of(graph);
			int[] sources = new int[adjacency.size()];
			Arrays.setAll(sources, (i) -> i);
			// Each unordered pair is reached from both of its ends.
			return adjacency.scores(accumulate(adjacency, sources), 0.5);
		}
		return sampled(graph, settings.betweennessPivots(), new Random(settings.randomSeed()));
	}

	/** Brandes' accumulation from {@code pivots} sampled sources, scaled to all sources. */
	static Map<String, Double> sampled(Graph<String, DefaultEdge> graph, int pivots, Random random) {
		Adjacency adjacency = Adjacency.of(graph);
		int n = adjacency.size();
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		int k = Math.min(pivots, n);
		// Each unordered pair is reached from both of its ends: halve, then scale to all sources.
		return adjacency.scores(accumulate(adjacency, Arrays.copyOf(order, k)), (double) n / Math.max(k, 1) / 2.0);
	}

	/** The summed dependencies of every vertex over the given sources. */
	private static double[] accumulate(Adjacency adjacency, int[] sources) {
		int n = adjacency.size();
		int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.length / 64));
		if (slices == 1) {
			return new Kernel(adjacency).run(sources, 0, sources.length);
		}
		// One plain thread per further slice; this thread computes the first (the common
		// pool has a single worker on two cores).
		List<Thread> threads = new ArrayList<>();
		double[][] partial = new double[slices][];
		RuntimeException[] failure = new RuntimeException[1];
		for (int s = 1; s < slices; s++) {
			int slice = s;
			int from = (int) ((long) sources.length * s / slices);
			int to = (int) ((long) sources.length * (s + 1) / slices);
			threads.add(Thread.ofPlatform().name("betweenness-" + s).start(() -> {
				try {
					partial[slice] = new Kernel(adjacency).run(sources, from, to);
				}
				catch (RuntimeException ex) {
					failure[0] = ex;
				}
			}));
		}
		partial[0] = new Kernel(adjacency).run(sources, 0, (int) ((long) sources.length / slices));
		try {
			for (Thread thread : threads) {
				thread.join();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while computing betweenness", ex);
		}
		if (failure[0] != null) {
			throw failure[0];
		}
		double[] total = new double[n];
		for (double[] scores : partial) {
			for (int i = 0; i < n; i++) {
				total[i] += scores[i];
			}
		}
		return total;
	}

	/** The graph as arrays: vertex i's neighbours are {@code targets[offsets[i] .. offsets[i + 1])}. */
	private record Adjacency(List<String> vertices, int[] offsets, int[] targets) {

		static Adjacency of(Graph<String, DefaultEdge> graph) {
			List<String> vertices = List.copyOf(graph.vertexSet());
			int n = vertices.size();
			Map<String, Integer> index = new HashMap<>(n * 2);
			for (int i = 0; i < n; i++) {
				index.put(vertices.get(i), i);
			}
			int[] offsets = new int[n + 1];
			int[][] neighbours = new int[n][];
			for (int i = 0; i < n; i++) {
				String v = vertices.get(i);
				neighbours[i] = graph.edgesOf(v)
					.stream()
					.mapToInt((e) -> index.get(Graphs.getOppositeVertex(graph, e, v)))
					.toArray();
				offsets[i + 1] = offsets[i] + neighbours[i].length;
			}
			int[] targets = new int[offsets[n]];
			for (int i = 0; i < n; i++) {
				System.arraycopy(neighbours[i], 0, targets, offsets[i], neighbours[i].length);
			}
			return new Adjacency(vertices, offsets, targets);
		}

		int size() {
			return this.vertices.size();
		}

		Map<String, Double> scores(double[] sums, double scale) {
			Map<String, Double> result = new HashMap<>(size() * 2);
			for (int i = 0; i < size(); i++) {
				result.put(this.vertices.get(i), sums[i] * scale);
			}
			return result;
		}

	}

	/** One worker's arrays for Brandes' single-source shortest paths and back-propagation. */
	private static final class Kernel {

		private final Adjacency graph;

		private final int[] distance;

		private final double[] paths;

		private final double[] dependency;

		private final int[] stack;

		private final double[] score;

		Kernel(Adjacency graph) {
			int n = graph.size();
			this.graph = graph;
			this.distance = new int[n];
			this.paths = new double[n];
			this.dependency = new double[n];
			this.stack = new int[n];
			this.score = new double[n];
			Arrays.fill(this.distance, -1);
		}

		double[] run(int[] sources, int from, int to) {
			int[] offsets = this.graph.offsets();
			int[] targets = this.graph.targets();
			for (int p = from; p < to; p++) {
				int s = sources[p];
				// The stack doubles as the BFS queue: vertices enter it in order of distance.
				int head = 0;
				int top = 0;
				this.distance[s] = 0;
				this.paths[s] = 1;
				this.stack[top++] = s;
				while (head < top) {
					int v = this.stack[head++];
					int next = this.distance[v] + 1;
					for (int e = offsets[v]; e < offsets[v + 1]; e++) {
						int w = targets[e];
						if (this.distance[w] < 0) {
							this.distance[w] = next;
							this.stack[top++] = w;
						}
						if (this.distance[w] == next) {
							this.paths[w] += this.paths[v];
						}
					}
				}
				while (top > 0) {
					int w = this.stack[--top];
					int previous = this.distance[w] - 1;
					double share = (1 + this.dependency[w]) / this.paths[w];
					for (int e = offsets[w]; e < offsets[w + 1]; e++) {
						int v = targets[e];
						if (this.distance[v] == previous) {
							this.dependency[v] += this.paths[v] * share;
						}
					}
					if (w != s) {
						this.score[w] += this.dependency[w];
					}
				}
				// Reset only what this source touched (head counts every vertex reached).
				for (int i = 0; i < head; i++) {
					int v = this.stack[i];
					this.distance[v] = -1;
					this.paths[v] = 0;
					this.dependency[v] = 0;
				}
			}
			return this.score;
		}

	}

}
