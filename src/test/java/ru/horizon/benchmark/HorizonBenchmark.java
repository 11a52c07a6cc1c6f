package ru.horizon.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ru.horizon.HorizonApplication;
import ru.horizon.system.cli.AotStart;
import ru.horizon.system.cli.CommandLineVerbs;

/**
 * The benchmark of quality-bars.md: for each scale it generates the demo city, imports it
 * with Horizon's importer and, side by side, with Neo4j's own {@code LOAD CSV}; starts
 * the server in a separate {@code -Xmx1g} JVM for start-to-healthy and heap; starts it
 * again in this JVM and times every question end to end over HTTP (127.0.0.1 only) and
 * in-process, with 1 and 8 clients, several runs each; computes the same brokers and
 * flows with python-igraph, NetworKit and NetworkX on an export of the same tie graph;
 * and ends with a bounded load. The report goes to {@code target/benchmark/report.md}.
 * <p>
 * Run it with {@code ./mvnw -Pbenchmark -DskipTests verify}; options as
 * {@code -Dbenchmark.scales=1,10,100} and the like (see {@link Options}). It is not a
 * test and {@code ./mvnw verify} without the profile never runs it.
 */
public final class HorizonBenchmark {

	static final String USER = "benchmark";

	static final String PASSWORD = "benchmark-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

	private static final Pattern IMPORTED = Pattern.compile("Imported (\\d+) rows in ([\\d.,]+) s");

	/** The database's first start after the bulk importer (constraints and indexes). */
	private static final Pattern PREPARED = Pattern.compile("prepare-database done in ([\\d.,]+) s");

	/** What {@code import} says when it hands a large input to the bulk importer. */
	private static final String TO_BULK = "Neo4j's bulk importer writes a new one";

	private final Options options;

	private final StringBuilder report = new StringBuilder();

	private final List<String> verdicts = new ArrayList<>();

	private HorizonBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		HorizonBenchmark benchmark = new HorizonBenchmark(options);
		int exit = 0;
		try {
			benchmark.run();
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			benchmark.report.append("\n**The benchmark stopped early:** `").append(ex).append("`\n");
			exit = 1;
		}
		benchmark.write();
		System.exit(exit);
	}

	private void run() throws Exception {
		Files.createDirectories(this.options.out());
		header();
		for (int scale : this.options.scales()) {
			scale(scale);
			write();
		}
	}

	private void header() {
		this.report.append("# Horizon benchmark\n\n");
		this.report.append("| | |\n|---|---|\n");
		row("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		row("machine", Machine.cores() + " cores (" + Machine.cpuModel() + "), "
				+ "%.1f GiB memory".formatted(Machine.memoryGiB()));
		row("JDK", Machine.jdk());
		row("OS", Machine.os());
		row("benchmark JVM", "max heap " + Machine.maxHeap() + "; " + Machine.jvmArguments());
		row("scales", this.options.scales().toString());
		row("demo city", "seed " + this.options.seed() + ", dated up to " + this.options.asOf());
		row("questions asked at", this.options.asOf() + "; horizontal window " + this.options.windowFrom() + " .. "
				+ this.options.asOf());
		row("measurement",
				this.options.runs() + " runs per question, mode and client count, each run about "
						+ this.options.runMillis() + " ms of requests after a warm-up; medians over the runs; clients "
						+ this.options.clients());
		row("load at start", Machine.loadAverage() + " (1, 5, 15 min)");
		this.report.append("\nBusiest processes at start:\n\n```\n");
		Machine.busiestProcesses().forEach((l) -> this.report.append(l).append('\n'));
		this.report.append("```\n\n## Verdicts\n\n<!--VERDICTS-->\n");
	}

	private void row(String key, String value) {
		this.report.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
	}

	private void write() {
		StringBuilder verdictText = new StringBuilder();
		this.verdicts.forEach((v) -> verdictText.append("- ").append(v).append('\n'));
		String text = this.report.toString().replace("<!--VERDICTS-->\n", verdictText.toString());
		text = text + "\nLoad at the end: " + Machine.loadAverage() + " (1, 5, 15 min)\n";
		try {
			Files.writeString(this.options.out().resolve("report.md"), text);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		System.out.println("Benchmark report: " + this.options.out().resolve("report.md").toAbsolutePath());
	}

	private void scale(int scale) throws Exception {
		Path base = this.options.out().resolve("scale-" + scale);
		Path csv = base.resolve("csv");
		Path horizonDb = base.resolve("horizon-db");
		Files.createDirectories(base);
		this.report.append("\n## Scale ").append(scale).append("\n\n");
		this.report.append("Load average at the start of this scale: ").append(Machine.loadAverage()).append("\n\n");

		// 1. The demo city, by the program's own verb.
		long started = System.nanoTime();
		if (!Files.exists(csv.resolve("teachers.csv"))) {
			Neo4jFiles.deleteRecursively(csv);
			int exit = CommandLineVerbs.run(HorizonApplication.class, "demo-data",
					new String[] { "--out", csv.toString(), "--scale", Integer.toString(scale), "--seed",
							Long.toString(this.options.seed()), "--as-of", this.options.asOf().toString() });
			if (exit != 0) {
				throw new IllegalStateException("demo-data exited with " + exit);
			}
			this.report.append("Demo city generated in %.1f s (`demo-data --scale %d --seed %d --as-of %s`).\n\n"
				.formatted(seconds(started), scale, this.options.seed(), this.options.asOf()));
		}
		else {
			this.report.append("Demo city reused from `").append(csv).append("` (delete it to regenerate).\n\n");
		}
		Map<String, Long> files = Neo4jFiles.csvRows(csv);
		long rows = files.values().stream().mapToLong(Long::longValue).sum();
		this.report.append("| file | rows |\n|---|---:|\n");
		files.forEach((file, n) -> this.report.append("| %s | %,d |\n".formatted(file, n)));
		this.report.append("| **all** | **%,d** |\n\n".formatted(rows));

		// 2. Import side by side: Horizon's importer and Neo4j's LOAD CSV, alternating.
		// Comparing
		// the peers only, a database imported by an earlier run of the same folder is
		// reused.
		if ((this.options.peersOnly() || this.options.loadOnly() || this.options.startOnly())
				&& Files.exists(horizonDb.resolve("data/databases/neo4j"))) {
			this.report.append("Database reused from `").append(horizonDb).append("` (delete it to import again).\n\n");
		}
		else {
			imports(scale, csv, horizonDb, base);
		}
		write();
		if (this.options.importOnly()) {
			return;
		}

		// 3. The server in this JVM: every question over HTTP and in-process, the peers,
		// the load.
		if (!this.options.startOnly()) {
			serve(scale, horizonDb, base);
		}

		// 4. Start to healthy and heap, in a separate -Xmx1g JVM, as a person starts the
		// server.
		if (this.options.childStart() && !this.options.peersOnly() && !this.options.loadOnly()) {
			childStart(scale, horizonDb, base);
		}
	}

	private void imports(int scale, Path csv, Path horizonDb, Path base) throws Exception {
		List<Double> horizonMillis = new ArrayList<>();
		List<Double> horizonVerbMillis = new ArrayList<>();
		List<Double> loadCsvMillis = new ArrayList<>();
		List<Double> bulkMillis = new ArrayList<>();
		List<Double> directMillis = new ArrayList<>();
		long importedRows = 0;
		boolean toBulk = false;
		LoadCsvComparison.Result loadCsv = null;
		// Every scale gets the same number of runs: a single run at scale 10 measured the
		// JVM as the first scale's serving left it (1.40x LOAD CSV where the import-only
		// runs gave 1.62x and 2.42x).
		int runs = (this.options.peersOnly() || this.options.loadOnly() || this.options.startOnly()) ? 1
				: this.options.importRuns();
		for (int run = 0; run < runs; run++) {
			Neo4jFiles.deleteRecursively(horizonDb);
			VerbRun imported = runVerb("import", csv, horizonDb);
			importedRows = imported.rows();
			toBulk = imported.bulk();
			horizonMillis.add(imported.millis());
			horizonVerbMillis.add(imported.verbMillis());
			if (this.options.peersOnly() || this.options.loadOnly()) {
				this.report.append("Imported once in %.1f s (the import is not compared in this mode).\n\n"
					.formatted(horizonMillis.get(0) / 1000));
				return;
			}
			// The bulk importer into a new database, on the same files.
			Path other = base.resolve("bulk-db");
			Neo4jFiles.deleteRecursively(other);
			bulkMillis.add(runVerb("bulk-import", csv, other).millis());
			if (toBulk) {
				// What import would take through Neo4j's Java API (its way into an
				// empty database below horizon.import.bulk-from).
				Neo4jFiles.deleteRecursively(other);
				directMillis.add(runVerb("import", csv, other, "--horizon.import.bulk-from=1TB").millis());
			}
			Neo4jFiles.deleteRecursively(other);
			loadCsv = LoadCsvComparison.run(csv, base.resolve("loadcsv-db"), 512L * 1024 * 1024);
			loadCsvMillis.add((double) loadCsv.millis());
		}
		// The first run of each pays the cold JVM (class loading, JIT, Cypher planning):
		// with several runs the figure is the median of the later ones, and the first is
		// shown apart.
		double horizon = Stats.median(warm(horizonMillis));
		double verb = Stats.median(warm(horizonVerbMillis));
		double neo4j = Stats.median(warm(loadCsvMillis));
		double bulk = Stats.median(warm(bulkMillis));
		double bulkRate = importedRows * 1000.0 / bulk;
		double horizonRate = importedRows * 1000.0 / horizon;
		double loadCsvRate = loadCsv.rows() * 1000.0 / neo4j;
		this.report.append("### Import, side by side\n\n");
		this.report.append(("%d run(s) each, alternating, each into a fresh database with the same constraints "
				+ "and indexes (the migrations), in the benchmark JVM. With more than one run the time is the median "
				+ "of the runs after the first (the first pays the cold JVM: class loading, JIT, Cypher planning); "
				+ "all runs are listed, the first one first. A new database's time includes its first start, which "
				+ "builds the constraints and indexes and waits until every index is online (`prepare-database`), "
				+ "as `LOAD CSV` maintains them as it goes.\n\n")
			.formatted(runs));
		this.report.append("| importer | rows | time (median) | rows/s | all runs, ms |\n|---|---:|---:|---:|---|\n");
		this.report.append("| Horizon `import` (read, validate, write%s) | %,d | %.1f s | **%,.0f** | %s |\n".formatted(
				toBulk ? "; a large input into a new database: Neo4j's bulk importer, then its first start" : "",
				importedRows, horizon / 1000, horizonRate, join(horizonMillis)));
		this.report.append(
				"| Horizon `import` verb, whole (plus database start and migrations) | %,d | %.1f s | %,.0f | %s |\n"
					.formatted(importedRows, verb / 1000, importedRows * 1000.0 / verb, join(horizonVerbMillis)));
		if (!directMillis.isEmpty()) {
			double direct = Stats.median(warm(directMillis));
			this.report.append(("| Horizon `import` with `--horizon.import.bulk-from=1TB` (into the empty database "
					+ "through Neo4j's Java API, one transaction) | %,d | %.1f s | %,.0f | %s |\n")
				.formatted(importedRows, direct / 1000, importedRows * 1000.0 / direct, join(directMillis)));
		}
		this.report.append(
				"| Horizon `bulk-import` into a new database (read, validate, Neo4j's bulk importer, first start) | %,d | %.1f s | **%,.0f** | %s |\n"
					.formatted(importedRows, bulk / 1000, bulkRate, join(bulkMillis)));
		this.report.append("| Neo4j `LOAD CSV` (benchmark/load-csv.cypher) | %,d | %.1f s | **%,.0f** | %s |\n\n"
			.formatted(loadCsv.rows(), neo4j / 1000, loadCsvRate, join(loadCsvMillis)));
		this.report.append(("Ratio Horizon / LOAD CSV (rows/s): **%.2f** (`import`), **%.2f** (`bulk-import`, a new "
				+ "database). LOAD CSV per file, last run (ms): %s\n\n")
			.formatted(horizonRate / loadCsvRate, bulkRate / loadCsvRate, loadCsv.perFile()));
		verdict(scale, "import >= 1.5 x LOAD CSV", horizonRate >= 1.5 * loadCsvRate,
				"%.2f x LOAD CSV (%,.0f vs %,.0f rows/s)%s".formatted(horizonRate / loadCsvRate, horizonRate,
						loadCsvRate, toBulk ? "; by the bulk importer, first start included" : ""));
		verdict(scale, "bulk-import into a new database >= 1.5 x LOAD CSV", bulkRate >= 1.5 * loadCsvRate,
				"%.2f x LOAD CSV (%,.0f vs %,.0f rows/s)".formatted(bulkRate / loadCsvRate, bulkRate, loadCsvRate));
		verdict(scale, "import >= 20,000 rows/s", horizonRate >= 20_000, "%,.0f rows/s".formatted(horizonRate));
		this.loadCsvCounts = loadCsv.counts();
	}

	private Map<String, Long> loadCsvCounts;

	/**
	 * What one run of a verb gave: rows, the import's time (read, validate, write; for a
	 * new database also its first start, which builds the constraints and indexes), the
	 * whole verb's time, and whether the bulk importer wrote it.
	 */
	private record VerbRun(long rows, double millis, double verbMillis, boolean bulk) {
	}

	/**
	 * Runs {@code verb} (import or bulk-import) of {@code csv} into {@code db} in this
	 * JVM, with {@code more} arguments.
	 */
	private static VerbRun runVerb(String verb, Path csv, Path db, String... more) {
		long started = System.nanoTime();
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream out = System.out;
		int exit;
		System.setOut(new PrintStream(new TeeStream(out, captured), true, StandardCharsets.UTF_8));
		try {
			List<String> arguments = new ArrayList<>(List.of(csv.toString(), "--horizon.neo4j.embedded.data-dir=" + db,
					"--horizon.neo4j.embedded.bolt-port=0"));
			arguments.addAll(List.of(more));
			exit = CommandLineVerbs.run(HorizonApplication.class, verb, arguments.toArray(String[]::new));
		}
		finally {
			System.setOut(out);
		}
		double verbMillis = (System.nanoTime() - started) / 1e6;
		String said = captured.toString(StandardCharsets.UTF_8);
		if (exit != 0) {
			throw new IllegalStateException(verb + " exited with " + exit + ": " + said);
		}
		Matcher m = IMPORTED.matcher(said);
		if (!m.find()) {
			throw new IllegalStateException("no import summary in: " + said);
		}
		double millis = Double.parseDouble(m.group(2).replace(',', '.')) * 1000;
		Matcher prepared = PREPARED.matcher(said);
		if (prepared.find()) {
			millis += Double.parseDouble(prepared.group(1).replace(',', '.')) * 1000;
		}
		return new VerbRun(Long.parseLong(m.group(1)), millis, verbMillis, said.contains(TO_BULK));
	}

	/** One way of starting the separate server, writing its output to {@code log}. */
	@FunctionalInterface
	private interface Starter {

		ChildServer start(Path log) throws java.io.IOException;

	}

	private void childStart(int scale, Path horizonDb, Path base) throws Exception {
		List<String> rows = new ArrayList<>();
		StringBuilder notes = new StringBuilder();
		// The README's faster start first: the jar extracted, a JDK AOT cache trained by
		// a start on this database that stops once ready, then the start with the cache.
		Path jar = Path.of("target", "horizon.jar");
		if (Files.exists(jar)) {
			Path extracted = base.resolve("extracted");
			Path cache = extracted.resolve("horizon.aot");
			Neo4jFiles.deleteRecursively(extracted);
			ChildServer.extract(jar, extracted, base.resolve("extract.log"));
			long trainMillis = ChildServer.trainAotCache(extracted, cache, horizonDb, "1g", userArguments(),
					base.resolve("child-training.log"));
			notes
				.append("The AOT cache (%.0f MiB) was trained by one start that stopped once ready (%.1f s with "
					.formatted(Files.size(cache) / 1024.0 / 1024.0, trainMillis / 1000.0))
				.append("writing the cache; `--horizon.exit-when-ready=true`).\n\n");
			startKind(scale, "extracted jar + AOT cache (README)", true,
					(log) -> ChildServer.startWithAotCache(extracted, cache, horizonDb, "1g", userArguments(), log),
					base.resolve("child-server-aot.log"), rows, notes, false);
		}
		else {
			notes.append("No `target/horizon.jar` (run through Maven's `verify`): the start with an AOT cache "
					+ "was not measured.\n\n");
		}
		// The README's first server command: java -jar of the packaged jar, which starts
		// again with the AOT cache the build trained on a demo city beside it.
		if (AotStart.matchingCache(jar).isPresent()) {
			startKind(scale, "java -jar target/horizon.jar (the build's AOT cache)", true,
					(log) -> ChildServer.startPackaged(jar, horizonDb, "1g", userArguments(), log),
					base.resolve("child-server-jar.log"), rows, notes, false);
		}
		else {
			notes.append("No AOT cache of this build beside `target/horizon.jar` (JDK before 25, or "
					+ "`-Dhorizon.aot.skip=true`): `java -jar target/horizon.jar` starts as the class path does and "
					+ "was not measured.\n\n");
		}
		String separateJvm = startKind(scale, "class path, no AOT cache", false,
				(log) -> ChildServer.start(horizonDb, "1g", userArguments(), log), base.resolve("child-server.log"),
				rows, notes, true);
		this.report.append("### Start to healthy, separate JVM with -Xmx1g\n\n")
			.append("| start | start to live | start to healthy (today's answers kept) | heap after start | "
					+ "after one round of questions | live after full GC | max heap |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|\n");
		rows.forEach(this.report::append);
		this.report
			.append("\nThe first start of each kind (the table) also asks every question once and reads the heap; "
					+ "its start verdicts judge the medians over %d starts.\n\n".formatted(this.options.starts()))
			.append(notes)
			.append(separateJvm);
	}

	/**
	 * Starts the separate server {@code starts} times one way: the first start measured
	 * whole ({@link #measureStart}; with {@code questions}, the throughput questions
	 * asked of it too), the others to healthy and today's first answers; the verdicts on
	 * the start judge the medians over all of them.
	 * @return the throughput section of {@code questions} (empty without), for the report
	 * after the start's table
	 */
	private String startKind(int scale, String kind, boolean readme, Starter starter, Path log, List<String> rows,
			StringBuilder notes, boolean questions) throws Exception {
		List<StartSample> samples = new ArrayList<>();
		String separateJvm = "";
		try (ChildServer child = starter.start(log)) {
			StartSample first = sample(child);
			samples.add(first);
			rows.add(measureStart(scale, child, kind, notes, first));
			if (questions && this.menteeIds != null) {
				// Its section goes after the start's table, written once every kind has
				// run.
				int mark = this.report.length();
				try {
					separateJvm(scale, new GraphQlCaller.Http(child.port(), USER, PASSWORD), this.menteeIds);
				}
				finally {
					separateJvm = this.report.substring(mark);
					this.report.setLength(mark);
				}
			}
		}
		for (int i = 1; i < this.options.starts(); i++) {
			try (ChildServer child = starter.start(log.resolveSibling(log.getFileName() + "." + i))) {
				samples.add(sample(child));
			}
		}
		startVerdicts(scale, kind, readme, samples, notes);
		return separateJvm;
	}

	/**
	 * One start's figures: live and healthy since the process started, the sign-in, and
	 * today's first coverage and isolation list against the median of the next five.
	 */
	private record StartSample(long liveMillis, long healthyMillis, double signInMillis, double coverageFirst,
			double coverageWarm, double isolationFirst, double isolationWarm) {
	}

	/**
	 * Live and healthy, the sign-in, today's first answers against the next five: what
	 * every start of a kind measures.
	 */
	private StartSample sample(ChildServer child) throws Exception {
		// Live: the process serves (liveness probe). Healthy: /actuator/health UP, which
		// waits for the start's warm-up of today's answers (AnswersReadiness).
		long liveMillis = child.awaitLive(Duration.ofMinutes(5));
		long healthyMillis = child.awaitHealthy(Duration.ofMinutes(5));
		GraphQlCaller http = new GraphQlCaller.Http(child.port(), USER, PASSWORD);
		// A person's first request signs in: one password check (bcrypt, on purpose
		// slow), then remembered (VerifiedPasswords). Timed on its own, before the
		// answers.
		long signIn = System.nanoTime();
		http.call("{ __typename }", Map.of());
		double signInMillis = (System.nanoTime() - signIn) / 1e6;
		double[] coverage = firstAndWarm(http, "mentoringCoverage");
		double[] isolation = firstAndWarm(http, "isolatedYoungTeachers");
		return new StartSample(liveMillis, healthyMillis, signInMillis, coverage[0], coverage[1], isolation[0],
				isolation[1]);
	}

	/**
	 * Today's first answer to {@code question} and the median of five more of the same on
	 * the same server, ms.
	 */
	private static double[] firstAndWarm(GraphQlCaller http, String question) {
		String document = Question.document(question);
		long first = System.nanoTime();
		http.call(document, Map.of());
		double firstMillis = (System.nanoTime() - first) / 1e6;
		double[] again = new double[5];
		for (int i = 0; i < again.length; i++) {
			long started = System.nanoTime();
			http.call(document, Map.of());
			again[i] = (System.nanoTime() - started) / 1e6;
		}
		return new double[] { firstMillis, Stats.median(again) };
	}

	/**
	 * The start's verdicts on the medians over {@code samples}: healthy within 20 s, and
	 * today's first coverage and isolation list within 2x the warm answer; every start's
	 * figures in {@code notes}.
	 */
	private void startVerdicts(int scale, String kind, boolean readme, List<StartSample> samples, StringBuilder notes) {
		double healthy = Stats.median(samples.stream().mapToDouble(StartSample::healthyMillis).toArray());
		double live = Stats.median(samples.stream().mapToDouble(StartSample::liveMillis).toArray());
		String over = "median of %d start%s".formatted(samples.size(), samples.size() == 1 ? "" : "s");
		notes.append("**").append(kind).append(", every start:** ");
		for (StartSample s : samples) {
			notes.append(
					"healthy %.1f s (live %.1f s), coverage first %.0f vs %.1f ms, isolation first %.0f vs %.1f ms; "
						.formatted(s.healthyMillis() / 1000.0, s.liveMillis() / 1000.0, s.coverageFirst(),
								s.coverageWarm(), s.isolationFirst(), s.isolationWarm()));
		}
		notes.append("\n\n");
		for (String question : List.of("mentoringCoverage", "isolatedYoungTeachers")) {
			boolean coverage = question.equals("mentoringCoverage");
			double first = Stats.median(samples.stream()
				.mapToDouble(coverage ? StartSample::coverageFirst : StartSample::isolationFirst)
				.toArray());
			double warm = Stats.median(samples.stream()
				.mapToDouble(coverage ? StartSample::coverageWarm : StartSample::isolationWarm)
				.toArray());
			verdict(scale, "first " + question + " after a start (today) within 2 x the warm answer, " + kind,
					first <= 2 * warm,
					"%.0f ms vs %.1f ms warm (%s; warm: the median of the next five)".formatted(first, warm, over));
		}
		verdict(scale, "start to healthy <= 20 s, " + kind + (readme ? "" : " (not the README's server start)"),
				healthy <= 20_000,
				"%.1f s (live, serving, at %.1f s; %s)".formatted(healthy / 1000.0, live / 1000.0, over));
	}

	/**
	 * The first start of a kind, measured whole: {@code first} (its start and first
	 * answers), then each question once on the cold server and the heap; returns the
	 * table's row, adds the answers to {@code notes}.
	 */
	private String measureStart(int scale, ChildServer child, String kind, StringBuilder notes, StartSample first)
			throws Exception {
		GraphQlCaller http = new GraphQlCaller.Http(child.port(), USER, PASSWORD);
		double afterStart = child.heapUsedMiB(USER, PASSWORD);
		StringBuilder answered = new StringBuilder();
		// Measuring the start only, no mentees were read (no server in this JVM).
		for (Question q : (this.menteeIds == null) ? List.<Question>of() : questions(this.menteeIds)) {
			long started = System.nanoTime();
			try {
				http.call(q.document(), q.variables().apply(0));
				answered.append("%s %.0f ms; ".formatted(q.name(), (System.nanoTime() - started) / 1e6));
			}
			catch (RuntimeException ex) {
				answered.append(q.name()).append(" failed (").append(ex.getMessage()).append("); ");
			}
		}
		double afterQuestions = child.heapUsedMiB(USER, PASSWORD);
		child.fullGc();
		double afterGc = child.heapUsedMiB(USER, PASSWORD);
		double max = child.heapMaxMiB(USER, PASSWORD);
		notes.append("**")
			.append(kind)
			.append(":** sign-in (the first authenticated request) %.0f ms; ".formatted(first.signInMillis()))
			.append("first answers once healthy, today: mentoringCoverage first %.0f ms, then %.1f ms; "
				.formatted(first.coverageFirst(), first.coverageWarm()))
			.append("isolatedYoungTeachers first %.0f ms, then %.1f ms; ".formatted(first.isolationFirst(),
					first.isolationWarm()))
			.append("then the first answers of the cold server at the benchmark's day (one each): ")
			.append(answered)
			.append("\n\n");
		verdict(scale, "heap <= 1 GiB, " + kind, afterQuestions <= 1024,
				"heap %.0f MiB used after questions (%.0f MiB live) under -Xmx1g".formatted(afterQuestions, afterGc));
		return "| %s | %.1f s | **%.1f s** | %.0f MiB | %.0f MiB | **%.0f MiB** | %.0f MiB |\n".formatted(kind,
				first.liveMillis() / 1000.0, first.healthyMillis() / 1000.0, afterStart, afterQuestions, afterGc, max);
	}

	/**
	 * The question whose goal is set at this scale for HTTP clients, asked again of the
	 * server as a person runs it: its own JVM (-Xmx1g), not sharing heap, collector and
	 * cores' caches with the benchmark's clients and the import's leftovers.
	 */
	private void separateJvm(int scale, GraphQlCaller http, List<String> mentees) {
		List<Question> questions = questions(mentees.subList(0, Math.max(1, mentees.size() / 2))).stream()
			.filter((q) -> q.goalScale() == scale && q.throughputGoal() > 0)
			.toList();
		if (questions.isEmpty()) {
			return;
		}
		this.report.append("Over HTTP against this separate server (same measurement as above):\n\n");
		this.report.append(
				"| question | goal | mode | clients | p50 ms | p95 ms | p95 pooled | answers/s | runs x requests | errors |\n")
			.append("|---|---|---|---:|---:|---:|---:|---:|---|---:|\n");
		for (Question question : questions) {
			for (int clients : this.options.clients()) {
				System.out.printf("scale %d: %s HTTP, separate JVM, %d client(s)%n", scale, question.name(), clients);
				questionRow(scale, question, SEPARATE_JVM, clients,
						Measure.question(http, question, clients, this.options.runs(), this.options.runMillis()));
			}
		}
		this.report.append('\n');
	}

	/** The people of the bounded load: {@code load-0}, {@code load-1}, ... */
	static final String LOAD_USER = "load-";

	private List<String> userArguments() {
		List<String> arguments = new ArrayList<>(List.of("--horizon.security.users[0].name=" + USER,
				"--horizon.security.users[0].password={noop}" + PASSWORD, "--horizon.security.users[0].roles=ADMIN"));
		for (int i = 0; i < this.options.loadReaders() + this.options.loadWriters(); i++) {
			int n = i + 1;
			arguments.add("--horizon.security.users[%d].name=%s%d".formatted(n, LOAD_USER, i));
			arguments.add("--horizon.security.users[%d].password={noop}%s".formatted(n, PASSWORD));
			arguments.add("--horizon.security.users[%d].roles=COORDINATOR".formatted(n));
		}
		return arguments;
	}

	private void serve(int scale, Path horizonDb, Path base) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--horizon.neo4j.embedded.data-dir=" + horizonDb, "--horizon.neo4j.embedded.bolt-port=0",
				"--horizon.demo.load-on-empty=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		arguments.addAll(userArguments());
		long started = System.nanoTime();
		SpringApplication application = new SpringApplication(HorizonApplication.class);
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			double startSeconds = seconds(started);
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			// Measured as a load balancer sends readers: once healthy, today's answers
			// kept (measuring beside the start's warm-ups timed them, not the answers).
			ChildServer.awaitUp(java.net.http.HttpClient.newHttpClient(), port, "/actuator/health",
					Duration.ofMinutes(3), () -> {
					});
			double readySeconds = seconds(started);
			Driver driver = context.getBean(Driver.class);
			GraphQlCaller http = new GraphQlCaller.Http(port, USER, PASSWORD);
			GraphQlCaller inProcess = new GraphQlCaller.InProcess(context, USER);
			this.report.append("### The server in the benchmark JVM\n\n");
			this.report.append(("Started in %.1f s, healthy (today's answers kept) at %.1f s (warm JVM); measured from "
					+ "then on. Database on disk: %.0f MiB; page cache %s.\n\n")
				.formatted(startSeconds, readySeconds, Neo4jFiles.sizeOf(horizonDb) / 1024.0 / 1024,
						context.getEnvironment().getProperty("horizon.neo4j.embedded.page-cache")));
			graphCounts(driver);
			this.menteeIds = youngWithoutMentor(driver, this.options.asOf());
			List<String> mentees = this.menteeIds;
			List<Question> questions = questions(mentees.subList(0, Math.max(1, mentees.size() / 2)));
			this.report
				.append("Young teachers without a mentor at %s: %,d (mentorCandidates rotates over %d of them).\n\n"
					.formatted(this.options.asOf(), mentees.size(), Math.min(100, Math.max(1, mentees.size() / 2))));

			if (!this.options.peersOnly() && !this.options.loadOnly()) {
				this.report.append("### Questions, end to end\n\n");
				this.report.append("p50 and p95 are medians over the runs of each run's percentile; p95 pooled is over "
						+ "every request of every run. Answers/s: median over the runs.\n\n");
				this.report.append(
						"| question | goal | mode | clients | p50 ms | p95 ms | p95 pooled | answers/s | runs x requests | errors |\n")
					.append("|---|---|---|---:|---:|---:|---:|---:|---|---:|\n");
				for (Question question : questions) {
					for (GraphQlCaller caller : List.of(http, inProcess)) {
						for (int clients : this.options.clients()) {
							System.out.printf("scale %d: %s %s %d client(s)%n", scale, question.name(), caller.mode(),
									clients);
							Measure.Outcome outcome = Measure.question(caller, question, clients, this.options.runs(),
									this.options.runMillis());
							questionRow(scale, question, caller.mode(), clients, outcome);
							write();
						}
					}
				}
				this.report.append('\n');

				cold(scale, http, driver, questions);
				write();
			}

			if (this.options.networkx() && !this.options.loadOnly()) {
				try {
					peers(scale, driver, http, base);
				}
				catch (Exception ex) {
					ex.printStackTrace();
					this.report.append("The comparison with the peers failed: `")
						.append(ex.getMessage())
						.append("`\n\n");
					verdict(scale, "betweenness side by side", false, "failed: " + ex.getMessage());
				}
				write();
			}
			if (this.options.peersOnly()) {
				return;
			}

			Load.Result load = Load.run(http, (i) -> new GraphQlCaller.Http(port, LOAD_USER + i, PASSWORD),
					readers(questions), questions.get(0),
					mentees.subList(Math.max(1, mentees.size() / 2), mentees.size()), this.options.asOf(),
					this.options.loadSeconds(), this.options.loadReaders(), this.options.loadWriters());
			load(scale, load);
			write();

			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			this.report.append("### Memory with this scale loaded\n\nBenchmark JVM heap used after a full GC: %.0f MiB "
				.formatted(memory.getHeapMemoryUsage().getUsed() / 1024.0 / 1024)
					+ "(the server, its embedded Neo4j's on-heap part and the benchmark's own data); "
					+ "Neo4j's page cache is off-heap.\n\n");
		}
	}

	/**
	 * The first answer after a write: every cached answer is stale then, so this is what
	 * the first reader pays after an import or an assignment (the warm figures above are
	 * what every later reader gets until the next write).
	 */
	private void cold(int scale, GraphQlCaller http, Driver driver, List<Question> questions) {
		if (this.options.coldRuns() <= 0) {
			return;
		}
		this.report.append("### The first answer after a write (caches stale), HTTP, 1 client\n\n");
		this.report.append("Before each answer the benchmark commits a write over Bolt, as an analyst or a "
				+ "script would (`MERGE (x:__BenchmarkTouch {id: 1}) SET x.at = timestamp()`: every kept answer "
				+ "is stale after it), 3 s after the previous answer; the write's commit is timed too (with the "
				+ "embedded database it returns once the dashboard's answers were computed anew, at most "
				+ "`horizon.cache.warm-up-wait` later).\n\n");
		this.report.append("| question | answers | commit median ms | answer median ms | max ms |\n"
				+ "|---|---:|---:|---:|---:|\n");
		for (Question question : questions) {
			List<Long> nanos = new ArrayList<>();
			List<Long> commits = new ArrayList<>();
			String error = null;
			for (int i = 0; i < this.options.coldRuns(); i++) {
				try {
					Thread.sleep(3000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				long committing = System.nanoTime();
				try (Session session = driver.session()) {
					session.executeWrite(
							(tx) -> tx.run("MERGE (x:__BenchmarkTouch {id: 1}) SET x.at = timestamp()").consume());
				}
				commits.add(System.nanoTime() - committing);
				long started = System.nanoTime();
				try {
					http.call(question.document(), question.variables().apply(i * 7 + 3));
					nanos.add(System.nanoTime() - started);
				}
				catch (RuntimeException ex) {
					error = ex.getMessage();
				}
			}
			Stats s = Stats.of(nanos, 0, 0);
			this.report.append("| %s | %d | %.1f | %s | %s |\n".formatted(question.name(), nanos.size(),
					Stats.of(commits, 0, 0).p50(), nanos.isEmpty() ? "failed: " + error : "%.1f".formatted(s.p50()),
					nanos.isEmpty() ? "" : "%.1f".formatted(s.percentileMillis(1.0))));
			if (scale == question.goalScale() && question.p95GoalMillis() > 0) {
				double median = nanos.isEmpty() ? Double.NaN : s.p50();
				verdict(scale,
						question.name() + " first answer after a write <= %.0f ms".formatted(question.p95GoalMillis()),
						median <= question.p95GoalMillis(),
						nanos.isEmpty() ? "failed: " + error : "median %.1f ms, max %.1f ms of %d".formatted(median,
								s.percentileMillis(1.0), nanos.size()));
			}
		}
		this.report.append('\n');
		ownWrites(scale, http, questions);
	}

	private int nextMentee;

	/**
	 * The first answer after a write of Horizon's own: assignMentor over GraphQL (the
	 * best candidate of a young teacher without a mentor), which answers once the
	 * dashboard's answers were computed anew (WarmUps); writes 3 s apart, as a
	 * coordinator makes them.
	 */
	private void ownWrites(int scale, GraphQlCaller http, List<Question> questions) {
		List<Question> dashboard = questions.stream()
			.filter((q) -> q.goalScale() == scale && q.p95GoalMillis() > 0
					&& List.of("mentoringCoverage", "isolatedYoungTeachers").contains(q.name()))
			.toList();
		if (dashboard.isEmpty() || this.menteeIds.isEmpty()) {
			return;
		}
		this.report.append("### The first answer after assignMentor over GraphQL (a write of Horizon's own), "
				+ "HTTP, 1 client\n\nEach run: mentorCandidates of a young teacher without a mentor, assignMentor "
				+ "of the best candidate (timed), a 0.1 s pause, the question (timed); runs 3 s apart.\n\n");
		this.report.append("| question | answers | assignMentor median ms | answer median ms | max ms |\n"
				+ "|---|---:|---:|---:|---:|\n");
		String candidates = Question.document("mentorCandidates");
		String assign = Question.document("assignMentor");
		String asOf = this.options.asOf().toString();
		for (Question question : dashboard) {
			List<Long> writes = new ArrayList<>();
			List<Long> answers = new ArrayList<>();
			for (int i = 0; i < this.options.coldRuns() && this.nextMentee < this.menteeIds.size(); i++) {
				String mentee = this.menteeIds.get(this.nextMentee++);
				try {
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> list = (List<Map<String, Object>>) http
						.call(candidates, Map.of("menteeId", mentee, "asOf", asOf))
						.get("mentorCandidates");
					if (list.isEmpty()) {
						continue;
					}
					@SuppressWarnings("unchecked")
					String mentor = (String) ((Map<String, Object>) list.get(0).get("teacher")).get("id");
					Thread.sleep(3000);
					long started = System.nanoTime();
					http.call(assign,
							Map.of("input", Map.of("mentorId", mentor, "menteeId", mentee, "startedOn", asOf)));
					writes.add(System.nanoTime() - started);
					Thread.sleep(100);
					started = System.nanoTime();
					http.call(question.document(), question.variables().apply(i));
					answers.add(System.nanoTime() - started);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					this.report.append(
							"A run failed: `%s`.\n\n".formatted(String.valueOf(ex.getMessage()).replace("\n", " ")));
				}
			}
			Stats w = Stats.of(writes, 0, 0);
			Stats a = Stats.of(answers, 0, 0);
			this.report.append("| %s | %d | %s | %s | %s |\n".formatted(question.name(), answers.size(),
					writes.isEmpty() ? "-" : "%.1f".formatted(w.p50()),
					answers.isEmpty() ? "-" : "%.1f".formatted(a.p50()),
					answers.isEmpty() ? "-" : "%.1f".formatted(a.percentileMillis(1.0))));
			verdict(scale,
					question.name() + " first answer after assignMentor <= %.0f ms".formatted(question.p95GoalMillis()),
					!answers.isEmpty() && a.p50() <= question.p95GoalMillis(),
					answers.isEmpty() ? "no run" : "median %.1f ms of %d (assignMentor median %.1f ms)"
						.formatted(a.p50(), answers.size(), w.p50()));
		}
		this.report.append('\n');
	}

	private void graphCounts(Driver driver) {
		Map<String, Long> horizon = Neo4jFiles.graphCounts(driver);
		this.report.append("Graph after the import (nodes by label, relationships by type), Horizon vs LOAD CSV:\n\n");
		this.report.append("| | Horizon | LOAD CSV |\n|---|---:|---:|\n");
		Set<String> keys = new TreeSet<>(horizon.keySet());
		if (this.loadCsvCounts != null) {
			keys.addAll(this.loadCsvCounts.keySet());
		}
		int differences = 0;
		for (String key : keys) {
			Long h = horizon.get(key);
			Long l = (this.loadCsvCounts != null) ? this.loadCsvCounts.get(key) : null;
			boolean same = h != null && h.equals(l);
			differences += same ? 0 : 1;
			this.report.append("| %s | %s | %s%s |\n".formatted(key, (h != null) ? "%,d".formatted(h) : "-",
					(l != null) ? "%,d".formatted(l) : "-", same ? "" : " (differs)"));
		}
		this.report.append("\n")
			.append((differences == 0) ? "Both imports built the same graph (same counts).\n\n"
					: differences + " count(s) differ: see the table.\n\n");
	}

	private List<String> menteeIds;

	private List<Question> questions(List<String> mentees) {
		String asOf = this.options.asOf().toString();
		List<String> rotation = spread(mentees, 100);
		List<String> all = mentees.isEmpty() ? List.of("none") : mentees;
		Map<String, Object> at = Map.of("asOf", asOf);
		return List.of(
				new Question("mentorCandidates", Question.document("mentorCandidates"),
						(i) -> Map.of("menteeId", rotation.get(Math.floorMod(i, rotation.size())), "asOf", asOf),
						"scale 10: p95 <= 30 ms (1 client), >= 300 answers/s (8 clients), HTTP; " + rotation.size()
								+ " mentees in turn (kept answers after the first round)",
						10, 30, 300, rotation.size()),
				// Every mentee young and unmentored, the limit 10 then 9: 2 x N different
				// requests in turn, more than the 1,024 recommendations the server keeps
				// at scale 10, so every answer is computed.
				new Question("mentorCandidatesComputed", Question.document("mentorCandidates"),
						(i) -> Map.of("menteeId", all.get(Math.floorMod(i, all.size())), "asOf", asOf, "limit",
								10 - Math.floorMod(i / all.size(), 2)),
						"scale 10: the same goals with every answer computed; " + all.size()
								+ " mentees x 2 limits in turn",
						10, 30, 300),
				new Question("isolatedYoungTeachers", Question.document("isolatedYoungTeachers"), (i) -> at,
						"scale 1: p95 <= 150 ms", 1, 150, 0),
				new Question("mentoringCoverage", Question.document("mentoringCoverage"), (i) -> at,
						"scale 1: p95 <= 150 ms", 1, 150, 0),
				new Question("horizontalLearning", Question.document("horizontalLearning"),
						(i) -> Map.of("from", this.options.windowFrom().toString(), "to", asOf),
						"scale 1: <= 1 s (one year, with brokers)", 1, 1000, 0),
				new Question("mentorAssignmentPlan", Question.document("mentorAssignmentPlan"), (i) -> at,
						"scale 1: <= 2 s (global optimum)", 1, 2000, 0));
	}

	private static List<Question> readers(List<Question> questions) {
		// The main questions of the dashboard and the recommendation screen, candidates
		// most often.
		List<Question> mix = new ArrayList<>();
		for (Question q : questions) {
			switch (q.name()) {
				case "mentorCandidates" -> mix.addAll(List.of(q, q, q, q));
				case "mentoringCoverage", "isolatedYoungTeachers" -> mix.addAll(List.of(q, q));
				case "horizontalLearning" -> mix.add(q);
				default -> {
				}
			}
		}
		return mix;
	}

	private static List<String> spread(List<String> ids, int max) {
		if (ids.isEmpty()) {
			return List.of("none");
		}
		if (ids.size() <= max) {
			return ids;
		}
		List<String> result = new ArrayList<>();
		for (int i = 0; i < max; i++) {
			result.add(ids.get((int) ((long) i * ids.size() / max)));
		}
		return result;
	}

	/** The mode of answers over HTTP from the separate server JVM. */
	private static final String SEPARATE_JVM = "HTTP, separate JVM";

	private void questionRow(int scale, Question q, String mode, int clients, Measure.Outcome outcome) {
		boolean http = mode.startsWith("HTTP");
		String where = mode.equals(SEPARATE_JVM) ? " (server in its own JVM)" : "";
		Stats.Summary s = outcome.summary();
		if (s == null) {
			this.report.append("| %s | %s | %s | %d | failed: %s | | | | | |\n".formatted(q.name(), q.goal(), mode,
					clients, outcome.firstError().replace("|", "/").replace("\n", " ")));
			if (scale == q.goalScale() && http) {
				verdict(scale, q.name() + where, false, "failed: " + outcome.firstError());
			}
			return;
		}
		this.report.append("| %s | %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %d x %d | %d |\n".formatted(q.name(),
				(clients == 1 && http) ? q.goal() : "", mode, clients, s.p50(), s.p95(), s.pooledP95(), s.throughput(),
				s.runs(), s.requests() / Math.max(1, s.runs()), s.errors()));
		if (outcome.firstError() != null) {
			this.report.append("| | first error: %s | | | | | | | | |\n"
				.formatted(outcome.firstError().replace("|", "/").replace("\n", " ")));
		}
		if (scale == q.goalScale() && http) {
			if (clients == 1 && q.p95GoalMillis() > 0) {
				verdict(scale, q.name() + " p95 <= %.0f ms, 1 client%s".formatted(q.p95GoalMillis(), where),
						s.p95() <= q.p95GoalMillis() && s.errors() == 0,
						"p95 %.1f ms (p50 %.1f)".formatted(s.p95(), s.p50()));
			}
			if (clients == 8 && q.throughputGoal() > 0) {
				verdict(scale, q.name() + " >= %.0f answers/s, 8 clients%s".formatted(q.throughputGoal(), where),
						s.throughput() >= q.throughputGoal() && s.errors() == 0,
						"%.0f answers/s (p95 %.1f ms)".formatted(s.throughput(), s.p95()));
			}
		}
	}

	/**
	 * Betweenness side by side on one export of the same tie graph: Horizon's exact
	 * figure against python-igraph, NetworKit and NetworkX (exact with exact, computation
	 * only, warm); the estimate from the same number of sampled sources against
	 * NetworkX's {@code k=} and NetworKit's; the flows; and Horizon's whole answer, end
	 * to end.
	 */
	@SuppressWarnings("unchecked")
	private void peers(int scale, Driver driver, GraphQlCaller http, Path base) throws Exception {
		this.report.append("### Betweenness side by side: Horizon, python-igraph, NetworKit, NetworkX\n\n");
		LocalDate from = this.options.windowFrom();
		LocalDate to = this.options.asOf();
		boolean exact = scale <= this.options.networkxMaxScale();
		int sources = this.options.networkxSources();
		int runs = Math.max(1, Math.min(3, this.options.runs()));
		this.report.append("Load average before: %s.\n\n".formatted(Machine.loadAverage()));
		PeerComparison.Result r = PeerComparison.run(driver, from, to, base.resolve("peers"), this.options.venv(),
				exact, this.options.networkxExact(), sources, runs, 20261123L);
		String loadAfter = Machine.loadAverage();
		this.report
			.append(("Window %s .. %s: %,d tie instances exported in %d ms; the undirected, unweighted tie graph "
					+ "has %s teachers and %s edges. Every library computes on this same graph, already built in memory "
					+ "(its build is timed apart); times are of the computation alone, warm (Horizon: after two untimed runs "
					+ "in this JVM; igraph and NetworKit: every run listed, the first included), median of the runs. "
					+ "Betweenness over unordered pairs, `normalized=False` (NetworKit's ordered-pair figure halved). "
					+ "Load average after: %s.\n\n")
				.formatted(from, to, r.ties(), r.exportMillis(), r.answer().get("nodes"), r.answer().get("edges"),
						loadAfter));
		PeerComparison.Timing horizonExact = r.timing("horizon", "exact");
		PeerComparison.Timing igraph = r.timing("igraph", "exact");
		if (exact) {
			this.report.append("Exact betweenness:\n\n");
			table(r, "exact", horizonExact);
			if (igraph != null && horizonExact != null) {
				double ratio = horizonExact.median() / igraph.median();
				verdict(scale, "exact betweenness at most half of python-igraph's time", ratio <= 0.5,
						"Horizon %.2f s vs igraph %.2f s: %.2f of igraph's time (NetworKit %s; NetworkX %s)".formatted(
								horizonExact.median(), igraph.median(), ratio, seconds(r.timing("networkit", "exact")),
								seconds(r.timing("networkx", "exact"))));
			}
			PeerComparison.Timing networkx = r.timing("networkx", "exact");
			if (networkx != null && horizonExact != null) {
				long common = horizonExact.top().stream().filter(networkx.top()::contains).count();
				boolean sameTop = !horizonExact.top().isEmpty() && horizonExact.top().equals(networkx.top());
				verdict(scale,
						"Horizon >= 5x faster than NetworkX (exact with exact, computation only), same top brokers",
						networkx.median() / horizonExact.median() >= 5 && sameTop,
						"%.0f x (NetworkX %.1f s vs Horizon %.2f s); top 10 the same and in the same order: %s (%d of 10 in common)"
							.formatted(networkx.median() / horizonExact.median(), networkx.median(),
									horizonExact.median(), sameTop ? "yes" : "no", common));
			}
			if (r.exactPeer() != null) {
				this.report.append(("Every teacher's exact figure, Horizon vs %s: largest difference %.1e (relative to "
						+ "the figure, or absolute below 1).\n\n")
					.formatted(r.exactPeer(), r.exactDifference()));
				verdict(scale, "Horizon's exact betweenness equals " + r.exactPeer() + "'s for every teacher",
						r.exactDifference() < 1e-9, "largest difference %.1e".formatted(r.exactDifference()));
			}
		}
		this.report.append("Estimate from %,d sampled source teachers, scaled to all sources:\n\n".formatted(sources));
		table(r, "sampled", horizonExact != null ? horizonExact : igraph);

		// Flows: the peers' pure-Python sum over the export; Horizon's whole answer, end
		// to end.
		Map<String, Object> variables = Map.of("from", from.toString(), "to", to.toString());
		String document = Question.document("horizontalLearning");
		Map<String, Object> horizon = null;
		for (int attempt = 1; horizon == null; attempt++) {
			long started = System.nanoTime();
			try {
				horizon = (Map<String, Object>) http.call(document, variables).get("horizontalLearning");
			}
			catch (RuntimeException ex) {
				// The computation goes on after the request's time limit; the next
				// request waits for it.
				this.report.append("Horizon's first `horizontalLearning` answer failed after %.1f s: `%s`.\n\n"
					.formatted((System.nanoTime() - started) / 1e9, ex.getMessage().replace("\n", " ")));
				if (attempt == 3) {
					throw ex;
				}
			}
		}
		List<Double> warm = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			http.call(document, variables);
			warm.add((System.nanoTime() - started) / 1e6);
		}
		List<Double> afterWrite = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			try (Session session = driver.session()) {
				session.executeWrite(
						(tx) -> tx.run("MERGE (x:__BenchmarkTouch {id: 1}) SET x.at = timestamp()").consume());
			}
			long started = System.nanoTime();
			try {
				http.call(document, variables);
				afterWrite.add((System.nanoTime() - started) / 1e6);
			}
			catch (RuntimeException ex) {
				this.report.append("A first answer after a write failed after %.1f s: `%s`.\n\n"
					.formatted((System.nanoTime() - started) / 1e9, ex.getMessage().replace("\n", " ")));
			}
		}
		List<Map<String, Object>> horizonFlows = (List<Map<String, Object>>) horizon.get("organizationFlows");
		int sameFlows = 0;
		int compared = Math.min(10, Math.min(horizonFlows.size(), r.flows().size()));
		for (int i = 0; i < compared; i++) {
			Map<String, Object> hf = horizonFlows.get(i);
			Map<String, Object> nf = r.flows().get(i);
			String hs = (String) ((Map<String, Object>) hf.get("source")).get("id");
			String ht = (String) ((Map<String, Object>) hf.get("target")).get("id");
			if (hs.equals(nf.get("source")) && ht.equals(nf.get("target")) && Math
				.abs(((Number) hf.get("weight")).doubleValue() - ((Number) nf.get("weight")).doubleValue()) < 1e-6) {
				sameFlows++;
			}
		}
		List<String> brokers = PeerComparison.ids((List<Map<String, Object>>) horizon.get("brokers"), "teacher");
		this.report.append("Flows and the whole answer (not the same work, so no ratio):\n\n");
		this.report.append("| what | time |\n|---|---:|\n");
		this.report
			.append("| Python: organization flows summed over the exported tie instances (in memory) | %.0f ms |\n"
				.formatted(r.seconds("flowsSeconds") * 1000));
		this.report.append("| Python: reading the export | %.0f ms |\n".formatted(r.seconds("readSeconds") * 1000));
		this.report
			.append(("| Horizon `horizontalLearning` over HTTP, first answer after a write: reads every tie of the "
					+ "window from the database, totals, flows, %s betweenness, top brokers (median of %d) | %.0f ms |\n")
				.formatted(Boolean.TRUE.equals(horizon.get("exactBetweenness")) ? "exact" : "estimated",
						afterWrite.size(), afterWrite.isEmpty() ? Double.NaN
								: Stats.median(afterWrite.stream().mapToDouble(Double::doubleValue).toArray())));
		this.report.append(
				"| Horizon `horizontalLearning` over HTTP, answer kept until the graph changes (median of 5) | %.0f ms |\n\n"
					.formatted(Stats.median(warm.stream().mapToDouble(Double::doubleValue).toArray())));
		this.report.append("Top 10 flows identical (source, target, weight) to the export's: %d of %d. "
			.formatted(sameFlows, compared));
		this.report.append("Horizon's top brokers (its default: %s): %s.\n\n"
			.formatted(Boolean.TRUE.equals(horizon.get("exactBetweenness")) ? "exact" : "estimated", brokers));
	}

	/** One row per library of one mode; the reference's top 10 for the overlap column. */
	private void table(PeerComparison.Result r, String mode, PeerComparison.Timing reference) {
		this.report.append(
				"| library | threads | graph build s | runs s (wall) | median s | Horizon's time / this | CPU s, median | Horizon's CPU / this | top 10 in common with the exact top 10 |\n")
			.append("|---|---:|---:|---|---:|---:|---:|---:|---:|\n");
		PeerComparison.Timing horizon = r.timing("horizon", mode);
		for (PeerComparison.Timing t : r.timings()) {
			if (!t.mode().equals(mode)) {
				continue;
			}
			long common = (reference != null) ? t.top().stream().filter(reference.top()::contains).count() : -1;
			boolean other = horizon != null && t != horizon;
			this.report.append("| %s %s | %d | %.2f | %s | **%.2f** | %s | %.2f | %s | %s |\n".formatted(
					t.library().equals("horizon") ? "**Horizon**" : t.library(), t.version(), t.threads(),
					t.buildSeconds(), String.join(", ", t.seconds().stream().map((x) -> "%.2f".formatted(x)).toList()),
					t.median(), other ? "%.2f".formatted(horizon.median() / t.median()) : "", t.cpuMedian(),
					other ? "%.2f".formatted(horizon.cpuMedian() / t.cpuMedian()) : "",
					(common >= 0) ? common + " of " + Math.min(10, reference.top().size()) : ""));
		}
		this.report.append('\n');
	}

	private static String seconds(PeerComparison.Timing t) {
		return (t != null) ? "%.2f s".formatted(t.median()) : "not run";
	}

	private void load(int scale, Load.Result load) {
		this.report.append("### Bounded load on 127.0.0.1: %d readers and %d writers x %d s\n\n"
			.formatted(load.readers(), load.writers(), load.seconds()));
		this.report.append("%d readers over mentorCandidates, mentoringCoverage, isolatedYoungTeachers and "
			.formatted(load.readers())
				+ "horizontalLearning; %d writers, each asking mentorCandidates, then assignMentor of the best candidate. "
					.formatted(load.writers())
				+ "After a write a reader waits for the fresh answer at most `horizon.cache.refresh-wait`, then is "
				+ "served the previous one with the time it was computed (the `freshness` extension).\n\n");
		this.report.append(
				"| question | answers | answers/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
		load.latencies()
			.forEach((name, s) -> this.report.append("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |\n".formatted(name,
					s.count(), s.throughput(), s.p50(), s.p95(), s.percentileMillis(0.99), s.percentileMillis(1.0))));
		this.report.append(("\nRequests: %,d; errors: **%d**%s; reader answers served from before the latest write "
				+ "while the fresh one computed: %,d. Pairs assigned: %d, refused with a domain error: %d%s. ")
			.formatted(load.requests(), load.errors(),
					(load.firstError() != null) ? " (first: " + load.firstError() + ")" : "", load.staleAnswers(),
					load.assigned(), load.refused(),
					(load.firstRefusal() != null) ? " (first: " + load.firstRefusal() + ")" : ""));
		this.report.append("Young teachers covered at %s before %,d, after %,d: %s.\n\n".formatted(this.options.asOf(),
				load.coveredBefore(), load.coveredAfter(), load.nothingLost()
						? "every assigned pair is counted, nothing lost" : "**differs from the pairs assigned**"));
		Stats readers = load.latencies().get("mentoringCoverage");
		verdict(scale,
				"bounded load with %d writers and %d readers: zero errors, nothing lost".formatted(load.writers(),
						load.readers()),
				load.errors() == 0 && load.nothingLost(),
				"%,d requests, %d errors, %d pairs assigned and all counted: %s; mentoringCoverage p95 %s ms".formatted(
						load.requests(), load.errors(), load.assigned(), load.nothingLost() ? "yes" : "no",
						(readers != null) ? "%.0f".formatted(readers.p95()) : "-"));
	}

	private void verdict(int scale, String what, boolean met, String figure) {
		this.verdicts.add("scale %d, %s: %s — %s".formatted(scale, what, met ? "**met**" : "**not met**", figure));
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	/** The runs after the first when there are several; the only run otherwise. */
	private static double[] warm(List<Double> millis) {
		List<Double> later = (millis.size() > 1) ? millis.subList(1, millis.size()) : millis;
		return later.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static String join(List<Double> millis) {
		return String.join(", ", millis.stream().map((m) -> "%.0f".formatted(m)).toList());
	}

	/** Copies what the import verb prints to the console and keeps it for the summary. */
	private static final class TeeStream extends java.io.OutputStream {

		private final java.io.OutputStream a;

		private final java.io.OutputStream b;

		TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public void write(int c) throws java.io.IOException {
			this.a.write(c);
			this.b.write(c);
		}

		@Override
		public void write(byte[] bytes, int off, int len) throws java.io.IOException {
			this.a.write(bytes, off, len);
			this.b.write(bytes, off, len);
		}

	}

	static List<String> youngWithoutMentor(Driver driver, LocalDate asOf) {
		try (Session session = driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(:Organization)
					WHERE w.since <= $asOf AND (w.until IS NULL OR w.until >= $asOf)
						AND t.teachingSince <= $asOf AND duration.inMonths(t.teachingSince, $asOf).months < 36
						AND NOT EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair)
							WHERE p.startedOn <= $asOf AND (p.endedOn IS NULL OR p.endedOn >= $asOf) }
					RETURN DISTINCT t.id AS id ORDER BY id""", Map.of("asOf", asOf))
				.list((r) -> r.get("id").asString()));
		}
	}

}
