package ru.horizon.mentoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import ru.horizon.HorizonTest;
import ru.horizon.RoleMatrix;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recommendation on graphs/mentoring-city.cypher for y2 (o1, district d1, math; deficits
 * inclusion HIGH 3, parents LOW 1, digital MEDIUM 2 = 6; member of g1, coordinated by o2;
 * attended ev2 at o4 where y3 spoke) at 2025-10-01. Weights
 * 0.2/0.15/0.15/0.1/0.1/0.05/0.1 and ROLE 0.1, LEVEL 0.05; every position is «учитель»
 * (ROLE 1); o3 is a kindergarten (LEVEL 0). The per-candidate figures below are the ones
 * of the old weights (issue 15 changed them); the scores asserted are 0.2 DC + 0.15
 * SUBJECT + 0.15 PROXIMITY + 0.1 QUALIFICATION (0.75 category + 0.25 years / 25) + 0.1
 * READINESS + 0.05 LOAD (hours half continuous) + 0.1 NETWORK + 0.1 ROLE + 0.05 LEVEL.
 * <p>
 * The pool of izh: m1, m2, m7, m8, m10. Out: m3 (3 active mentees: at capacity), m6 (left
 * 2025-06-30), m9 (59 months: too little experience), y4 (36 months: not young, but under
 * 5 years), every young teacher, mx (another municipality).
 * <ul>
 * <li>m1 (o1, HIGHEST, math, strengths inclusion+parents, 1 active mentee, 24 h, pairs p0
 * (satisfaction 8) and p1, «Почетный наставник»): DC 4/6, SUBJECT 1, PROXIMITY 1, QUAL 1,
 * READINESS 0.4*2/3*0.8+0.3 = 0.51333, LOAD 0.5*2/3+0.5 = 0.83333, NETWORK 0 (reaches
 * only o1): 0.25*4/6 + 0.2 + 0.15 + 0.1 + 0.051333 + 0.083333 = 0.751333.</li>
 * <li>m2 (o2 in d1, FIRST, russian, strengths digital+mentoring, 1 mentee, 38 h, one
 * pair): DC 2/6, SUBJECT 0, PROXIMITY 0.75, QUAL 2/3, READINESS 0.4/3+0.3 = 0.43333, LOAD
 * 1/3, NETWORK 0 (y2 reaches o2 through g1): 0.083333 + 0.1125 + 0.066667 + 0.043333 +
 * 0.033333 = 0.339167.</li>
 * <li>m7 (o4 in d2, SZD, shares g1, took «Школа наставников», no hours recorded):
 * PROXIMITY 0.5, QUAL 1/3, READINESS 0.3, LOAD 1, NETWORK 0 (g1, o4, o2 all reached):
 * 0.075 + 0.033333 + 0.03 + 0.1 = 0.238333.</li>
 * <li>m8 and m10 (o3 in d2, NONE, 20 h, g3, spoke at ev1 to y3, so two ties from y2):
 * PROXIMITY 0.25, LOAD 1, NETWORK 1 (g3 and o3 are new to y2): 0.0375 + 0.1 + 0.1 =
 * 0.2375 each; the tie goes to the smaller id, "m10".</li>
 * </ul>
 */
@HorizonTest
class MentorCandidatesTests {

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "mentoring-city");
	}

	private ClientGraphQlResponse candidates(HttpSyncGraphQlClient client, String mentee, String asOf, String contour,
			Integer limit) {
		HttpSyncGraphQlClient.RequestSpec request = client.documentName("mentorCandidates")
			.variable("menteeId", mentee)
			.variable("asOf", asOf);
		if (contour != null) {
			request = request.variable("contour", contour);
		}
		if (limit != null) {
			request = request.variable("limit", limit);
		}
		return request.executeSync();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> list(String mentee, String asOf, String contour) {
		ClientGraphQlResponse response = candidates(this.clients.graphQl("coordinator"), mentee, asOf, contour, null);
		assertThat(response.getErrors()).isEmpty();
		return (List<Map<String, Object>>) (List<?>) response.field("mentorCandidates").toEntityList(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(List<Map<String, Object>> candidates) {
		return candidates.stream().map((c) -> (String) ((Map<String, Object>) c.get("teacher")).get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Double> values(Map<String, Object> candidate) {
		Map<String, Double> values = new java.util.LinkedHashMap<>();
		((List<Map<String, Object>>) candidate.get("factors"))
			.forEach((f) -> values.put((String) f.get("factor"), ((Number) f.get("value")).doubleValue()));
		return values;
	}

	@Test
	void rankedByScoreThenIdWithEveryFactorExplained() {
		List<Map<String, Object>> candidates = list("y2", "2025-10-01", null);
		assertThat(ids(candidates)).containsExactly("m1", "m2", "m7", "m10", "m8");
		double[] scores = { 0.76725, 0.465361, 0.347083, 0.296194, 0.296194 };
		for (int i = 0; i < scores.length; i++) {
			assertThat(candidates.get(i).get("rank")).isEqualTo(i + 1);
			assertThat(((Number) candidates.get(i).get("score")).doubleValue()).isCloseTo(scores[i], within(1e-6));
		}
		Map<String, Double> m1 = values(candidates.get(0));
		assertThat(m1.keySet()).containsExactly("DEFICIT_COVERAGE", "SUBJECT", "PROXIMITY", "QUALIFICATION",
				"MENTOR_READINESS", "LOAD", "NETWORK_GAIN", "ROLE", "LEVEL");
		assertThat(m1.get("DEFICIT_COVERAGE")).isCloseTo(4 / 6.0, within(1e-9));
		assertThat(m1.get("SUBJECT")).isEqualTo(1.0);
		assertThat(m1.get("PROXIMITY")).isEqualTo(1.0);
		// HIGHEST, 241 months: 0.75 + 0.25 * (241 / 12) / 25
		assertThat(m1.get("QUALIFICATION")).isCloseTo(0.75 + 0.25 * (241 / 12.0) / 25, within(1e-9));
		assertThat(m1.get("MENTOR_READINESS")).isCloseTo(0.4 * 2 / 3 * 0.8 + 0.3, within(1e-9));
		// 24 hours: the hours half is (54 - 24) / 36
		assertThat(m1.get("LOAD")).isCloseTo(0.5 * 2 / 3 + 0.5 * 30 / 36, within(1e-9));
		assertThat(m1.get("ROLE")).isEqualTo(1.0);
		assertThat(m1.get("LEVEL")).isEqualTo(1.0);
		assertThat(m1.get("NETWORK_GAIN")).isEqualTo(0.0);
		assertThat(values(candidates.get(1)).get("PROXIMITY")).isEqualTo(0.75);
		assertThat(values(candidates.get(1)).get("LOAD")).isCloseTo(1 / 3.0 + 0.5 * 16 / 36, within(1e-9));
		assertThat(values(candidates.get(2)).get("PROXIMITY")).isEqualTo(0.5);
		assertThat(values(candidates.get(2)).get("MENTOR_READINESS")).isCloseTo(0.3, within(1e-9));
		assertThat(values(candidates.get(4)).get("PROXIMITY")).isEqualTo(0.25);
		assertThat(values(candidates.get(4)).get("NETWORK_GAIN")).isEqualTo(1.0);
		// m8 and m10 work in a kindergarten: another level, listed after the school's
		// candidates
		assertThat(values(candidates.get(4)).get("LEVEL")).isEqualTo(0.0);
		for (Map<String, Object> candidate : candidates) {
			double sum = 0;
			for (Object f : (List<?>) candidate.get("factors")) {
				Map<?, ?> factor = (Map<?, ?>) f;
				double value = ((Number) factor.get("value")).doubleValue();
				assertThat(value).isBetween(0.0, 1.0);
				assertThat(((Number) factor.get("contribution")).doubleValue())
					.isCloseTo(value * ((Number) factor.get("weight")).doubleValue(), within(1e-12));
				assertThat((String) factor.get("explanation")).isNotBlank();
				sum += ((Number) factor.get("contribution")).doubleValue();
			}
			assertThat(((Number) candidate.get("score")).doubleValue()).isCloseTo(sum, within(1e-12));
		}
		assertThat(candidates.get(0).get("external")).isEqualTo(false);
		assertThat(candidates.get(1).get("external")).isEqualTo(true);
	}

	@Test
	void explanationsAreRussianByDefaultAndEnglishOnRequest() {
		ClientGraphQlResponse russian = candidates(this.clients.graphQl("admin"), "y2", "2025-10-01", null, 1);
		assertThat(russian.field("mentorCandidates[0].factors[0].explanation").toEntity(String.class)).isEqualTo(
				"Закрывает 2 из 3 дефицитов наставляемого (с учётом уровня 4 из 6): Инклюзия, ОВЗ; Работа с родителями");
		assertThat(russian.field("mentorCandidates[0].factors[2].explanation").toEntity(String.class))
			.isEqualTo("Работает в той же организации");
		HttpSyncGraphQlClient english = this.clients.graphQl("admin").mutate().header("Accept-Language", "en").build();
		ClientGraphQlResponse response = candidates(english, "y2", "2025-10-01", null, 1);
		assertThat(response.field("mentorCandidates[0].factors[0].explanation").toEntity(String.class)).isEqualTo(
				"Covers 2 of the 3 deficits of the mentee (level-weighted 4 of 6): Инклюзия, ОВЗ; Работа с родителями");
		assertThat(response.field("mentorCandidates[0].factors[4].explanation").toEntity(String.class))
			.isEqualTo("Past pairs: 2, mean satisfaction: 8; mentor training: no; Honorary Mentor: yes");
		assertThat(response.field("mentorCandidates[0].factors[5].explanation").toEntity(String.class))
			.isEqualTo("Current mentees: 1 of 3; teaching load: 24 hours a week");
	}

	@Test
	void contourFiltersTheMenteesOrganization() {
		assertThat(ids(list("y2", "2025-10-01", "INTERNAL"))).containsExactly("m1");
		assertThat(ids(list("y2", "2025-10-01", "EXTERNAL"))).containsExactly("m2", "m7", "m10", "m8");
		assertThat(ids(list("y2", "2025-10-01", "ANY"))).containsExactly("m1", "m2", "m7", "m10", "m8");
	}

	@Test
	void sameGraphSameList() {
		List<Map<String, Object>> first = list("y2", "2025-10-01", null);
		for (int i = 0; i < 3; i++) {
			assertThat(list("y2", "2025-10-01", null)).isEqualTo(first);
		}
	}

	@Test
	void limitKeepsTheBestAndIsValidated() {
		ClientGraphQlResponse two = candidates(this.clients.graphQl("admin"), "y2", "2025-10-01", null, 2);
		assertThat(two.field("mentorCandidates").toEntityList(Map.class)).hasSize(2);
		ClientGraphQlResponse zero = candidates(this.clients.graphQl("admin"), "y2", "2025-10-01", null, 0);
		assertThat(zero.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		ClientGraphQlResponse huge = candidates(this.clients.graphQl("admin"), "y2", "2025-10-01", null, 100000);
		assertThat(huge.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@Test
	void theFiveYearBoundaryAdmitsM9OnTheDayItReachesSixtyMonths() {
		assertThat(ids(list("y2", "2025-10-01", null))).doesNotContain("m9");
		assertThat(ids(list("y2", "2025-10-02", null))).contains("m9");
	}

	@Test
	void aPastDayHasItsOwnPoolAndExcludesTheCurrentMentor() {
		// 2025-03-01: m1 mentors y3 (p0) and is left out; m3 has one mentee (p5), m6
		// still
		// works, m9 has 52 months.
		assertThat(ids(list("y3", "2025-03-01", null))).containsExactlyInAnyOrder("m2", "m3", "m6", "m7", "m8", "m10");
		// 2025-10-01: p0 has ended, m1 is a candidate again; m3 is at capacity, m6 has
		// left.
		// m2 (russian like y3, same district, new network: 0.6487) beats the internal m1
		// (0.4839 + margin 0.1); m8 and m10 (kindergarten) come after every school
		// candidate.
		assertThat(ids(list("y3", "2025-10-01", null))).containsExactly("m2", "m1", "m7", "m10", "m8");
	}

	@Test
	void unknownMenteeIsNotFoundAndOneNotWorkingIsABadRequest() {
		ClientGraphQlResponse unknown = candidates(this.clients.graphQl("admin"), "nobody", "2025-10-01", null, null);
		assertThat(unknown.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND"));
		// y6 starts on 2025-11-01; y5 left on 2025-06-30
		for (String mentee : List.of("y6", "y5")) {
			ClientGraphQlResponse response = candidates(
					this.clients.graphQl("admin").mutate().header("Accept-Language", "en").build(), mentee,
					"2025-10-01", null, null);
			assertThat(response.getErrors()).singleElement().satisfies((e) -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(e.getMessage()).contains(mentee).contains("does not work");
			});
		}
	}

	@Test
	void everyRoleAgainstMentorCandidates() {
		// y2 is of o1, the curator's organization; y8 of o2.
		RoleMatrix.check(this.clients, "mentorCandidates", Map.of("menteeId", "y2", "asOf", "2025-10-01"),
				"mentorCandidates", Set.of("admin", "coordinator", "curator", "analyst"));
		RoleMatrix.check(this.clients, "mentorCandidates", Map.of("menteeId", "y8", "asOf", "2025-10-01"),
				"mentorCandidates", Set.of("admin", "coordinator", "analyst"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aKeptAnswerIsCheckedForEveryAskerAndGoesWithAWrite(@Autowired Driver driver) {
		// y8 is of o2: the coordinator's answer is kept, the curator of o1 is refused
		// it all the same.
		List<Map<String, Object>> first = list("y8", "2025-10-01", null);
		assertThat(list("y8", "2025-10-01", null)).isEqualTo(first);
		ClientGraphQlResponse curator = candidates(this.clients.graphQl("curator"), "y8", "2025-10-01", null, null);
		assertThat(curator.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		// The candidates' organizations, known from their profiles, are what the teacher
		// query answers for the day.
		ClientGraphQlResponse withOrganizations = this.clients.graphQl("coordinator")
			.document("{ mentorCandidates(menteeId: \"y2\", asOf: \"2025-10-01\") "
					+ "{ teacher { id organization { id name kind } } } }")
			.executeSync();
		List<Map<String, Object>> candidates = (List<Map<String, Object>>) (List<?>) withOrganizations
			.field("mentorCandidates")
			.toEntityList(Map.class);
		assertThat(candidates).isNotEmpty();
		for (Map<String, Object> candidate : candidates) {
			Map<String, Object> teacher = (Map<String, Object>) candidate.get("teacher");
			Object organization = this.clients.graphQl("coordinator")
				.document(
						"query($id: ID!) { teacher(id: $id) { organization(asOf: \"2025-10-01\") { id name kind } } }")
				.variable("id", teacher.get("id"))
				.executeSync()
				.field("teacher.organization")
				.getValue();
			assertThat(teacher.get("organization")).as((String) teacher.get("id")).isEqualTo(organization);
		}
		// A write makes the kept answer stale: m1 without a category scores lower.
		double before = score(list("y2", "2025-10-01", null), "m1");
		try (var session = driver.session()) {
			session.run("MATCH (t:Teacher {id: 'm1'}) SET t.category = 'NONE'").consume();
			assertThat(score(list("y2", "2025-10-01", null), "m1")).isLessThan(before);
			session.run("MATCH (t:Teacher {id: 'm1'}) SET t.category = 'HIGHEST'").consume();
		}
		assertThat(score(list("y2", "2025-10-01", null), "m1")).isEqualTo(before);
	}

	@SuppressWarnings("unchecked")
	private static double score(List<Map<String, Object>> candidates, String id) {
		return candidates.stream()
			.filter((c) -> id.equals(((Map<String, Object>) c.get("teacher")).get("id")))
			.mapToDouble((c) -> ((Number) c.get("score")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

}
