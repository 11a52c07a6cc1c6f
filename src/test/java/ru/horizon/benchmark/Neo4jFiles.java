package ru.horizon.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Files, rows and graph counts shared by the parts of the benchmark. */
final class Neo4jFiles {

	private Neo4jFiles() {
	}

	/**
	 * Data rows of every CSV file of a folder, by file name (header excluded, quoted
	 * newlines respected).
	 */
	static Map<String, Long> csvRows(Path folder) {
		Map<String, Long> rows = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
						CSVParser parser = CSVFormat.DEFAULT.builder()
							.setDelimiter(delimiter(file))
							.setHeader()
							.setSkipHeaderRecord(true)
							.get()
							.parse(reader)) {
					long count = 0;
					for (var ignored : parser) {
						count++;
					}
					rows.put(file.getFileName().toString(), count);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * The delimiter of a CSV file of the import format: {@code ;} when the header has it
	 * and no comma.
	 */
	static char delimiter(Path file) throws IOException {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			String header = lines.findFirst().orElse("");
			return (header.indexOf(';') >= 0 && header.indexOf(',') < 0) ? ';' : ',';
		}
	}

	/** The statements of every migration of {@code cypher/migrations/}, in order. */
	static List<String> migrationStatements() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/migrations/V*.cypher");
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<String> statements = new ArrayList<>();
			for (Resource resource : resources) {
				statements.addAll(statements(resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			return statements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Statements of a script separated by {@code ;} at the end of a line; {@code //}
	 * comment lines dropped.
	 */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.lines().toList()) {
			if (line.trim().startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.trim().endsWith(";")) {
				String statement = current.toString().trim();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().trim());
		}
		return statements;
	}

	/**
	 * Nodes by label and relationships by type: what two imports of the same files must
	 * agree on.
	 */
	static Map<String, Long> graphCounts(Driver driver) {
		Map<String, Long> counts = new TreeMap<>();
		try (Session session = driver.session()) {
			session.executeRead((tx) -> {
				for (String label : tx.run("CALL db.labels() YIELD label RETURN label")
					.list((r) -> r.get(0).asString())) {
					if (label.startsWith("__")) {
						continue;
					}
					long n = tx.run("MATCH (n) WHERE $label IN labels(n) RETURN count(n)", Map.of("label", label))
						.single()
						.get(0)
						.asLong();
					if (n > 0) {
						counts.put(":" + label, n);
					}
				}
				for (String type : tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
					.list((r) -> r.get(0).asString())) {
					long n = tx.run("MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r)", Map.of("type", type))
						.single()
						.get(0)
						.asLong();
					if (n > 0) {
						counts.put("[:" + type + "]", n);
					}
				}
				return null;
			});
		}
		return counts;
	}

	/** The Bolt address an embedded database actually bound. */
	static URI boltUri(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
	}

	/** Deletes a folder and everything in it, if it exists. */
	static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Bytes of every file under a folder. */
	static long sizeOf(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong((p) -> p.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
