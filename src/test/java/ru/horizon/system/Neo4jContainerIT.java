package ru.horizon.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same application against a real Neo4j server in a container, where Docker exists:
 * the path a deployment against a server, Aura or a cluster takes. Skipped without
 * Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = { "horizon.neo4j.embedded.enabled=false", "horizon.demo.load-on-empty=false" })
class Neo4jContainerIT {

	@Container
	@ServiceConnection
	static Neo4jContainer neo4j = new Neo4jContainer("neo4j:" + System.getProperty("neo4j.version", "2026.08.1"))
		.withoutAuthentication();

	@Autowired
	Driver driver;

	@Test
	void migrationsApplyOnAServer() {
		try (Session session = this.driver.session()) {
			assertThat(session.run("MATCH (m:__HorizonMigration) RETURN count(m) AS n").single().get("n").asInt())
				.isGreaterThanOrEqualTo(2);
		}
	}

}
