package ru.horizon.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;

/**
 * Neo4j's own {@code LOAD CSV} of the demo files into a fresh embedded database, with the
 * same constraints and indexes as Horizon's migrations: the peer of Horizon's importer.
 * The script is {@code benchmark/load-csv.cypher}; it runs through Bolt as cypher-shell
 * would run it, one auto-commit statement per block.
 */
final class LoadCsvComparison {

	/**
	 * @param millis the LOAD CSV statements, end to end (schema and database start
	 * excluded)
	 * @param rows data rows of the files
	 * @param perFile milliseconds per block, by file
	 * @param counts nodes by label and relationships by type afterwards
	 */
	record Result(long millis, long rows, Map<String, Long> perFile, Map<String, Long> counts) {

		double rowsPerSecond() {
			return (this.millis > 0) ? this.rows * 1000.0 / this.millis : 0;
		}

	}

	private LoadCsvComparison() {
	}

	static Result run(Path csvFolder, Path databaseFolder, long pageCacheBytes) throws IOException {
		Neo4jFiles.deleteRecursively(databaseFolder);
		String script = new ClassPathResource("benchmark/load-csv.cypher").getContentAsString(StandardCharsets.UTF_8);
		char delimiter = Neo4jFiles.delimiter(csvFolder.resolve("teachers.csv"));
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(databaseFolder.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
			.setConfig(GraphDatabaseSettings.load_csv_file_url_root, csvFolder.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.allow_file_urls, true)
			.build();
		try (Driver driver = GraphDatabase.driver(Neo4jFiles.boltUri(dbms), AuthTokens.none())) {
			try (Session session = driver.session()) {
				for (String statement : Neo4jFiles.migrationStatements()) {
					session.run(statement).consume();
				}
				session.run("CALL db.awaitIndexes(300)").consume();
			}
			Map<String, Long> perFile = new LinkedHashMap<>();
			long started = System.nanoTime();
			String file = null;
			StringBuilder block = new StringBuilder();
			for (String line : script.lines().toList()) {
				if (line.startsWith("// file: ")) {
					runBlock(driver, csvFolder, file, block.toString(), delimiter, perFile);
					file = line.substring("// file: ".length()).trim();
					block.setLength(0);
				}
				else if (!line.trim().startsWith("//")) {
					block.append(line).append('\n');
				}
			}
			runBlock(driver, csvFolder, file, block.toString(), delimiter, perFile);
			long millis = (System.nanoTime() - started) / 1_000_000;
			long rows = Neo4jFiles.csvRows(csvFolder).values().stream().mapToLong(Long::longValue).sum();
			return new Result(millis, rows, perFile, Neo4jFiles.graphCounts(driver));
		}
		finally {
			dbms.shutdown();
		}
	}

	private static void runBlock(Driver driver, Path csvFolder, String file, String block, char delimiter,
			Map<String, Long> perFile) {
		String statement = block.trim();
		if (file == null || statement.isEmpty() || !Files.exists(csvFolder.resolve(file))) {
			return;
		}
		if (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1);
		}
		if (delimiter == ';') {
			statement = statement.replace("' AS row", "' AS row FIELDTERMINATOR ';'");
		}
		long started = System.nanoTime();
		try (Session session = driver.session()) {
			session.run(statement).consume();
		}
		perFile.merge(file, (System.nanoTime() - started) / 1_000_000, Long::sum);
	}

}
