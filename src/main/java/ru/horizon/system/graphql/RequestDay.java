package ru.horizon.system.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The day an answer is about, decided once per field that names one and handed down to
 * every field below it ("the graph on day d").
 * <p>
 * A field's day is its {@code asOf} argument; for a window ({@code from}, {@code to}) its
 * last day; for {@code assignMentor} the pair's {@code startedOn}. A field that names
 * none answers for the day of the field above it, and a root field for today (from the
 * application's {@link Clock}, read once per request). The day travels in the GraphQL
 * local context, so {@code Teacher.experienceMonths}, {@code young},
 * {@code organization}, {@code mentors} and {@code mentees} inside
 * {@code isolatedYoungTeachers(asOf: d)} answer for d unless given their own
 * {@code asOf}. Handlers read it with {@link #of}.
 */
@Component
public class RequestDay extends SimplePerformantInstrumentation {

	/** The key of the day in the local context. */
	static final String DAY = "horizon.day";

	/** The key of today, in the request's context. */
	private static final String TODAY = "horizon.today";

	private final Clock clock;

	RequestDay(Clock clock) {
		this.clock = clock;
	}

	/** The day the field being fetched answers for. */
	public static LocalDate of(DataFetchingEnvironment environment) {
		Object local = environment.getLocalContext();
		if (local instanceof GraphQLContext context && context.get(DAY) instanceof LocalDate day) {
			return day;
		}
		LocalDate today = environment.getGraphQlContext().get(TODAY);
		if (today == null) {
			throw new IllegalStateException("no day: RequestDay is not installed");
		}
		return today;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return (environment) -> {
			LocalDate named = namedDay(environment.getArguments());
			boolean root = environment.getExecutionStepInfo().getPath().getLevel() == 1;
			if (named == null && !root) {
				return dataFetcher.get(environment);
			}
			GraphQLContext request = environment.getGraphQlContext();
			LocalDate today = request.computeIfAbsent(TODAY, (key) -> LocalDate.now(this.clock));
			LocalDate day = (named != null) ? named : today;
			GraphQLContext local = GraphQLContext.newContext()
				.of((environment.getLocalContext() instanceof GraphQLContext parent)
						? parent.stream()
							.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))
						: Map.of())
				.of(DAY, day)
				.build();
			DataFetchingEnvironment withDay = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
				.localContext(local)
				.build();
			return withLocalContext(dataFetcher.get(withDay), local);
		};
	}

	private static LocalDate namedDay(Map<String, Object> arguments) {
		if (arguments.get("asOf") instanceof LocalDate asOf) {
			return asOf;
		}
		if (arguments.get("to") instanceof LocalDate to) {
			return to;
		}
		if (arguments.get("input") instanceof Map<?, ?> input && input.get("startedOn") instanceof LocalDate start) {
			return start;
		}
		return null;
	}

	/** The result with the day's local context for the fields below it. */
	private static Object withLocalContext(Object result, GraphQLContext local) {
		return switch (result) {
			case null -> null;
			case DataFetcherResult<?> fetched -> fetched.transform((builder) -> builder.localContext(local));
			case CompletionStage<?> stage -> stage.thenApply((value) -> withLocalContext(value, local));
			case Mono<?> mono -> mono.map((value) -> withLocalContext(value, local));
			default -> DataFetcherResult.newResult().data(result).localContext(local).build();
		};
	}

}
