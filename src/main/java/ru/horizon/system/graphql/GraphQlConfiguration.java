package ru.horizon.system.graphql;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpStatus;

import ru.horizon.system.DomainException;

/**
 * The GraphQL runtime every feature plugs into: the {@code Date} scalar, the request
 * limits, Russian as the default language, errors that carry a classification and a
 * clear message, and documents parsed once ({@link ParsedDocuments}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** Russian users first: without an Accept-Language header, answers are in Russian. */
	static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("ru");

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return (wiring) -> wiring.scalar(DateScalar.DATE);
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments() {
		return (builder) -> builder
			.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(new ParsedDocuments(1000)));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

	@Bean
	TimeoutWebGraphQlInterceptor timeout(GraphQlLimits limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout(), HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Bean
	WebGraphQlInterceptor defaultLocale() {
		return (request, chain) -> {
			if (request.getHeaders().getAcceptLanguage().isEmpty()) {
				request.configureExecutionInput((input, builder) -> builder.locale(DEFAULT_LOCALE).build());
			}
			return chain.next(request);
		};
	}

	@Bean
	DataFetcherExceptionResolver domainErrors() {
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
					return List.of(GraphqlErrorBuilder.newError(env)
						.errorType(type)
						.message(domain.getMessage())
						.build());
				}
				if (cause instanceof jakarta.validation.ConstraintViolationException
						|| cause instanceof IllegalArgumentException) {
					return List.of(GraphqlErrorBuilder.newError(env)
						.errorType(ErrorType.BAD_REQUEST)
						.message(cause.getMessage())
						.build());
				}
				return null;
			}
		};
	}

}
