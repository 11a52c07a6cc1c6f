package ru.horizon.isolation;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Scope;
import ru.horizon.system.graphql.GraphQlLimits;
import ru.horizon.system.graphql.RequestDay;

@Controller
class IsolationController {

	private final IsolationService isolation;

	private final GraphQlLimits limits;

	IsolationController(IsolationService isolation, GraphQlLimits limits) {
		this.isolation = isolation;
		this.limits = limits;
	}

	@QueryMapping
	YoungTeacherIsolationConnection isolatedYoungTeachers(@Argument Scope scope, @Argument LocalDate asOf,
			@Argument Integer lookbackMonths, @Argument Boolean includeAtRisk, @Argument String search,
			@Argument List<IsolationReason> reasons, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		// An explicit null means the default, as an omitted argument does.
		return this.isolation.isolatedYoungTeachers(scope, RequestDay.of(environment),
				(lookbackMonths != null) ? lookbackMonths : IsolationService.DEFAULT_LOOKBACK_MONTHS,
				Boolean.TRUE.equals(includeAtRisk), search, reasons,
				this.limits.pageSize("first", (first != null) ? first : 50), after);
	}

}
