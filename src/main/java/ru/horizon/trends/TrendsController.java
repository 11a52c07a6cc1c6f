package ru.horizon.trends;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Scope;

@Controller
class TrendsController {

	private final TrendsService trends;

	TrendsController(TrendsService trends) {
		this.trends = trends;
	}

	@QueryMapping
	List<TrendPoint> trends(@Argument Scope scope, @Argument Integer years, @Argument TrendPoints points,
			@Argument LocalDate asOf) {
		return this.trends.trends(scope, (years != null) ? years : 5, points, asOf);
	}

	@QueryMapping
	IsolationAndLeaving isolationAndLeaving(@Argument Scope scope, @Argument Integer years, @Argument LocalDate asOf) {
		return this.trends.isolationAndLeaving(scope, (years != null) ? years : 5, asOf);
	}

}
