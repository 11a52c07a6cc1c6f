package ru.horizon.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ru.horizon.ingest.internal.InputRefused;
import ru.horizon.system.cli.CommandLineVerb;
import ru.horizon.system.neo4j.EmbeddedNeo4jProperties;
import ru.horizon.system.security.Access;

/**
 * {@code import PATH}: imports a folder of CSV files or a workbook, with a progress bar;
 * a large one into a data directory without a database goes to Neo4j's bulk importer
 * ({@link NewDatabaseImport}).
 */
@Component
class ImportVerb implements CommandLineVerb {

	private final IngestService ingest;

	private final boolean intoNewDatabase;

	private final Path dataDir;

	ImportVerb(IngestService ingest,
			@Value("${" + NewDatabaseImport.INTO_NEW_DATABASE + ":false}") boolean intoNewDatabase,
			EmbeddedNeo4jProperties embedded) {
		this.ingest = ingest;
		this.intoNewDatabase = intoNewDatabase;
		this.dataDir = embedded.dataDir();
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import PATH   (a folder of CSV files, a .zip of them, or an .xlsx workbook)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		Path path = path(name(), usage(), args);
		if (path == null) {
			return USAGE;
		}
		if (this.intoNewDatabase) {
			System.out.printf(
					"%s holds no database yet and the input is large (%,d bytes): Neo4j's bulk importer "
							+ "writes a new one, as bulk-import does%n",
					this.dataDir.toAbsolutePath().normalize(), NewDatabaseImport.inputSize(path));
			return BulkImportVerb.intoNewDatabase(this.ingest, name(), path, this.dataDir);
		}
		return run(() -> this.ingest.importPath(path, new BarProgress(System.err)));
	}

	/**
	 * The one path the verb {@code verb} was given, read and validated next (told on the
	 * terminal); null when the arguments are wrong (said on stderr with {@code usage}).
	 */
	static Path path(String verb, String usage, List<String> args) {
		VerbArguments arguments = new VerbArguments(args, Set.of());
		if (!arguments.problems.isEmpty() || arguments.positional.size() != 1) {
			arguments.problems.forEach((p) -> System.err.println("horizon " + verb + ": " + p));
			System.err.println("usage: " + usage);
			return null;
		}
		Path path = Path.of(arguments.positional.get(0));
		if (!Files.exists(path)) {
			System.err.println("horizon " + verb + ": " + path + " does not exist");
			System.err.println("usage: " + usage);
			return null;
		}
		System.out.println("Reading and validating " + path.toAbsolutePath().normalize() + " ...");
		return path;
	}

	/**
	 * Runs an import as the system and prints its warnings and summary (or why it was
	 * rejected); returns the verb's exit code.
	 */
	static int run(java.util.concurrent.Callable<ImportReport> importing) throws Exception {
		ImportReport report;
		try {
			report = Access.asSystem(importing);
		}
		catch (InputRefused ex) {
			System.err.println("Rejected / Импорт отклонён: " + ex.getMessage() + "; nothing was written.");
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
		return DONE;
	}

	/** A progress bar on the terminal (plain lines when output is not a terminal). */
	static final class BarProgress implements ImportProgress {

		private final PrintStream out;

		private ProgressBar bar;

		BarProgress(PrintStream out) {
			this.out = out;
		}

		@Override
		public void writing(long rows) {
			System.out.println("Writing " + rows + " rows ...");
			System.out.flush();
			this.bar = new ProgressBarBuilder().setTaskName("Import")
				.setInitialMax(rows)
				.setStyle(ProgressBarStyle.ASCII)
				.setUnit(" rows", 1)
				.setUpdateIntervalMillis(250)
				.showSpeed()
				.setConsumer(new ConsoleProgressBarConsumer(this.out))
				.build();
		}

		@Override
		public void written(String file, long rows) {
			this.bar.setExtraMessage(file);
			this.bar.stepBy(rows);
		}

		@Override
		public void done() {
			if (this.bar != null) {
				this.bar.close();
			}
		}

	}

}
