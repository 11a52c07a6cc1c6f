package ru.horizon.system.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
 * ms, with today's answers already kept; warm 9-16 ms), several times
 * ({@link #firstPage}); not on a graph without data. Runs once, when the server is ready
 * and the answers' warm-ups have run ({@link ru.horizon.system.cache.WarmUps}); a failure
 * is logged and changes nothing.
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
		this.graphQl.ifAvailable((handler) -> inProcess(handler, "{ __typename }", this.json.getIfAvailable()));
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
			this.graphQl.ifAvailable((handler) -> firstPage(handler, this.json.getIfAvailable()));
		}
	}

	/**
	 * Asks the dashboard's first page {@link #FIRST_PAGE_TIMES} times, or fewer once they
	 * have taken {@link #FIRST_PAGE_BUDGET} in all: each time the JIT has compiled more
	 * of the code the first reader's request runs.
	 * @return how many times it was asked
	 */
	static int firstPage(WebGraphQlHandler handler, JsonMapper json) {
		long budget = FIRST_PAGE_BUDGET.toNanos();
		long spent = 0;
		int asked = 0;
		while (asked < FIRST_PAGE_TIMES && spent < budget) {
			long started = System.nanoTime();
			inProcess(handler, FIRST_PAGE, json);
			spent += System.nanoTime() - started;
			asked++;
		}
		return asked;
	}

	/**
	 * Asks {@code document} in-process; with {@code json} (null when there is none), also
	 * writes the answer as the HTTP path would (the first coverage over HTTP, its answer
	 * kept, took 100-190 ms against 45-65 ms for the next: its JSON writing was the part
	 * still cold).
	 */
	private static void inProcess(WebGraphQlHandler handler, String document, JsonMapper json) {
		var response = handler
			.handleRequest(new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
					new LinkedMultiValueMap<>(), Map.of(), Map.of("query", document), "warm-up", Locale.ROOT))
			.block(Duration.ofSeconds(60));
		if (response != null && !response.getErrors().isEmpty()) {
			log.info("The warm-up's in-process GraphQL request answered with errors: " + response.getErrors());
		}
		if (response != null && json != null) {
			json.writeValueAsBytes(response.toMap());
		}
	}

	private static final String FIRST_PAGE = readFirstPage();

	/**
	 * How many times the first page is asked at most. Asked once, the first requests of
	 * coverage and of the isolation list over HTTP after a start took a median 84 and 56
	 * ms (scale 1, four starts, after 300 other requests); asked up to eight times, 61
	 * and 42 ms (warm 12-19 ms).
	 */
	static final int FIRST_PAGE_TIMES = 8;

	/** The most the first page's repetitions take of the start. */
	static final Duration FIRST_PAGE_BUDGET = Duration.ofSeconds(1);

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
