package ru.horizon.isolation;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Scope;
import ru.horizon.system.graphql.GraphQlLimits;

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
			@Argument int lookbackMonths, @Argument boolean includeAtRisk, @Argument int first,
			@Argument String after) {
		return this.isolation.isolatedYoungTeachers(scope, asOf, lookbackMonths, includeAtRisk,
				this.limits.pageSize("first", first), after);
	}

}
