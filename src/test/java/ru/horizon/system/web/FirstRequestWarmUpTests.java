package ru.horizon.system.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's first page asked at start, each operation by itself: several times
 * while it is quick, fewer when each asking is slow, so the start waits at most about the
 * budget per operation.
 */
class FirstRequestWarmUpTests {

	@Test
	void aQuickFirstPageIsAskedTheMostTimes() {
		List<String> asked = new ArrayList<>();
		int times = FirstRequestWarmUp.FIRST_PAGE_TIMES;
		assertThat(FirstRequestWarmUp.firstPage(answering(asked, 0), null)).containsExactly(times, times);
		assertThat(asked).hasSize(2 * times);
		assertThat(asked.subList(0, times)).containsOnly("WarmUpCoverage");
		assertThat(asked.subList(times, 2 * times)).containsOnly("WarmUpIsolation");
	}

	@Test
	void theFirstPageHasBothOperations() throws Exception {
		String document = new ClassPathResource("warm-up/first-page.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		Document parsed = Parser.parse(document);
		assertThat(parsed.getDefinitionsOfType(OperationDefinition.class)).extracting(OperationDefinition::getName)
			.containsExactlyElementsOf(FirstRequestWarmUp.OPERATIONS);
	}

	@Test
	void aSlowFirstPageIsAskedUntilTheBudgetIsSpent() {
		// 400 ms each against a budget of 600 ms an operation: each asked at 0 and 400
		// ms, then 800 ms spent.
		List<String> asked = new ArrayList<>();
		assertThat(FirstRequestWarmUp.firstPage(answering(asked, 400), null)).containsExactly(2, 2);
		assertThat(asked).containsExactly("WarmUpCoverage", "WarmUpCoverage", "WarmUpIsolation", "WarmUpIsolation");
	}

	private static WebGraphQlHandler answering(List<String> asked, long millis) {
		ExecutionGraphQlService service = (request) -> Mono.fromCallable(() -> {
			asked.add(request.getOperationName());
			Thread.sleep(millis);
			ExecutionInput input = ExecutionInput.newExecutionInput(request.getDocument()).build();
			return new DefaultExecutionGraphQlResponse(input,
					ExecutionResult.newExecutionResult().data(Map.of()).build());
		});
		return WebGraphQlHandler.builder(service).build();
	}

}
