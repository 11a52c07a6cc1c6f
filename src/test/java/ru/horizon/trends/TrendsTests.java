package ru.horizon.trends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.horizontal.HorizontalLearning;
import ru.horizon.horizontal.HorizontalLearningService;
import ru.horizon.horizontal.WindowComparison;
import ru.horizon.organization.Organization;
import ru.horizon.system.security.Access;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The answers of graphs/history.cypher, worked out by hand in its header. */
@HorizonTest
class TrendsTests {

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "history");
	}

	private ClientGraphQlResponse ask(String user, String operation, Map<String, Object> variables) {
		ClientGraphQlResponse response = this.clients.graphQl(user)
			.documentName("trends")
			.operationName(operation)
			.variables(new HashMap<>(variables))
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	@Autowired
	TrendsService trends;

	@Autowired
	HorizontalLearningService horizontal;

	@Test
	void trendsByOctoberFirstAskTheServicesForEachDay() throws Exception {
		// Asked of the service, as a viewer would through GraphQL (schoolYears... asks
		// over HTTP).
		List<TrendPoint> answer = Access
			.asSystem(() -> this.trends.trends(null, 2, TrendPoints.OCTOBER_FIRST, LocalDate.of(2025, 10, 1)));
		List<Map> points = answer.stream().map((p) -> (Map) asMap(p)).toList();
		assertThat(points).extracting((p) -> p.get("label")).containsExactly("2024-10-01", "2025-10-01");
		Map first = points.get(0);
		assertThat(first).containsEntry("from", "2023-10-02").containsEntry("to", "2024-10-01");
		assertThat((Map<String, Object>) first.get("youngTeachers")).containsEntry("total", 12)
			.containsEntry("covered", 8);
		assertThat((Map<String, Object>) first.get("newTeachers")).containsEntry("total", 4)
			.containsEntry("covered", 2);
		assertThat(first).containsEntry("isolatedYoungTeachers", 4)
			.containsEntry("ties", 9)
			.containsEntry("totalWeight", 25.0)
			.containsEntry("organizationsOutside", 1);
		assertThat(((Number) first.get("isolatedShare")).doubleValue()).isCloseTo(1.0 / 3.0, within(1e-9));
		assertThat(((Number) first.get("crossOrganizationShare")).doubleValue()).isCloseTo(1.0 / 25.0, within(1e-9));
		Map second = points.get(1);
		assertThat((Map<String, Object>) second.get("youngTeachers")).containsEntry("total", 9)
			.containsEntry("covered", 7);
		// no new teacher that day: no data, not "100 %"
		assertThat((Map<String, Object>) second.get("newTeachers")).containsEntry("total", 0)
			.containsEntry("share", null);
		assertThat(second).containsEntry("isolatedYoungTeachers", 2)
			.containsEntry("ties", 8)
			.containsEntry("totalWeight", 24.0)
			.containsEntry("crossOrganizationShare", 0.0)
			.containsEntry("organizationsOutside", 3);
	}

	@Test
	void schoolYearsRunFromSeptemberToAugustAndTheCurrentOneToToday() {
		List<LocalDate[]> windows = TrendsService.windows(3, TrendPoints.SCHOOL_YEAR, LocalDate.of(2025, 11, 23));
		assertThat(windows).extracting((w) -> w[0] + ".." + w[1])
			.containsExactly("2023-09-01..2024-08-31", "2024-09-01..2025-08-31", "2025-09-01..2025-11-23");
		List<Map> points = ask("analyst", "trends", Map.of("years", 1, "points", "SCHOOL_YEAR", "asOf", "2024-08-31"))
			.field("trends")
			.toEntityList(Map.class);
		assertThat(points).singleElement().satisfies((p) -> {
			assertThat(p).containsEntry("label", "2023/24")
				.containsEntry("from", "2023-09-01")
				.containsEntry("day", "2024-08-31");
			// 2023-09-01 .. 2024-08-31: the six pairs of 2023 and e1.
			assertThat(p).containsEntry("ties", 7);
		});
	}

	@Test
	void isolatedYoungTeachersLeftMoreOftenRelativeRiskWithKatzInterval() {
		ClientGraphQlResponse response = ask("viewer", "isolationAndLeaving", Map.of("years", 1, "asOf", "2025-10-01"));
		assertThat(response.field("isolationAndLeaving.years[0].day").toEntity(String.class)).isEqualTo("2024-10-01");
		assertThat(response.field("isolationAndLeaving.years[0].followedUntil").toEntity(String.class))
			.isEqualTo("2025-10-01");
		Map all = response.field("isolationAndLeaving.years[0].all").toEntity(Map.class);
		assertThat(all).containsEntry("isolated", 4)
			.containsEntry("isolatedLeft", 2)
			.containsEntry("notIsolated", 8)
			.containsEntry("notIsolatedLeft", 1);
		assertThat(((Number) all.get("relativeRisk")).doubleValue()).isCloseTo(4.0, within(1e-9));
		assertThat(((Number) all.get("lower95")).doubleValue()).isCloseTo(0.5002929883863346, within(1e-9));
		assertThat(((Number) all.get("upper95")).doubleValue()).isCloseTo(31.981259724640655, within(1e-7));
		List<Map> kinds = response.field("isolationAndLeaving.years[0].byOrganizationKind").toEntityList(Map.class);
		assertThat(kinds).extracting((k) -> k.get("organizationKind")).containsExactly("PRESCHOOL", "SCHOOL");
		assertThat(kinds.get(0)).containsEntry("isolatedLeft", 1)
			.containsEntry("notIsolatedLeft", 0)
			.containsEntry("relativeRisk", null);
		// s5 moved to o2 inside the year: still working, not a leaver.
		assertThat(kinds.get(1)).containsEntry("isolated", 2)
			.containsEntry("isolatedLeft", 1)
			.containsEntry("notIsolated", 4)
			.containsEntry("notIsolatedLeft", 1);
		assertThat(((Number) kinds.get(1).get("relativeRisk")).doubleValue()).isCloseTo(2.0, within(1e-9));
		assertThat(((Number) kinds.get(1).get("lower95")).doubleValue()).isCloseTo(0.22354128293174408, within(1e-9));
		assertThat(((Number) kinds.get(1).get("upper95")).doubleValue()).isCloseTo(17.893786541528247, within(1e-7));
		assertThat(response.field("isolationAndLeaving.pooled.relativeRisk").toEntity(Double.class)).isCloseTo(4.0,
				within(1e-9));
	}

	@Test
	void theNotebookGivesTheSameTables(@Autowired Driver driver) throws Exception {
		String text = Files.readString(Path.of("cypher/notebooks/isolation/isolation_and_leaving.cypher"));
		String query = text.lines()
			.filter((line) -> !line.startsWith("//") && !line.startsWith(":param"))
			.collect(Collectors.joining("\n"))
			.strip()
			.replaceAll(";$", "");
		List<Record> rows;
		try (Session session = driver.session()) {
			rows = session
				.run(query, Map.of("day", LocalDate.of(2024, 10, 1), "lookbackMonths", 12, "youngTeacherMonths", 36))
				.list();
		}
		assertThat(rows).extracting((r) -> r.get("kind").asString()).containsExactly("ALL", "PRESCHOOL", "SCHOOL");
		Record all = rows.get(0);
		assertThat(List.of(all.get("isolated").asInt(), all.get("isolatedLeft").asInt(), all.get("notIsolated").asInt(),
				all.get("notIsolatedLeft").asInt()))
			.containsExactly(4, 2, 8, 1);
		assertThat(all.get("relativeRisk").asDouble()).isCloseTo(4.0, within(1e-9));
		assertThat(all.get("lower95").asDouble()).isCloseTo(0.5002929883863346, within(1e-9));
		assertThat(rows.get(1).get("relativeRisk").isNull()).isTrue();
		assertThat(rows.get(2).get("upper95").asDouble()).isCloseTo(17.893786541528247, within(1e-7));
	}

	/**
	 * A coverage figure as GraphQL would show it; a share of 0 of 0 is null (no data).
	 */
	private static Map<String, Object> figure(ru.horizon.mentoring.CoverageFigure figure) {
		Map<String, Object> result = new HashMap<>();
		result.put("total", figure.total());
		result.put("covered", figure.covered());
		result.put("share", figure.share());
		return result;
	}

	/** A point as GraphQL would show it: dates as text, coverage as maps. */
	private static Map<String, Object> asMap(TrendPoint p) {
		Map<String, Object> result = new HashMap<>();
		result.put("label", p.label());
		result.put("from", p.from().toString());
		result.put("to", p.to().toString());
		result.put("youngTeachers", figure(p.youngTeachers()));
		result.put("newTeachers", figure(p.newTeachers()));
		result.put("isolatedYoungTeachers", p.isolatedYoungTeachers());
		result.put("isolatedShare", p.isolatedShare());
		result.put("ties", p.ties());
		result.put("totalWeight", p.totalWeight());
		result.put("crossOrganizationShare", p.crossOrganizationShare());
		result.put("organizationsOutside", p.organizationsOutside());
		return result;
	}

	@Test
	void relativeRiskIsUndefinedWithAnEmptyCell() {
		assertThat(LeavingRisk.of(null, 5, 0, 10, 2).relativeRisk()).isNull();
		assertThat(LeavingRisk.of(null, 5, 0, 10, 2).isolatedLeavingShare()).isEqualTo(0.0);
		assertThat(LeavingRisk.of(null, 0, 0, 10, 2).isolatedLeavingShare()).isNull();
	}

	@Test
	void theMethodCentreIsAHubNotOutsideAndThePreviousWindowHasTheSameLength() throws Exception {
		HorizontalLearning report = Access
			.asSystem(() -> this.horizontal.report(null, LocalDate.of(2023, 10, 2), LocalDate.of(2024, 10, 1)));
		assertThat(report.hubs()).extracting(Organization::id).containsExactly("imc");
		assertThat(report.organizationsOutside()).extracting(Organization::id).containsExactly("o3");
		WindowComparison previous = Access.asSystem(() -> this.horizontal.previousWindow(report, 5));
		LocalDate from = previous.previous().from();
		LocalDate to = previous.previous().to();
		assertThat(to).isEqualTo(LocalDate.of(2023, 10, 1));
		assertThat(java.time.temporal.ChronoUnit.DAYS.between(from, to)).isEqualTo(
				java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2023, 10, 2), LocalDate.of(2024, 10, 1)));
	}

	@Test
	void tooManyYearsIsABadRequest() {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.documentName("trends")
			.operationName("trends")
			.variables(Map.of("years", 21))
			.executeSync();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		assertThat(Set.copyOf(TestClients.USERS)).contains("viewer");
	}

}
