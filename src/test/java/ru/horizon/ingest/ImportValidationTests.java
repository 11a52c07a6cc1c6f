package ru.horizon.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of import-format.md with a broken file: the exact message, and the graph as
 * it was before (the base files are imported first, so "unchanged" is not "empty").
 */
@HorizonTest
class ImportValidationTests {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	List<String> before;

	@BeforeEach
	void loadBase() {
		IngestFixtures.loadBase(this.driver, this.ingest);
		this.before = IngestFixtures.fingerprint(this.driver);
	}

	/**
	 * Imports the base files with {@code file}'s text changed, and returns the errors.
	 */
	private List<String> rejected(String file, String from, String to) {
		Map<String, String> files = IngestFixtures.base();
		assertThat(files.get(file)).as("fixture").contains(from);
		files.put(file, files.get(file).replace(from, to));
		return rejected(files);
	}

	private List<String> rejected(Map<String, String> files) {
		ImportReport report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.write(files));
		assertThat(report.imported()).as("imported").isFalse();
		assertThat(IngestFixtures.fingerprint(this.driver)).as("graph after a rejected import").isEqualTo(this.before);
		return report.errors();
	}

	@Test
	void missingRequiredColumnIsRejected() {
		assertThat(rejected("teachers.csv", "id,full_name,", "id,fio,"))
			.containsExactly("teachers.csv:1: full_name: missing required column");
	}

	@Test
	void missingRequiredValueIsRejected() {
		assertThat(rejected("teachers.csv", "t3,Сидорова Ольга Сергеевна,", "t3,,"))
			.containsExactly("teachers.csv:4: full_name: missing required value");
	}

	@Test
	void unknownEnumValueIsRejected() {
		assertThat(rejected("organizations.csv", "СОШ,d1,,LOW_RESULTS", "СОШ,d1,,LOW_RESULT")).containsExactly(
				"organizations.csv:2: flags: unknown value 'LOW_RESULT' (expected one of LOW_RESULTS, ADVERSE_CONDITIONS, "
						+ "INTERNSHIP_SITE, RESOURCE_CENTER)");
		assertThat(rejected("events.csv", "SEMINAR,2025-10-10", "LECTURE,2025-10-10")).containsExactly(
				"events.csv:2: format: unknown value 'LECTURE' (expected one of MASTER_CLASS, SEMINAR, OPEN_LESSON, "
						+ "LESSON_VISIT, WORKSHOP, CONFERENCE, CONSULTATION, INTERNSHIP, CONTEST, WEBINAR, HACKATHON, "
						+ "FORUM, OTHER)");
	}

	@Test
	void badDateIsRejected() {
		assertThat(rejected("teachers.csv", "o1,2005-09-01", "o1,2005-13-01")).containsExactly(
				"teachers.csv:2: teaching_since: bad date '2005-13-01' (expected YYYY-MM-DD or DD.MM.YYYY)");
		assertThat(rejected("events.csv", "2025-11-12", "31.02.2025"))
			.containsExactly("events.csv:3: date: bad date '31.02.2025' (expected YYYY-MM-DD or DD.MM.YYYY)");
	}

	@Test
	void endBeforeStartIsRejected() {
		assertThat(rejected("mentoring_pairs.csv", "2012-10-01,2013-06-30", "2012-10-01,2012-06-30"))
			.containsExactly("mentoring_pairs.csv:3: ended_on: 2012-06-30 is before started_on 2012-10-01");
		assertThat(rejected("employments.csv", "2012-09-01,2019-08-31", "2012-09-01,2011-08-31"))
			.containsExactly("employments.csv:2: until: 2011-08-31 is before since 2012-09-01");
	}

	@Test
	void teachingSinceAfterTheDayOfImportIsRejected() {
		assertThat(rejected("teachers.csv", "o2,2010-09-01", "o2,2099-09-01")).containsExactly(
				"teachers.csv:4: teaching_since: 2099-09-01 is after the day of the import (" + LocalDate.now() + ")");
	}

	@Test
	void startedOnAfterTheDayOfImportIsRejected() {
		assertThat(rejected("mentoring_pairs.csv", "t2,2025-09-15", "t2,2099-09-15"))
			.containsExactly("mentoring_pairs.csv:2: started_on: 2099-09-15 is after the day of the import ("
					+ LocalDate.now() + ")");
	}

	@Test
	void referenceToAnUnknownIdIsRejected() {
		assertThat(rejected("participations.csv", "e2,t2,ATTENDEE", "e2,t9,ATTENDEE")).containsExactly(
				"participations.csv:4: teacher_id: unknown Teacher 't9' (neither in the files nor in the graph)");
		assertThat(rejected("memberships.csv", "g1,o2,ORGANIZATION", "g1,t2,ORGANIZATION")).containsExactly(
				"memberships.csv:3: member_id: unknown Organization 't2' (neither in the files nor in the graph)");
	}

	@Test
	void referenceToAnIdAlreadyInTheGraphIsAccepted() {
		Map<String, String> files = Map.of("organizations.csv", "id,name,kind\n", "teachers.csv", """
				id,full_name,organization_id,teaching_since
				t5,Новикова Елена Викторовна,o1,01.09.2020
				""");
		ImportReport report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.write(files));
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isTrue();
		assertThat(report.files().get("teachers")).isEqualTo(new ImportReport.FileSummary(1, 1L, 0L,
				List.of("id", "full_name", "organization_id", "teaching_since")));
	}

	@Test
	void duplicateIdWithinAFileIsRejected() {
		assertThat(rejected("teachers.csv", "t4,", "t1,"))
			.containsExactly("teachers.csv:5: id: duplicate id 't1' (first on line 2)");
	}

	@Test
	void teacherMentoringThemselfIsRejected() {
		assertThat(rejected("mentoring_pairs.csv", "p1,t1,t2", "p1,t2,t2"))
			.containsExactly("mentoring_pairs.csv:2: mentee_id: a teacher cannot mentor themself ('t2')");
	}

	@Test
	void numbersOutOfShapeAreRejected() {
		assertThat(rejected("teachers.csv", "18.5,2002", "много,2002"))
			.containsExactly("teachers.csv:3: weekly_hours: not a number: 'много'");
		assertThat(rejected("mentoring_pairs.csv", "24,9", "24,11"))
			.containsExactly("mentoring_pairs.csv:3: satisfaction: must be from 1 to 10, not 11");
	}

	@Test
	void requiredFileMissingIsRejected() {
		Map<String, String> files = IngestFixtures.base();
		files.remove("teachers.csv");
		assertThat(rejected(files)).containsExactly("teachers.csv:0: -: the file teachers is required and missing");
	}

	@Test
	void everyErrorOfEveryFileIsListedInOrder() {
		Map<String, String> files = IngestFixtures.base();
		files.put("teachers.csv", files.get("teachers.csv").replace("HIGHEST", "TOP").replace("o2,2012", "o7,2012"));
		files.put("awards.csv", files.get("awards.csv").replace(",2024", ",двадцать"));
		assertThat(rejected(files)).containsExactly(
				"teachers.csv:2: category: unknown value 'TOP' (expected one of NONE, SZD, FIRST, HIGHEST)",
				"teachers.csv:5: organization_id: unknown Organization 'o7' (neither in the files nor in the graph)",
				"awards.csv:2: year: not a whole number: 'двадцать'");
	}

	@Test
	void unknownColumnsAndCodesAreWarningsNotErrors() {
		Map<String, String> files = IngestFixtures.base();
		files.put("teachers.csv",
				files.get("teachers.csv")
					.replace("left_on\n", "left_on,snils\n")
					.replace("mathematics,HIGHEST", "mathematics|astronomy,HIGHEST"));
		ImportReport report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.write(files));
		assertThat(report.imported()).isTrue();
		assertThat(report.warnings()).containsExactly("teachers.csv:1: snils: unknown column, ignored",
				"teachers.csv:2: subjects: unknown Subject code 'astronomy', created with its code as name");
	}

}
