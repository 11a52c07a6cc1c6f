package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Scope;
import ru.horizon.system.graphql.GraphQlLimits;

@Controller
class HorizontalLearningController {

	private final HorizontalLearningService horizontal;

	private final GraphQlLimits limits;

	private final FlowPrivacy privacy;

	HorizontalLearningController(HorizontalLearningService horizontal, GraphQlLimits limits, FlowPrivacy privacy) {
		this.horizontal = horizontal;
		this.limits = limits;
		this.privacy = privacy;
	}

	@QueryMapping
	HorizontalLearning horizontalLearning(@Argument Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
		return this.horizontal.report(scope, from, to);
	}

	@SchemaMapping
	List<OrganizationFlow> organizationFlows(HorizontalLearning report, @Argument Integer limit,
			@Argument TieWeighting weighting, GraphQLContext context) {
		return this.privacy.apply(
				report, this.horizontal.organizationFlows(report,
						this.limits.pageSize("limit", (limit != null) ? limit : 50), orSizeNormalised(weighting)),
				context);
	}

	@SchemaMapping
	List<Broker> brokers(HorizontalLearning report, @Argument Integer limit, @Argument TieWeighting weighting) {
		return this.horizontal.brokers(report, this.limits.pageSize("limit", (limit != null) ? limit : 10),
				orSizeNormalised(weighting));
	}

	@SchemaMapping
	boolean exactBetweenness(HorizontalLearning report, @Argument TieWeighting weighting) {
		return this.horizontal.exactBetweenness(report, orSizeNormalised(weighting));
	}

	@SchemaMapping
	double totalWeight(HorizontalLearning report, @Argument TieWeighting weighting) {
		return report.totalWeight((weighting != null) ? weighting : TieWeighting.RAW);
	}

	@SchemaMapping
	double crossOrganizationShare(HorizontalLearning report, @Argument TieWeighting weighting) {
		return report.crossOrganizationShare((weighting != null) ? weighting : TieWeighting.RAW);
	}

	/** Flows, brokers and communities weigh ties by event size unless asked otherwise. */
	static TieWeighting orSizeNormalised(TieWeighting weighting) {
		return (weighting != null) ? weighting : TieWeighting.SIZE_NORMALISED;
	}

}
