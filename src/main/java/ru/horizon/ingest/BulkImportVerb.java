package ru.horizon.ingest;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.horizon.system.cli.CommandLineVerb;
import ru.horizon.system.neo4j.EmbeddedNeo4jProperties;

/**
 * {@code bulk-import PATH}: a folder of CSV files or a workbook into a NEW database (a
 * data directory that holds none yet), with Neo4j's bulk importer; runs without starting
 * the database, which {@code prepare-database} then starts once to build its constraints
 * and indexes.
 */
@Component
class BulkImportVerb implements CommandLineVerb {

	private final IngestService ingest;

	private final Path dataDir;

	BulkImportVerb(IngestService ingest, EmbeddedNeo4jProperties embedded) {
		this.ingest = ingest;
		this.dataDir = embedded.dataDir();
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
		return intoNewDatabase(this.ingest, name(), path, this.dataDir);
	}

	/**
	 * Imports {@code path} into a new database in {@code dataDir} (the verb {@code verb}
	 * tells what happened); the launcher then runs {@code prepare-database}.
	 */
	static int intoNewDatabase(IngestService ingest, String verb, Path path, Path dataDir) throws Exception {
		try {
			int exit = ImportVerb.run(() -> ingest.importNewDatabase(path, dataDir, System.err));
			if (exit == DONE) {
				System.out.println("A new database in " + dataDir.toAbsolutePath().normalize()
						+ "; starting it once to build its constraints and indexes ...");
			}
			return exit;
		}
		catch (IllegalStateException ex) {
			System.err.println("horizon " + verb + ": " + ex.getMessage());
			return REJECTED;
		}
	}

}
