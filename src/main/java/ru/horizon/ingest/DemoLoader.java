package ru.horizon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.system.security.Access;

/**
 * With {@code horizon.demo.load-on-empty=true} (what {@code ./mvnw spring-boot:run}
 * passes), fills a database without teachers with the demo city, through the same files
 * and import as {@code demo-data} and {@code import}. It loads in the background: the
 * server is up and healthy at once, and the city appears when its one transaction
 * commits.
 */
@Component
class DemoLoader implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoLoader.class);

	private final DemoProperties properties;

	private final IngestService ingest;

	private final Clock clock;

	private final DemoStatus status;

	DemoLoader(DemoProperties properties, IngestService ingest, Clock clock, DemoStatus status) {
		this.properties = properties;
		this.ingest = ingest;
		this.clock = clock;
		this.status = status;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.loadOnEmpty()) {
			return;
		}
		this.status.checking();
		Thread.ofVirtual().name("demo-loader").start(this::loadIfEmpty);
	}

	void loadIfEmpty() {
		Path directory = null;
		try {
			if (!Access.asSystem(this.ingest::hasNoTeachers)) {
				log.info("Demo city not loaded: the database already holds teachers.");
				this.status.notNeeded();
				return;
			}
			directory = Files.createTempDirectory("horizon-demo-");
			Path target = directory;
			long started = System.nanoTime();
			this.status.generating();
			LocalDate asOf = LocalDate.now(this.clock);
			DemoCity.Figures figures = new DemoCity(this.properties.seed(), asOf, this.properties.scale())
				.write(directory);
			log.info("Demo city generated (as of %s): %s. Importing ...".formatted(asOf,
					DemoDataVerb.describe(figures)));
			ImportReport report = Access.asSystem(() -> this.ingest.importPath(target, new LogProgress(this.status)));
			if (report.imported()) {
				this.status.loaded();
				log.info("Demo city loaded in %.1f s: %d rows, %d nodes, %d relationships.".formatted(
						(System.nanoTime() - started) / 1e9, report.rows(), report.nodesCreated(),
						report.relationshipsCreated()));
			}
			else {
				log.error("Demo city rejected by the importer:\n" + report.summary());
				this.status.failed("rejected by the importer");
			}
		}
		catch (Exception ex) {
			this.status.failed(ex.getMessage());
			log.error("Demo city could not be loaded: " + ex.getMessage(), ex);
		}
		finally {
			delete(directory);
		}
	}

	private static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete " + directory + ": " + ex.getMessage());
		}
	}

	/** Logs every tenth of the rows written; tells the status every batch. */
	private static final class LogProgress implements ImportProgress {

		private final DemoStatus status;

		LogProgress(DemoStatus status) {
			this.status = status;
		}

		private long total;

		private long written;

		private long nextReport;

		@Override
		public void writing(long rows) {
			this.total = rows;
			this.nextReport = rows / 10;
			this.status.importing(0, rows);
			log.info("Demo city: writing %d rows ...".formatted(rows));
		}

		@Override
		public void written(String file, long rows) {
			this.written += rows;
			this.status.importing(this.written, this.total);
			if (this.written >= this.nextReport && this.total > 0) {
				log.info("Demo city: %d%% written (%s)".formatted(this.written * 100 / this.total, file));
				this.nextReport += Math.max(1, this.total / 10);
			}
		}

	}

}
