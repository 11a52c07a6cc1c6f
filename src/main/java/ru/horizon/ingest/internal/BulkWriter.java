package ru.horizon.ingest.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.output.TeeOutputStream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import ru.horizon.ingest.ImportProgress;
import ru.horizon.system.cache.GraphVersion;

/**
 * Writes a validated import into a NEW database with Neo4j's bulk importer
 * ({@code neo4j-admin database import full}, run in this JVM), for a data directory that
 * holds no database yet: the same graph as {@link GraphWriter} writes into an empty one
 * ({@code BulkImportTests} compares the two node by node and relationship by
 * relationship), without transactions. What each file becomes is spelled out here as the
 * importer's node and relationship files; the employments come from
 * {@link GraphWriter#employments}, the one home of that rule.
 * <p>
 * The importer needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (the jar's
 * manifest, the build's test and run settings carry it).
 */
public final class BulkWriter {

	/**
	 * A node or relationship file of the importer: a header and its rows. Nodes get their
	 * ids here (numbered across every file: the importer's {@code actual} ids, so it
	 * needs no map from keys to nodes), their key stays a property; a relationship's ends
	 * are given by key and written as those ids.
	 */
	private final class ImportFile {

		final String kind;

		final String group;

		final String from;

		final String to;

		final List<String> header = new ArrayList<>();

		final List<List<Object>> rows = new ArrayList<>();

		ImportFile(String kind, String group, String from, String to, String... header) {
			this.kind = kind;
			this.group = group;
			this.from = from;
			this.to = to;
			this.header.addAll(List.of(header));
		}

		/** A node: its key, then its other values; a relationship: from, to, values. */
		void add(Object... values) {
			List<Object> row = new ArrayList<>(values.length + 1);
			if (this.kind.equals("nodes")) {
				long id = BulkWriter.this.nextId++;
				if (BulkWriter.this.ids.computeIfAbsent(this.group, (g) -> new java.util.HashMap<>())
					.put((String) values[0], id) != null) {
					throw new IllegalStateException("two %s nodes with the key %s".formatted(this.group, values[0]));
				}
				row.add(id);
				row.addAll(java.util.Arrays.asList(values));
			}
			else {
				row.add(BulkWriter.this.id(this.from, values[0]));
				row.add(BulkWriter.this.id(this.to, values[1]));
				row.addAll(java.util.Arrays.asList(values).subList(2, values.length));
			}
			this.rows.add(row);
		}

	}

	/** Node ids by label and key. */
	private final Map<String, Map<String, Long>> ids = new java.util.HashMap<>();

	private long nextId;

	private long id(String label, Object key) {
		Long id = this.ids.getOrDefault(label, Map.of()).get(key);
		if (id == null) {
			// The validator has checked every reference: this is a defect, not bad input.
			throw new IllegalStateException("no %s with the key %s".formatted(label, key));
		}
		return id;
	}

	/** Property names of the graph by column of the files. */
	private static final Map<String, String> PROPERTY = Map.ofEntries(Map.entry("full_name", "fullName"),
			Map.entry("teaching_since", "teachingSince"), Map.entry("weekly_hours", "weeklyHours"),
			Map.entry("birth_year", "birthYear"), Map.entry("started_on", "startedOn"),
			Map.entry("ended_on", "endedOn"), Map.entry("planned_hours", "plannedHours"),
			Map.entry("assessed_on", "assessedOn"));

	private final List<ImportFile> files = new ArrayList<>();

	private final Map<String, List<Map<String, Object>>> rows;

	private BulkWriter(Map<String, List<Map<String, Object>>> rows) {
		this.rows = rows;
	}

	/** What was written: nodes and relationships, and the importer's last words. */
	public record Written(long nodes, long relationships, String report) {
	}

	/**
	 * Imports {@code valid} into a new database {@code neo4j} under {@code home} (the
	 * embedded database's data directory), through files in {@code work}; the importer's
	 * progress goes to {@code out} (null: nowhere).
	 * @return what was written
	 * @throws IllegalStateException when the importer fails (what it left is the caller's
	 * to remove: {@code IngestService} has it write into a staging directory that it
	 * deletes)
	 */
	public static Written write(ValidatedImport valid, Path home, Path work, PrintStream out) throws IOException {
		BulkWriter writer = new BulkWriter(valid.rows());
		writer.nodes();
		writer.relationships();
		List<String> arguments = new ArrayList<>();
		int n = 0;
		for (ImportFile file : writer.files) {
			if (file.rows.isEmpty()) {
				continue;
			}
			Path csv = work.resolve("%02d-%s.csv".formatted(n++, file.group.replace(':', '_')));
			writer.print(file, csv);
			arguments.add("--" + file.kind + "=" + file.group + "=" + csv.toAbsolutePath());
		}
		arguments.addAll(List.of("--id-type=actual", "--multiline-fields=true", "--skip-bad-relationships=false",
				"--skip-duplicate-nodes=false", "--overwrite-destination=false", "neo4j"));
		Path absolute = home.toAbsolutePath();
		Files.createDirectories(absolute.resolve("conf"));
		java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
		PrintStream captured = new PrintStream(report, true, StandardCharsets.UTF_8);
		PrintStream both = (out != null)
				? new PrintStream(new TeeOutputStream(out, captured), true, StandardCharsets.UTF_8) : captured;
		try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			ExecutionContext context = new ExecutionContext(absolute, absolute.resolve("conf"), both, both, fs);
			int exit = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
			if (exit != 0) {
				throw new IllegalStateException("Neo4j's bulk importer failed (exit %d): %s".formatted(exit,
						lastLines(report.toString(StandardCharsets.UTF_8))));
			}
		}
		return writer.written(lastLines(report.toString(StandardCharsets.UTF_8)));
	}

	/** The nodes and relationships of the files, with the importer's last words. */
	private Written written(String report) {
		long nodes = this.files.stream().filter((f) -> f.kind.equals("nodes")).mapToLong((f) -> f.rows.size()).sum();
		long all = this.files.stream().mapToLong((f) -> f.rows.size()).sum();
		return new Written(nodes, all - nodes, report);
	}

	/**
	 * Writes {@code valid} into {@code database}, an in-process database that holds no
	 * node but Horizon's own bookkeeping (labels beginning with {@code __}), through
	 * Neo4j's Java API: the nodes and relationships the bulk importer gets, without
	 * Cypher (whose planning and row-by-row evaluation took most of an import into an
	 * empty database). One transaction when there are at most
	 * {@code maxRowsPerTransaction} nodes and relationships; otherwise a commit every
	 * {@code rowsPerCommit}, and a failure deletes what the earlier commits wrote.
	 * @param timeout the longest one transaction may run
	 * @return what was written; null, having written nothing, when the database holds
	 * other nodes
	 * @throws RuntimeException when Neo4j refuses the write (a constraint: a node that
	 * appeared meanwhile); nothing of it remains
	 */
	public static Written writeInto(GraphDatabaseService database, ValidatedImport valid, long maxRowsPerTransaction,
			long rowsPerCommit, Duration timeout, ImportProgress progress) {
		BulkWriter writer = new BulkWriter(valid.rows());
		writer.nodes();
		writer.relationships();
		Written written = writer.written("");
		long total = written.nodes() + written.relationships();
		long commitEvery = (total > maxRowsPerTransaction) ? Math.max(1, rowsPerCommit) : Long.MAX_VALUE;
		boolean committed = false;
		Transaction tx = begin(database, timeout);
		if (holdsData(tx)) {
			tx.close();
			return null;
		}
		WrittenNodes nodes = new WrittenNodes(Math.toIntExact(writer.nextId), tx);
		progress.writing(total);
		try {
			long inTransaction = 0;
			for (ImportFile file : writer.files) {
				boolean isNodes = file.kind.equals("nodes");
				Label[] labels = { Label.label(file.group) };
				int labelColumn = file.header.indexOf(":LABEL");
				RelationshipType type = isNodes ? null : RelationshipType.withName(file.group);
				for (List<Object> row : file.rows) {
					Entity entity;
					if (isNodes) {
						Node node = tx
							.createNode((labelColumn < 0) ? labels : labels(file.group, row.get(labelColumn)));
						node.setProperty(file.header.get(1), row.get(1));
						nodes.add(Math.toIntExact((Long) row.get(0)), node);
						entity = node;
					}
					else {
						entity = nodes.get(Math.toIntExact((Long) row.get(0)))
							.createRelationshipTo(nodes.get(Math.toIntExact((Long) row.get(1))), type);
					}
					for (int c = 2; c < row.size(); c++) {
						Object value = property(row.get(c));
						if (value != null && c != labelColumn) {
							entity.setProperty(propertyName(file.header.get(c)), value);
						}
					}
					if (++inTransaction >= commitEvery) {
						tx.commit();
						tx.close();
						committed = true;
						tx = begin(database, timeout);
						nodes.bindTo(tx);
						inTransaction = 0;
					}
				}
				progress.written(file.group, file.rows.size());
			}
			tx.commit();
		}
		catch (RuntimeException ex) {
			if (committed) {
				deleteWritten(database, nodes, timeout);
			}
			throw ex;
		}
		finally {
			tx.close();
			progress.done();
		}
		return written;
	}

	/**
	 * Whether the database holds a node that is not Horizon's bookkeeping (labels
	 * beginning with {@code __}): one row, {@code holds} (boolean). Stops at the first
	 * such node.
	 */
	public static final String HOLDS_DATA = """
			OPTIONAL MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
			WITH n LIMIT 1
			RETURN n IS NOT NULL AS holds""";

	private static boolean holdsData(Transaction tx) {
		try (var result = tx.execute(HOLDS_DATA)) {
			return (Boolean) result.next().get("holds");
		}
	}

	private static Label[] labels(String group, Object column) {
		List<Label> labels = new ArrayList<>();
		labels.add(Label.label(group));
		for (String name : String.valueOf(column).split(";")) {
			if (!name.isBlank() && !name.equals(group)) {
				labels.add(Label.label(name));
			}
		}
		return labels.toArray(Label[]::new);
	}

	/** A header's property name: {@code teachingSince:date} is {@code teachingSince}. */
	private static String propertyName(String header) {
		int colon = header.indexOf(':');
		return (colon < 0) ? header : header.substring(0, colon);
	}

	/**
	 * A value as the bulk importer stores its cell: whole numbers as longs, lists as
	 * string arrays, empty strings and lists as no property.
	 */
	private static Object property(Object value) {
		return switch (value) {
			case null -> null;
			case Integer number -> number.longValue();
			case String text -> text.isEmpty() ? null : text;
			case List<?> list -> list.isEmpty() ? null : list.stream().map(String::valueOf).toArray(String[]::new);
			default -> value;
		};
	}

	/**
	 * The nodes written so far, by their number in the import: their ids, and each one's
	 * proxy in the open transaction, looked up on first use after a commit (looking every
	 * node up again after each commit cost more than the commits saved).
	 */
	private static final class WrittenNodes {

		private final long[] ids;

		private final Node[] bound;

		private Transaction tx;

		WrittenNodes(int size, Transaction tx) {
			this.ids = new long[size];
			Arrays.fill(this.ids, -1);
			this.bound = new Node[size];
			this.tx = tx;
		}

		@SuppressWarnings("deprecation") // the id of a node written by this import
		void add(int number, Node node) {
			this.ids[number] = node.getId();
			this.bound[number] = node;
		}

		@SuppressWarnings("deprecation")
		Node get(int number) {
			Node node = this.bound[number];
			if (node == null) {
				node = this.tx.getNodeById(this.ids[number]);
				this.bound[number] = node;
			}
			return node;
		}

		void bindTo(Transaction tx) {
			this.tx = tx;
			Arrays.fill(this.bound, null);
		}

	}

	/**
	 * A transaction marked as one of an importer's ({@link GraphVersion#BULK_WRITE}): its
	 * commit does not wait for the warm-up.
	 */
	private static Transaction begin(GraphDatabaseService database, Duration timeout) {
		Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
		((InternalTransaction) tx).setMetaData(GraphVersion.BULK_WRITE);
		return tx;
	}

	/** Removes what earlier commits of a failed write wrote, in batches. */
	@SuppressWarnings("deprecation")
	private static void deleteWritten(GraphDatabaseService database, WrittenNodes nodes, Duration timeout) {
		int i = 0;
		while (i < nodes.ids.length) {
			try (Transaction tx = begin(database, timeout)) {
				for (int n = 0; i < nodes.ids.length && n < 10_000; i++) {
					if (nodes.ids[i] < 0) {
						continue;
					}
					try {
						Node node = tx.getNodeById(nodes.ids[i]);
						node.getRelationships().forEach(Relationship::delete);
						node.delete();
						n++;
					}
					catch (org.neo4j.graphdb.NotFoundException ex) {
						// Not committed: nothing to delete.
					}
				}
				tx.commit();
			}
		}
	}

	private void nodes() {
		nodes("Region", "id:ID(Region)", rows("regions"), "name");
		nodes("Municipality", "id:ID(Municipality)", rows("municipalities"), "name");
		nodes("District", "id:ID(District)", rows("districts"), "name");
		nodes("Organization", "id:ID(Organization)", rows("organizations"), "name", "kind", "subtype", "flags");
		// Codes named by teachers, pairs and events but by no file: named by their code.
		Map<String, String> subjects = new LinkedHashMap<>();
		rows("subjects").forEach((r) -> subjects.put((String) r.get("code"), (String) r.get("name")));
		rows("teachers").forEach((r) -> list(r.get("subjects")).forEach((code) -> subjects.putIfAbsent(code, code)));
		ImportFile subject = node("Subject", "code:ID(Subject)", "name");
		subjects.forEach(subject::add);
		Map<String, Map<String, Object>> competencies = new LinkedHashMap<>();
		rows("competencies").forEach((r) -> competencies.put((String) r.get("code"), r));
		for (String file : List.of("mentoring_pairs", "events")) {
			String column = file.equals("events") ? "competencies" : "focus";
			rows(file).forEach((r) -> list(r.get(column))
				.forEach((code) -> competencies.putIfAbsent(code, Map.of("code", code, "name", code))));
		}
		nodes("Competency", "code:ID(Competency)", List.copyOf(competencies.values()), "name", "area");
		nodes("Teacher", "id:ID(Teacher)", rows("teachers"), "full_name", "position", "teaching_since", "category",
				"weekly_hours", "birth_year");
		nodes("MentoringPair", "id:ID(MentoringPair)", rows("mentoring_pairs"), "started_on", "ended_on", "form",
				"planned_hours", "satisfaction");
		List<Map<String, Object>> groups = rows("groups").stream().map((r) -> {
			Map<String, Object> row = new LinkedHashMap<>(r);
			row.put(":LABEL", "INNOVATION_COMPLEX".equals(r.get("kind")) ? "Group;InnovationComplex" : "Group;Network");
			return row;
		}).toList();
		nodes("Group", "id:ID(Group)", groups, ":LABEL", "name", "kind", "direction", "started_on", "ended_on");
		nodes("Event", "id:ID(Event)", rows("events"), "title", "format", "date", "level");
		// An award is one node per title; its kind is the last row's, as an upsert leaves
		// it.
		Map<String, Object> awardKinds = new LinkedHashMap<>();
		rows("awards").forEach((r) -> awardKinds.put((String) r.get("title"), r.get("kind")));
		ImportFile awards = node("Award", "title:ID(Award)", "kind");
		awardKinds.forEach(awards::add);
	}

	private void relationships() {
		ImportFile inRegion = relationship("IN_REGION", "Municipality", "Region");
		rows("municipalities").stream()
			.filter((r) -> r.get("region_id") != null)
			.forEach((r) -> inRegion.add(r.get("id"), r.get("region_id")));
		ImportFile districtIn = relationship("IN_MUNICIPALITY", "District", "Municipality");
		rows("districts").stream()
			.filter((r) -> r.get("municipality_id") != null)
			.forEach((r) -> districtIn.add(r.get("id"), r.get("municipality_id")));
		ImportFile inDistrict = relationship("IN_DISTRICT", "Organization", "District");
		ImportFile organizationIn = relationship("IN_MUNICIPALITY", "Organization", "Municipality");
		for (Map<String, Object> r : rows("organizations")) {
			if (r.get("district_id") != null) {
				inDistrict.add(r.get("id"), r.get("district_id"));
			}
			else if (r.get("municipality_id") != null) {
				organizationIn.add(r.get("id"), r.get("municipality_id"));
			}
		}
		ImportFile teaches = relationship("TEACHES", "Teacher", "Subject");
		rows("teachers").forEach((r) -> list(r.get("subjects")).forEach((code) -> teaches.add(r.get("id"), code)));
		relationships("WORKS_AT", "Teacher", "teacher_id", "Organization", "organization_id",
				GraphWriter.employments(this.rows), "since", "until", "main");
		ImportFile mentors = relationship("MENTOR_IN", "Teacher", "MentoringPair");
		ImportFile mentees = relationship("MENTEE_IN", "Teacher", "MentoringPair");
		ImportFile focus = relationship("FOCUSES_ON", "MentoringPair", "Competency");
		for (Map<String, Object> r : rows("mentoring_pairs")) {
			mentors.add(r.get("mentor_id"), r.get("id"));
			mentees.add(r.get("mentee_id"), r.get("id"));
			list(r.get("focus")).forEach((code) -> focus.add(r.get("id"), code));
		}
		ImportFile coordinated = relationship("COORDINATED_BY", "Group", "Organization");
		rows("groups").stream()
			.filter((r) -> r.get("coordinator_org_id") != null)
			.forEach((r) -> coordinated.add(r.get("id"), r.get("coordinator_org_id")));
		for (String type : List.of("TEACHER", "ORGANIZATION")) {
			relationships("MEMBER_OF", type.equals("TEACHER") ? "Teacher" : "Organization", "member_id", "Group",
					"group_id", rows("memberships").stream().filter((r) -> type.equals(r.get("member_type"))).toList(),
					"role", "since", "until");
		}
		ImportFile hosted = relationship("HOSTED_BY", "Event", "Organization");
		ImportFile organized = relationship("ORGANIZED_BY", "Event", "Group");
		ImportFile addresses = relationship("ADDRESSES", "Event", "Competency");
		for (Map<String, Object> r : rows("events")) {
			if (r.get("host_org_id") != null) {
				hosted.add(r.get("id"), r.get("host_org_id"));
			}
			if (r.get("group_id") != null) {
				organized.add(r.get("id"), r.get("group_id"));
			}
			list(r.get("competencies")).forEach((code) -> addresses.add(r.get("id"), code));
		}
		relationships("PARTICIPATED_IN", "Teacher", "teacher_id", "Event", "event_id", rows("participations"), "role");
		for (String kind : List.of("DEFICIT", "STRENGTH")) {
			relationships("HAS_" + kind, "Teacher", "teacher_id", "Competency", "competency_code",
					rows("teacher_competencies").stream().filter((r) -> kind.equals(r.get("kind"))).toList(), "level",
					"assessed_on", "source");
		}
		// One RECEIVED per teacher and award, with the last row's year (as an upsert).
		Map<List<Object>, Map<String, Object>> received = new LinkedHashMap<>();
		rows("awards").forEach((r) -> received.put(List.of(r.get("teacher_id"), r.get("title")), r));
		relationships("RECEIVED", "Teacher", "teacher_id", "Award", "title", List.copyOf(received.values()), "year");
	}

	private List<Map<String, Object>> rows(String file) {
		return this.rows.getOrDefault(file, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	/**
	 * A node file of {@code label}, its key {@code key} (a header such as
	 * {@code id:ID(Teacher)}: the key's name, then its label), then {@code header}.
	 */
	private ImportFile node(String label, String key, String... header) {
		List<String> columns = new ArrayList<>(List.of(":ID", key.substring(0, key.indexOf(':'))));
		columns.addAll(List.of(header));
		ImportFile file = new ImportFile("nodes", label, null, null, columns.toArray(String[]::new));
		this.files.add(file);
		return file;
	}

	private ImportFile relationship(String type, String from, String to) {
		ImportFile file = new ImportFile("relationships", type, from, to, ":START_ID", ":END_ID");
		this.files.add(file);
		return file;
	}

	/** Nodes of {@code rows}: the key, then {@code columns} typed by their values. */
	private void nodes(String group, String id, List<Map<String, Object>> rows, String... columns) {
		ImportFile file = node(group, id);
		addTyped(file, rows, List.of(columns));
		String key = id.substring(0, id.indexOf(':'));
		for (Map<String, Object> row : rows) {
			List<Object> values = new ArrayList<>();
			values.add(row.get(key));
			for (String column : columns) {
				values.add(row.get(column));
			}
			file.add(values.toArray());
		}
	}

	private void relationships(String type, String from, String fromColumn, String to, String toColumn,
			List<Map<String, Object>> rows, String... columns) {
		ImportFile file = relationship(type, from, to);
		addTyped(file, rows, List.of(columns));
		for (Map<String, Object> row : rows) {
			List<Object> values = new ArrayList<>();
			values.add(row.get(fromColumn));
			values.add(row.get(toColumn));
			for (String column : columns) {
				values.add(row.get(column));
			}
			file.add(values.toArray());
		}
	}

	/** The headers of {@code columns}: the graph's property name and the values' type. */
	private static void addTyped(ImportFile file, List<Map<String, Object>> rows, List<String> columns) {
		for (String column : columns) {
			if (column.equals(":LABEL")) {
				file.header.add(column);
				continue;
			}
			Object sample = rows.stream().map((r) -> r.get(column)).filter((v) -> v != null).findFirst().orElse(null);
			String type = switch (sample) {
				case LocalDate date -> ":date";
				case Long number -> ":long";
				case Integer number -> ":long";
				case Double number -> ":double";
				case Boolean bool -> ":boolean";
				case List<?> list -> ":string[]";
				case null, default -> "";
			};
			file.header.add(PROPERTY.getOrDefault(column, column) + type);
		}
	}

	private void print(ImportFile file, Path csv) throws IOException {
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
			printer.printRecord(file.header);
			for (List<Object> row : file.rows) {
				List<String> cells = new ArrayList<>(row.size());
				for (Object value : row) {
					cells.add(cell(value));
				}
				printer.printRecord(cells);
			}
		}
	}

	private static String cell(Object value) {
		return switch (value) {
			case null -> "";
			case List<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(";"));
			default -> value.toString();
		};
	}

	private static String lastLines(String text) {
		List<String> lines = text.lines().filter((l) -> !l.isBlank()).toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
	}

}
