package ru.horizon.system.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Schema migrations of {@code cypher/migrations}.
 *
 * @param enabled apply them at start
 * @param location where the files are on the classpath
 */
@ConfigurationProperties("horizon.neo4j.migrations")
public record MigrationProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath*:cypher/migrations/V*.cypher") String location) {
}
