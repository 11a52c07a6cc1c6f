package ru.horizon.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Scope;

/** The mentoring part of the GraphQL API (graphql/mentoring.graphqls). */
@Controller
class MentoringController {

	private final MentoringCoverageService coverage;

	private final MentorRecommendationService recommendation;

	private final MentoringPairService pairs;

	private final Clock clock;

	private final CoveragePrivacy privacy;

	MentoringController(MentoringCoverageService coverage, MentorRecommendationService recommendation,
			MentoringPairService pairs, Clock clock, CoveragePrivacy privacy) {
		this.coverage = coverage;
		this.recommendation = recommendation;
		this.pairs = pairs;
		this.clock = clock;
		this.privacy = privacy;
	}

	@QueryMapping
	MentoringCoverage mentoringCoverage(@Argument Scope scope, @Argument LocalDate asOf, Locale locale,
			GraphQLContext context) {
		return this.privacy.apply(this.coverage.coverage(scope, orToday(asOf), locale), scope, context);
	}

	@QueryMapping
	List<MentorCandidate> mentorCandidates(@Argument String menteeId, @Argument LocalDate asOf,
			@Argument Contour contour, @Argument Integer limit, Locale locale) {
		return this.recommendation.candidates(menteeId, orToday(asOf), contour, (limit != null) ? limit : 10, locale);
	}

	@QueryMapping
	MentorAssignmentPlan mentorAssignmentPlan(@Argument Scope scope, @Argument LocalDate asOf, Locale locale) {
		return this.recommendation.plan(scope, orToday(asOf), locale);
	}

	@MutationMapping
	MentoringPair assignMentor(@Argument AssignMentorInput input) {
		return this.pairs.assign(input);
	}

	@MutationMapping
	MentoringPair endMentoring(@Argument String pairId, @Argument LocalDate endedOn, @Argument Integer satisfaction) {
		return this.pairs.end(pairId, endedOn, satisfaction);
	}

	private LocalDate orToday(LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(this.clock);
	}

}
