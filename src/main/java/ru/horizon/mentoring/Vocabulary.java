package ru.horizon.mentoring;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;

/**
 * Names of subjects and competencies by code, so that explanations say «Математика»
 * rather than {@code math}, read once per version of the graph. Callers hold the (read)
 * transaction.
 */
@Component
class Vocabulary {

	private final Neo4jClient neo4j;

	private final GraphCache<String, Map<String, String>> cache;

	Vocabulary(Neo4jClient neo4j, GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.cache = cache.newCache(graphVersion);
	}

	/** Code to name, kept until the graph changes. */
	Map<String, String> names() {
		return this.cache.get("names", this::read);
	}

	private Map<String, String> read() {
		Map<String, String> names = new HashMap<>();
		this.neo4j.query("""
				MATCH (s:Subject) RETURN s.code AS code, s.name AS name
				UNION ALL
				MATCH (c:Competency) RETURN c.code AS code, c.name AS name""").fetch().all().forEach((row) -> {
			if (row.get("name") != null) {
				names.putIfAbsent((String) row.get("code"), (String) row.get("name"));
			}
		});
		return Map.copyOf(names);
	}

}
