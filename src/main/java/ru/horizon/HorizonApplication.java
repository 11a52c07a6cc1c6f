package ru.horizon;

import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import ru.horizon.system.cli.AotStart;
import ru.horizon.system.cli.CommandLineVerbs;

/**
 * Horizon: teachers, organizations, mentoring and networks as a Neo4j graph, served
 * through GraphQL.
 * <p>
 * Without a verb the program serves; {@code import}, {@code bulk-import}, {@code export}
 * and {@code demo-data} run once without a web server and exit with their own code;
 * {@code aot-cache} makes the JDK AOT cache that {@code java -jar} then starts with
 * ({@link AotStart}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HorizonApplication {

	public static void main(String[] args) {
		// Started as java -jar beside a matching AOT cache: the same program again, in a
		// child JVM that uses it (AotStart); this JVM waits and exits with its code.
		OptionalInt relaunched = AotStart.relaunch(args);
		if (relaunched.isPresent()) {
			System.exit(relaunched.getAsInt());
		}
		AotStart.watchLauncher();
		if (args.length > 0 && AotStart.VERB.equals(args[0])) {
			System.exit(AotStart.create());
		}
		if (args.length > 0 && !args[0].startsWith("-")) {
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			System.exit(CommandLineVerbs.run(HorizonApplication.class, args[0], rest));
		}
		SpringApplication.run(HorizonApplication.class, args);
	}

}
