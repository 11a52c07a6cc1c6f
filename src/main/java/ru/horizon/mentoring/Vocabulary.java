package ru.horizon.mentoring;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Names of subjects and competencies by code, so that explanations say «Математика»
 * rather than {@code math}. Callers hold the (read) transaction.
 */
@Component
class Vocabulary {

	private final Neo4jClient neo4j;

	Vocabulary(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		this.neo4j.query("""
				MATCH (s:Subject) RETURN s.code AS code, s.name AS name
				UNION ALL
				MATCH (c:Competency) RETURN c.code AS code, c.name AS name""")
			.fetch()
			.all()
			.forEach((row) -> {
				if (row.get("name") != null) {
					names.putIfAbsent((String) row.get("code"), (String) row.get("name"));
				}
			});
		return names;
	}

}
