package ru.horizon;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import ru.horizon.system.cache.GraphVersion;

/**
 * The one in-process Neo4j (neo4j-harness) of the test JVM: it takes ~15 s to start, so
 * it starts on first use and serves every test class until the JVM ends.
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private TestNeo4j() {
	}

	public static synchronized URI boltUri() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
				.build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		}
		return neo4j.boltURI();
	}

	/** The shared harness's database, starting it on first use. */
	public static synchronized Neo4j harness() {
		boltUri();
		return neo4j;
	}

	/**
	 * Points the application at the shared harness, whose every commit its caches see (as
	 * with the embedded database).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Connection {

		@Bean
		Neo4jConnectionDetails harnessConnectionDetails() {
			URI uri = boltUri();
			return new Neo4jConnectionDetails() {
				@Override
				public URI getUri() {
					return uri;
				}

				@Override
				public AuthToken getAuthToken() {
					return AuthTokens.none();
				}
			};
		}

		/** The harness runs in the test JVM, as the embedded database does. */
		@Bean(destroyMethod = "")
		DatabaseManagementService harnessDatabase() {
			return harness().databaseManagementService();
		}

		@Bean
		InitializingBean harnessCommitListener(GraphVersion graphVersion) {
			return () -> graphVersion.listenTo(harness().databaseManagementService());
		}

	}

}
