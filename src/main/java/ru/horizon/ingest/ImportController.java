package ru.horizon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import ru.horizon.ingest.internal.InputRefused;
import ru.horizon.system.cache.WarmUps;

/**
 * {@code POST /api/import}: the body is a zip of CSV files or an XLSX workbook (or one
 * CSV file, named by the {@code X-File-Name} header). 200 with the summary when imported,
 * 400 with every error when rejected (nothing written), 403 for a role that may not
 * import, 413 for a body over {@code horizon.import.max-upload-size}.
 * <p>
 * The role and the declared size are checked before a byte of the body is read; the body
 * is then streamed to a temporary file (never held in memory), counting bytes so that a
 * body without {@code Content-Length} is cut off at the bound too. The answer:
 * {@code imported}, {@code errors} (texts {@code file:line: column: message}),
 * {@code problems} (the same cut into {@code file}, {@code line}, {@code column},
 * {@code message}, for a table), {@code warnings}, {@code files} (rows, columns updated,
 * and when imported created/updated) and, when imported, {@code nodesCreated} and
 * {@code relationshipsCreated}.
 */
@RestController
class ImportController {

	private static final Log log = LogFactory.getLog(ImportController.class);

	private final IngestService ingest;

	private final IngestProperties properties;

	private final ObjectProvider<WarmUps> warmUps;

	ImportController(IngestService ingest, IngestProperties properties, ObjectProvider<WarmUps> warmUps) {
		this.ingest = ingest;
		this.properties = properties;
		this.warmUps = warmUps;
	}

	@PostMapping(path = "/api/import", consumes = "*/*")
	ResponseEntity<Map<String, Object>> importFiles(HttpServletRequest request,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		// Before the body: who asks (403), and how much they declare (413).
		this.ingest.checkMayImport();
		long max = this.properties.maxUploadSize().toBytes();
		long declared = request.getContentLengthLong();
		if (declared > max) {
			return refused(HttpStatus.PAYLOAD_TOO_LARGE, "The body (" + declared + " bytes) exceeds "
					+ this.properties.maxUploadSize() + " (horizon.import.max-upload-size).");
		}
		Path file = Files.createTempFile("horizon-upload-", ".bin");
		try {
			long size;
			try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
				size = copy(in, out, max);
			}
			if (size > max) {
				return refused(HttpStatus.PAYLOAD_TOO_LARGE,
						"The body exceeds " + this.properties.maxUploadSize() + " (horizon.import.max-upload-size).");
			}
			if (size == 0) {
				return refused(HttpStatus.BAD_REQUEST, "The body must be a zip of CSV files or an .xlsx workbook.");
			}
			ImportReport report;
			try {
				String name = (fileName != null)
						? java.net.URLDecoder.decode(fileName, java.nio.charset.StandardCharsets.UTF_8) : "upload.zip";
				report = this.ingest.importUpload(name, file, ImportProgress.NONE);
			}
			catch (InputRefused ex) {
				return refused(HttpStatus.BAD_REQUEST, ex.getMessage());
			}
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("imported", report.imported());
			answer.put("errors", report.errors());
			answer.put("problems", report.errors().stream().map(ImportReport.Problem::of).toList());
			answer.put("warnings", report.warnings());
			answer.put("files", report.files());
			if (report.imported()) {
				answer.put("nodesCreated", report.nodesCreated());
				answer.put("relationshipsCreated", report.relationshipsCreated());
			}
			answer.put("millis", report.millis());
			if (report.imported()) {
				log.info("Import over HTTP: %d rows in %d ms".formatted(report.rows(), report.millis()));
				// Whoever opens the dashboard after this answer finds its answers kept.
				this.warmUps.ifAvailable(WarmUps::awaitFresh);
			}
			return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(answer);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Copies at most {@code max + 1} bytes: more than {@code max} means too large. */
	private static long copy(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > max) {
				return total;
			}
			out.write(buffer, 0, n);
		}
		return total;
	}

	private static ResponseEntity<Map<String, Object>> refused(HttpStatus status, String message) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("imported", false);
		answer.put("errors", List.of(message));
		answer.put("problems", List.of(new ImportReport.Problem("", 0, "-", message)));
		answer.put("warnings", List.of());
		answer.put("files", Map.of());
		return ResponseEntity.status(status).body(answer);
	}

}
