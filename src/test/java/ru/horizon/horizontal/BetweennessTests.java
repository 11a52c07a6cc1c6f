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

	private static final HorizontalProperties EXACT = new HorizontalProperties(6000, 600, 1, 50);

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

	/**
	 * A graph shaped like the demo city's ties: speakers tied to the attendees of their
	 * events (so many teachers share the same neighbours), mentoring pairs, teachers with
	 * one tie, chains and small trees hanging off, separate small groups and lone
	 * teachers.
	 */
	private static Graph<String, DefaultEdge> cityLikeGraph(long seed) {
		Random random = new Random(seed);
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		int teachers = 300;
		for (int i = 0; i < teachers; i++) {
			graph.addVertex("t" + i);
		}
		for (int event = 0; event < 40; event++) {
			int speaker = random.nextInt(teachers);
			int attendees = 2 + random.nextInt((event % 7 == 0) ? 60 : 8);
			int first = random.nextInt(teachers);
			for (int a = 0; a < attendees; a++) {
				// Attendees of one event often come in a block, so several share all
				// their ties.
				int attendee = (random.nextInt(3) == 0) ? random.nextInt(teachers) : (first + a) % teachers;
				if (attendee != speaker) {
					graph.addEdge("t" + speaker, "t" + attendee);
				}
			}
		}
		for (int pair = 0; pair < 60; pair++) {
			int a = random.nextInt(teachers);
			int b = random.nextInt(teachers);
			if (a != b) {
				graph.addEdge("t" + a, "t" + b);
			}
		}
		// Trees: chains and forks hanging off random teachers.
		for (int tree = 0; tree < 30; tree++) {
			String parent = "t" + random.nextInt(teachers);
			int depth = 1 + random.nextInt(4);
			for (int d = 0; d < depth; d++) {
				String child = "h" + tree + "-" + d;
				graph.addVertex(child);
				graph.addEdge(parent, child);
				if (random.nextBoolean()) {
					String leaf = child + "-leaf";
					graph.addVertex(leaf);
					graph.addEdge(child, leaf);
				}
				parent = child;
			}
		}
		// Separate small groups: a pair, a triangle, a star, a path, and lone teachers.
		addPath(graph, "pair-a", "pair-b");
		addPath(graph, "tri-a", "tri-b", "tri-c", "tri-a");
		addPath(graph, "star-leaf1", "star-centre", "star-leaf2");
		addPath(graph, "star-centre", "star-leaf3");
		addPath(graph, "path-a", "path-b", "path-c", "path-d", "path-e");
		graph.addVertex("lone");
		return graph;
	}

	private static void addPath(Graph<String, DefaultEdge> graph, String... vertices) {
		for (String v : vertices) {
			graph.addVertex(v);
		}
		for (int i = 1; i < vertices.length; i++) {
			graph.addEdge(vertices[i - 1], vertices[i]);
		}
	}

	private static void assertSameAsJGraphT(Graph<String, DefaultEdge> graph) {
		Map<String, Double> expected = new BetweennessCentrality<>(graph, false).getScores();
		Map<String, Double> actual = Betweenness.of(graph, EXACT);
		assertThat(actual).hasSameSizeAs(expected);
		expected
			.forEach((v, score) -> assertThat(actual.get(v)).as(v).isCloseTo(score, within(1e-9 * Math.max(1, score))));
	}

	@Test
	void exactEqualsJGraphTOnRandomGraphs() {
		for (long seed = 1; seed <= 5; seed++) {
			assertSameAsJGraphT(randomGraph(150, 220 + (int) seed * 40, seed));
		}
		// Sparse: many teachers with one tie, trees and several components.
		assertSameAsJGraphT(randomGraph(300, 280, 11));
	}

	@Test
	void exactEqualsJGraphTOnCityLikeGraphs() {
		for (long seed = 1; seed <= 5; seed++) {
			assertSameAsJGraphT(cityLikeGraph(seed));
		}
	}

	@Test
	void sampledWithEverySourceIsExact() {
		Graph<String, DefaultEdge> graph = cityLikeGraph(7);
		Map<String, Double> exact = new BetweennessCentrality<>(graph, false).getScores();
		Map<String, Double> sampled = Betweenness.sampled(graph, graph.vertexSet().size(), new Random(1));
		exact.forEach((v, score) -> assertThat(sampled.get(v)).as(v).isCloseTo(score, within(1e-6)));
	}

	@Test
	void pathCountsUnorderedPairsAsNetworkXDoes() {
		// a-b-c-d: b lies on a-c and a-d.
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		addPath(graph, "a", "b", "c", "d");
		Map<String, Double> scores = Betweenness.of(graph, EXACT);
		assertThat(scores).containsEntry("a", 0.0)
			.containsEntry("b", 2.0)
			.containsEntry("c", 2.0)
			.containsEntry("d", 0.0);
	}

	@Test
	void handMadeGraphs() {
		// A star: the centre lies on every pair of its 4 leaves, 4 x 3 / 2 = 6.
		Graph<String, DefaultEdge> star = new SimpleGraph<>(DefaultEdge.class);
		for (String leaf : new String[] { "l1", "l2", "l3", "l4" }) {
			addPath(star, "centre", leaf);
		}
		assertThat(Betweenness.of(star, EXACT)).containsEntry("centre", 6.0).containsEntry("l1", 0.0);

		// A square a-b-c-d-a: two shortest paths between opposite corners, each carrying
		// 1/2.
		Graph<String, DefaultEdge> square = new SimpleGraph<>(DefaultEdge.class);
		addPath(square, "a", "b", "c", "d", "a");
		assertThat(Betweenness.of(square, EXACT)).containsEntry("a", 0.5).containsEntry("b", 0.5);

		// Two triangles x-y-z and u-v-w joined by the bridge z-u, with a leaf p on x:
		// z separates {x, y, p} from {u, v, w}: 3 x 3 = 9; u likewise with {x, y, z, p}:
		// 4 x 2 = 8;
		// x separates p from the other five: 5.
		Graph<String, DefaultEdge> bridge = new SimpleGraph<>(DefaultEdge.class);
		addPath(bridge, "x", "y", "z", "x");
		addPath(bridge, "u", "v", "w", "u");
		addPath(bridge, "z", "u");
		addPath(bridge, "x", "p");
		Map<String, Double> scores = Betweenness.of(bridge, EXACT);
		assertThat(scores).containsEntry("z", 9.0)
			.containsEntry("u", 8.0)
			.containsEntry("x", 5.0)
			.containsEntry("y", 0.0)
			.containsEntry("p", 0.0)
			.containsEntry("v", 0.0);

		// Two speakers s1, s2 both tied to the same three attendees (twins) and s1 also
		// to a
		// lone leaf q: s1 and s2 split the 3 attendee pairs (1.5 each); s1 carries q to
		// s2
		// and to the 3 attendees (4 pairs) too: 5.5. Each attendee carries half of s1-s2:
		// 1/3 of 1.
		Graph<String, DefaultEdge> event = new SimpleGraph<>(DefaultEdge.class);
		for (String a : new String[] { "a1", "a2", "a3" }) {
			addPath(event, "s1", a, "s2");
		}
		addPath(event, "s1", "q");
		Map<String, Double> eventScores = Betweenness.of(event, EXACT);
		assertThat(eventScores.get("s1")).isCloseTo(5.5, within(1e-12));
		assertThat(eventScores.get("s2")).isCloseTo(1.5, within(1e-12));
		// Each attendee lies on 1 of the 3 paths s1-s2 and of q-s2: 2/3.
		assertThat(eventScores.get("a1")).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(eventScores.get("q")).isEqualTo(0.0);
	}

	@Test
	void aTreeAloneIsCountedByItsParts() {
		// A path of 5 and a fork: every vertex is a cut vertex.
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		addPath(graph, "a", "b", "c", "d", "e");
		addPath(graph, "c", "f", "g");
		assertSameAsJGraphT(graph);
		// c separates {a, b}, {d, e} and {f, g}: 2 x 2 x 3 = 12 pairs.
		assertThat(Betweenness.of(graph, EXACT)).containsEntry("c", 12.0);
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
		// The same figures every time.
		assertThat(Betweenness.of(graph, settings)).isEqualTo(estimate);
	}

	@Test
	void exactIsTheSameEveryTime() {
		Graph<String, DefaultEdge> graph = cityLikeGraph(3);
		assertThat(Betweenness.of(graph, EXACT)).isEqualTo(Betweenness.of(graph, EXACT));
	}

}
