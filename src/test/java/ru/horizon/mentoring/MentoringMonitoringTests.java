package ru.horizon.mentoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The October monitoring on graphs/register.cypher on 2025-10-15 (school year from
 * 2025-09-01), worked out by hand:
 * <ul>
 * <li>o1: young Y1 (new), Y2, Y3, Y7; mentored Y1 (rp1, M1) and Y2 (rp2, M3 of o2,
 * external). Mentors M1 (trained: strength) and M3 (trained: «Школа наставников», ended).
 * Marks of the school year: rv2 4 and 6, rp4's end 3 (Y7 on its last day) → 13 / 3.</li>
 * <li>o2: young Y4 (new, mentored by M2 of o1, external, «группа»), Y5; M2 honorary,
 * untrained; mark rv3 7. A curator through M4's COORDINATOR membership.</li>
 * <li>o3: young Y6 (new), unmentored; no pairs, no curator.</li>
 * <li>The city: young 7, mentored 3; new 3, mentored 2; 3 pairs, 2 external; 3 mentors, 2
 * trained, 1 honorary; marks 4 + 6 + 3 + 7 → 5.0.</li>
 * </ul>
 */
@HorizonTest
class MentoringMonitoringTests {

	private static final String FIGURE = "{ total covered share target met }";

	private static final String ROW = "{ key name youngTeachers %1$s newTeachers %1$s mentors trainedMentors trainedShare honoraryMentors pairs externalPairs externalShare forms { form pairs } averageSatisfaction satisfactionMarks hasCurator }"
		.formatted(FIGURE);

	private static final String MONITORING = """
			query($scope: Scope, $asOf: Date) {
			  mentoringMonitoring(scope: $scope, asOf: $asOf) {
			    asOf schoolYearStart total %1$s organizations %1$s withoutCurator { id name } withoutPairs { id }
			  }
			}""".formatted(ROW);

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@Autowired
	MentoringMonitoringService monitoring;

	@BeforeEach
	void graph() throws Exception {
		TestGraph.load(this.driver, "register");
		// Plans the queries outside a request's time limit: on a loaded machine, planning
		// them
		// cold after a new graph takes longer than horizon.graphql.timeout.
		ru.horizon.system.security.Access.asSystem(() -> this.monitoring.monitoring(null,
				java.time.LocalDate.of(2025, 10, 15), java.util.Locale.forLanguageTag("ru")));
	}

	private ClientGraphQlResponse monitoring(String user) {
		ClientGraphQlResponse response = this.clients.graphQl(user)
			.document(MONITORING)
			.variable("asOf", "2025-10-15")
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	@Test
	@SuppressWarnings("unchecked")
	void theFiguresOfTheFormByHand() {
		ClientGraphQlResponse response = monitoring("coordinator");
		assertThat(response.field("mentoringMonitoring.schoolYearStart").toEntity(String.class))
			.isEqualTo("2025-09-01");
		Map<String, Object> total = response.field("mentoringMonitoring.total").toEntity(Map.class);
		assertThat((Map<String, Object>) total.get("youngTeachers")).containsEntry("total", 7)
			.containsEntry("covered", 3)
			.containsEntry("met", false);
		assertThat((Map<String, Object>) total.get("newTeachers")).containsEntry("total", 3)
			.containsEntry("covered", 2);
		assertThat(total).containsEntry("mentors", 3)
			.containsEntry("trainedMentors", 2)
			.containsEntry("honoraryMentors", 1)
			.containsEntry("pairs", 3)
			.containsEntry("externalPairs", 2)
			.containsEntry("averageSatisfaction", 5.0)
			.containsEntry("satisfactionMarks", 4)
			.containsEntry("hasCurator", null);
		assertThat(total.get("forms"))
			.isEqualTo(List.of(Map.of("form", "группа", "pairs", 1), Map.of("form", "педагог – педагог", "pairs", 2)));
		assertThat((Double) total.get("trainedShare")).isCloseTo(2.0 / 3, within(1e-9));
		assertThat((Double) total.get("externalShare")).isCloseTo(2.0 / 3, within(1e-9));

		@SuppressWarnings("rawtypes")
		List<Map<String, Object>> rows = (List) response.field("mentoringMonitoring.organizations")
			.toEntityList(Map.class);
		assertThat(rows).extracting((r) -> r.get("key")).containsExactly("o1", "o2", "o3");
		Map<String, Object> o1 = rows.get(0);
		assertThat((Map<String, Object>) o1.get("youngTeachers")).containsEntry("total", 4).containsEntry("covered", 2);
		assertThat((Map<String, Object>) o1.get("newTeachers")).containsEntry("total", 1)
			.containsEntry("covered", 1)
			.containsEntry("met", true);
		assertThat(o1).containsEntry("mentors", 2)
			.containsEntry("trainedMentors", 2)
			.containsEntry("trainedShare", 1.0)
			.containsEntry("honoraryMentors", 0)
			.containsEntry("pairs", 2)
			.containsEntry("externalPairs", 1)
			.containsEntry("externalShare", 0.5)
			.containsEntry("satisfactionMarks", 3)
			.containsEntry("hasCurator", true);
		assertThat((Double) o1.get("averageSatisfaction")).isCloseTo(13.0 / 3, within(1e-9));
		Map<String, Object> o2 = rows.get(1);
		assertThat(o2).containsEntry("mentors", 1)
			.containsEntry("trainedMentors", 0)
			.containsEntry("honoraryMentors", 1)
			.containsEntry("pairs", 1)
			.containsEntry("externalShare", 1.0)
			.containsEntry("averageSatisfaction", 7.0)
			.containsEntry("hasCurator", true);
		assertThat(o2.get("forms")).isEqualTo(List.of(Map.of("form", "группа", "pairs", 1)));
		Map<String, Object> o3 = rows.get(2);
		assertThat(o3).containsEntry("mentors", 0)
			.containsEntry("pairs", 0)
			.containsEntry("averageSatisfaction", null)
			.containsEntry("hasCurator", false);
		assertThat(MentoringRegisterTests.ids(response, "mentoringMonitoring.withoutCurator[*].id"))
			.containsExactly("o3");
		assertThat(MentoringRegisterTests.ids(response, "mentoringMonitoring.withoutPairs[*].id"))
			.containsExactly("o3");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCoverageFiguresEqualMentoringCoverageOfTheSameDay() {
		for (String day : List.of("2025-10-15", "2025-09-01", "2025-06-01")) {
			ClientGraphQlResponse monitoring = this.clients.graphQl("analyst")
				.document(MONITORING)
				.variable("asOf", day)
				.executeSync();
			ClientGraphQlResponse coverage = this.clients.graphQl("analyst")
				.documentName("mentoringCoverage")
				.variable("asOf", day)
				.executeSync();
			assertThat(monitoring.getErrors()).isEmpty();
			assertThat(coverage.getErrors()).isEmpty();
			for (String group : List.of("youngTeachers", "newTeachers")) {
				assertThat(monitoring.field("mentoringMonitoring.total." + group).toEntity(Map.class))
					.isEqualTo(coverage.field("mentoringCoverage." + group).toEntity(Map.class));
				for (String figure : List.of("covered", "total")) {
					assertThat(MentoringRegisterTests.ids(monitoring,
							"mentoringMonitoring.organizations[*]." + group + "." + figure))
						.isEqualTo(MentoringRegisterTests.ids(coverage,
								"mentoringCoverage.byOrganization[*]." + group + "." + figure));
				}
			}
			assertThat(monitoring.field("mentoringMonitoring.total.externalShare").toEntity(Double.class))
				.isEqualTo(coverage.field("mentoringCoverage.externalPairShare").toEntity(Double.class));
		}
	}

	@Test
	void everyRoleReadsTheAggregatesAndTheFiles() {
		for (String user : TestClients.USERS) {
			monitoring(user);
		}
		byte[] csv = this.clients.rest("coordinator")
			.get()
			.uri("/api/exports/monitoring.csv?asOf=2025-10-15&municipalityId=izh")
			.retrieve()
			.body(byte[].class);
		// A viewer reads the same file with the figures over fewer than 5 people hidden
		String viewer = new String(this.clients.rest("viewer")
			.get()
			.uri("/api/exports/monitoring.csv?asOf=2025-10-15&municipalityId=izh")
			.retrieve()
			.body(byte[].class), StandardCharsets.UTF_8);
		assertThat(viewer.lines().filter((line) -> line.startsWith("Итого;")).findFirst().orElseThrow())
			.startsWith("Итого;7;3;42,86;нет;скрыто (менее 5 чел.);;;;скрыто (менее 5 чел.);");
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(1)).startsWith("Организация;Молодых педагогов (до 3 лет);Из них с наставником;");
		assertThat(lines.get(2)).isEqualTo(
				"Итого;7;3;42,86;нет;3;2;66,67;нет;3;2;66,67;1;3;2;66,67;\"группа: 1; педагог – педагог: 2\";5,00;4;");
		assertThat(lines.get(3)).isEqualTo(
				"МБОУ «СОШ №1»;4;2;50,00;нет;1;1;100,00;да;2;2;100,00;0;2;1;50,00;педагог – педагог: 2;4,33;3;да");
		assertThat(lines).contains("Организации без куратора (1);МБДОУ «Детский сад №3»");
		byte[] xlsx = this.clients.rest("curator")
			.get()
			.uri("/api/exports/monitoring.xlsx?asOf=2025-10-15")
			.retrieve()
			.body(byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Мониторинг");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Организация");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Итого");
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(7.0);
			assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isCloseTo(3.0 / 7, within(1e-9));
			assertThat(sheet.getRow(3).getCell(19).getStringCellValue()).isEqualTo("да");
			assertThat(workbook.getSheet("Без куратора и без пар").getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("МБДОУ «Детский сад №3»");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
