package ru.horizon.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;

/**
 * The same broker and flow figures computed by NetworkX on an export of the same tie
 * graph: the benchmark writes every tie instance of the window (Cypher
 * {@code benchmark/tie-instances.cypher}, written from model.md independently of
 * Horizon's own code) to a TSV file and runs {@code benchmark/networkx_brokers.py}.
 */
final class NetworkXComparison {

	/** Event formats whose ORGANIZER teaches as a speaker does (model.md). */
	static final List<String> TEACHING_FORMATS = List.of("MASTER_CLASS", "OPEN_LESSON", "LESSON_VISIT", "WORKSHOP",
			"INTERNSHIP");

	/**
	 * @param exportMillis the Cypher export of the ties to the TSV file
	 * @param processMillis the python process, start to exit (interpreter and import of networkx included)
	 * @param answer the script's JSON: phases in seconds, brokers, flows
	 */
	record Result(long exportMillis, long ties, long processMillis, Map<String, Object> answer) {

		double seconds(String phase) {
			return ((Number) this.answer.get(phase)).doubleValue();
		}

		/** Building the graph, betweenness and flows: what Horizon computes after reading the ties. */
		double computeMillis() {
			return (seconds("buildSeconds") + seconds("betweennessSeconds") + seconds("flowsSeconds")) * 1000;
		}

		/** Reading the export too. */
		double totalMillis() {
			return computeMillis() + seconds("readSeconds") * 1000;
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> brokers() {
			return (List<Map<String, Object>>) this.answer.get("brokers");
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> flows() {
			return (List<Map<String, Object>>) this.answer.get("flows");
		}

	}

	private NetworkXComparison() {
	}

	/**
	 * @param sampledSources estimate betweenness from this many sampled sources (null: exact)
	 */
	static Result run(Driver driver, LocalDate from, LocalDate to, Path folder, Integer sampledSources)
			throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path tsv = folder.resolve("ties.tsv");
		Path script = folder.resolve("networkx_brokers.py");
		Files.writeString(script,
				new ClassPathResource("benchmark/networkx_brokers.py").getContentAsString(StandardCharsets.UTF_8));
		String cypher = new ClassPathResource("benchmark/tie-instances.cypher").getContentAsString(StandardCharsets.UTF_8);
		long started = System.nanoTime();
		long ties = 0;
		try (Session session = driver.session(); BufferedWriter out = Files.newBufferedWriter(tsv)) {
			out.write("source\ttarget\tkind\tweight\tsource_org\ttarget_org\n");
			List<Record> rows = session.executeRead((tx) -> tx
				.run(cypher, Map.of("from", from, "to", to, "teachingFormats", TEACHING_FORMATS))
				.list());
			for (Record r : rows) {
				out.write(r.get("source").asString() + "\t" + r.get("target").asString() + "\t"
						+ r.get("kind").asString() + "\t" + r.get("weight").asDouble() + "\t"
						+ r.get("sourceOrganization").asString("") + "\t" + r.get("targetOrganization").asString("")
						+ "\n");
				ties++;
			}
		}
		long exportMillis = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		List<String> command = new ArrayList<>(List.of("python3", script.toString(), tsv.toString(), "10"));
		if (sampledSources != null) {
			command.add(sampledSources.toString());
		}
		Process python = new ProcessBuilder(command)
			.redirectError(folder.resolve("networkx.err").toFile())
			.start();
		// The answer is one line of JSON at the end: read it while the process runs.
		byte[] output = python.getInputStream().readAllBytes();
		if (!python.waitFor(30, TimeUnit.MINUTES)) {
			python.destroyForcibly();
			throw new IllegalStateException("networkx did not finish within 30 minutes");
		}
		if (python.exitValue() != 0) {
			throw new IllegalStateException("networkx failed: " + Files.readString(folder.resolve("networkx.err")));
		}
		long processMillis = (System.nanoTime() - started) / 1_000_000;
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = GraphQlCaller.JSON.readValue(output, Map.class);
		Files.write(folder.resolve("networkx.json"), output);
		return new Result(exportMillis, ties, processMillis, answer);
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
