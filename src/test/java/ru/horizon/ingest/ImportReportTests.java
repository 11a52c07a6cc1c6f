package ru.horizon.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report as a person reads it on the command line. */
class ImportReportTests {

	@Test
	void aRejectedImportIsATableOfErrorsWithoutCreatedFigures() {
		Map<String, ImportReport.FileSummary> files = new LinkedHashMap<>();
		files.put("teachers", new ImportReport.FileSummary(2, null, null, List.of("id", "full_name")));
		ImportReport report = new ImportReport(false,
				List.of("teachers.csv:3: teaching_since: bad date '31.02.2020' (expected YYYY-MM-DD or DD.MM.YYYY)",
						"teachers:4: id: cell A4: holds the error #REF!"),
				List.of(), files, 0, 0, 0, 12);
		assertThat(report.summary().lines().toList()).containsExactly(
				"Rejected: 2 error(s); nothing was written. / Импорт отклонён: ошибок 2, ничего не записано.",
				"  file / файл     line  column / столбец  message / сообщение",
				"  ------------  ------  ----------------  -------------------",
				"  teachers.csv       3  teaching_since    bad date '31.02.2020' (expected YYYY-MM-DD or DD.MM.YYYY)",
				"  teachers           4  id                cell A4: holds the error #REF!");
		assertThat(report.summary()).doesNotContain("created");
	}

	@Test
	void anImportedReportNamesTheColumnsEachFileUpdated() {
		Map<String, ImportReport.FileSummary> files = new LinkedHashMap<>();
		files.put("teachers", new ImportReport.FileSummary(3, 0L, 3L,
				List.of("id", "full_name", "organization_id", "teaching_since")));
		ImportReport report = new ImportReport(true, List.of(), List.of(), files, 0, 0, 0, 1000);
		assertThat(report.summary()).contains("3 updated  columns: id, full_name, organization_id, teaching_since");
	}

	@Test
	void problemsAreCutIntoFileLineColumnAndMessage() {
		assertThat(ImportReport.Problem.of("employments.csv:3: since: teacher y has two: main employments"))
			.isEqualTo(new ImportReport.Problem("employments.csv", 3, "since", "teacher y has two: main employments"));
		assertThat(ImportReport.Problem.of("Лист1: not a sheet of the import format, ignored"))
			.isEqualTo(new ImportReport.Problem("", 0, "-", "Лист1: not a sheet of the import format, ignored"));
	}

}
