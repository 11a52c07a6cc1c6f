package ru.horizon.system.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.graphql.execution.ErrorType;

import ru.horizon.system.web.ErrorMessages;

/**
 * The limits of one request, checked before anything is fetched: its cost
 * ({@link GraphQlLimits}), its depth without introspection, introspection on its own
 * terms, and how many expensive requests its user runs at once. Then, while it runs, no
 * field starts fetching after the request's time is over.
 * <p>
 * Introspection is what every standard client sends first (graphql-js
 * {@code getIntrospectionQuery()}, graphql-inspector, graphql-core: depth 13 to 15), so
 * it is not held to {@code maxDepth}; it is bounded by its own depth, number of fields
 * and number of {@code __schema}/{@code __type} fields, so introspection-shaped abuse
 * (deep {@code ofType} chains, repeated {@code __schema} aliases) is still refused.
 */
final class RequestLimits extends SimplePerformantInstrumentation {

	/** The classification of a refusal for too many expensive requests at once. */
	enum Classification implements ErrorClassification {

		/** The request's time limit is over. */
		TIMEOUT,
		/** The user runs too many expensive requests at once. */
		TOO_MANY_REQUESTS

	}

	/** The key of the caller's name in the GraphQL context. */
	static final String USER = "ru.horizon.user";

	private final GraphQlLimits limits;

	private final ErrorMessages messages;

	private final Map<String, Semaphore> expensiveByUser = new ConcurrentHashMap<>();

	RequestLimits(GraphQlLimits limits, ErrorMessages messages) {
		this.limits = limits;
		this.messages = messages;
	}

	/** What one request selects, as the limits measure it. */
	record Measure(long cost, int depth, int introspectionDepth, int introspectionFields, int introspectionRoots) {
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Locale locale = context.getLocale();
		Measure measure = measure(context);
		GraphQLError refusal = refusal(measure, locale);
		if (refusal != null) {
			throw new AbortExecutionException(List.of(refusal));
		}
		if (measure.cost() < this.limits.expensiveCost()) {
			return SimpleInstrumentationContext.noOp();
		}
		String user = context.getGraphQLContext().getOrDefault(USER, "");
		Semaphore slots = this.expensiveByUser.computeIfAbsent(user,
				(name) -> new Semaphore(this.limits.maxExpensivePerUser()));
		boolean acquired;
		try {
			acquired = slots.tryAcquire(this.limits.expensiveWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(Classification.TOO_MANY_REQUESTS)
				.message(this.messages.get(locale, "limit.concurrent", this.limits.maxExpensivePerUser()))
				.build()));
		}
		// The slot is given back when the work ends, not when the answer is sent: a
		// request
		// answered with a timeout keeps it until its fetchers have stopped.
		return SimpleInstrumentationContext.whenCompleted((result, error) -> slots.release());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return fetcher;
		}
		return (environment) -> {
			RequestDeadline deadline = environment.getGraphQlContext().get(RequestDeadline.KEY);
			if (deadline != null && deadline.isOver()) {
				throw new RequestTimedOutException(deadline);
			}
			return fetcher.get(environment);
		};
	}

	/**
	 * The first limit the request breaks, as an error in its language; null when none.
	 */
	GraphQLError refusal(Measure measure, Locale locale) {
		String message = null;
		if (measure.introspectionRoots() > this.limits.maxIntrospectionRoots()) {
			message = this.messages.get(locale, "limit.introspectionRoots", measure.introspectionRoots(),
					this.limits.maxIntrospectionRoots());
		}
		else if (measure.introspectionDepth() > this.limits.maxIntrospectionDepth()) {
			message = this.messages.get(locale, "limit.introspectionDepth", measure.introspectionDepth(),
					this.limits.maxIntrospectionDepth());
		}
		else if (measure.introspectionFields() > this.limits.maxIntrospectionFields()) {
			message = this.messages.get(locale, "limit.introspectionFields", measure.introspectionFields(),
					this.limits.maxIntrospectionFields());
		}
		else if (measure.depth() > this.limits.maxDepth()) {
			message = this.messages.get(locale, "limit.depth", measure.depth(), this.limits.maxDepth());
		}
		else if (measure.cost() > this.limits.maxComplexity()) {
			message = this.messages.get(locale, "limit.cost", measure.cost(), this.limits.maxComplexity());
		}
		if (message == null) {
			return null;
		}
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("cost", measure.cost(), "depth", measure.depth()))
			.build();
	}

	/** Cost, depth and introspection of the operation about to run. */
	Measure measure(ExecutionContext context) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		long[] totals = new long[5];
		traverser.visitPreOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment environment) {
				if (environment.isTypeNameIntrospectionField()) {
					return;
				}
				String name = environment.getField().getName();
				int depth = 0;
				int introspectionDepth = 0;
				boolean introspection = name.startsWith("__");
				long multiplier = 1;
				for (QueryVisitorFieldEnvironment parent = environment
					.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
					if (parent.getField().getName().startsWith("__")) {
						introspection = true;
					}
					multiplier = Math.multiplyExact(multiplier, multiplier(parent));
					multiplier = Math.min(multiplier, 1_000_000_000L);
				}
				for (QueryVisitorFieldEnvironment e = environment; e != null; e = e.getParentEnvironment()) {
					if (introspection) {
						introspectionDepth++;
					}
					else {
						depth++;
					}
				}
				if (introspection) {
					totals[2] = Math.max(totals[2], introspectionDepth);
					totals[3]++;
					if (environment.getParentEnvironment() == null) {
						totals[4]++;
					}
					return;
				}
				totals[1] = Math.max(totals[1], depth);
				String type = GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(environment.getParentType()));
				boolean leaf = GraphQLTypeUtil
					.isLeaf(GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType()));
				long cost = Math.multiplyExact((long) limits.cost(type, name, leaf), multiplier);
				totals[0] = Math.min(totals[0] + cost, Long.MAX_VALUE / 4);
			}
		});
		return new Measure(totals[0], (int) totals[1], (int) totals[2], (int) totals[3], (int) totals[4]);
	}

	/**
	 * What a field multiplies the fields under it by: its {@code first} or {@code limit}
	 * argument when it is a list or a connection with one, the list multiplier for other
	 * lists, 1 otherwise.
	 */
	private long multiplier(QueryVisitorFieldEnvironment field) {
		Object page = field.getArguments().get("first");
		if (page == null) {
			page = field.getArguments().get("limit");
		}
		if (page instanceof Number number) {
			return Math.max(1, number.longValue());
		}
		if ("edges".equals(field.getField().getName())
				&& GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(field.getParentType()))
					.endsWith("Connection")) {
			return 1;
		}
		return isList(field.getFieldDefinition().getType()) ? this.limits.listMultiplier() : 1;
	}

	private static boolean isList(GraphQLOutputType type) {
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

	/** The work of a request whose time is over. */
	static final class RequestTimedOutException extends RuntimeException {

		private final transient RequestDeadline deadline;

		RequestTimedOutException(RequestDeadline deadline) {
			super("The request's time limit of " + deadline.limit().toSeconds() + " s is over");
			this.deadline = deadline;
		}

		RequestDeadline deadline() {
			return this.deadline;
		}

	}

}
