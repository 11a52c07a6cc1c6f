package ru.horizon.system.neo4j;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import ru.horizon.system.cli.DatabaseInUseException;

/**
 * The embedded Neo4j, started on a thread of its own as soon as the application's
 * settings are known, while Spring builds the rest of the context beside it (the two took
 * 5 s and 6 s one after the other); {@link EmbeddedNeo4jConfiguration} waits for it where
 * the database is first needed. It owns the database: closing the context shuts it down,
 * also when the context failed before using it.
 */
public final class EmbeddedNeo4jStart implements DisposableBean {

	/** The name it is registered under in the context. */
	static final String BEAN = "horizonEmbeddedNeo4jStart";

	private static final Log log = LogFactory.getLog(EmbeddedNeo4jStart.class);

	private final CompletableFuture<DatabaseManagementService> dbms = new CompletableFuture<>();

	private final EmbeddedNeo4jProperties properties;

	EmbeddedNeo4jStart(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
		Thread thread = new Thread(this::start, "embedded-neo4j-start");
		thread.setDaemon(true);
		thread.start();
	}

	private void start() {
		long started = System.nanoTime();
		try {
			DatabaseManagementService database = new DatabaseManagementServiceBuilder(
					this.properties.dataDir().toAbsolutePath())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(this.properties.listenAddress(), this.properties.boltPort()))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, this.properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.transaction_timeout, this.properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						this.properties.transactionMemoryBytes())
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				// Bolt's network threads stop once idle for this long (Neo4j's default,
				// 5 s, is waited twice after the databases have stopped: 10 s of every
				// stop).
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
				.build();
			log.info("Embedded Neo4j started in %d ms (beside the rest of the application)"
				.formatted((System.nanoTime() - started) / 1_000_000));
			this.dbms.complete(database);
		}
		catch (Throwable ex) {
			this.dbms.completeExceptionally(ex);
		}
	}

	/**
	 * The started database, waiting for it if need be.
	 * @throws DatabaseInUseException when another process holds the data directory
	 */
	DatabaseManagementService await() {
		try {
			return this.dbms.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the embedded Neo4j started", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (isLockFailure(cause)) {
				throw new DatabaseInUseException("the database in " + this.properties.dataDir().toAbsolutePath()
						+ " is held open by another process (a running Horizon server?). Stop it, or point this "
						+ "command at that server with --horizon.neo4j.embedded.enabled=false "
						+ "--spring.neo4j.uri=bolt://localhost:PORT (the server's Bolt port, 7687 by default)", cause);
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	@Override
	public void destroy() {
		try {
			this.dbms.get().shutdown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// it never started: nothing to shut down
		}
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

	/**
	 * Starts the database as soon as the settings are known (registered in
	 * {@code META-INF/spring.factories}), unless {@code horizon.neo4j.embedded.enabled}
	 * is false.
	 */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (!context.getEnvironment().getProperty("horizon.neo4j.embedded.enabled", Boolean.class, true)
					|| context.getBeanFactory().containsSingleton(BEAN)) {
				return;
			}
			EmbeddedNeo4jProperties properties = Binder.get(context.getEnvironment())
				.bindOrCreate("horizon.neo4j.embedded", EmbeddedNeo4jProperties.class);
			register(context.getBeanFactory(), new EmbeddedNeo4jStart(properties));
		}

	}

	/** Registers {@code start} so that closing the context shuts its database down. */
	static EmbeddedNeo4jStart register(ConfigurableListableBeanFactory beanFactory, EmbeddedNeo4jStart start) {
		// Spring's bean factories are singleton registries that also destroy what they
		// hold
		DefaultSingletonBeanRegistry registry = (DefaultSingletonBeanRegistry) beanFactory;
		registry.registerSingleton(BEAN, start);
		registry.registerDisposableBean(BEAN, start);
		return start;
	}

}
