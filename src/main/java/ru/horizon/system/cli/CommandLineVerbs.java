package ru.horizon.system.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one {@link CommandLineVerb} in an application context without a web server.
 */
public final class CommandLineVerbs {

	/**
	 * Verbs that start no database: they only write files (demo-data), or write a new
	 * database's files with Neo4j's bulk importer (bulk-import).
	 */
	private static final Set<String> OFFLINE = Set.of("demo-data", "bulk-import");

	private CommandLineVerbs() {
	}

	public static int run(Class<?> application, String verb, String[] args) {
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
		if (OFFLINE.contains(verb)) {
			// As arguments: application.properties overrides default properties (it sets
			// the embedded database on), arguments override it.
			springArgs.add("--horizon.neo4j.embedded.enabled=false");
			springArgs.add("--horizon.neo4j.migrations.enabled=false");
		}
		app.setDefaultProperties(defaults);
		ConfigurableApplicationContext context;
		try {
			context = app.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			System.err.println("horizon " + verb + ": cannot start: " + rootMessage(ex));
			return CommandLineVerb.REJECTED;
		}
		try (context) {
			Map<String, CommandLineVerb> verbs = new HashMap<>();
			context.getBeansOfType(CommandLineVerb.class).values().forEach((v) -> verbs.put(v.name(), v));
			CommandLineVerb chosen = verbs.get(verb);
			if (chosen == null) {
				System.err.println("horizon: unknown verb '" + verb + "'. Verbs:");
				verbs.values().forEach((v) -> System.err.println("  " + v.usage()));
				return CommandLineVerb.USAGE;
			}
			return chosen.run(List.copyOf(Arrays.asList(args)));
		}
		catch (Exception ex) {
			System.err.println("horizon " + verb + ": " + rootMessage(ex));
			return CommandLineVerb.REJECTED;
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
