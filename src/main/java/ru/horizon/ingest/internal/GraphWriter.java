package ru.horizon.ingest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;

import ru.horizon.ingest.ImportProgress;
import ru.horizon.system.cache.GraphVersion;

/**
 * Writes a validated import: {@code UNWIND $rows} batches that {@code MERGE} every node
 * on its constrained key, so writing the same files twice leaves the same graph. Every
 * relationship that a row describes whole (a teacher's subjects and employments, a pair's
 * partners and focus, an organization's district, ...) is replaced by what the row says.
 * Rows of nodes that the graph does not hold yet take a cheaper path to the same graph:
 * {@code CREATE} instead of {@code MERGE}, and nothing to replace (a new node has no
 * relationships; neither does a relationship row with a new node at one end).
 * <p>
 * Everything is written in ONE transaction when the import has at most
 * {@code maxRowsPerTransaction} rows: a failure or a killed process leaves the graph as
 * it was. A larger import commits every {@code rowsPerCommit} rows (a transaction's state
 * lives in the heap: two million rows of a nation's import took more than 12 GiB); each
 * commit is an upsert, so running the same import again reaches the same end state.
 */
public final class GraphWriter {

	/** Totals of what the database changed. */
	public record Counters(long nodesCreated, long relationshipsCreated, long relationshipsDeleted,
			long propertiesSet) {

		Counters plus(SummaryCounters c) {
			return new Counters(this.nodesCreated + c.nodesCreated(),
					this.relationshipsCreated + c.relationshipsCreated(),
					this.relationshipsDeleted + c.relationshipsDeleted(), this.propertiesSet + c.propertiesSet());
		}

	}

	/** {@code rows} of {@code file} for the statement {@code name} of {@link #CYPHER}. */
	private record Statement(String file, String name, List<Map<String, Object>> rows, boolean counted) {

		boolean creates() {
			return this.name.endsWith(":create");
		}

	}

	private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private static final Log log = LogFactory.getLog(GraphWriter.class);

	private static final Map<String, String> CYPHER = new LinkedHashMap<>();

	/**
	 * An event's host, organizing group and competencies, for a row's event {@code e}.
	 */
	private static final String EVENT_LINKS = """
			CALL (e, row) {
				WITH * WHERE row.host_org_id IS NOT NULL
				MATCH (o:Organization {id: row.host_org_id})
				CREATE (e)-[:HOSTED_BY]->(o)
			}
			CALL (e, row) {
				WITH * WHERE row.group_id IS NOT NULL
				MATCH (g:Group {id: row.group_id})
				CREATE (e)-[:ORGANIZED_BY]->(g)
			}
			CALL (e, row) {
				UNWIND row.competencies AS code
				MERGE (c:Competency {code: code}) ON CREATE SET c.name = code
				CREATE (e)-[:ADDRESSES]->(c)
			}""";

	/** A pair's mentor, mentee and focus, for a row's pair {@code p}. */
	private static final String PAIR_LINKS = """
			CALL (p, row) {
				MATCH (mentor:Teacher {id: row.mentor_id})
				MATCH (mentee:Teacher {id: row.mentee_id})
				CREATE (mentor)-[:MENTOR_IN]->(p)
				CREATE (mentee)-[:MENTEE_IN]->(p)
			}
			CALL (p, row) {
				UNWIND row.focus AS code
				MERGE (c:Competency {code: code}) ON CREATE SET c.name = code
				CREATE (p)-[:FOCUSES_ON]->(c)
			}""";

	/**
	 * A membership row's group {@code g} and member {@code m} (a teacher or an
	 * organization).
	 */
	private static final String MEMBERSHIP_ENDS = """
			MATCH (g:Group {id: row.group_id})
			CALL (row) {
				MATCH (m:Teacher {id: row.member_id}) WHERE row.member_type = 'TEACHER'
				RETURN m
				UNION
				MATCH (m:Organization {id: row.member_id}) WHERE row.member_type = 'ORGANIZATION'
				RETURN m
			}""";

	static {
		CYPHER.put("regions", """
				UNWIND $rows AS row
				MERGE (n:Region {id: row.id})
				SET n.name = row.name""");
		CYPHER.put("municipalities", """
				UNWIND $rows AS row
				MERGE (n:Municipality {id: row.id})
				SET n.name = row.name
				WITH n, row
				CALL (n) { MATCH (n)-[r:IN_REGION]->() DELETE r }
				CALL (n, row) {
					WITH * WHERE row.region_id IS NOT NULL
					MATCH (x:Region {id: row.region_id})
					MERGE (n)-[:IN_REGION]->(x)
				}""");
		CYPHER.put("districts", """
				UNWIND $rows AS row
				MERGE (n:District {id: row.id})
				SET n.name = row.name
				WITH n, row
				CALL (n) { MATCH (n)-[r:IN_MUNICIPALITY]->() DELETE r }
				CALL (n, row) {
					WITH * WHERE row.municipality_id IS NOT NULL
					MATCH (x:Municipality {id: row.municipality_id})
					MERGE (n)-[:IN_MUNICIPALITY]->(x)
				}""");
		CYPHER.put("organizations", """
				UNWIND $rows AS row
				MERGE (o:Organization {id: row.id})
				SET o.name = row.name, o.kind = row.kind, o.subtype = row.subtype, o.flags = row.flags
				WITH o, row
				CALL (o) { MATCH (o)-[r:IN_DISTRICT|IN_MUNICIPALITY]->() DELETE r }
				CALL (o, row) {
					WITH * WHERE row.district_id IS NOT NULL
					MATCH (d:District {id: row.district_id})
					MERGE (o)-[:IN_DISTRICT]->(d)
				}
				CALL (o, row) {
					WITH * WHERE row.district_id IS NULL AND row.municipality_id IS NOT NULL
					MATCH (m:Municipality {id: row.municipality_id})
					MERGE (o)-[:IN_MUNICIPALITY]->(m)
				}""");
		// Organizations new to the graph: no relationships of theirs to replace yet.
		CYPHER.put("organizations:create",
				"""
						UNWIND $rows AS row
						CREATE (o:Organization {id: row.id, name: row.name, kind: row.kind, subtype: row.subtype, flags: row.flags})
						WITH o, row
						CALL (o, row) {
							WITH * WHERE row.district_id IS NOT NULL
							MATCH (d:District {id: row.district_id})
							CREATE (o)-[:IN_DISTRICT]->(d)
						}
						CALL (o, row) {
							WITH * WHERE row.district_id IS NULL AND row.municipality_id IS NOT NULL
							MATCH (m:Municipality {id: row.municipality_id})
							CREATE (o)-[:IN_MUNICIPALITY]->(m)
						}""");
		CYPHER.put("subjects", """
				UNWIND $rows AS row
				MERGE (n:Subject {code: row.code})
				SET n.name = row.name""");
		CYPHER.put("competencies", """
				UNWIND $rows AS row
				MERGE (n:Competency {code: row.code})
				SET n.name = row.name, n.area = row.area""");
		CYPHER.put("teachers", """
				UNWIND $rows AS row
				MERGE (t:Teacher {id: row.id})
				SET t.fullName = row.full_name, t.position = row.position, t.teachingSince = row.teaching_since,
					t.category = row.category, t.weeklyHours = row.weekly_hours, t.birthYear = row.birth_year
				WITH t, row
				CALL (t, row) {
					MATCH (t)-[r:TEACHES|WORKS_AT]->()
					WHERE type(r) = 'TEACHES' OR row.keep_employments IS NULL
					DELETE r
				}
				CALL (t, row) {
					UNWIND row.subjects AS code
					MERGE (s:Subject {code: code}) ON CREATE SET s.name = code
					CREATE (t)-[:TEACHES]->(s)
				}""");
		CYPHER.put("teachers:create", """
				UNWIND $rows AS row
				CREATE (t:Teacher {id: row.id, fullName: row.full_name, position: row.position,
					teachingSince: row.teaching_since, category: row.category, weeklyHours: row.weekly_hours,
					birthYear: row.birth_year})
				WITH t, row
				UNWIND row.subjects AS code
				MERGE (s:Subject {code: code}) ON CREATE SET s.name = code
				CREATE (t)-[:TEACHES]->(s)""");
		CYPHER.put("employments:reset", """
				UNWIND $rows AS id
				MATCH (t:Teacher {id: id})-[r:WORKS_AT]->()
				DELETE r""");
		CYPHER.put("employments", """
				UNWIND $rows AS row
				MATCH (t:Teacher {id: row.teacher_id})
				MATCH (o:Organization {id: row.organization_id})
				CREATE (t)-[:WORKS_AT {since: row.since, until: row.until, main: row.main}]->(o)""");
		CYPHER.put("mentoring_pairs", """
				UNWIND $rows AS row
				MERGE (p:MentoringPair {id: row.id})
				SET p.startedOn = row.started_on, p.endedOn = row.ended_on, p.form = row.form,
					p.plannedHours = row.planned_hours, p.satisfaction = row.satisfaction
				WITH p, row
				CALL (p) { MATCH (p)-[r:MENTOR_IN|MENTEE_IN|FOCUSES_ON]-() DELETE r }
				%s""".formatted(PAIR_LINKS));
		CYPHER.put("mentoring_pairs:create", """
				UNWIND $rows AS row
				CREATE (p:MentoringPair {id: row.id, startedOn: row.started_on, endedOn: row.ended_on, form: row.form,
					plannedHours: row.planned_hours, satisfaction: row.satisfaction})
				WITH p, row
				%s""".formatted(PAIR_LINKS));
		CYPHER.put("groups", """
				UNWIND $rows AS row
				MERGE (g:Group {id: row.id})
				SET g.name = row.name, g.kind = row.kind, g.direction = row.direction, g.startedOn = row.started_on,
					g.endedOn = row.ended_on
				WITH g, row
				CALL (g, row) { WITH * WHERE row.kind = 'INNOVATION_COMPLEX' SET g:InnovationComplex REMOVE g:Network }
				CALL (g, row) { WITH * WHERE row.kind <> 'INNOVATION_COMPLEX' SET g:Network REMOVE g:InnovationComplex }
				CALL (g) { MATCH (g)-[r:COORDINATED_BY]->() DELETE r }
				CALL (g, row) {
					WITH * WHERE row.coordinator_org_id IS NOT NULL
					MATCH (o:Organization {id: row.coordinator_org_id})
					MERGE (g)-[:COORDINATED_BY]->(o)
				}""");
		CYPHER.put("groups:create", """
				UNWIND $rows AS row
				CREATE (g:Group {id: row.id, name: row.name, kind: row.kind, direction: row.direction,
					startedOn: row.started_on, endedOn: row.ended_on})
				WITH g, row
				CALL (g, row) { WITH * WHERE row.kind = 'INNOVATION_COMPLEX' SET g:InnovationComplex }
				CALL (g, row) { WITH * WHERE row.kind <> 'INNOVATION_COMPLEX' SET g:Network }
				CALL (g, row) {
					WITH * WHERE row.coordinator_org_id IS NOT NULL
					MATCH (o:Organization {id: row.coordinator_org_id})
					CREATE (g)-[:COORDINATED_BY]->(o)
				}""");
		CYPHER.put("memberships", """
				UNWIND $rows AS row
				%s
				MERGE (m)-[r:MEMBER_OF]->(g)
				SET r.role = row.role, r.since = row.since, r.until = row.until""".formatted(MEMBERSHIP_ENDS));
		// A group or member new to the graph has no membership yet: each row is a new
		// one.
		CYPHER.put("memberships:create", """
				UNWIND $rows AS row
				%s
				CREATE (m)-[:MEMBER_OF {role: row.role, since: row.since, until: row.until}]->(g)"""
			.formatted(MEMBERSHIP_ENDS));
		CYPHER.put("events", """
				UNWIND $rows AS row
				MERGE (e:Event {id: row.id})
				SET e.title = row.title, e.format = row.format, e.date = row.date, e.level = row.level
				WITH e, row
				CALL (e) { MATCH (e)-[r:HOSTED_BY|ORGANIZED_BY|ADDRESSES]->() DELETE r }
				%s""".formatted(EVENT_LINKS));
		CYPHER.put("events:create", """
				UNWIND $rows AS row
				CREATE (e:Event {id: row.id, title: row.title, format: row.format, date: row.date, level: row.level})
				WITH e, row
				%s""".formatted(EVENT_LINKS));
		CYPHER.put("participations", """
				UNWIND $rows AS row
				MATCH (e:Event {id: row.event_id})
				MATCH (t:Teacher {id: row.teacher_id})
				MERGE (t)-[r:PARTICIPATED_IN]->(e)
				SET r.role = row.role""");
		CYPHER.put("participations:create", """
				UNWIND $rows AS row
				MATCH (e:Event {id: row.event_id})
				MATCH (t:Teacher {id: row.teacher_id})
				CREATE (t)-[:PARTICIPATED_IN {role: row.role}]->(e)""");
		CYPHER.put("teacher_competencies:DEFICIT", """
				UNWIND $rows AS row
				MATCH (t:Teacher {id: row.teacher_id})
				MATCH (c:Competency {code: row.competency_code})
				MERGE (t)-[r:HAS_DEFICIT]->(c)
				SET r.level = row.level, r.assessedOn = row.assessed_on, r.source = row.source""");
		CYPHER.put("teacher_competencies:STRENGTH", """
				UNWIND $rows AS row
				MATCH (t:Teacher {id: row.teacher_id})
				MATCH (c:Competency {code: row.competency_code})
				MERGE (t)-[r:HAS_STRENGTH]->(c)
				SET r.level = row.level, r.assessedOn = row.assessed_on, r.source = row.source""");
		CYPHER.put("teacher_competencies:DEFICIT:create", """
				UNWIND $rows AS row
				MATCH (t:Teacher {id: row.teacher_id})
				MATCH (c:Competency {code: row.competency_code})
				CREATE (t)-[:HAS_DEFICIT {level: row.level, assessedOn: row.assessed_on, source: row.source}]->(c)""");
		CYPHER.put("teacher_competencies:STRENGTH:create", """
				UNWIND $rows AS row
				MATCH (t:Teacher {id: row.teacher_id})
				MATCH (c:Competency {code: row.competency_code})
				CREATE (t)-[:HAS_STRENGTH {level: row.level, assessedOn: row.assessed_on, source: row.source}]->(c)""");
		CYPHER.put("awards", """
				UNWIND $rows AS row
				MATCH (t:Teacher {id: row.teacher_id})
				MERGE (a:Award {title: row.title})
				SET a.kind = row.kind
				MERGE (t)-[r:RECEIVED]->(a)
				SET r.year = row.year""");
	}

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final int batchSize;

	private final long maxRowsPerTransaction;

	private final long rowsPerCommit;

	private final Duration timeout;

	/**
	 * @param driver the database
	 * @param sessionConfig the session's configuration (the application's bookmarks, so
	 * reads that follow see the import also on a cluster's followers)
	 * @param batchSize rows per {@code UNWIND}
	 * @param maxRowsPerTransaction rows up to which the import is one transaction
	 * @param rowsPerCommit rows per transaction of a larger import
	 * @param timeout the longest one transaction may run
	 */
	public GraphWriter(Driver driver, SessionConfig sessionConfig, int batchSize, long maxRowsPerTransaction,
			long rowsPerCommit, Duration timeout) {
		this.rowsPerCommit = Math.max(1, rowsPerCommit);
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.batchSize = batchSize;
		this.maxRowsPerTransaction = maxRowsPerTransaction;
		this.timeout = timeout;
	}

	/**
	 * Writes {@code valid}; returns what the database counted. Nodes that the graph did
	 * not hold at validation are {@code CREATE}d with their relationships, without the
	 * upsert's lookups and replacements; should one of them have appeared since (a
	 * concurrent write), the constraint rejects the create, nothing of the transaction
	 * remains and the import is written again as a pure upsert.
	 */
	public Counters write(ValidatedImport valid, ImportProgress progress) {
		List<Statement> statements = statements(valid, true);
		try {
			return write(statements, progress);
		}
		catch (ClientException ex) {
			if (!CONSTRAINT_VIOLATION.equals(ex.code()) || statements.stream().noneMatch(Statement::creates)) {
				throw ex;
			}
			log.info("A node of the import appeared in the graph since validation (%s); writing it again as an upsert"
				.formatted(ex.getMessage()));
			return write(statements(valid, false), progress);
		}
	}

	private Counters write(List<Statement> statements, ImportProgress progress) {
		long total = statements.stream().filter(Statement::counted).mapToLong((s) -> s.rows().size()).sum();
		progress.writing(total);
		long allRows = statements.stream().mapToLong((s) -> s.rows().size()).sum();
		long commitEvery = (allRows > this.maxRowsPerTransaction) ? this.rowsPerCommit : Long.MAX_VALUE;
		Counters counters = new Counters(0, 0, 0, 0);
		TransactionConfig config = TransactionConfig.builder()
			.withTimeout(this.timeout)
			.withMetadata(GraphVersion.BULK_WRITE)
			.build();
		try (Session session = this.driver.session(this.sessionConfig)) {
			Transaction tx = session.beginTransaction(config);
			try {
				long inTransaction = 0;
				for (Statement statement : statements) {
					long statementStarted = System.nanoTime();
					List<Map<String, Object>> rows = statement.rows();
					for (int from = 0; from < rows.size(); from += this.batchSize) {
						List<Map<String, Object>> batch = rows.subList(from,
								Math.min(rows.size(), from + this.batchSize));
						Object parameter = statement.name().equals("employments:reset")
								? batch.stream().map((r) -> r.get("id")).toList() : batch;
						SummaryCounters c = tx.run(CYPHER.get(statement.name()), Map.of("rows", parameter))
							.consume()
							.counters();
						counters = counters.plus(c);
						if (statement.counted()) {
							progress.written(statement.file(), batch.size());
						}
						inTransaction += batch.size();
						if (inTransaction >= commitEvery) {
							tx.commit();
							tx.close();
							tx = session.beginTransaction(config);
							inTransaction = 0;
						}
					}
					if (log.isDebugEnabled()) {
						log.debug("%s: %d rows in %d ms".formatted(statement.name(), rows.size(),
								(System.nanoTime() - statementStarted) / 1_000_000));
					}
				}
				long commitStarted = System.nanoTime();
				tx.commit();
				log.debug("commit in %d ms".formatted((System.nanoTime() - commitStarted) / 1_000_000));
			}
			finally {
				tx.close();
				progress.done();
			}
		}
		return counters;
	}

	/**
	 * The statements in write order, with the rows each takes; with {@code create}, rows
	 * of nodes new to the graph (and of relationships with a new node at one end, which
	 * cannot exist yet) go to the {@code :create} statements.
	 */
	private List<Statement> statements(ValidatedImport valid, boolean create) {
		Map<String, List<Map<String, Object>>> rows = valid.rows();
		Map<String, Set<String>> created = new HashMap<>();
		if (create) {
			valid.existing().forEach((file, existing) -> {
				ImportFormat.FileSpec spec = ImportFormat.BY_NAME.get(file);
				Set<String> keys = created.computeIfAbsent(spec.label(), (label) -> new HashSet<>());
				for (Map<String, Object> row : rows.getOrDefault(file, List.of())) {
					Object key = row.get(spec.key());
					if (!existing.contains(key)) {
						keys.add((String) key);
					}
				}
			});
		}
		Set<String> newTeachers = created.getOrDefault("Teacher", Set.of());
		List<Statement> statements = new ArrayList<>();
		for (String file : List.of("regions", "municipalities", "districts")) {
			add(statements, file, file, rows.get(file), true);
		}
		split(statements, "organizations", "organizations", rows.get("organizations"),
				(r) -> isNew(created, "Organization", r.get("id")));
		for (String file : List.of("subjects", "competencies")) {
			add(statements, file, file, rows.get(file), true);
		}
		split(statements, "teachers", "teachers", rows.get("teachers"), (r) -> newTeachers.contains(r.get("id")));
		Set<String> withHistory = new LinkedHashSet<>();
		rows.getOrDefault("employments", List.of()).forEach((e) -> withHistory.add((String) e.get("teacher_id")));
		List<Map<String, Object>> works = employments(rows);
		// A new teacher has no employment to reset.
		add(statements, "employments:reset", "employments:reset",
				withHistory.stream()
					.filter((id) -> !newTeachers.contains(id))
					.map((id) -> Map.<String, Object>of("id", id))
					.toList(),
				false);
		add(statements, "employments", "employments", works, rows.containsKey("employments"));
		split(statements, "mentoring_pairs", "mentoring_pairs", rows.get("mentoring_pairs"),
				(r) -> isNew(created, "MentoringPair", r.get("id")));
		split(statements, "groups", "groups", rows.get("groups"), (r) -> isNew(created, "Group", r.get("id")));
		split(statements, "memberships", "memberships", rows.get("memberships"),
				(r) -> isNew(created, "Group", r.get("group_id")) || isNew(created,
						"ORGANIZATION".equals(r.get("member_type")) ? "Organization" : "Teacher", r.get("member_id")));
		split(statements, "events", "events", rows.get("events"), (r) -> isNew(created, "Event", r.get("id")));
		split(statements, "participations", "participations", rows.get("participations"),
				(r) -> isNew(created, "Event", r.get("event_id")) || newTeachers.contains(r.get("teacher_id")));
		List<Map<String, Object>> competencies = rows.getOrDefault("teacher_competencies", List.of());
		for (String kind : List.of("DEFICIT", "STRENGTH")) {
			split(statements, "teacher_competencies", "teacher_competencies:" + kind,
					competencies.stream().filter((r) -> kind.equals(r.get("kind"))).toList(),
					(r) -> newTeachers.contains(r.get("teacher_id")));
		}
		add(statements, "awards", "awards", rows.get("awards"), true);
		return statements;
	}

	/**
	 * The employments (WORKS_AT: {@code teacher_id}, {@code organization_id},
	 * {@code since}, {@code until}, {@code main}) an import writes: a teacher with rows
	 * in employments.csv has exactly those; without, a teacher works at
	 * {@code organization_id} from {@code teaching_since} until {@code left_on} (main),
	 * unless a partial re-import keeps the stored history
	 * ({@link StoredValues#KEEP_EMPLOYMENTS}).
	 */
	static List<Map<String, Object>> employments(Map<String, List<Map<String, Object>>> rows) {
		List<Map<String, Object>> employments = rows.getOrDefault("employments", List.of());
		Set<String> withHistory = new HashSet<>();
		employments.forEach((e) -> withHistory.add((String) e.get("teacher_id")));
		List<Map<String, Object>> works = new ArrayList<>(employments);
		for (Map<String, Object> teacher : rows.getOrDefault("teachers", List.of())) {
			if (!withHistory.contains(teacher.get("id")) && teacher.get(StoredValues.KEEP_EMPLOYMENTS) == null) {
				Map<String, Object> work = new HashMap<>();
				work.put("teacher_id", teacher.get("id"));
				work.put("organization_id", teacher.get("organization_id"));
				work.put("since", teacher.get("teaching_since"));
				work.put("until", teacher.get("left_on"));
				work.put("main", Boolean.TRUE);
				works.add(work);
			}
		}
		return works;
	}

	private static boolean isNew(Map<String, Set<String>> created, String label, Object key) {
		return created.getOrDefault(label, Set.of()).contains(key);
	}

	/**
	 * Adds the rows that {@code isNew} picks to {@code name:create}, the others to
	 * {@code name}.
	 */
	private static void split(List<Statement> statements, String file, String name, List<Map<String, Object>> rows,
			Predicate<Map<String, Object>> isNew) {
		if (rows == null) {
			return;
		}
		List<Map<String, Object>> created = new ArrayList<>();
		List<Map<String, Object>> upserted = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			(isNew.test(row) ? created : upserted).add(row);
		}
		add(statements, file, name + ":create", created, true);
		add(statements, file, name, upserted, true);
	}

	private static void add(List<Statement> statements, String file, String name, List<Map<String, Object>> rows,
			boolean counted) {
		if (rows != null && !rows.isEmpty()) {
			statements.add(new Statement(file, name, rows, counted));
		}
	}

}
