package ru.horizon.system.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.horizon.ingest.IngestService;
import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.system.neo4j.EmbeddedNeo4jProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar as a person starts it, after {@code package} made its AOT cache:
 * {@code java -jar target/horizon.jar} runs the server in a child JVM with
 * {@code -XX:AOTCache} that the JVM does not refuse, healthy; a stop of the launcher
 * stops the child, and so does the launcher's death by SIGKILL; a verb's exit code comes
 * through; a {@code bulk-import} killed while the importer writes leaves no database, and
 * the next one finishes. Run by failsafe after {@code package} (not by surefire, before
 * it); the cache's tests are skipped when no cache matches the jar (JDK before 25,
 * {@code -Dhorizon.aot.skip=true}).
 */
class PackagedJarTests {

	private static final Path JAR = Path.of("target", "horizon.jar");

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	@TempDir
	Path data;

	@Test
	void javaJarStartsWithTheCacheAndTheServerEndsWithTheLauncher() throws Exception {
		assumeTrue(AotStart.matchingCache(JAR).isPresent(), "no AOT cache of this build beside target/horizon.jar");
		for (boolean kill : List.of(false, true)) {
			Path log = this.data.resolve("server-" + kill + ".log");
			int port = freePort();
			Process launcher = new ProcessBuilder(JAVA, "-Xmx1g", "-jar", JAR.toString(), "--server.port=" + port,
					"--server.address=127.0.0.1", "--horizon.neo4j.embedded.data-dir=" + this.data.resolve("db"),
					"--horizon.neo4j.embedded.bolt-port=0", "--horizon.demo.load-on-empty=false")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				awaitHealthy(port, launcher, log);
				String said = read(log);
				ProcessHandle server = launcher.descendants()
					.findFirst()
					.orElseThrow(() -> new AssertionError("no child JVM: " + said));
				Optional<String[]> arguments = server.info().arguments();
				assertThat(arguments).isPresent();
				assertThat(List.of(arguments.get())).anyMatch((a) -> a.startsWith("-XX:AOTCache="))
					.contains("-Xmx1g")
					.anyMatch((a) -> a.endsWith("horizon-aot/app/horizon.jar"));
				assertThat(said).doesNotContain("[warning][aot").doesNotContain("[error][aot");
				if (kill) {
					launcher.destroyForcibly();
				}
				else {
					launcher.destroy();
				}
				assertThat(server.onExit().get(90, TimeUnit.SECONDS).isAlive()).isFalse();
			}
			finally {
				kill(launcher);
			}
		}
	}

	@Test
	void aVerbsExitCodeComesThroughTheLauncher() throws Exception {
		assumeTrue(AotStart.matchingCache(JAR).isPresent(), "no AOT cache of this build beside target/horizon.jar");
		// demo-data without --out: a usage error, exit code 2, said by the child
		Process launcher = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "demo-data").redirectErrorStream(true)
			.start();
		String said = new String(launcher.getInputStream().readAllBytes());
		assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(launcher.exitValue()).as(said).isEqualTo(CommandLineVerb.USAGE);
		assertThat(said).contains("--out").doesNotContain("[error][aot");
	}

	@Test
	void aBulkImportKilledWhileItWritesLeavesNoDatabaseAndTheNextOneFinishes() throws Exception {
		assumeTrue(Files.exists(JAR), "no target/horizon.jar");
		Path city = this.data.resolve("city");
		new DemoCity(5, LocalDate.of(2026, 10, 1), 1).write(city);
		Path home = this.data.resolve("home");
		// The importer's new store, where it writes it (or, were it written in place, the
		// data directory's own).
		List<Path> writing = List.of(home.resolve(IngestService.STAGING).resolve("data/databases/neo4j"),
				home.resolve("data/databases/neo4j"));
		List<String> command = List.of(JAVA, "-Xmx1g", "-jar", JAR.toString(), "bulk-import", city.toString(),
				"--horizon.neo4j.embedded.data-dir=" + home, "--horizon.neo4j.embedded.bolt-port=0");
		Path log = this.data.resolve("bulk-import-killed.log");
		Process killed = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (writing.stream().noneMatch(Files::exists)) {
				assertThat(killed.isAlive()).as("ended before its importer wrote: %s", read(log)).isTrue();
				assertThat(System.nanoTime()).as("the importer did not begin: %s", read(log)).isLessThan(deadline);
				Thread.sleep(10);
			}
		}
		finally {
			// The JVM that writes (the launcher's child, or the launcher itself) dies
			// at once, as by the OOM killer.
			assertThat(kill(killed)).isTrue();
		}
		assertThat(EmbeddedNeo4jProperties.holdsDatabase(home)).as(read(log)).isFalse();

		Path again = this.data.resolve("bulk-import-again.log");
		Process next = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(again.toFile()).start();
		try {
			assertThat(next.waitFor(5, TimeUnit.MINUTES)).as(read(again)).isTrue();
			assertThat(next.exitValue()).as(read(again)).isEqualTo(CommandLineVerb.DONE);
		}
		finally {
			kill(next);
		}
		assertThat(EmbeddedNeo4jProperties.holdsDatabase(home)).isTrue();
		assertThat(home.resolve(IngestService.STAGING)).doesNotExist();
	}

	/**
	 * SIGKILLs {@code launcher} and its child JVM (if any), child first; returns whether
	 * the launcher ended within 30 s.
	 */
	private static boolean kill(Process launcher) throws InterruptedException {
		launcher.descendants().forEach(ProcessHandle::destroyForcibly);
		launcher.destroyForcibly();
		return launcher.waitFor(30, TimeUnit.SECONDS);
	}

	private static void awaitHealthy(int port, Process launcher, Path log) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			assertThat(launcher.isAlive()).as("the launcher ended: %s", read(log)).isTrue();
			try {
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("not healthy within 3 minutes: " + read(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String read(Path log) throws IOException {
		return Files.exists(log) ? Files.readString(log) : "";
	}

}
