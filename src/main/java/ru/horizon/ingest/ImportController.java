package ru.horizon.ingest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import ru.horizon.system.DomainException;

/**
 * {@code POST /api/import}: the body is a zip of CSV files or an XLSX workbook (or one CSV
 * file). 200 with the summary when imported, 400 with every error when rejected.
 */
@RestController
class ImportController {

	private static final Log log = LogFactory.getLog(ImportController.class);

	private final IngestService ingest;

	private final IngestProperties properties;

	ImportController(IngestService ingest, IngestProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	@PostMapping(path = "/api/import", consumes = "*/*")
	ResponseEntity<Map<String, Object>> importFiles(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		if (body == null || body.length == 0) {
			throw DomainException.badRequest("The body must be a zip of CSV files or an .xlsx workbook.");
		}
		if (body.length > this.properties.maxUploadSize().toBytes()) {
			throw DomainException.badRequest("The body exceeds " + this.properties.maxUploadSize() + ".");
		}
		ImportReport report = this.ingest.importUpload((fileName != null) ? fileName : "upload.zip", body,
				ImportProgress.NONE);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("imported", report.imported());
		answer.put("errors", report.errors());
		answer.put("warnings", report.warnings());
		answer.put("files", report.files());
		answer.put("nodesCreated", report.nodesCreated());
		answer.put("relationshipsCreated", report.relationshipsCreated());
		answer.put("millis", report.millis());
		if (report.imported()) {
			log.info("Import over HTTP: %d rows in %d ms".formatted(report.rows(), report.millis()));
		}
		return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(answer);
	}

}
