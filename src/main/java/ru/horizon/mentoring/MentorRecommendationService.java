package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.mentoring.internal.AssignmentOptimizer;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.graphql.GraphQlLimits;
import ru.horizon.teacher.TeacherAccess;
import ru.horizon.system.security.ReadTeachers;

/**
 * Mentor recommendation (подбор наставника) for one young teacher, and the optimal
 * assignment plan of a scope: the module's API for teacher-level mentoring answers.
 * <p>
 * Candidates come from the mentee's municipality (the level that runs the target model;
 * everywhere when the mentee's organization has none), pass the hard filters of model.md
 * and are scored by {@link MentorScoring}.
 */
@Service
@Transactional(readOnly = true)
public class MentorRecommendationService {

	private final ProfileQueries queries;

	private final MentorScoring scoring;

	private final MentoringProperties settings;

	private final MentoringMessages messages;

	private final TeacherAccess access;

	private final GraphQlLimits limits;

	private final CandidatePoolCache pools;

	private final Vocabulary vocabulary;

	private final MentorExclusions exclusions;

	MentorRecommendationService(ProfileQueries queries, CandidatePoolCache pools, MentorScoring scoring,
			MentoringProperties settings, MentoringMessages messages, TeacherAccess access, GraphQlLimits limits, Vocabulary vocabulary,
			MentorExclusions exclusions) {
		this.queries = queries;
		this.exclusions = exclusions;
		this.vocabulary = vocabulary;
		this.pools = pools;
		this.scoring = scoring;
		this.settings = settings;
		this.messages = messages;
		this.access = access;
		this.limits = limits;
	}

	/**
	 * The best mentors for a mentee at a day, ranked by score (then id), each factor
	 * explained in {@code locale}. A curator may ask only for mentees of their own
	 * organization; candidates may come from any.
	 * @param menteeId the mentee; unknown is NOT_FOUND
	 * @param asOf the day
	 * @param contour which organizations the candidates may come from
	 * @param limit how many, within the page-size limit
	 * @param locale the language of the explanations
	 */
	@ReadTeachers
	public List<MentorCandidate> candidates(String menteeId, LocalDate asOf, Contour contour, int limit,
			Locale locale) {
		this.limits.pageSize("limit", limit);
		TeacherProfile mentee = this.queries.mentee(menteeId, asOf)
			.orElseThrow(() -> DomainException.notFound("No teacher with id " + menteeId + "."));
		this.access.check(menteeId, asOf);
		if (mentee.organizationId() == null) {
			throw DomainException.badRequest("Teacher " + menteeId + " does not work anywhere on " + asOf
					+ " (not started yet or left), so there is nobody to recommend a mentor for.");
		}
		List<String> municipalities = (mentee.municipalityId() != null) ? List.of(mentee.municipalityId()) : null;
		CandidatePool pool = this.pools.get(municipalities, asOf, () -> this.queries.pool(municipalities, asOf));
		int[] best = pool.best(pool.mentee(mentee).exclude(this.exclusions.notAGoodFit(menteeId, asOf)), contour,
				limit);
		List<MentorCandidate> result = new ArrayList<>();
		Map<String, String> names = (best.length == 0) ? Map.of() : this.vocabulary.names();
		for (int c : best) {
			TeacherProfile candidate = pool.candidates().get(c);
			List<ScoreFactor> factors = this.scoring.factors(mentee, candidate, locale, names);
			result.add(new MentorCandidate(result.size() + 1, candidate.teacher(), MentorScoring.sum(factors),
					!Objects.equals(mentee.organizationId(), candidate.organizationId()), factors));
		}
		return result;
	}

	/**
	 * The assignment of every unmentored young teacher of the scope at {@code asOf} that
	 * maximises the total score, each mentor taking at most {@code maxMenteesPerMentor}
	 * minus their current mentees; every teacher left out gets a reason. A curator's
	 * scope is their own organization.
	 */
	@ReadTeachers
	public MentorAssignmentPlan plan(Scope scope, LocalDate asOf, Locale locale) {
		Scope limited = this.access.listScope(scope);
		List<String> ids = this.queries.unmentoredYoung(limited, asOf);
		if (ids.isEmpty()) {
			return new MentorAssignmentPlan(List.of(), List.of(), 0);
		}
		List<TeacherProfile> mentees = this.queries.mentees(ids, asOf);
		Set<String> municipalities = new LinkedHashSet<>();
		boolean everywhere = false;
		for (TeacherProfile mentee : mentees) {
			if (mentee.municipalityId() == null) {
				everywhere = true;
			}
			municipalities.add(mentee.municipalityId());
		}
		Set<String> poolMunicipalities = everywhere ? null : municipalities;
		CandidatePool pool = this.pools.get(poolMunicipalities, asOf,
				() -> this.queries.pool(poolMunicipalities, asOf));
		List<TeacherProfile> candidates = pool.candidates();
		int[] capacity = new int[pool.size()];
		for (int m = 0; m < pool.size(); m++) {
			capacity[m] = this.settings.maxMenteesPerMentor() - candidates.get(m).activeMentees();
		}
		// Mentees of different municipalities never share a candidate, so each municipality
		// is its own assignment problem: the same optimum from far smaller graphs. A mentee
		// without a municipality may get anybody, and then all are solved at once.
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < mentees.size(); i++) {
			groups.computeIfAbsent(everywhere ? "" : mentees.get(i).municipalityId(), (k) -> new ArrayList<>()).add(i);
		}
		int[] mentorOf = new int[mentees.size()];
		int[] eligible = new int[mentees.size()];
		List<CandidatePool.Mentee> prepared = new ArrayList<>();
		Map<String, Set<String>> excluded = this.exclusions.notAGoodFit(ids, asOf);
		mentees.forEach((mentee) -> prepared
			.add(pool.mentee(mentee).exclude(excluded.getOrDefault(mentee.id(), Set.of()))));
		for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
			List<Integer> members = group.getValue();
			int[] positions = pool.positionsFor(everywhere ? null : group.getKey());
			List<AssignmentOptimizer.Edge> edges = new ArrayList<>();
			for (int local = 0; local < members.size(); local++) {
				int i = members.get(local);
				CandidatePool.Mentee mentee = prepared.get(i);
				for (int m : positions) {
					eligible[i] += mentee.eligible(m) ? 1 : 0;
				}
				// The optimizer keeps each mentee's best n edges anyway; choosing them here
				// keeps memory proportional to n * n, not n * pool.
				for (int m : pool.best(mentee, positions, members.size())) {
					edges.add(new AssignmentOptimizer.Edge(local, m, pool.score(mentee, m)));
				}
			}
			int[] assigned = AssignmentOptimizer.solve(members.size(), capacity, edges).mentorOf();
			for (int local = 0; local < members.size(); local++) {
				mentorOf[members.get(local)] = assigned[local];
			}
		}
		List<MentorProposal> proposals = new ArrayList<>();
		List<UnmatchedMentee> unmatched = new ArrayList<>();
		double total = 0;
		for (int i = 0; i < mentees.size(); i++) {
			TeacherProfile mentee = mentees.get(i);
			int m = mentorOf[i];
			if (m >= 0) {
				double score = pool.score(prepared.get(i), m);
				total += score;
				proposals.add(new MentorProposal(mentee.teacher(), candidates.get(m).teacher(), score));
			}
			else if (eligible[i] == 0) {
				unmatched.add(new UnmatchedMentee(mentee.teacher(), this.messages.get(locale, "plan.unmatched.noCandidate")));
			}
			else {
				unmatched.add(new UnmatchedMentee(mentee.teacher(),
						this.messages.get(locale, "plan.unmatched.taken", eligible[i])));
			}
		}
		return new MentorAssignmentPlan(proposals, unmatched, total);
	}

}
