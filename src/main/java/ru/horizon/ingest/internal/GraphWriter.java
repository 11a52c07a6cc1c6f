package ru.horizon.ingest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;

import ru.horizon.ingest.ImportProgress;

/**
 * Writes a validated import: {@code UNWIND $rows} batches that {@code MERGE} every node on
 * its constrained key, so writing the same files twice leaves the same graph. Every
 * relationship that a row describes whole (a teacher's subjects and employments, a pair's
 * partners and focus, an organization's district, ...) is replaced by what the row says.
 * <p>
 * Everything is written in ONE transaction when the import has at most
 * {@code maxRowsPerTransaction} rows: a failure or a killed process leaves the graph as it
 * was. A larger import commits every {@code maxRowsPerTransaction} rows; each commit is an
 * upsert, so running the same import again reaches the same end state.
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

	private record Statement(String file, String cypher, List<Map<String, Object>> rows, boolean counted) {
	}

	private static final Log log = LogFactory.getLog(GraphWriter.class);

	private static final Map<String, String> CYPHER = new LinkedHashMap<>();

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
				CALL (t) { MATCH (t)-[r:TEACHES|WORKS_AT]->() DELETE r }
				CALL (t, row) {
					UNWIND row.subjects AS code
					MERGE (s:Subject {code: code}) ON CREATE SET s.name = code
					CREATE (t)-[:TEACHES]->(s)
				}""");
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
				}""");
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
		CYPHER.put("memberships", """
				UNWIND $rows AS row
				MATCH (g:Group {id: row.group_id})
				CALL (row) {
					MATCH (m:Teacher {id: row.member_id}) WHERE row.member_type = 'TEACHER'
					RETURN m
					UNION
					MATCH (m:Organization {id: row.member_id}) WHERE row.member_type = 'ORGANIZATION'
					RETURN m
				}
				MERGE (m)-[r:MEMBER_OF]->(g)
				SET r.role = row.role, r.since = row.since, r.until = row.until""");
		CYPHER.put("events", """
				UNWIND $rows AS row
				MERGE (e:Event {id: row.id})
				SET e.title = row.title, e.format = row.format, e.date = row.date, e.level = row.level
				WITH e, row
				CALL (e) { MATCH (e)-[r:HOSTED_BY|ORGANIZED_BY|ADDRESSES]->() DELETE r }
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
				}""");
		CYPHER.put("participations", """
				UNWIND $rows AS row
				MATCH (e:Event {id: row.event_id})
				MATCH (t:Teacher {id: row.teacher_id})
				MERGE (t)-[r:PARTICIPATED_IN]->(e)
				SET r.role = row.role""");
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

	private final Duration timeout;

	/**
	 * @param driver the database
	 * @param sessionConfig the session's configuration (the application's bookmarks, so
	 * reads that follow see the import also on a cluster's followers)
	 * @param batchSize rows per {@code UNWIND}
	 * @param maxRowsPerTransaction rows up to which the import is one transaction
	 * @param timeout the longest one transaction may run
	 */
	public GraphWriter(Driver driver, SessionConfig sessionConfig, int batchSize, long maxRowsPerTransaction,
			Duration timeout) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.batchSize = batchSize;
		this.maxRowsPerTransaction = maxRowsPerTransaction;
		this.timeout = timeout;
	}

	/** Writes {@code valid}; returns what the database counted. */
	public Counters write(ValidatedImport valid, ImportProgress progress) {
		List<Statement> statements = statements(valid);
		long total = statements.stream().filter(Statement::counted).mapToLong((s) -> s.rows().size()).sum();
		progress.writing(total);
		Counters counters = new Counters(0, 0, 0, 0);
		TransactionConfig config = TransactionConfig.builder()
			.withTimeout(this.timeout)
			.withMetadata(Map.of("app", "horizon-import"))
			.build();
		try (Session session = this.driver.session(this.sessionConfig)) {
			Transaction tx = session.beginTransaction(config);
			try {
				long inTransaction = 0;
				for (Statement statement : statements) {
					long statementStarted = System.nanoTime();
					List<Map<String, Object>> rows = statement.rows();
					for (int from = 0; from < rows.size(); from += this.batchSize) {
						List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + this.batchSize));
						Object parameter = statement.file().equals("employments:reset")
								? batch.stream().map((r) -> r.get("id")).toList() : batch;
						SummaryCounters c = tx.run(statement.cypher(), Map.of("rows", parameter)).consume().counters();
						counters = counters.plus(c);
						if (statement.counted()) {
							progress.written(statement.file(), batch.size());
						}
						inTransaction += batch.size();
						if (inTransaction >= this.maxRowsPerTransaction) {
							tx.commit();
							tx.close();
							tx = session.beginTransaction(config);
							inTransaction = 0;
						}
					}
					if (log.isDebugEnabled()) {
						log.debug("%s: %d rows in %d ms".formatted(statement.cypher().lines().findFirst().orElse("")
								+ " " + statement.file(), rows.size(), (System.nanoTime() - statementStarted) / 1_000_000));
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

	/** The statements in write order, with the rows each takes. */
	private List<Statement> statements(ValidatedImport valid) {
		Map<String, List<Map<String, Object>>> rows = valid.rows();
		List<Statement> statements = new ArrayList<>();
		for (String file : List.of("regions", "municipalities", "districts", "organizations", "subjects",
				"competencies", "teachers")) {
			add(statements, file, file, rows.get(file), true);
		}
		// Without employments.csv a teacher works at organization_id from teaching_since until
		// left_on; a teacher with rows in employments.csv has exactly those employments.
		List<Map<String, Object>> employments = rows.getOrDefault("employments", List.of());
		Set<String> withHistory = new LinkedHashSet<>();
		employments.forEach((e) -> withHistory.add((String) e.get("teacher_id")));
		List<Map<String, Object>> works = new ArrayList<>(employments);
		for (Map<String, Object> teacher : rows.getOrDefault("teachers", List.of())) {
			if (!withHistory.contains(teacher.get("id"))) {
				Map<String, Object> work = new HashMap<>();
				work.put("teacher_id", teacher.get("id"));
				work.put("organization_id", teacher.get("organization_id"));
				work.put("since", teacher.get("teaching_since"));
				work.put("until", teacher.get("left_on"));
				work.put("main", Boolean.TRUE);
				works.add(work);
			}
		}
		add(statements, "employments:reset", "employments:reset",
				withHistory.stream().map((id) -> Map.<String, Object>of("id", id)).toList(), false);
		add(statements, "employments", "employments", works, rows.containsKey("employments"));
		add(statements, "mentoring_pairs", "mentoring_pairs", rows.get("mentoring_pairs"), true);
		add(statements, "groups", "groups", rows.get("groups"), true);
		add(statements, "memberships", "memberships", rows.get("memberships"), true);
		add(statements, "events", "events", rows.get("events"), true);
		add(statements, "participations", "participations", rows.get("participations"), true);
		List<Map<String, Object>> competencies = rows.getOrDefault("teacher_competencies", List.of());
		add(statements, "teacher_competencies", "teacher_competencies:DEFICIT",
				competencies.stream().filter((r) -> "DEFICIT".equals(r.get("kind"))).toList(), true);
		add(statements, "teacher_competencies", "teacher_competencies:STRENGTH",
				competencies.stream().filter((r) -> "STRENGTH".equals(r.get("kind"))).toList(), true);
		add(statements, "awards", "awards", rows.get("awards"), true);
		return statements;
	}

	private static void add(List<Statement> statements, String file, String cypher, List<Map<String, Object>> rows,
			boolean counted) {
		if (rows != null && !rows.isEmpty()) {
			statements.add(new Statement(file, CYPHER.get(cypher), rows, counted));
		}
	}

}
