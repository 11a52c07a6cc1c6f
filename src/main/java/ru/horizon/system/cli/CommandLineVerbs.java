package ru.horizon.system.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one {@link CommandLineVerb} in an application context without a web server.
 */
public final class CommandLineVerbs {

	/**
	 * Verbs that start no database, with the verb to run after them (or none): they only
	 * write files (demo-data), or write a new database's files with Neo4j's bulk importer
	 * (bulk-import), which {@code prepare-database} then starts once.
	 */
	private static final Map<String, String> OFFLINE = Map.of("demo-data", "", "bulk-import", "prepare-database");

	/** The verb to run next, in a fresh context, once this one is done (empty: none). */
	public static final String THEN = "horizon.command.then";

	private CommandLineVerbs() {
	}

	/**
	 * The settings of a verb's context that starts no database (it writes files, or a new
	 * database's files), followed by the verb {@code then} (empty: none): the one home of
	 * these settings, for the verbs of {@link #OFFLINE} and for a post-processor that
	 * sends a verb this way.
	 */
	public static Map<String, String> withoutDatabase(String then) {
		Map<String, String> settings = new java.util.LinkedHashMap<>();
		settings.put("horizon.neo4j.embedded.enabled", "false");
		settings.put("horizon.neo4j.migrations.enabled", "false");
		if (!then.isEmpty()) {
			settings.put(THEN, then);
		}
		return settings;
	}

	/** How a verb ended, and the verb its settings name to run next (null: none). */
	private record Outcome(int exit, String then) {
	}

	/**
	 * Runs {@code verb} with {@code args}; when it is done and its settings name a verb
	 * in {@code horizon.command.then} (a verb that wrote a new database names
	 * {@code prepare-database}), runs that one next in a fresh context with the same
	 * arguments, and says how long it took.
	 * @return the exit code of the last verb run
	 */
	public static int run(Class<?> application, String verb, String[] args) {
		Outcome first = runOne(application, verb, args);
		if (first.exit() != CommandLineVerb.DONE || first.then() == null || first.then().isBlank()) {
			return first.exit();
		}
		long started = System.nanoTime();
		int exit = runOne(application, first.then(), args).exit();
		if (exit == CommandLineVerb.DONE) {
			System.out.printf(Locale.ROOT, "%s done in %.1f s%n", first.then(), (System.nanoTime() - started) / 1e9);
		}
		return exit;
	}

	private static Outcome runOne(Class<?> application, String verb, String[] args) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("horizon.command", verb);
		defaults.put("logging.level.root", "WARN");
		// A start that fails is explained in one line below, not with Spring's stack
		// trace.
		defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		defaults.put("logging.level.org.springframework.boot.diagnostics", "OFF");
		defaults.put("logging.level.org.springframework.context", "ERROR");
		defaults.put("horizon.demo.load-on-empty", "false");
		List<String> springArgs = new ArrayList<>(Arrays.asList(args));
		if (OFFLINE.containsKey(verb)) {
			// As arguments: application.properties overrides default properties (it sets
			// the embedded database on), arguments override it.
			withoutDatabase(OFFLINE.get(verb)).forEach((key, value) -> springArgs.add("--" + key + "=" + value));
		}
		app.setDefaultProperties(defaults);
		ConfigurableApplicationContext context;
		try {
			context = app.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			System.err.println("horizon " + verb + ": cannot start: " + rootMessage(ex));
			return new Outcome(CommandLineVerb.REJECTED, null);
		}
		try (context) {
			Map<String, CommandLineVerb> verbs = new HashMap<>();
			context.getBeansOfType(CommandLineVerb.class).values().forEach((v) -> verbs.put(v.name(), v));
			CommandLineVerb chosen = verbs.get(verb);
			if (chosen == null) {
				System.err.println("horizon: unknown verb '" + verb + "'. Verbs:");
				verbs.values().forEach((v) -> System.err.println("  " + v.usage()));
				return new Outcome(CommandLineVerb.USAGE, null);
			}
			return new Outcome(chosen.run(List.copyOf(Arrays.asList(args))),
					context.getEnvironment().getProperty(THEN));
		}
		catch (Exception ex) {
			System.err.println("horizon " + verb + ": " + rootMessage(ex));
			return new Outcome(CommandLineVerb.REJECTED, null);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof DatabaseInUseException) {
				break;
			}
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
	}

}
