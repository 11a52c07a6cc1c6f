package ru.horizon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import ru.horizon.TestGraph;
import ru.horizon.system.security.Access;

/**
 * A small valid import (every file of the format, a few rows each) and a fingerprint of
 * the whole graph, to say "the graph is unchanged" exactly.
 */
final class IngestFixtures {

	/** Every file of a valid import, by file name. No value holds a comma. */
	static Map<String, String> base() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("regions.csv", """
				id,name
				udm,Удмуртская Республика
				""");
		files.put("municipalities.csv", """
				id,name,region_id
				izh,Ижевск,udm
				""");
		files.put("districts.csv", """
				id,name,municipality_id
				d1,Ленинский район,izh
				d2,Устиновский район,izh
				""");
		files.put("organizations.csv", """
				id,name,kind,subtype,district_id,municipality_id,flags
				o1,МБОУ «СОШ №1»,SCHOOL,СОШ,d1,,LOW_RESULTS|INTERNSHIP_SITE
				o2,МБДОУ «Детский сад №2»,PRESCHOOL,бюджетное ДОУ,d2,,
				imc,МАУ ИМЦ «Альтернатива»,METHOD_CENTER,,,izh,
				""");
		files.put("subjects.csv", """
				code,name
				mathematics,Математика
				preschool,Дошкольное образование
				""");
		files.put("competencies.csv", """
				code,name,area
				inclusion,Работа с детьми с ОВЗ,Психолого-педагогическая
				mentoring,Наставничество,Управленческая
				""");
		files.put("teachers.csv", """
				id,full_name,organization_id,teaching_since,position,subjects,category,weekly_hours,birth_year,left_on
				t1,Иванова Анна Петровна,o1,2005-09-01,учитель математики,mathematics,HIGHEST,36,1980,
				t2,Петрова Мария Ивановна,o1,2025-09-01,учитель математики,mathematics,NONE,18.5,2002,
				t3,Сидорова Ольга Сергеевна,o2,2010-09-01,воспитатель,preschool,FIRST,36,1985,
				t4,Ложкин Павел Олегович,o2,2012-09-01,инструктор по физической культуре,,SZD,20,1988,
				""");
		files.put("employments.csv", """
				teacher_id,organization_id,since,until,main
				t4,o1,2012-09-01,2019-08-31,true
				t4,o2,2019-09-01,,true
				t4,o1,2019-09-01,,false
				""");
		files.put("mentoring_pairs.csv", """
				id,mentor_id,mentee_id,started_on,ended_on,form,focus,planned_hours,satisfaction
				p1,t1,t2,2025-09-15,,педагог – педагог,inclusion|mentoring,36,
				p2,t3,t4,2012-10-01,2013-06-30,педагог – педагог,,24,9
				""");
		files.put("groups.csv", """
				id,name,kind,direction,coordinator_org_id,started_on,ended_on
				g1,ИНКО «Наставничество в образовании»,INNOVATION_COMPLEX,Наставничество,o1,2021-09-01,
				g2,Академия молодого педагога,PROGRAM,,imc,2020-09-01,
				""");
		files.put("memberships.csv", """
				group_id,member_id,member_type,role,since,until
				g1,t1,TEACHER,LEADER,2021-09-01,
				g1,o2,ORGANIZATION,MEMBER,2021-09-01,
				g2,t2,,,2025-09-01,
				""");
		files.put("events.csv", """
				id,title,format,date,host_org_id,group_id,level,competencies
				e1,Семинар «Инклюзивный урок»,SEMINAR,2025-10-10,o1,g1,MUNICIPAL,inclusion
				e2,Открытый урок,OPEN_LESSON,2025-11-12,o1,,INSTITUTIONAL,
				""");
		files.put("participations.csv", """
				event_id,teacher_id,role
				e1,t1,SPEAKER
				e1,t2,
				e2,t2,ATTENDEE
				""");
		files.put("teacher_competencies.csv", """
				teacher_id,competency_code,kind,level,assessed_on,source
				t2,inclusion,DEFICIT,HIGH,2025-10-01,Диагностика ИМЦ
				t1,inclusion,STRENGTH,,,
				t1,mentoring,STRENGTH,HIGH,2024-05-20,Самодиагностика
				""");
		files.put("awards.csv", """
				teacher_id,title,kind,year
				t1,Почетный наставник,HONORARY_MENTOR,2024
				""");
		return files;
	}

	/** Writes {@code files} (UTF-8) into a new temporary folder. */
	static Path write(Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return writeBytes(bytes);
	}

	static Path writeBytes(Map<String, byte[]> files) {
		try {
			Path directory = Files.createTempDirectory("horizon-import-test-");
			directory.toFile().deleteOnExit();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = directory.resolve(file.getKey());
				Files.write(path, file.getValue());
				path.toFile().deleteOnExit();
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ImportReport importDirectory(IngestService ingest, Path directory) {
		try {
			return Access.asSystem(() -> ingest.importPath(directory, ImportProgress.NONE));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Empties the graph and imports the base files, which must be accepted. */
	static void loadBase(Driver driver, IngestService ingest) {
		TestGraph.clear(driver);
		ImportReport report = importDirectory(ingest, write(base()));
		if (!report.imported()) {
			throw new IllegalStateException(report.summary());
		}
	}

	/**
	 * Every node (labels, properties) and relationship (type, properties, the keys of its
	 * ends) as sorted lines: two graphs are the same when their fingerprints are equal.
	 */
	static List<String> fingerprint(Driver driver) {
		List<String> lines = new ArrayList<>();
		try (Session session = driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:__HorizonMigration
					RETURN labels(n) AS labels, properties(n) AS props""")
				.forEachRemaining((r) -> lines.add("N " + sorted(r.get("labels").asList(Object::toString)) + " "
						+ new TreeMap<>(r.get("props").asMap())));
			session.run("""
					MATCH (a)-[r]->(b) WHERE NOT a:__HorizonMigration
					RETURN type(r) AS type, properties(r) AS props,
						coalesce(a.id, a.code, a.title) AS from, coalesce(b.id, b.code, b.title) AS to""")
				.forEachRemaining((r) -> lines.add("R " + r.get("from").asString() + " -" + r.get("type").asString()
						+ new TreeMap<>(r.get("props").asMap()) + "-> " + r.get("to").asString()));
		}
		lines.sort(null);
		return lines;
	}

	private static List<String> sorted(List<String> labels) {
		List<String> copy = new ArrayList<>(labels);
		copy.sort(null);
		return copy;
	}

	/** Node and relationship counts. */
	static long[] counts(Driver driver) {
		try (Session session = driver.session()) {
			long nodes = session.run("MATCH (n) WHERE NOT n:__HorizonMigration RETURN count(n) AS c")
				.single()
				.get("c")
				.asLong();
			long relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
			return new long[] { nodes, relationships };
		}
	}

	private IngestFixtures() {
	}

}
