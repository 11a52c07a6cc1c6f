package ru.horizon.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.system.graphql.GraphQlLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The request limits as an attacker meets them: cost (not field count), depth without
 * introspection, introspection by the standard clients allowed and its abuse refused,
 * dates outside 1900..2100, every refusal in the caller's language.
 */
@HorizonTest
class GraphQlLimitsTests {

	@Autowired
	TestClients clients;

	@Autowired
	GraphQlLimits limits;

	private HttpSyncGraphQlClient english(String user) {
		return this.clients.graphQl(user).mutate().header("Accept-Language", "en").build();
	}

	@Test
	void tooDeepAQueryIsRejectedWithAClearError() {
		String nested = "id";
		for (int i = 0; i < 12; i++) {
			nested = "mentors { " + nested + " }";
		}
		String query = "{ teacher(id: \"t1\") { " + nested + " } }";
		ClientGraphQlResponse response = english("admin").document(query).executeSync();
		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).contains("too deep").contains("depth 14, limit 12");
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		});
		assertThat(response.isValid()).isFalse();
		ClientGraphQlResponse russian = this.clients.graphQl("admin").document(query).executeSync();
		assertThat(russian.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("Слишком глубокий запрос"));
	}

	@Test
	void aliasesOfAnExpensiveFieldAreRefusedByCostBeforeAnyWork() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 180; i++) {
			query.append(" h")
				.append(i)
				.append(": horizontalLearning(from: \"2024-01-01\", to: \"2024-12-31\") { ties }");
		}
		ClientGraphQlResponse response = english("viewer").document(query + " }").executeSync();
		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("cost 180000, limit " + this.limits.maxComplexity());
		});
		assertThat(response.toMap()).doesNotContainKey("data");
		// five aliases are within the cost: the limit is about cost, not about aliases
		StringBuilder five = new StringBuilder("{");
		for (int i = 0; i < 5; i++) {
			five.append(" h")
				.append(i)
				.append(": horizontalLearning(from: \"2024-01-01\", to: \"2024-12-31\") { ties }");
		}
		assertThat(english("viewer").document(five + " }").executeSync().getErrors())
			.noneSatisfy((error) -> assertThat(error.getMessage()).contains("costs too much"));
	}

	@Test
	void listsMultiplyTheCostOfWhatIsBelowThem() {
		// 7 levels of mentors: 1 + 5 + 25 + ... + 5^6 teachers, few fields but a huge
		// answer
		String nested = "id";
		for (int i = 0; i < 7; i++) {
			nested = "mentors { " + nested + " }";
		}
		ClientGraphQlResponse response = english("admin").document("{ teacher(id: \"t1\") { " + nested + " } }")
			.executeSync();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("costs too much"));
		// the first argument counts: 500 isolation rows of teacher and organization cost
		// 300 + 500 * 4
		ClientGraphQlResponse page = english("admin")
			.document("{ isolatedYoungTeachers(first: 500) { edges { node { teacher { organization { name } } } } } }")
			.executeSync();
		assertThat(page.getErrors()).isEmpty();
	}

	@Test
	void standardIntrospectionQueriesPass() throws IOException {
		for (String file : List.of("graphql-js-16-getIntrospectionQuery.graphql",
				"graphql-js-16-getIntrospectionQuery-all-options.graphql")) {
			String query = new ClassPathResource("introspection/" + file).getContentAsString(StandardCharsets.UTF_8);
			for (String user : TestClients.USERS) {
				ClientGraphQlResponse response = this.clients.graphQl(user).document(query).executeSync();
				assertThat(response.getErrors()).as(file + " as " + user).isEmpty();
				List<Map<String, Object>> types = response.field("__schema.types").getValue();
				assertThat(types).extracting((type) -> type.get("name")).contains("Query", "Teacher", "Date");
			}
		}
	}

	@Test
	void abusiveIntrospectionIsRefused() {
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 10; i++) {
			aliases.append(" s").append(i).append(": __schema { types { name } }");
		}
		assertThat(english("viewer").document(aliases + " }").executeSync().getErrors()).singleElement()
			.satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).containsAnyOf("__schema", "introspection");
			});
		String deep = "name";
		for (int i = 0; i < 30; i++) {
			deep = "ofType { " + deep + " }";
		}
		assertThat(english("viewer").document("{ __schema { types { " + deep + " } } }").executeSync().getErrors())
			.singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		StringBuilder wide = new StringBuilder("{ __schema { types { ");
		for (int i = 0; i < 1200; i++) {
			wide.append(" n").append(i).append(": name");
		}
		assertThat(english("viewer").document(wide + " } } }").executeSync().getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("introspection request is too large"));
		// introspection inside a deep ordinary query does not lift the depth limit
		String nested = "__typename";
		for (int i = 0; i < 13; i++) {
			nested = "mentors { " + nested + " }";
		}
		assertThat(english("admin").document("{ teacher(id: \"t1\") { " + nested + " } }").executeSync().getErrors())
			.singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("too deep"));
	}

	@Test
	void graphQlOverHttpIsLimitedByTheRequestsOwnTimeoutNotTheContainersDefault(
			@Autowired org.springframework.boot.web.server.context.WebServerApplicationContext context) {
		var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer();
		// horizon.graphql.timeout=120s in the tests, plus 10 s to write the TIMEOUT
		// answer
		assertThat(tomcat.getTomcat().getConnector().getAsyncTimeout()).isEqualTo(130_000L);
	}

	@Test
	void datesOutsideTheSaneRangeAreBadRequests() {
		for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "2101-01-01")) {
			ClientGraphQlResponse literal = english("admin")
				.document("{ teacher(id: \"t1\") { experienceMonths(asOf: \"" + date + "\") } }")
				.executeSync();
			assertThat(literal.getErrors()).as(date).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains(date).contains("1900-01-01");
			});
			ClientGraphQlResponse variable = english("admin")
				.document("query($d: Date) { teacher(id: \"t1\") { experienceMonths(asOf: $d) } }")
				.variable("d", date)
				.executeSync();
			assertThat(variable.getErrors()).as(date).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains(date);
			});
		}
		ClientGraphQlResponse edge = english("admin")
			.document("{ teacher(id: \"t1\") { experienceMonths(asOf: \"2100-12-31\") } }")
			.executeSync();
		assertThat(edge.getErrors()).isEmpty();
		// The files take their dates through the same bounds (DateBounds)
		for (String uri : List.of("/api/export/coverage.csv?asOf=+999999999-12-31",
				"/api/exports/monitoring.csv?asOf=1899-12-31",
				"/api/export/ties.csv?from=-999999999-01-01&to=2024-01-01")) {
			Integer status = this.clients.rest("admin")
				.get()
				.uri(uri)
				.exchange((request, response) -> response.getStatusCode().value());
			assertThat(status).as(uri).isEqualTo(400);
		}
	}

	@Test
	void badDateIsABadRequestNamingTheValue() {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.document("{ teacher(id: \"t1\") { experienceMonths(asOf: \"01.09.2023\") } }")
			.executeSync();
		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).contains("01.09.2023").contains("ГГГГ-ММ-ДД");
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		});
	}

	@Test
	void messagesFollowAcceptLanguageRussianByDefault() {
		String window = "{ horizontalLearning(from: \"2024-12-31\", to: \"2024-01-01\") { ties } }";
		assertThat(this.clients.graphQl("viewer").document(window).executeSync().getErrors()).singleElement()
			.satisfies((error) -> {
				assertThat(error.getMessage()).startsWith("Период должен идти от from к to");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			});
		assertThat(english("viewer").document(window).executeSync().getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage())
				.isEqualTo("The window needs from <= to, was [2024-12-31, 2024-01-01]"));
		String teacher = "{ teacher(id: \"t1\") { fullName } }";
		assertThat(this.clients.graphQl("viewer").document(teacher).executeSync().getErrors()).singleElement()
			.satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(error.getMessage()).containsAnyOf("Доступ запрещён", "сводные показатели");
			});
		HttpSyncGraphQlClient russianFirst = this.clients.graphQl("viewer")
			.mutate()
			.header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")
			.build();
		assertThat(russianFirst.document(window).executeSync().getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).startsWith("Период"));
	}

	@Test
	void pageSizeOutsideTheLimitIsABadRequest() {
		assertThat(this.limits.pageSize("first", 50)).isEqualTo(50);
		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> this.limits.pageSize("first", 0))
			.withMessageContaining("first must be between 1 and");
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> this.limits.pageSize("first", this.limits.maxPageSize() + 1))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.BAD_REQUEST));
	}

}
