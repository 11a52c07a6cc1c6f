package ru.horizon.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Service;

import ru.horizon.ingest.internal.GraphExporter;
import ru.horizon.ingest.internal.GraphWriter;
import ru.horizon.ingest.internal.ImportFormat;
import ru.horizon.ingest.internal.TableReader;
import ru.horizon.ingest.internal.ValidatedImport;
import ru.horizon.ingest.internal.Validator;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.neo4j.SharedBookmarks;
import ru.horizon.system.security.ImportData;

/**
 * Import and export of the registries (import-format.md): the module's API.
 * <p>
 * An import reads every file, validates all of it against the files and the graph, and
 * writes nothing unless every row is valid; then it upserts by id in one transaction (see
 * {@link IngestProperties#maxRowsPerTransaction()}). Imports run one at a time.
 */
@Service
public class IngestService {

	private static final Log log = LogFactory.getLog(IngestService.class);

	private final Driver driver;

	private final Clock clock;

	private final IngestProperties properties;

	private final GraphVersion graphVersion;

	private final SharedBookmarks bookmarks;

	private final ReentrantLock oneAtATime = new ReentrantLock();

	IngestService(Driver driver, Clock clock, IngestProperties properties, GraphVersion graphVersion,
			SharedBookmarks bookmarks) {
		this.driver = driver;
		this.clock = clock;
		this.properties = properties;
		this.graphVersion = graphVersion;
		this.bookmarks = bookmarks;
	}

	/** Imports a folder of CSV files, a zip of them, or an XLSX workbook. */
	@ImportData
	public ImportReport importPath(Path path, ImportProgress progress) throws IOException {
		long started = System.nanoTime();
		return importTables(new TableReader().read(path), progress, started);
	}

	/** Imports an upload: a zip of CSV files, an XLSX workbook, or one CSV file named {@code name}. */
	@ImportData
	public ImportReport importUpload(String name, byte[] content, ImportProgress progress) throws IOException {
		long started = System.nanoTime();
		return importTables(new TableReader().read(name, content), progress, started);
	}

	/** Writes the whole graph into {@code directory} in the import format; rows by file. */
	@ImportData
	public Map<String, Long> export(Path directory) throws IOException {
		return new GraphExporter(this.driver).export(directory);
	}

	/** Whether the graph holds no teacher yet. */
	@ImportData
	public boolean hasNoTeachers() {
		try (Session session = this.driver.session(this.bookmarks.sessionConfig())) {
			return session.executeRead((tx) -> !tx.run("MATCH (t:Teacher) RETURN t LIMIT 1").hasNext());
		}
	}

	private ImportReport importTables(TableReader reader, ImportProgress progress, long started) {
		this.oneAtATime.lock();
		try {
			LocalDate today = LocalDate.now(this.clock);
			long validating = System.nanoTime();
			ValidatedImport valid = new Validator(today, this::existing).validate(reader.tables());
			if (log.isDebugEnabled()) {
				log.debug("read in %d ms, validated in %d ms".formatted((validating - started) / 1_000_000,
						millisSince(validating)));
			}
			List<String> warnings = new java.util.ArrayList<>(reader.warnings());
			warnings.addAll(valid.warnings());
			Map<String, ImportReport.FileSummary> files = new LinkedHashMap<>();
			valid.rows().forEach((file, rows) -> {
				long existing = valid.existing().getOrDefault(file, Set.of()).size();
				boolean nodes = ImportFormat.BY_NAME.get(file).label() != null;
				files.put(file, new ImportReport.FileSummary(rows.size(), nodes ? rows.size() - existing : 0,
						nodes ? existing : 0));
			});
			List<String> errors = new java.util.ArrayList<>(reader.errors());
			errors.addAll(valid.errors());
			if (!errors.isEmpty()) {
				return new ImportReport(false, errors, warnings, files, 0, 0, 0, millisSince(started));
			}
			GraphWriter.Counters counters;
			try {
				counters = new GraphWriter(this.driver, this.bookmarks.sessionConfig(), this.properties.batchSize(),
						this.properties.maxRowsPerTransaction(), this.properties.transactionTimeout())
					.write(valid, progress);
			}
			finally {
				// Cached answers are stale after an import (also a partly committed large one), on any database.
				this.graphVersion.changed();
			}
			return new ImportReport(true, List.of(), warnings, files, counters.nodesCreated(),
					counters.relationshipsCreated(), counters.relationshipsDeleted(), millisSince(started));
		}
		finally {
			this.oneAtATime.unlock();
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** Which of {@code keys} the graph holds as nodes of {@code label}. */
	private Set<String> existing(String label, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		// Label and key come from the fixed format, never from the input; the keys are a parameter.
		String property = ImportFormat.keyProperty(label);
		String cypher = "UNWIND $keys AS key MATCH (n:%s {%s: key}) RETURN n.%s AS key".formatted(label, property,
				property);
		Set<String> found = new HashSet<>();
		try (Session session = this.driver.session(this.bookmarks.sessionConfig())) {
			session.executeRead((tx) -> {
				tx.run(cypher, Map.of("keys", List.copyOf(keys))).forEachRemaining((r) -> found.add(r.get("key").asString()));
				return null;
			});
		}
		return found;
	}

}
