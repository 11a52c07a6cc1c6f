package ru.horizon.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ru.horizon.HorizonApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The default set-up: the application starts its own Neo4j and talks to it over Bolt. */
class EmbeddedNeo4jTests {

	@Test
	void applicationStartsEmbeddedNeo4jMigratesItAndShutsItDown(@TempDir Path dataDir) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HorizonApplication.class)
			.web(WebApplicationType.NONE)
			.run("--horizon.neo4j.embedded.data-dir=" + dataDir, "--horizon.neo4j.embedded.bolt-port=0",
					"--horizon.neo4j.embedded.page-cache=64MB", "--horizon.demo.load-on-empty=false",
					"--horizon.neo4j.embedded.transaction-memory=64MB")) {
			Driver driver = context.getBean(Driver.class);
			try (Session session = driver.session()) {
				assertThat(session.run("MATCH (m:__HorizonMigration) RETURN count(m) AS n").single().get("n").asInt())
					.isGreaterThanOrEqualTo(2);
			}
			// A query that would take the heap (the database lives in this JVM) fails
			// alone.
			try (Session session = driver.session()) {
				assertThatExceptionOfType(org.neo4j.driver.exceptions.Neo4jException.class)
					.isThrownBy(
							() -> session.run("UNWIND range(1, 20000000) AS x WITH collect(x) AS c RETURN size(c) AS n")
								.consume())
					.withMessageContaining("memory");
			}
			try (Session session = driver.session()) {
				assertThat(session.run("RETURN 1 AS n").single().get("n").asInt()).isEqualTo(1);
			}
		}
		assertThat(dataDir.resolve("data")).exists();
	}

}
