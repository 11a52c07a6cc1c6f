package ru.horizon.ingest.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import ru.horizon.ingest.internal.ImportFormat.Column;
import ru.horizon.ingest.internal.ImportFormat.FileSpec;

/**
 * Writes the whole graph in the import format, one CSV file (UTF-8, {@code ,}) per file
 * of the format, streaming from one read transaction. Where teachers worked is written to
 * {@code employments.csv}, so the history survives; {@code teachers.csv} names the main
 * organization of the latest employment.
 */
public final class GraphExporter {

	private static final Map<String, String> CYPHER = new LinkedHashMap<>();

	static {
		CYPHER.put("regions", "MATCH (n:Region) RETURN n.id AS id, n.name AS name ORDER BY id");
		CYPHER.put("municipalities",
				"""
						MATCH (n:Municipality)
						RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[:IN_REGION]->(x:Region) RETURN x.id }[0] AS region_id
						ORDER BY id""");
		CYPHER.put("districts", """
				MATCH (n:District)
				RETURN n.id AS id, n.name AS name,
					COLLECT { MATCH (n)-[:IN_MUNICIPALITY]->(x:Municipality) RETURN x.id }[0] AS municipality_id
				ORDER BY id""");
		CYPHER.put("organizations", """
				MATCH (o:Organization)
				RETURN o.id AS id, o.name AS name, o.kind AS kind, o.subtype AS subtype,
					COLLECT { MATCH (o)-[:IN_DISTRICT]->(x:District) RETURN x.id }[0] AS district_id,
					COLLECT { MATCH (o)-[:IN_MUNICIPALITY]->(x:Municipality) RETURN x.id }[0] AS municipality_id,
					o.flags AS flags
				ORDER BY id""");
		CYPHER.put("subjects", "MATCH (n:Subject) RETURN n.code AS code, n.name AS name ORDER BY code");
		CYPHER.put("competencies",
				"MATCH (n:Competency) RETURN n.code AS code, n.name AS name, n.area AS area ORDER BY code");
		CYPHER.put("teachers", """
				MATCH (t:Teacher)
				RETURN t.id AS id, t.fullName AS full_name,
					COLLECT {
						MATCH (t)-[w:WORKS_AT]->(o:Organization)
						RETURN o.id ORDER BY w.main DESC, w.since DESC LIMIT 1
					}[0] AS organization_id,
					t.teachingSince AS teaching_since, t.position AS position,
					COLLECT { MATCH (t)-[:TEACHES]->(s:Subject) RETURN s.code ORDER BY s.code } AS subjects,
					t.category AS category, t.weeklyHours AS weekly_hours, t.birthYear AS birth_year, null AS left_on
				ORDER BY id""");
		CYPHER.put("employments", """
				MATCH (t:Teacher)-[w:WORKS_AT]->(o:Organization)
				RETURN t.id AS teacher_id, o.id AS organization_id, w.since AS since, w.until AS until, w.main AS main
				ORDER BY teacher_id, since, organization_id""");
		CYPHER.put("mentoring_pairs", """
				MATCH (mentor:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(mentee:Teacher)
				RETURN p.id AS id, mentor.id AS mentor_id, mentee.id AS mentee_id, p.startedOn AS started_on,
					p.endedOn AS ended_on, p.form AS form,
					COLLECT { MATCH (p)-[:FOCUSES_ON]->(c:Competency) RETURN c.code ORDER BY c.code } AS focus,
					p.plannedHours AS planned_hours, p.satisfaction AS satisfaction
				ORDER BY id""");
		CYPHER.put("groups", """
				MATCH (g:Group)
				RETURN g.id AS id, g.name AS name, g.kind AS kind, g.direction AS direction,
					COLLECT { MATCH (g)-[:COORDINATED_BY]->(o:Organization) RETURN o.id }[0] AS coordinator_org_id,
					g.startedOn AS started_on, g.endedOn AS ended_on
				ORDER BY id""");
		CYPHER.put("memberships", """
				MATCH (m)-[r:MEMBER_OF]->(g:Group)
				WHERE m:Teacher OR m:Organization
				RETURN g.id AS group_id, m.id AS member_id,
					CASE WHEN m:Teacher THEN 'TEACHER' ELSE 'ORGANIZATION' END AS member_type,
					r.role AS role, r.since AS since, r.until AS until
				ORDER BY group_id, member_type, member_id""");
		CYPHER.put("events", """
				MATCH (e:Event)
				RETURN e.id AS id, e.title AS title, e.format AS format, e.date AS date,
					COLLECT { MATCH (e)-[:HOSTED_BY]->(o:Organization) RETURN o.id }[0] AS host_org_id,
					COLLECT { MATCH (e)-[:ORGANIZED_BY]->(g:Group) RETURN g.id }[0] AS group_id, e.level AS level,
					COLLECT { MATCH (e)-[:ADDRESSES]->(c:Competency) RETURN c.code ORDER BY c.code } AS competencies
				ORDER BY id""");
		CYPHER.put("participations", """
				MATCH (t:Teacher)-[r:PARTICIPATED_IN]->(e:Event)
				RETURN e.id AS event_id, t.id AS teacher_id, r.role AS role
				ORDER BY event_id, teacher_id""");
		CYPHER.put("teacher_competencies", """
				MATCH (t:Teacher)-[r:HAS_DEFICIT|HAS_STRENGTH]->(c:Competency)
				RETURN t.id AS teacher_id, c.code AS competency_code,
					CASE type(r) WHEN 'HAS_DEFICIT' THEN 'DEFICIT' ELSE 'STRENGTH' END AS kind,
					r.level AS level, r.assessedOn AS assessed_on, r.source AS source
				ORDER BY teacher_id, competency_code, kind""");
		CYPHER.put("awards", """
				MATCH (t:Teacher)-[r:RECEIVED]->(a:Award)
				RETURN t.id AS teacher_id, a.title AS title, a.kind AS kind, r.year AS year
				ORDER BY teacher_id, title""");
	}

	private final Driver driver;

	public GraphExporter(Driver driver) {
		this.driver = driver;
	}

	/** Writes every file into {@code directory}; returns the rows written, by file. */
	public Map<String, Long> export(Path directory) throws IOException {
		Files.createDirectories(directory);
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
			session.executeRead((tx) -> {
				for (FileSpec spec : ImportFormat.FILES) {
					try {
						counts.put(spec.name(),
								write(tx.run(CYPHER.get(spec.name())), spec, directory.resolve(spec.name() + ".csv")));
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}
				return null;
			});
		}
		return counts;
	}

	private static long write(Result result, FileSpec spec, Path file) throws IOException {
		List<String> headers = spec.columns().stream().map(Column::name).toList();
		long rows = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
			printer.printRecord(headers);
			while (result.hasNext()) {
				Record record = result.next();
				String[] cells = new String[headers.size()];
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cell(record.get(headers.get(i)));
				}
				printer.printRecord((Object[]) cells);
				rows++;
			}
		}
		return rows;
	}

	private static String cell(Value value) {
		if (value == null || value.isNull()) {
			return "";
		}
		String type = value.type().name();
		if (type.startsWith("LIST")) {
			return String.join("|", value.asList(Value::asString));
		}
		return switch (type) {
			case "DATE" -> value.asLocalDate().toString();
			case "FLOAT" -> {
				double d = value.asDouble();
				yield (d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d) : Double.toString(d);
			}
			case "STRING" -> value.asString();
			default -> value.toString();
		};
	}

}
