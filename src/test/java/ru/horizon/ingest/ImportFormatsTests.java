package ru.horizon.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes registries arrive in: Windows-1251 with {@code ;} and DD.MM.YYYY, UTF-8 with
 * a BOM, an XLSX workbook, a zip over HTTP. Each gives the same graph as the plain CSV.
 */
@HorizonTest
class ImportFormatsTests {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Autowired
	TestClients clients;

	List<String> expected;

	@BeforeEach
	void baseGraph() {
		IngestFixtures.loadBase(this.driver, this.ingest);
		this.expected = IngestFixtures.fingerprint(this.driver);
		TestGraph.clear(this.driver);
	}

	@Test
	void windows1251WithSemicolonsAndRussianDatesGiveTheSameGraph() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		IngestFixtures.base().forEach((name, text) -> {
			String russian = text.replace(',', ';').replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3.$2.$1");
			files.put(name, russian.getBytes(Charset.forName("windows-1251")));
		});
		ImportReport report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.writeBytes(files));
		assertThat(report.errors()).isEmpty();
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(this.expected);
	}

	@Test
	void utf8WithByteOrderMarkGivesTheSameGraph() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		IngestFixtures.base().forEach((name, text) -> {
			byte[] body = text.getBytes(StandardCharsets.UTF_8);
			byte[] withBom = new byte[body.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(body, 0, withBom, 3, body.length);
			files.put(name, withBom);
		});
		ImportReport report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.writeBytes(files));
		assertThat(report.errors()).isEmpty();
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(this.expected);
	}

	@Test
	void xlsxWorkbookGivesTheSameGraph() throws Exception {
		byte[] workbook = workbook(IngestFixtures.base());
		ImportReport report = Access
			.asSystem(() -> this.ingest.importUpload("city.xlsx", workbook, ImportProgress.NONE));
		assertThat(report.errors()).isEmpty();
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(this.expected);
	}

	@Test
	void xlsxErrorsNameTheSheetAndRow() throws Exception {
		Map<String, String> files = IngestFixtures.base();
		files.put("teachers.csv", files.get("teachers.csv").replace("HIGHEST", "TOP"));
		byte[] workbook = workbook(files);
		ImportReport report = Access
			.asSystem(() -> this.ingest.importUpload("city.xlsx", workbook, ImportProgress.NONE));
		assertThat(report.errors())
			.containsExactly("teachers:2: category: unknown value 'TOP' (expected one of NONE, SZD, FIRST, HIGHEST)");
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(0, 0);
	}

	@Test
	void zipOverHttpImportsForAdminAndCoordinatorOnly() throws IOException {
		byte[] zip = zip(IngestFixtures.base());
		assertThat(post("analyst", zip).value()).isEqualTo(403);
		assertThat(post("curator", zip).value()).isEqualTo(403);
		assertThat(post("viewer", zip).value()).isEqualTo(403);
		assertThat(post(null, zip).value()).isEqualTo(401);
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(0, 0);
		assertThat(post("coordinator", zip).value()).isEqualTo(200);
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(this.expected);
		assertThat(post("admin", zip).value()).isEqualTo(200);
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(this.expected);
	}

	@Test
	void rejectedUploadAnswers400WithEveryError() throws IOException {
		Map<String, String> files = IngestFixtures.base();
		files.put("teachers.csv", files.get("teachers.csv").replace("o1,2005-09-01", "o1,2005-13-01"));
		Map<?, ?> body = this.clients.rest("admin")
			.post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(zip(files))
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(400);
				return response.bodyTo(Map.class);
			});
		assertThat(body.get("imported")).isEqualTo(false);
		assertThat(((List<?>) body.get("errors")).stream().map(Object::toString).toList()).containsExactly(
				"teachers.csv:2: teaching_since: bad date '2005-13-01' (expected YYYY-MM-DD or DD.MM.YYYY)");
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(0, 0);
	}

	private HttpStatusCode post(String user, byte[] body) {
		RestClient client = this.clients.rest(user);
		return client.post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(body)
			.exchange((request, response) -> response.getStatusCode());
	}

	static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("city/" + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * One sheet per file; dates as real date cells and numbers as numeric cells, as Excel
	 * keeps them.
	 */
	static byte[] workbook(Map<String, String> files) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			for (Map.Entry<String, String> file : files.entrySet()) {
				Sheet sheet = workbook.createSheet(file.getKey().replace(".csv", ""));
				List<String> lines = file.getValue().lines().toList();
				for (int i = 0; i < lines.size(); i++) {
					Row row = sheet.createRow(i);
					String[] cells = lines.get(i).split(",", -1);
					for (int c = 0; c < cells.length; c++) {
						String cell = cells[c];
						if (i > 0 && cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
							row.createCell(c).setCellValue(LocalDate.parse(cell));
							row.getCell(c).setCellStyle(dateStyle);
						}
						else if (i > 0 && cell.matches("\\d+(\\.\\d+)?")) {
							row.createCell(c).setCellValue(Double.parseDouble(cell));
						}
						else {
							row.createCell(c).setCellValue(cell);
						}
					}
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

}
