package ru.horizon.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The server as a person starts it: a separate JVM with {@code -Xmx1g} on the embedded
 * default, over a database that already holds the city. Measures the time from process
 * start to {@code /actuator/health} answering UP, and the heap it uses.
 */
final class ChildServer implements AutoCloseable {

	/**
	 * @param startMillis process start to the first healthy answer
	 * @param heapAfterStartMiB heap used right after start
	 * @param heapAfterQuestionsMiB heap used after one round of every question
	 * @param heapAfterGcMiB heap used after a full GC (live data)
	 * @param maxHeapMiB the -Xmx it ran with
	 */
	record Result(long startMillis, double heapAfterStartMiB, double heapAfterQuestionsMiB, double heapAfterGcMiB,
			double maxHeapMiB) {
	}

	/** The java executable of the JVM running the benchmark. */
	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private final Process process;

	private final int port;

	private final long startedNanos;

	private final HttpClient http = HttpClient.newHttpClient();

	private ChildServer(Process process, int port, long startedNanos) {
		this.process = process;
		this.port = port;
		this.startedNanos = startedNanos;
	}

	static ChildServer start(Path dataDir, String xmx, List<String> serverArguments, Path log) throws IOException {
		// The application's own classpath: main classes and dependencies, not the
		// benchmark's classes.
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
		return start(List.of("-cp", classpath, "ru.horizon.HorizonApplication"), dataDir, xmx, serverArguments, log);
	}

	/**
	 * The server as the README's faster start runs it: the jar extracted by Spring Boot's
	 * tools ({@code extracted}, its {@code horizon.jar}), with the JDK AOT cache
	 * {@code aotCache} that {@link #trainAotCache} wrote.
	 */
	static ChildServer startWithAotCache(Path extracted, Path aotCache, Path dataDir, String xmx,
			List<String> serverArguments, Path log) throws IOException {
		return start(extractedJar("-XX:AOTCache=" + aotCache.toAbsolutePath(), extracted), dataDir, xmx,
				serverArguments, log);
	}

	/**
	 * The server as the README's first server command runs it: {@code java -jar} of the
	 * packaged jar, which starts it again in a child JVM with the AOT cache the build
	 * made beside it ({@link ru.horizon.system.cli.AotStart}).
	 */
	static ChildServer startPackaged(Path jar, Path dataDir, String xmx, List<String> serverArguments, Path log)
			throws IOException {
		return start(List.of("-jar", jar.toAbsolutePath().toString()), dataDir, xmx, serverArguments, log);
	}

	/**
	 * {@code jar} extracted into {@code destination} by Spring Boot's own tools, as the
	 * README's faster start does ({@code java -Djarmode=tools -jar ... extract}).
	 */
	static void extract(Path jar, Path destination, Path log) throws IOException, InterruptedException {
		Process extract = new ProcessBuilder(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (extract.waitFor() != 0) {
			throw new IllegalStateException("extracting " + jar + " failed, see " + log);
		}
	}

	/** The extracted jar's program, with one JVM option before it. */
	private static List<String> extractedJar(String jvmOption, Path extracted) {
		return List.of(jvmOption, "-jar", extracted.resolve("horizon.jar").toAbsolutePath().toString());
	}

	/**
	 * The README's training run of the AOT cache: the extracted jar started with
	 * {@code -XX:AOTCacheOutput} and {@code --horizon.exit-when-ready=true} on
	 * {@code dataDir}, which stops by itself once ready; the JVM writes the cache as it
	 * exits. Returns the milliseconds the run took, cache written.
	 */
	static long trainAotCache(Path extracted, Path aotCache, Path dataDir, String xmx, List<String> serverArguments,
			Path log) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(serverArguments);
		arguments.add("--horizon.exit-when-ready=true");
		ChildServer run = start(extractedJar("-XX:AOTCacheOutput=" + aotCache.toAbsolutePath(), extracted), dataDir,
				xmx, arguments, log);
		if (!run.process.waitFor(15, TimeUnit.MINUTES)) {
			run.process.destroyForcibly();
			throw new IllegalStateException("the AOT cache's training run did not end within 15 minutes");
		}
		if (run.process.exitValue() != 0 || !java.nio.file.Files.exists(aotCache)) {
			throw new IllegalStateException(
					"the AOT cache's training run exited with " + run.process.exitValue() + ", see " + log);
		}
		return (System.nanoTime() - run.startedNanos) / 1_000_000;
	}

	private static ChildServer start(List<String> program, Path dataDir, String xmx, List<String> serverArguments,
			Path log) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx" + xmx));
		command.addAll(program);
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--horizon.neo4j.embedded.data-dir=" + dataDir.toAbsolutePath(), "--horizon.neo4j.embedded.bolt-port=0",
				"--horizon.demo.load-on-empty=false", "--management.endpoints.web.exposure.include=health,metrics"));
		command.addAll(serverArguments);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ChildServer(process, port, started);
	}

	int port() {
		return this.port;
	}

	/**
	 * Waits until {@code /actuator/health} answers UP (the server is ready: today's
	 * answers computed); returns the milliseconds since the process started.
	 */
	long awaitHealthy(Duration timeout) throws InterruptedException {
		return awaitUp("/actuator/health", timeout);
	}

	/**
	 * Waits until {@code /actuator/health/liveness} answers UP (the server runs and
	 * serves); returns the milliseconds since the process started.
	 */
	long awaitLive(Duration timeout) throws InterruptedException {
		return awaitUp("/actuator/health/liveness", timeout);
	}

	private long awaitUp(String path, Duration timeout) throws InterruptedException {
		awaitUp(this.http, this.port, path, timeout, () -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the server exited with " + this.process.exitValue());
			}
		});
		return (System.nanoTime() - this.startedNanos) / 1_000_000;
	}

	/**
	 * Waits until {@code path} on the server at {@code port} answers 200 with
	 * {@code "UP"}, calling {@code check} (which may throw) before each try: for a server
	 * of this class and for one in the caller's JVM alike.
	 */
	static void awaitUp(HttpClient http, int port, String path, Duration timeout, Runnable check)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			check.run();
			try {
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException(path + " not UP within " + timeout);
	}

	/** Heap in use, MiB, from the actuator's {@code jvm.memory.used} (area heap). */
	double heapUsedMiB(String user, String password) throws IOException, InterruptedException {
		return metric("jvm.memory.used", user, password) / 1024 / 1024;
	}

	double heapMaxMiB(String user, String password) throws IOException, InterruptedException {
		return metric("jvm.memory.max", user, password) / 1024 / 1024;
	}

	private double metric(String name, String user, String password) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/metrics/" + name + "?tag=area:heap"))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("metrics: HTTP " + response.statusCode());
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> body = GraphQlCaller.JSON.readValue(response.body(), Map.class);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> measurements = (List<Map<String, Object>>) body.get("measurements");
		return ((Number) measurements.get(0).get("value")).doubleValue();
	}

	/**
	 * A full GC in the child, through jcmd, so that the next heap figure is live data.
	 */
	void fullGc() throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(serverPid()), "GC.run")
			.redirectErrorStream(true)
			.start();
		jcmd.getInputStream().readAllBytes();
		jcmd.waitFor(60, TimeUnit.SECONDS);
	}

	/**
	 * The JVM that serves: the started process, or the child it started with the build's
	 * AOT cache ({@link #startPackaged}).
	 */
	private long serverPid() {
		return this.process.descendants().findFirst().map(ProcessHandle::pid).orElse(this.process.pid());
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

}
