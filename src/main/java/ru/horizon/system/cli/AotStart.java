package ru.horizon.system.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;

import com.sun.management.HotSpotDiagnosticMXBean;

import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar's faster start: a JDK AOT cache (JEP 483, 514, 515: classes loaded and
 * linked ahead, method profiles) that the build trains once beside the jar, and that
 * every later {@code java -jar horizon.jar} uses by starting the same program again, in a
 * child JVM, from Spring Boot's extracted layout with {@code -XX:AOTCache}. Measured on
 * the 2-core machine at scale 1: healthy with today's answers kept at 12-14 s instead of
 * 22-28 s.
 * <p>
 * Beside {@code DIR/horizon.jar} the cache is the folder {@code DIR/horizon-aot}:
 * {@code app/horizon.jar} and {@code app/lib/} (the jar extracted by
 * {@code java -Djarmode=tools -jar horizon.jar extract}, named as the packaged jar),
 * {@code horizon.aot} (the cache) and {@code aot.properties} (the jar's size and time,
 * the JVM and the VM flags the cache belongs to: {@link Jvm}). The verb {@code aot-cache}
 * ({@link #create}) makes it: the jar extracted, a demo city generated and imported into
 * a temporary data directory, one start on it with {@code -XX:AOTCacheOutput} that stops
 * once ready ({@code horizon.exit-when-ready}); the build runs it after {@code package}
 * on JDK 25 or later.
 * <p>
 * {@link #relaunch} is the first thing {@code main} does. It starts the child only when
 * the program was started as {@code java -jar} of a jar with such a folder whose
 * properties match the jar and this JVM, without a JVM option that keeps it in one JVM
 * ({@link #startsAlone}: a cache, agent, debugger, flight recording or JMX port of the
 * user's), and without {@code --horizon.aot-start=false} (or
 * {@code HORIZON_AOT_START=false}, {@code -Dhorizon.aot-start=false}); otherwise it
 * returns empty and the program starts as always (a cache that does not match says so in
 * one line). The child gets this JVM's options and every argument, shares the terminal,
 * and stops when this JVM stops (a stop signal is passed on and waited for, and the child
 * watches this process: {@link #watchLauncher}); this JVM exits with the child's code
 * (after a signal, the signal's).
 */
public final class AotStart {

	/** The verb that makes the cache beside the jar. */
	public static final String VERB = "aot-cache";

	/** The argument that turns the relaunch off. */
	static final String OFF = "--horizon.aot-start=false";

	/** The system property that tells the child the launcher's process id. */
	static final String LAUNCHER = "horizon.aot.launcher";

	/** The JDK that writes an AOT cache in one training run (JEP 514). */
	static final int MIN_JDK = 25;

	static final String PROPERTIES = "aot.properties";

	/** The cache's file in {@link #folder}. */
	static final String CACHE = "horizon.aot";

	private AotStart() {
	}

	/**
	 * What the relaunch decided: the child's command line (empty: no relaunch) and a line
	 * to tell the person starting it (null: nothing to say).
	 */
	record Decision(List<String> command, String message) {

		static Decision none(String message) {
			return new Decision(List.of(), message);
		}

		boolean relaunch() {
			return !this.command.isEmpty();
		}

	}

	/**
	 * Starts the program again in a child JVM with the build's AOT cache when it matches
	 * (see the class comment) and waits for it.
	 * @return the child's exit code; empty when there was no relaunch and the caller
	 * starts as always
	 */
	public static OptionalInt relaunch(String[] args) {
		Path jar = launchedJar();
		if (jar == null || "false".equalsIgnoreCase(System.getenv("HORIZON_AOT_START"))
				|| "false".equalsIgnoreCase(System.getProperty("horizon.aot-start"))) {
			// Not java -jar (spring-boot:run, tests, an IDE), or turned off: nothing
			// more to read.
			return OptionalInt.empty();
		}
		Decision decision = decide(jar, ManagementFactory.getRuntimeMXBean().getInputArguments(), javaCommand(),
				Jvm.current(), args);
		if (decision.message() != null) {
			System.err.println(decision.message());
		}
		if (!decision.relaunch()) {
			return OptionalInt.empty();
		}
		try {
			ProcessBuilder builder = new ProcessBuilder(decision.command()).inheritIO();
			// Their options are in this JVM's options, which the child gets: not twice.
			builder.environment().remove("JAVA_TOOL_OPTIONS");
			builder.environment().remove("JDK_JAVA_OPTIONS");
			Process child = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "aot-launcher-stop"));
			return OptionalInt.of(child.waitFor());
		}
		catch (IOException ex) {
			System.err.println("Could not start with the AOT cache (" + ex.getMessage() + "); starting without it");
			return OptionalInt.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalInt.of(1);
		}
	}

	/**
	 * Passes a stop on to the child (SIGTERM) and waits for it to end, as long as its
	 * shutdown takes, as a single JVM would.
	 */
	private static void stop(Process child) {
		if (!child.isAlive()) {
			return;
		}
		child.destroy();
		try {
			child.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * In the child: stops this JVM (exit code 1, shutdown hooks run) when the launcher
	 * named by {@code -Dhorizon.aot.launcher} has gone without stopping it first (killed
	 * with SIGKILL), so that no server is left holding the ports and the database.
	 */
	public static void watchLauncher() {
		String pid = System.getProperty(LAUNCHER);
		if (pid == null) {
			return;
		}
		long launcher;
		try {
			launcher = Long.parseLong(pid);
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> parent = ProcessHandle.current().parent();
		if (parent.isPresent() && parent.get().pid() == launcher) {
			parent.get().onExit().thenRun(() -> {
				System.err.println("The launcher (process " + pid + ") has gone: stopping / лаунчер завершён");
				System.exit(1);
			});
		}
		else if (ProcessHandle.of(launcher).isEmpty()) {
			// Gone before this JVM got here.
			System.exit(1);
		}
	}

	/**
	 * The decision, from what the JVM knows: pure but for reading the cache's folder.
	 * @param jar the jar started with {@code java -jar} (null: started otherwise)
	 * @param jvmArguments this JVM's options
	 * @param java the java executable to start
	 * @param jvm this JVM
	 * @param args the program's arguments
	 */
	static Decision decide(Path jar, List<String> jvmArguments, String java, Jvm jvm, String[] args) {
		if (jar == null || jvm.feature() < MIN_JDK || Arrays.stream(args).anyMatch(OFF::equalsIgnoreCase)
				|| (args.length > 0 && VERB.equals(args[0]))) {
			return Decision.none(null);
		}
		if (jvmArguments.stream().anyMatch(AotStart::startsAlone)) {
			return Decision.none(null);
		}
		String mismatch = unusable(jar, jvm);
		if (mismatch != null && mismatch.isEmpty()) {
			return Decision.none(null);
		}
		Path folder = folder(jar);
		if (mismatch != null) {
			return Decision.none(("Кэш AOT в %s не подходит (%s): запуск без него; новый: java -jar %s %s (~2 мин) / "
					+ "the AOT cache in %s does not match (%s): starting without it")
				.formatted(folder, mismatch, jar, VERB, folder, mismatch));
		}
		List<String> command = new ArrayList<>();
		command.add(java);
		command.add("-XX:AOTCache=" + folder.resolve(CACHE).toAbsolutePath());
		// JDK 25 warns, six lines at every start, that a few adapters of the cache's code
		// do not link (they are made anew); its errors (a cache refused) still show.
		command.add("-Xlog:aot*=error");
		command.addAll(jvmArguments);
		command.add("-D" + LAUNCHER + "=" + ProcessHandle.current().pid());
		command.add("-jar");
		command.add(appJar(folder, jar).toAbsolutePath().toString());
		command.addAll(Arrays.asList(args));
		return new Decision(List.copyOf(command), null);
	}

	/**
	 * Whether a JVM option of the user's keeps the start in one JVM: a cache of its own,
	 * which the relaunch would add a second to, or something the launcher JVM already
	 * took and the child could not take again (an agent or debugger, a flight recording,
	 * a JMX port), or the child's own mark.
	 */
	static boolean startsAlone(String option) {
		return option.startsWith("-XX:AOT") || option.startsWith("-XX:SharedArchiveFile")
				|| option.startsWith("-XX:ArchiveClassesAtExit") || option.startsWith("-Xshare")
				|| option.startsWith("-XX:StartFlightRecording") || option.startsWith("-agentlib")
				|| option.startsWith("-agentpath") || option.startsWith("-javaagent") || option.startsWith("-Xrun")
				|| option.startsWith("-Xdebug") || option.startsWith("-Dcom.sun.management.jmxremote")
				|| option.startsWith("-D" + LAUNCHER + "=");
	}

	/**
	 * What of this JVM a cache must match: the feature version, {@code java.vm.version},
	 * and the VM flags that decide whether the cache's heap objects and code fit
	 * ({@link #FLAGS}; a heap of 32 GB or more turns compressed pointers off).
	 */
	record Jvm(int feature, String vmVersion, Map<String, String> flags) {

		static Jvm current() {
			Map<String, String> flags = new TreeMap<>();
			HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			for (String flag : FLAGS) {
				try {
					flags.put(flag, hotspot.getVMOption(flag).getValue());
				}
				catch (IllegalArgumentException ex) {
					// not a flag of this JVM
				}
			}
			return new Jvm(Runtime.version().feature(), System.getProperty("java.vm.version"), flags);
		}

	}

	/** The VM flags a cache is made and used with ({@link Jvm}). */
	static final List<String> FLAGS = List.of("UseCompressedOops", "UseCompressedClassPointers",
			"UseCompactObjectHeaders");

	/**
	 * The extracted jar in the cache's folder: Spring Boot's {@code extract} names it as
	 * the packaged jar.
	 */
	static Path appJar(Path folder, Path jar) {
		return folder.resolve("app").resolve(jar.getFileName().toString());
	}

	/**
	 * Why the cache's folder does not belong to {@code jar} and this JVM, or null when it
	 * does.
	 */
	static String mismatch(Path folder, Path jar, Jvm jvm) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(folder.resolve(PROPERTIES))) {
			properties.load(in);
			if (!Long.toString(Files.size(jar)).equals(properties.getProperty("jar.size"))
					|| !Long.toString(Files.getLastModifiedTime(jar).toMillis())
						.equals(properties.getProperty("jar.modified"))) {
				return "made for another build of " + jar.getFileName();
			}
		}
		catch (IOException ex) {
			return "no readable " + PROPERTIES;
		}
		if (!jvm.vmVersion().equals(properties.getProperty("java.vm.version"))) {
			return "made by JVM " + properties.getProperty("java.vm.version") + ", this is " + jvm.vmVersion();
		}
		for (Map.Entry<String, String> flag : jvm.flags().entrySet()) {
			String made = properties.getProperty("vm." + flag.getKey());
			if (made != null && !made.equals(flag.getValue())) {
				return "made with %s=%s, this JVM has %s (another heap size or VM options)".formatted(flag.getKey(),
						made, flag.getValue());
			}
		}
		return null;
	}

	/**
	 * The cache beside {@code jar} when there is one that matches it and this JVM: what
	 * {@code java -jar} of it starts with.
	 */
	public static Optional<Path> matchingCache(Path jar) {
		return (unusable(jar, Jvm.current()) == null) ? Optional.of(folder(jar).resolve(CACHE)) : Optional.empty();
	}

	/**
	 * Why the cache beside {@code jar} cannot serve {@code jvm}: null when it can, empty
	 * when there is none (nothing to say), otherwise the reason ({@link #mismatch}).
	 */
	static String unusable(Path jar, Jvm jvm) {
		Path folder = folder(jar);
		if (!Files.isRegularFile(appJar(folder, jar)) || !Files.isRegularFile(folder.resolve(CACHE))) {
			return "";
		}
		return mismatch(folder, jar, jvm);
	}

	/**
	 * The folder of the cache of {@code jar}: {@code horizon-aot} beside
	 * {@code horizon.jar}.
	 */
	static Path folder(Path jar) {
		String name = jar.getFileName().toString();
		String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
		return jar.toAbsolutePath().getParent().resolve(base + "-aot");
	}

	/** The jar this JVM was started with by {@code java -jar}, or null. */
	static Path launchedJar() {
		return launchedJar(System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", ""));
	}

	/**
	 * The jar of {@code java -jar}, from the JVM's class path and command
	 * ({@code sun.java.command}: the jar and the arguments), or null.
	 */
	static Path launchedJar(String classPath, String command) {
		if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
				|| !command.startsWith(classPath)) {
			return null;
		}
		Path jar = Path.of(classPath);
		return Files.isRegularFile(jar) ? jar : null;
	}

	private static String javaCommand() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * The verb {@code aot-cache}: makes the cache's folder beside the jar this JVM was
	 * started from (see the class comment), replacing one made before. Progress on
	 * standard output, the steps' own output in {@code horizon-aot/aot-cache.log}.
	 * @return 0 made, or skipped on a JDK before 25 (said on the console); 1 a step
	 * failed (the log's last lines printed); 2 not started as {@code java -jar}
	 */
	public static int create() {
		Path jar = launchedJar();
		if (jar == null) {
			System.err.println("aot-cache: start it as java -jar horizon.jar aot-cache");
			return 2;
		}
		if (Runtime.version().feature() < MIN_JDK) {
			System.out.printf("aot-cache: needs JDK %d or later (this is %d): skipped / пропущено%n", MIN_JDK,
					Runtime.version().feature());
			return 0;
		}
		long started = System.nanoTime();
		Path folder = folder(jar);
		Path work = null;
		try {
			FileSystemUtils.deleteRecursively(folder);
			Files.createDirectories(folder);
			Path log = folder.resolve("aot-cache.log");
			work = Files.createTempDirectory(folder, "training-");
			Path appJar = appJar(folder, jar);
			Path city = work.resolve("city");
			// The training's own database, whatever this shell's settings name (a server,
			// another data directory): never the user's data.
			List<String> database = List.of("--horizon.neo4j.embedded.enabled=true",
					"--horizon.neo4j.embedded.data-dir=" + work.resolve("data").toAbsolutePath(),
					"--horizon.neo4j.embedded.bolt-port=0");
			Steps steps = new Steps(javaCommand(), work, log);
			steps.run(1, "извлечение jar / extracting the jar", List.of("-Djarmode=tools", "-jar",
					jar.toAbsolutePath().toString(), "extract", "--destination", appJar.getParent().toString()));
			steps.run(2, "демо-город для обучения / a demo city to train on",
					List.of("-jar", appJar.toString(), "demo-data", "--out", city.toString()));
			List<String> importing = new ArrayList<>(List.of("-jar", appJar.toString(), "import", city.toString()));
			importing.addAll(database);
			steps.run(3, "импорт / importing it", importing);
			// Trained with this JVM's heap and VM options (java -Xmx1g -jar ... aot-cache
			// trains for -Xmx1g), as the README's recipe trains with the server's.
			List<String> training = new ArrayList<>(ManagementFactory.getRuntimeMXBean()
				.getInputArguments()
				.stream()
				.filter((o) -> o.startsWith("-X") && !startsAlone(o))
				.toList());
			training.addAll(List.of("-XX:AOTCacheOutput=" + folder.resolve(CACHE).toAbsolutePath(), "-jar",
					appJar.toString(), "--horizon.exit-when-ready=true", "--server.port=0",
					"--server.address=127.0.0.1", "--horizon.demo.load-on-empty=false"));
			training.addAll(database);
			steps.run(4, "обучающий запуск до готовности (~1 мин) / a training start until ready (~1 min)", training);
			Properties properties = new Properties();
			properties.setProperty("jar.size", Long.toString(Files.size(jar)));
			properties.setProperty("jar.modified", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
			Jvm jvm = Jvm.current();
			properties.setProperty("java.vm.version", jvm.vmVersion());
			jvm.flags().forEach((flag, value) -> properties.setProperty("vm." + flag, value));
			properties.setProperty("java.home", System.getProperty("java.home"));
			properties.setProperty("created", Instant.now().toString());
			try (OutputStream out = Files.newOutputStream(folder.resolve(PROPERTIES))) {
				properties.store(out, "The AOT cache of " + jar.toAbsolutePath() + " (java -jar ... " + VERB + ")");
			}
			System.out.printf(Locale.ROOT,
					"AOT-кэш готов / AOT cache made: %s (%.0f MiB) in %.0f s; java -jar %s now starts with it%n",
					folder.resolve(CACHE), Files.size(folder.resolve(CACHE)) / 1024.0 / 1024.0,
					(System.nanoTime() - started) / 1e9, jar);
			return 0;
		}
		catch (StepFailed ex) {
			System.err.println(ex.getMessage());
			deleteQuietly(folder.resolve(CACHE));
			return 1;
		}
		catch (IOException ex) {
			System.err.println("aot-cache failed: " + ex.getMessage());
			deleteQuietly(folder.resolve(CACHE));
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			deleteQuietly(folder.resolve(CACHE));
			return 1;
		}
		finally {
			if (work != null) {
				try {
					FileSystemUtils.deleteRecursively(work);
				}
				catch (IOException ex) {
					System.err.println("aot-cache: could not delete " + work + ": " + ex.getMessage());
				}
			}
		}
	}

	/** A step of {@link #create} ended with another exit code than 0. */
	private static final class StepFailed extends Exception {

		StepFailed(String message) {
			super(message);
		}

	}

	/**
	 * The steps of {@link #create}: each a JVM of {@code java}, run in the training's
	 * folder {@code work} (no {@code ./config} of the caller's), without the caller's
	 * {@code HORIZON_*} and {@code SPRING_*} settings and JVM option variables, its
	 * output appended to {@code log}.
	 */
	private record Steps(String java, Path work, Path log) {

		void run(int number, String what, List<String> arguments) throws IOException, InterruptedException, StepFailed {
			long started = System.nanoTime();
			System.out.printf("aot-cache %d/4: %s%n", number, what);
			List<String> command = new ArrayList<>();
			command.add(this.java);
			command.addAll(arguments);
			Files.writeString(this.log, "$ " + String.join(" ", command) + System.lineSeparator(),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.work.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			builder.environment()
				.keySet()
				.removeIf((name) -> name.startsWith("HORIZON_") || name.startsWith("SPRING_")
						|| name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
			int exit = builder.start().waitFor();
			if (exit != 0) {
				List<String> lines = Files.readAllLines(this.log);
				throw new StepFailed("aot-cache %d/4 failed (exit %d); the last lines of %s:%n%s".formatted(number,
						exit, this.log, String.join(System.lineSeparator(),
								lines.subList(Math.max(0, lines.size() - 20), lines.size()))));
			}
			System.out.printf(Locale.ROOT, "aot-cache %d/4: done in %.1f s%n", number,
					(System.nanoTime() - started) / 1e9);
		}

	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// nothing more to do
		}
	}

}
