package ru.horizon.system.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import ru.horizon.system.DomainException;

/**
 * Limits that keep one GraphQL request from exhausting the service.
 *
 * @param maxDepth deepest field nesting
 * @param maxComplexity the most fields one query may select (lists count once per field)
 * @param maxPageSize the largest {@code first} or {@code limit}
 * @param timeout the longest one request may run
 */
@ConfigurationProperties("horizon.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("400") int maxComplexity,
		@DefaultValue("500") int maxPageSize, @DefaultValue("30s") Duration timeout) {

	/**
	 * Checks a page size or result limit argument.
	 * @param argument the argument's name, for the message
	 * @param value the value asked for
	 * @return the value
	 */
	public int pageSize(String argument, int value) {
		if (value < 1 || value > this.maxPageSize) {
			throw DomainException.badRequest("%s must be between 1 and %d, was %d".formatted(argument,
					this.maxPageSize, value));
		}
		return value;
	}

}
