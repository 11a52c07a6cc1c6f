package ru.horizon.mentoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.RoleMatrix;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The plan on graphs/mentoring-city.cypher at 2025-10-01 (see
 * {@link MentorCandidatesTests} for the scores).
 * <p>
 * izh: unmentored young y2 and y3. y2's best is m1 (0.751333); y3's is m2 (0.555833:
 * SUBJECT 0.2, same district 0.1125, FIRST 0.066667, READINESS 0.043333, LOAD 0.033333,
 * NETWORK 0.1 as y3 does not reach o2). Total 1.307167.
 * <p>
 * sar: y11 (math) and y12 (russian) compete for mx, the only candidate, who has 2 active
 * mentees and so one free place: y11 gets it (0.543333: SUBJECT 0.2, PROXIMITY 0.15, QUAL
 * 0.1, READINESS 0.4*2/3 = 0.026667, LOAD (0.5/3+0.5) = 0.066667); y12 would score
 * 0.343333 and is left out, taken by a better match. vot: y15 has no candidate at all.
 */
@HorizonTest
class MentorAssignmentPlanTests {

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "mentoring-city");
	}

	private Map<String, Object> plan(String user, Map<String, Object> scope, String language) {
		var client = this.clients.graphQl(user);
		if (language != null) {
			client = client.mutate().header("Accept-Language", language).build();
		}
		ClientGraphQlResponse response = client.documentName("mentorAssignmentPlan")
			.variable("scope", scope)
			.variable("asOf", "2025-10-01")
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response.field("mentorAssignmentPlan").toEntity(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> pairs(Map<String, Object> plan) {
		Map<String, String> pairs = new java.util.LinkedHashMap<>();
		for (Map<String, Object> p : (List<Map<String, Object>>) plan.get("proposals")) {
			pairs.put((String) ((Map<String, Object>) p.get("mentee")).get("id"),
					(String) ((Map<String, Object>) p.get("mentor")).get("id"));
		}
		return pairs;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> unmatched(Map<String, Object> plan) {
		Map<String, String> unmatched = new java.util.LinkedHashMap<>();
		for (Map<String, Object> u : (List<Map<String, Object>>) plan.get("unmatched")) {
			unmatched.put((String) ((Map<String, Object>) u.get("mentee")).get("id"), (String) u.get("reason"));
		}
		return unmatched;
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyUnmentoredYoungTeacherOfTheCityGetsItsBestMentor() {
		Map<String, Object> plan = plan("coordinator", Map.of("municipalityId", "izh"), null);
		assertThat(pairs(plan)).containsExactly(Map.entry("y2", "m1"), Map.entry("y3", "m2"));
		assertThat(unmatched(plan)).isEmpty();
		List<Map<String, Object>> proposals = (List<Map<String, Object>>) plan.get("proposals");
		// the weights of issue 15 (MentorCandidatesTests): y2-m1 0.76725; y3-m2 0.15
		// SUBJECT +
		// 0.1125 PROXIMITY + 0.065083 QUALIFICATION + 0.043333 READINESS + 0.027778 LOAD
		// + 0.1
		// NETWORK + 0.1 ROLE + 0.05 LEVEL = 0.648694
		assertThat(((Number) proposals.get(0).get("score")).doubleValue()).isCloseTo(0.76725, within(1e-6));
		assertThat(((Number) proposals.get(1).get("score")).doubleValue()).isCloseTo(0.648694, within(1e-6));
		assertThat(((Number) plan.get("totalScore")).doubleValue()).isCloseTo(1.415944, within(1e-6));
		// y2-m1 is internal, y3-m2 external
		assertThat(plan.get("internalPairs")).isEqualTo(1);
		assertThat(plan.get("externalPairs")).isEqualTo(1);
		assertThat(((Number) plan.get("externalShare")).doubleValue()).isEqualTo(0.5);
		assertThat(plan.get("contour")).isEqualTo("PREFER_INTERNAL");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aProposalScoresWhatMentorCandidatesShows() {
		Map<String, Object> plan = plan("admin", Map.of("municipalityId", "izh"), null);
		for (Map<String, Object> proposal : (List<Map<String, Object>>) plan.get("proposals")) {
			String mentee = (String) ((Map<String, Object>) proposal.get("mentee")).get("id");
			String mentor = (String) ((Map<String, Object>) proposal.get("mentor")).get("id");
			List<Map<String, Object>> candidates = (List<Map<String, Object>>) (List<?>) this.clients.graphQl("admin")
				.documentName("mentorCandidates")
				.variable("menteeId", mentee)
				.variable("asOf", "2025-10-01")
				.variable("limit", 50)
				.executeSync()
				.field("mentorCandidates")
				.toEntityList(Map.class);
			Map<String, Object> candidate = candidates.stream()
				.filter((c) -> mentor.equals(((Map<String, Object>) c.get("teacher")).get("id")))
				.findFirst()
				.orElseThrow();
			assertThat(proposal.get("score")).isEqualTo(candidate.get("score"));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void anExternalShareTargetMovesPairsOutOfTheSchool() {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.documentName("mentorAssignmentPlan")
			.variable("scope", Map.of("municipalityId", "izh"))
			.variable("asOf", "2025-10-01")
			.variable("externalShareTarget", 1.0)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		Map<String, Object> plan = response.field("mentorAssignmentPlan").toEntity(Map.class);
		// every pair external: m2 (two free places, 0.465361 for y2, 0.648694 for y3)
		// beats m7
		// (0.347083 for y2); m8 and m10 are of another level (a kindergarten) and never
		// offered
		assertThat(pairs(plan)).containsExactly(Map.entry("y2", "m2"), Map.entry("y3", "m2"));
		assertThat(((Number) plan.get("externalShare")).doubleValue()).isEqualTo(1.0);
		assertThat(((Number) plan.get("externalBonus")).doubleValue()).isPositive();
		assertThat(((Number) plan.get("totalScore")).doubleValue()).isCloseTo(0.465361 + 0.648694, within(1e-6));
	}

	@Test
	void capacityLeavesATeacherToABetterMatchAndSaysWhy() {
		Map<String, Object> plan = plan("admin", Map.of("municipalityId", "sar"), "en");
		assertThat(pairs(plan)).containsExactly(Map.entry("y11", "mx"));
		assertThat(unmatched(plan))
			.containsExactly(Map.entry("y12", "All 1 eligible candidates are at capacity or taken by better matches"));
		assertThat(((Number) plan.get("totalScore")).doubleValue()).isCloseTo(0.601667, within(1e-6));
	}

	@Test
	void aTeacherWithoutAnyCandidateIsToldSo() {
		Map<String, Object> plan = plan("admin", Map.of("municipalityId", "vot"), null);
		assertThat(pairs(plan)).isEmpty();
		assertThat(unmatched(plan)).containsOnlyKeys("y15");
		assertThat(unmatched(plan).get("y15")).startsWith("Ни один кандидат не проходит обязательные фильтры");
	}

	@Test
	void wholeGraphPlansEachMunicipalityFromItsOwnPool() {
		Map<String, Object> plan = plan("analyst", null, null);
		assertThat(pairs(plan)).containsExactly(Map.entry("y11", "mx"), Map.entry("y2", "m1"), Map.entry("y3", "m2"));
		assertThat(unmatched(plan)).containsOnlyKeys("y12", "y15");
		assertThat(((Number) plan.get("totalScore")).doubleValue()).isCloseTo(1.415944 + 0.601667, within(1e-6));
	}

	@Test
	void aCuratorPlansTheirOwnOrganization() {
		Map<String, Object> plan = plan("curator", null, null);
		assertThat(pairs(plan)).containsOnlyKeys("y2", "y3");
	}

	@Test
	void everyRoleAgainstThePlan() {
		RoleMatrix.check(this.clients, "mentorAssignmentPlan",
				Map.of("asOf", "2025-10-01", "scope", Map.of("organizationId", "o1")), "mentorAssignmentPlan",
				Set.of("admin", "coordinator", "curator", "analyst"));
		RoleMatrix.check(this.clients, "mentorAssignmentPlan",
				Map.of("asOf", "2025-10-01", "scope", Map.of("organizationId", "o2")), "mentorAssignmentPlan",
				Set.of("admin", "coordinator", "analyst"));
	}

}
