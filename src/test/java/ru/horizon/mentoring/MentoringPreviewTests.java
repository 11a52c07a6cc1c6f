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
 * The what-if preview on graphs/mentoring-city.cypher, checked by hand and against the
 * answers after actually assigning the pair: the preview made after the assignment must
 * report as "before" what the first preview reported as "after".
 * <p>
 * y2 (o1, 6 months at 2025-10-01: young, not new; no pair; member of g1; attended ev2
 * where y3 of o1 spoke: an internal tie only): reasons NO_MENTOR, ONLY_INTERNAL_TIES.
 * o1's young teachers at 2025-10-01: y1 (mentored by m1), y2, y3 (p0 ended 2025-09-30): 1
 * of 3 covered. m7 (o4, no mentees): an external pair, so both reasons clear, o1 goes to
 * 2 of 3.
 */
@HorizonTest
class MentoringPreviewTests {

	private static final String PREVIEW = """
			query($mentor: ID!, $mentee: ID!, $day: Date) {
			  mentoringPreview(mentorId: $mentor, menteeId: $mentee, startedOn: $day) {
			    external menteeMentoredBefore
			    organization { key newTeachersBefore { total covered } newTeachersAfter { total covered }
			      youngTeachersBefore { total covered } youngTeachersAfter { total covered } }
			    city { newTeachersBefore { total covered } newTeachersAfter { total covered }
			      youngTeachersBefore { total covered } youngTeachersAfter { total covered } }
			    reasonsBefore reasonsAfter reasonsCleared reasonsAdded isolatedBefore isolatedAfter
			    newGroups { id } newOrganizations { id }
			    twoHopTeachersBefore twoHopTeachersAfter mentorMenteesBefore mentorMenteesAfter
			  }
			}""";

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@BeforeEach
	void graph() {
		TestGraph.load(this.driver, "mentoring-city");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> preview(String mentor, String mentee, String day) {
		ClientGraphQlResponse response = this.clients.graphQl("coordinator")
			.document(PREVIEW)
			.variable("mentor", mentor)
			.variable("mentee", mentee)
			.variable("day", day)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response.field("mentoringPreview").toEntity(Map.class);
	}

	private void assign(String mentor, String mentee, String day) {
		Map<String, Object> input = new HashMap<>();
		input.put("mentorId", mentor);
		input.put("menteeId", mentee);
		input.put("startedOn", day);
		ClientGraphQlResponse response = this.clients.graphQl("coordinator")
			.documentName("assignMentor")
			.variable("input", input)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> map, String path) {
		Object value = map;
		for (String key : path.split("\\.")) {
			value = ((Map<String, Object>) value).get(key);
		}
		return value;
	}

	@Test
	@SuppressWarnings("unchecked")
	void anExternalPairClearsTheReasonsAndCoversTheMentee() {
		Map<String, Object> before = preview("m7", "y2", "2025-10-01");
		assertThat(before.get("external")).isEqualTo(true);
		assertThat(before.get("menteeMentoredBefore")).isEqualTo(false);
		assertThat(at(before, "organization.key")).isEqualTo("o1");
		assertThat(at(before, "organization.youngTeachersBefore")).isEqualTo(Map.of("total", 3, "covered", 1));
		assertThat(at(before, "organization.youngTeachersAfter")).isEqualTo(Map.of("total", 3, "covered", 2));
		assertThat(at(before, "organization.newTeachersAfter")).isEqualTo(at(before, "organization.newTeachersBefore"));
		assertThat((List<Object>) before.get("reasonsBefore")).containsExactly("NO_MENTOR", "ONLY_INTERNAL_TIES");
		assertThat((List<Object>) before.get("reasonsAfter")).isEmpty();
		assertThat((List<Object>) before.get("reasonsCleared")).containsExactly("NO_MENTOR", "ONLY_INTERNAL_TIES");
		assertThat(before.get("isolatedBefore")).isEqualTo(false);
		assertThat(before.get("mentorMenteesBefore")).isEqualTo(0);
		assertThat(before.get("mentorMenteesAfter")).isEqualTo(1);
		// m7 reaches g1, o4, o2 (g1's coordinator): y2 reaches g1, o1, o2, o4 (ev2's
		// host)
		assertThat((List<Object>) before.get("newGroups")).isEmpty();
		assertThat((List<Object>) before.get("newOrganizations")).isEmpty();

		assign("m7", "y2", "2025-10-01");
		Map<String, Object> after = preview("m7", "y2", "2025-10-01");
		assertThat(at(after, "organization.youngTeachersBefore"))
			.isEqualTo(at(before, "organization.youngTeachersAfter"));
		assertThat(at(after, "organization.newTeachersBefore")).isEqualTo(at(before, "organization.newTeachersAfter"));
		assertThat(at(after, "city.youngTeachersBefore")).isEqualTo(at(before, "city.youngTeachersAfter"));
		assertThat(at(after, "city.newTeachersBefore")).isEqualTo(at(before, "city.newTeachersAfter"));
		assertThat(after.get("reasonsBefore")).isEqualTo(before.get("reasonsAfter"));
		assertThat(after.get("isolatedBefore")).isEqualTo(before.get("isolatedAfter"));
		assertThat(after.get("twoHopTeachersBefore")).isEqualTo(before.get("twoHopTeachersAfter"));
		assertThat(after.get("mentorMenteesBefore")).isEqualTo(before.get("mentorMenteesAfter"));
		assertThat(after.get("menteeMentoredBefore")).isEqualTo(true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anInternalPairOfAnUntiedMenteeAddsOnlyInternalTies() {
		// y1? mentored already. y6 has not started; use m1 -> y3 (o1, tied to y2 and
		// m8/m10 through
		// events): internal, y3 has cross ties (m8, m10 of o3), so nothing is added.
		Map<String, Object> before = preview("m1", "y3", "2025-10-01");
		assertThat(before.get("external")).isEqualTo(false);
		assertThat((List<Object>) before.get("reasonsAdded")).isEmpty();
		assign("m1", "y3", "2025-10-01");
		Map<String, Object> after = preview("m1", "y3", "2025-10-01");
		assertThat(after.get("reasonsBefore")).isEqualTo(before.get("reasonsAfter"));
		assertThat(after.get("twoHopTeachersBefore")).isEqualTo(before.get("twoHopTeachersAfter"));
		assertThat(at(after, "city.youngTeachersBefore")).isEqualTo(at(before, "city.youngTeachersAfter"));
		assertThat(after.get("mentorMenteesBefore")).isEqualTo(before.get("mentorMenteesAfter"));
	}

	/**
	 * The route of y2 at 2025-10-01 with three events added: ev3 (2025-11-15, upcoming)
	 * on inclusion, organized by g1 and hosted by o4, an internship site; ev1
	 * (2025-05-20, in the window) on digital tools. Deficits: inclusion HIGH, digital
	 * MEDIUM, parents LOW.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theRouteListsMentorsEventsGroupsAndSitesPerDeficit() {
		try (var session = this.driver.session()) {
			session
				.run("""
						MATCH (o:Organization {id: 'o4'}) SET o.flags = ['INTERNSHIP_SITE']
						WITH o
						MATCH (g:Group {id: 'g1'}), (c:Competency {code: 'inclusion'})
						CREATE (e:Event {id: 'ev3', title: 'Инклюзия на уроке', format: 'WORKSHOP', date: date('2025-11-15')})
						CREATE (e)-[:HOSTED_BY]->(o), (e)-[:ORGANIZED_BY]->(g), (e)-[:ADDRESSES]->(c)
						WITH 1 AS one
						MATCH (ev1:Event {id: 'ev1'}), (d:Competency {code: 'digital'}) CREATE (ev1)-[:ADDRESSES]->(d)""")
				.consume();
		}
		ClientGraphQlResponse response = this.clients.graphQl("coordinator").document("""
				{ menteeRoute(menteeId: "y2", asOf: "2025-10-01") { steps { code level
				    mentors { rank teacher { id } } recentEvents { id } upcomingEvents { id }
				    groups { id } sites { id flags } } } }""").executeSync();
		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> steps = response.field("menteeRoute.steps")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(steps.stream().map((s) -> s.get("code")).toList()).containsExactly("inclusion", "digital",
				"parents");
		Map<String, Object> inclusion = steps.get(0);
		assertThat(inclusion.get("mentors")).isEqualTo(List.of(Map.of("rank", 1, "teacher", Map.of("id", "m1"))));
		assertThat(inclusion.get("upcomingEvents")).isEqualTo(List.of(Map.of("id", "ev3")));
		assertThat(inclusion.get("recentEvents")).isEqualTo(List.of());
		assertThat(inclusion.get("groups")).isEqualTo(List.of(Map.of("id", "g1")));
		assertThat(inclusion.get("sites")).isEqualTo(List.of(Map.of("id", "o4", "flags", List.of("INTERNSHIP_SITE"))));
		Map<String, Object> digital = steps.get(1);
		assertThat(digital.get("mentors")).isEqualTo(List.of(Map.of("rank", 2, "teacher", Map.of("id", "m2"))));
		assertThat(digital.get("recentEvents")).isEqualTo(List.of(Map.of("id", "ev1")));
		assertThat(digital.get("groups")).isEqualTo(List.of());
		assertThat(digital.get("sites")).isEqualTo(List.of());
		assertThat(steps.get(2).get("mentors")).isEqualTo(List.of(Map.of("rank", 1, "teacher", Map.of("id", "m1"))));
	}

}
