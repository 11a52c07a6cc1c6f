package ru.horizon.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/import} against what an attacker or a careless upload sends (issue 18,
 * item 1): the role and the declared size are refused before the body is read, zip bombs
 * and broken workbooks are clear 400s, and a rejected import reports no created counts.
 */
@HorizonTest
class ImportUploadTests {

	@Autowired
	Driver driver;

	@Autowired
	TestClients clients;

	@BeforeEach
	void empty() {
		TestGraph.clear(this.driver);
	}

	/**
	 * Sends only the head of a request that declares {@code declared} bytes of body, and
	 * the first KiB of it: a server that read the body before answering would wait here.
	 */
	private String statusWithoutBody(String user, long declared) throws IOException {
		URI base = URI.create(this.clients.baseUrl());
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(10_000);
			String token = Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + token
					+ "\r\nContent-Type: application/zip\r\nContent-Length: " + declared + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[1024]);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			return line.toString().strip();
		}
	}

	@Test
	void aRoleThatMayNotImportIsRefusedBeforeTheBodyIsRead() throws IOException {
		long started = System.nanoTime();
		assertThat(statusWithoutBody("viewer", 300L << 20)).isEqualTo("HTTP/1.1 403");
		assertThat(statusWithoutBody("curator", 300L << 20)).isEqualTo("HTTP/1.1 403");
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(8_000);
	}

	@Test
	void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
		assertThat(statusWithoutBody("admin", 300L << 20)).isEqualTo("HTTP/1.1 413");
	}

	private Map<?, ?> post(String user, byte[] body, int status) {
		return this.clients.rest(user)
			.post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header("X-File-Name", "upload.zip")
			.body(body)
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(status);
				return response.bodyTo(Map.class);
			});
	}

	@Test
	void aZipBombIsAClear400() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("teachers.csv"));
			byte[] block = new byte[1 << 20];
			Arrays.fill(block, (byte) ',');
			for (int i = 0; i < 64; i++) {
				zip.write(block);
			}
			zip.closeEntry();
		}
		Map<?, ?> answer = post("admin", bytes.toByteArray(), 400);
		assertThat(answer.get("imported")).isEqualTo(false);
		assertThat(answer.get("errors").toString()).contains("expands more than 100 times");
	}

	@Test
	void aBrokenWorkbookIsAClear400() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types><!DOCTYPE".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Map<?, ?> answer = post("coordinator", bytes.toByteArray(), 400);
		assertThat(answer.get("errors").toString()).contains("workbook");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRejectedImportReportsNoCreatedCountsAndItsErrorsAsATable() throws IOException {
		Map<String, String> files = IngestFixtures.base();
		files.put("teachers.csv", files.get("teachers.csv").replace("o1,2005-09-01", "o1,2005-13-01"));
		Map<?, ?> answer = post("admin", ImportFormatsTests.zip(files), 400);
		assertThat(answer.keySet().stream().map(Object::toString).toList()).doesNotContain("nodesCreated",
				"relationshipsCreated");
		Map<?, ?> teachers = (Map<?, ?>) ((Map<?, ?>) answer.get("files")).get("teachers");
		assertThat(teachers.keySet().stream().map(Object::toString).toList()).doesNotContain("created", "updated");
		assertThat(teachers.get("rows")).isEqualTo(4);
		assertThat((List<Object>) answer.get("problems")).containsExactly(Map.of("file", "teachers.csv", "line", 2,
				"column", "teaching_since", "message", "bad date '2005-13-01' (expected YYYY-MM-DD or DD.MM.YYYY)"));
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(0, 0);
		Map<?, ?> imported = post("admin", ImportFormatsTests.zip(IngestFixtures.base()), 200);
		assertThat(((Number) imported.get("nodesCreated")).longValue()).isPositive();
		assertThat(((Map<?, ?>) ((Map<?, ?>) imported.get("files")).get("teachers")).get("created")).isEqualTo(4);
	}

}
