package ru.horizon.mentoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The assignment of mentees to mentors that maximises the total score, each mentor taking
 * at most their free capacity and each mentee at most one mentor: a global optimum, not a
 * greedy pass.
 * <p>
 * Each mentor is expanded into one vertex per free place (slot) and JGraphT's
 * {@link MaximumWeightBipartiteMatching} matches mentees to slots. Before that each
 * mentee keeps only its best {@code n} edges ({@code n} = number of mentees, ties by
 * mentor index): in any assignment a mentee on a worse edge can move to one of its top
 * {@code n} mentors that no other mentee uses (at most {@code n - 1} are used, and each
 * has a free place) without lowering the total, so an optimum exists within the kept
 * edges. Mentors get at most as many slots as mentees can reach them.
 */
public final class AssignmentOptimizer {

	/**
	 * The order in which a mentee's edges are kept: higher score first, then lower mentor
	 * index.
	 */
	public static final Comparator<Edge> BEST_FIRST = Comparator.comparingDouble(Edge::score)
		.reversed()
		.thenComparingInt(Edge::mentor);

	private AssignmentOptimizer() {
	}

	/**
	 * A possible pair.
	 *
	 * @param mentee mentee index
	 * @param mentor mentor index
	 * @param score the pair's score, >= 0
	 */
	public record Edge(int mentee, int mentor, double score) {
	}

	/**
	 * An optimal assignment.
	 *
	 * @param mentorOf for each mentee the mentor index, or -1 when unmatched
	 * @param totalScore the sum of the chosen edges' scores
	 */
	public record Assignment(int[] mentorOf, double totalScore) {
	}

	/**
	 * Solves one instance.
	 * @param mentees number of mentees
	 * @param capacity free places of each mentor (values <= 0 mean none)
	 * @param edges the possible pairs, at most one per (mentee, mentor)
	 * @return an optimal assignment; the same input always gives the same answer
	 */
	public static Assignment solve(int mentees, int[] capacity, List<Edge> edges) {
		List<List<Edge>> byMentee = new ArrayList<>();
		for (int i = 0; i < mentees; i++) {
			byMentee.add(new ArrayList<>());
		}
		for (Edge edge : edges) {
			if (capacity[edge.mentor()] > 0) {
				byMentee.get(edge.mentee()).add(edge);
			}
		}
		int[] reachedBy = new int[capacity.length];
		for (List<Edge> list : byMentee) {
			list.sort(BEST_FIRST);
			if (list.size() > mentees) {
				list.subList(mentees, list.size()).clear();
			}
			list.forEach((edge) -> reachedBy[edge.mentor()]++);
		}
		// Vertices: mentees 0..n-1, then the slots of each mentor.
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Set<Integer> menteeSide = new HashSet<>();
		Set<Integer> slotSide = new HashSet<>();
		for (int i = 0; i < mentees; i++) {
			graph.addVertex(i);
			menteeSide.add(i);
		}
		int[][] slots = new int[capacity.length][];
		int next = mentees;
		List<Integer> slotMentor = new ArrayList<>();
		for (int m = 0; m < capacity.length; m++) {
			int count = Math.max(0, Math.min(capacity[m], reachedBy[m]));
			slots[m] = new int[count];
			for (int s = 0; s < count; s++) {
				slots[m][s] = next;
				graph.addVertex(next);
				slotSide.add(next);
				slotMentor.add(m);
				next++;
			}
		}
		for (List<Edge> list : byMentee) {
			for (Edge edge : list) {
				for (int slot : slots[edge.mentor()]) {
					graph.setEdgeWeight(graph.addEdge(edge.mentee(), slot), edge.score());
				}
			}
		}
		int[] mentorOf = new int[mentees];
		Arrays.fill(mentorOf, -1);
		double total = 0;
		if (!slotSide.isEmpty()) {
			var matching = new MaximumWeightBipartiteMatching<>(graph, menteeSide, slotSide).getMatching();
			for (DefaultWeightedEdge edge : matching.getEdges()) {
				int a = graph.getEdgeSource(edge);
				int b = graph.getEdgeTarget(edge);
				int mentee = Math.min(a, b);
				int slot = Math.max(a, b);
				mentorOf[mentee] = slotMentor.get(slot - mentees);
			}
		}
		// Sum the chosen scores as given (not the matcher's arithmetic), mentee by
		// mentee.
		for (int i = 0; i < mentees; i++) {
			if (mentorOf[i] >= 0) {
				for (Edge edge : byMentee.get(i)) {
					if (edge.mentor() == mentorOf[i]) {
						total += edge.score();
						break;
					}
				}
			}
		}
		return new Assignment(mentorOf, total);
	}

}
