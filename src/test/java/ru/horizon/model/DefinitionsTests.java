package ru.horizon.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.organization.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each definition of model.md, once, on the hand-made graph {@code graphs/day.cypher}:
 * answers worked out by hand for past dates, a move between organizations, overlapping
 * main jobs, a teacher who starts later, one who leaves, a group that ends, and the edges
 * of a look-back window.
 */
@HorizonTest
class DefinitionsTests {

	@Autowired
	Driver driver;

	@Autowired
	ExperienceRules experience;

	@BeforeEach
	void load() {
		TestGraph.load(this.driver, "day");
	}

	private Value teacher(String id, String expression, LocalDate day) {
		try (Session session = this.driver.session()) {
			Map<String, Object> parameters = new HashMap<>(this.experience.parameters(day));
			parameters.put("id", id);
			return session.run("MATCH (t:Teacher {id: $id}) RETURN " + expression + " AS v", parameters)
				.single()
				.get("v");
		}
	}

	private String mainOrganization(String teacher, String day) {
		Value o = teacher(teacher, Definitions.mainOrganization("t", Day.AS_OF), LocalDate.parse(day));
		return o.isNull() ? null : o.asNode().get("id").asString();
	}

	private boolean holds(String teacher, String predicate, String day) {
		return teacher(teacher, predicate, LocalDate.parse(day)).asBoolean();
	}

	private List<String> ids(String query, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.run(query, parameters).list((r) -> r.get("id").asString());
		}
	}

	@Test
	void mainOrganizationFollowsAMove() {
		assertThat(mainOrganization("mover", "2025-06-01")).isEqualTo("o1");
		assertThat(mainOrganization("mover", "2025-12-31")).isEqualTo("o1");
		assertThat(mainOrganization("mover", "2026-01-01")).isEqualTo("o2");
	}

	@Test
	void overlappingMainJobsGiveTheOneThatStartedLast() {
		assertThat(mainOrganization("overlap", "2025-09-30")).isEqualTo("o1");
		assertThat(mainOrganization("overlap", "2025-10-01")).isEqualTo("o2");
		assertThat(mainOrganization("overlap", "2025-10-15")).isEqualTo("o2");
		assertThat(mainOrganization("overlap", "2025-10-16")).isEqualTo("o2");
	}

	@Test
	void theMainEmploymentIsAtTheMainOrganizationOnEveryDay() {
		// twin: two main jobs from the same day, at o2 and at o1: o1, the smaller id
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (o1:Organization {id: 'o1'}), (o2:Organization {id: 'o2'})
					CREATE (twin:Teacher {id: 'twin', fullName: 'Белова Ирина', teachingSince: date('2020-09-01')})
					CREATE (twin)-[:WORKS_AT {since: date('2020-09-01'), main: true}]->(o2)
					CREATE (twin)-[:WORKS_AT {since: date('2020-09-01'), main: true}]->(o1)""").consume();
		}
		assertThat(mainOrganization("twin", "2025-10-10")).isEqualTo("o1");
		String query = "MATCH (t:Teacher {id: $id}) MATCH " + Definitions.mainEmployment("t", "w", "o", Day.AS_OF)
				+ " RETURN o.id AS id";
		for (String teacher : List.of("mover", "overlap", "future", "leaver", "mentor1", "mentor2", "twin")) {
			for (String day : List.of("2025-06-30", "2025-07-01", "2025-09-30", "2025-10-01", "2025-10-15",
					"2025-10-16", "2025-12-31", "2026-01-01", "2026-01-31", "2026-02-01")) {
				String main = mainOrganization(teacher, day);
				assertThat(ids(query, Map.of("id", teacher, "asOf", LocalDate.parse(day)))).as(teacher + " on " + day)
					.isEqualTo((main != null) ? List.of(main) : List.of());
			}
		}
	}

	@Test
	void nobodyHasAnOrganizationBeforeStartingOrAfterLeaving() {
		assertThat(mainOrganization("future", "2026-01-31")).isNull();
		assertThat(mainOrganization("future", "2026-02-01")).isEqualTo("o1");
		assertThat(mainOrganization("leaver", "2025-06-30")).isEqualTo("o1");
		assertThat(mainOrganization("leaver", "2025-07-01")).isNull();
	}

	@Test
	void aTeacherExistsFromTeachingSinceUntilTheLastDayWorked() {
		String exists = Definitions.existsAt("t", Day.AS_OF);
		assertThat(holds("future", exists, "2026-01-31")).isFalse();
		assertThat(holds("future", exists, "2026-02-01")).isTrue();
		assertThat(holds("leaver", exists, "2025-06-30")).isTrue();
		assertThat(holds("leaver", exists, "2025-07-01")).isFalse();
	}

	@Test
	void experienceMonthsAreWholeMonthsAndAgreeWithJava() {
		for (String day : List.of("2025-06-01", "2026-08-31", "2026-09-01")) {
			long cypher = teacher("mover", Definitions.experienceMonths("t", Day.AS_OF), LocalDate.parse(day)).asLong();
			assertThat(this.experience.months(LocalDate.of(2023, 9, 1), LocalDate.parse(day))).isEqualTo((int) cypher);
		}
		assertThat(
				teacher("mover", Definitions.experienceMonths("t", Day.AS_OF), LocalDate.parse("2025-06-01")).asLong())
			.isEqualTo(21);
	}

	@Test
	void youngAndNewNeedTheTeacherToExistThatDay() {
		String young = Definitions.young("t", Day.AS_OF);
		String fresh = Definitions.newTeacher("t", Day.AS_OF);
		// mover: 35 months on 2026-08-31, 36 on 2026-09-01
		assertThat(holds("mover", young, "2026-08-31")).isTrue();
		assertThat(holds("mover", young, "2026-09-01")).isFalse();
		// future does not exist before 2026-02-01: neither young nor new, though 0 < 6
		assertThat(holds("future", young, "2026-01-31")).isFalse();
		assertThat(holds("future", fresh, "2026-01-31")).isFalse();
		assertThat(holds("future", fresh, "2026-02-01")).isTrue();
		// leaver has left on 2025-07-01: no longer young although under 36 months
		assertThat(holds("leaver", young, "2025-06-30")).isTrue();
		assertThat(holds("leaver", young, "2025-07-01")).isFalse();
		// the Java twins agree where the teacher works
		assertThat(this.experience.isNew(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))).isFalse();
		assertThat(this.experience.isYoung(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))).isFalse();
		assertThat(this.experience.isNew(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1))).isTrue();
	}

	@Test
	void theYoungTeachersOfAScopeCountEachTeacherOnce() {
		Map<String, Object> parameters = new HashMap<>(this.experience.parameters(LocalDate.of(2025, 10, 10)));
		parameters.putAll(new Scope(null, "m1", null, null, null).parameters());
		// mover (25 months) and overlap (1 month, two main jobs that day): once each;
		// future
		// has not started, leaver has left, the mentors are experienced.
		assertThat(ids(Definitions.youngTeachersInScope("t", Day.AS_OF) + " RETURN t.id AS id ORDER BY id", parameters))
			.containsExactly("mover", "overlap");
		parameters.putAll(new Scope(null, null, null, "o1", null).parameters());
		assertThat(ids(Definitions.youngTeachersInScope("t", Day.AS_OF) + " RETURN t.id AS id ORDER BY id", parameters))
			.containsExactly("mover");
	}

	@Test
	void aPairIsActiveThroughItsLastDay() {
		String mentored = Definitions.mentoredAt("t", Day.AS_OF);
		assertThat(holds("mover", mentored, "2025-01-09")).isFalse();
		assertThat(holds("mover", mentored, "2025-01-10")).isTrue();
		assertThat(holds("mover", mentored, "2025-06-30")).isTrue();
		assertThat(holds("mover", mentored, "2025-07-01")).isFalse();
		assertThat(teacher("mentor1", Definitions.activeMentees("t", Day.AS_OF), LocalDate.parse("2025-06-30")).asInt())
			.isEqualTo(1);
		assertThat(teacher("mentor1", Definitions.activeMentees("t", Day.AS_OF), LocalDate.parse("2025-07-01")).asInt())
			.isZero();
	}

	@Test
	void aPairIsExternalByTheOrganizationsOnItsFirstDay() {
		try (Session session = this.driver.session()) {
			Map<String, Boolean> external = new HashMap<>();
			session.run(
					"MATCH (mentor:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(mentee:Teacher) RETURN p.id AS id, "
							+ Definitions.externalPair("p", "mentor", "mentee") + " AS external")
				.list()
				.forEach((r) -> external.put(r.get("id").asString(), r.get("external").asBoolean()));
			// p1: both at o1 on 2025-01-10; p2: overlap at o1 on 2025-09-20, mentor2 at
			// o2
			assertThat(external).containsEntry("p1", false).containsEntry("p2", true);
		}
	}

	@Test
	void aMembershipIsActiveOnlyWhileTheGroupIs() {
		String member = Definitions.memberAt("t", Day.AS_OF);
		assertThat(holds("mover", member, "2023-12-31")).isFalse();
		assertThat(holds("mover", member, "2025-05-31")).isTrue();
		// the membership has no end, but the group ended on 2025-05-31
		assertThat(holds("mover", member, "2025-06-01")).isFalse();
	}

	@Test
	void theLookbackWindowIsHalfOpen() {
		Window window = Window.lookback(LocalDate.of(2025, 6, 1), 12);
		assertThat(window.from()).isEqualTo(LocalDate.of(2024, 6, 2));
		assertThat(window.to()).isEqualTo(LocalDate.of(2025, 6, 1));
		Map<String, Object> parameters = new HashMap<>(window.parameters());
		assertThat(ids("MATCH (e:Event) WHERE " + Definitions.eventDuring("e", Window.FROM, Window.TO)
				+ " RETURN e.id AS id ORDER BY id", parameters))
			.containsExactly("e1", "e2");
		assertThat(window.contains(LocalDate.of(2024, 6, 1))).isFalse();
		assertThat(window.contains(LocalDate.of(2024, 6, 2))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Window.lookback(LocalDate.of(2025, 6, 1), 0));
	}

	@Test
	void learningTiesOfTheWindowCarryTheOrganizationsOfTheirDay() {
		try (Session session = this.driver.session()) {
			// p1 is active in [2025-06-30, 2025-07-31] on its last day: one MENTORING
			// tie, o1 -> o1
			var rows = session
				.run(LearningTies.MENTORING_TIES,
						LearningTies.parameters(new Window(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 31))))
				.list();
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0).get("source").asString()).isEqualTo("mentor1");
			assertThat(rows.get(0).get("targetOrganization").asString()).isEqualTo("o1");
			// e1 (2024-06-02): mentor2 of o2 teaches leaver of o1, a cross-organization
			// tie
			var events = session
				.run(LearningTies.EVENT_PARTICIPANTS,
						LearningTies.parameters(Window.lookback(LocalDate.of(2025, 6, 1), 12)))
				.list((r) -> r.get("event").asString());
			assertThat(events).containsExactlyInAnyOrder("e1", "e2");
		}
	}

	@Test
	void noPieceTakesCypherWhereANameBelongs() {
		assertThatIllegalArgumentException().isThrownBy(() -> Definitions.mentoredAt("t) DETACH DELETE (t", Day.AS_OF));
		assertThatIllegalArgumentException().isThrownBy(() -> Day.variable("date OR true"));
	}

}
