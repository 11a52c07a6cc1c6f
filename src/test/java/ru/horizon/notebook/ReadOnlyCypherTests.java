package ru.horizon.notebook;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@HorizonTest
class ReadOnlyCypherTests {

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "foundation");
	}

	private ResponseEntity<Map> post(String user, String query) {
		return this.clients.rest(user)
			.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query, "parameters", Map.of("id", "t1")))
			.retrieve()
			.toEntity(Map.class);
	}

	private String fingerprint() {
		try (Session session = this.driver.session()) {
			return session.run("""
					MATCH (n) WITH count(n) AS nodes, collect(DISTINCT labels(n)) AS labels
					OPTIONAL MATCH ()-[r]->() WITH nodes, labels, count(r) AS rels
					MATCH (t:Teacher {id: 't1'})
					SHOW INDEXES YIELD name WITH nodes, labels, rels, t, count(name) AS indexes
					RETURN nodes + '/' + rels + '/' + indexes + '/' + t.fullName + '/' + size(keys(t)) AS f""")
				.single()
				.get("f")
				.asString();
		}
		catch (Exception ex) {
			try (Session session = this.driver.session()) {
				return session
					.run("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() "
							+ "WITH nodes, count(r) AS rels MATCH (t:Teacher {id: 't1'}) "
							+ "RETURN nodes + '/' + rels + '/' + t.fullName + '/' + size(keys(t)) AS f")
					.single()
					.get("f")
					.asString();
			}
		}
	}

	@Test
	void readsAnswerWithColumnsAndRows() {
		Map<?, ?> body = post("analyst",
				"MATCH (t:Teacher {id: $id}) RETURN t.fullName AS name, t.teachingSince AS since, t AS node")
			.getBody();
		assertThat(body.get("columns")).isEqualTo(List.of("name", "since", "node"));
		List<?> row = (List<?>) ((List<?>) body.get("rows")).get(0);
		assertThat(row.get(0)).isEqualTo("Иванова Мария Петровна");
		assertThat(row.get(1)).isEqualTo("2005-09-01");
		assertThat(((Map<?, ?>) row.get(2)).get("labels")).isEqualTo(List.of("Teacher"));
		assertThat(body.get("truncated")).isEqualTo(false);
	}

	@Test
	void wordsInsideStringsAndPropertyNamesAreNotRefused() {
		Map<?, ?> body = post("analyst",
				"WITH 'CREATE (n) DELETE n' AS text, {set: 1} AS m RETURN text, m.set AS s // merge")
			.getBody();
		assertThat((List<?>) body.get("rows")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE (n:Hack)", "cReAtE (n:Hack)", "MATCH (n) /* harmless */ DETACH DELETE n",
			"MATCH (n:Teacher) SET n.fullName = 'x'", "MATCH (n:Teacher)\nREMOVE n.fullName",
			"CALL { CREATE (:Hack) } RETURN 1", "MATCH (t:Teacher) CALL (t) { SET t.x = 1 } RETURN count(*)",
			"MERGE (n:Hack {id: 1}) RETURN n", "UNWIND [1] AS x FOREACH (i IN [1] | CREATE (:Hack))",
			"LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "load csv from 'http://127.0.0.1:9/' as r return r",
			"CALL dbms.security.createUser('x', 'y', false)", "CALL db.createLabel('Hack')",
			"CALL db.`createLabel`('Hack')", "CALL `db`.`createProperty`('hack')", "CALL dbms.listConfig()",
			"CALL db.clearQueryCaches()", "CREATE INDEX hack FOR (n:Teacher) ON (n.position)",
			"DROP CONSTRAINT teacher_id", "USE system SHOW USERS", "SHOW USERS", "SHOW DATABASES",
			"CREATE USER hacker SET PASSWORD 'secretsecret'", "RETURN 1; CREATE (:Hack)",
			"RETURN \"a\\\" \" AS s CREATE (:Hack)", "RETURN '\\\\' AS s CREATE (:Hack) //'",
			"MATCH (t:Teacher) WITH t CALL (t) { DETACH DELETE t } IN TRANSACTIONS RETURN 1",
			"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "MATCH (n) WITH n LIMIT 1 DeTaCh /**/ DeLeTe n" })
	void writesAndAdministrationAreRefusedAndTheGraphIsUnchanged(String query) {
		String before = fingerprint();
		HttpClientErrorException ex = catchThrowableOfType(HttpClientErrorException.class, () -> post("admin", query));
		assertThat(ex).as(query).isNotNull();
		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ex.getResponseBodyAsString()).contains("\"error\"");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void theDatabaseItselfRefusesWritesInReadAccessMode() {
		// The last defence, without the others: a READ session cannot write.
		try (Session session = this.driver.session(org.neo4j.driver.SessionConfig.builder()
			.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
			.build())) {
			var ex = catchThrowableOfType(org.neo4j.driver.exceptions.ClientException.class,
					() -> session.executeRead((tx) -> tx.run("CREATE (:Hack)").consume()));
			assertThat(ex).isNotNull();
		}
	}

	@Test
	void rowsAreCutAtTheLimit() {
		Map<?, ?> body = post("analyst", "UNWIND range(1, 10005) AS x RETURN x").getBody();
		assertThat((List<?>) body.get("rows")).hasSize(10000);
		assertThat(body.get("truncated")).isEqualTo(true);
	}

	@Test
	void aQueryPastTheTimeLimitIsStopped() {
		HttpClientErrorException ex = catchThrowableOfType(HttpClientErrorException.class,
				() -> post("analyst", "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)"));
		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ex.getResponseBodyAsString()).containsAnyOf("limit", "предельн");
	}

	@Test
	void csvOnRequest() {
		String csv = this.clients.rest("coordinator")
			.post()
			.uri("/api/cypher?format=csv")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "MATCH (t:Teacher) RETURN t.id AS id, t.fullName AS name ORDER BY id"))
			.retrieve()
			.body(String.class);
		assertThat(csv.lines().toList()).containsExactly("id,name", "t1,Иванова Мария Петровна",
				"t2,Петров Илья Сергеевич", "t3,Смирнова Анна Олеговна");
	}

	@Test
	void onlyAnalystsCoordinatorsAndAdminsMayQuery() {
		for (String user : List.of("admin", "coordinator", "analyst")) {
			assertThat(post(user, "RETURN 1 AS one").getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		for (String user : List.of("curator", "viewer")) {
			HttpClientErrorException ex = catchThrowableOfType(HttpClientErrorException.class,
					() -> post(user, "RETURN 1 AS one"));
			assertThat(ex.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
		HttpClientErrorException anonymous = catchThrowableOfType(HttpClientErrorException.class,
				() -> post(null, "RETURN 1 AS one"));
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
