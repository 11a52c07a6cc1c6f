package ru.horizon.system.graphql;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import ru.horizon.system.DomainException;

/**
 * Limits that keep one GraphQL request, or one user, from exhausting the service.
 * <p>
 * A request's cost (стоимость запроса) is the sum over its fields of the field's cost
 * times the page sizes of the lists it sits in: an object field costs 1 and a scalar 0
 * unless {@link #costs()} names it ({@code Type.field}, e.g.
 * {@code Query.horizontalLearning}); a field with a {@code first} or {@code limit}
 * argument multiplies what is below it by that argument, another list field by
 * {@code listMultiplier} (the {@code edges} of a connection by 1: its {@code first}
 * counted already). Introspection ({@code __schema}, {@code __type}) is free of cost and
 * outside {@code maxDepth}, and bounded on its own.
 *
 * @param maxDepth deepest field nesting, introspection apart
 * @param maxComplexity the highest cost of one request
 * @param maxPageSize the largest {@code first} or {@code limit}
 * @param timeout the longest one request may run; the work still running then is
 * cancelled (its Neo4j transaction times out with the request)
 * @param listMultiplier what a list field without a page argument multiplies by
 * @param costs the cost of expensive fields by {@code Type.field}, over the defaults of
 * {@link #DEFAULT_COSTS}
 * @param expensiveCost from this cost on, a request is expensive
 * @param maxExpensivePerUser expensive requests one user may run at once
 * @param expensiveWait how long an expensive request waits for one of its user's slots
 * before it is refused
 * @param maxIntrospectionDepth deepest nesting inside {@code __schema} or {@code __type}
 * @param maxIntrospectionFields the most introspection fields one request may select
 * (fragments counted where they are spread)
 * @param maxIntrospectionRoots the most {@code __schema} and {@code __type} fields in one
 * request
 * @param parsedDocumentsSize the characters the kept parsed documents may hold together
 * @param parsedDocumentMaxSize the longest document kept parsed
 */
@ConfigurationProperties("horizon.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("500") int maxPageSize, @DefaultValue("30s") Duration timeout,
		@DefaultValue("5") int listMultiplier, Map<String, Integer> costs, @DefaultValue("300") int expensiveCost,
		@DefaultValue("3") int maxExpensivePerUser, @DefaultValue("500ms") Duration expensiveWait,
		@DefaultValue("20") int maxIntrospectionDepth, @DefaultValue("1000") int maxIntrospectionFields,
		@DefaultValue("2") int maxIntrospectionRoots, @DefaultValue("4MB") DataSize parsedDocumentsSize,
		@DefaultValue("64KB") DataSize parsedDocumentMaxSize) {

	/**
	 * What the expensive operations cost: each runs whole-graph analytics (ties and
	 * betweenness, candidate pools, the optimal plan, isolation checks).
	 */
	public static final Map<String, Integer> DEFAULT_COSTS = Map.ofEntries(Map.entry("Query.horizontalLearning", 1000),
			Map.entry("Query.mentorCandidates", 300), Map.entry("Query.mentorAssignmentPlan", 1500),
			Map.entry("Query.isolatedYoungTeachers", 300), Map.entry("Query.mentoringCoverage", 100),
			Map.entry("Query.innovationComplexReach", 300), Map.entry("Query.trends", 2000),
			Map.entry("HorizontalLearning.brokers", 300), Map.entry("HorizontalLearning.communities", 300),
			Map.entry("HorizontalLearning.previousWindow", 1000),
			Map.entry("HorizontalLearning.exactBetweenness", 300));

	public GraphQlLimits {
		Map<String, Integer> merged = new HashMap<>(DEFAULT_COSTS);
		if (costs != null) {
			merged.putAll(costs);
		}
		costs = Map.copyOf(merged);
	}

	/** The cost of one field, {@code Type.field}, before list multipliers. */
	int cost(String type, String field, boolean leaf) {
		return this.costs.getOrDefault(type + "." + field, leaf ? 0 : 1);
	}

	/**
	 * Checks a page size or result limit argument.
	 * @param argument the argument's name, for the message
	 * @param value the value asked for
	 * @return the value
	 */
	public int pageSize(String argument, int value) {
		if (value < 1 || value > this.maxPageSize) {
			throw DomainException
				.badRequest("%s must be between 1 and %d, was %d".formatted(argument, this.maxPageSize, value));
		}
		return value;
	}

}
