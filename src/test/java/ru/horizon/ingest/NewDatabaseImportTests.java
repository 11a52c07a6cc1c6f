package ru.horizon.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.Transaction;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import ru.horizon.HorizonApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} of a large input into a data directory without a database goes to
 * Neo4j's bulk importer and leaves the new database ready (constraints and indexes
 * online); into a database that exists, or below {@code horizon.import.bulk-from}, it
 * goes its usual way. The verb runs in a child JVM, as from the command line.
 */
class NewDatabaseImportTests {

	@Test
	void aLargeImportIntoANewDatabaseIsBulkImportedAndLeavesItReady(@TempDir Path work) throws Exception {
		Path files = IngestFixtures.write(IngestFixtures.base());
		long teachers = IngestFixtures.base().get("teachers.csv").strip().lines().count() - 1;
		Path data = work.resolve("data");

		String first = importInChild(files, data, work.resolve("first.log"));
		assertThat(first).contains("Neo4j's bulk importer writes a new one")
			.contains("Constraints and indexes online")
			.contains("prepare-database done in");
		List<Long> afterFirst = KilledImportTests.withDatabase(data, NewDatabaseImportTests::state);
		// Teachers; migrations applied; constraints (the registries' keys and the
		// migrations' own); indexes not online.
		assertThat(afterFirst).containsExactly(teachers, 3L, 13L, 0L);

		// Now the database exists: the same files are an upsert through the usual way.
		String second = importInChild(files, data, work.resolve("second.log"));
		assertThat(second).doesNotContain("bulk importer").contains("Imported");
		assertThat(KilledImportTests.withDatabase(data, NewDatabaseImportTests::state)).isEqualTo(afterFirst);
	}

	@Test
	void onlyALargeImportIntoANewEmbeddedDatabaseIsSentToTheBulkImporter(@TempDir Path work) throws IOException {
		Path folder = Files.createDirectories(work.resolve("in"));
		Files.writeString(folder.resolve("teachers.csv"), "x".repeat(3000));
		Path home = work.resolve("home");
		assertThat(sentToBulk(env(folder, home).withProperty("horizon.import.bulk-from", "2KB"))).isTrue();
		assertThat(sentToBulk(env(folder, home).withProperty("horizon.import.bulk-from", "4KB"))).isFalse();
		assertThat(sentToBulk(env(folder, home).withProperty("horizon.import.bulk-from", "2KB")
			.withProperty("horizon.neo4j.embedded.enabled", "false"))).as("a server elsewhere").isFalse();
		assertThat(sentToBulk(env(folder, home).withProperty("horizon.import.bulk-from", "2KB")
			.withProperty("horizon.command", "export"))).as("another verb").isFalse();
		Files.createDirectories(home.resolve("data/databases/neo4j"));
		assertThat(sentToBulk(env(folder, home).withProperty("horizon.import.bulk-from", "2KB")))
			.as("a data directory that holds a database")
			.isFalse();
	}

	@Test
	void theInputSizeIsAFoldersFilesOrAnArchivesEntriesUncompressed(@TempDir Path work) throws IOException {
		Path folder = Files.createDirectories(work.resolve("in"));
		Files.writeString(folder.resolve("a.csv"), "a".repeat(1000));
		Files.writeString(folder.resolve("b.csv"), "b".repeat(500));
		Files.createDirectories(folder.resolve("nested"));
		assertThat(NewDatabaseImport.inputSize(folder)).isEqualTo(1500);
		Path zip = work.resolve("in.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("teachers.csv"));
			out.write("t".repeat(100_000).getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThat(Files.size(zip)).isLessThan(10_000);
		assertThat(NewDatabaseImport.inputSize(zip)).isEqualTo(100_000);
		assertThat(NewDatabaseImport.inputSize(work.resolve("missing.csv"))).isEqualTo(-1);
	}

	private static MockEnvironment env(Path input, Path home) {
		return new MockEnvironment().withProperty("horizon.command", "import")
			.withProperty("nonOptionArgs", input.toString())
			.withProperty("horizon.neo4j.embedded.data-dir", home.toString());
	}

	private static boolean sentToBulk(MockEnvironment environment) {
		new NewDatabaseImport().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(NewDatabaseImport.INTO_NEW_DATABASE, Boolean.class, false)
				&& "false".equals(environment.getProperty("horizon.neo4j.embedded.enabled"))
				&& "prepare-database".equals(environment.getProperty("horizon.command.then"));
	}

	/** Teachers, migrations applied, constraints, indexes that are not online. */
	private static List<Long> state(org.neo4j.graphdb.GraphDatabaseService db) {
		try (Transaction tx = db.beginTx()) {
			return List.of(count(tx, "MATCH (t:Teacher) RETURN count(t) AS c"),
					count(tx, "MATCH (m:__HorizonMigration) RETURN count(m) AS c"),
					count(tx, "SHOW CONSTRAINTS YIELD name RETURN count(name) AS c"),
					count(tx, "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(state) AS c"));
		}
	}

	private static long count(Transaction tx, String cypher) {
		return (Long) tx.execute(cypher).next().get("c");
	}

	/** Runs {@code import} in a child JVM; returns what it printed. */
	private static String importInChild(Path files, Path data, Path log) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-Xmx768m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), HorizonApplication.class.getName(), "import", files.toString(),
				"--horizon.neo4j.embedded.data-dir=" + data, "--horizon.neo4j.embedded.bolt-port=0",
				"--horizon.neo4j.embedded.page-cache=64MB", "--horizon.import.bulk-from=1KB",
				// The test class path holds the migrations twice (surefire's booter jar):
				// read one root.
				"--horizon.neo4j.migrations.location=classpath:cypher/migrations/V*.cypher")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean ended = child.waitFor(4, TimeUnit.MINUTES);
		String said = Files.readString(log);
		if (!ended) {
			child.destroyForcibly();
		}
		assertThat(ended && child.exitValue() == 0).as("the import ended with 0; it said:%n%s", said).isTrue();
		return said;
	}

}
