package ru.horizon.notebook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the read-only Cypher endpoint.
 *
 * @param timeout the longest a query may run; the database stops it then
 * @param maxRows the most rows one answer carries; more are cut and flagged
 * @param maxBytes the largest answer, as the database estimates it (about a byte a unit):
 * rows past it are cut and flagged, a single row larger than it is refused
 */
@ConfigurationProperties("horizon.cypher")
public record CypherProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") int maxRows,
		@DefaultValue("16MB") DataSize maxBytes) {
}
