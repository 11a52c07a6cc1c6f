package ru.horizon.system.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request over its time limit: answered at the limit as a GraphQL error (HTTP 200,
 * TIMEOUT, the limit named), its Neo4j transaction stopped and its connection given back;
 * a user's expensive requests limited in number; sign-in attempts throttled. Its own
 * context: a 2 s limit, one expensive request per user, a test-only field that keeps the
 * database busy, a 2 s first wait after five failed sign-ins.
 */
@HorizonTest
@TestPropertySource(properties = { "horizon.graphql.timeout=2s", "horizon.graphql.max-expensive-per-user=1",
		"horizon.graphql.costs[Query.slowForTest]=500", "horizon.security.sign-in.delay=2s",
		"spring.neo4j.pool.max-connection-pool-size=4", "spring.neo4j.pool.connection-acquisition-timeout=1s",
		"spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-slow/" })
@Import(RequestTimeoutTests.SlowController.class)
class RequestTimeoutTests {

	private static final String BUSY = "UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x)";

	@Autowired
	TestClients clients;

	@Autowired
	Driver driver;

	@Test
	void aRequestOverItsLimitIsAGraphQlErrorAndItsWorkStops() throws Exception {
		ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
		List<Future<ClientGraphQlResponse>> answers = new ArrayList<>();
		long started = System.nanoTime();
		for (String user : List.of("admin", "coordinator", "curator", "analyst")) {
			Callable<ClientGraphQlResponse> call = () -> this.clients.graphQl(user)
				.mutate()
				.header("Accept-Language", "en")
				.build()
				.document("{ slowForTest }")
				.executeSync();
			answers.add(pool.submit(call));
		}
		for (Future<ClientGraphQlResponse> answer : answers) {
			ClientGraphQlResponse response = answer.get();
			assertThat(response.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT");
				assertThat(error.getMessage()).contains("limit of 2 s");
			});
		}
		// answered at the limit, not when the query would have ended (minutes); generous
		// for a loaded machine
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(25));
		// the database stops the work within a moment of the answer
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (running() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(running()).as("transactions still running the slow query").isZero();
		// and their connections are back in the pool: it holds 4, and a request waits at
		// most 1 s
		// for one, so had the four timed-out requests kept theirs, these would fail to
		// get one
		List<Future<ClientGraphQlResponse>> quick = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			quick.add(pool.submit(() -> this.clients.graphQl("viewer")
				.document("{ organization(id: \"o1\") { id } }")
				.executeSync()));
		}
		int answered = 0;
		for (Future<ClientGraphQlResponse> answer : quick) {
			ClientGraphQlResponse response = answer.get();
			// on this loaded machine a quick request may itself pass 2 s; it must never
			// lack a connection
			assertThat(response.getErrors())
				.allSatisfy((error) -> assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT"));
			answered += response.getErrors().isEmpty() ? 1 : 0;
		}
		assertThat(answered).isPositive();
		pool.close();
	}

	@Test
	void oneUserRunsAtMostTheirExpensiveRequestsAtOnce() throws Exception {
		ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
		Callable<ClientGraphQlResponse> call = () -> this.clients.graphQl("viewer")
			.mutate()
			.header("Accept-Language", "en")
			.build()
			.document("{ slowForTest }")
			.executeSync();
		Future<ClientGraphQlResponse> first = pool.submit(call);
		Thread.sleep(700);
		ClientGraphQlResponse second = pool.submit(call).get();
		assertThat(second.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("TOO_MANY_REQUESTS");
			assertThat(error.getMessage()).contains("at most 1 per user");
		});
		assertThat(first.get().getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT"));
		// once the work of the first has stopped, the user's slot is free again
		Thread.sleep(1000);
		assertThat(call.call().getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT"));
		pool.close();
	}

	@Test
	void signInAttemptsAreThrottledPerUser() throws Exception {
		String wrong = java.util.Base64.getEncoder().encodeToString("coordinator:wrong".getBytes());
		String right = java.util.Base64.getEncoder().encodeToString("coordinator:secret".getBytes());
		for (int i = 0; i < 5; i++) {
			assertThat(status(wrong)).as("attempt " + (i + 1)).isEqualTo(401);
		}
		// now even the right password waits: the password is not even checked
		var refused = this.clients.rest(null)
			.get()
			.uri("/api/me")
			.header("Authorization", "Basic " + right)
			.exchange((request, response) -> java.util.Map.of("status", response.getStatusCode().value(), "retry",
					String.valueOf(response.getHeaders().getFirst("Retry-After"))));
		assertThat(refused.get("status")).isEqualTo(429);
		assertThat(Integer.parseInt((String) refused.get("retry"))).isBetween(1, 3);
		// other users are not held up
		assertThat(status(java.util.Base64.getEncoder().encodeToString("analyst:secret".getBytes()))).isEqualTo(200);
		Thread.sleep(2500);
		assertThat(status(right)).isEqualTo(200);
		// a success clears the count: one more failure is an ordinary 401
		assertThat(status(wrong)).isEqualTo(401);
		assertThat(status(right)).isEqualTo(200);
	}

	private int status(String basic) {
		return this.clients.rest(null)
			.get()
			.uri("/api/me")
			.header("Authorization", "Basic " + basic)
			.exchange((request, response) -> response.getStatusCode().value());
	}

	private long running() {
		// An interrupt flag left on this thread (seen once in a full run, not understood
		// yet:
		// see the closing note of 2026-11-30) would make the driver give up; this test
		// asks
		// about the server's transactions, not about this thread.
		Thread.interrupted();
		// while the timed-out requests still hold the pool's four connections, count them
		// as running
		try (var session = this.driver.session()) {
			return session
				.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 1000000000)' "
						+ "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n")
				.single()
				.get("n")
				.asLong();
		}
		catch (org.neo4j.driver.exceptions.ClientException
				| org.neo4j.driver.exceptions.ServiceUnavailableException ex) {
			return 1;
		}
	}

	/** The test-only field: a read transaction the database would run for minutes. */
	@TestComponent
	@Controller
	@Transactional(readOnly = true)
	public static class SlowController {

		private final Neo4jClient neo4j;

		SlowController(Neo4jClient neo4j) {
			this.neo4j = neo4j;
		}

		@QueryMapping
		public int slowForTest() {
			return this.neo4j.query(BUSY).fetchAs(Long.class).one().orElse(0L).intValue();
		}

	}

}
