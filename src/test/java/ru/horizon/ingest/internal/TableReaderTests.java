package ru.horizon.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading what real registries hold (field cases of issue 13), without a database: the
 * encodings of pasted files, workbooks with formulas, title rows, blank rows and columns,
 * and the bounds that refuse zip bombs and oversized workbooks.
 */
class TableReaderTests {

	private static final Path FIELD_CASES = Path.of("src/test/resources/ingest/field-cases");

	@Test
	void mixedEncodingIsDecodedLineByLineWithAWarningNamingTheLine() throws IOException {
		TableReader reader = new TableReader().read(FIELD_CASES.resolve("mixed-encoding"));
		Table teachers = reader.tables().get("teachers");
		assertThat(cell(teachers, 0, "full_name")).isEqualTo("Иванова Мария Сергеевна");
		assertThat(cell(teachers, 1, "full_name")).isEqualTo("Петров Илья Андреевич");
		assertThat(cell(teachers, 2, "full_name")).isEqualTo("Сидорова Анна Павловна");
		assertThat(cell(teachers, 2, "position")).isEqualTo("Учитель истории");
		assertThat(reader.warnings()).singleElement().asString().startsWith("teachers.csv:4: -: the line is not UTF-8");
		assertThat(reader.errors()).isEmpty();
	}

	@Test
	void aFileWhollyInWindows1251IsReadWithoutWarning() throws IOException {
		byte[] bytes = "id;full_name;organization_id;teaching_since\nt1;Ёлкина Анна;o1;01.09.2020\n"
			.getBytes(Charset.forName("windows-1251"));
		TableReader reader = new TableReader().read("teachers.csv", bytes);
		assertThat(cell(reader.tables().get("teachers"), 0, "full_name")).isEqualTo("Ёлкина Анна");
		assertThat(reader.warnings()).isEmpty();
	}

	@Test
	void workbookFormulasGiveTheValuesExcelSaved() throws IOException {
		TableReader reader = new TableReader().read(FIELD_CASES.resolve("xlsx-formulas/roster.xlsx"));
		assertThat(reader.errors()).isEmpty();
		Table teachers = reader.tables().get("teachers");
		assertThat(cell(teachers, 0, "id")).isEqualTo("c04-t1");
		assertThat(cell(teachers, 0, "full_name")).isEqualTo("Ковалёва Дарья Игоревна");
		assertThat(cell(teachers, 0, "teaching_since")).isEqualTo("2025-09-01");
		assertThat(cell(teachers, 0, "weekly_hours")).isEqualTo("18.5");
		assertThat(cell(teachers, 1, "id")).isEqualTo("c04-t2");
		assertThat(cell(teachers, 1, "full_name")).isEqualTo("Зуев Степан Ильич");
		assertThat(cell(teachers, 1, "teaching_since")).isEqualTo("2004-09-01");
		assertThat(cell(teachers, 1, "weekly_hours")).isEqualTo("18");
		assertThat(reader.warnings()).contains("Лист1: not a sheet of the import format, ignored");
	}

	@Test
	void formulaCellsOfEveryTypeAndCellsWithoutValue() throws IOException {
		String sheet = """
				<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>full_name</t></is></c>\
				<c r="C1" t="inlineStr"><is><t>organization_id</t></is></c><c r="D1" t="inlineStr"><is><t>teaching_since</t></is></c>\
				<c r="E1" t="inlineStr"><is><t>weekly_hours</t></is></c><c r="F1" t="inlineStr"><is><t>left_on</t></is></c></row>\
				<row r="2"><c r="A2" t="str"><f>"t"&amp;1</f><v>t1</v></c><c r="B2" t="str"><f>X2</f><v>Иванова Анна</v></c>\
				<c r="C2"><f>1+1</f><v>2</v></c><c r="D2" s="1"><f>DATE(2020,9,1)</f><v>44075</v></c>\
				<c r="E2" t="b"><f>TRUE()</f><v>1</v></c></row>\
				<row r="3"><c r="A3" t="str"><f>"t"&amp;2</f></c><c r="B3" t="e"><f>#REF!</f><v>#REF!</v></c>\
				<c r="C3"><v>45901</v></c><c r="D3"><f>TODAY()</f></c></row>""";
		TableReader reader = new TableReader().read("roster.xlsx", workbook(sheet));
		Table teachers = reader.tables().get("teachers");
		assertThat(cell(teachers, 0, "id")).isEqualTo("t1");
		assertThat(cell(teachers, 0, "full_name")).isEqualTo("Иванова Анна");
		assertThat(cell(teachers, 0, "organization_id")).isEqualTo("2");
		assertThat(cell(teachers, 0, "teaching_since")).isEqualTo("2020-09-01");
		assertThat(cell(teachers, 0, "weekly_hours")).isEqualTo("true");
		// A number not formatted as a date stays a number: the validator names it.
		assertThat(cell(teachers, 1, "organization_id")).isEqualTo("45901");
		assertThat(reader.errors()).containsExactly(
				"teachers:3: id: cell A3: the formula =\"t\"&2 has no saved value (open the file in Excel and save it again, or type the value)",
				"teachers:3: full_name: cell B3: holds the error #REF! (formula =#REF!)",
				"teachers:3: teaching_since: cell D3: the formula =TODAY() has no saved value (open the file in Excel and save it again, or type the value)");
	}

	@Test
	void titleRowsAboveTheHeaderAndBlankRowsAndColumnsAreSkipped() throws IOException {
		String csv = "\uFEFFСписок педагогов МБОУ СОШ № 1;;;;\n" + "на 01.09.2025;;;;\n" + ";;;;\n"
				+ "id;full_name;organization_id;teaching_since;\n" + "t1;Иванова Анна;o1;01.09.2020;\n"
				+ "\u00A0;;\u200B;;\n" + ";;;;\n";
		TableReader reader = new TableReader().read("teachers.csv", csv.getBytes(StandardCharsets.UTF_8));
		Table teachers = reader.tables().get("teachers");
		assertThat(teachers.headers()).containsExactly("id", "full_name", "organization_id", "teaching_since");
		assertThat(teachers.rows()).hasSize(1);
		assertThat(teachers.rows().get(0).line()).isEqualTo(5);
		assertThat(reader.warnings()).containsExactly("teachers.csv:4: -: the header row is line 4; 2 row(s) above it"
				+ " skipped («Список педагогов МБОУ СОШ № 1 / на 01.09.2025»)");
	}

	@Test
	void workbookTitleRowsAreSkippedAndRowsKeepTheirSheetNumbers() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("teachers");
			sheet.createRow(0).createCell(0).setCellValue("Реестр молодых педагогов");
			Row header = sheet.createRow(2);
			String[] names = { "id", "full_name", "organization_id", "teaching_since" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(3);
			row.createCell(0).setCellValue("t1");
			row.createCell(1).setCellValue("Иванова Анна");
			row.createCell(2).setCellValue("o1");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
			row.createCell(3).setCellValue(java.time.LocalDate.of(2020, 9, 1));
			row.getCell(3).setCellStyle(date);
			sheet.createRow(10).createCell(5).setCellValue("");
			workbook.write(bytes);
			TableReader reader = new TableReader().read("book.xlsx", bytes.toByteArray());
			Table teachers = reader.tables().get("teachers");
			assertThat(teachers.rows()).hasSize(1);
			assertThat(teachers.rows().get(0).line()).isEqualTo(4);
			assertThat(cell(teachers, 0, "teaching_since")).isEqualTo("2020-09-01");
			assertThat(reader.warnings()).singleElement()
				.asString()
				.startsWith("teachers:3: -: the header row is line 3");
		}
	}

	@Test
	void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("teachers.csv"));
			byte[] zeros = new byte[1 << 20];
			Arrays.fill(zeros, (byte) 'a');
			for (int i = 0; i < 20; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(100_000);
		TableReader reader = new TableReader(new TableReader.Limits(10, 100L << 20, 100, 5, 1000, 10_000));
		assertThatThrownBy(() -> reader.read("upload.zip", bytes.toByteArray())).isInstanceOf(InputRefused.class)
			.hasMessageContaining("expands more than 100 times");
	}

	@Test
	void archiveEntriesUncompressedBytesSheetsRowsAndCellsAreBounded() throws IOException {
		byte[] zip = zip(List.of("a.csv", "b.csv", "c.csv"), "id,name\nx,y\n");
		assertThatThrownBy(
				() -> new TableReader(new TableReader.Limits(2, 1 << 20, 100, 5, 1000, 1000)).read("upload.zip", zip))
			.isInstanceOf(InputRefused.class)
			.hasMessageContaining("3 entries, more than 2");
		byte[] big = ("id,name\n" + "x,y\n".repeat(1000)).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> new TableReader(new TableReader.Limits(10, 1000, 100, 5, 100_000, 100_000))
			.read("regions.csv", big)).isInstanceOf(InputRefused.class).hasMessageContaining("more than 1000 bytes");
		assertThatThrownBy(() -> new TableReader(new TableReader.Limits(10, 1 << 20, 100, 5, 100, 100_000))
			.read("regions.csv", big)).isInstanceOf(InputRefused.class).hasMessageContaining("more than 100 rows");
		assertThatThrownBy(() -> new TableReader(new TableReader.Limits(10, 1 << 20, 100, 5, 100_000, 500))
			.read("regions.csv", big)).isInstanceOf(InputRefused.class).hasMessageContaining("more than 500 cells");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			for (int i = 0; i < 4; i++) {
				workbook.createSheet("s" + i);
			}
			workbook.write(bytes);
			assertThatThrownBy(() -> new TableReader(new TableReader.Limits(100, 1 << 24, 100, 3, 1000, 1000))
				.read("book.xlsx", bytes.toByteArray())).isInstanceOf(InputRefused.class)
				.hasMessageContaining("more than 3 sheets");
		}
	}

	@Test
	void aBrokenWorkbookIsRefusedWithAMessage() throws IOException {
		byte[] broken = zip(List.of("[Content_Types].xml"), "<not xml");
		assertThatThrownBy(() -> new TableReader().read("book.xlsx", broken)).isInstanceOf(InputRefused.class);
		byte[] entity = workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
		assertThatThrownBy(() -> new TableReader().read("book.xlsx", entity)).isInstanceOf(InputRefused.class)
			.hasMessageContaining("XML");
	}

	private static String cell(Table table, int row, String column) {
		int at = table.headers().indexOf(column);
		String[] cells = table.rows().get(row).cells();
		return (at < cells.length) ? Cells.trimEdges(cells[at]) : "";
	}

	private static byte[] zip(List<String> names, String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(text.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * A workbook with one sheet "teachers" whose sheetData is {@code rows}; style 1 is a
	 * date.
	 */
	static byte[] workbook(String rows) throws IOException {
		Path base = Files.createTempFile("book", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("teachers");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			try (var out = Files.newOutputStream(base)) {
				workbook.write(out);
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipFile(base.toFile()); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					xml = xml.replaceFirst("<sheetData\\s*/>",
							"<sheetData>" + java.util.regex.Matcher.quoteReplacement(rows) + "</sheetData>");
					content = xml.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		finally {
			Files.deleteIfExists(base);
		}
		return bytes.toByteArray();
	}

}
