package ru.horizon.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;
import ru.horizon.system.cache.GraphVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * assignMentor and endMentoring on graphs/mentoring-city.cypher, reloaded before each
 * test. Pairs start on 2025-10-01 unless a test says otherwise.
 */
@HorizonTest
class MentoringPairTests {

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@BeforeEach
	void graph() {
		TestGraph.load(this.driver, "mentoring-city");
	}

	private ClientGraphQlResponse assign(String user, String mentor, String mentee, String startedOn) {
		Map<String, Object> input = new HashMap<>();
		input.put("mentorId", mentor);
		input.put("menteeId", mentee);
		input.put("startedOn", startedOn);
		// English: the refusals are checked by their English text (Russian is the
		// default)
		return this.clients.graphQl(user)
			.mutate()
			.header("Accept-Language", "en")
			.build()
			.documentName("assignMentor")
			.variable("input", input)
			.executeSync();
	}

	private ClientGraphQlResponse end(String user, String pair, String endedOn, Integer satisfaction) {
		return this.clients.graphQl(user)
			.mutate()
			.header("Accept-Language", "en")
			.build()
			.documentName("endMentoring")
			.variable("pairId", pair)
			.variable("endedOn", endedOn)
			.variable("satisfaction", satisfaction)
			.executeSync();
	}

	private static void refused(ClientGraphQlResponse response, String type, String message) {
		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo(type);
			assertThat(error.getMessage()).contains(message);
		});
		assertThat((Object) response.field("assignMentor").getValue()).isNull();
	}

	private long pairs() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (p:MentoringPair) RETURN count(p) AS n").single().get("n").asLong();
		}
	}

	@Test
	void assignsAnExternalPairAndItCountsAtOnce() {
		Map<String, Object> input = new HashMap<>();
		input.put("mentorId", "m7");
		input.put("menteeId", "y2");
		input.put("startedOn", "2025-10-01");
		input.put("focus", java.util.List.of("inclusion", "parents"));
		input.put("form", "педагог – педагог");
		ClientGraphQlResponse response = this.clients.graphQl("coordinator")
			.documentName("assignMentor")
			.variable("input", input)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("assignMentor.id").toEntity(String.class)).startsWith("p-");
		assertThat(response.field("assignMentor.mentor.id").toEntity(String.class)).isEqualTo("m7");
		assertThat(response.field("assignMentor.mentee.id").toEntity(String.class)).isEqualTo("y2");
		assertThat(response.field("assignMentor.startedOn").toEntity(String.class)).isEqualTo("2025-10-01");
		assertThat((Object) response.field("assignMentor.endedOn").getValue()).isNull();
		// m7 works in o4, y2 in o1
		assertThat(response.field("assignMentor.external").toEntity(Boolean.class)).isTrue();
		assertThat(response.field("assignMentor.form").toEntity(String.class)).isEqualTo("педагог – педагог");
		try (Session session = this.driver.session()) {
			assertThat(session
				.run("MATCH (:MentoringPair {id: $id})-[:FOCUSES_ON]->(c) RETURN count(c) AS n",
						Map.of("id", response.field("assignMentor.id").toEntity(String.class)))
				.single()
				.get("n")
				.asLong()).isEqualTo(2);
		}
		// o1 now has y1 and y2 of 3 young teachers mentored
		ClientGraphQlResponse coverage = this.clients.graphQl("admin")
			.documentName("mentoringCoverage")
			.variable("scope", Map.of("organizationId", "o1"))
			.variable("asOf", "2025-10-01")
			.executeSync();
		assertThat(coverage.field("mentoringCoverage.youngTeachers.covered").toEntity(Integer.class)).isEqualTo(2);
	}

	@Test
	void anInternalPairIsNotExternal() {
		ClientGraphQlResponse response = assign("curator", "m1", "y2", "2025-10-01");
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("assignMentor.external").toEntity(Boolean.class)).isFalse();
	}

	/**
	 * The commit listener moves the graph's version at the commit (and the warm-up may
	 * compute the answers anew right then): the service's own note of the write must not
	 * move it a second time, or the answers just computed would be stale at once.
	 */
	@Test
	void oneAssignmentMovesTheGraphsVersionOnce(@Autowired GraphVersion graphVersion) {
		long before = graphVersion.known();
		assertThat(assign("coordinator", "m1", "y2", "2025-10-01").getErrors()).isEmpty();
		assertThat(graphVersion.known()).isEqualTo(before + 1);
	}

	@Test
	void hardFiltersRefuseWithAClearReason() {
		long before = pairs();
		refused(assign("admin", "y2", "y2", "2025-10-01"), "BAD_REQUEST", "cannot mentor themself");
		refused(assign("admin", "y3", "y2", "2025-10-01"), "BAD_REQUEST", "is a young teacher");
		// y4 has exactly 36 months: not young, but under 5 years; m9 has 59 months
		refused(assign("admin", "y4", "y2", "2025-10-01"), "BAD_REQUEST", "too little experience");
		refused(assign("admin", "m9", "y2", "2025-10-01"), "BAD_REQUEST", "too little experience");
		// y6 starts teaching on 2025-11-01
		refused(assign("admin", "y6", "y2", "2025-10-01"), "BAD_REQUEST", "too little experience");
		refused(assign("admin", "m6", "y2", "2025-10-01"), "BAD_REQUEST", "does not work anywhere on 2025-10-01");
		refused(assign("admin", "m3", "y2", "2025-10-01"), "BAD_REQUEST", "at capacity");
		refused(assign("admin", "m1", "y1", "2025-10-01"), "BAD_REQUEST", "already the mentor of y1");
		refused(assign("admin", "m1", "y5", "2025-10-01"), "BAD_REQUEST", "Mentee y5 does not work");
		refused(assign("admin", "nobody", "y2", "2025-10-01"), "NOT_FOUND", "nobody");
		refused(assign("admin", "m1", "nobody", "2025-10-01"), "NOT_FOUND", "nobody");
		assertThat(pairs()).isEqualTo(before);
	}

	@Test
	void filtersAreCheckedAtTheStartDay() {
		// On 2025-03-01 m3 mentors only y10 (p5), and m6 still works. But m3's pairs p2
		// and p4 start on
		// 2025-09-01, when a pair from 2025-03-01 would be the fourth: capacity holds on
		// every day (issue 13).
		refused(assign("admin", "m3", "y4", "2025-03-01"), "BAD_REQUEST",
				"Mentor m3 is full on 2025-09-01: 3 active mentees that day, at most 3");
		assertThat(assign("admin", "m6", "y5", "2025-03-01").getErrors()).isEmpty();
		// y3 is still in p0 (until 2025-09-30) that day: one mentor at a time
		refused(assign("admin", "m6", "y3", "2025-03-01"), "BAD_REQUEST", "already has pair p0");
	}

	@Test
	void aFourthMenteeIsRefused() {
		// m1 mentors y1; y2 and y3 bring it to 3.
		assertThat(assign("admin", "m1", "y2", "2025-10-01").getErrors()).isEmpty();
		assertThat(assign("admin", "m1", "y3", "2025-10-01").getErrors()).isEmpty();
		refused(assign("admin", "m1", "y4", "2025-10-01"), "BAD_REQUEST", "3 active mentees, at most 3");
	}

	@Test
	void endsAPairWithSatisfactionAndExternalIsDecidedAtItsStart() {
		// p3: m2 worked in o1 when the pair started (2024-02-01), y8 in o2: external,
		// though
		// both are in o2 now.
		ClientGraphQlResponse response = end("coordinator", "p3", "2025-10-15", 9);
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("endMentoring.endedOn").toEntity(String.class)).isEqualTo("2025-10-15");
		assertThat(response.field("endMentoring.satisfaction").toEntity(Integer.class)).isEqualTo(9);
		assertThat(response.field("endMentoring.external").toEntity(Boolean.class)).isTrue();
		assertThat(response.field("endMentoring.mentor.id").toEntity(String.class)).isEqualTo("m2");
		ClientGraphQlResponse again = end("coordinator", "p3", "2025-10-20", null);
		assertThat(again.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getMessage()).contains("already ended on 2025-10-15"));
	}

	@Test
	void endMentoringRefusesBadInput() {
		ClientGraphQlResponse early = end("admin", "p1", "2025-04-14", null);
		assertThat(early.getErrors()).singleElement().satisfies((e) -> {
			assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(e.getMessage()).contains("before the pair's start 2025-04-15");
		});
		for (int satisfaction : new int[] { 0, 11 }) {
			ClientGraphQlResponse bad = end("admin", "p1", "2025-10-15", satisfaction);
			assertThat(bad.getErrors()).singleElement().satisfies((e) -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(e.getMessage()).contains("between 1 and 10");
			});
		}
		assertThat(end("admin", "nobody", "2025-10-15", null).getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND"));
		// the same day as the start is a valid one-day pair
		assertThat(end("admin", "p1", "2025-04-15", 1).getErrors()).isEmpty();
	}

	@Test
	void everyRoleAgainstAssignMentor() {
		// y2, y3 and y6 are of o1, the curator's; y11 of o5. Each allowed user starts a
		// pair of
		// their own (a mentee has one mentor at a time; y6 starts on 2025-11-01).
		Map<String, List<String>> pairOf = Map.of("admin", List.of("m7", "y2", "2025-10-01"), "coordinator",
				List.of("m8", "y3", "2025-10-01"), "curator", List.of("m10", "y6", "2025-11-01"));
		for (String user : TestClients.USERS) {
			List<String> pair = pairOf.getOrDefault(user, List.of("m2", "y2", "2025-10-01"));
			ClientGraphQlResponse own = assign(user, pair.get(0), pair.get(1), pair.get(2));
			if (pairOf.containsKey(user)) {
				assertThat(own.getErrors()).as(user).isEmpty();
				assertThat(own.field("assignMentor.mentee.id").toEntity(String.class)).isEqualTo(pair.get(1));
			}
			else {
				refused(own, "FORBIDDEN", "");
			}
		}
		for (String user : TestClients.USERS) {
			ClientGraphQlResponse other = assign(user, "m2", "y11", "2025-10-01");
			if (user.equals("admin")) {
				assertThat(other.getErrors()).isEmpty();
			}
			else if (user.equals("coordinator")) {
				// admin has just made m2 y11's mentor
				refused(other, "BAD_REQUEST", "already the mentor");
			}
			else {
				refused(other, "FORBIDDEN", "");
			}
		}
	}

	@Test
	void everyRoleAgainstEndMentoring() {
		// p1's mentee y1 is of o1 (the curator's); p2's mentee y7 of o2.
		for (String user : TestClients.USERS) {
			ClientGraphQlResponse response = end(user, "p2", "2025-10-20", null);
			if (user.equals("admin")) {
				assertThat(response.getErrors()).isEmpty();
			}
			else if (user.equals("coordinator")) {
				assertThat(response.getErrors()).singleElement()
					.satisfies((e) -> assertThat(e.getMessage()).contains("already ended"));
			}
			else {
				assertThat(response.getErrors()).singleElement()
					.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN"));
				assertThat((Object) response.field("endMentoring").getValue()).isNull();
			}
		}
		assertThat(end("curator", "p1", "2025-10-20", 7).getErrors()).isEmpty();
		for (String user : new String[] { "analyst", "viewer" }) {
			assertThat(end(user, "p5", "2025-10-20", null).getErrors()).singleElement()
				.satisfies((e) -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		}
	}

}
