package ru.horizon.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import ru.horizon.ingest.internal.BulkWriter;
import ru.horizon.ingest.internal.GraphExporter;
import ru.horizon.ingest.internal.GraphWriter;
import ru.horizon.ingest.internal.ImportFormat;
import ru.horizon.ingest.internal.StoredValues;
import ru.horizon.ingest.internal.TableReader;
import ru.horizon.ingest.internal.ValidatedImport;
import ru.horizon.ingest.internal.Validator;
import ru.horizon.mentoring.MentoringProperties;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.neo4j.EmbeddedNeo4jProperties;
import ru.horizon.system.neo4j.SharedBookmarks;
import ru.horizon.system.security.ImportData;

/**
 * Import and export of the registries (import-format.md): the module's API.
 * <p>
 * An import reads every file, validates all of it against the files and the graph, and
 * writes nothing unless every row is valid; then it upserts by id in one transaction (see
 * {@link IngestProperties#maxRowsPerTransaction()}). Imports run one at a time. A column
 * a file omits leaves the stored values of that column as they are; a mentor never gets
 * more than {@code horizon.mentoring.max-mentees-per-mentor} active mentees on any day.
 */
@Service
public class IngestService {

	private static final Log log = LogFactory.getLog(IngestService.class);

	private final Driver driver;

	private final Clock clock;

	private final IngestProperties properties;

	private final GraphVersion graphVersion;

	private final SharedBookmarks bookmarks;

	private final MentoringProperties mentoring;

	private final ReentrantLock oneAtATime = new ReentrantLock();

	/** The database when it runs in this JVM (the embedded one): null otherwise. */
	private final ObjectProvider<DatabaseManagementService> inProcess;

	IngestService(Driver driver, Clock clock, IngestProperties properties, GraphVersion graphVersion,
			SharedBookmarks bookmarks, MentoringProperties mentoring,
			ObjectProvider<DatabaseManagementService> inProcess) {
		this.inProcess = inProcess;
		this.driver = driver;
		this.clock = clock;
		this.properties = properties;
		this.graphVersion = graphVersion;
		this.bookmarks = bookmarks;
		this.mentoring = mentoring;
	}

	/**
	 * Imports a folder of CSV files, a zip of them, or an XLSX workbook, from the command
	 * line: the bounds of {@link TableReader.Limits#DEFAULT} (an administrator's own
	 * files) but rows and cells from {@code horizon.import.path-max-rows} and
	 * {@code path-max-cells}.
	 * @throws ru.horizon.ingest.internal.InputRefused when the input crosses a bound or
	 * cannot be parsed
	 */
	@ImportData
	public ImportReport importPath(Path path, ImportProgress progress) throws IOException {
		long started = System.nanoTime();
		return importTables(new TableReader(pathLimits()).read(path), progress, started);
	}

	/**
	 * Imports an upload held in {@code file}: a zip of CSV files, an XLSX workbook, or
	 * one CSV file named {@code name}, within the upload bounds of
	 * {@link IngestProperties}.
	 * @throws ru.horizon.ingest.internal.InputRefused when the input crosses a bound or
	 * cannot be parsed (answered 400)
	 */
	@ImportData
	public ImportReport importUpload(String name, Path file, ImportProgress progress) throws IOException {
		long started = System.nanoTime();
		return importTables(new TableReader(uploadLimits()).read(name, file), progress, started);
	}

	/**
	 * Imports an upload held in memory: see
	 * {@link #importUpload(String, Path, ImportProgress)}.
	 */
	@ImportData
	public ImportReport importUpload(String name, byte[] content, ImportProgress progress) throws IOException {
		long started = System.nanoTime();
		return importTables(new TableReader(uploadLimits()).read(name, content), progress, started);
	}

	/**
	 * Refuses (403) a caller who may not import: checked before an upload's body is read.
	 */
	@ImportData
	public void checkMayImport() {
	}

	/**
	 * The bounds of the command line's imports: an administrator's own files, rows and
	 * cells from {@code horizon.import.path-max-rows} and {@code path-max-cells}.
	 */
	private TableReader.Limits pathLimits() {
		return TableReader.Limits.DEFAULT.withRows(this.properties.pathMaxRows(), this.properties.pathMaxCells());
	}

	private TableReader.Limits uploadLimits() {
		IngestProperties p = this.properties;
		return new TableReader.Limits(p.maxArchiveEntries(), p.maxUncompressedSize().toBytes(), p.maxCompressionRatio(),
				p.maxSheets(), p.maxRows(), p.maxCells());
	}

	/**
	 * Writes the whole graph into {@code directory} in the import format; rows by file.
	 */
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

	/**
	 * Whether the graph holds any node but Horizon's bookkeeping
	 * ({@link BulkWriter#HOLDS_DATA}).
	 */
	private boolean holdsData() {
		try (Session session = this.driver.session(this.bookmarks.sessionConfig())) {
			return session.executeRead((tx) -> tx.run(BulkWriter.HOLDS_DATA).single().get("holds").asBoolean());
		}
	}

	/** An import read and validated, with what its report says before writing. */
	private record Checked(ValidatedImport valid, List<String> errors, List<String> warnings,
			Map<String, ImportReport.FileSummary> files) {

		boolean rejected() {
			return !this.errors.isEmpty();
		}

		/** The report of a rejected import: nothing written, so no created counts. */
		ImportReport rejection(long started) {
			return new ImportReport(false, this.errors, this.warnings, this.files, 0, 0, 0, millisSince(started));
		}

	}

	private Checked check(TableReader reader, Validator.GraphKeys graph, long started) {
		LocalDate today = LocalDate.now(this.clock);
		long validating = System.nanoTime();
		ValidatedImport valid = new Validator(today, graph).maxMenteesPerMentor(this.mentoring.maxMenteesPerMentor())
			.validate(reader.tables());
		if (log.isDebugEnabled()) {
			log.debug("read in %d ms, validated in %d ms".formatted((validating - started) / 1_000_000,
					millisSince(validating)));
		}
		List<String> warnings = new java.util.ArrayList<>(reader.warnings());
		warnings.addAll(valid.warnings());
		List<String> errors = new java.util.ArrayList<>(reader.errors());
		errors.addAll(valid.errors());
		boolean rejected = !errors.isEmpty();
		Map<String, ImportReport.FileSummary> files = new LinkedHashMap<>();
		valid.rows().forEach((file, rows) -> {
			long existing = valid.existing().getOrDefault(file, Set.of()).size();
			boolean nodes = ImportFormat.BY_NAME.get(file).label() != null;
			// A rejected import created and updated nothing: no such counts.
			files.put(file,
					new ImportReport.FileSummary(rows.size(), rejected ? null : (nodes ? rows.size() - existing : 0L),
							rejected ? null : (nodes ? existing : 0L), valid.columns().getOrDefault(file, List.of())));
		});
		return new Checked(valid, errors, warnings, files);
	}

	private ImportReport importTables(TableReader reader, ImportProgress progress, long started) {
		this.oneAtATime.lock();
		try {
			// Into a graph without data nothing need be looked up (at scale 10, 1.2
			// million keys were sent to find none).
			Checked checked = check(reader, holdsData() ? new GraphKeys() : Validator.GraphKeys.NONE, started);
			// The tables as read may go: what is written is in the validated rows (a
			// nation's tables are gigabytes).
			reader = null;
			if (checked.rejected()) {
				return checked.rejection(started);
			}
			ValidatedImport valid = checked.valid();
			List<String> warnings = checked.warnings();
			try (Session session = this.driver.session(this.bookmarks.sessionConfig())) {
				warnings.addAll(StoredValues.fill(session, valid));
			}
			GraphWriter.Counters counters;
			try {
				counters = writeIntoEmpty(valid, progress);
				if (counters == null) {
					counters = new GraphWriter(this.driver, this.bookmarks.sessionConfig(), this.properties.batchSize(),
							this.properties.maxRowsPerTransaction(), this.properties.rowsPerCommit(),
							this.properties.transactionTimeout())
						.write(valid, progress);
				}
			}
			finally {
				// Cached answers are stale after an import (also a partly committed large
				// one), on any database.
				this.graphVersion.changed();
			}
			replanWithFreshStatistics();
			return new ImportReport(true, List.of(), warnings, checked.files(), counters.nodesCreated(),
					counters.relationshipsCreated(), counters.relationshipsDeleted(), millisSince(started));
		}
		finally {
			this.oneAtATime.unlock();
		}
	}

	/**
	 * Writes an import into an empty database of this JVM through Neo4j's Java API
	 * ({@link BulkWriter#writeInto}); null when the database is elsewhere, holds data, or
	 * refused the write (nothing of it remains; the import is then written through
	 * Cypher).
	 */
	private GraphWriter.Counters writeIntoEmpty(ValidatedImport valid, ImportProgress progress) {
		DatabaseManagementService dbms = this.properties.directWrite() ? this.inProcess.getIfAvailable() : null;
		if (dbms == null || valid.rows().values().stream().allMatch(List::isEmpty)) {
			return null;
		}
		try {
			BulkWriter.Written written = BulkWriter.writeInto(
					dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME), valid,
					this.properties.maxRowsPerTransaction(), this.properties.rowsPerCommit(),
					this.properties.transactionTimeout(), progress);
			if (written == null) {
				return null;
			}
			log.info("Import written into the empty database through Neo4j's Java API: %d nodes, %d relationships"
				.formatted(written.nodes(), written.relationships()));
			// Committed in this process's database: the driver's sessions see it at once.
			return new GraphWriter.Counters(written.nodes(), written.relationships(), 0, 0);
		}
		catch (RuntimeException ex) {
			log.info("The import into the empty database was refused (%s); writing it through Cypher"
				.formatted(ex.getMessage()));
			return null;
		}
	}

	/**
	 * Imports a folder of CSV files, a zip of them, or an XLSX workbook into a NEW
	 * database: {@code home} (the embedded database's data directory) must hold none yet.
	 * Validated as {@link #importPath} validates against an empty graph, then written by
	 * Neo4j's bulk importer, without transactions ({@link BulkWriter}); the constraints
	 * and indexes come with the database's first start (the verbs run
	 * {@code prepare-database} next). Nothing is written when a row is invalid.
	 * <p>
	 * The importer writes into {@code home/data/.bulk-import} ({@link #STAGING}); only a
	 * finished database is moved into {@code home/data}, its transaction logs first and
	 * its store last, each by one rename. So an import stopped at any point, by an error
	 * or by SIGKILL, leaves {@code home} without a database (never a half-written one
	 * that the next start would fail on), and the next import into a new database clears
	 * what it left. From the clearing to the move it holds the lock Neo4j holds while a
	 * database runs on {@code home} ({@link Neo4jLayout#storeLockFile()}): a server
	 * started meanwhile, or a second import, is refused instead of losing its files.
	 * @param out where the importer's progress goes (null: nowhere)
	 * @throws IllegalStateException when {@code home} already holds a database, or a
	 * database or another import uses it
	 */
	@ImportData
	public ImportReport importNewDatabase(Path path, Path home, java.io.PrintStream out) throws IOException {
		long started = System.nanoTime();
		refuseADatabase(home);
		Checked checked = check(new TableReader(pathLimits()).read(path), Validator.GraphKeys.NONE, started);
		if (checked.rejected()) {
			return checked.rejection(started);
		}
		Neo4jLayout layout = Neo4jLayout.of(home.toAbsolutePath());
		Files.createDirectories(layout.databasesDirectory());
		try (FileChannel channel = FileChannel.open(layout.storeLockFile(), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw new IllegalStateException(home.toAbsolutePath() + " is in use (a running database or another "
						+ "import): stop it first");
			}
			refuseADatabase(home);
			Path staging = home.resolve(STAGING);
			// Left by an import that was stopped: a database that was never finished.
			FileSystemUtils.deleteRecursively(staging);
			FileSystemUtils
				.deleteRecursively(EmbeddedNeo4jProperties.defaultDatabase(home).getTransactionLogsDirectory());
			Path work = Files.createTempDirectory("horizon-bulk-");
			try {
				BulkWriter.Written written = BulkWriter.write(checked.valid(), staging, work, out);
				publish(staging, home);
				return new ImportReport(true, List.of(), checked.warnings(), checked.files(), written.nodes(),
						written.relationships(), 0, millisSince(started));
			}
			finally {
				FileSystemUtils.deleteRecursively(work);
				FileSystemUtils.deleteRecursively(staging);
			}
		}
	}

	private static void refuseADatabase(Path home) {
		if (EmbeddedNeo4jProperties.holdsDatabase(home)) {
			throw new IllegalStateException(home.toAbsolutePath() + " already holds a database: "
					+ "bulk-import only creates a new one (use import to add to it)");
		}
	}

	/** The lock of {@code channel}, or null when another process or this one holds it. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * Where a new database is written, under its data directory, before it is moved into
	 * place (under {@code data}, on the same file system as the database's folders).
	 */
	public static final String STAGING = "data/.bulk-import";

	/**
	 * Moves the database the importer finished under {@code staging} into {@code home}:
	 * the transaction logs, then the store, whose arrival makes it a database
	 * ({@link EmbeddedNeo4jProperties#holdsDatabase}).
	 * @throws IOException when a folder cannot be renamed into place (e.g. the data
	 * directory's {@code databases} on another file system): nothing was moved, or only
	 * the transaction logs, which the next import clears
	 */
	private static void publish(Path staging, Path home) throws IOException {
		DatabaseLayout from = EmbeddedNeo4jProperties.defaultDatabase(staging);
		DatabaseLayout to = EmbeddedNeo4jProperties.defaultDatabase(home);
		move(from.getTransactionLogsDirectory(), to.getTransactionLogsDirectory());
		move(from.databaseDirectory(), to.databaseDirectory());
	}

	private static void move(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Resamples the indexes and forgets the planned queries after an import: planned on
	 * the statistics of the indexes before it (empty ones, for the demo city), the first
	 * coverage query after the demo city was loaded chose an index seek inside a
	 * semi-apply and ran past the 30 s limit, where fresh statistics answer in seconds.
	 * Needs the right to run it (the embedded database gives it; a server's user may not
	 * have it: then Neo4j resamples on its own schedule).
	 */
	private void replanWithFreshStatistics() {
		long started = System.nanoTime();
		try (Session session = this.driver.session(this.bookmarks.sessionConfig())) {
			session.run("CALL db.prepareForReplanning(300)").consume();
			log.debug("indexes resampled and plans cleared in %d ms".formatted(millisSince(started)));
		}
		catch (RuntimeException ex) {
			log.info("Could not resample the indexes after the import (%s); Neo4j will on its own schedule"
				.formatted(ex.getMessage()));
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** What validation reads from the graph. */
	private final class GraphKeys implements Validator.GraphKeys {

		@Override
		public Set<String> existing(String label, Collection<String> keys) {
			return IngestService.this.existing(label, keys);
		}

		@Override
		public Set<String> all(String label) {
			// Label and key come from the fixed format (codes of subjects and
			// competencies only).
			String property = ImportFormat.keyProperty(label);
			Set<String> found = new HashSet<>();
			try (Session session = IngestService.this.driver.session(IngestService.this.bookmarks.sessionConfig())) {
				session.executeRead((tx) -> {
					tx.run("MATCH (n:%s) RETURN n.%s AS key".formatted(label, property))
						.forEachRemaining((r) -> found.add(r.get("key").asString()));
					return null;
				});
			}
			return found;
		}

		@Override
		public List<Validator.StoredPair> pairsOfMentors(Collection<String> mentorIds) {
			List<Validator.StoredPair> pairs = new java.util.ArrayList<>();
			try (Session session = IngestService.this.driver.session(IngestService.this.bookmarks.sessionConfig())) {
				session.executeRead((tx) -> {
					tx.run("""
							UNWIND $ids AS id
							MATCH (:Teacher {id: id})-[:MENTOR_IN]->(p:MentoringPair)
							RETURN id, p.id AS pair, p.startedOn AS startedOn, p.endedOn AS endedOn""",
							Map.of("ids", List.copyOf(mentorIds)))
						.forEachRemaining((r) -> {
							if (!r.get("startedOn").isNull()) {
								pairs.add(new Validator.StoredPair(r.get("pair").asString(), r.get("id").asString(),
										r.get("startedOn").asLocalDate(),
										r.get("endedOn").isNull() ? null : r.get("endedOn").asLocalDate()));
							}
						});
					return null;
				});
			}
			return pairs;
		}

	}

	/** Which of {@code keys} the graph holds as nodes of {@code label}. */
	private Set<String> existing(String label, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		// Label and key come from the fixed format, never from the input; the keys are a
		// parameter.
		String property = ImportFormat.keyProperty(label);
		String cypher = "UNWIND $keys AS key MATCH (n:%s {%s: key}) RETURN n.%s AS key".formatted(label, property,
				property);
		Set<String> found = new HashSet<>();
		try (Session session = this.driver.session(this.bookmarks.sessionConfig())) {
			session.executeRead((tx) -> {
				tx.run(cypher, Map.of("keys", List.copyOf(keys)))
					.forEachRemaining((r) -> found.add(r.get("key").asString()));
				return null;
			});
		}
		return found;
	}

}
