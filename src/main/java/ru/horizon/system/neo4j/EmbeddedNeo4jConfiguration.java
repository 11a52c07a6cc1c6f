package ru.horizon.system.neo4j;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.horizon.system.cache.GraphVersion;

/**
 * Starts the embedded Neo4j when {@code horizon.neo4j.embedded.enabled} (the default) and
 * points the driver, Spring Data Neo4j and everything else at its Bolt port.
 * <p>
 * Bolt listens on localhost without authentication: whoever can open a socket on this
 * machine is trusted, as with any local development database. Opening it wider is a
 * deliberate setting ({@code listen-address}) and then belongs behind a real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "horizon.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	private static final Log log = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

	/**
	 * The database started beside the context ({@link EmbeddedNeo4jStart}), which also
	 * shuts it down; started here when the context was built without its initializer.
	 */
	@Bean(destroyMethod = "")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, GraphVersion graphVersion,
			ConfigurableListableBeanFactory beanFactory) {
		long waited = System.nanoTime();
		EmbeddedNeo4jStart start = beanFactory.containsSingleton(EmbeddedNeo4jStart.BEAN)
				? (EmbeddedNeo4jStart) beanFactory.getSingleton(EmbeddedNeo4jStart.BEAN)
				: EmbeddedNeo4jStart.register(beanFactory, new EmbeddedNeo4jStart(properties));
		DatabaseManagementService dbms = start.await();
		// Every committed write, from this application or anyone on Bolt, makes cached
		// answers stale.
		graphVersion.listenTo(dbms);
		log.info("Embedded Neo4j ready after waiting %d ms for it, Bolt on %s"
			.formatted((System.nanoTime() - waited) / 1_000_000, boltUri(dbms)));
		return dbms;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j) {
		URI uri = boltUri(embeddedNeo4j);
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

	/**
	 * The Bolt address actually bound, which differs from the setting when the port is 0.
	 */
	static URI boltUri(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
	}

}
