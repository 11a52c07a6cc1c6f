package ru.horizon.system.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.cache.WarmUp;

/**
 * The first request's own costs, paid once at start instead of by the first reader: the
 * server's HTTP path (Tomcat, the security filters, Spring MVC and Jackson answering
 * {@code /actuator/health} and refusing an anonymous {@code /graphql}, both over the
 * loopback) and the password check's code (one check of a bcrypt hash of a random
 * secret). Measured on the demo city after a start: the first GraphQL request took
 * 0.5-0.7 s where the next took 25 ms. Then the dashboard's first page
 * ({@code warm-up/first-page.graphql}: today's coverage and isolation list) in-process as
 * the system, which finds the answers the warm-up kept and uses their resolvers, loaders
 * and JSON writing (the first coverage request after a start took 348 ms, isolation 723
 * ms, with today's answers already kept; warm 9-16 ms), each of its two operations
 * several times ({@link #firstPage}); not on a graph without data. Runs once, when the
 * server is ready and the answers' warm-ups have run
 * ({@link ru.horizon.system.cache.WarmUps}); a failure is logged and changes nothing.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstRequestWarmUp implements WarmUp {

	private static final Log log = LogFactory.getLog(FirstRequestWarmUp.class);

	/** bcrypt (cost 10) of a random string nobody knows: only its check is wanted. */
	private static final String SOME_HASH = "{bcrypt}$2a$10$ZeaRhURqG125x44Bi6QmG.Kh.NL4bafB3BKElLSOimXuwZEgM2EZK";

	private final ObjectProvider<WebServerApplicationContext> context;

	private final ObjectProvider<PasswordEncoder> passwords;

	private final ObjectProvider<WebGraphQlHandler> graphQl;

	private final GraphVersion graph;

	private final ObjectProvider<JsonMapper> json;

	private final AtomicBoolean done = new AtomicBoolean();

	FirstRequestWarmUp(ObjectProvider<WebServerApplicationContext> context, ObjectProvider<PasswordEncoder> passwords,
			ObjectProvider<WebGraphQlHandler> graphQl, GraphVersion graph, ObjectProvider<JsonMapper> json) {
		this.context = context;
		this.passwords = passwords;
		this.graphQl = graphQl;
		this.graph = graph;
		this.json = json;
	}

	@Override
	public String name() {
		return "first request";
	}

	@Override
	public boolean needsData() {
		return false;
	}

	@Override
	public void warmUp(LocalDate today) {
		if (!this.done.compareAndSet(false, true)) {
			return;
		}
		this.passwords.ifAvailable((encoder) -> encoder.matches(java.util.UUID.randomUUID().toString(), SOME_HASH));
		this.graphQl.ifAvailable((handler) -> inProcess(handler, "{ __typename }", null, this.json.getIfAvailable()));
		WebServerApplicationContext web = this.context.getIfAvailable();
		if (web == null || web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.discarding());
			client.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (java.io.IOException ex) {
			log.debug("First request's warm-up over the loopback failed: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// On a graph without data (the demo city or a first import on its way) the first
		// page has nothing to warm and would only take the cores from the import.
		if (!this.graph.isEmpty()) {
			this.graphQl.ifAvailable((handler) -> {
				int[] asked = firstPage(handler, this.json.getIfAvailable());
				log.debug("First page asked in-process: %s %s times".formatted(OPERATIONS, Arrays.toString(asked)));
			});
		}
	}

	/**
	 * Asks each operation of the dashboard's first page ({@link #OPERATIONS}, in order)
	 * {@link #FIRST_PAGE_TIMES} times, or fewer once that operation has taken
	 * {@link #FIRST_PAGE_BUDGET}: each time the JIT has compiled more of the code the
	 * first reader's request runs. The operations are asked apart, so that the isolation
	 * list, a few ms, is asked as often at scale 10 as at scale 1, where the coverage
	 * answer (470 KB of JSON at scale 10) spends its budget in four or five askings.
	 * @return how many times each operation was asked, in the order of
	 * {@link #OPERATIONS}
	 */
	static int[] firstPage(WebGraphQlHandler handler, JsonMapper json) {
		long budget = FIRST_PAGE_BUDGET.toNanos();
		int[] asked = new int[OPERATIONS.size()];
		for (int i = 0; i < asked.length; i++) {
			long spent = 0;
			while (asked[i] < FIRST_PAGE_TIMES && spent < budget) {
				long started = System.nanoTime();
				inProcess(handler, FIRST_PAGE, OPERATIONS.get(i), json);
				spent += System.nanoTime() - started;
				asked[i]++;
			}
		}
		return asked;
	}

	/**
	 * Asks {@code document} in-process (its operation {@code operation}, null when it has
	 * one) and returns the answer's errors (logged too; none for an empty answer); an
	 * answer that does not come within 60 s throws {@link IllegalStateException}; with
	 * {@code json} (null when there is none), also writes the answer as the HTTP path
	 * would (the first coverage over HTTP, its answer kept, took 100-190 ms against 45-65
	 * ms for the next: its JSON writing was the part still cold).
	 */
	static List<ResponseError> inProcess(WebGraphQlHandler handler, String document, String operation,
			JsonMapper json) {
		Map<String, Object> body = (operation != null) ? Map.of("query", document, "operationName", operation)
				: Map.of("query", document);
		var response = handler
			.handleRequest(new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
					new LinkedMultiValueMap<>(), Map.of(), body, "warm-up", Locale.ROOT))
			.block(Duration.ofSeconds(60));
		if (response == null) {
			return List.of();
		}
		if (!response.getErrors().isEmpty()) {
			log.info("The warm-up's in-process GraphQL request answered with errors: " + response.getErrors());
		}
		if (json != null) {
			json.writeValueAsBytes(response.toMap());
		}
		return response.getErrors();
	}

	static final String FIRST_PAGE = readFirstPage();

	/**
	 * The first page's operations ({@code warm-up/first-page.graphql}), asked in this
	 * order.
	 */
	static final List<String> OPERATIONS = List.of("WarmUpCoverage", "WarmUpIsolation");

	/**
	 * How many times each operation of the first page is asked at most. With the page
	 * asked whole (before the twelfth session), once: the first requests of coverage and
	 * of the isolation list over HTTP after a start took a median 84 and 56 ms (scale 1,
	 * four starts, after 300 other requests); up to eight times, 61 and 42 ms (warm 12-19
	 * ms).
	 */
	static final int FIRST_PAGE_TIMES = 8;

	/** The most one operation's repetitions take of the start. */
	static final Duration FIRST_PAGE_BUDGET = Duration.ofMillis(600);

	private static String readFirstPage() {
		try {
			return new org.springframework.core.io.ClassPathResource("warm-up/first-page.graphql")
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
