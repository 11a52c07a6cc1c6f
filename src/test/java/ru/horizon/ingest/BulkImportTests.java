package ru.horizon.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.layout.Neo4jLayout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.system.neo4j.EmbeddedNeo4jProperties;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code bulk-import} writes the same graph into a new database as {@code import} writes
 * into an empty one: every node with its labels and properties, every relationship with
 * its type, ends and properties ({@link IngestFixtures#fingerprint}), on the hand-made
 * files and on the demo city.
 */
@HorizonTest
@ExtendWith(OutputCaptureExtension.class)
class BulkImportTests {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	IngestProperties properties;

	@Autowired
	java.time.Clock clock;

	@Autowired
	ru.horizon.system.cache.GraphVersion graphVersion;

	@Autowired
	ru.horizon.system.neo4j.SharedBookmarks bookmarks;

	@Autowired
	ru.horizon.mentoring.MentoringProperties mentoring;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<DatabaseManagementService> inProcess;

	@Test
	void theHandMadeFilesGiveTheSameGraphAsTheTransactionalImport(@TempDir Path home, CapturedOutput output)
			throws Exception {
		assertSameGraph(IngestFixtures.write(IngestFixtures.base()), home);
		assertThat(output).contains("Import written into the empty database through Neo4j's Java API")
			.doesNotContain("writing it through Cypher");
	}

	@Test
	void theDemoCityGivesTheSameGraphAsTheTransactionalImport(@TempDir Path work) throws Exception {
		Path city = work.resolve("city");
		new DemoCity(11, LocalDate.now(), 1).write(city);
		assertSameGraph(city, work.resolve("home"));
	}

	@Test
	void aDataDirectoryThatHoldsADatabaseIsRefusedAndAnInvalidFileWritesNothing(@TempDir Path home) throws Exception {
		Files.createDirectories(home.resolve("data/databases/neo4j"));
		Path files = IngestFixtures.write(IngestFixtures.base());
		assertThatIllegalStateException()
			.isThrownBy(() -> Access.asSystem(() -> this.ingest.importNewDatabase(files, home, null)))
			.withMessageContaining("already holds a database");
		Path empty = home.resolve("other");
		var broken = new java.util.HashMap<>(IngestFixtures.base());
		broken.put("teachers.csv", broken.get("teachers.csv").replaceFirst("\n[^,\n]+,", "\n,"));
		ImportReport report = Access
			.asSystem(() -> this.ingest.importNewDatabase(IngestFixtures.write(broken), empty, null));
		assertThat(report.imported()).isFalse();
		assertThat(report.errors()).isNotEmpty();
		assertThat(empty.resolve("data/databases/neo4j")).doesNotExist();
	}

	@Test
	void whatAStoppedImportLeftIsClearedAndOnlyAFinishedDatabaseArrives(@TempDir Path home) throws Exception {
		// A bulk import killed while the importer wrote: its staging directory, and
		// transaction logs without a store from a kill between the two moves.
		Files.createDirectories(home.resolve(IngestService.STAGING).resolve("data/databases/neo4j"));
		Files.writeString(home.resolve(IngestService.STAGING).resolve("data/databases/neo4j/neostore"), "half");
		Files.createDirectories(home.resolve("data/transactions/neo4j"));
		Files.writeString(home.resolve("data/transactions/neo4j/neostore.transaction.db.0"), "orphan");
		ImportReport report = Access
			.asSystem(() -> this.ingest.importNewDatabase(IngestFixtures.write(IngestFixtures.base()), home, null));
		assertThat(report.imported()).as("%s", report.errors()).isTrue();
		assertThat(home.resolve(IngestService.STAGING)).doesNotExist();
		assertThat(home.resolve("data/transactions/neo4j/neostore.transaction.db.0")).content().isNotEqualTo("orphan");
		assertThat(EmbeddedNeo4jProperties.holdsDatabase(home)).isTrue();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
			.setConfig(BoltConnector.enabled, false)
			.build();
		try {
			long nodes = dbms.database("neo4j")
				.executeTransactionally("MATCH (n) RETURN count(n) AS n", Map.of(),
						(result) -> (Long) result.next().get("n"));
			assertThat(nodes).isEqualTo(report.nodesCreated());
		}
		finally {
			dbms.shutdown();
		}
	}

	@Test
	void aDataDirectoryInUseIsRefusedAndKeepsItsFiles(@TempDir Path home) throws Exception {
		// A database starting on it (or another import) holds Neo4j's store lock.
		Files.createDirectories(home.resolve("data/transactions/neo4j"));
		Files.writeString(home.resolve("data/transactions/neo4j/neostore.transaction.db.0"), "in use");
		Path lockFile = Neo4jLayout.of(home.toAbsolutePath()).storeLockFile();
		Files.createDirectories(lockFile.getParent());
		Path files = IngestFixtures.write(IngestFixtures.base());
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			assertThatIllegalStateException()
				.isThrownBy(() -> Access.asSystem(() -> this.ingest.importNewDatabase(files, home, null)))
				.withMessageContaining("is in use");
		}
		assertThat(home.resolve("data/transactions/neo4j/neostore.transaction.db.0")).hasContent("in use");
		assertThat(home.resolve(IngestService.STAGING)).doesNotExist();
	}

	private void assertSameGraph(Path files, Path home) throws Exception {
		// Through Cypher (GraphWriter), as into a database that holds data.
		TestGraph.clear(this.driver);
		ImportReport transactional = IngestFixtures.importDirectory(throughCypher(), files);
		assertThat(transactional.errors()).isEmpty();
		List<String> expected = IngestFixtures.fingerprint(this.driver);

		// Into the empty in-process database through Neo4j's Java API.
		TestGraph.clear(this.driver);
		ImportReport direct = IngestFixtures.importDirectory(this.ingest, files);
		assertThat(direct.errors()).isEmpty();
		assertThat(direct.nodesCreated()).isEqualTo(transactional.nodesCreated());
		assertThat(direct.relationshipsCreated()).isEqualTo(transactional.relationshipsCreated());
		assertThat(IngestFixtures.fingerprint(this.driver)).containsExactlyElementsOf(expected);

		ImportReport bulk = Access.asSystem(() -> this.ingest.importNewDatabase(files, home, null));
		assertThat(bulk.errors()).isEmpty();
		assertThat(bulk.imported()).isTrue();
		assertThat(bulk.nodesCreated()).isEqualTo(transactional.nodesCreated());
		assertThat(bulk.relationshipsCreated()).isEqualTo(transactional.relationshipsCreated());
		int port = freePort();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		try (Driver bulkDriver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.none())) {
			List<String> actual = IngestFixtures.fingerprint(bulkDriver);
			assertThat(actual).hasSameSizeAs(expected);
			assertThat(actual).containsExactlyElementsOf(expected);
		}
		finally {
			dbms.shutdown();
		}
	}

	/** The same service, with the direct write into an empty database off. */
	private IngestService throughCypher() {
		IngestProperties p = this.properties;
		return new IngestService(this.driver, this.clock,
				new IngestProperties(p.batchSize(), p.maxRowsPerTransaction(), p.rowsPerCommit(),
						p.transactionTimeout(), p.maxUploadSize(), p.maxArchiveEntries(), p.maxUncompressedSize(),
						p.maxCompressionRatio(), p.maxSheets(), p.maxRows(), p.maxCells(), p.pathMaxRows(),
						p.pathMaxCells(), false, p.bulkFrom()),
				this.graphVersion, this.bookmarks, this.mentoring, this.inProcess);
	}

	@Test
	void aDatabaseThatHoldsDataIsWrittenThroughCypherAndALargeImportCommitsInParts() throws Exception {
		Path files = IngestFixtures.write(IngestFixtures.base());
		TestGraph.clear(this.driver);
		IngestFixtures.importDirectory(throughCypher(), files);
		List<String> expected = IngestFixtures.fingerprint(this.driver);
		// Commits of 7 nodes and relationships: the same graph.
		TestGraph.clear(this.driver);
		IngestProperties p = this.properties;
		IngestService small = new IngestService(this.driver, this.clock,
				new IngestProperties(p.batchSize(), 10, 7, p.transactionTimeout(), p.maxUploadSize(),
						p.maxArchiveEntries(), p.maxUncompressedSize(), p.maxCompressionRatio(), p.maxSheets(),
						p.maxRows(), p.maxCells(), p.pathMaxRows(), p.pathMaxCells(), true, p.bulkFrom()),
				this.graphVersion, this.bookmarks, this.mentoring, this.inProcess);
		IngestFixtures.importDirectory(small, files);
		assertThat(IngestFixtures.fingerprint(this.driver)).containsExactlyElementsOf(expected);
		// Again into the graph that now holds it: an upsert through Cypher, the same
		// graph.
		ImportReport again = IngestFixtures.importDirectory(this.ingest, files);
		assertThat(again.nodesCreated()).isZero();
		assertThat(IngestFixtures.fingerprint(this.driver)).containsExactlyElementsOf(expected);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
