package ru.horizon.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

import ru.horizon.HorizonApplication;
import ru.horizon.ingest.internal.DemoCity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantee for a process killed mid-import: the import is ONE transaction, so the
 * database recovers to the graph it held before. The verb runs in a child JVM against an
 * embedded database directory and is killed (SIGKILL) while it writes the demo city.
 */
class KilledImportTests {

	@Test
	void aKilledImportLeavesTheGraphAsItWas(@TempDir Path work) throws Exception {
		Path city = work.resolve("city");
		new DemoCity(3, LocalDate.now(), 1).write(city);
		Path data = work.resolve("data");
		withDatabase(data, (db) -> {
			try (Transaction tx = db.beginTx()) {
				tx.execute("CREATE (:Teacher {id: 'before', fullName: 'Учитель до импорта'})");
				tx.commit();
			}
			return null;
		});

		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
				HorizonApplication.class.getName(), "import", city.toString(),
				"--horizon.neo4j.embedded.data-dir=" + data, "--horizon.neo4j.embedded.bolt-port=0",
				"--horizon.neo4j.embedded.page-cache=64MB",
				// The test class path holds the migrations twice (surefire's booter jar):
				// read one root.
				"--horizon.neo4j.migrations.location=classpath:cypher/migrations/V*.cypher")
			.redirectError(work.resolve("child.err").toFile())
			.start();
		try {
			killWhileWriting(child, work);
		}
		finally {
			child.destroyForcibly();
			child.waitFor(1, TimeUnit.MINUTES);
		}

		List<Long> after = withDatabase(data, (db) -> {
			try (Transaction tx = db.beginTx()) {
				long teachers = (Long) tx.execute("MATCH (t:Teacher) RETURN count(t) AS c").next().get("c");
				long organizations = (Long) tx.execute("MATCH (o:Organization) RETURN count(o) AS c").next().get("c");
				long relationships = (Long) tx.execute("MATCH ()-[r]->() RETURN count(r) AS c").next().get("c");
				long before = (Long) tx.execute("MATCH (t:Teacher {id: 'before'}) RETURN count(t) AS c")
					.next()
					.get("c");
				return List.of(teachers, organizations, relationships, before);
			}
		});
		assertThat(after).as("teachers, organizations, relationships, the teacher from before")
			.containsExactly(1L, 0L, 0L, 1L);
	}

	private static void killWhileWriting(Process child, Path work) throws Exception {
		CountDownLatch writing = new CountDownLatch(1);
		StringBuilder output = new StringBuilder();
		Thread.ofVirtual().start(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					synchronized (output) {
						output.append(line).append('\n');
					}
					if (line.startsWith("Writing")) {
						writing.countDown();
					}
				}
				// The child ended without writing: stop waiting, the assertion reports
				// why.
				writing.countDown();
			}
			catch (java.io.IOException ex) {
				// The child was killed: its output ends here.
			}
		});
		boolean started = writing.await(8, TimeUnit.MINUTES) && child.isAlive();
		synchronized (output) {
			assertThat(started)
				.as("the child started writing; its output:%n%s%nits errors:%n%s", output,
						java.nio.file.Files.readString(work.resolve("child.err")))
				.isTrue();
		}
		Thread.sleep(1000);
		assertThat(child.isAlive()).as("the child is still writing when killed").isTrue();
		child.destroyForcibly();
		assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
		synchronized (output) {
			assertThat(output.toString()).doesNotContain("Imported");
		}
	}

	interface Work<T> {

		T run(GraphDatabaseService db) throws Exception;

	}

	static <T> T withDatabase(Path data, Work<T> work) throws Exception {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.build();
		try {
			return work.run(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
		}
		finally {
			dbms.shutdown();
		}
	}

}
