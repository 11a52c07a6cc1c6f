package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;

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

	NetworkController(HorizontalLearningService horizontal, GraphQlLimits limits) {
		this.horizontal = horizontal;
		this.limits = limits;
	}

	@SchemaMapping(typeName = "HorizontalLearning")
	TieCommunities communities(HorizontalLearning report, @Argument Integer limit, @Argument TieWeighting weighting) {
		return this.horizontal.communities(report, this.limits.pageSize("limit", (limit != null) ? limit : 20),
				HorizontalLearningController.orSizeNormalised(weighting));
	}

	@SchemaMapping(typeName = "HorizontalLearning")
	WindowComparison previousWindow(HorizontalLearning report, @Argument Integer limit,
			@Argument TieWeighting weighting) {
		return this.horizontal.previousWindow(report, this.limits.pageSize("limit", (limit != null) ? limit : 20),
				HorizontalLearningController.orSizeNormalised(weighting));
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
