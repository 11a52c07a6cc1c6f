package ru.horizon.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A partial re-import: a file that omits optional columns leaves the stored values of
 * those columns as they are. For every row whose node (or relationship) the graph already
 * holds, the values of the absent columns are read from the graph, in the import format,
 * and put into the row, so that writing the row writes them back unchanged.
 * <p>
 * A teacher's employments: without {@code employments.csv} a row of {@code teachers.csv}
 * stands for one employment at {@code organization_id} from {@code teaching_since} until
 * {@code left_on}. A teacher whose stored history has several employments keeps it when
 * the row names the organization of the latest one (and {@code left_on} is absent or the
 * same); otherwise the history is replaced, with a warning.
 */
public final class StoredValues {

	/** The row property that tells the writer to keep a teacher's stored employments. */
	public static final String KEEP_EMPLOYMENTS = "keep_employments";

	private static final Map<String, String> CYPHER = new HashMap<>();

	static {
		CYPHER.put("municipalities", """
				UNWIND $keys AS key MATCH (n:Municipality {id: key})
				RETURN n.id AS key, COLLECT { MATCH (n)-[:IN_REGION]->(x:Region) RETURN x.id }[0] AS region_id""");
		CYPHER.put("districts",
				"""
						UNWIND $keys AS key MATCH (n:District {id: key})
						RETURN n.id AS key, COLLECT { MATCH (n)-[:IN_MUNICIPALITY]->(x:Municipality) RETURN x.id }[0] AS municipality_id""");
		CYPHER.put("organizations", """
				UNWIND $keys AS key MATCH (o:Organization {id: key})
				RETURN o.id AS key, o.subtype AS subtype,
					COLLECT { MATCH (o)-[:IN_DISTRICT]->(x:District) RETURN x.id }[0] AS district_id,
					COLLECT { MATCH (o)-[:IN_MUNICIPALITY]->(x:Municipality) RETURN x.id }[0] AS municipality_id,
					CASE WHEN size(o.flags) > 0 THEN o.flags END AS flags""");
		CYPHER.put("competencies", """
				UNWIND $keys AS key MATCH (n:Competency {code: key}) RETURN n.code AS key, n.area AS area""");
		// The latest main employment gives organization and left_on; several employments
		// are a history.
		CYPHER.put("teachers",
				"""
						UNWIND $keys AS key MATCH (t:Teacher {id: key})
						WITH t, COLLECT { MATCH (t)-[w:WORKS_AT]->(o:Organization)
							RETURN {organization: o.id, until: w.until} ORDER BY w.main DESC, w.since DESC, o.id LIMIT 1 }[0] AS latest
						RETURN t.id AS key, t.position AS position,
							COLLECT { MATCH (t)-[:TEACHES]->(s:Subject) RETURN s.code ORDER BY s.code } AS subjects,
							t.category AS category, t.weeklyHours AS weekly_hours, t.birthYear AS birth_year,
							latest.until AS left_on, latest.organization AS organization_id,
							COUNT { (t)-[:WORKS_AT]->() } AS employments""");
		CYPHER.put("mentoring_pairs", """
				UNWIND $keys AS key MATCH (p:MentoringPair {id: key})
				RETURN p.id AS key, p.endedOn AS ended_on, p.form AS form,
					COLLECT { MATCH (p)-[:FOCUSES_ON]->(c:Competency) RETURN c.code ORDER BY c.code } AS focus,
					p.plannedHours AS planned_hours, p.satisfaction AS satisfaction""");
		CYPHER.put("groups", """
				UNWIND $keys AS key MATCH (g:Group {id: key})
				RETURN g.id AS key, g.direction AS direction,
					COLLECT { MATCH (g)-[:COORDINATED_BY]->(o:Organization) RETURN o.id }[0] AS coordinator_org_id,
					g.startedOn AS started_on, g.endedOn AS ended_on""");
		CYPHER.put("events",
				"""
						UNWIND $keys AS key MATCH (e:Event {id: key})
						RETURN e.id AS key,
							COLLECT { MATCH (e)-[:HOSTED_BY]->(o:Organization) RETURN o.id }[0] AS host_org_id,
							COLLECT { MATCH (e)-[:ORGANIZED_BY]->(g:Group) RETURN g.id }[0] AS group_id, e.level AS level,
							COLLECT { MATCH (e)-[:ADDRESSES]->(c:Competency) RETURN c.code ORDER BY c.code } AS competencies""");
		// Relationship rows: the key is the list of the row's key columns.
		CYPHER.put("employments", """
				UNWIND $keys AS key
				MATCH (t:Teacher {id: key[0]})-[w:WORKS_AT {since: date(key[2])}]->(o:Organization {id: key[1]})
				RETURN key, w.until AS until, w.main AS main""");
		CYPHER.put("memberships",
				"""
						UNWIND $keys AS key
						MATCH (m)-[r:MEMBER_OF]->(g:Group {id: key[0]})
						WHERE m.id = key[2] AND ((key[1] = 'TEACHER' AND m:Teacher) OR (key[1] = 'ORGANIZATION' AND m:Organization))
						RETURN key, r.role AS role, r.since AS since, r.until AS until""");
		CYPHER.put("participations", """
				UNWIND $keys AS key
				MATCH (t:Teacher {id: key[1]})-[r:PARTICIPATED_IN]->(e:Event {id: key[0]})
				RETURN key, r.role AS role""");
		CYPHER.put("teacher_competencies", """
				UNWIND $keys AS key
				MATCH (t:Teacher {id: key[0]})-[r:HAS_DEFICIT|HAS_STRENGTH]->(c:Competency {code: key[1]})
				WHERE type(r) = CASE key[2] WHEN 'DEFICIT' THEN 'HAS_DEFICIT' ELSE 'HAS_STRENGTH' END
				RETURN key, r.level AS level, r.assessedOn AS assessed_on, r.source AS source""");
		CYPHER.put("awards", """
				UNWIND $keys AS key
				MATCH (t:Teacher {id: key[0]})-[r:RECEIVED]->(a:Award {title: key[1]})
				RETURN key, r.year AS year""");
	}

	/**
	 * The key columns of the files of relationships, in the order the queries read them.
	 */
	private static final Map<String, List<String>> RELATIONSHIP_KEYS = Map.of("employments",
			List.of("teacher_id", "organization_id", "since"), "memberships",
			List.of("group_id", "member_type", "member_id"), "participations", List.of("event_id", "teacher_id"),
			"teacher_competencies", List.of("teacher_id", "competency_code", "kind"), "awards",
			List.of("teacher_id", "title"));

	private StoredValues() {
	}

	/**
	 * Puts into the rows of {@code valid} the stored values of the columns their files
	 * omit; returns warnings (a replaced employment history).
	 */
	public static List<String> fill(Session session, ValidatedImport valid) {
		List<String> warnings = new ArrayList<>();
		valid.rows().forEach((file, rows) -> {
			ImportFormat.FileSpec spec = ImportFormat.BY_NAME.get(file);
			List<String> present = valid.columns().getOrDefault(file, List.of());
			List<String> absent = spec.columns()
				.stream()
				.map(ImportFormat.Column::name)
				.filter((c) -> !present.contains(c))
				.toList();
			boolean teachers = file.equals("teachers") && !valid.rows().containsKey("employments");
			if ((absent.isEmpty() && !teachers) || !CYPHER.containsKey(file) || rows.isEmpty()) {
				return;
			}
			List<String> keyColumns = (spec.key() != null) ? List.of(spec.key()) : RELATIONSHIP_KEYS.get(file);
			Map<Object, Map<String, Object>> byKey = new HashMap<>();
			for (Map<String, Object> row : rows) {
				byKey.put(key(row, keyColumns), row);
			}
			if (spec.key() != null) {
				Set<String> existing = valid.existing().getOrDefault(file, Set.of());
				byKey.keySet().retainAll(existing);
			}
			if (byKey.isEmpty()) {
				return;
			}
			List<Object> keys = new ArrayList<>(byKey.keySet());
			session.executeRead((tx) -> {
				tx.run(CYPHER.get(file), Map.of("keys", keys)).forEachRemaining((record) -> {
					Object key = (spec.key() != null) ? record.get("key").asString()
							: record.get("key").asList(Value::asString);
					Map<String, Object> row = byKey.get(key);
					if (row == null) {
						return;
					}
					for (String column : absent) {
						if (record.containsKey(column)) {
							row.put(column, value(record.get(column)));
						}
					}
					if (file.equals("teachers")) {
						employments(spec, row, record, present, warnings);
					}
				});
				return null;
			});
		});
		return warnings;
	}

	private static void employments(ImportFormat.FileSpec spec, Map<String, Object> row, org.neo4j.driver.Record stored,
			List<String> present, List<String> warnings) {
		long employments = stored.get("employments").asLong();
		if (employments < 2) {
			return;
		}
		String organization = stored.get("organization_id").isNull() ? null : stored.get("organization_id").asString();
		Object leftOn = value(stored.get("left_on"));
		if (Objects.equals(organization, row.get("organization_id"))
				&& (!present.contains("left_on") || Objects.equals(leftOn, row.get("left_on")))) {
			row.put(KEEP_EMPLOYMENTS, Boolean.TRUE);
		}
		else {
			warnings.add("teachers.csv: organization_id: teacher " + row.get("id") + ": the stored history of "
					+ employments + " employments is replaced by one at " + row.get("organization_id") + " from "
					+ row.get("teaching_since") + " (import employments.csv to keep a history)");
		}
	}

	private static Object key(Map<String, Object> row, List<String> columns) {
		if (columns.size() == 1) {
			return row.get(columns.get(0));
		}
		List<String> key = new ArrayList<>();
		for (String column : columns) {
			key.add(String.valueOf(row.get(column)));
		}
		return key;
	}

	private static Object value(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		String type = value.type().name();
		if (type.startsWith("LIST")) {
			return List.copyOf(new LinkedHashSet<>(value.asList(Value::asString)));
		}
		return switch (type) {
			case "DATE" -> value.asLocalDate();
			case "FLOAT" -> value.asDouble();
			case "INTEGER" -> value.asLong();
			case "BOOLEAN" -> value.asBoolean();
			default -> value.asString();
		};
	}

}
