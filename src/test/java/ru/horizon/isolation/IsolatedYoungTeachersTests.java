package ru.horizon.isolation;

import java.util.ArrayList;
import java.util.HashMap;
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

/** The answers of graphs/isolation.cypher, worked out by hand in its header. */
@HorizonTest
class IsolatedYoungTeachersTests {

	private static final String AS_OF = "2025-10-01";

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "isolation");
	}

	private ClientGraphQlResponse ask(String user, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(Map.of("asOf", AS_OF));
		all.putAll(variables);
		return this.clients.graphQl(user).documentName("isolatedYoungTeachers").variables(all).executeSync();
	}

	private static List<String> ids(ClientGraphQlResponse response) {
		assertThat(response.getErrors()).isEmpty();
		return response.field("isolatedYoungTeachers.edges").toEntityList(Map.class).stream().map((edge) -> {
			Map<?, ?> node = (Map<?, ?>) edge.get("node");
			return (String) ((Map<?, ?>) node.get("teacher")).get("id");
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> nodes(ClientGraphQlResponse response) {
		assertThat(response.getErrors()).isEmpty();
		Map<String, Map<String, Object>> result = new HashMap<>();
		response.field("isolatedYoungTeachers.edges").toEntityList(Map.class).forEach((edge) -> {
			Map<String, Object> node = (Map<String, Object>) edge.get("node");
			result.put((String) ((Map<String, Object>) node.get("teacher")).get("id"), node);
		});
		return result;
	}

	private Map<String, Map<String, Object>> everyoneListed() {
		return nodes(ask("admin", Map.of("includeAtRisk", true)));
	}

	@Test
	void isolatedTeachersAreListedFirstAndAlone() {
		ClientGraphQlResponse response = ask("coordinator", Map.of());
		assertThat(ids(response)).containsExactly("y1", "y4");
		assertThat(response.field("isolatedYoungTeachers.totalCount").toEntity(Integer.class)).isEqualTo(2);
	}

	@Test
	void atRiskTeachersFollowTheIsolatedWhenAsked() {
		ClientGraphQlResponse response = ask("admin", Map.of("includeAtRisk", true));
		assertThat(ids(response)).containsExactly("y1", "y4", "y2", "y3", "y5", "y6", "y7", "y9");
		assertThat(response.field("isolatedYoungTeachers.totalCount").toEntity(Integer.class)).isEqualTo(8);
	}

	@Test
	void nameSearchFoldsCaseYoAndLatinLookAlikesAndTakesWordsInAnyOrder() {
		assertThat(ids(ask("admin", Map.of("includeAtRisk", true, "search", "юлия ЮРЬЁВА")))).containsExactly("y1");
		// A Latin "Y" typed for the Cyrillic "У".
		assertThat(ids(ask("admin", Map.of("includeAtRisk", true, "search", "Yткин")))).containsExactly("y4");
		ClientGraphQlResponse yan = ask("admin", Map.of("includeAtRisk", true, "search", " ян "));
		// Яковлев Ян, Ушакова Ульяна, Шишкина Яна: a word may be part of a longer one.
		assertThat(ids(yan)).containsExactly("y2", "y3", "y6");
		assertThat(yan.field("isolatedYoungTeachers.totalCount").toEntity(Integer.class)).isEqualTo(3);
		assertThat(yan.field("isolatedYoungTeachers.isolatedCount").toEntity(Integer.class)).isZero();
		assertThat(ids(ask("admin", Map.of("includeAtRisk", true, "search", "Титова")))).isEmpty();
	}

	@Test
	void reasonsFilterKeepsThoseWithAnyOfThemAndCountsTheFilteredList() {
		ClientGraphQlResponse response = ask("admin", Map.of("includeAtRisk", true, "reasons",
				List.of("NEW_WITHOUT_MENTOR", "ONLY_INTERNAL_TIES"), "first", 2));
		assertThat(ids(response)).containsExactly("y1", "y4");
		assertThat(response.field("isolatedYoungTeachers.totalCount").toEntity(Integer.class)).isEqualTo(5);
		assertThat(response.field("isolatedYoungTeachers.isolatedCount").toEntity(Integer.class)).isEqualTo(2);
		String after = response.field("isolatedYoungTeachers.pageInfo.endCursor").toEntity(String.class);
		assertThat(ids(ask("admin", Map.of("includeAtRisk", true, "reasons",
				List.of("NEW_WITHOUT_MENTOR", "ONLY_INTERNAL_TIES"), "first", 10, "after", after))))
			.containsExactly("y2", "y5", "y7");
	}

	@Test
	void youngSpeakerIsTiedToTheTeachersTheyTaught() {
		Map<String, Object> y9 = everyoneListed().get("y9");
		assertThat(y9.get("reasons")).isEqualTo(List.of("NO_MENTOR", "NO_GROUP"));
		assertThat(y9.get("learningTies")).isEqualTo(2);
		assertThat(y9.get("crossOrganizationTies")).isEqualTo(1);
	}

	@Test
	void newTeacherWithoutMentorIsABreach() {
		Map<String, Object> y1 = everyoneListed().get("y1");
		assertThat(y1.get("reasons")).isEqualTo(List.of("NO_MENTOR", "NO_GROUP", "NO_EVENTS", "NEW_WITHOUT_MENTOR"));
		assertThat(y1.get("isolated")).isEqualTo(true);
		assertThat(y1.get("experienceMonths")).isEqualTo(2);
		assertThat(y1.get("learningTies")).isEqualTo(0);
	}

	@Test
	void newTeacherWithMentorIsNoBreachButOnlyInternal() {
		Map<String, Object> y7 = everyoneListed().get("y7");
		assertThat(y7.get("reasons")).isEqualTo(List.of("NO_GROUP", "NO_EVENTS", "ONLY_INTERNAL_TIES"));
		assertThat(y7.get("isolated")).isEqualTo(false);
		assertThat(y7.get("learningTies")).isEqualTo(1);
		assertThat(y7.get("crossOrganizationTies")).isEqualTo(0);
	}

	@Test
	void mentoredTeacherWithOnlyInternalTiesIsAtRisk() {
		Map<String, Object> y2 = everyoneListed().get("y2");
		assertThat(y2.get("reasons")).isEqualTo(List.of("NO_EVENTS", "ONLY_INTERNAL_TIES"));
		assertThat(y2.get("experienceMonths")).isEqualTo(13);
	}

	@Test
	void crossOrganizationTieKeepsOnlyNoMentorAndNoGroup() {
		Map<String, Object> y3 = everyoneListed().get("y3");
		assertThat(y3.get("reasons")).isEqualTo(List.of("NO_MENTOR", "NO_GROUP"));
		assertThat(y3.get("learningTies")).isEqualTo(1);
		assertThat(y3.get("crossOrganizationTies")).isEqualTo(1);
	}

	@Test
	void pairEndedInsideTheWindowIsATieButNoMentorAndEventADayBeforeTheWindowDoesNotCount() {
		Map<String, Object> y4 = everyoneListed().get("y4");
		assertThat(y4.get("reasons")).isEqualTo(List.of("NO_MENTOR", "NO_GROUP", "NO_EVENTS", "ONLY_INTERNAL_TIES"));
		assertThat(y4.get("isolated")).isEqualTo(true);
		assertThat(y4.get("learningTies")).isEqualTo(1);
		assertThat(y4.get("crossOrganizationTies")).isEqualTo(0);
	}

	@Test
	void eventOnTheFirstDayOfTheWindowCountsAndConferenceOrganizerIsNoTie() {
		Map<String, Object> y6 = everyoneListed().get("y6");
		assertThat(y6.get("reasons")).isEqualTo(List.of("NO_MENTOR", "NO_GROUP"));
		assertThat(y6.get("learningTies")).isEqualTo(1);
		assertThat(y6.get("crossOrganizationTies")).isEqualTo(1);
	}

	@Test
	void teacherWhoChangedOrganizationIsJudgedByOrganizationsOnEachTiesDate() {
		// y5's mentor v3 is in o3, y5 in o1 today; but the pair started when both were in
		// o3, and the master class took place when both were in o1.
		Map<String, Object> y5 = everyoneListed().get("y5");
		assertThat(y5.get("reasons")).isEqualTo(List.of("NO_MENTOR", "ONLY_INTERNAL_TIES"));
		assertThat(y5.get("learningTies")).isEqualTo(2);
		assertThat(y5.get("crossOrganizationTies")).isEqualTo(0);
	}

	@Test
	void wellConnectedLeaverFutureAndNoLongerYoungTeachersAreNotListed() {
		assertThat(everyoneListed()).doesNotContainKeys("y8", "z1", "z2", "z3", "v1", "v2", "v3");
	}

	@Test
	void lookbackMovesTheWindow() {
		// With 13 months the window starts 2024-09-02: y4's open lesson of 2024-10-01
		// counts,
		// so y4 is no longer isolated.
		ClientGraphQlResponse response = ask("admin", Map.of("lookbackMonths", 13));
		assertThat(ids(response)).containsExactly("y1");
	}

	@Test
	void scopeByDistrict() {
		assertThat(ids(ask("admin", Map.of("includeAtRisk", true, "scope", Map.of("districtId", "d1")))))
			.containsExactly("y1", "y4", "y2", "y3", "y5", "y9");
	}

	@Test
	void scopeByKindFollowsTheMainOrganizationAtAsOf() {
		// y5 worked at the preschool o3 until 2025-01-31: no longer in this scope.
		assertThat(ids(ask("admin", Map.of("includeAtRisk", true, "scope", Map.of("organizationKind", "PRESCHOOL")))))
			.containsExactly("y6", "y7");
	}

	@Test
	void curatorSeesOwnOrganizationOnly() {
		assertThat(ids(ask("curator", Map.of("includeAtRisk", true)))).containsExactly("y1", "y2", "y5");
	}

	@Test
	void pagesGoThroughTheListWithoutLossOrRepeat() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			Map<String, Object> variables = new HashMap<>(Map.of("includeAtRisk", true, "first", 3));
			if (after != null) {
				variables.put("after", after);
			}
			ClientGraphQlResponse response = ask("analyst", variables);
			seen.addAll(ids(response));
			assertThat(response.field("isolatedYoungTeachers.totalCount").toEntity(Integer.class)).isEqualTo(8);
			assertThat(response.field("isolatedYoungTeachers.pageInfo.hasPreviousPage").toEntity(Boolean.class))
				.isEqualTo(pages > 0);
			more = response.field("isolatedYoungTeachers.pageInfo.hasNextPage").toEntity(Boolean.class);
			after = response.field("isolatedYoungTeachers.pageInfo.endCursor").toEntity(String.class);
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactly("y1", "y4", "y2", "y3", "y5", "y6", "y7", "y9");
	}

	@Test
	void badPageSizeLookbackAndCursorAreRefused() {
		for (Map<String, Object> variables : List.<Map<String, Object>>of(Map.of("first", 0), Map.of("first", 100000),
				Map.of("lookbackMonths", 0), Map.of("after", "not-a-cursor"))) {
			ClientGraphQlResponse response = ask("admin", variables);
			assertThat(response.getErrors()).as("%s", variables)
				.singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		}
	}

	@Test
	void everyRoleAgainstIsolatedYoungTeachers() {
		// A teacher-level list: no viewer; a curator for their own organization only.
		RoleMatrix.check(this.clients, "isolatedYoungTeachers", Map.of("asOf", AS_OF), "isolatedYoungTeachers",
				Set.of("admin", "coordinator", "curator", "analyst"));
		RoleMatrix.check(this.clients, "isolatedYoungTeachers",
				Map.of("asOf", AS_OF, "scope", Map.of("organizationId", "o2")), "isolatedYoungTeachers",
				Set.of("admin", "coordinator", "analyst"));
	}

}
