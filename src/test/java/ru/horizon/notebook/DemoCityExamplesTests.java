package ru.horizon.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;
import ru.horizon.ingest.ImportProgress;
import ru.horizon.ingest.ImportReport;
import ru.horizon.ingest.IngestService;
import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader of the README and an analyst meet on the demo city that
 * {@code ./mvnw spring-boot:run} loads (seed 1, scale 1, as of today): every GraphQL
 * example of README.md answers without errors and with data, and every notebook, with its
 * own {@code :param} defaults, gives the same rows through Bolt (cypher-shell, Browser,
 * the Python driver) and through {@code POST /api/cypher} with JSON parameters (dates as
 * strings), and some rows. The examples are read from README.md itself, so they cannot
 * drift from the city.
 */
@HorizonTest
// Correctness, not speed: a loaded machine must not turn an example into a time-limit
// refusal.
@TestPropertySource(properties = { "horizon.cypher.timeout=300s", "horizon.graphql.timeout=300s",
		"spring.mvc.async.request-timeout=300s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({ "unchecked", "rawtypes" })
class DemoCityExamplesTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern CURL_DATA = Pattern.compile("-d '(\\{.*?\\})'", Pattern.DOTALL);

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	TestClients clients;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	void loadTheDemoCity() throws Exception {
		Path city = Files.createTempDirectory("horizon-demo-test-");
		// As DemoLoader does with the defaults of horizon.demo.* (seed 1, scale 1,
		// today).
		new DemoCity(1, LocalDate.now(), 1).write(city);
		TestGraph.clear(this.driver);
		ImportReport report = Access.asSystem(() -> this.ingest.importPath(city, ImportProgress.NONE));
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isTrue();
	}

	private static String readme() throws IOException {
		Path here = Path.of("README.md");
		return Files.readString(Files.exists(here) ? here : Path.of("../README.md"), StandardCharsets.UTF_8);
	}

	/**
	 * The README's GraphQL operations in order: the ```graphql blocks (one per operation)
	 * and the curl bodies.
	 */
	static List<String> operations(String readme) throws IOException {
		List<String> operations = new ArrayList<>();
		Matcher block = GRAPHQL_BLOCK.matcher(readme);
		while (block.find()) {
			// A block may hold several operations, each starting on a line of its own.
			StringBuilder current = new StringBuilder();
			for (String line : block.group(1).split("\n")) {
				if ((line.startsWith("mutation") || line.startsWith("query") || line.startsWith("{"))
						&& !current.toString().isBlank()) {
					operations.add(current.toString().strip());
					current.setLength(0);
				}
				current.append(line).append('\n');
			}
			if (!current.toString().isBlank()) {
				operations.add(current.toString().strip());
			}
		}
		JsonMapper json = JsonMapper.builder().build();
		Matcher bash = BASH_BLOCK.matcher(readme);
		while (bash.find()) {
			if (!bash.group(1).contains("/graphql")) {
				continue;
			}
			Matcher data = CURL_DATA.matcher(bash.group(1));
			while (data.find()) {
				operations.add((String) json.readValue(data.group(1), Map.class).get("query"));
			}
		}
		return operations;
	}

	@Test

	/**
	 * The answer to a README query. The first computation of a city-wide answer (the tie
	 * graph and its betweenness, the trends) can outlast the servlet container's 30 s
	 * async limit on this 2-core machine; the work goes on and is kept, so the example is
	 * asked again, as a person would reload the page.
	 */
	private ClientGraphQlResponse askPatiently(String operation) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return this.clients.graphQl("admin").document(operation).executeSync();
			}
			catch (org.springframework.web.client.HttpServerErrorException.ServiceUnavailable ex) {
				if (attempt == 5) {
					throw ex;
				}
				Thread.sleep(2000);
			}
		}
	}

	@Order(1)
	void everyReadmeQueryAnswersWithDataOnTheDemoCity() throws Exception {
		List<String> operations = operations(readme());
		assertThat(operations).hasSizeGreaterThanOrEqualTo(8);
		for (String operation : operations.stream().filter((o) -> !o.startsWith("mutation")).toList()) {
			ClientGraphQlResponse response = askPatiently(operation);
			assertThat(response.getErrors()).as(operation).isEmpty();
			Map<String, Object> data = response.toMap().containsKey("data")
					? (Map<String, Object>) response.toMap().get("data") : Map.of();
			assertThat(data).as(operation).isNotEmpty();
			data.forEach((field, value) -> assertNotEmpty(operation + " -> " + field, value));
		}
	}

	/**
	 * The README's mutations as written, with the demo city's teachers and pair of the
	 * day in place of those of the day the README was written: the city is generated for
	 * today, and who is mentored on the day changes with it (the README says so). The
	 * mentee and mentor are the plan's first proposal; the pair one that is active.
	 */
	@Test
	@Order(2)
	void theReadmeMutationsRunOnTheDemoCity() throws Exception {
		List<String> mutations = operations(readme()).stream().filter((o) -> o.startsWith("mutation")).toList();
		assertThat(mutations).isNotEmpty();
		Map<String, Object> proposal = (Map<String, Object>) ((List<Object>) this.clients.graphQl("admin")
			.document("{ mentorAssignmentPlan { proposals { mentee { id } mentor { id } } } }")
			.executeSync()
			.field("mentorAssignmentPlan.proposals")
			.getValue()).get(0);
		String pair = this.driver.executableQuery("""
				MATCH (p:MentoringPair) WHERE p.endedOn IS NULL AND p.startedOn <= date('2026-12-31')
				RETURN p.id AS id ORDER BY id LIMIT 1""").execute().records().get(0).get("id").asString();
		for (String written : mutations) {
			String mutation = written
				.replaceFirst("menteeId: \"t\\d+\"",
						"menteeId: \"" + ((Map<String, Object>) proposal.get("mentee")).get("id") + "\"")
				.replaceFirst("mentorId: \"t\\d+\"",
						"mentorId: \"" + ((Map<String, Object>) proposal.get("mentor")).get("id") + "\"")
				.replaceFirst("pairId: \"p\\d+\"", "pairId: \"" + pair + "\"");
			ClientGraphQlResponse response = this.clients.graphQl("admin").document(mutation).executeSync();
			assertThat(response.getErrors()).as(mutation).isEmpty();
			((Map<String, Object>) response.toMap().get("data"))
				.forEach((field, value) -> assertNotEmpty(mutation + " -> " + field, value));
		}
	}

	private static void assertNotEmpty(String what, Object value) {
		assertThat(value).as(what).isNotNull();
		if (value instanceof List<?> list) {
			assertThat(list).as(what).isNotEmpty();
		}
		if (value instanceof Map<?, ?> map && map.get("edges") instanceof List<?> edges) {
			assertThat(edges).as(what + ".edges").isNotEmpty();
		}
	}

	@Test
	@Order(3)
	void theReadmeCypherEndpointExampleAnswers() throws Exception {
		Matcher bash = BASH_BLOCK.matcher(readme());
		int asked = 0;
		while (bash.find()) {
			if (!bash.group(1).contains("/api/cypher")) {
				continue;
			}
			Matcher data = CURL_DATA.matcher(bash.group(1));
			while (data.find()) {
				Map<String, Object> body = this.json.readValue(data.group(1), Map.class);
				assertThat(cypher(body).getStatusCode().value()).isEqualTo(200);
				assertThat((List<?>) cypher(body).getBody().get("rows")).isNotEmpty();
				asked++;
			}
		}
		assertThat(asked).isPositive();
	}

	@Test
	@Order(4)
	void everyNotebookGivesTheSameRowsThroughBoltAndTheEndpointAndFitsTheDemoCity() {
		List<Notebook> notebooks = Notebook.all(this.driver);
		assertThat(notebooks).hasSizeGreaterThanOrEqualTo(11);
		for (Notebook notebook : notebooks) {
			List<List<Object>> viaBolt = sameThroughBoltAndEndpoint(notebook, Map.of());
			assertThat(viaBolt).as(notebook.path() + ": its defaults find nothing in the demo city").isNotEmpty();
		}
	}

	/**
	 * The notebooks' tests of {@link NotebooksTests} through the endpoint: on the
	 * hand-worked city, with its dates sent as JSON strings, every notebook answers as
	 * through Bolt with dates (here, where the time limit leaves room for a loaded
	 * machine).
	 */
	@Test
	@Order(6)
	void onTheHandWorkedCityEveryNotebookAnswersTheSameThroughTheEndpoint() {
		TestGraph.load(this.driver, "notebooks");
		Map<String, Object> overrides = new LinkedHashMap<>(NotebooksTests.AS_OF);
		overrides.putAll(NotebooksTests.WINDOW);
		for (Notebook notebook : Notebook.all(this.driver)) {
			sameThroughBoltAndEndpoint(notebook, overrides);
		}
		// What answered nonsense before: with dates as strings every organization was
		// "outside".
		Notebook outside = Notebook.all(this.driver)
			.stream()
			.filter((n) -> n.path().equals("horizontal/organizations_outside.cypher"))
			.findFirst()
			.orElseThrow();
		assertThat(sameThroughBoltAndEndpoint(outside, overrides))
			.containsExactly(List.of("u1", "МБОУ ДО «ДДТ»", "SUPPLEMENTARY"));
	}

	/**
	 * The rows of a notebook through Bolt (dates as dates) and through the endpoint
	 * (dates as strings), which must agree.
	 */
	private List<List<Object>> sameThroughBoltAndEndpoint(Notebook notebook, Map<String, Object> overrides) {
		// Bolt with the :param values (dates as dates), as cypher-shell, Browser and the
		// Python driver send them.
		List<List<Object>> viaBolt = notebook.run(this.driver, overrides)
			.stream()
			.map((r) -> r.values().stream().map((v) -> normal(v.asObject())).toList())
			.toList();
		// The endpoint with JSON parameters: dates arrive as strings.
		Map<String, Object> parameters = new LinkedHashMap<>();
		notebook.parameters().forEach((name, value) -> {
			Object chosen = overrides.getOrDefault(name, value);
			parameters.put(name, (chosen instanceof TemporalAccessor) ? chosen.toString() : chosen);
		});
		ResponseEntity<Map> answer = cypher(Map.of("query", notebook.query(), "parameters", parameters));
		assertThat(answer.getStatusCode().value()).as(notebook.path() + " " + answer.getBody()).isEqualTo(200);
		List<List<Object>> viaEndpoint = ((List<List<Object>>) answer.getBody().get("rows")).stream()
			.map((row) -> row.stream().map(DemoCityExamplesTests::normal).toList())
			.toList();
		assertThat(viaEndpoint).as(notebook.path()).isEqualTo(viaBolt);
		return viaBolt;
	}

	@Test
	@Order(5)
	void theSchemaProceduresTheReadmeAllowsWorkThroughTheEndpoint() {
		for (String query : List.of("CALL db.labels()", "CALL db.relationshipTypes()", "CALL db.propertyKeys()",
				"CALL db.labels() YIELD label RETURN label ORDER BY label", "CALL db.schema.visualization()",
				"CALL db.schema.nodeTypeProperties()", "CALL db.schema.relTypeProperties()")) {
			ResponseEntity<Map> answer = cypher(Map.of("query", query, "parameters", Map.of()));
			assertThat(answer.getStatusCode().value()).as(query + " " + answer.getBody()).isEqualTo(200);
			assertThat((List<?>) answer.getBody().get("rows")).as(query).isNotEmpty();
		}
		ResponseEntity<Map> labels = cypher(
				Map.of("query", "CALL db.labels() YIELD label RETURN label ORDER BY label", "parameters", Map.of()));
		assertThat(labels.getBody().get("rows").toString()).contains("Teacher", "Organization", "MentoringPair");
	}

	private ResponseEntity<Map> cypher(Map<String, Object> body) {
		return this.clients.rest("analyst")
			.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(Map.class);
	}

	/**
	 * Numbers as long or double, dates and times as ISO text, lists element by element:
	 * JSON and Bolt alike.
	 */
	static Object normal(Object value) {
		return switch (value) {
			case null -> null;
			case Double d -> d;
			case Float f -> f.doubleValue();
			case java.math.BigDecimal b -> b.doubleValue();
			case Number n -> n.longValue();
			case TemporalAccessor t -> t.toString();
			case List<?> list -> list.stream().map(DemoCityExamplesTests::normal).toList();
			case Map<?, ?> map -> {
				Map<String, Object> result = new LinkedHashMap<>();
				map.forEach((k, v) -> result.put(String.valueOf(k), normal(v)));
				yield result;
			}
			default -> value;
		};
	}

}
