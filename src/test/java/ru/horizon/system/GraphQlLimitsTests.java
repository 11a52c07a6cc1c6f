package ru.horizon.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.system.graphql.GraphQlLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HorizonTest
class GraphQlLimitsTests {

	@Autowired
	TestClients clients;

	@Autowired
	GraphQlLimits limits;

	@Test
	void tooDeepAQueryIsRejectedWithAClearError() {
		String nested = "id";
		for (int i = 0; i < 12; i++) {
			nested = "mentors { " + nested + " }";
		}
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.document("{ teacher(id: \"t1\") { " + nested + " } }")
			.executeSync();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).containsIgnoringCase("maximum query depth exceeded"));
		assertThat(response.isValid()).isFalse();
	}

	@Test
	void tooComplexAQueryIsRejected() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 100; i++) {
			query.append(" a").append(i).append(": teacher(id: \"t1\") { id fullName position category teachingSince }");
		}
		ClientGraphQlResponse response = this.clients.graphQl("admin").document(query + " }").executeSync();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).containsIgnoringCase("maximum query complexity"));
	}

	@Test
	void badDateIsABadRequestNamingTheValue() {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.document("{ teacher(id: \"t1\") { experienceMonths(asOf: \"01.09.2023\") } }")
			.executeSync();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("01.09.2023"));
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
