package ru.horizon.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.mentoring.AssignMentorInput;
import ru.horizon.mentoring.MentoringPairService;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The field cases of issue 13 (src/test/resources/ingest/field-cases, after
 * ../shared/field-cases) and further cases of the same kinds, imported into an empty
 * graph: the values stored are the ones a person typed.
 */
@HorizonTest
class FieldCasesTests {

	private static final Path CASES = Path.of("src/test/resources/ingest/field-cases");

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	MentoringPairService pairs;

	@BeforeEach
	void empty() {
		TestGraph.clear(this.driver);
	}

	private ImportReport importCase(String folder) {
		return IngestFixtures.importDirectory(this.ingest, CASES.resolve(folder));
	}

	private ImportReport importFiles(Map<String, String> files) {
		return IngestFixtures.importDirectory(this.ingest, IngestFixtures.write(files));
	}

	private List<Value> values(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list((r) -> r.get(0));
		}
	}

	private static Map<String, String> baseOf(String teachers) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("organizations.csv", "id,name,kind\no1,Школа 1,SCHOOL\n");
		files.put("subjects.csv", "code,name\nmathematics,Математика\nистория,История\n");
		files.put("teachers.csv", teachers);
		return files;
	}

	@Test
	void nonBreakingSpacesAfterIdsAndDatesAreTrimmedAndTheTeacherExistsOnce() throws Exception {
		ImportReport report = importCase("nbsp-ids");
		assertThat(report.errors()).isEmpty();
		assertThat(values("MATCH (t:Teacher {id: 'c02-t1'}) RETURN t.teachingSince")).singleElement()
			.satisfies((v) -> assertThat(v.asLocalDate()).isEqualTo(LocalDate.of(2025, 9, 1)));
		assertThat(values("""
				MATCH (m:Teacher)-[:MENTOR_IN]->(:MentoringPair {id: 'c02-p1'})<-[:MENTEE_IN]-(e:Teacher)
				RETURN m.id + '>' + e.id""")).singleElement()
			.satisfies((v) -> assertThat(v.asString()).isEqualTo("c02-t2>c02-t1"));
		// A clean re-import updates the same teachers.
		Path clean = Files.createTempDirectory("clean");
		for (String file : List.of("municipalities.csv", "organizations.csv", "teachers.csv", "mentoring_pairs.csv")) {
			String text = Files.readString(CASES.resolve("nbsp-ids").resolve(file), StandardCharsets.UTF_8);
			Files.writeString(clean.resolve(file), text.replace("\u00A0", "").replace("\uFEFF", ""));
		}
		assertThat(IngestFixtures.importDirectory(this.ingest, clean).errors()).isEmpty();
		assertThat(values("MATCH (t:Teacher) RETURN t.id ORDER BY t.id").stream().map(Value::asString))
			.containsExactly("c02-t1", "c02-t2");
	}

	@Test
	void otherUnicodeSpacesAtEdgesAreTrimmedAndInvisibleCharactersInsideIdsAreNamed() {
		ImportReport trimmed = importFiles(baseOf("""
				id,full_name,organization_id,teaching_since
				\u2007t1\u202F,\u200BИванова\u00A0Анна\u00AD\u00A0Петровна\u3000,o1\u2060,\u00A001.09.2020\uFEFF
				"""));
		assertThat(trimmed.errors()).isEmpty();
		assertThat(values("MATCH (t:Teacher) RETURN t.id + '|' + t.fullName")).singleElement()
			.satisfies((v) -> assertThat(v.asString()).isEqualTo("t1|Иванова Анна Петровна"));
		assertThat(trimmed.warnings()).contains(
				"teachers.csv:2: full_name: U+00A0 (NO-BREAK SPACE) read as an ordinary space (1 cell(s) of the column, the first on this line)");
		TestGraph.clear(this.driver);
		ImportReport rejected = importFiles(baseOf("""
				id,full_name,organization_id,teaching_since,subjects,category
				t\u200B1,Иванова Анна,o1,01.09.2020,,
				t2,Петрова\u0007Мария,o1,01.09\u00AD.2020,mathe\u00A0matics,FIRST
				"""));
		assertThat(rejected.errors()).containsExactly(
				"teachers.csv:2: id: 't\u27E8U+200B\u27E91' holds U+200B (ZERO WIDTH SPACE), a character that cannot be seen: type the value again without it",
				"teachers.csv:3: full_name: holds the control character U+0007 (BEL) ('Петрова\u27E8U+0007\u27E9Мария'): remove it",
				"teachers.csv:3: teaching_since: '01.09\u27E8U+00AD\u27E9.2020' holds U+00AD (SOFT HYPHEN), a character that cannot be seen: type the value again without it",
				"teachers.csv:3: subjects: 'mathe\u27E8U+00A0\u27E9matics' holds U+00A0 (NO-BREAK SPACE), a character that cannot be seen: type the value again without it");
		assertThat(rejected.files().get("teachers").created()).isNull();
		assertThat(rejected.nodesCreated()).isZero();
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(0, 0);
	}

	@Test
	void codesAndEnumValuesDifferingByCaseOrYoAreMatchedAndLookAlikeLettersNamed() {
		ImportReport report = importFiles(baseOf("""
				id,full_name,organization_id,teaching_since,subjects,category
				t1,Иванова Анна,o1,01.09.2020,MATHEMATICS|ИСТОРИЯ,highest
				t2,Петрова Мария,o1,01.09.2020,истoрия,\u041dIGHEST
				t3,Ёлкина Вера,o1,01.09.2020,,first
				"""));
		assertThat(report.errors()).isEmpty();
		assertThat(
				values("""
						MATCH (t:Teacher) RETURN t.id + ':' + t.category + ':'
							+ reduce(s = '', c IN COLLECT { MATCH (t)-[:TEACHES]->(x) RETURN x.code ORDER BY x.code } | s + c + ' ')
						ORDER BY t.id""")
					.stream()
					.map(Value::asString))
			.containsExactly("t1:HIGHEST:mathematics история ", "t2:HIGHEST:истoрия ", "t3:FIRST:");
		assertThat(report.warnings()).contains(
				"teachers.csv:2: subjects: Subject code 'MATHEMATICS' read as 'mathematics' (the same code but for case or ё/е)",
				"teachers.csv:3: category: '\u041dIGHEST' holds U+041D (CYRILLIC CAPITAL LETTER EN) that looks like a Latin letter; read as HIGHEST");
		TestGraph.clear(this.driver);
		assertThat(importFiles(baseOf("""
				id,full_name,organization_id,teaching_since,category
				t1,Иванова Анна,o1,01.09.2020,высшая
				""")).errors()).containsExactly(
				"teachers.csv:2: category: unknown value 'высшая' (expected one of NONE, SZD, FIRST, HIGHEST); it holds U+0412 (CYRILLIC CAPITAL LETTER VE), not a Latin letter");
	}

	@Test
	void subjectCodesWithYoMatchTheCodeWithYe() {
		Map<String, String> files = baseOf("""
				id,full_name,organization_id,teaching_since,subjects
				t1,Иванова Анна,o1,01.09.2020,учёт
				""");
		files.put("subjects.csv", "code,name\nучет,Учёт\n");
		ImportReport report = importFiles(files);
		assertThat(report.errors()).isEmpty();
		assertThat(values("MATCH (:Teacher {id: 't1'})-[:TEACHES]->(s) RETURN s.code").get(0).asString())
			.isEqualTo("учет");
		assertThat(values("MATCH (s:Subject) RETURN count(s)").get(0).asLong()).isEqualTo(1);
	}

	@Test
	void excelSerialNumbersInDateColumnsAreNamed() {
		assertThat(importFiles(baseOf("""
				id,full_name,organization_id,teaching_since
				t1,Иванова Анна,o1,45901
				""")).errors())
			.containsExactly("teachers.csv:2: teaching_since: bad date '45901' (expected YYYY-MM-DD or"
					+ " DD.MM.YYYY); a number like this is an Excel date cell formatted as a number: format the column as a date");
	}

	@Test
	void mixedEncodingKeepsEveryNameAsTyped() {
		ImportReport report = importCase("mixed-encoding");
		assertThat(report.errors()).isEmpty();
		assertThat(values("MATCH (t:Teacher) RETURN t.fullName ORDER BY t.id").stream().map(Value::asString))
			.containsExactly("Иванова Мария Сергеевна", "Петров Илья Андреевич", "Сидорова Анна Павловна");
		assertThat(report.warnings())
			.anySatisfy((w) -> assertThat(w).startsWith("teachers.csv:4: -: the line is not UTF-8"));
	}

	@Test
	void workbookFormulasImportTheValuesExcelSaved() {
		ImportReport report = importCase("xlsx-formulas/roster.xlsx");
		assertThat(report.errors()).isEmpty();
		assertThat(values(
				"MATCH (t:Teacher) RETURN t.id + '|' + t.fullName + '|' + t.weeklyHours + '|' + t.teachingSince ORDER BY t.id")
			.stream()
			.map(Value::asString)).containsExactly("c04-t1|Ковалёва Дарья Игоревна|18.5|2025-09-01",
					"c04-t2|Зуев Степан Ильич|18.0|2004-09-01");
	}

	@Test
	void aPartialReimportLeavesAbsentColumnsAsStoredAndSaysWhichColumnsItUpdated() {
		assertThat(importCase("partial-reimport/1-full").errors()).isEmpty();
		List<String> before = values(
				"""
						MATCH (t:Teacher) RETURN t.id + '|' + t.position + '|' + t.category + '|' + t.weeklyHours + '|' + t.birthYear
							+ '|' + coalesce(toString(COLLECT { MATCH (t)-[w:WORKS_AT]->() RETURN w.until }[0]), '-')
							+ '|' + reduce(s = '', c IN COLLECT { MATCH (t)-[:TEACHES]->(x) RETURN x.code } | s + c)
						ORDER BY t.id""")
			.stream()
			.map(Value::asString)
			.toList();
		assertThat(before).containsExactly("c07-t1|Учитель|FIRST|40.0|1998|-|mathematics",
				"c07-t2|Учитель|NONE|18.0|1999|2025-06-30|russian", "c07-t3|Учитель|HIGHEST|30.0|1970|-|mathematics");
		ImportReport report = importCase("partial-reimport/2-names-only");
		assertThat(report.errors()).isEmpty();
		assertThat(report.files().get("teachers").columns()).containsExactly("id", "full_name", "organization_id",
				"teaching_since");
		assertThat(report.summary()).contains("columns: id, full_name, organization_id, teaching_since");
		assertThat(
				values("""
						MATCH (t:Teacher) RETURN t.id + '|' + t.position + '|' + t.category + '|' + t.weeklyHours + '|' + t.birthYear
							+ '|' + coalesce(toString(COLLECT { MATCH (t)-[w:WORKS_AT]->() RETURN w.until }[0]), '-')
							+ '|' + reduce(s = '', c IN COLLECT { MATCH (t)-[:TEACHES]->(x) RETURN x.code } | s + c)
						ORDER BY t.id""")
					.stream()
					.map(Value::asString))
			.containsExactlyElementsOf(before);
		assertThat(values("MATCH (t:Teacher) RETURN t.fullName ORDER BY t.id").stream().map(Value::asString))
			.containsExactly("Горохова Анна Сергеевна", "Левина Мария Олеговна", "Мастерова Елена Петровна");
	}

	@Test
	void aPartialReimportKeepsAnEmploymentHistoryAndOptionalRelationshipColumns() {
		Map<String, String> files = baseOf(
				"id,full_name,organization_id,teaching_since\nt1,Иванова Анна,o2,01.09.2010\n");
		files.put("organizations.csv", "id,name,kind\no1,Школа 1,SCHOOL\no2,Школа 2,SCHOOL\n");
		files.put("employments.csv", "teacher_id,organization_id,since,until,main\nt1,o1,2010-09-01,2019-08-31,true\n"
				+ "t1,o2,2019-09-01,,true\nt1,o1,2019-09-01,,false\n");
		assertThat(importFiles(files).errors()).isEmpty();
		files.remove("employments.csv");
		files.put("teachers.csv",
				"id,full_name,organization_id,teaching_since\nt1,Иванова Анна Петровна,o2,01.09.2010\n");
		assertThat(importFiles(files).errors()).isEmpty();
		assertThat(values("MATCH (:Teacher {id: 't1'})-[w:WORKS_AT]->(o) RETURN count(w)").get(0).asLong())
			.isEqualTo(3);
		// An employment re-sent without main and until keeps them.
		files.put("employments.csv",
				"teacher_id,organization_id,since\nt1,o1,2010-09-01\nt1,o2,2019-09-01\nt1,o1,2019-09-01\n");
		assertThat(importFiles(files).errors()).isEmpty();
		assertThat(
				values("""
						MATCH (:Teacher {id: 't1'})-[w:WORKS_AT]->(o)
						RETURN o.id + ' ' + w.since + ' ' + coalesce(toString(w.until), '-') + ' ' + w.main ORDER BY w.since, o.id""")
					.stream()
					.map(Value::asString))
			.containsExactly("o1 2010-09-01 2019-08-31 true", "o1 2019-09-01 - false", "o2 2019-09-01 - true");
	}

	@Test
	void aBackdatedPairIsRefusedOnTheFirstDayTheMentorIsFullInImportAndAssignMentor() throws Exception {
		assertThat(importCase("backdated-capacity").errors()).isEmpty();
		assertThatThrownBy(() -> Access.asSystem(() -> this.pairs
			.assign(new AssignMentorInput("c10-M", "c10-y", LocalDate.of(2025, 8, 26), List.of(), null, null))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("Mentor c10-M is full on 2025-09-01: 3 active mentees that day, at most 3");
		// After the third pair has ended, the same order is accepted.
		Map<String, String> files = new LinkedHashMap<>();
		files.put("organizations.csv", "id,name,kind\nc10-A,Школа 10,SCHOOL\n");
		files.put("teachers.csv", Files.readString(CASES.resolve("backdated-capacity/teachers.csv")));
		files.put("mentoring_pairs.csv", "id,mentor_id,mentee_id,started_on\nc10-p4,c10-M,c10-y,26.08.2025\n");
		ImportReport rejected = importFiles(files);
		assertThat(rejected.errors()).containsExactly(
				"mentoring_pairs.csv:2: mentor_id: mentor c10-M is full on 2025-09-01: pair c10-p4 would be active mentee"
						+ " number 4 that day, at most 3 (active: c10-p1, c10-p2, c10-p3)");
		files.put("mentoring_pairs.csv", "id,mentor_id,mentee_id,started_on,ended_on\n"
				+ "c10-p3,c10-M,c10-c,2025-09-01,2025-09-30\nc10-p4,c10-M,c10-y,2025-08-26,\n");
		assertThat(importFiles(files).errors()).containsExactly(
				"mentoring_pairs.csv:3: mentor_id: mentor c10-M is full on 2025-09-01: pair c10-p4 would be active mentee"
						+ " number 4 that day, at most 3 (active: c10-p1, c10-p2, c10-p3)");
		files.put("mentoring_pairs.csv", "id,mentor_id,mentee_id,started_on,ended_on\n"
				+ "c10-p3,c10-M,c10-c,2025-09-01,2025-09-30\nc10-p4,c10-M,c10-y,2025-10-01,\n");
		assertThat(importFiles(files).errors()).isEmpty();
		assertThatThrownBy(() -> Access.asSystem(() -> this.pairs
			.assign(new AssignMentorInput("c10-M", "c10-a", LocalDate.of(2025, 9, 15), List.of(), null, null))))
			.hasMessageContaining("already the mentor");
	}

	@Test
	void overlappingMainEmploymentsAreImportedWithAWarningSayingWhichCounts() {
		ImportReport report = importCase("overlapping-employment");
		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).containsExactly("employments.csv:3: since: teacher c14-y has two main employments"
				+ " on 2025-10-01 \u2013 2025-10-15: c14-B (line 3) and c14-A (line 2); on those days the teacher counts once,"
				+ " at c14-B (the later since)");
		Map<String, String> files = baseOf(
				"id,full_name,organization_id,teaching_since\nt1,Иванова Анна,o1,01.09.2010\n");
		files.put("organizations.csv", "id,name,kind\no1,Школа 1,SCHOOL\no0,Школа 0,SCHOOL\n");
		files.put("employments.csv",
				"teacher_id,organization_id,since,main\nt1,o1,2020-09-01,true\nt1,o0,2020-09-01,true\n");
		assertThat(importFiles(files).warnings()).containsExactly("employments.csv:2: since: teacher t1 has two main"
				+ " employments on 2020-09-01 \u2013 (open): o1 (line 2) and o0 (line 3); on those days the teacher counts"
				+ " once, at o0 (the same since: the smaller organization id)");
	}

}
