package ru.horizon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import ru.horizon.system.cli.CommandLineVerbs;
import ru.horizon.system.neo4j.EmbeddedNeo4jProperties;

/**
 * Sends a large {@code import} from the command line into a data directory that holds no
 * database yet to Neo4j's bulk importer, as {@code bulk-import} (registered in
 * {@code META-INF/spring.factories}). Decided before the context starts, from the
 * resolved settings: the verb is {@code import} with one path, the database is the
 * embedded one, its data directory holds no database
 * ({@link EmbeddedNeo4jProperties#holdsDatabase}), and the input is at least
 * {@code horizon.import.bulk-from}. Then the verb's context starts without a database
 * (the bulk importer writes a new one) and {@code prepare-database} follows in a fresh
 * context, which starts the new database once, applies the migrations and waits until
 * every index is online. Anything else, or a path it cannot size, leaves the import as it
 * was.
 */
public class NewDatabaseImport implements EnvironmentPostProcessor {

	/** Set when the import goes to the bulk importer. */
	static final String INTO_NEW_DATABASE = "horizon.import.into-new-database";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String path = environment.getProperty("nonOptionArgs");
		if (!"import".equals(environment.getProperty("horizon.command")) || path == null) {
			return;
		}
		Binder binder = Binder.get(environment);
		EmbeddedNeo4jProperties embedded = binder.bindOrCreate("horizon.neo4j.embedded", EmbeddedNeo4jProperties.class);
		IngestProperties ingest = binder.bindOrCreate("horizon.import", IngestProperties.class);
		Path input = Path.of(path);
		if (!embedded.enabled() || EmbeddedNeo4jProperties.holdsDatabase(embedded.dataDir()) || !Files.exists(input)) {
			return;
		}
		long size = inputSize(input);
		if (size < ingest.bulkFrom().toBytes()) {
			return;
		}
		Map<String, Object> settings = new HashMap<>(CommandLineVerbs.withoutDatabase("prepare-database"));
		settings.put(INTO_NEW_DATABASE, "true");
		environment.getPropertySources().addFirst(new MapPropertySource("horizon-import-into-new-database", settings));
	}

	/**
	 * Bytes of input: a folder's files, a zip's or workbook's entries uncompressed, or
	 * the file; -1 when it cannot be told (the import then goes its usual way, which
	 * reports what is wrong with the input).
	 */
	static long inputSize(Path input) {
		try {
			if (Files.isDirectory(input)) {
				try (Stream<Path> files = Files.list(input)) {
					long size = 0;
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						size += Files.size(file);
					}
					return size;
				}
			}
			String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".zip") || name.endsWith(".xlsx")) {
				try (ZipFile zip = new ZipFile(input.toFile())) {
					long size = 0;
					for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
						long entry = entries.nextElement().getSize();
						if (entry < 0) {
							return -1;
						}
						size += entry;
					}
					return size;
				}
			}
			return Files.size(input);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
