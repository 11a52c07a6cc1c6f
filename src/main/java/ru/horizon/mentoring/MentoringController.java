package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Scope;
import ru.horizon.system.graphql.RequestDay;

/** The mentoring part of the GraphQL API (graphql/mentoring.graphqls). */
@Controller
class MentoringController {

	private final MentoringCoverageService coverage;

	private final MentorRecommendationService recommendation;

	private final MentoringPairService pairs;

	MentoringController(MentoringCoverageService coverage, MentorRecommendationService recommendation,
			MentoringPairService pairs) {
		this.coverage = coverage;
		this.recommendation = recommendation;
		this.pairs = pairs;
	}

	@QueryMapping
	MentoringCoverage mentoringCoverage(@Argument Scope scope, Locale locale, DataFetchingEnvironment environment) {
		return this.coverage.coverage(scope, RequestDay.of(environment), locale);
	}

	@QueryMapping
	List<MentorCandidate> mentorCandidates(@Argument String menteeId, @Argument Contour contour,
			@Argument Integer limit, Locale locale, DataFetchingEnvironment environment) {
		return this.recommendation.candidates(menteeId, RequestDay.of(environment), contour,
				(limit != null) ? limit : 10, locale);
	}

	@QueryMapping
	MentorAssignmentPlan mentorAssignmentPlan(@Argument Scope scope, Locale locale,
			DataFetchingEnvironment environment) {
		return this.recommendation.plan(scope, RequestDay.of(environment), locale);
	}

	@MutationMapping
	MentoringPair assignMentor(@Argument AssignMentorInput input) {
		return this.pairs.assign(input);
	}

	@MutationMapping
	MentoringPair endMentoring(@Argument String pairId, @Argument LocalDate endedOn, @Argument Integer satisfaction,
			@Argument PairEndReason reason, @Argument String note) {
		return this.pairs.end(pairId, endedOn, satisfaction, reason, note);
	}

}
