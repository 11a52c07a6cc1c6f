package ru.horizon.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A notebook of {@code cypher/notebooks/}, run as Neo4j Browser or cypher-shell would:
 * {@code :param name => expression} lines set parameters (the expression evaluated by the
 * database), the rest is one query.
 */
record Notebook(String path, String header, Map<String, Object> parameters, String query) {

	private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+?);?\\s*$");

	static List<Notebook> all(Driver driver) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/notebooks/**/*.cypher");
			List<Notebook> notebooks = new ArrayList<>();
			for (Resource resource : resources) {
				String path = resource.getURI().toString().replaceAll(".*cypher/notebooks/", "");
				notebooks.add(parse(path, resource.getContentAsString(StandardCharsets.UTF_8), driver));
			}
			notebooks.sort((a, b) -> a.path().compareTo(b.path()));
			return notebooks;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Notebook parse(String path, String text, Driver driver) {
		StringBuilder header = new StringBuilder();
		StringBuilder query = new StringBuilder();
		Map<String, Object> parameters = new HashMap<>();
		boolean inHeader = true;
		for (String line : text.split("\n")) {
			Matcher param = PARAM.matcher(line.strip());
			if (inHeader && line.startsWith("//")) {
				header.append(line.substring(2).strip()).append('\n');
				continue;
			}
			inHeader = false;
			if (param.matches()) {
				try (Session session = driver.session()) {
					parameters.put(param.group(1),
							session.run("RETURN " + param.group(2) + " AS v").single().get("v").asObject());
				}
			}
			else {
				query.append(line).append('\n');
			}
		}
		return new Notebook(path, header.toString(), parameters, query.toString().strip().replaceAll(";$", ""));
	}

	/** Runs the query, with some parameters replaced. */
	List<Record> run(Driver driver, Map<String, Object> overrides) {
		Map<String, Object> all = new HashMap<>(this.parameters);
		all.putAll(overrides);
		try (Session session = driver.session()) {
			return session.executeRead((tx) -> tx.run(this.query, all).list());
		}
	}

	List<Record> run(Driver driver) {
		return run(driver, Map.of());
	}

	/** Values of one column, in row order. */
	static List<Object> column(List<Record> records, String name) {
		return records.stream().map((r) -> r.get(name).asObject()).toList();
	}

	@Override
	public String toString() {
		return this.path + " " + Arrays.toString(this.parameters.keySet().toArray());
	}

}
