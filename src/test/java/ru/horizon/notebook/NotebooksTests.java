package ru.horizon.notebook;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notebook runs as an analyst would run it, against a small city whose answers were
 * worked out by hand (src/test/resources/graphs/notebooks.cypher).
 */
@HorizonTest
@SuppressWarnings("unchecked")
class NotebooksTests {

	static final Map<String, Object> AS_OF = Map.of("asOf", java.time.LocalDate.parse("2024-10-01"));

	static final Map<String, Object> WINDOW = Map.of("from", java.time.LocalDate.parse("2023-09-01"), "to",
			java.time.LocalDate.parse("2024-08-31"));

	@Autowired
	Driver driver;

	@Autowired
	ru.horizon.TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "notebooks");
	}

	private Notebook notebook(String path) {
		return Notebook.all(this.driver)
			.stream()
			.filter((n) -> n.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no notebook " + path));
	}

	@Test
	void everyNotebookHasAHeaderAndRuns() {
		List<Notebook> notebooks = Notebook.all(this.driver);
		assertThat(notebooks).hasSizeGreaterThanOrEqualTo(11);
		for (Notebook notebook : notebooks) {
			assertThat(notebook.header()).as(notebook.path()).contains("Question:").contains("Expected cost:");
			assertThat(notebook.run(this.driver)).as(notebook.path()).isNotNull();
		}
	}

	@Test
	void coverageByKind() {
		List<Record> rows = notebook("coverage/coverage_by_kind.cypher").run(this.driver, AS_OF);
		assertThat(Notebook.column(rows, "kind")).containsExactly("PRESCHOOL", "SCHOOL");
		Record school = rows.get(1);
		assertThat(school.get("young").asLong()).isEqualTo(4);
		assertThat(school.get("youngMentored").asLong()).isEqualTo(2);
		assertThat(school.get("new").asLong()).isEqualTo(2);
		assertThat(school.get("newMentored").asLong()).isEqualTo(1);
		assertThat(rows.get(0).get("young").asLong()).isEqualTo(1);
		assertThat(rows.get(0).get("youngMentored").asLong()).isZero();
	}

	@Test
	void coverageByDistrictAndBreaches() {
		List<Record> rows = notebook("coverage/coverage_by_district.cypher").run(this.driver, AS_OF);
		assertThat(Notebook.column(rows, "district")).containsExactly("d1", "d2");
		assertThat(Notebook.column(rows, "youngMentored")).containsExactly(2L, 0L);
		List<Record> breaches = notebook("coverage/organizations_in_breach.cypher").run(this.driver, AS_OF);
		// s1: new a2 mentored, young a2 a3 1/2 = 0.5 < 0.7; s2: new b3 unmentored; k1:
		// 0/1.
		assertThat(Notebook.column(breaches, "organization")).containsExactly("k1", "s1", "s2");
	}

	@Test
	void isolatedYoungTeachers() {
		List<Record> rows = notebook("isolation/isolated_young_teachers.cypher").run(this.driver, AS_OF);
		assertThat(Notebook.column(rows, "teacher")).containsExactly("b3");
		assertThat(rows.get(0).get("newWithoutMentor").asBoolean()).isTrue();
	}

	@Test
	void flowsAndOrganizationsOutside() {
		List<Record> flows = notebook("horizontal/flows_between_organizations.cypher").run(this.driver, WINDOW);
		assertThat(flows)
			.extracting((r) -> r.get("source").asString() + ">" + r.get("target").asString() + "="
					+ r.get("weight").asDouble() + "/" + r.get("ties").asLong())
			.containsExactly("s1>s2=3.0/1", "s2>k1=1.0/1", "s2>s1=1.0/1");
		List<Record> outside = notebook("horizontal/organizations_outside.cypher").run(this.driver, WINDOW);
		assertThat(Notebook.column(outside, "organization")).containsExactly("u1");
	}

	@Test
	void tiesYearOverYear() {
		// Previous window 2022-09-01..2023-08-31: pb (a1->b2, s1->s2) and ev2 (a1->u1t,
		// s1->u1).
		List<Record> rows = notebook("horizontal/ties_year_over_year.cypher").run(this.driver, WINDOW);
		Map<String, Long> changes = new java.util.TreeMap<>();
		rows.forEach((r) -> changes.put(r.get("change").asString(), r.get("organizationPairs").asLong()));
		assertThat(changes)
			.containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("KEPT", 1L, "LOST", 1L, "NEW", 2L)));
	}

	@Test
	void mentorLoadDeficitsAndReach() {
		List<Record> load = notebook("mentoring/mentor_load_and_free_capacity.cypher").run(this.driver, AS_OF);
		assertThat(load)
			.extracting((r) -> r.get("mentor").asString() + ":" + r.get("mentees").asLong() + ":"
					+ r.get("freeCapacity").asLong())
			.containsExactly("a1:2:1");
		List<Record> deficits = notebook("competencies/deficits_vs_strengths_by_subject.cypher").run(this.driver,
				AS_OF);
		assertThat(deficits)
			.extracting((r) -> r.get("youngWithDeficit").asLong() + "/" + r.get("possibleMentors").asLong())
			.containsExactly("1/1");
		List<Record> complexes = notebook("networks/innovation_complex_reach.cypher").run(this.driver, WINDOW);
		// ev1: b1 (veteran), a3, b2, k2 (young on 2024-03-10) from s2, s1, k1.
		assertThat(complexes.get(0).get("teachers").asLong()).isEqualTo(4);
		assertThat(complexes.get(0).get("organizations").asLong()).isEqualTo(3);
		assertThat(complexes.get(0).get("young").asLong()).isEqualTo(3);
		List<Record> reach = notebook("networks/young_teachers_event_reach.cypher").run(this.driver, AS_OF);
		// SCHOOL: a2 a3 b2 b3 young; a3 and b2 reached (ev1, ev3 for a3); PRESCHOOL: k2
		// reached (ev1).
		assertThat(reach)
			.extracting(
					(r) -> r.get("kind").asString() + ":" + r.get("young").asLong() + ":" + r.get("reached").asLong())
			.containsExactly("PRESCHOOL:1:1", "SCHOOL:4:2");
	}

	@Test
	void notebooksAndGraphQlGiveTheSameNumbers() {
		var response = this.clients.graphQl("coordinator")
			.documentName("notebookAgreement")
			.variable("asOf", "2024-10-01")
			.variable("from", "2023-09-01")
			.variable("to", "2024-08-31")
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		// Coverage by kind: the notebook lists kinds with young teachers; GraphQL every
		// kind.
		List<Map<String, Object>> kinds = response.field("mentoringCoverage.byOrganizationKind")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.filter((m) -> ((Number) ((Map<?, ?>) m.get("youngTeachers")).get("total")).intValue() > 0)
			.toList();
		List<Record> notebookKinds = notebook("coverage/coverage_by_kind.cypher").run(this.driver, AS_OF);
		assertThat(kinds)
			.extracting((m) -> m.get("key") + ":" + ((Map<?, ?>) m.get("youngTeachers")).get("total") + "/"
					+ ((Map<?, ?>) m.get("youngTeachers")).get("covered") + ":"
					+ ((Map<?, ?>) m.get("newTeachers")).get("total") + "/"
					+ ((Map<?, ?>) m.get("newTeachers")).get("covered"))
			.containsExactlyElementsOf(notebookKinds.stream()
				.map((r) -> r.get("kind").asString() + ":" + r.get("young").asLong() + "/"
						+ r.get("youngMentored").asLong() + ":" + r.get("new").asLong() + "/"
						+ r.get("newMentored").asLong())
				.toList());
		List<Map<String, Object>> districts = response.field("mentoringCoverage.byDistrict")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.filter((m) -> ((Number) ((Map<?, ?>) m.get("youngTeachers")).get("total")).intValue() > 0)
			.toList();
		List<Record> notebookDistricts = notebook("coverage/coverage_by_district.cypher").run(this.driver, AS_OF);
		assertThat(districts)
			.extracting((m) -> m.get("key") + ":" + ((Map<?, ?>) m.get("youngTeachers")).get("covered"))
			.containsExactlyElementsOf(notebookDistricts.stream()
				.map((r) -> r.get("district").asString() + ":" + r.get("youngMentored").asLong())
				.toList());
		// Isolation: the same isolated teachers.
		List<String> isolated = response.field("isolatedYoungTeachers.edges")
			.toEntityList(Map.class)
			.stream()
			.map((e) -> (Map<?, ?>) ((Map<?, ?>) e).get("node"))
			.filter((n) -> Boolean.TRUE.equals(n.get("isolated")))
			.map((n) -> String.valueOf(((Map<?, ?>) n.get("teacher")).get("id")))
			.toList();
		assertThat((List<Object>) (List<?>) isolated).containsExactlyElementsOf(Notebook
			.column(notebook("isolation/isolated_young_teachers.cypher").run(this.driver, AS_OF), "teacher"));
		// Flows and organizations outside.
		List<String> flows = response.field("horizontalLearning.organizationFlows")
			.toEntityList(Map.class)
			.stream()
			.map((f) -> ((Map<?, ?>) f.get("source")).get("id") + ">" + ((Map<?, ?>) f.get("target")).get("id") + "="
					+ ((Number) f.get("weight")).doubleValue() + "/" + f.get("ties"))
			.toList();
		assertThat(flows).containsExactlyElementsOf(
				notebook("horizontal/flows_between_organizations.cypher").run(this.driver, WINDOW)
					.stream()
					.map((r) -> r.get("source").asString() + ">" + r.get("target").asString() + "="
							+ r.get("weight").asDouble() + "/" + r.get("ties").asLong())
					.toList());
		assertThat(response.field("horizontalLearning.organizationsOutside[0].id").toEntity(String.class))
			.isEqualTo(Notebook
				.column(notebook("horizontal/organizations_outside.cypher").run(this.driver, WINDOW), "organization")
				.get(0));
		assertThat(response.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(6);
		assertThat(response.field("horizontalLearning.totalWeight").toEntity(Double.class)).isEqualTo(10.0);
	}

}
