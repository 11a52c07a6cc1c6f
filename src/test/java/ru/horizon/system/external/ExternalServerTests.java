package ru.horizon.system.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ru.horizon.HorizonApplication;
import ru.horizon.system.cache.GraphVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Horizon against a Neo4j in another process, as against a server, Aura or a cluster
 * ({@code horizon.neo4j.embedded.enabled=false}, {@code spring.neo4j.uri}): the
 * migrations run there, GraphQL answers from there, and without a commit listener a write
 * by another client (an import, an analyst over Bolt) reaches the kept answers through
 * the database's counts within {@code horizon.cache.fingerprint-interval}.
 */
class ExternalServerTests {

	private static final String YOUNG = "{ mentoringCoverage(asOf: \"2026-10-01\") { youngTeachers { total covered } } }";

	@Test
	void horizonServesFromASeparateServerAndSeesOtherClientsWrites(@TempDir Path directory) throws Exception {
		try (SeparateNeo4j neo4j = SeparateNeo4j.start(directory.resolve("neo4j"));
				ConfigurableApplicationContext horizon = new SpringApplicationBuilder(HorizonApplication.class).run(
						"--horizon.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + neo4j.boltUri(),
						"--server.port=0", "--server.address=127.0.0.1", "--horizon.demo.load-on-empty=false",
						"--horizon.security.users[0].name=admin", "--horizon.security.users[0].password={noop}secret",
						"--horizon.security.users[0].roles=ADMIN", "--horizon.cache.fingerprint-interval=200ms",
						"--horizon.cache.ttl-without-listener=10m", "--spring.main.banner-mode=off");
				Driver other = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			assertThat(neo4j.pid()).isNotEqualTo(ProcessHandle.current().pid());
			assertThat(horizon.getBean(GraphVersion.class).seesEveryWrite()).isFalse();
			// The migrations ran on the server.
			assertThat(other.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asInt()).isPositive();
			RestClient http = RestClient.builder()
				.baseUrl("http://127.0.0.1:" + horizon.getEnvironment().getProperty("local.server.port"))
				.defaultHeaders((headers) -> headers.setBasicAuth("admin", "secret"))
				.build();
			assertThat(young(http)).isEqualTo(Map.of("total", 0, "covered", 0));
			assertThat(young(http)).isEqualTo(Map.of("total", 0, "covered", 0));

			// Another client writes a young teacher: this application is not told.
			other.executableQuery("""
					CREATE (o:Organization {id: 'x-o', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []})
					CREATE (:Teacher {id: 'x-t', fullName: 'Новый Педагог', position: 'учитель', category: 'NONE',
						teachingSince: date('2026-09-01')})-[:WORKS_AT {since: date('2026-09-01'), main: true}]->(o)
					""").execute();
			long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			Map<String, Object> seen = young(http);
			while (!Integer.valueOf(1).equals(seen.get("total")) && System.nanoTime() < until) {
				Thread.sleep(100);
				seen = young(http);
			}
			assertThat(seen).isEqualTo(Map.of("total", 1, "covered", 0));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> young(RestClient http) {
		Map<String, Object> answer = http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", YOUNG))
			.retrieve()
			.body(Map.class);
		assertThat(answer).doesNotContainKey("errors");
		Map<String, Object> data = (Map<String, Object>) answer.get("data");
		return (Map<String, Object>) ((Map<String, Object>) data.get("mentoringCoverage")).get("youngTeachers");
	}

}
