package ru.horizon.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's first page asked at start: several times while it is quick, fewer when
 * each asking is slow, so the start waits at most about the budget.
 */
class FirstRequestWarmUpTests {

	@Test
	void aQuickFirstPageIsAskedTheMostTimes() {
		List<String> asked = new ArrayList<>();
		assertThat(FirstRequestWarmUp.firstPage(answering(asked, 0), null))
			.isEqualTo(FirstRequestWarmUp.FIRST_PAGE_TIMES);
		assertThat(asked).hasSize(FirstRequestWarmUp.FIRST_PAGE_TIMES)
			.allSatisfy((document) -> assertThat(document).contains("query WarmUpFirstPage")
				.contains("mentoringCoverage")
				.contains("isolatedYoungTeachers"));
	}

	@Test
	void aSlowFirstPageIsAskedUntilTheBudgetIsSpent() {
		// 400 ms each against a budget of 1 s: asked at 0, 400 and 800 ms, then 1.2 s
		// spent.
		List<String> asked = new ArrayList<>();
		assertThat(FirstRequestWarmUp.firstPage(answering(asked, 400), null)).isEqualTo(3);
		assertThat(asked).hasSize(3);
	}

	private static WebGraphQlHandler answering(List<String> asked, long millis) {
		ExecutionGraphQlService service = (request) -> Mono.fromCallable(() -> {
			asked.add(request.getDocument());
			Thread.sleep(millis);
			ExecutionInput input = ExecutionInput.newExecutionInput(request.getDocument()).build();
			return new DefaultExecutionGraphQlResponse(input,
					ExecutionResult.newExecutionResult().data(Map.of()).build());
		});
		return WebGraphQlHandler.builder(service).build();
	}

}
