package ru.horizon.model;

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
 * The graph on day d through GraphQL, as each role meets it: every nested field answers
 * for the day of the answer it is part of, totals count a teacher once, and "may this
 * user see this teacher" is the same answer everywhere ({@code graphs/day.cypher}; the
 * curator of the test users belongs to o1; today the teacher {@code mover} works at o2,
 * until 2025-12-31 at o1).
 */
@HorizonTest
class GraphOnDayTests {

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@BeforeEach
	void load() {
		TestGraph.load(this.driver, "day");
	}

	private ClientGraphQlResponse ask(String user, String document) {
		return this.clients.graphQl(user).document(document).executeSync();
	}

	private static String classification(ClientGraphQlResponse response) {
		return String.valueOf(response.getErrors().get(0).getExtensions().get("classification"));
	}

	@Test
	void nestedTeacherFieldsAnswerForTheDayOfTheList() {
		ClientGraphQlResponse response = ask("coordinator", """
				{ isolatedYoungTeachers(scope: {organizationId: "o1"}, asOf: "2025-06-01", includeAtRisk: true) {
					edges { node { experienceMonths
						teacher { id experienceMonths young organization { id } mentors { id }
							today: organization(asOf: "2026-11-01") { id } } } } } }""");
		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> nodes = nodes(response, "isolatedYoungTeachers");
		Map<String, Object> mover = nodes.stream()
			.filter((n) -> "mover".equals(((Map<?, ?>) n.get("teacher")).get("id")))
			.findFirst()
			.orElseThrow();
		Map<?, ?> teacher = (Map<?, ?>) mover.get("teacher");
		// 21 whole months on 2025-06-01, young, at o1 then; at o2 on a day of its own
		assertThat(mover.get("experienceMonths")).isEqualTo(21);
		assertThat(teacher.get("experienceMonths")).isEqualTo(21);
		assertThat(teacher.get("young")).isEqualTo(true);
		assertThat(((Map<?, ?>) teacher.get("organization")).get("id")).isEqualTo("o1");
		assertThat(((Map<?, ?>) teacher.get("today")).get("id")).isEqualTo("o2");
		// p1 ended on 2025-06-30: still mentored on 2025-06-01
		assertThat((List<?>) teacher.get("mentors")).hasSize(1);
		// leaver worked at o1 until 2025-06-30: listed then; future does not exist yet
		assertThat(nodes.stream().map((n) -> (String) ((Map<?, ?>) n.get("teacher")).get("id")).toList())
			.contains("leaver")
			.doesNotContain("future", "overlap");
	}

	@Test
	void aTeacherIsSeenAsOfTheDayAskedAndTodayByDefault() {
		ClientGraphQlResponse response = ask("admin", """
				{ now: teacher(id: "mover") { organization { id } young }
				  then: teacher(id: "mover", asOf: "2025-06-01") { organization { id } experienceMonths young
					mentors { id } }
				  future: teacher(id: "future", asOf: "2026-01-31") { young organization { id } } }""");
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("now.organization.id").toEntity(String.class)).isEqualTo("o2");
		assertThat(response.field("then.organization.id").toEntity(String.class)).isEqualTo("o1");
		assertThat(response.field("then.experienceMonths").toEntity(Integer.class)).isEqualTo(21);
		assertThat(response.field("then.young").toEntity(Boolean.class)).isTrue();
		assertThat(response.field("then.mentors").toEntityList(Map.class)).hasSize(1);
		// not started yet: neither young nor anywhere
		assertThat(response.field("future.young").toEntity(Boolean.class)).isFalse();
		assertThat((Object) response.field("future.organization").getValue()).isNull();
	}

	@Test
	void overlappingMainJobsCountTheTeacherOnce() {
		ClientGraphQlResponse response = ask("coordinator", """
				{ mentoringCoverage(scope: {municipalityId: "m1"}, asOf: "2025-10-10") {
					newTeachers { total covered } youngTeachers { total covered }
					byOrganization { key newTeachers { total } } externalPairShare } }""");
		assertThat(response.getErrors()).isEmpty();
		// young on 2025-10-10: mover (o1, 25 months) and overlap (o2 by the rule, 1
		// month, new);
		// overlap is mentored by p2 (started 2025-09-20), mover's p1 ended 2025-06-30
		assertThat(response.field("mentoringCoverage.youngTeachers.total").toEntity(Integer.class)).isEqualTo(2);
		assertThat(response.field("mentoringCoverage.youngTeachers.covered").toEntity(Integer.class)).isEqualTo(1);
		assertThat(response.field("mentoringCoverage.newTeachers.total").toEntity(Integer.class)).isEqualTo(1);
		assertThat(response.field("mentoringCoverage.newTeachers.covered").toEntity(Integer.class)).isEqualTo(1);
		List<Map> byOrganization = response.field("mentoringCoverage.byOrganization").toEntityList(Map.class);
		assertThat(byOrganization.stream()
			.filter((b) -> "o2".equals(b.get("key")))
			.map((b) -> (Integer) ((Map<?, ?>) b.get("newTeachers")).get("total"))
			.toList()).containsExactly(1);
		// p2 is the only active pair, external by the organizations of 2025-09-20
		assertThat(response.field("mentoringCoverage.externalPairShare").toEntity(Double.class)).isEqualTo(1.0);
	}

	@Test
	void aCuratorSeesATeacherOnTheDaysTheTeacherIsTheirs() {
		// mover belonged to the curator's o1 on 2025-06-01, and belongs to o2 today
		ClientGraphQlResponse then = ask("curator",
				"""
						{ teacher(id: "mover", asOf: "2025-06-01") { fullName }
						  isolatedYoungTeachers(asOf: "2025-06-01", includeAtRisk: true) { edges { node { teacher { id fullName } } } }
						  mentorCandidates(menteeId: "mover", asOf: "2025-06-01") { teacher { id } } }""");
		assertThat(then.getErrors()).isEmpty();
		assertThat(then.field("teacher.fullName").toEntity(String.class)).isEqualTo("Петрова Анна");
		assertThat(nodes(then, "isolatedYoungTeachers").stream()
			.map((n) -> (String) ((Map<?, ?>) n.get("teacher")).get("id"))
			.toList()).contains("mover");
		ClientGraphQlResponse now = ask("curator", "{ teacher(id: \"mover\") { fullName } }");
		assertThat(classification(now)).isEqualTo("FORBIDDEN");
		ClientGraphQlResponse candidatesNow = ask("curator",
				"{ mentorCandidates(menteeId: \"mover\") { teacher { id } } }");
		assertThat(classification(candidatesNow)).isEqualTo("FORBIDDEN");
	}

	@Test
	void aCuratorReadsNoNameOfAnotherOrganizationInsideAnAnswer() {
		// overlap belongs to o1 until 2025-09-30; its mentor2 works at o2
		ClientGraphQlResponse response = ask("curator", """
				{ teacher(id: "overlap", asOf: "2025-09-25") { fullName mentors { id fullName } } }""");
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("teacher.fullName").toEntity(String.class)).isEqualTo("Сидорова Вера");
		assertThat(response.field("teacher.mentors[0].id").toEntity(String.class)).isEqualTo("mentor2");
		assertThat(response.field("teacher.mentors[0].fullName").toEntity(String.class)).isNotEqualTo("Кузнецова Ольга")
			.contains("другой организации");
		ClientGraphQlResponse coordinator = ask("coordinator", """
				{ teacher(id: "overlap", asOf: "2025-09-25") { mentors { fullName } } }""");
		assertThat(coordinator.field("teacher.mentors[0].fullName").toEntity(String.class))
			.isEqualTo("Кузнецова Ольга");
	}

	@Test
	void aBackDatedPairNeedsTheRightOnEveryDayItCovers() {
		// mover is o2's since 2026-01-01: a pair dated 2025-11-01 by o1's curator would
		// cover
		// days when mover is not theirs
		ClientGraphQlResponse refused = ask("curator",
				"""
						mutation { assignMentor(input: {mentorId: "mentor1", menteeId: "mover", startedOn: "2025-11-01"}) { id } }""");
		assertThat(classification(refused)).isEqualTo("FORBIDDEN");
		ClientGraphQlResponse allowed = ask("coordinator", """
				mutation { assignMentor(input: {mentorId: "mentor1", menteeId: "mover", startedOn: "2025-11-01"}) {
					id external mentee { organization { id } } } }""");
		assertThat(allowed.getErrors()).isEmpty();
		// the pair's nested fields answer for its first day: mover was at o1, as mentor1
		assertThat(allowed.field("assignMentor.external").toEntity(Boolean.class)).isFalse();
		assertThat(allowed.field("assignMentor.mentee.organization.id").toEntity(String.class)).isEqualTo("o1");
	}

	@Test
	void aMenteeHasOneMentorAtATime() {
		ClientGraphQlResponse second = ask("coordinator",
				"""
						mutation { assignMentor(input: {mentorId: "mentor1", menteeId: "overlap", startedOn: "2025-10-01"}) { id } }""");
		assertThat(classification(second)).isEqualTo("BAD_REQUEST");
		assertThat(second.getErrors().get(0).getMessage()).contains("p2");
		ClientGraphQlResponse group = ask("coordinator", """
				mutation { assignMentor(input: {mentorId: "mentor1", menteeId: "overlap", startedOn: "2025-10-01",
					form: "групповая"}) { id } }""");
		// the existing pair p2 is one-to-one, so a group pair beside it is refused too
		assertThat(classification(group)).isEqualTo("BAD_REQUEST");
	}

	@Test
	void anEndedGroupIsNoLongerAGroupForIsolation() {
		ClientGraphQlResponse response = ask("coordinator",
				"""
						{ before: isolatedYoungTeachers(asOf: "2025-05-31", includeAtRisk: true) { edges { node { teacher { id } reasons } } }
						  after: isolatedYoungTeachers(asOf: "2025-07-01", includeAtRisk: true) { edges { node { teacher { id } reasons } } } }""");
		assertThat(response.getErrors()).isEmpty();
		assertThat(reasons(response, "before", "mover")).doesNotContain("NO_GROUP");
		assertThat(reasons(response, "after", "mover")).contains("NO_GROUP");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(ClientGraphQlResponse response, String connection) {
		return response.field(connection + ".edges")
			.toEntityList(Map.class)
			.stream()
			.map((e) -> (Map<String, Object>) e.get("node"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> reasons(ClientGraphQlResponse response, String alias, String teacher) {
		return response.field(alias + ".edges")
			.toEntityList(Map.class)
			.stream()
			.map((e) -> (Map<String, Object>) e.get("node"))
			.filter((n) -> teacher.equals(((Map<?, ?>) n.get("teacher")).get("id")))
			.map((n) -> (List<String>) n.get("reasons"))
			.findFirst()
			.orElseThrow();
	}

}
