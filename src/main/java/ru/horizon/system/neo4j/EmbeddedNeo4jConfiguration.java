package ru.horizon.system.neo4j;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.cli.DatabaseInUseException;

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

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, GraphVersion graphVersion) {
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(properties.listenAddress(), properties.boltPort()))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						properties.transactionMemoryBytes())
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				.build();
		}
		catch (RuntimeException ex) {
			if (isLockFailure(ex)) {
				throw new DatabaseInUseException("the database in " + properties.dataDir().toAbsolutePath()
						+ " is held open by another process (a running Horizon server?). Stop it, or point this "
						+ "command at that server with --horizon.neo4j.embedded.enabled=false "
						+ "--spring.neo4j.uri=bolt://localhost:PORT (the server's Bolt port, 7687 by default)", ex);
			}
			throw ex;
		}
		// Every committed write, from this application or anyone on Bolt, makes cached
		// answers stale.
		graphVersion.listenTo(dbms);
		log.info("Embedded Neo4j started in %d ms, Bolt on %s".formatted((System.nanoTime() - started) / 1_000_000,
				boltUri(dbms)));
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

	private static boolean isLockFailure(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			String message = String.valueOf(t.getMessage());
			if (name.contains("Lock") || message.contains("lock") || message.contains("Lock")) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
