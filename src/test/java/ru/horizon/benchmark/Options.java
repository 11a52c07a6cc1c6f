package ru.horizon.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does, from {@code key=value} arguments or
 * {@code -Dbenchmark.key=value} system properties (arguments win).
 *
 * @param scales the demo city scales, e.g. 1,10 (add 100 on request)
 * @param seed the demo city's seed
 * @param asOf the day the demo city is dated up to and every question is asked at
 * @param runs measurement runs per question, mode and client count (medians reported)
 * @param runMillis the time one run aims at (at least a few requests)
 * @param clients the concurrent client counts
 * @param importRuns imports per importer and scale
 * @param loadSeconds the bounded load: seconds per scale
 * @param loadReaders the bounded load: reading clients
 * @param loadWriters the bounded load: writing clients (mentorCandidates, then
 * assignMentor)
 * @param childStart measure start-to-healthy and heap in a separate -Xmx1g JVM
 * @param networkx compare betweenness with python-igraph, NetworKit and NetworkX
 * ({@link PeerComparison}; the option keeps its first name)
 * @param networkxSources sampled sources of every library's estimate
 * @param networkxMaxScale the largest scale at which exact betweenness is compared (above
 * it only the estimates are: exact betweenness grows as teachers x ties)
 * @param networkxExact include NetworkX's exact betweenness (pure Python: minutes at
 * scale 1)
 * @param venv the Python virtual environment the peers are installed into from PyPI
 * @param coldRuns answers measured right after a write, when every cached answer is stale
 * @param starts starts of the separate server per start kind and scale: its start
 * verdicts judge the medians over them
 * @param out where the report and the data go
 * @param only {@code import} to measure only the import side by side (every scale with
 * {@code importRuns} runs), skipping the questions, the peers, the load and the start;
 * {@code peers} to import once and compare betweenness with the peers only; {@code load}
 * to import once (or reuse the database) and run the bounded load only; {@code start} to
 * import once (or reuse the database) and measure the separate server's start only; empty
 * for all
 */
record Options(List<Integer> scales, long seed, LocalDate asOf, int runs, long runMillis, List<Integer> clients,
		int importRuns, int loadSeconds, int loadReaders, int loadWriters, boolean childStart, boolean networkx,
		int networkxSources, int networkxMaxScale, boolean networkxExact, Path venv, int coldRuns, int starts, Path out,
		String only) {

	static Options parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		System.getProperties().forEach((k, v) -> {
			String key = k.toString();
			if (key.startsWith("benchmark.") && !v.toString().isBlank()) {
				values.put(key.substring("benchmark.".length()), v.toString());
			}
		});
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq > 0) {
				values.put(arg.substring(0, eq).replaceFirst("^--", ""), arg.substring(eq + 1));
			}
		}
		return new Options(ints(values.getOrDefault("scales", "1,10")),
				Long.parseLong(values.getOrDefault("seed", "42")),
				LocalDate.parse(values.getOrDefault("as-of", "2026-10-01")),
				Integer.parseInt(values.getOrDefault("runs", "5")),
				Long.parseLong(values.getOrDefault("run-millis", "2000")), ints(values.getOrDefault("clients", "1,8")),
				Integer.parseInt(values.getOrDefault("import-runs", "2")),
				Integer.parseInt(values.getOrDefault("load-seconds", "30")),
				Integer.parseInt(values.getOrDefault("load-readers", "10")),
				Integer.parseInt(values.getOrDefault("load-writers", "2")),
				Boolean.parseBoolean(values.getOrDefault("child-start", "true")),
				Boolean.parseBoolean(values.getOrDefault("networkx", "true")),
				Integer.parseInt(values.getOrDefault("networkx-sources", "600")),
				Integer.parseInt(values.getOrDefault("networkx-max-scale", "1")),
				Boolean.parseBoolean(values.getOrDefault("networkx-exact", "true")),
				Path.of(values.getOrDefault("venv", "target/benchmark-venv")),
				Integer.parseInt(values.getOrDefault("cold-runs", "3")),
				Math.max(1, Integer.parseInt(values.getOrDefault("starts", "3"))),
				Path.of(values.getOrDefault("out", "target/benchmark")), values.getOrDefault("only", ""));
	}

	private static List<Integer> ints(String csv) {
		return Arrays.stream(csv.split(","))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.map(Integer::valueOf)
			.toList();
	}

	/** Whether this run measures the import only. */
	boolean importOnly() {
		return "import".equals(this.only);
	}

	/** Whether this run measures the bounded load only. */
	boolean loadOnly() {
		return "load".equals(this.only);
	}

	/**
	 * Whether this run measures the separate server's start only (the database of an
	 * earlier run reused, or imported once).
	 */
	boolean startOnly() {
		return "start".equals(this.only);
	}

	/** Whether this run compares betweenness with the peers only. */
	boolean peersOnly() {
		return "peers".equals(this.only);
	}

	/** The window of the horizontal-learning question: the year up to {@link #asOf()}. */
	LocalDate windowFrom() {
		return this.asOf.minusYears(1).plusDays(1);
	}

}
