package ru.horizon.system.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The embedded Neo4j: a real Neo4j in the same JVM, reached over Bolt by the application
 * and by analysts' tools alike.
 *
 * @param enabled start it (otherwise {@code spring.neo4j.*} names a server, Aura or a
 * cluster)
 * @param dataDir where it keeps its files
 * @param boltPort the Bolt port; 0 picks a free one
 * @param listenAddress the interface Bolt listens on; localhost unless opened on purpose
 * @param pageCache memory for the page cache (off-heap)
 * @param transactionTimeout the longest a transaction may run
 * @param transactionMemory the most heap all transactions together may hold (Neo4j's
 * {@code dbms.memory.transaction.total.max}): a query that builds a huge list or sort
 * fails with a memory error instead of taking the server's heap; unset, half the JVM's
 * maximum heap (an import's transaction counts too)
 */
@ConfigurationProperties("horizon.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("./data") Path dataDir,
		@DefaultValue("7687") int boltPort, @DefaultValue("localhost") String listenAddress,
		@DefaultValue("512MB") DataSize pageCache, @DefaultValue("60s") Duration transactionTimeout,
		DataSize transactionMemory) {

	/**
	 * Whether the data directory {@code dataDir} already holds the database {@code neo4j}
	 * (a new one is written only where it does not).
	 */
	public static boolean holdsDatabase(Path dataDir) {
		return Files.exists(defaultDatabase(dataDir).databaseDirectory());
	}

	/**
	 * Where Neo4j keeps the default database {@code neo4j} of the data directory
	 * {@code dataDir}: its store ({@code data/databases/neo4j}) and transaction logs
	 * ({@code data/transactions/neo4j}).
	 */
	public static DatabaseLayout defaultDatabase(Path dataDir) {
		return Neo4jLayout.of(dataDir.toAbsolutePath()).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** The bound of all transactions' memory, in bytes. */
	public long transactionMemoryBytes() {
		return (this.transactionMemory != null) ? this.transactionMemory.toBytes()
				: Runtime.getRuntime().maxMemory() / 2;
	}

}
