package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;
import ru.horizon.teacher.Teacher;
import ru.horizon.system.graphql.GraphQlLimits;

/**
 * The fields beyond the contract: communities, the previous window, innovation complexes.
 */
@Controller
class NetworkController {

	private final HorizontalLearningService horizontal;

	private final GraphQlLimits limits;

	private final FlowPrivacy privacy;

	NetworkController(HorizontalLearningService horizontal, GraphQlLimits limits, FlowPrivacy privacy) {
		this.horizontal = horizontal;
		this.limits = limits;
		this.privacy = privacy;
	}

	@SchemaMapping(typeName = "HorizontalLearning")
	TieCommunities communities(HorizontalLearning report, @Argument Integer limit, @Argument TieWeighting weighting) {
		return this.horizontal.communities(report, this.limits.pageSize("limit", (limit != null) ? limit : 20),
				HorizontalLearningController.orSizeNormalised(weighting));
	}

	@SchemaMapping(typeName = "HorizontalLearning")
	WindowComparison previousWindow(HorizontalLearning report, @Argument Integer limit,
			@Argument TieWeighting weighting, GraphQLContext context) {
		WindowComparison comparison = this.horizontal.previousWindow(report,
				this.limits.pageSize("limit", (limit != null) ? limit : 20),
				HorizontalLearningController.orSizeNormalised(weighting));
		// The privacy floor of each window's flows, as for organizationFlows
		this.privacy.apply(report, comparison.newOrganizationFlows(), context);
		this.privacy.apply(comparison.previous(), comparison.lostOrganizationFlows(), context);
		return comparison;
	}

	@SchemaMapping(typeName = "TieCommunity")
	List<Organization> organizationsSpanned(TieCommunity community) {
		return this.horizontal.organizationsSpanned(community);
	}

	@SchemaMapping(typeName = "TieCommunity")
	List<Teacher> members(TieCommunity community, @Argument Integer limit) {
		return this.horizontal.members(community, this.limits.pageSize("limit", (limit != null) ? limit : 50));
	}

	@QueryMapping
	List<InnovationComplexReach> innovationComplexReach(@Argument Scope scope, @Argument LocalDate from,
			@Argument LocalDate to) {
		return this.horizontal.innovationComplexReach(scope, from, to);
	}

}
