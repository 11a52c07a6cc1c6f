package ru.horizon.system.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionTimedOutException;

import ru.horizon.system.DomainException;
import ru.horizon.system.cache.AnswerFreshness;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.WarmUps;
import ru.horizon.system.web.ErrorMessages;

/**
 * The GraphQL runtime every feature plugs into: the {@code Date} scalar, the request
 * limits ({@link RequestLimits}: cost, depth, introspection, expensive requests per user,
 * the time limit), Russian as the default language, errors that carry a classification
 * and a clear message in the caller's language, and documents parsed once
 * ({@link ParsedDocuments}), and the age of answers served while fresher ones compute
 * (the {@code freshness} extension, {@link AnswerFreshness}).
 * <p>
 * A request over its time limit is answered, HTTP 200, with one error classified
 * {@code TIMEOUT} that names the limit; its work is cancelled: fetchers not yet started
 * do not start, running ones are interrupted, and its Neo4j transactions time out with
 * it.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** Russian users first: without an Accept-Language header, answers are in Russian. */
	static final Locale DEFAULT_LOCALE = ErrorMessages.RUSSIAN;

	@Bean
	RuntimeWiringConfigurer dateScalar(ErrorMessages messages) {
		return (wiring) -> wiring.scalar(DateScalar.create(messages));
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments(GraphQlLimits limits) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl
			.preparsedDocumentProvider(new ParsedDocuments(limits.parsedDocumentsSize().toBytes(),
					(int) Math.min(Integer.MAX_VALUE, limits.parsedDocumentMaxSize().toBytes()))));
	}

	@Bean
	RequestLimits requestLimits(GraphQlLimits limits, ErrorMessages messages) {
		return new RequestLimits(limits, messages);
	}

	/** Transactions begun for a request time out with it. */
	@Bean
	static BeanPostProcessor deadlineTransactions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof PlatformTransactionManager manager && "transactionManager".equals(beanName)) {
					return new DeadlineTransactionManager(manager);
				}
				return bean;
			}
		};
	}

	/**
	 * GraphQL over HTTP answers asynchronously through a functional handler, and Spring
	 * Framework 7.0.8 drops the application's async timeout for such answers
	 * (spring-framework#37257), so the servlet container's own (Tomcat's connector, 30 s)
	 * ended every longer request with 503 whatever {@code horizon.graphql.timeout} said.
	 * The connector's limit follows the request's own, with a margin for its TIMEOUT
	 * answer to be written.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> asyncTimeoutOfGraphQl(GraphQlLimits limits) {
		long millis = limits.timeout().plusSeconds(10).toMillis();
		return (factory) -> factory.addConnectorCustomizers((connector) -> connector.setAsyncTimeout(millis));
	}

	/**
	 * The first interceptor: the language, the caller's name for the per-user limit, the
	 * deadline; then the time limit, and every error's message in the caller's language.
	 * A request that wrote to the graph (a mutation) answers once the dashboard's answers
	 * were computed anew, at most {@code horizon.cache.warm-up-wait} later
	 * ({@link WarmUps#awaitFresh}): whoever reads after it finds them kept.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor requestInterceptor(GraphQlLimits limits, ErrorMessages messages,
			ObjectProvider<WarmUps> warmUps) {
		return (request, chain) -> {
			Locale locale = request.getHeaders().getAcceptLanguage().isEmpty() ? DEFAULT_LOCALE
					: ErrorMessages.language(request.getLocale());
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			String user = (caller != null) ? caller.getName() : "";
			RequestDeadline deadline = new RequestDeadline(limits.timeout());
			AnswerFreshness freshness = new AnswerFreshness();
			request.configureExecutionInput((input, builder) -> builder.locale(locale)
				.graphQLContext(Map.of(RequestDeadline.KEY, deadline, RequestLimits.USER, user))
				.build());
			return chain.next(request)
				.contextWrite(Context.of(RequestDeadline.KEY, deadline, AnswerFreshness.KEY, freshness))
				.timeout(limits.timeout(), Mono.fromSupplier(() -> {
					deadline.cancel();
					return timedOut(request, deadline, messages, locale);
				}))
				.map((response) -> withFreshness(localised(response, messages, locale), freshness))
				.flatMap((response) -> {
					WarmUps after = freshness.wrote() ? warmUps.getIfAvailable() : null;
					if (after == null) {
						return Mono.just(response);
					}
					return Mono.fromCallable(after::awaitFresh)
						.subscribeOn(Schedulers.boundedElastic())
						.thenReturn(response);
				});
		};
	}

	/**
	 * The {@code freshness} extension when an answer computed before the latest write was
	 * served while the fresh one computes ({@link GraphCache}).
	 */
	private static WebGraphQlResponse withFreshness(WebGraphQlResponse response, AnswerFreshness freshness) {
		Map<String, Object> extension = freshness.extension();
		if (extension == null) {
			return response;
		}
		Map<Object, Object> extensions = new HashMap<>();
		if (response.getExecutionResult().getExtensions() != null) {
			extensions.putAll(response.getExecutionResult().getExtensions());
		}
		extensions.put("freshness", extension);
		return response.transform((builder) -> builder.extensions(extensions));
	}

	private static WebGraphQlResponse timedOut(WebGraphQlRequest request, RequestDeadline deadline,
			ErrorMessages messages, Locale locale) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(RequestLimits.Classification.TIMEOUT)
			.message(messages.get(locale, "limit.timeout", deadline.limit().toSeconds()))
			.extensions(Map.of("limitSeconds", deadline.limit().toSeconds()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/** Every error's message in the caller's language; malformed input is BAD_REQUEST. */
	private static WebGraphQlResponse localised(WebGraphQlResponse response, ErrorMessages messages, Locale locale) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty()) {
			return response;
		}
		List<GraphQLError> localised = new ArrayList<>(errors.size());
		for (GraphQLError error : errors) {
			ErrorClassification type = error.getErrorType();
			String name = (type != null) ? type.toString() : "";
			String message = error.getMessage();
			Map<String, Object> extensions = new HashMap<>();
			if (error.getExtensions() != null) {
				extensions.putAll(error.getExtensions());
			}
			if ("ValidationError".equals(name) || "InvalidSyntax".equals(name)) {
				extensions.put("validation", name);
				type = ErrorType.BAD_REQUEST;
			}
			else if (type == ErrorType.INTERNAL_ERROR) {
				message = messages.get(locale, "generic.INTERNAL_ERROR",
						(message != null) ? message.replaceFirst("^INTERNAL_ERROR for ", "") : "");
			}
			else {
				message = messages.translate(locale, message);
			}
			extensions.remove("classification");
			localised.add(GraphqlErrorBuilder.newError()
				.message(message)
				.locations(error.getLocations())
				.path(error.getPath())
				.errorType(type)
				.extensions(extensions.isEmpty() ? null : extensions)
				.build());
		}
		return response.transform((builder) -> builder.errors(localised));
	}

	@Bean
	DataFetcherExceptionResolver domainErrors(ErrorMessages messages) {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
				Throwable cause = (ex.getCause() instanceof DomainException) ? ex.getCause() : ex;
				if (cause instanceof DomainException domain) {
					ErrorType type = switch (domain.kind()) {
						case BAD_REQUEST -> ErrorType.BAD_REQUEST;
						case NOT_FOUND -> ErrorType.NOT_FOUND;
						case FORBIDDEN -> ErrorType.FORBIDDEN;
					};
					return List
						.of(GraphqlErrorBuilder.newError(env).errorType(type).message(domain.getMessage()).build());
				}
				if (cause instanceof jakarta.validation.ConstraintViolationException
						|| cause instanceof IllegalArgumentException) {
					return List.of(GraphqlErrorBuilder.newError(env)
						.errorType(ErrorType.BAD_REQUEST)
						.message(cause.getMessage())
						.build());
				}
				RequestDeadline deadline = env.getGraphQlContext().get(RequestDeadline.KEY);
				if (deadline != null && (deadline.isOver() || timedOut(ex))) {
					return List.of(GraphqlErrorBuilder.newError(env)
						.errorType(RequestLimits.Classification.TIMEOUT)
						.message(messages.get(env.getLocale(), "limit.timeout", deadline.limit().toSeconds()))
						.build());
				}
				return null;
			}
		};
	}

	/** True when the exception, or one of its causes, is a transaction that timed out. */
	private static boolean timedOut(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof TransactionTimedOutException || t instanceof RequestLimits.RequestTimedOutException
					|| t instanceof InterruptedException) {
				return true;
			}
			String text = String.valueOf(t.getMessage());
			if (text.contains("TransactionTimedOut") || text.contains("has been terminated")
					|| text.contains("timed out")) {
				return true;
			}
		}
		return false;
	}

}
