package ru.horizon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.ingest.internal.GraphWriter;
import ru.horizon.ingest.internal.Table;
import ru.horizon.ingest.internal.TableReader;
import ru.horizon.ingest.internal.ValidatedImport;
import ru.horizon.ingest.internal.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows of nodes new to the graph are created, the others upserted: whichever path a row
 * takes, the graph is the same.
 */
@HorizonTest
class NewNodesImportTests {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void importingOverAGraphThatHoldsSomeOfTheNodesGivesTheSameGraphAsIntoAnEmptyOne() {
		IngestFixtures.loadBase(this.driver, this.ingest);
		List<String> graph = IngestFixtures.fingerprint(this.driver);
		// New again: a teacher with a pair, memberships, participations and diagnoses; a
		// group
		// with members and events; an event with participants; an organization with
		// members.
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE n:Teacher AND n.id = 't2' OR n:Group AND n.id = 'g1' OR n:Event AND n.id = 'e2'
						OR n:Organization AND n.id = 'o2' OR n:MentoringPair AND n.id = 'p2'
					DETACH DELETE n""").consume();
			// Changed where it still exists: the import replaces what its rows describe.
			session.run("MATCH (t:Teacher {id: 't1'})-[r:TEACHES]->() DELETE r").consume();
			session.run("MATCH (e:Event {id: 'e1'}) SET e.title = 'old'").consume();
		}
		ImportReport report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.write(IngestFixtures.base()));
		assertThat(report.errors()).isEmpty();
		assertThat(report.nodesCreated()).isEqualTo(5);
		assertThat(report.files().get("teachers"))
			.isEqualTo(new ImportReport.FileSummary(4, 1L, 3L, List.of("id", "full_name", "organization_id",
					"teaching_since", "position", "subjects", "category", "weekly_hours", "birth_year", "left_on")));
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(graph);
	}

	@Test
	void aNodeThatAppearsAfterValidationIsUpsertedNotDuplicated() {
		IngestFixtures.loadBase(this.driver, this.ingest);
		List<String> graph = IngestFixtures.fingerprint(this.driver);
		long[] counts = IngestFixtures.counts(this.driver);
		// Validated as if the graph were empty: every node looks new, but all exist when
		// written.
		ValidatedImport valid = new Validator(LocalDate.now(), (label, keys) -> Set.of())
			.validate(read(IngestFixtures.write(IngestFixtures.base())));
		assertThat(valid.errors()).isEmpty();
		GraphWriter.Counters counters = new GraphWriter(this.driver, SessionConfig.defaultConfig(), 5000, 2_000_000,
				100_000, Duration.ofMinutes(1))
			.write(valid, ImportProgress.NONE);
		assertThat(counters.nodesCreated()).isZero();
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(counts);
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(graph);
	}

	private static Map<String, Table> read(Path directory) {
		try {
			return new TableReader().read(directory).tables();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
