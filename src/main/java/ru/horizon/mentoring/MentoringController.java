package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;
import ru.horizon.system.graphql.RequestDay;
import ru.horizon.teacher.TeacherService.TeacherAt;

/** The mentoring part of the GraphQL API (graphql/mentoring.graphqls). */
@Controller
class MentoringController {

	private final MentoringCoverageService coverage;

	private final MentorRecommendationService recommendation;

	private final MentoringPairService pairs;

	private final CoveragePrivacy privacy;

	private final MentoringPreviewService previews;

	private final MenteeRouteService routes;

	MentoringController(MentoringCoverageService coverage, MentorRecommendationService recommendation,
			MentoringPairService pairs, CoveragePrivacy privacy, MentoringPreviewService previews,
			MenteeRouteService routes) {
		this.previews = previews;
		this.routes = routes;
		this.coverage = coverage;
		this.recommendation = recommendation;
		this.pairs = pairs;
		this.privacy = privacy;
	}

	@QueryMapping
	MentoringCoverage mentoringCoverage(@Argument Scope scope, Locale locale, GraphQLContext context,
			DataFetchingEnvironment environment) {
		return this.privacy.apply(this.coverage.coverage(scope, RequestDay.of(environment), locale), scope, context);
	}

	/**
	 * The candidates' organizations on the day are known from their profiles: given to
	 * the request's loader, {@code teacher { organization }} reads nothing more.
	 */
	@QueryMapping
	List<MentorCandidate> mentorCandidates(@Argument String menteeId, @Argument Contour contour,
			@Argument Integer limit, Locale locale, DataFetchingEnvironment environment,
			DataLoader<TeacherAt, Organization> organizationAt) {
		LocalDate day = RequestDay.of(environment);
		List<MentorCandidate> candidates = this.recommendation.candidates(menteeId, day, contour,
				(limit != null) ? limit : 10, locale);
		for (MentorCandidate candidate : candidates) {
			if (candidate.organization() != null) {
				organizationAt.prime(new TeacherAt(candidate.teacher().id(), day), candidate.organization());
			}
		}
		return candidates;
	}

	@QueryMapping
	MentorAssignmentPlan mentorAssignmentPlan(@Argument Scope scope, @Argument Contour contour,
			@Argument Double externalShareTarget, Locale locale, DataFetchingEnvironment environment) {
		return this.recommendation.plan(scope, RequestDay.of(environment), contour, externalShareTarget, locale);
	}

	@QueryMapping
	MentoringPreview mentoringPreview(@Argument String mentorId, @Argument String menteeId,
			@Argument LocalDate startedOn, Locale locale, DataFetchingEnvironment environment) {
		return this.previews.preview(mentorId, menteeId, (startedOn != null) ? startedOn : RequestDay.of(environment),
				locale);
	}

	@QueryMapping
	PlanPreview planPreview(@Argument Scope scope, @Argument Contour contour, @Argument Double externalShareTarget,
			Locale locale, DataFetchingEnvironment environment) {
		return this.previews.planPreview(scope, RequestDay.of(environment), contour, externalShareTarget, locale);
	}

	@QueryMapping
	MenteeRoute menteeRoute(@Argument String menteeId, Locale locale, DataFetchingEnvironment environment) {
		return this.routes.route(menteeId, RequestDay.of(environment), locale);
	}

	@QueryMapping
	List<UnknownPosition> unknownPositions() {
		return this.recommendation.unknownPositions();
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
