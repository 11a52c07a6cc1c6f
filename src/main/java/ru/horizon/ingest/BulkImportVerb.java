package ru.horizon.ingest;

import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ru.horizon.system.cli.CommandLineVerb;

/**
 * {@code bulk-import PATH}: a folder of CSV files or a workbook into a NEW database (a
 * data directory that holds none yet), with Neo4j's bulk importer; runs without starting
 * the database.
 */
@Component
class BulkImportVerb implements CommandLineVerb {

	private final IngestService ingest;

	private final Path dataDir;

	BulkImportVerb(IngestService ingest, @Value("${horizon.neo4j.embedded.data-dir:./data}") Path dataDir) {
		this.ingest = ingest;
		this.dataDir = dataDir;
	}

	@Override
	public String name() {
		return "bulk-import";
	}

	@Override
	public String usage() {
		return "bulk-import PATH   (into a data directory without a database: a new one, by Neo4j's bulk importer)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		Path path = ImportVerb.path(name(), usage(), args);
		if (path == null) {
			return USAGE;
		}
		try {
			int exit = ImportVerb.run(() -> this.ingest.importNewDatabase(path, this.dataDir, System.err));
			if (exit == DONE) {
				System.out.println("A new database in " + this.dataDir.toAbsolutePath().normalize()
						+ "; the server's next start adds the constraints and indexes.");
			}
			return exit;
		}
		catch (IllegalStateException ex) {
			System.err.println("horizon bulk-import: " + ex.getMessage());
			return REJECTED;
		}
	}

}
