package ru.horizon.system.neo4j;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

import ru.horizon.system.cli.CommandLineVerb;

/**
 * {@code prepare-database}: starts the database, applies the migrations (its constraints
 * and indexes: on a database written by Neo4j's bulk importer, built here over its data)
 * and waits until every index is online. The launcher runs it after {@code bulk-import},
 * so that a new database leaves the verb ready to answer.
 */
@Component
class PrepareDatabaseVerb implements CommandLineVerb {

	/** The longest wait for the indexes to come online, in seconds. */
	private static final int INDEX_WAIT_SECONDS = 3600;

	private final Driver driver;

	PrepareDatabaseVerb(Driver driver) {
		this.driver = driver;
	}

	@Override
	public String name() {
		return "prepare-database";
	}

	@Override
	public String usage() {
		return "prepare-database   (starts the database, applies the migrations, waits until every index is online)";
	}

	@Override
	public int run(List<String> args) {
		// The migrations ran as the context started; their indexes fill in the
		// background.
		try (Session session = this.driver.session()) {
			session.run("CALL db.awaitIndexes($seconds)", java.util.Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
			long online = session.run("SHOW INDEXES YIELD state WHERE state = 'ONLINE' RETURN count(*) AS n")
				.single()
				.get("n")
				.asLong();
			System.out.println("Constraints and indexes online (" + online + " indexes): the database is ready.");
		}
		return DONE;
	}

}
