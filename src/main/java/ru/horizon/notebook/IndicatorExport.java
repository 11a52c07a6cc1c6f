package ru.horizon.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;

import ru.horizon.mentoring.CoverageBreakdown;
import ru.horizon.mentoring.CoverageFigure;
import ru.horizon.mentoring.MentoringCoverage;
import ru.horizon.mentoring.MentoringCoverageService;
import ru.horizon.mentoring.CoveragePrivacy;
import ru.horizon.organization.Scope;
import ru.horizon.system.privacy.PrivacyFloor;
import ru.horizon.system.security.ReadAggregates;

/**
 * The target-model indicators as tables for officials: CSV or an XLSX workbook, one row
 * per organization kind, district and organization, the same numbers as
 * {@code mentoringCoverage}. Aggregates only.
 * <p>
 * The CSV for people opens in Russian-locale Excel as a table: UTF-8 with a BOM,
 * {@code ;} between cells, whole numbers as they are, shares as percentages with a
 * decimal comma ({@code 45,5%}), «да»/«нет» (yes/no in English), headers in the caller's
 * language, and every text cell that a spreadsheet would take for a formula (starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) prefixed
 * with an apostrophe. The machine form ({@link CsvForm#MACHINE}) keeps {@code ,}, decimal
 * points (shares as fractions 0..1) and {@code true}/{@code false}.
 */
@Service
public class IndicatorExport {

	private static final List<String> HEADER_RU = List.of("Раздел", "Код", "Название", "Новые педагоги: всего",
			"Новые: с наставником", "Новые: доля", "Новые: цель 100% выполнена", "Молодые педагоги: всего",
			"Молодые: с наставником", "Молодые: доля", "Молодые: цель 70% выполнена");

	private static final List<String> HEADER_EN = List.of("Section", "Key", "Name", "New teachers: total",
			"New: mentored", "New: share", "New: 100% target met", "Young teachers: total", "Young: mentored",
			"Young: share", "Young: 70% target met");

	/** Who reads a CSV file. */
	public enum CsvForm {

		/** A person, in Excel or LibreOffice with Russian regional settings. */
		PEOPLE,
		/** A program: {@code ,}, decimal points, fractions, true/false. */
		MACHINE

	}

	private final MentoringCoverageService coverage;

	private final CoveragePrivacy privacy;

	private final PrivacyFloor floor;

	IndicatorExport(MentoringCoverageService coverage, CoveragePrivacy privacy, PrivacyFloor floor) {
		this.coverage = coverage;
		this.privacy = privacy;
		this.floor = floor;
	}

	/**
	 * The rows of the answer, what the privacy floor hides from the caller replaced: the
	 * total of a suppressed figure reads {@link PrivacyFloor#suppressedLabel} for people,
	 * nothing for programs, and its other cells are empty.
	 */
	private List<List<Object>> rows(Scope scope, LocalDate asOf, Locale locale, boolean people) {
		MentoringCoverage answer = this.coverage.coverage(scope, asOf, locale);
		CoveragePrivacy.Hidden hidden = this.privacy.hidden(answer, scope);
		String suppressed = people ? this.floor.suppressedLabel(locale) : null;
		return rows(answer, locale, hidden::hides, suppressed);
	}

	/** The CSV table for people. */
	@ReadAggregates
	public void csv(Scope scope, LocalDate asOf, Locale locale, OutputStream out) {
		csv(scope, asOf, locale, CsvForm.PEOPLE, out);
	}

	/** The CSV table in {@code form}. */
	@ReadAggregates
	public void csv(Scope scope, LocalDate asOf, Locale locale, CsvForm form, OutputStream out) {
		boolean people = form == CsvForm.PEOPLE;
		List<List<Object>> rows = rows(scope, asOf, locale, people);
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setDelimiter(people ? ';' : ',')
				.setHeader(header(locale).toArray(String[]::new))
				.get()
				.print(writer)) {
				for (List<Object> row : rows) {
					if (!people) {
						printer.printRecord(row);
						continue;
					}
					List<String> cells = new ArrayList<>(row.size());
					for (int c = 0; c < row.size(); c++) {
						cells.add(peopleCell(row.get(c), c == 5 || c == 9, locale));
					}
					printer.printRecord(cells);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A cell as a person in Russian Excel reads it (see the class comment). */
	static String peopleCell(Object value, boolean share, Locale locale) {
		if (value == null) {
			return "";
		}
		boolean ru = isRussian(locale);
		if (value instanceof Boolean flag) {
			return flag ? (ru ? "да" : "yes") : (ru ? "нет" : "no");
		}
		if (value instanceof Number number) {
			if (share) {
				// Percent with one decimal and a decimal comma, as Russian Excel parses
				// it.
				return new java.math.BigDecimal(number.doubleValue() * 100).setScale(1, java.math.RoundingMode.HALF_UP)
					.toPlainString()
					.replace('.', ',') + "%";
			}
			if (number instanceof Double || number instanceof Float) {
				return Double.toString(number.doubleValue()).replace('.', ',');
			}
			return number.toString();
		}
		return neutralised(String.valueOf(value));
	}

	/**
	 * Text a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
	 * {@code @}, tab or carriage return first) behind an apostrophe, which Excel shows as
	 * text.
	 */
	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** The XLSX workbook: one sheet per breakdown. */
	@ReadAggregates
	public void xlsx(Scope scope, LocalDate asOf, Locale locale, OutputStream out) {
		boolean ru = isRussian(locale);
		List<List<Object>> rows = rows(scope, asOf, locale, true);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			String[][] sheets = { { ru ? "Итого" : "Total", section(SECTION_TOTAL, locale) },
					{ ru ? "По видам ОО" : "By kind", section(SECTION_KIND, locale) },
					{ ru ? "По районам" : "By district", section(SECTION_DISTRICT, locale) },
					{ ru ? "По организациям" : "By organization", section(SECTION_ORGANIZATION, locale) } };
			for (String[] sheetOf : sheets) {
				Sheet sheet = workbook.createSheet(sheetOf[0]);
				Row head = sheet.createRow(0);
				List<String> header = header(locale);
				for (int c = 0; c < header.size(); c++) {
					head.createCell(c).setCellValue(header.get(c));
					head.getCell(c).setCellStyle(bold);
				}
				int r = 1;
				for (List<Object> values : rows) {
					if (!values.get(0).equals(sheetOf[1])) {
						continue;
					}
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						var cell = row.createCell(c);
						if (value == null) {
							continue;
						}
						if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
							if (c == 5 || c == 9) {
								cell.setCellStyle(percent);
							}
						}
						else if (value instanceof Boolean flag) {
							cell.setCellValue(flag ? (ru ? "да" : "yes") : (ru ? "нет" : "no"));
						}
						else {
							cell.setCellValue(String.valueOf(value));
						}
					}
				}
				sheet.createFreezePane(0, 1);
				sheet.setColumnWidth(2, 60 * 256);
				for (int c = 3; c < header.size(); c++) {
					sheet.setColumnWidth(c, 16 * 256);
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final int SECTION_TOTAL = 0;

	private static final int SECTION_KIND = 1;

	private static final int SECTION_DISTRICT = 2;

	private static final int SECTION_ORGANIZATION = 3;

	private static String section(int section, Locale locale) {
		boolean ru = isRussian(locale);
		return switch (section) {
			case SECTION_TOTAL -> ru ? "итого" : "total";
			case SECTION_KIND -> ru ? "вид ОО" : "kind";
			case SECTION_DISTRICT -> ru ? "район" : "district";
			default -> ru ? "организация" : "organization";
		};
	}

	private static List<List<Object>> rows(MentoringCoverage coverage, Locale locale, Predicate<CoverageFigure> hidden,
			String suppressed) {
		List<List<Object>> rows = new ArrayList<>();
		String all = isRussian(locale) ? "Все организации на " + coverage.asOf()
				: "All organizations on " + coverage.asOf();
		rows.add(row(section(SECTION_TOTAL, locale), "", all, coverage.newTeachers(), coverage.youngTeachers(), hidden,
				suppressed));
		for (CoverageBreakdown b : coverage.byOrganizationKind()) {
			rows.add(row(section(SECTION_KIND, locale), b.key(), b.name(), b.newTeachers(), b.youngTeachers(), hidden,
					suppressed));
		}
		for (CoverageBreakdown b : coverage.byDistrict()) {
			rows.add(row(section(SECTION_DISTRICT, locale), b.key(), b.name(), b.newTeachers(), b.youngTeachers(),
					hidden, suppressed));
		}
		for (CoverageBreakdown b : coverage.byOrganization()) {
			rows.add(row(section(SECTION_ORGANIZATION, locale), b.key(), b.name(), b.newTeachers(), b.youngTeachers(),
					hidden, suppressed));
		}
		return rows;
	}

	private static List<Object> row(String section, String key, String name, CoverageFigure newTeachers,
			CoverageFigure young, Predicate<CoverageFigure> hidden, String suppressed) {
		// A share and its verdict are null (an empty cell) for a group without teachers.
		List<Object> row = new ArrayList<>(Arrays.asList(section, key, name));
		for (CoverageFigure figure : List.of(newTeachers, young)) {
			if (hidden.test(figure)) {
				row.addAll(Arrays.asList(suppressed, null, null, null));
			}
			else {
				row.addAll(Arrays.asList(figure.total(), figure.covered(), figure.share(), figure.met()));
			}
		}
		return row;
	}

	private static List<String> header(Locale locale) {
		return isRussian(locale) ? HEADER_RU : HEADER_EN;
	}

	private static boolean isRussian(Locale locale) {
		return locale == null || !"en".equals(locale.getLanguage());
	}

}
