package ru.horizon.horizontal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;

/**
 * Betweenness centrality of the undirected, unweighted tie graph, counted over unordered
 * pairs of teachers (as NetworkX's {@code betweenness_centrality(G, normalized=False)}).
 * Exact (JGraphT's Brandes) up to a size; beyond it, Brandes from a fixed-seed sample of
 * source teachers, scaled by {@code n / pivots} (Brandes and Pich, 2007).
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
			return new BetweennessCentrality<>(graph, false).getScores();
		}
		return sampled(graph, settings.betweennessPivots(), new Random(settings.randomSeed()));
	}

	/** Brandes' accumulation from {@code pivots} sampled sources, scaled to all sources. */
	static Map<String, Double> sampled(Graph<String, DefaultEdge> graph, int pivots, Random random) {
		List<String> vertices = List.copyOf(graph.vertexSet());
		int n = vertices.size();
		Map<String, Integer> index = new java.util.HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(vertices.get(i), i);
		}
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			String v = vertices.get(i);
			neighbours[i] = graph.edgesOf(v)
				.stream()
				.mapToInt((e) -> index.get(org.jgrapht.Graphs.getOppositeVertex(graph, e, v)))
				.toArray();
		}
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
		double[] score = new double[n];
		int[] distance = new int[n];
		double[] paths = new double[n];
		double[] dependency = new double[n];
		int[] stack = new int[n];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int p = 0; p < k; p++) {
			int s = order[p];
			Arrays.fill(distance, -1);
			Arrays.fill(paths, 0);
			Arrays.fill(dependency, 0);
			int top = 0;
			distance[s] = 0;
			paths[s] = 1;
			queue.add(s);
			while (!queue.isEmpty()) {
				int v = queue.poll();
				stack[top++] = v;
				for (int w : neighbours[v]) {
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						queue.add(w);
					}
					if (distance[w] == distance[v] + 1) {
						paths[w] += paths[v];
					}
				}
			}
			while (top > 0) {
				int w = stack[--top];
				for (int v : neighbours[w]) {
					if (distance[v] == distance[w] - 1) {
						dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
					}
				}
				if (w != s) {
					score[w] += dependency[w];
				}
			}
		}
		// Each unordered pair is reached from both of its ends: halve, then scale to all sources.
		double scale = (double) n / k / 2.0;
		Map<String, Double> result = new java.util.HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			result.put(vertices.get(i), score[i] * scale);
		}
		return result;
	}

}
