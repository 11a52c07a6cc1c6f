package ru.horizon.mentoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;
import ru.horizon.ingest.IngestService;
import ru.horizon.ingest.ImportProgress;
import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.system.security.Access;

/**
 * Not a test (not in the suite: its name does not end in Tests): the figures of issue 15
 * on the demo city at scale 1, printed. Run alone with
 * {@code ./mvnw -o test -Dtest=DemoCityMatchingReport}. For every unmentored young
 * teacher (the plan's mentees) and each contour policy: how often #1 and #2 tie exactly,
 * how often #1 is internal when a candidate of the mentee's organization qualifies, how
 * often #1 is of another level while a same-level candidate qualifies; and the plan's
 * shares.
 */
@HorizonTest
class DemoCityMatchingReport {

	private static final String CANDIDATES = """
			query($m: ID!, $c: Contour, $n: Int) { mentorCandidates(menteeId: $m, contour: $c, limit: $n) {
			  score external teacher { id organization { kind } } } }""";

	@Autowired
	TestClients clients;

	@Autowired
	IngestService ingest;

	@Test
	@SuppressWarnings("unchecked")
	void report(@Autowired Driver driver) throws Exception {
		TestGraph.clear(driver);
		Path directory = Files.createTempDirectory("horizon-demo-");
		new DemoCity(1, LocalDate.now(), 1).write(directory);
		Access.asSystem(() -> this.ingest.importPath(directory, ImportProgress.NONE));
		HttpSyncGraphQlClient admin = this.clients.graphQl("admin");
		for (String contour : List.of("ANY", "PREFER_INTERNAL")) {
			ClientGraphQlResponse planResponse = admin.document(
					"""
							query($c: Contour) { mentorAssignmentPlan(contour: $c) { internalPairs externalPairs externalShare
							  proposals { mentee { id organization { id kind } } } unmatched { mentee { id organization { id kind } } } } }""")
				.variable("c", contour)
				.executeSync();
			Map<String, Object> plan = planResponse.field("mentorAssignmentPlan").toEntity(Map.class);
			List<Map<String, Object>> mentees = new java.util.ArrayList<>();
			((List<Map<String, Object>>) plan.get("proposals"))
				.forEach((p) -> mentees.add((Map<String, Object>) p.get("mentee")));
			((List<Map<String, Object>>) plan.get("unmatched"))
				.forEach((p) -> mentees.add((Map<String, Object>) p.get("mentee")));
			int asked = 0;
			int ties = 0;
			int internalExists = 0;
			int internalFirst = 0;
			int sameLevelExists = 0;
			int crossLevelFirst = 0;
			for (Map<String, Object> mentee : mentees) {
				String id = (String) mentee.get("id");
				String kind = (String) ((Map<String, Object>) mentee.get("organization")).get("kind");
				List<Map<String, Object>> top = list(admin, id, contour, 2);
				if (top.isEmpty()) {
					continue;
				}
				asked++;
				if (top.size() == 2 && Objects.equals(top.get(0).get("score"), top.get(1).get("score"))) {
					ties++;
				}
				if (!list(admin, id, "INTERNAL", 1).isEmpty()) {
					internalExists++;
					internalFirst += Boolean.FALSE.equals(top.get(0).get("external")) ? 1 : 0;
				}
				boolean sameLevel = list(admin, id, "ANY", 500).stream()
					.anyMatch((c) -> level(kind) != null && Objects.equals(level(kind), level(kindOf(c))));
				if (sameLevel) {
					sameLevelExists++;
					crossLevelFirst += Objects.equals(level(kind), level(kindOf(top.get(0)))) ? 0 : 1;
				}
			}
			System.out
				.printf("ISSUE15 contour=%s mentees=%d withCandidates=%d ties12=%d internalQualified=%d internalFirst=%d"
						+ " sameLevelQualified=%d crossLevelFirst=%d planInternal=%s planExternal=%s planExternalShare=%s%n",
						contour, mentees.size(), asked, ties, internalExists, internalFirst, sameLevelExists,
						crossLevelFirst, plan.get("internalPairs"), plan.get("externalPairs"),
						plan.get("externalShare"));
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> list(HttpSyncGraphQlClient client, String mentee, String contour, int limit) {
		ClientGraphQlResponse response = client.document(CANDIDATES)
			.variable("m", mentee)
			.variable("c", contour)
			.variable("n", limit)
			.executeSync();
		return (List<Map<String, Object>>) (List<?>) response.field("mentorCandidates").toEntityList(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static String kindOf(Map<String, Object> candidate) {
		Map<String, Object> organization = (Map<String, Object>) ((Map<String, Object>) candidate.get("teacher"))
			.get("organization");
		return (organization != null) ? (String) organization.get("kind") : null;
	}

	private static EducationLevel level(String kind) {
		return EducationLevel.of(kind);
	}

}
