package ru.horizon.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;

import ru.horizon.horizontal.HorizontalProperties;

/**
 * Horizon's betweenness side by side with python-igraph, NetworKit and NetworkX on one
 * export of the same tie graph. The benchmark writes every tie instance of the window
 * (Cypher {@code benchmark/tie-instances.cypher}, written from model.md independently of
 * Horizon's own code) to a TSV file; {@code benchmark/betweenness_peers.py} times the
 * peers on it in a virtual environment under {@code target/} (created and filled from
 * PyPI on first use); Horizon's own betweenness
 * ({@code ru.horizon.horizontal.Betweenness}, the code the server runs) is timed in this
 * JVM on the graph built from the same file, warm, and its figure for every teacher
 * compared with the first exact peer's.
 */
final class PeerComparison {

	/** Event formats whose ORGANIZER teaches as a speaker does (model.md). */
	static final List<String> TEACHING_FORMATS = List.of("MASTER_CLASS", "OPEN_LESSON", "LESSON_VISIT", "WORKSHOP",
			"INTERNSHIP");

	/** The Python packages of the peers, as PyPI names them. */
	static final List<String> PACKAGES = List.of("python-igraph", "networkit", "networkx");

	/**
	 * One library's timing of one computation.
	 *
	 * @param library igraph, networkit, networkx or horizon
	 * @param mode exact or sampled
	 * @param seconds every timed run, wall time
	 * @param cpuSeconds every timed run, CPU time of the process (every thread)
	 * @param top the top teachers, highest first
	 */
	record Timing(String library, String version, String mode, int threads, Integer sources, double buildSeconds,
			List<Double> seconds, List<Double> cpuSeconds, List<String> top) {

		double median() {
			return Stats.median(this.seconds.stream().mapToDouble(Double::doubleValue).toArray());
		}

		double cpuMedian() {
			return Stats.median(this.cpuSeconds.stream().mapToDouble(Double::doubleValue).toArray());
		}

	}

	/**
	 * @param exportMillis the Cypher export of the ties to the TSV file
	 * @param ties tie instances exported
	 * @param timings every library's timings, Horizon's first
	 * @param exactDifference the largest difference between Horizon's exact figure and
	 * the first exact peer's over every teacher, relative to the figure (NaN: not
	 * compared)
	 * @param exactPeer the peer compared
	 * @param answer the script's JSON
	 */
	record Result(long exportMillis, long ties, List<Timing> timings, double exactDifference, String exactPeer,
			Map<String, Object> answer) {

		Timing timing(String library, String mode) {
			return this.timings.stream()
				.filter((t) -> t.library().equals(library) && t.mode().equals(mode))
				.findFirst()
				.orElse(null);
		}

		double seconds(String phase) {
			return ((Number) this.answer.get(phase)).doubleValue();
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> flows() {
			return (List<Map<String, Object>>) this.answer.get("flows");
		}

	}

	private PeerComparison() {
	}

	/**
	 * @param exact compare exact betweenness (else the sampled estimate only)
	 * @param networkxExact include NetworkX's exact betweenness (minutes at scale 1)
	 * @param sources sampled sources of the estimates
	 * @param runs timed runs of the fast libraries and of Horizon
	 */
	static Result run(Driver driver, LocalDate from, LocalDate to, Path folder, Path venv, boolean exact,
			boolean networkxExact, int sources, int runs, long seed) throws Exception {
		Files.createDirectories(folder);
		Path tsv = folder.resolve("ties.tsv");
		long started = System.nanoTime();
		long ties = export(driver, from, to, tsv);
		long exportMillis = (System.nanoTime() - started) / 1_000_000;

		// Horizon, in this JVM, on the graph of the same file: warm, then timed.
		Graph<String, DefaultEdge> graph = graph(tsv);
		List<Timing> timings = new ArrayList<>();
		Map<String, Double> horizonExact = null;
		if (exact) {
			HorizontalProperties settings = new HorizontalProperties(Integer.MAX_VALUE, sources, seed, 50);
			horizonExact = horizon(graph, settings, 2);
			List<Double> seconds = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				long t = System.nanoTime();
				long c = processCpuNanos();
				horizon(graph, settings, 1);
				seconds.add((System.nanoTime() - t) / 1e9);
				cpu.add((processCpuNanos() - c) / 1e9);
			}
			timings.add(new Timing("horizon", "Java", "exact", Runtime.getRuntime().availableProcessors(), null, 0,
					seconds, cpu, top(horizonExact, 10)));
		}
		HorizontalProperties sampledSettings = new HorizontalProperties(0, sources, seed, 50);
		Map<String, Double> horizonSampled = horizon(graph, sampledSettings, 2);
		List<Double> sampledSeconds = new ArrayList<>();
		List<Double> sampledCpu = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			long c = processCpuNanos();
			horizon(graph, sampledSettings, 1);
			sampledSeconds.add((System.nanoTime() - t) / 1e9);
			sampledCpu.add((processCpuNanos() - c) / 1e9);
		}
		timings.add(new Timing("horizon", "Java", "sampled", Runtime.getRuntime().availableProcessors(), sources, 0,
				sampledSeconds, sampledCpu, top(horizonSampled, 10)));

		// The peers, in their own process.
		Path python = ensureVenv(venv);
		Path script = folder.resolve("betweenness_peers.py");
		Files.writeString(script,
				new ClassPathResource("benchmark/betweenness_peers.py").getContentAsString(StandardCharsets.UTF_8));
		List<String> exactLibraries = new ArrayList<>();
		if (exact) {
			exactLibraries.addAll(List.of("igraph", "networkit"));
			if (networkxExact) {
				exactLibraries.add("networkx");
			}
		}
		List<String> command = List.of(python.toString(), script.toString(), tsv.toString(), folder.toString(),
				"--exact", String.join(",", exactLibraries), "--sampled", Integer.toString(sources), "--sampled-libs",
				"networkx,networkit", "--threads", Integer.toString(Runtime.getRuntime().availableProcessors()),
				"--runs", Integer.toString(runs), "--seed", Long.toString(seed));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(folder.resolve("peers.err").toFile());
		// Idle OpenMP threads sleep instead of spinning, which on a shared machine only
		// slows NetworKit.
		builder.environment().put("OMP_WAIT_POLICY", "passive");
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the peers did not finish within 60 minutes");
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("the peers failed: " + Files.readString(folder.resolve("peers.err")));
		}
		Files.write(folder.resolve("peers.out"), output);
		String text = new String(output, StandardCharsets.UTF_8).strip();
		String json = text.substring(text.lastIndexOf('\n') + 1);
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = GraphQlCaller.JSON.readValue(json, Map.class);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> results = (List<Map<String, Object>>) answer.get("results");
		for (Map<String, Object> r : results) {
			@SuppressWarnings("unchecked")
			List<Number> seconds = (List<Number>) r.get("seconds");
			@SuppressWarnings("unchecked")
			List<Number> cpu = (List<Number>) r.get("cpuSeconds");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> top = (List<Map<String, Object>>) r.get("top");
			timings.add(new Timing((String) r.get("library"), (String) r.get("version"), (String) r.get("mode"),
					((Number) r.get("threads")).intValue(),
					(r.get("sources") != null) ? ((Number) r.get("sources")).intValue() : null,
					((Number) r.get("buildSeconds")).doubleValue(), seconds.stream().map(Number::doubleValue).toList(),
					cpu.stream().map(Number::doubleValue).toList(),
					top.stream().map((m) -> String.valueOf(m.get("id"))).toList()));
		}
		double difference = Double.NaN;
		String exactPeer = null;
		if (horizonExact != null && !exactLibraries.isEmpty()) {
			exactPeer = exactLibraries.get(0);
			Path scores = folder.resolve("exact-" + exactPeer + ".tsv");
			difference = 0;
			for (String line : Files.readAllLines(scores)) {
				String[] cells = line.split("\t");
				double theirs = Double.parseDouble(cells[1]);
				double ours = horizonExact.getOrDefault(cells[0], Double.NaN);
				difference = Math.max(difference, Math.abs(ours - theirs) / Math.max(1.0, Math.abs(theirs)));
			}
		}
		return new Result(exportMillis, ties, timings, difference, exactPeer, answer);
	}

	/**
	 * CPU time of this JVM so far, every thread (the server's idle threads add little).
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static long export(Driver driver, LocalDate from, LocalDate to, Path tsv) throws IOException {
		String cypher = new ClassPathResource("benchmark/tie-instances.cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		long ties = 0;
		try (Session session = driver.session(); BufferedWriter out = Files.newBufferedWriter(tsv)) {
			out.write("source\ttarget\tkind\tweight\tsource_org\ttarget_org\n");
			List<Record> rows = session.executeRead(
					(tx) -> tx.run(cypher, Map.of("from", from, "to", to, "teachingFormats", TEACHING_FORMATS)).list());
			for (Record r : rows) {
				out.write(
						r.get("source").asString() + "\t" + r.get("target").asString() + "\t" + r.get("kind").asString()
								+ "\t" + r.get("weight").asDouble() + "\t" + r.get("sourceOrganization").asString("")
								+ "\t" + r.get("targetOrganization").asString("") + "\n");
				ties++;
			}
		}
		return ties;
	}

	/**
	 * The undirected, unweighted tie graph of the export, built as Horizon's TieNetwork
	 * builds it.
	 */
	static Graph<String, DefaultEdge> graph(Path tsv) throws IOException {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		List<String[]> edges = new ArrayList<>();
		TreeSet<String> teachers = new TreeSet<>();
		try (var lines = Files.lines(tsv)) {
			lines.skip(1).forEach((line) -> {
				String[] cells = line.split("\t", -1);
				edges.add(cells);
				teachers.add(cells[0]);
				teachers.add(cells[1]);
			});
		}
		teachers.forEach(graph::addVertex);
		edges.sort(Comparator.<String[], String>comparing((c) -> c[0]).thenComparing((c) -> c[1]));
		for (String[] e : edges) {
			if (!e[0].equals(e[1]) && !graph.containsEdge(e[0], e[1])) {
				graph.addEdge(e[0], e[1]);
			}
		}
		return graph;
	}

	/**
	 * Horizon's betweenness, the code the server runs ({@code Betweenness} is
	 * package-private in {@code ru.horizon.horizontal}; the benchmark reaches it by
	 * reflection rather than widen the application's API for a measurement).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Double> horizon(Graph<String, DefaultEdge> graph, HorizontalProperties settings, int times)
			throws Exception {
		Method of = Class.forName("ru.horizon.horizontal.Betweenness")
			.getDeclaredMethod("of", Graph.class, HorizontalProperties.class);
		of.setAccessible(true);
		Map<String, Double> result = null;
		for (int i = 0; i < times; i++) {
			result = (Map<String, Double>) of.invoke(null, graph, settings);
		}
		return result;
	}

	private static List<String> top(Map<String, Double> scores, int count) {
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(count)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * A virtual environment with the peers installed from PyPI (pip's ordinary client),
	 * created on first use and reused after.
	 */
	static Path ensureVenv(Path venv) throws IOException, InterruptedException {
		Path python = venv.resolve("bin/python");
		if (Files.exists(python) && exec(List.of(python.toString(), "-c", "import igraph, networkit, networkx"),
				venv.resolveSibling(venv.getFileName() + ".log")) == 0) {
			return python;
		}
		Files.createDirectories(venv.getParent());
		Path log = venv.resolveSibling(venv.getFileName() + ".log");
		if (exec(List.of("python3", "-m", "venv", venv.toString()), log) != 0) {
			throw new IllegalStateException("python3 -m venv failed: see " + log);
		}
		List<String> install = new ArrayList<>(List.of(python.toString(), "-m", "pip", "install", "-q"));
		install.addAll(PACKAGES);
		if (exec(install, log) != 0) {
			throw new IllegalStateException("pip install " + PACKAGES + " failed: see " + log);
		}
		return python;
	}

	private static int exec(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(20, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

	/** Ids of a list of brokers, in rank order. */
	static List<String> ids(List<Map<String, Object>> brokers, String key) {
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> broker : brokers) {
			Object id = broker.get(key);
			if (id instanceof Map<?, ?> teacher) {
				id = teacher.get("id");
			}
			ids.add(String.valueOf(id));
		}
		return ids;
	}

}
