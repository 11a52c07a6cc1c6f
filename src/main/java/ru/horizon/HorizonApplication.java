package ru.horizon;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import ru.horizon.system.cli.CommandLineVerbs;

/**
 * Horizon: teachers, organizations, mentoring and networks as a Neo4j graph, served
 * through GraphQL.
 * <p>
 * Without a verb the program serves; {@code import}, {@code bulk-import}, {@code export}
 * and {@code demo-data} run once without a web server and exit with their own code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HorizonApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			System.exit(CommandLineVerbs.run(HorizonApplication.class, args[0], rest));
		}
		SpringApplication.run(HorizonApplication.class, args);
	}

}
