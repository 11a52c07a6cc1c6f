package ru.horizon.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing twice changes nothing; export, then import into an empty database, gives the
 * same graph. Run on the demo city, so the generator's files are proven valid too.
 */
@HorizonTest
class RoundTripTests {

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void theSmallImportIsIdempotentAndSurvivesExport(@TempDir Path out) throws Exception {
		IngestFixtures.loadBase(this.driver, this.ingest);
		List<String> first = IngestFixtures.fingerprint(this.driver);
		ImportReport again = IngestFixtures.importDirectory(this.ingest, IngestFixtures.write(IngestFixtures.base()));
		assertThat(again.imported()).isTrue();
		assertThat(again.nodesCreated()).isZero();
		assertThat(again.files().get("teachers"))
			.isEqualTo(new ImportReport.FileSummary(4, 0L, 4L, List.of("id", "full_name", "organization_id",
					"teaching_since", "position", "subjects", "category", "weekly_hours", "birth_year", "left_on")));
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(first);
		Access.asSystem(() -> this.ingest.export(out));
		TestGraph.clear(this.driver);
		assertThat(IngestFixtures.importDirectory(this.ingest, out).errors()).isEmpty();
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(first);
	}

	@Test
	void theDemoCityImportsTwiceToTheSameGraphAndRoundTripsThroughExport(@TempDir Path work) throws Exception {
		Path city = work.resolve("city");
		DemoCity.Figures figures = new DemoCity(7, LocalDate.now(), 1).write(city);
		TestGraph.clear(this.driver);
		ImportReport first = IngestFixtures.importDirectory(this.ingest, city);
		assertThat(first.errors()).isEmpty();
		assertThat(first.warnings()).isEmpty();
		long[] counts = IngestFixtures.counts(this.driver);
		List<String> graph = IngestFixtures.fingerprint(this.driver);
		assertThat(counts[0]).isGreaterThan(10_000);

		ImportReport second = IngestFixtures.importDirectory(this.ingest, city);
		assertThat(second.imported()).isTrue();
		assertThat(second.nodesCreated()).isZero();
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(counts);
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(graph);

		Path exported = work.resolve("export");
		Map<String, Long> rows = Access.asSystem(() -> this.ingest.export(exported));
		// Today's 8,628 and those who left in the past school years.
		assertThat(rows.get("teachers")).isEqualTo(8628 + figures.leavers());
		assertThat(Files.readString(exported.resolve("teachers.csv"))).startsWith(
				"id,full_name,organization_id,teaching_since,position,subjects,category,weekly_hours,birth_year,left_on\n");
		TestGraph.clear(this.driver);
		assertThat(IngestFixtures.importDirectory(this.ingest, exported).errors()).isEmpty();
		assertThat(IngestFixtures.counts(this.driver)).containsExactly(counts);
		assertThat(IngestFixtures.fingerprint(this.driver)).isEqualTo(graph);
	}

}
