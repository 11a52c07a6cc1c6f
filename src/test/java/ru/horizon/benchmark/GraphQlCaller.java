package ru.horizon.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.context.ContextSnapshotFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Asks Horizon a GraphQL question and returns {@code data}, failing on any error: over
 * HTTP on loopback (the way the dashboard and scripts do), or in-process through the same
 * GraphQL engine without HTTP, signed in as the benchmark user either way.
 */
interface GraphQlCaller {

	JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Whether the calling thread's last answer over HTTP said some of its figures were
	 * computed before the latest write (the {@code freshness} extension).
	 */
	ThreadLocal<Boolean> LAST_STALE = ThreadLocal.withInitial(() -> false);

	/** The answer's {@code data}; throws when the answer carries errors. */
	Map<String, Object> call(String document, Map<String, Object> variables);

	String mode();

	/** Over HTTP to {@code http://127.0.0.1:port/graphql} with HTTP Basic. */
	final class Http implements GraphQlCaller {

		private final HttpClient client;

		private final URI uri;

		private final String authorization;

		Http(int port, String user, String password) {
			this.client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			this.uri = URI.create("http://127.0.0.1:" + port + "/graphql");
			this.authorization = "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String mode() {
			return "HTTP";
		}

		@Override
		public Map<String, Object> call(String document, Map<String, Object> variables) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", document);
			body.put("variables", variables);
			HttpRequest request = HttpRequest.newBuilder(this.uri)
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json, application/json")
				.header("Authorization", this.authorization)
				.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
				.build();
			HttpResponse<byte[]> response;
			try {
				response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> answer = JSON.readValue(response.body(), Map.class);
			LAST_STALE.set(answer.get("extensions") instanceof Map<?, ?> extensions
					&& extensions.get("freshness") instanceof Map<?, ?> freshness
					&& Boolean.TRUE.equals(freshness.get("stale")));
			return dataOrFail(answer.get("errors"), answer.get("data"));
		}

	}

	/**
	 * Through the application's own {@link ExecutionGraphQlService}: no HTTP, no JSON.
	 */
	final class InProcess implements GraphQlCaller {

		private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

		private final ExecutionGraphQlService graphQl;

		private final UserDetails user;

		private final AtomicLong ids = new AtomicLong();

		InProcess(ConfigurableApplicationContext context, String user) {
			this.graphQl = context.getBean(ExecutionGraphQlService.class);
			this.user = context.getBean(UserDetailsService.class).loadUserByUsername(user);
		}

		@Override
		public String mode() {
			return "in-process";
		}

		@Override
		public Map<String, Object> call(String document, Map<String, Object> variables) {
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(this.user, null, this.user.getAuthorities()));
			try {
				DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables,
						null, "bench-" + this.ids.incrementAndGet(), Locale.ENGLISH);
				// The security context travels to the data fetchers as it does from an
				// HTTP request.
				ExecutionGraphQlResponse response = this.graphQl.execute(request)
					.contextWrite((context) -> SNAPSHOTS.captureAll().updateContext(context))
					.block(Duration.ofSeconds(120));
				if (response == null) {
					throw new IllegalStateException("no answer");
				}
				Object errors = response.getErrors().isEmpty() ? null
						: response.getErrors().stream().map(Object::toString).toList();
				return dataOrFail(errors, response.getData());
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> dataOrFail(Object errors, Object data) {
		if (errors instanceof List<?> list && !list.isEmpty()) {
			throw new IllegalStateException("GraphQL errors: " + abbreviate(list.toString()));
		}
		if (!(data instanceof Map)) {
			throw new IllegalStateException("no data in the answer");
		}
		return (Map<String, Object>) data;
	}

	static String abbreviate(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "..." : text;
	}

}
