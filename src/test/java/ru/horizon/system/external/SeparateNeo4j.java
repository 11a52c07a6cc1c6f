package ru.horizon.system.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j in a process of its own, as a server is to Horizon: {@link #main} runs it (the
 * test harness's database with Bolt on a free port) until its standard input closes;
 * {@link #start} launches that process from a test and waits for its Bolt address.
 */
final class SeparateNeo4j implements AutoCloseable {

	private static final String READY = "BOLT ";

	private final Process process;

	private final String boltUri;

	private SeparateNeo4j(Process process, String boltUri) {
		this.process = process;
		this.boltUri = boltUri;
	}

	/** The database's Bolt address, e.g. {@code bolt://localhost:40123}. */
	String boltUri() {
		return this.boltUri;
	}

	/** The process id: not this JVM's. */
	long pid() {
		return this.process.pid();
	}

	/** Starts the separate process and waits (at most 3 minutes) until it listens. */
	static SeparateNeo4j start(Path directory) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(SeparateNeo4j.class.getName());
		command.add(directory.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		StringBuilder log = new StringBuilder();
		String line;
		while ((line = out.readLine()) != null) {
			if (line.startsWith(READY)) {
				Thread drain = new Thread(() -> {
					try {
						while (out.readLine() != null) {
							// the server's own log: not needed
						}
					}
					catch (IOException ex) {
						// the process ended
					}
				});
				drain.setDaemon(true);
				drain.start();
				return new SeparateNeo4j(process, line.substring(READY.length()).trim());
			}
			log.append(line).append('\n');
			if (System.nanoTime() > until) {
				break;
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("the separate Neo4j did not start:\n" + log);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/** Runs the database until standard input closes (the test ended or died). */
	public static void main(String[] args) throws IOException {
		Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(Path.of(args[0]))
			.withDisabledServer()
			.withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.build();
		System.out.println(READY + neo4j.boltURI());
		System.out.flush();
		try {
			while (System.in.read() >= 0) {
				// wait for the end of the input
			}
		}
		finally {
			neo4j.close();
		}
	}

}
