package ru.horizon.system.web;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start's warm-up asks the dashboard's first page in-process as the system
 * ({@link FirstRequestWarmUp}): each of its operations answers without errors, or the
 * warm-up would only warm the error path.
 */
@HorizonTest
class FirstPageTests {

	static final List<String> operations = FirstRequestWarmUp.OPERATIONS;

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "isolation");
	}

	@ParameterizedTest
	@FieldSource("operations")
	void eachOperationAnswersWithoutErrors(String operation) {
		assertThat(Access.asSystemUnchecked(
				() -> FirstRequestWarmUp.inProcess(this.handler, FirstRequestWarmUp.FIRST_PAGE, operation, this.json)))
			.isEmpty();
	}

}
