package ru.horizon.notebook;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Cypher endpoint's answers bounded where they are made: a huge value is refused
 * before it leaves the database (no list of twenty million numbers in the application's
 * heap), rows are cut at the row and byte limits, and ordinary queries, unaliased
 * columns, UNION and the schema procedures still answer as before.
 */
@HorizonTest
class CypherBoundsTests {

	@Autowired
	TestClients clients;

	@SuppressWarnings("rawtypes")
	private Map post(String query, Map<String, Object> parameters) {
		return this.clients.rest("analyst")
			.post()
			.uri("/api/cypher")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query, "parameters", parameters))
			.retrieve()
			.body(Map.class);
	}

	private HttpClientErrorException refused(String query) {
		HttpClientErrorException ex = catchThrowableOfType(HttpClientErrorException.class, () -> post(query, Map.of()));
		assertThat(ex).as(query).isNotNull();
		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		return ex;
	}

	@Test
	void aHugeValueIsRefusedBeforeItLeavesTheDatabase() {
		for (String query : List.of("RETURN range(1, 20000000)", "RETURN range(1, 20000000) AS r",
				"WITH range(1, 20000000) AS r RETURN {numbers: r} AS m",
				"RETURN [x IN range(1, 200) | [y IN range(1, 200) | range(1, 200)]] AS cube",
				"RETURN [[[[[range(1, 3)]]]]] AS deep", "RETURN 1 AS one UNION RETURN range(1, 20000000) AS one")) {
			HttpClientErrorException ex = refused(query);
			assertThat(ex.getResponseBodyAsString()).as(query).contains("horizon.cypher.max-bytes");
			// the value never crossed: the database sent null and the row's size (the
			// test JVM also
			// holds the in-process database, so its heap says nothing about the
			// application's)
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void rowsAreCutAtTheByteLimit() {
		String text = "x".repeat(4000);
		Map<String, Object> body = post("UNWIND range(1, 9000) AS x RETURN x, $text AS text", Map.of("text", text));
		List<List<Object>> rows = (List<List<Object>>) body.get("rows");
		// 16 MB at about 8 KB a row
		assertThat(rows.size()).isBetween(1500, 2200);
		assertThat(body.get("truncated")).isEqualTo(true);
		assertThat(rows.get(0)).containsExactly(1, text);
	}

	@Test
	@SuppressWarnings("unchecked")
	void ordinaryQueriesAnswerAsBefore() {
		Map<String, Object> count = post("UNWIND [3, 1, 2] AS x RETURN count(x), max(x)", Map.of());
		assertThat(count.get("columns")).isEqualTo(List.of("count(x)", "max(x)"));
		assertThat(count.get("rows")).isEqualTo(List.of(List.of(3, 3)));
		Map<String, Object> ordered = post("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x DESC", Map.of());
		assertThat(ordered.get("rows")).isEqualTo(List.of(List.of(3), List.of(2), List.of(1)));
		Map<String, Object> union = post("RETURN 'a' AS v UNION ALL RETURN 'b, c' AS v", Map.of());
		assertThat(union.get("rows")).isEqualTo(List.of(List.of("a"), List.of("b, c")));
		Map<String, Object> nested = post("RETURN {a: [1, 2], b: 'x'} AS m, [[1], [2, 3]] AS l, null AS n", Map.of());
		List<Object> row = ((List<List<Object>>) nested.get("rows")).get(0);
		assertThat(row.get(0)).isEqualTo(Map.of("a", List.of(1, 2), "b", "x"));
		assertThat(row.get(1)).isEqualTo(List.of(List.of(1), List.of(2, 3)));
		assertThat(row.get(2)).isNull();
		assertThat(post("SHOW INDEXES YIELD name RETURN name", Map.of()).get("columns")).isEqualTo(List.of("name"));
		assertThat(post("SHOW INDEXES", Map.of()).get("rows")).isNotNull();
	}

}
