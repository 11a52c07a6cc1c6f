package ru.horizon.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.core.io.ClassPathResource;

/**
 * One question of quality-bars.md: a GraphQL document of {@code benchmark/questions/} and
 * the variables of its i-th request.
 *
 * @param name the operation, as the contract names it
 * @param document the GraphQL document
 * @param variables the variables of request i (e.g. rotating over mentees)
 * @param goal the goal of quality-bars.md, as text
 * @param goalScale the scale the goal is set for
 * @param p95GoalMillis the p95 goal with one client over HTTP (0: none)
 * @param throughputGoal the answers/s goal with 8 clients over HTTP (0: none)
 * @param firstRound the requests the warm-up makes at least: the first round of a
 * rotation whose answers are kept from then on (0: none)
 */
record Question(String name, String document, IntFunction<Map<String, Object>> variables, String goal, int goalScale,
		double p95GoalMillis, double throughputGoal, int firstRound) {

	Question(String name, String document, IntFunction<Map<String, Object>> variables, String goal, int goalScale,
			double p95GoalMillis, double throughputGoal) {
		this(name, document, variables, goal, goalScale, p95GoalMillis, throughputGoal, 0);
	}

	static String document(String name) {
		try {
			return new ClassPathResource("benchmark/questions/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
