package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import ru.horizon.model.Day;
import ru.horizon.model.Definitions;

/**
 * Mentors a mentee must not be offered again: those of the mentee's pairs that ended
 * {@link PairEndReason#NOT_A_GOOD_FIT} («пара не сложилась»), counted from the pair's
 * start on (the graph on day d: asked for a day before that pair began, the mentor is not
 * excluded). The hook of the re-pairing: {@link MentorRecommendationService} marks these
 * mentors ineligible for the mentee in the candidate pool
 * ({@link CandidatePool.Mentee#exclude}) before scoring, for {@code mentorCandidates},
 * the plan and the waitlist alike.
 */
@Component
class MentorExclusions {

	private static final String NOT_A_GOOD_FIT = """
			UNWIND $menteeIds AS menteeId
			MATCH (:Teacher {id: menteeId})-[:MENTEE_IN]->(p:MentoringPair {endReason: 'NOT_A_GOOD_FIT'})
				<-[:MENTOR_IN]-(mentor:Teacher)
			WHERE %s
			RETURN menteeId, collect(DISTINCT mentor.id) AS mentors"""
		.formatted(Definitions.pairStartedBy("p", Day.AS_OF));

	private final Neo4jClient neo4j;

	MentorExclusions(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The excluded mentors of one mentee on {@code asOf}; empty when none. */
	Set<String> notAGoodFit(String menteeId, LocalDate asOf) {
		return notAGoodFit(List.of(menteeId), asOf).getOrDefault(menteeId, Set.of());
	}

	/**
	 * The excluded mentors of each mentee on {@code asOf}; a mentee without any is
	 * absent.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Set<String>> notAGoodFit(Collection<String> menteeIds, LocalDate asOf) {
		Map<String, Set<String>> result = new HashMap<>();
		if (menteeIds.isEmpty()) {
			return result;
		}
		this.neo4j.query(NOT_A_GOOD_FIT)
			.bindAll(Map.of("menteeIds", List.copyOf(menteeIds), "asOf", asOf))
			.fetch()
			.all()
			.forEach((row) -> result.put((String) row.get("menteeId"), Set.copyOf((List<String>) row.get("mentors"))));
		return result;
	}

}
