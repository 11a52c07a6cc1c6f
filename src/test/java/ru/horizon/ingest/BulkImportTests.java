package ru.horizon.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.ingest.internal.DemoCity;
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
class BulkImportTests {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void theHandMadeFilesGiveTheSameGraphAsTheTransactionalImport(@TempDir Path home) throws Exception {
		assertSameGraph(IngestFixtures.write(IngestFixtures.base()), home);
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

	private void assertSameGraph(Path files, Path home) throws Exception {
		TestGraph.clear(this.driver);
		ImportReport transactional = IngestFixtures.importDirectory(this.ingest, files);
		assertThat(transactional.errors()).isEmpty();
		List<String> expected = IngestFixtures.fingerprint(this.driver);

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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
