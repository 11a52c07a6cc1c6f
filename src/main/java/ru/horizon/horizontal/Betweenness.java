package ru.horizon.horizontal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Betweenness centrality of the undirected, unweighted tie graph, counted over unordered
 * pairs of teachers (as NetworkX's {@code betweenness_centrality(G, normalized=False)}).
 * Exact up to {@link HorizontalProperties#exactBetweennessMaxTeachers()} teachers; beyond
 * it, Brandes from a fixed-seed sample of source teachers, scaled by {@code n / pivots}
 * (Brandes and Pich, 2007).
 * <p>
 * The exact figure is Brandes' algorithm made cheaper without changing its result:
 * <ul>
 * <li>trees hanging off the graph (teachers with one tie, and so on inwards) are peeled
 * off first; a peeled teacher, and the teacher a tree hangs from, is a cut vertex, so the
 * pairs it separates are counted by the sizes of the parts, and the rest of the graph
 * (the core) carries each remaining teacher with the size of the tree it stands for
 * (Baglioni et al., 2012);</li>
 * <li>core teachers with the same neighbours and the same tree size (attendees of the
 * same events only, say) have the same shortest paths to everyone else: Brandes runs from
 * one of them and counts it as many times;</li>
 * <li>the kernel runs over int arrays (compressed adjacency, an int queue, per-worker
 * arrays reused from source to source); the breadth-first pass lists each teacher's
 * successors as it meets them, so the backward pass pulls each teacher's dependency from
 * its successors alone instead of scanning every neighbour again; the sources are shared
 * between the cores in blocks whose partial sums are added in block order, so the same
 * graph always gives the same figures.</li>
 * </ul>
 */
final class Betweenness {

	/** The fewest sources per block of work handed to a worker thread. */
	private static final int BLOCK = 64;

	private Betweenness() {
	}

	/** Whether a graph of {@code teachers} vertices gets the exact figure. */
	static boolean exact(int teachers, HorizontalProperties settings) {
		return teachers <= settings.exactBetweennessMaxTeachers() || teachers <= settings.betweennessPivots();
	}

	static Map<String, Double> of(Graph<String, DefaultEdge> graph, HorizontalProperties settings) {
		if (exact(graph.vertexSet().size(), settings)) {
			Adjacency adjacency = Adjacency.of(graph);
			return adjacency.scores(exact(adjacency), 1.0);
		}
		return sampled(graph, settings.betweennessPivots(), new Random(settings.randomSeed()));
	}

	/**
	 * Brandes' accumulation from {@code pivots} sampled sources, scaled to all sources.
	 */
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
		double[] ones = new double[n];
		Arrays.fill(ones, 1.0);
		double[] sums = accumulate(adjacency, ones, Arrays.copyOf(order, k), null);
		// Each unordered pair is reached from both of its ends: halve, then scale to all
		// sources.
		return adjacency.scores(sums, (double) n / Math.max(k, 1) / 2.0);
	}

	/** The exact betweenness of every vertex of {@code graph}, by vertex index. */
	static double[] exact(Adjacency graph) {
		Peeled peeled = Peeled.of(graph);
		Adjacency core = peeled.core();
		int[] coreOf = peeled.coreVertices();
		double[] weight = new double[core.size()];
		for (int i = 0; i < weight.length; i++) {
			weight[i] = peeled.size()[coreOf[i]];
		}
		// Twins: one source per class of core vertices with the same neighbours and tree
		// size.
		Map<Twin, Integer> classes = new HashMap<>();
		int[] sources = new int[core.size()];
		double[] multiplicity = new double[core.size()];
		int count = 0;
		for (int v = 0; v < core.size(); v++) {
			Twin key = new Twin(core.neighbours(v), peeled.size()[coreOf[v]]);
			Integer known = classes.putIfAbsent(key, count);
			if (known == null) {
				sources[count] = v;
				multiplicity[count] = 1;
				count++;
			}
			else {
				multiplicity[known]++;
			}
		}
		// Each source counts for the teachers its tree holds and its twins.
		for (int i = 0; i < count; i++) {
			multiplicity[i] *= weight[sources[i]];
		}
		double[] sums = accumulate(core, weight, Arrays.copyOf(sources, count), Arrays.copyOf(multiplicity, count));
		double[] result = peeled.separated();
		for (int i = 0; i < core.size(); i++) {
			// Each unordered pair is reached from both of its ends.
			result[coreOf[i]] += sums[i] / 2;
		}
		return result;
	}

	/**
	 * The weighted dependencies summed over the given sources: vertex {@code v} gets
	 * {@code multiplicity[i] * delta_s(v)} from source {@code s = sources[i]}, where
	 * {@code delta_s} counts each target {@code t} {@code weight[t]} times.
	 * @param multiplicity how many times each source counts; null: once
	 */
	private static double[] accumulate(Adjacency graph, double[] weight, int[] sources, double[] multiplicity) {
		int n = graph.size();
		int cores = Runtime.getRuntime().availableProcessors();
		// At most four blocks per core (each holds n partial sums), at least BLOCK
		// sources each.
		int block = Math.max(BLOCK, (sources.length + 4 * cores - 1) / (4 * cores));
		int blocks = (sources.length + block - 1) / block;
		int workers = Math.max(1, Math.min(cores, blocks));
		double[][] partial = new double[blocks][];
		AtomicInteger next = new AtomicInteger();
		Runnable work = () -> {
			Kernel kernel = new Kernel(graph, weight);
			for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
				double[] score = new double[n];
				int to = Math.min(sources.length, (b + 1) * block);
				for (int i = b * block; i < to; i++) {
					kernel.run(sources[i], (multiplicity != null) ? multiplicity[i] : 1.0, score);
				}
				partial[b] = score;
			}
		};
		// One plain thread per further worker; this thread is a worker too (the common
		// pool has a single worker on two cores).
		List<Thread> threads = new ArrayList<>();
		RuntimeException[] failure = new RuntimeException[1];
		for (int w = 1; w < workers; w++) {
			threads.add(Thread.ofPlatform().name("betweenness-" + w).start(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					failure[0] = ex;
				}
			}));
		}
		work.run();
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
		// Added in block order, whichever worker computed which block.
		double[] total = new double[n];
		for (double[] scores : partial) {
			for (int i = 0; i < n; i++) {
				total[i] += scores[i];
			}
		}
		return total;
	}

	/** A core vertex's neighbours (sorted) and tree size, the key of its twin class. */
	private record Twin(int[] neighbours, long size) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Twin twin && this.size == twin.size
					&& Arrays.equals(this.neighbours, twin.neighbours);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.neighbours) * 31 + Long.hashCode(this.size);
		}

	}

	/**
	 * The graph as arrays: vertex i's neighbours are
	 * {@code targets[offsets[i] .. offsets[i + 1])}.
	 *
	 * @param vertices the teacher of each index (null for an inner graph)
	 */
	record Adjacency(List<String> vertices, int n, int[] offsets, int[] targets) {

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
			return new Adjacency(vertices, n, offsets, targets);
		}

		int size() {
			return this.n;
		}

		int degree(int v) {
			return this.offsets[v + 1] - this.offsets[v];
		}

		int[] neighbours(int v) {
			return Arrays.copyOfRange(this.targets, this.offsets[v], this.offsets[v + 1]);
		}

		Map<String, Double> scores(double[] sums, double scale) {
			Map<String, Double> result = new HashMap<>(size() * 2);
			for (int i = 0; i < size(); i++) {
				result.put(this.vertices.get(i), sums[i] * scale);
			}
			return result;
		}

	}

	/**
	 * The graph with its hanging trees peeled off.
	 *
	 * @param size for each vertex, itself and the vertices of the trees peeled into it
	 * @param separated for each vertex, the pairs it separates within and out of its
	 * trees (every path between them passes through it): its whole betweenness if peeled
	 * @param core the unpeeled vertices that keep a neighbour, with the edges between
	 * them (neighbours sorted)
	 * @param coreVertices the vertex of each core index
	 */
	record Peeled(long[] size, double[] separated, Adjacency core, int[] coreVertices) {

		static Peeled of(Adjacency graph) {
			int n = graph.size();
			int[] offsets = graph.offsets();
			int[] targets = graph.targets();
			int[] degree = new int[n];
			long[] size = new long[n];
			long[] childSizes = new long[n];
			double[] childSquares = new double[n];
			boolean[] peeled = new boolean[n];
			int[] stack = new int[n];
			int top = 0;
			for (int v = 0; v < n; v++) {
				degree[v] = graph.degree(v);
				size[v] = 1;
				if (degree[v] == 1) {
					stack[top++] = v;
				}
			}
			while (top > 0) {
				int leaf = stack[--top];
				if (peeled[leaf] || degree[leaf] != 1) {
					continue;
				}
				int parent = -1;
				for (int e = offsets[leaf]; e < offsets[leaf + 1] && parent < 0; e++) {
					if (!peeled[targets[e]]) {
						parent = targets[e];
					}
				}
				peeled[leaf] = true;
				degree[leaf] = 0;
				childSizes[parent] += size[leaf];
				childSquares[parent] += (double) size[leaf] * size[leaf];
				size[parent] += size[leaf];
				if (--degree[parent] == 1) {
					stack[top++] = parent;
				}
			}
			long[] component = componentSizes(graph);
			double[] separated = new double[n];
			int[] coreIndex = new int[n];
			int cores = 0;
			for (int v = 0; v < n; v++) {
				double children = childSizes[v];
				separated[v] = (children * children - childSquares[v]) / 2
						+ (double) (size[v] - 1) * (component[v] - size[v]);
				coreIndex[v] = (!peeled[v] && degree[v] > 0) ? cores++ : -1;
			}
			int[] coreVertices = new int[cores];
			int[] coreOffsets = new int[cores + 1];
			for (int v = 0; v < n; v++) {
				if (coreIndex[v] >= 0) {
					coreVertices[coreIndex[v]] = v;
					coreOffsets[coreIndex[v] + 1] = coreOffsets[coreIndex[v]] + degree[v];
				}
			}
			int[] coreTargets = new int[coreOffsets[cores]];
			for (int c = 0; c < cores; c++) {
				int v = coreVertices[c];
				int at = coreOffsets[c];
				for (int e = offsets[v]; e < offsets[v + 1]; e++) {
					if (coreIndex[targets[e]] >= 0) {
						coreTargets[at++] = coreIndex[targets[e]];
					}
				}
				Arrays.sort(coreTargets, coreOffsets[c], at);
			}
			return new Peeled(size, separated, new Adjacency(null, cores, coreOffsets, coreTargets), coreVertices);
		}

		/** The number of vertices of each vertex's connected component. */
		private static long[] componentSizes(Adjacency graph) {
			int n = graph.size();
			int[] component = new int[n];
			Arrays.fill(component, -1);
			int[] queue = new int[n];
			List<Integer> sizes = new ArrayList<>();
			for (int s = 0; s < n; s++) {
				if (component[s] >= 0) {
					continue;
				}
				int id = sizes.size();
				int head = 0;
				int top = 0;
				component[s] = id;
				queue[top++] = s;
				while (head < top) {
					int v = queue[head++];
					for (int e = graph.offsets()[v]; e < graph.offsets()[v + 1]; e++) {
						int w = graph.targets()[e];
						if (component[w] < 0) {
							component[w] = id;
							queue[top++] = w;
						}
					}
				}
				sizes.add(top);
			}
			long[] result = new long[n];
			for (int v = 0; v < n; v++) {
				result[v] = sizes.get(component[v]);
			}
			return result;
		}

	}

	/**
	 * One worker's arrays for Brandes' single-source shortest paths and back-propagation.
	 */
	private static final class Kernel {

		private final int[] offsets;

		private final int[] targets;

		private final double[] weight;

		private final int[] distance;

		private final double[] paths;

		/** For a vertex done with: (its weight + its dependency) / its shortest paths. */
		private final double[] share;

		private final int[] queue;

		/**
		 * The successors of the i-th vertex of the queue:
		 * {@code successors[first[i] .. first[i + 1])}.
		 */
		private final int[] successors;

		private final int[] first;

		Kernel(Adjacency graph, double[] weight) {
			int n = graph.size();
			this.offsets = graph.offsets();
			this.targets = graph.targets();
			this.weight = weight;
			this.distance = new int[n];
			this.paths = new double[n];
			this.share = new double[n];
			this.queue = new int[n];
			this.successors = new int[this.targets.length];
			this.first = new int[n + 1];
			Arrays.fill(this.distance, -1);
		}

		/**
		 * Adds {@code multiplicity} times the dependencies on source {@code s} to
		 * {@code score}.
		 */
		void run(int s, double multiplicity, double[] score) {
			int[] offsets = this.offsets;
			int[] targets = this.targets;
			int[] distance = this.distance;
			double[] paths = this.paths;
			double[] share = this.share;
			int[] queue = this.queue;
			int[] successors = this.successors;
			int[] first = this.first;
			int top = 0;
			int found = 0;
			distance[s] = 0;
			paths[s] = 1;
			queue[top++] = s;
			// Breadth first: vertices enter the queue in order of distance; each vertex's
			// successors (neighbours one step farther) are listed as they are met.
			for (int head = 0; head < top; head++) {
				int v = queue[head];
				int next = distance[v] + 1;
				double through = paths[v];
				first[head] = found;
				for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
					int w = targets[e];
					int d = distance[w];
					if (d < 0) {
						d = next;
						distance[w] = d;
						queue[top++] = w;
					}
					if (d == next) {
						paths[w] += through;
						successors[found++] = w;
					}
				}
			}
			first[top] = found;
			// Farthest first: each vertex pulls the shares of its successors.
			for (int q = top - 1; q > 0; q--) {
				int w = queue[q];
				double sum = 0;
				for (int i = first[q], end = first[q + 1]; i < end; i++) {
					sum += share[successors[i]];
				}
				double dependency = paths[w] * sum;
				score[w] += multiplicity * dependency;
				share[w] = (this.weight[w] + dependency) / paths[w];
			}
			for (int i = 0; i < top; i++) {
				int v = queue[i];
				distance[v] = -1;
				paths[v] = 0;
				share[v] = 0;
			}
		}

	}

}
