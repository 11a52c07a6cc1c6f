package ru.horizon.horizontal;

import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BetweennessTests {

	private static Graph<String, DefaultEdge> randomGraph(int n, int edges, long seed) {
		Random random = new Random(seed);
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int i = 0; i < n; i++) {
			graph.addVertex("t" + i);
		}
		while (graph.edgeSet().size() < edges) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				graph.addEdge("t" + a, "t" + b);
			}
		}
		return graph;
	}

	@Test
	void sampledWithEverySourceIsExact() {
		Graph<String, DefaultEdge> graph = randomGraph(200, 600, 7);
		Map<String, Double> exact = new BetweennessCentrality<>(graph, false).getScores();
		Map<String, Double> sampled = Betweenness.sampled(graph, 200, new Random(1));
		exact.forEach((v, score) -> assertThat(sampled.get(v)).as(v).isCloseTo(score, within(1e-6)));
	}

	@Test
	void pathCountsUnorderedPairsAsNetworkXDoes() {
		// a-b-c-d: b lies on a-c and a-d.
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (String v : new String[] { "a", "b", "c", "d" }) {
			graph.addVertex(v);
		}
		graph.addEdge("a", "b");
		graph.addEdge("b", "c");
		graph.addEdge("c", "d");
		HorizontalProperties settings = new HorizontalProperties(6000, 600, 1, 50);
		assertThat(Betweenness.of(graph, settings).get("b")).isEqualTo(2.0);
	}

	@Test
	void estimateKeepsTheTopBrokerOfALargeGraph() {
		// Two random clusters of 1,500 teachers joined only through one bridge teacher.
		Graph<String, DefaultEdge> graph = randomGraph(1500, 6000, 3);
		Graph<String, DefaultEdge> other = randomGraph(1500, 6000, 4);
		other.vertexSet().forEach((v) -> graph.addVertex("u" + v));
		other.edgeSet().forEach((e) -> graph.addEdge("u" + other.getEdgeSource(e), "u" + other.getEdgeTarget(e)));
		graph.addVertex("bridge");
		graph.addEdge("bridge", "t0");
		graph.addEdge("bridge", "ut0");
		HorizontalProperties settings = new HorizontalProperties(1000, 300, 42, 50);
		assertThat(Betweenness.exact(graph.vertexSet().size(), settings)).isFalse();
		Map<String, Double> estimate = Betweenness.of(graph, settings);
		String top = estimate.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		assertThat(top).isIn("bridge", "t0", "ut0");
		// The bridge carries at least every pair between the clusters: 1,501 x 1,500.
		assertThat(estimate.get("bridge")).isCloseTo(1500.0 * 1501, within(1500.0 * 1501 * 0.25));
	}

}
