package ru.horizon.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of mentoring and the pair's life on graphs/register.cypher, asked on
 * 2025-10-15; every answer worked out by hand from the graph's comments.
 * <p>
 * Active that day: rp1 (M1 → Y1, from 2025-09-10, o1), rp3 (M2 → Y4, 2025-09-05, o2,
 * external, form «группа»), rp2 (M3 → Y2, 2024-10-01, external, reviews 8/9 and 4/6).
 * Ended: rp4 (M4 → Y7, 2025-03-10 – 2025-09-30, NOT_A_GOOD_FIT, external), rp5 (M1 → Y3,
 * 2024-09-01 – 2025-05-31).
 */
@HorizonTest
class MentoringRegisterTests {

	private static final String PAIRS = """
			query($scope: Scope, $asOf: Date, $status: PairStatus, $form: String, $contour: Contour, $first: Int, $after: String) {
			  mentoringPairs(scope: $scope, asOf: $asOf, status: $status, form: $form, contour: $contour, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			    edges { cursor node { id mentor { id fullName } mentee { id fullName } mentorOrganization { id } menteeOrganization { id }
			      form focus plannedHours startedOn endedOn status external contour daysActive satisfaction averageSatisfaction
			      endReason endNote reviews { id date menteeSatisfaction mentorSatisfaction } } }
			  }
			}""";

	private static final String YOUNG = """
			query($scope: Scope, $asOf: Date, $mentored: Boolean, $search: String, $first: Int, $after: String) {
			  youngTeachers(scope: $scope, asOf: $asOf, mentored: $mentored, search: $search, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    edges { node { teacher { id } organization { id } experienceMonths newTeacher mentored mentoredSince
			      mentors { id } pairIds withoutMentorSince daysWithoutMentor } }
			  }
			}""";

	private static final String WAITLIST = """
			query($scope: Scope, $asOf: Date, $first: Int) {
			  mentoringWaitlist(scope: $scope, asOf: $asOf, first: $first) {
			    rank status { teacher { id } newTeacher daysWithoutMentor } bestCandidate { teacher { id } }
			  }
			}""";

	private static final String LOW = """
			query($asOf: Date, $threshold: Int) {
			  lowSatisfactionPairs(asOf: $asOf, threshold: $threshold) { id }
			}""";

	private static final String CANDIDATES = """
			query($menteeId: ID!, $asOf: Date) {
			  mentorCandidates(menteeId: $menteeId, asOf: $asOf, limit: 10) { teacher { id } }
			}""";

	private static final String END = """
			mutation($pairId: ID!, $endedOn: Date!, $reason: PairEndReason, $note: String) {
			  endMentoring(pairId: $pairId, endedOn: $endedOn, reason: $reason, note: $note) { id endedOn }
			}""";

	private static final String REVIEW = """
			mutation($input: ReviewMentoringInput!) {
			  reviewMentoring(input: $input) { id pairId date menteeSatisfaction mentorSatisfaction note }
			}""";

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@Autowired
	MentoringRegisterService register;

	@BeforeEach
	void graph() throws Exception {
		TestGraph.load(this.driver, "register");
		// Plans the queries outside a request's time limit: on a loaded machine, planning
		// them
		// cold after a new graph takes longer than horizon.graphql.timeout.
		ru.horizon.system.security.Access
			.asSystem(() -> this.register.allPairs(null, java.time.LocalDate.of(2025, 10, 15)).size()
					+ this.register.allYoung(null, java.time.LocalDate.of(2025, 10, 15)).size());
	}

	private ClientGraphQlResponse pairs(String user, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(Map.of("asOf", "2025-10-15"));
		all.putAll(variables);
		return this.clients.graphQl(user).document(PAIRS).variables(all).executeSync();
	}

	/**
	 * The values at a path whose lists may be written {@code [*]}: every element,
	 * flattened.
	 */
	static List<String> ids(ClientGraphQlResponse response, String path) {
		int star = path.indexOf("[*]");
		if (star < 0) {
			return response.field(path).toEntityList(String.class);
		}
		List<Object> values = new java.util.ArrayList<>();
		walk(response.field(path.substring(0, star)).getValue(), path.substring(star + 3), values);
		return values.stream().map((v) -> (v != null) ? v.toString() : null).toList();
	}

	private static void walk(Object value, String rest, List<Object> into) {
		if (rest.startsWith("[*]")) {
			rest = rest.substring(3);
		}
		if (value instanceof List<?> list) {
			for (Object item : list) {
				walkInto(item, rest, into);
			}
			return;
		}
		walkInto(value, rest, into);
	}

	private static void walkInto(Object value, String rest, List<Object> into) {
		if (rest.isEmpty()) {
			into.add(value);
			return;
		}
		String path = rest.substring(1);
		int dot = path.indexOf('.');
		int star = path.indexOf("[*]");
		int cut = (dot < 0) ? star : (star < 0) ? dot : Math.min(dot, star);
		String key = (cut < 0) ? path : path.substring(0, cut);
		Object next = (value instanceof Map<?, ?> map) ? map.get(key) : null;
		String remaining = (cut < 0) ? "" : path.substring(cut);
		if (remaining.startsWith("[*]")) {
			walk(next, remaining.substring(3), into);
		}
		else {
			walkInto(next, remaining, into);
		}
	}

	@Test
	void listsFiltersAndPagesThePairsOfADay() {
		ClientGraphQlResponse active = pairs("coordinator", Map.of());
		assertThat(active.getErrors()).isEmpty();
		assertThat(active.field("mentoringPairs.totalCount").toEntity(Integer.class)).isEqualTo(3);
		assertThat(ids(active, "mentoringPairs.edges[*].node.id")).containsExactly("rp1", "rp3", "rp2");
		Map<String, Object> rp1 = active.field("mentoringPairs.edges[0].node").toEntity(Map.class);
		assertThat(rp1).containsEntry("form", "педагог – педагог")
			.containsEntry("focus", List.of("parents"))
			.containsEntry("plannedHours", 36.0)
			.containsEntry("status", "ACTIVE")
			.containsEntry("external", false)
			.containsEntry("contour", "INTERNAL")
			// 2025-09-10 .. 2025-10-15, both counted: 21 + 15
			.containsEntry("daysActive", 36);
		assertThat(active.field("mentoringPairs.edges[0].node.mentor.fullName").toEntity(String.class))
			.isEqualTo("Андреева Анна");
		// rp2: M3 of o2 mentors Y2 of o1; reviews 8, 9, 4, 6 average 6.75
		assertThat(active.field("mentoringPairs.edges[2].node.mentorOrganization.id").toEntity(String.class))
			.isEqualTo("o2");
		assertThat(active.field("mentoringPairs.edges[2].node.menteeOrganization.id").toEntity(String.class))
			.isEqualTo("o1");
		assertThat(active.field("mentoringPairs.edges[2].node.contour").toEntity(String.class)).isEqualTo("EXTERNAL");
		assertThat(active.field("mentoringPairs.edges[2].node.averageSatisfaction").toEntity(Double.class))
			.isEqualTo(6.75);
		assertThat(ids(active, "mentoringPairs.edges[2].node.reviews[*].id")).containsExactly("rv1", "rv2");

		ClientGraphQlResponse ended = pairs("coordinator", Map.of("status", "ENDED"));
		assertThat(ids(ended, "mentoringPairs.edges[*].node.id")).containsExactly("rp4", "rp5");
		Map<String, Object> rp4 = ended.field("mentoringPairs.edges[0].node").toEntity(Map.class);
		// 2025-03-10 .. 2025-09-30: 22 + 30 + 31 + 30 + 31 + 31 + 30
		assertThat(rp4).containsEntry("endReason", "NOT_A_GOOD_FIT")
			.containsEntry("daysActive", 205)
			.containsEntry("satisfaction", 3)
			.containsEntry("status", "ENDED");

		assertThat(ids(pairs("coordinator", Map.of("status", "ALL", "contour", "EXTERNAL")),
				"mentoringPairs.edges[*].node.id"))
			.containsExactly("rp3", "rp4", "rp2");
		assertThat(ids(pairs("coordinator", Map.of("form", "ГРУППА")), "mentoringPairs.edges[*].node.id"))
			.containsExactly("rp3");
		// On 2025-09-01 rp1 and rp3 had not begun; rp4 was still active.
		assertThat(ids(pairs("coordinator", Map.of("asOf", "2025-09-01")), "mentoringPairs.edges[*].node.id"))
			.containsExactly("rp4", "rp2");

		ClientGraphQlResponse first = pairs("admin", Map.of("status", "ALL", "first", 2));
		assertThat(first.field("mentoringPairs.totalCount").toEntity(Integer.class)).isEqualTo(5);
		assertThat(ids(first, "mentoringPairs.edges[*].node.id")).containsExactly("rp1", "rp3");
		assertThat(first.field("mentoringPairs.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
		String cursor = first.field("mentoringPairs.pageInfo.endCursor").toEntity(String.class);
		ClientGraphQlResponse second = pairs("admin", Map.of("status", "ALL", "first", 2, "after", cursor));
		assertThat(ids(second, "mentoringPairs.edges[*].node.id")).containsExactly("rp4", "rp2");
		String next = second.field("mentoringPairs.pageInfo.endCursor").toEntity(String.class);
		ClientGraphQlResponse third = pairs("admin", Map.of("status", "ALL", "first", 2, "after", next));
		assertThat(ids(third, "mentoringPairs.edges[*].node.id")).containsExactly("rp5");
		assertThat(third.field("mentoringPairs.pageInfo.hasNextPage").toEntity(Boolean.class)).isFalse();
		assertThat(third.field("mentoringPairs.pageInfo.hasPreviousPage").toEntity(Boolean.class)).isTrue();
	}

	@Test
	void aCuratorSeesTheirOrganizationAndAViewerNothing() {
		ClientGraphQlResponse curator = pairs("curator", Map.of("status", "ALL"));
		assertThat(curator.getErrors()).isEmpty();
		// mentees of o1: Y1 (rp1), Y7 (rp4, on its last day), Y2 (rp2), Y3 (rp5)
		assertThat(ids(curator, "mentoringPairs.edges[*].node.id")).containsExactly("rp1", "rp4", "rp2", "rp5");
		assertThat(pairs("curator", Map.of("scope", Map.of("organizationId", "o2"))).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		for (String query : List.of(PAIRS, YOUNG, WAITLIST, LOW)) {
			ClientGraphQlResponse viewer = this.clients.graphQl("viewer")
				.document(query)
				.variable("asOf", "2025-10-15")
				.executeSync();
			assertThat(viewer.getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		}
		ClientGraphQlResponse young = this.clients.graphQl("curator")
			.document(YOUNG)
			.variable("asOf", "2025-10-15")
			.executeSync();
		assertThat(ids(young, "youngTeachers.edges[*].node.teacher.id")).containsExactly("Y1", "Y2", "Y3", "Y7");
		// a curator does not review a pair of another organization's mentee
		ClientGraphQlResponse review = this.clients.graphQl("curator")
			.document(REVIEW)
			.variable("input", Map.of("pairId", "rp3", "date", "2025-10-10", "menteeSatisfaction", 5))
			.executeSync();
		assertThat(review.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	@Test
	void youngTeachersWithTheirMentoringStatus() {
		ClientGraphQlResponse all = this.clients.graphQl("analyst")
			.document(YOUNG)
			.variable("asOf", "2025-10-15")
			.executeSync();
		assertThat(all.getErrors()).isEmpty();
		assertThat(all.field("youngTeachers.totalCount").toEntity(Integer.class)).isEqualTo(7);
		Map<String, Object> y2 = all.field("youngTeachers.edges[1].node").toEntity(Map.class);
		assertThat(y2).containsEntry("mentored", true)
			.containsEntry("mentoredSince", "2024-10-01")
			.containsEntry("pairIds", List.of("rp2"))
			.containsEntry("experienceMonths", 13)
			.containsEntry("daysWithoutMentor", null);
		ClientGraphQlResponse waiting = this.clients.graphQl("analyst")
			.document(YOUNG)
			.variable("asOf", "2025-10-15")
			.variable("mentored", false)
			.executeSync();
		assertThat(ids(waiting, "youngTeachers.edges[*].node.teacher.id")).containsExactly("Y3", "Y5", "Y6", "Y7");
		// Y3: since rp5's last day 2025-05-31, 137 days; Y7: since 2025-09-30, 15 days
		assertThat(waiting.field("youngTeachers.edges[0].node.withoutMentorSince").toEntity(String.class))
			.isEqualTo("2025-05-31");
		assertThat(waiting.field("youngTeachers.edges[0].node.daysWithoutMentor").toEntity(Integer.class))
			.isEqualTo(137);
		assertThat(waiting.field("youngTeachers.edges[3].node.daysWithoutMentor").toEntity(Integer.class))
			.isEqualTo(15);
		ClientGraphQlResponse search = this.clients.graphQl("analyst")
			.document(YOUNG)
			.variable("asOf", "2025-10-15")
			.variable("search", "я5")
			.executeSync();
		assertThat(ids(search, "youngTeachers.edges[*].node.teacher.id")).containsExactly("Y5");
		ClientGraphQlResponse page = this.clients.graphQl("analyst")
			.document(YOUNG)
			.variable("asOf", "2025-10-15")
			.variable("first", 3)
			.executeSync();
		ClientGraphQlResponse rest = this.clients.graphQl("analyst")
			.document(YOUNG)
			.variable("asOf", "2025-10-15")
			.variable("first", 10)
			.variable("after", page.field("youngTeachers.pageInfo.endCursor").toEntity(String.class))
			.executeSync();
		assertThat(ids(rest, "youngTeachers.edges[*].node.teacher.id")).containsExactly("Y4", "Y5", "Y6", "Y7");
	}

	@Test
	void theWaitlistPutsNewTeachersFirstThenTheLongestWaiting() {
		ClientGraphQlResponse waitlist = this.clients.graphQl("coordinator")
			.document(WAITLIST)
			.variable("asOf", "2025-10-15")
			.executeSync();
		assertThat(waitlist.getErrors()).isEmpty();
		// Y6 new (75 days); Y5 since teachingSince 2024-02-01 (622 days), Y3 137, Y7 15
		assertThat(ids(waitlist, "mentoringWaitlist[*].status.teacher.id")).containsExactly("Y6", "Y5", "Y3", "Y7");
		assertThat(waitlist.field("mentoringWaitlist[0].status.daysWithoutMentor").toEntity(Integer.class))
			.isEqualTo(75);
		assertThat(waitlist.field("mentoringWaitlist[1].status.daysWithoutMentor").toEntity(Integer.class))
			.isEqualTo(622);
		assertThat(ids(waitlist, "mentoringWaitlist[*].bestCandidate.teacher.id")).doesNotContainNull();
		// Y7's pair with M4 was not a good fit: M4 is never Y7's best candidate
		assertThat(waitlist.field("mentoringWaitlist[3].bestCandidate.teacher.id").toEntity(String.class))
			.isNotEqualTo("M4");
	}

	@Test
	void rePairingLeavesOutTheMentorWhoWasNotAGoodFit() {
		// rp4 (M4 → Y7) ended NOT_A_GOOD_FIT; rp5 (M1 → Y3) was COMPLETED
		assertThat(candidates("Y7", "2025-10-15")).isNotEmpty().doesNotContain("M4").contains("M1");
		assertThat(candidates("Y3", "2025-10-15")).contains("M1", "M4");
		assertThat(candidates("Y5", "2025-10-15")).contains("M4");
		// Before rp4 began, M4 was still a candidate for Y7
		assertThat(candidates("Y7", "2025-03-05")).contains("M4");

		ClientGraphQlResponse end = this.clients.graphQl("curator")
			.document(END)
			.variable("pairId", "rp1")
			.variable("endedOn", "2025-10-20")
			.variable("reason", "NOT_A_GOOD_FIT")
			.variable("note", "Разные подходы к работе")
			.executeSync();
		assertThat(end.getErrors()).isEmpty();
		ClientGraphQlResponse ended = pairs("curator", Map.of("asOf", "2025-10-21", "status", "ENDED"));
		Map<String, Object> rp1 = ended.field("mentoringPairs.edges[0].node").toEntity(Map.class);
		assertThat(rp1).containsEntry("id", "rp1")
			.containsEntry("endedOn", "2025-10-20")
			.containsEntry("endReason", "NOT_A_GOOD_FIT")
			.containsEntry("endNote", "Разные подходы к работе");
		assertThat(candidates("Y1", "2025-10-21")).isNotEmpty().doesNotContain("M1");
		// Y1, a new teacher again without a mentor (1 day), joins the new teachers at the
		// head of
		// the waitlist of 2025-10-21, after Y6 (81 days)
		ClientGraphQlResponse waitlist = this.clients.graphQl("coordinator")
			.document(WAITLIST)
			.variable("asOf", "2025-10-21")
			.variable("first", 2)
			.executeSync();
		assertThat(ids(waitlist, "mentoringWaitlist[*].status.teacher.id")).containsExactly("Y6", "Y1");
		assertThat(waitlist.field("mentoringWaitlist[1].bestCandidate.teacher.id").toEntity(String.class))
			.isNotEqualTo("M1");
		// an end without a reason is COMPLETED
		this.clients.graphQl("admin")
			.document(END)
			.variable("pairId", "rp3")
			.variable("endedOn", "2025-10-20")
			.executeSync();
		assertThat(ids(pairs("admin", Map.of("asOf", "2025-10-21", "status", "ENDED")),
				"mentoringPairs.edges[*].node.endReason"))
			.containsExactly("NOT_A_GOOD_FIT", "COMPLETED", "NOT_A_GOOD_FIT", "COMPLETED");
	}

	private List<String> candidates(String mentee, String asOf) {
		ClientGraphQlResponse response = this.clients.graphQl("coordinator")
			.document(CANDIDATES)
			.variable("menteeId", mentee)
			.variable("asOf", asOf)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return ids(response, "mentorCandidates[*].teacher.id");
	}

	@Test
	void reviewsAndLowSatisfaction() {
		assertThat(low(5)).containsExactly("rp2");
		assertThat(low(3)).isEmpty();
		ClientGraphQlResponse review = this.clients.graphQl("curator")
			.document(REVIEW)
			.variable("input",
					Map.of("pairId", "rp1", "date", "2025-10-01", "menteeSatisfaction", 3, "mentorSatisfaction", 5,
							"note", "Мало встреч"))
			.executeSync();
		assertThat(review.getErrors()).isEmpty();
		assertThat(review.field("reviewMentoring.pairId").toEntity(String.class)).isEqualTo("rp1");
		assertThat(review.field("reviewMentoring.note").toEntity(String.class)).isEqualTo("Мало встреч");
		// rp1's latest review has 3, rp2's 4: lowest first
		assertThat(low(5)).containsExactly("rp1", "rp2");
		assertThat(low(3)).containsExactly("rp1");
		// the review is not seen before its date
		assertThat(ids(pairs("admin", Map.of("asOf", "2025-09-30")), "mentoringPairs.edges[*].node.reviews[*].id"))
			.doesNotContain(review.field("reviewMentoring.id").toEntity(String.class));
		refusedReview(Map.of("pairId", "rp1", "date", "2025-09-01", "menteeSatisfaction", 5), "BAD_REQUEST",
				"within the pair");
		refusedReview(Map.of("pairId", "rp1", "date", "2025-10-01", "menteeSatisfaction", 11), "BAD_REQUEST",
				"от 1 до 10");
		refusedReview(Map.of("pairId", "rp1", "date", "2025-10-01"), "BAD_REQUEST", "needs");
		refusedReview(Map.of("pairId", "nope", "menteeSatisfaction", 5), "NOT_FOUND", "nope");
	}

	private List<String> low(int threshold) {
		ClientGraphQlResponse response = this.clients.graphQl("coordinator")
			.document(LOW)
			.variable("asOf", "2025-10-15")
			.variable("threshold", threshold)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return ids(response, "lowSatisfactionPairs[*].id");
	}

	private void refusedReview(Map<String, Object> input, String type, String message) {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.document(REVIEW)
			.variable("input", input)
			.executeSync();
		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo(type);
			assertThat(error.getMessage()).contains(message);
		});
	}

	@Test
	void assignTakesPlannedHoursAndTheRegisterShowsThem() {
		Map<String, Object> input = new HashMap<>();
		input.put("mentorId", "M4");
		input.put("menteeId", "Y5");
		input.put("startedOn", "2025-10-15");
		input.put("form", "педагог – педагог");
		input.put("plannedHours", 24.5);
		input.put("focus", List.of("parents"));
		ClientGraphQlResponse assigned = this.clients.graphQl("coordinator")
			.documentName("assignMentor")
			.variable("input", input)
			.executeSync();
		assertThat(assigned.getErrors()).isEmpty();
		String id = assigned.field("assignMentor.id").toEntity(String.class);
		ClientGraphQlResponse listed = pairs("coordinator", Map.of("scope", Map.of("organizationId", "o2")));
		assertThat(ids(listed, "mentoringPairs.edges[*].node.id")).containsExactly(id, "rp3");
		assertThat(listed.field("mentoringPairs.edges[0].node.plannedHours").toEntity(Double.class)).isEqualTo(24.5);
		assertThat(listed.field("mentoringPairs.edges[0].node.daysActive").toEntity(Integer.class)).isEqualTo(1);
		assertThat(listed.field("mentoringPairs.edges[0].node.focus").toEntityList(String.class))
			.containsExactly("parents");
	}

}
