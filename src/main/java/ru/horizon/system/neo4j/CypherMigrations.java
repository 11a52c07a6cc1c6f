package ru.horizon.system.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/migrations/VNNNN__Description.cypher} at start: once each, in
 * order of version, recording version and checksum as {@code (:__HorizonMigration)}.
 * <p>
 * A file whose checksum differs from the recorded one stops start-up: an applied
 * migration is never edited, a new one is added. (Neo4j-Migrations would do this, but no
 * version that fits Spring Boot 4 resolves here; this is its smallest useful subset.)
 */
@Component
public class CypherMigrations implements InitializingBean {

	private static final Log log = LogFactory.getLog(CypherMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Driver driver;

	private final MigrationProperties properties;

	CypherMigrations(Driver driver, MigrationProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	/** One migration file. */
	public record Migration(int version, String description, String text, String checksum) {

		public List<String> statements() {
			List<String> statements = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String line : this.text.split("\n")) {
				String trimmed = line.strip();
				if (trimmed.startsWith("//") || trimmed.isEmpty()) {
					continue;
				}
				current.append(line).append('\n');
				if (trimmed.endsWith(";")) {
					statements.add(current.toString().strip().replaceAll(";$", ""));
					current.setLength(0);
				}
			}
			if (!current.isEmpty()) {
				statements.add(current.toString().strip());
			}
			return statements;
		}

	}

	@Override
	public void afterPropertiesSet() {
		if (this.properties.enabled()) {
			apply(load(this.properties.location()));
		}
	}

	/** Applies what is not yet applied; fails on an edited applied migration. */
	public void apply(List<Migration> migrations) {
		try (Session session = this.driver.session()) {
			Map<Integer, String> applied = new java.util.HashMap<>();
			session.run("MATCH (m:__HorizonMigration) RETURN m.version AS version, m.checksum AS checksum")
				.forEachRemaining((r) -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
			// The versions' constraint guards the records of migrations about to be
			// applied:
			// with every one applied there are none (a cold start saves one statement's
			// planning).
			if (!migrations.stream().allMatch((migration) -> applied.containsKey(migration.version()))) {
				session
					.run("CREATE CONSTRAINT horizon_migration_version IF NOT EXISTS "
							+ "FOR (m:__HorizonMigration) REQUIRE m.version IS UNIQUE")
					.consume();
			}
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum != null) {
					if (!checksum.equals(migration.checksum())) {
						throw new IllegalStateException(("Migration V%04d__%s was edited after it was applied "
								+ "(checksum %s, recorded %s). Applied migrations are immutable: restore the file "
								+ "and add a new migration for the change.")
							.formatted(migration.version(), migration.description(), migration.checksum(), checksum));
					}
					continue;
				}
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
				session
					.run("CREATE (:__HorizonMigration {version: $version, description: $description, "
							+ "checksum: $checksum, appliedAt: datetime()})",
							Map.of("version", migration.version(), "description", migration.description(), "checksum",
									migration.checksum()))
					.consume();
				log.info("Applied migration V%04d__%s".formatted(migration.version(), migration.description()));
			}
		}
	}

	/** Reads the migration files at a classpath pattern, ordered by version. */
	public static List<Migration> load(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher matcher = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
				if (!matcher.matches()) {
					throw new IllegalStateException(
							"Migration file name " + resource.getFilename() + " is not VNNNN__Description.cypher");
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
				migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
						text, sha256(text)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			List<Migration> distinct = new ArrayList<>();
			for (Migration migration : migrations) {
				Migration previous = distinct.isEmpty() ? null : distinct.getLast();
				if (previous != null && previous.version() == migration.version()) {
					// The same file reached through two class path entries is one
					// migration.
					if (previous.checksum().equals(migration.checksum())) {
						continue;
					}
					throw new IllegalStateException("Two different migrations have version " + migration.version());
				}
				distinct.add(migration);
			}
			return distinct;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
