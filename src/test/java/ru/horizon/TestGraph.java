package ru.horizon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;

/**
 * Small hand-made graphs for tests: {@code src/test/resources/graphs/NAME.cypher}, one
 * statement per {@code ;}-terminated block, loaded into an emptied database.
 */
public final class TestGraph {

	private TestGraph() {
	}

	/** Deletes every node but the record of applied migrations. */
	public static void clear(Driver driver) {
		try (Session session = driver.session()) {
			session.run(
					"MATCH (n) WHERE NOT n:__HorizonMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
				.consume();
		}
	}

	/** Empties the database and loads {@code graphs/NAME.cypher}. */
	public static void load(Driver driver, String name) {
		clear(driver);
		String text;
		try {
			text = new ClassPathResource("graphs/" + name + ".cypher").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (Session session = driver.session()) {
			for (String statement : text.split(";\\s*(\\n|$)")) {
				String cypher = statement.lines()
					.filter((line) -> !line.strip().startsWith("//"))
					.reduce("", (a, b) -> a + b + "\n")
					.strip();
				if (!cypher.isEmpty()) {
					session.run(cypher).consume();
				}
			}
		}
	}

}
