package ru.horizon.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.system.neo4j.CypherMigrations;
import ru.horizon.system.neo4j.CypherMigrations.Migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@HorizonTest
class CypherMigrationsTests {

	@Autowired
	Driver driver;

	@Autowired
	CypherMigrations migrations;

	@Test
	void everyMigrationIsAppliedOnceWithItsChecksum() {
		List<Migration> files = CypherMigrations.load("classpath*:cypher/migrations/V*.cypher");
		assertThat(files).extracting(Migration::version).startsWith(1, 2).isSorted();
		// Applying again changes nothing.
		this.migrations.apply(files);
		try (Session session = this.driver.session()) {
			var records = session.run("MATCH (m:__HorizonMigration) RETURN m.version AS v, m.checksum AS c ORDER BY v")
				.list();
			assertThat(records).hasSize(files.size());
			assertThat(records.get(0).get("c").asString()).isEqualTo(files.get(0).checksum());
			assertThat(session.run("SHOW CONSTRAINTS YIELD labelsOrTypes RETURN collect(labelsOrTypes[0]) AS l")
				.single()
				.get("l")
				.asList()).contains("Teacher", "Organization", "MentoringPair", "Event", "Group", "Subject");
		}
	}

	@Test
	void anEditedAppliedMigrationStopsStartUp() {
		Migration first = CypherMigrations.load("classpath*:cypher/migrations/V*.cypher").get(0);
		Migration edited = new Migration(first.version(), first.description(), first.text() + "\n// edited", "0000");
		assertThatIllegalStateException().isThrownBy(() -> this.migrations.apply(List.of(edited)))
			.withMessageContaining("V0001__Create constraints was edited after it was applied");
	}

	@Test
	void statementsSplitOnSemicolonsSkippingComments() {
		Migration migration = new Migration(9, "x", "// a comment\nCREATE (a);\nMATCH (n)\nRETURN n;\n", "c");
		assertThat(migration.statements()).containsExactly("CREATE (a)", "MATCH (n)\nRETURN n");
	}

}
