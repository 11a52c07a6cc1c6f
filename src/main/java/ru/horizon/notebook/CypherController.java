package ru.horizon.notebook;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cypher}: a read-only Cypher query with parameters, answered as JSON,
 * or as CSV with {@code Accept: text/csv} or {@code ?format=csv}.
 */
@RestController
class CypherController {

	/** The request: a query and its parameters. */
	record CypherRequest(String query, Map<String, Object> parameters) {
	}

	private final ReadOnlyCypher cypher;

	private final JsonMapper json;

	CypherController(ReadOnlyCypher cypher, JsonMapper json) {
		this.cypher = cypher;
		this.json = json;
	}

	@PostMapping(path = "/api/cypher", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> run(@RequestBody CypherRequest request,
			@RequestParam(name = "format", required = false) String format,
			@RequestHeader(name = "Accept", required = false) String accept) throws IOException {
		ReadOnlyCypher.Answer answer = this.cypher.run(request.query(), request.parameters());
		boolean csv = "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
		}
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
			.setHeader(answer.columns().toArray(String[]::new))
			.get()
			.print(out)) {
			for (List<Object> row : answer.rows()) {
				printer.printRecord(row.stream().map(this::cell).toList());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("X-Horizon-Truncated", String.valueOf(answer.truncated()))
			.body(out.toString());
	}

	private Object cell(Object value) {
		return (value instanceof Map || value instanceof List) ? this.json.writeValueAsString(value) : value;
	}

}
