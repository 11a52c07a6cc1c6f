package ru.horizon.mentoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ru.horizon.mentoring.internal.AssignmentOptimizer.Assignment;
import ru.horizon.mentoring.internal.AssignmentOptimizer.Edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssignmentOptimizerTests {

	@Test
	void matchesBruteForceOnSmallRandomInstances() {
		Random random = new Random(20261123L);
		for (int instance = 0; instance < 300; instance++) {
			int mentees = 1 + random.nextInt(6);
			int mentors = 1 + random.nextInt(5);
			int[] capacity = new int[mentors];
			for (int m = 0; m < mentors; m++) {
				capacity[m] = random.nextInt(4) - (random.nextInt(5) == 0 ? 1 : 0);
			}
			double[][] score = new double[mentees][mentors];
			List<Edge> edges = new ArrayList<>();
			for (int i = 0; i < mentees; i++) {
				for (int m = 0; m < mentors; m++) {
					score[i][m] = -1;
					if (random.nextInt(4) > 0) {
						// coarse scores make ties frequent, fine ones make them rare
						score[i][m] = (instance % 2 == 0) ? random.nextInt(4) / 4.0 : random.nextDouble();
						edges.add(new Edge(i, m, score[i][m]));
					}
				}
			}
			Assignment assignment = AssignmentOptimizer.solve(mentees, capacity, edges);
			int[] used = new int[mentors];
			double total = 0;
			for (int i = 0; i < mentees; i++) {
				int m = assignment.mentorOf()[i];
				if (m >= 0) {
					assertThat(score[i][m]).as("instance %d: mentee %d gets a possible mentor", instance, i)
						.isGreaterThanOrEqualTo(0);
					used[m]++;
					total += score[i][m];
				}
			}
			for (int m = 0; m < mentors; m++) {
				assertThat(used[m]).as("instance %d: mentor %d within capacity", instance, m)
					.isLessThanOrEqualTo(Math.max(0, capacity[m]));
			}
			assertThat(assignment.totalScore()).isCloseTo(total, within(1e-9));
			assertThat(total).as("instance %d is optimal", instance)
				.isCloseTo(bruteForce(0, mentees, score, capacity.clone()), within(1e-9));
			assertThat(AssignmentOptimizer.solve(mentees, capacity, edges).mentorOf())
				.as("instance %d is deterministic", instance)
				.containsExactly(assignment.mentorOf());
		}
	}

	/**
	 * The plan's external-share target: solved with a bonus λ on external edges (and the
	 * PREFER_INTERNAL margin on internal ones), the assignment has the highest true total
	 * among all assignments with the same numbers of internal and external pairs, and a
	 * larger λ never lowers the number of external pairs.
	 */
	@Test
	void aBonusOnExternalPairsGivesTheBestPlanForItsShares() {
		Random random = new Random(20261130L);
		for (int instance = 0; instance < 200; instance++) {
			int mentees = 1 + random.nextInt(5);
			int mentors = 1 + random.nextInt(4);
			int[] capacity = new int[mentors];
			for (int m = 0; m < mentors; m++) {
				capacity[m] = random.nextInt(3);
			}
			double[][] score = new double[mentees][mentors];
			boolean[][] external = new boolean[mentees][mentors];
			for (int i = 0; i < mentees; i++) {
				for (int m = 0; m < mentors; m++) {
					score[i][m] = (random.nextInt(4) > 0) ? random.nextDouble() : -1;
					external[i][m] = random.nextBoolean();
				}
			}
			int previousExternal = -1;
			for (double bonus : new double[] { 0, 0.05, 0.2, 0.5, 2.1 }) {
				List<Edge> edges = new ArrayList<>();
				for (int i = 0; i < mentees; i++) {
					for (int m = 0; m < mentors; m++) {
						if (score[i][m] >= 0) {
							edges.add(new Edge(i, m, score[i][m] + (external[i][m] ? bonus : 0.1)));
						}
					}
				}
				int[] mentorOf = AssignmentOptimizer.solve(mentees, capacity, edges).mentorOf();
				int internalPairs = 0;
				int externalPairs = 0;
				double total = 0;
				for (int i = 0; i < mentees; i++) {
					if (mentorOf[i] >= 0) {
						total += score[i][mentorOf[i]];
						if (external[i][mentorOf[i]]) {
							externalPairs++;
						}
						else {
							internalPairs++;
						}
					}
				}
				double best = bestWithCounts(0, mentees, score, external, capacity.clone(), internalPairs,
						externalPairs);
				assertThat(total).as("instance %d, bonus %s: best plan with its shares", instance, bonus)
					.isCloseTo(best, within(1e-9));
				assertThat(externalPairs).as("instance %d: a larger bonus, no fewer external pairs", instance)
					.isGreaterThanOrEqualTo(previousExternal);
				previousExternal = externalPairs;
			}
		}
	}

	/**
	 * The best true total among assignments with exactly these numbers of internal and
	 * external pairs.
	 */
	private static double bestWithCounts(int i, int mentees, double[][] score, boolean[][] external, int[] capacity,
			int internalLeft, int externalLeft) {
		if (i == mentees) {
			return (internalLeft == 0 && externalLeft == 0) ? 0 : Double.NEGATIVE_INFINITY;
		}
		double best = bestWithCounts(i + 1, mentees, score, external, capacity, internalLeft, externalLeft);
		for (int m = 0; m < capacity.length; m++) {
			if (score[i][m] >= 0 && capacity[m] > 0) {
				int in = internalLeft - (external[i][m] ? 0 : 1);
				int ex = externalLeft - (external[i][m] ? 1 : 0);
				if (in >= 0 && ex >= 0) {
					capacity[m]--;
					best = Math.max(best,
							score[i][m] + bestWithCounts(i + 1, mentees, score, external, capacity, in, ex));
					capacity[m]++;
				}
			}
		}
		return best;
	}

	@Test
	void aMentorAtCapacityTakesNobody() {
		Assignment assignment = AssignmentOptimizer.solve(2, new int[] { 0, 1 },
				List.of(new Edge(0, 0, 0.9), new Edge(1, 0, 0.9), new Edge(0, 1, 0.5), new Edge(1, 1, 0.4)));
		assertThat(assignment.mentorOf()).containsExactly(1, -1);
		assertThat(assignment.totalScore()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void globalOptimumBeatsGreedy() {
		// Greedy takes the best edge (0->A 0.9) first and leaves mentee 1 without a
		// mentor;
		// the optimum gives A to mentee 1 and B to mentee 0: 0.8 + 0.7 = 1.5 > 0.9.
		Assignment assignment = AssignmentOptimizer.solve(2, new int[] { 1, 1 },
				List.of(new Edge(0, 0, 0.9), new Edge(0, 1, 0.7), new Edge(1, 0, 0.8)));
		assertThat(assignment.mentorOf()).containsExactly(1, 0);
		assertThat(assignment.totalScore()).isCloseTo(1.5, within(1e-12));
	}

	/**
	 * The best total over every assignment of mentees from {@code i} on: each takes a
	 * mentor with room, or none.
	 */
	private static double bruteForce(int i, int mentees, double[][] score, int[] capacity) {
		if (i == mentees) {
			return 0;
		}
		double best = bruteForce(i + 1, mentees, score, capacity);
		for (int m = 0; m < capacity.length; m++) {
			if (score[i][m] >= 0 && capacity[m] > 0) {
				capacity[m]--;
				best = Math.max(best, score[i][m] + bruteForce(i + 1, mentees, score, capacity));
				capacity[m]++;
			}
		}
		return best;
	}

}
