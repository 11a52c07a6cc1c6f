package ru.horizon.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ru.horizon.ingest.internal.InputRefused;
import ru.horizon.system.cli.CommandLineVerb;
import ru.horizon.system.security.Access;

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
		VerbArguments arguments = new VerbArguments(args, Set.of());
		if (!arguments.problems.isEmpty() || arguments.positional.size() != 1) {
			arguments.problems.forEach((p) -> System.err.println("horizon bulk-import: " + p));
			System.err.println("usage: " + usage());
			return USAGE;
		}
		Path path = Path.of(arguments.positional.get(0));
		if (!Files.exists(path)) {
			System.err.println("horizon bulk-import: " + path + " does not exist");
			System.err.println("usage: " + usage());
			return USAGE;
		}
		System.out.println("Reading and validating " + path.toAbsolutePath().normalize() + " ...");
		ImportReport report;
		try {
			report = Access.asSystem(() -> this.ingest.importNewDatabase(path, this.dataDir, System.err));
		}
		catch (InputRefused ex) {
			System.err.println("Rejected / Импорт отклонён: " + ex.getMessage() + "; nothing was written.");
			return REJECTED;
		}
		catch (IllegalStateException ex) {
			System.err.println("horizon bulk-import: " + ex.getMessage());
			return REJECTED;
		}
		if (!report.warnings().isEmpty()) {
			System.err.println("Warnings / Предупреждения: " + report.warnings().size());
			System.err.print(ImportReport.table(report.warnings().stream().map(ImportReport.Problem::of).toList()));
		}
		if (!report.imported()) {
			System.err.print(report.summary());
			return REJECTED;
		}
		System.out.print(report.summary());
		System.out.println("A new database in " + this.dataDir.toAbsolutePath().normalize()
				+ "; the server's next start adds the constraints and indexes.");
		return DONE;
	}

}
