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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.mentoring.internal.AssignmentOptimizer;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.graphql.GraphQlLimits;
import ru.horizon.teacher.TeacherAccess;
import ru.horizon.system.security.ReadAggregates;
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

	private final Positions positions;

	private final MentorExclusions exclusions;

	/**
	 * Recommendations asked recently: the recommendation screen asks for the same mentees
	 * again and again, and each answer costs two reads of the graph and the scoring of
	 * every candidate of the municipality (about 5 ms at scale 10). Whom the caller may
	 * see is checked before, and names are hidden after (the fields' own resolvers).
	 */
	private final GraphCache<CandidatesKey, List<MentorCandidate>> answers;

	private record CandidatesKey(String menteeId, LocalDate asOf, Contour policy, int limit, Locale locale) {
	}

	/** Recommendations kept at most. */
	private static final int MAX_ANSWERS = 1024;

	MentorRecommendationService(ProfileQueries queries, CandidatePoolCache pools, MentorScoring scoring,
			MentoringProperties settings, MentoringMessages messages, TeacherAccess access, GraphQlLimits limits,
			Vocabulary vocabulary, Positions positions, MentorExclusions exclusions, GraphVersion graphVersion,
			CacheProperties cache) {
		this.answers = cache.newCache(graphVersion, MAX_ANSWERS);
		this.queries = queries;
		this.positions = positions;
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
	 * @param contour which organizations the candidates may come from and how the contour
	 * weighs; null: the setting {@code horizon.mentoring.contour-policy}
	 * @param limit how many, within the page-size limit
	 * @param locale the language of the explanations
	 */
	@ReadTeachers
	// No transaction of its own: a kept answer reads nothing, and an empty transaction
	// still cost two round trips to the database (a third of the server's work at 8
	// clients).
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<MentorCandidate> candidates(String menteeId, LocalDate asOf, Contour contour, int limit,
			Locale locale) {
		this.limits.pageSize("limit", limit);
		this.access.check(menteeId, asOf);
		Contour policy = (contour != null) ? contour : this.settings.contourPolicy();
		return this.answers.get(new CandidatesKey(menteeId, asOf, policy, limit, locale),
				() -> rank(menteeId, asOf, policy, limit, locale));
	}

	private List<MentorCandidate> rank(String menteeId, LocalDate asOf, Contour policy, int limit, Locale locale) {
		TeacherProfile mentee = workingMentee(menteeId, asOf);
		CandidatePool pool = poolFor(mentee, asOf);
		CandidatePool.Mentee prepared = pool.mentee(mentee).exclude(this.exclusions.notAGoodFit(menteeId, asOf));
		int[] best = pool.best(prepared, policy, limit);
		boolean sameLevel = pool.sameLevelQualifies(prepared, policy, pool.everyone());
		List<MentorCandidate> result = new ArrayList<>();
		Map<String, String> names = (best.length == 0) ? Map.of() : this.vocabulary.names();
		for (int c : best) {
			result.add(candidate(result.size() + 1, mentee, pool.candidates().get(c), locale, names, sameLevel));
		}
		return List.copyOf(result);
	}

	/**
	 * For each competency code, the first {@code perCode} candidates of the mentee's
	 * ranking (the default contour policy) who have it as a strength, with their rank in
	 * the whole ranking: the mentors of a route. Access and errors as
	 * {@link #candidates}.
	 */
	Map<String, List<MentorCandidate>> strongIn(String menteeId, LocalDate asOf, List<String> codes, int perCode,
			Locale locale) {
		TeacherProfile mentee = menteeAt(menteeId, asOf);
		CandidatePool pool = poolFor(mentee, asOf);
		Contour policy = this.settings.contourPolicy();
		CandidatePool.Mentee prepared = pool.mentee(mentee).exclude(this.exclusions.notAGoodFit(menteeId, asOf));
		int[] ranked = pool.best(prepared, policy, pool.size());
		boolean sameLevel = pool.sameLevelQualifies(prepared, policy, pool.everyone());
		Map<String, String> names = this.vocabulary.names();
		Map<String, List<MentorCandidate>> result = new LinkedHashMap<>();
		for (String code : codes) {
			List<MentorCandidate> found = new ArrayList<>();
			for (int rank = 0; rank < ranked.length && found.size() < perCode; rank++) {
				TeacherProfile candidate = pool.candidates().get(ranked[rank]);
				if (candidate.strengths().contains(code)) {
					found.add(candidate(rank + 1, mentee, candidate, locale, names, sameLevel));
				}
			}
			result.put(code, found);
		}
		return result;
	}

	/**
	 * The mentee's profile on the day, once the caller may see them (FORBIDDEN first: an
	 * unknown id passes the check and is then NOT_FOUND).
	 */
	private TeacherProfile menteeAt(String menteeId, LocalDate asOf) {
		this.access.check(menteeId, asOf);
		return workingMentee(menteeId, asOf);
	}

	/**
	 * The mentee's profile on the day: NOT_FOUND for an unknown id, BAD_REQUEST when they
	 * work nowhere that day. Whom the caller may see is checked by the caller.
	 */
	private TeacherProfile workingMentee(String menteeId, LocalDate asOf) {
		TeacherProfile mentee = this.queries.mentee(menteeId, asOf)
			.orElseThrow(() -> DomainException.notFound("No teacher with id " + menteeId + "."));
		if (mentee.organizationId() == null) {
			throw DomainException.badRequest("Teacher " + menteeId + " does not work anywhere on " + asOf
					+ " (not started yet or left), so there is nobody to recommend a mentor for.");
		}
		return mentee;
	}

	private CandidatePool poolFor(TeacherProfile mentee, LocalDate asOf) {
		List<String> municipalities = (mentee.municipalityId() != null) ? List.of(mentee.municipalityId()) : null;
		return this.pools.get(municipalities, asOf, () -> this.queries.pool(municipalities, asOf));
	}

	private MentorCandidate candidate(int rank, TeacherProfile mentee, TeacherProfile candidate, Locale locale,
			Map<String, String> names, boolean sameLevel) {
		List<ScoreFactor> factors = this.scoring.factors(mentee, candidate, locale, names, sameLevel);
		return new MentorCandidate(rank, candidate.teacher(), MentorScoring.sum(factors),
				!Objects.equals(mentee.organizationId(), candidate.organizationId()), factors,
				candidate.organization());
	}

	/**
	 * The assignment of every unmentored young teacher of the scope at {@code asOf} that
	 * maximises the total score, each mentor taking at most {@code maxMenteesPerMentor}
	 * minus their current mentees; every teacher left out gets a reason. A curator's
	 * scope is their own organization.
	 * <p>
	 * The contour as in {@link #candidates}: INTERNAL and EXTERNAL filter the pairs;
	 * PREFER_INTERNAL maximises the total of the scores plus the external margin for each
	 * internal pair; a mentee for whom a candidate of their level qualifies gets no pair
	 * of another level. With {@code externalShareTarget} the plan maximises the scores
	 * plus a bonus λ for each external pair, λ the smallest (by bisection, to 1/256 of
	 * the largest bonus that can matter) that brings the external share to the target: 0
	 * when it is met already, the largest when it cannot be met (the most external plan
	 * the pool allows). Such a plan has the highest total score among all plans with its
	 * numbers of internal and external pairs.
	 */
	@ReadTeachers
	public MentorAssignmentPlan plan(Scope scope, LocalDate asOf, Contour contour, Double externalShareTarget,
			Locale locale) {
		Contour policy = (contour != null) ? contour : this.settings.contourPolicy();
		if (externalShareTarget != null && (externalShareTarget < 0 || externalShareTarget > 1)) {
			throw DomainException
				.badRequest("externalShareTarget is a share between 0 and 1, not " + externalShareTarget + ".");
		}
		Scope limited = this.access.listScope(scope);
		List<String> ids = this.queries.unmentoredYoung(limited, asOf);
		if (ids.isEmpty()) {
			return new MentorAssignmentPlan(List.of(), List.of(), 0, policy, 0, 0, 0, 0, externalShareTarget, 0);
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
		List<CandidatePool.Mentee> prepared = new ArrayList<>();
		// A mentor whose pair with the mentee ended "not a good fit" is not proposed
		// again.
		Map<String, Set<String>> excluded = this.exclusions.notAGoodFit(ids, asOf);
		mentees.forEach(
				(mentee) -> prepared.add(pool.mentee(mentee).exclude(excluded.getOrDefault(mentee.id(), Set.of()))));
		Solver solver = new Solver(pool, prepared, capacity, policy, everywhere);
		int[] mentorOf = solver.solve(0);
		double bonus = 0;
		if (externalShareTarget != null && solver.externalShare(mentorOf) < externalShareTarget) {
			// The largest bonus that can matter: any external edge then beats any
			// internal one.
			double high = 1 + this.settings.externalMargin() + totalWeight();
			int[] best = solver.solve(high);
			if (solver.externalShare(best) >= externalShareTarget) {
				double low = 0;
				for (int step = 0; step < 8; step++) {
					double middle = (low + high) / 2;
					int[] tried = solver.solve(middle);
					if (solver.externalShare(tried) >= externalShareTarget) {
						high = middle;
						best = tried;
					}
					else {
						low = middle;
					}
				}
			}
			bonus = high;
			mentorOf = best;
		}
		List<MentorProposal> proposals = new ArrayList<>();
		List<UnmatchedMentee> unmatched = new ArrayList<>();
		double total = 0;
		int internalPairs = 0;
		for (int i = 0; i < mentees.size(); i++) {
			TeacherProfile mentee = mentees.get(i);
			int m = mentorOf[i];
			if (m >= 0) {
				double score = pool.score(prepared.get(i), m);
				total += score;
				boolean external = !pool.internal(prepared.get(i), m);
				internalPairs += external ? 0 : 1;
				proposals.add(new MentorProposal(mentee.teacher(), candidates.get(m).teacher(), score, external,
						mentee.organizationId()));
			}
			else if (solver.eligible[i] == 0) {
				unmatched.add(
						new UnmatchedMentee(mentee.teacher(), this.messages.get(locale, "plan.unmatched.noCandidate")));
			}
			else {
				unmatched.add(new UnmatchedMentee(mentee.teacher(),
						this.messages.get(locale, "plan.unmatched.taken", solver.eligible[i])));
			}
		}
		int externalPairs = proposals.size() - internalPairs;
		return new MentorAssignmentPlan(proposals, unmatched, total, policy, internalPairs, externalPairs,
				MentorScoring.share(internalPairs, proposals.size()),
				MentorScoring.share(externalPairs, proposals.size()), externalShareTarget, bonus);
	}

	/**
	 * Positions that the vocabulary ({@link Positions}) maps to no family, with how many
	 * teachers hold each, most frequent first: what to add to
	 * {@code mentoring/positions.txt}.
	 */
	@ReadAggregates
	public List<UnknownPosition> unknownPositions() {
		List<UnknownPosition> result = new ArrayList<>();
		this.queries.positions().forEach((position, teachers) -> {
			if (this.positions.family(position) == null) {
				result.add(new UnknownPosition(position, teachers.intValue()));
			}
		});
		result.sort(java.util.Comparator.comparingInt(UnknownPosition::teachers)
			.reversed()
			.thenComparing(UnknownPosition::position));
		return result;
	}

	private double totalWeight() {
		double sum = 0;
		for (MatchFactor factor : MatchFactor.values()) {
			sum += Math.max(0, this.scoring.weight(factor));
		}
		return sum;
	}

	/**
	 * One plan's assignment problems: mentees of different municipalities never share a
	 * candidate, so each municipality is its own problem (the same optimum from far
	 * smaller graphs); a mentee without a municipality may get anybody, and then all are
	 * solved at once.
	 */
	private static final class Solver {

		private final CandidatePool pool;

		private final List<CandidatePool.Mentee> mentees;

		private final int[] capacity;

		private final Contour contour;

		private final Map<String, List<Integer>> groups = new LinkedHashMap<>();

		private final Map<String, int[]> positions = new LinkedHashMap<>();

		/**
		 * Per mentee: eligible candidates in the contour, and whether one is of their
		 * level.
		 */
		final int[] eligible;

		private final boolean[] sameLevel;

		Solver(CandidatePool pool, List<CandidatePool.Mentee> mentees, int[] capacity, Contour contour,
				boolean everywhere) {
			this.pool = pool;
			this.mentees = mentees;
			this.capacity = capacity;
			this.contour = contour;
			this.eligible = new int[mentees.size()];
			this.sameLevel = new boolean[mentees.size()];
			for (int i = 0; i < mentees.size(); i++) {
				String key = everywhere ? "" : mentees.get(i).profile().municipalityId();
				this.groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
				int[] reachable = this.positions.computeIfAbsent(key, (k) -> pool.positionsFor(everywhere ? null : k));
				CandidatePool.Mentee mentee = mentees.get(i);
				for (int m : reachable) {
					this.eligible[i] += (mentee.eligible(m) && pool.inContour(contour, mentee, m)) ? 1 : 0;
				}
				this.sameLevel[i] = pool.sameLevelQualifies(mentee, contour, reachable);
			}
		}

		/**
		 * The optimum of the ranking keys with {@code externalBonus} per external pair.
		 */
		int[] solve(double externalBonus) {
			int[] mentorOf = new int[this.mentees.size()];
			for (Map.Entry<String, List<Integer>> group : this.groups.entrySet()) {
				List<Integer> members = group.getValue();
				int[] reachable = this.positions.get(group.getKey());
				List<AssignmentOptimizer.Edge> edges = new ArrayList<>();
				for (int local = 0; local < members.size(); local++) {
					int i = members.get(local);
					CandidatePool.Mentee mentee = this.mentees.get(i);
					// The optimizer keeps each mentee's best n edges anyway; choosing
					// them here
					// keeps memory proportional to n * n, not n * pool. Same-level
					// candidates
					// come first; the others only for a mentee none of whose level
					// qualifies.
					for (int m : this.pool.best(mentee, this.contour, members.size(), reachable, externalBonus)) {
						if (this.sameLevel[i] && this.pool.tier(mentee, m) > 0) {
							break;
						}
						edges.add(new AssignmentOptimizer.Edge(local, m,
								Math.max(0, this.pool.key(mentee, m, this.contour, externalBonus))));
					}
				}
				int[] assigned = AssignmentOptimizer.solve(members.size(), this.capacity, edges).mentorOf();
				for (int local = 0; local < members.size(); local++) {
					mentorOf[members.get(local)] = assigned[local];
				}
			}
			return mentorOf;
		}

		/** External pairs over all pairs of an assignment (0 with no pairs). */
		double externalShare(int[] mentorOf) {
			int pairs = 0;
			int external = 0;
			for (int i = 0; i < mentorOf.length; i++) {
				if (mentorOf[i] >= 0) {
					pairs++;
					external += this.pool.internal(this.mentees.get(i), mentorOf[i]) ? 0 : 1;
				}
			}
			return MentorScoring.share(external, pairs);
		}

	}

}
