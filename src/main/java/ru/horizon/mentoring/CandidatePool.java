package ru.horizon.mentoring;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A candidate pool made ready for scoring many mentees against it: the pool is read once
 * per day and graph version and then scored for every recommendation and every mentee of
 * a plan, so each candidate's codes, groups and reach are kept as small integers and bit
 * sets, and the three factors that depend on the candidate alone (QUALIFICATION,
 * MENTOR_READINESS, LOAD) are computed once.
 * <p>
 * {@link #score} equals the sum of {@link MentorScoring#factors} bit for bit: the same
 * values from the same functions of {@link MentorScoring}, multiplied by the same weights
 * and summed in the order of {@link MatchFactor}. Only the set operations differ (bits
 * instead of strings). Scoring a city's pool this way takes about a millisecond instead
 * of tens.
 */
final class CandidatePool {

	private final List<TeacherProfile> candidates;

	private final MentorScoring scoring;

	private final Map<String, Integer> positions = new HashMap<>();

	/** Competency and subject codes, group ids and reach keys, each numbered from 0. */
	private final Numbering competencies = new Numbering();

	private final Numbering subjectCodes = new Numbering();

	private final Numbering groupIds = new Numbering();

	private final Numbering reachKeys = new Numbering();

	private final Numbering places = new Numbering();

	private final long[][] strengths;

	private final long[][] subjects;

	private final int[][] groups;

	private final int[][] reach;

	private final int[] organization;

	private final int[] district;

	private final int[] municipality;

	/**
	 * Position family ordinal (-1 unknown) and level ordinal (-1 unknown), per candidate.
	 */
	private final int[] family;

	private final int[] level;

	/**
	 * Weighted contributions of QUALIFICATION, MENTOR_READINESS and LOAD, per candidate.
	 */
	private final double[] qualification;

	private final double[] readiness;

	private final double[] load;

	private final double[] weights = new double[MatchFactor.values().length];

	private final Map<String, int[]> byMunicipality;

	/** Every position, ascending: the candidates of a mentee without a municipality. */
	private final int[] everyone;

	/**
	 * @param candidates the pool, ordered by id (the tie-break of equal scores)
	 */
	CandidatePool(List<TeacherProfile> candidates, MentorScoring scoring) {
		this.candidates = List.copyOf(candidates);
		this.scoring = scoring;
		for (MatchFactor factor : MatchFactor.values()) {
			this.weights[factor.ordinal()] = scoring.weight(factor);
		}
		int n = this.candidates.size();
		this.strengths = new long[n][];
		this.subjects = new long[n][];
		this.groups = new int[n][];
		this.reach = new int[n][];
		this.organization = new int[n];
		this.district = new int[n];
		this.municipality = new int[n];
		this.family = new int[n];
		this.level = new int[n];
		this.qualification = new double[n];
		this.readiness = new double[n];
		this.load = new double[n];
		for (int c = 0; c < n; c++) {
			TeacherProfile candidate = this.candidates.get(c);
			this.positions.putIfAbsent(candidate.id(), c);
			this.strengths[c] = bits(this.competencies.add(candidate.strengths()));
			this.subjects[c] = bits(this.subjectCodes.add(candidate.subjects()));
			this.groups[c] = this.groupIds.add(candidate.groups());
			this.reach[c] = this.reachKeys.add(candidate.reach());
			this.organization[c] = this.places.add(candidate.organizationId());
			this.district[c] = this.places.add(candidate.districtId());
			this.municipality[c] = this.places.add(candidate.municipalityId());
			PositionFamily f = scoring.family(candidate);
			this.family[c] = (f != null) ? f.ordinal() : -1;
			EducationLevel l = candidate.level();
			this.level[c] = (l != null) ? l.ordinal() : -1;
			this.qualification[c] = MentorScoring.qualification(candidate) * weight(MatchFactor.QUALIFICATION);
			this.readiness[c] = MentorScoring.readiness(candidate) * weight(MatchFactor.MENTOR_READINESS);
			this.load[c] = scoring.load(candidate) * weight(MatchFactor.LOAD);
		}
		this.everyone = IntStream.range(0, n).toArray();
		this.byMunicipality = IntStream.range(0, n)
			.filter((c) -> this.candidates.get(c).municipalityId() != null)
			.boxed()
			.collect(Collectors.groupingBy((c) -> this.candidates.get(c).municipalityId(), Collectors.collectingAndThen(
					Collectors.toList(), (list) -> list.stream().mapToInt(Integer::intValue).toArray())));
	}

	/** The candidates, in the order of their positions. */
	List<TeacherProfile> candidates() {
		return this.candidates;
	}

	int size() {
		return this.candidates.size();
	}

	/** A mentee made ready for scoring against this pool. */
	Mentee mentee(TeacherProfile mentee) {
		return new Mentee(mentee);
	}

	/**
	 * The {@code limit} best eligible candidates for a mentee, best first: the positions
	 * in this pool. The order: candidates of the mentee's level of education before any
	 * other (when the mentee's level is known), then by score, plus the external margin
	 * for an internal candidate under PREFER_INTERNAL, then by id.
	 * @param mentee the mentee
	 * @param contour which organizations the candidates may come from, and how the
	 * contour weighs (null: ANY)
	 * @param limit how many at most
	 */
	int[] best(Mentee mentee, Contour contour, int limit) {
		return best(mentee, contour, limit, this.everyone, 0);
	}

	/**
	 * As {@link #best(Mentee, Contour, int)} among {@code positions} (ascending), an
	 * external candidate's key raised by {@code externalBonus}: the edges a mentee keeps
	 * in a plan.
	 */
	int[] best(Mentee mentee, Contour contour, int limit, int[] positions, double externalBonus) {
		// Kept best first; positions ascend, so an equal key goes after the ones kept.
		int[] kept = new int[Math.max(0, limit)];
		double[] keptKeys = new double[kept.length];
		int[] keptTiers = new int[kept.length];
		int size = 0;
		for (int i = 0; i < positions.length && kept.length > 0; i++) {
			int c = positions[i];
			if (!mentee.eligible(c) || !inContour(contour, mentee, c)) {
				continue;
			}
			double key = key(mentee, c, contour, externalBonus);
			int tier = tier(mentee, c);
			if (size == kept.length && !before(tier, key, keptTiers[size - 1], keptKeys[size - 1])) {
				continue;
			}
			int at = (size < kept.length) ? size++ : size - 1;
			while (at > 0 && before(tier, key, keptTiers[at - 1], keptKeys[at - 1])) {
				kept[at] = kept[at - 1];
				keptKeys[at] = keptKeys[at - 1];
				keptTiers[at] = keptTiers[at - 1];
				at--;
			}
			kept[at] = c;
			keptKeys[at] = key;
			keptTiers[at] = tier;
		}
		return Arrays.copyOf(kept, size);
	}

	private static boolean before(int tier, double key, int otherTier, double otherKey) {
		return tier < otherTier || (tier == otherTier && key > otherKey);
	}

	/**
	 * The ranking key of candidate {@code c}: the score, plus the external margin for an
	 * internal candidate under PREFER_INTERNAL, plus {@code externalBonus} for an
	 * external one.
	 */
	double key(Mentee mentee, int c, Contour contour, double externalBonus) {
		double key = score(mentee, c);
		boolean internal = internal(mentee, c);
		if (internal && contour == Contour.PREFER_INTERNAL) {
			key += this.scoring.externalMargin();
		}
		if (!internal) {
			key += externalBonus;
		}
		return key;
	}

	/**
	 * 0 for a candidate of the mentee's level (or any candidate when it is unknown), else
	 * 1.
	 */
	int tier(Mentee mentee, int c) {
		return (mentee.level < 0 || mentee.level == this.level[c]) ? 0 : 1;
	}

	/**
	 * Whether a candidate of the mentee's (known) level passes the filters among
	 * {@code positions} in the contour: if not, candidates of other levels are the only
	 * ones.
	 */
	boolean sameLevelQualifies(Mentee mentee, Contour contour, int[] positions) {
		if (mentee.level < 0) {
			return true;
		}
		for (int c : positions) {
			if (mentee.eligible(c) && inContour(contour, mentee, c) && this.level[c] == mentee.level) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether candidate {@code c} works in the mentee's organization (internal contour).
	 */
	boolean internal(Mentee mentee, int c) {
		return mentee.organization >= 0 && mentee.organization == this.organization[c];
	}

	/** Every position, ascending. */
	int[] everyone() {
		return this.everyone;
	}

	/**
	 * The positions of the candidates a mentee of this municipality may get, ascending:
	 * those of the same municipality, or everybody when it is null (model.md). Shared:
	 * not to be changed by the caller.
	 */
	int[] positionsFor(String municipalityId) {
		if (municipalityId == null) {
			return this.everyone;
		}
		return this.byMunicipality.getOrDefault(municipalityId, new int[0]);
	}

	/**
	 * The score of candidate {@code c} for the mentee: the sum of
	 * {@link MentorScoring#factors}, faster.
	 */
	double score(Mentee mentee, int c) {
		double covered = 0;
		long[] has = this.strengths[c];
		for (int k = 0; k < mentee.deficits.length; k++) {
			if (contains(has, mentee.deficits[k])) {
				covered += mentee.deficitWeights[k];
			}
		}
		double score = MentorScoring.share(covered, mentee.deficitTotal) * weight(MatchFactor.DEFICIT_COVERAGE);
		score += (intersects(this.subjects[c], mentee.subjects) ? 1 : 0) * weight(MatchFactor.SUBJECT);
		score += proximity(mentee, c).value * weight(MatchFactor.PROXIMITY);
		score += this.qualification[c];
		score += this.readiness[c];
		score += this.load[c];
		int opened = 0;
		for (int key : this.reach[c]) {
			if (!mentee.reach.get(key)) {
				opened++;
			}
		}
		score += MentorScoring.share(opened, this.reach[c].length) * weight(MatchFactor.NETWORK_GAIN);
		score += ((this.family[c] >= 0) ? mentee.roleByFamily[this.family[c]] : 0) * weight(MatchFactor.ROLE);
		score += ((this.level[c] >= 0) ? mentee.levelByLevel[this.level[c]] : mentee.levelUnknown)
				* weight(MatchFactor.LEVEL);
		return score;
	}

	/**
	 * The contour filter: INTERNAL = the mentee's organization, EXTERNAL = any other; ANY
	 * and PREFER_INTERNAL keep everybody.
	 */
	boolean inContour(Contour contour, Mentee mentee, int c) {
		if (contour == null || contour == Contour.ANY || contour == Contour.PREFER_INTERNAL) {
			return true;
		}
		boolean internal = mentee.organization == this.organization[c];
		return (contour == Contour.INTERNAL) == internal;
	}

	private MentorScoring.Proximity proximity(Mentee mentee, int c) {
		boolean commonGroup = false;
		for (int group : this.groups[c]) {
			if (mentee.groups.get(group)) {
				commonGroup = true;
				break;
			}
		}
		return MentorScoring.Proximity.of(mentee.organization >= 0 && mentee.organization == this.organization[c],
				mentee.district >= 0 && mentee.district == this.district[c], commonGroup, mentee.tieNeighbours.get(c));
	}

	private double weight(MatchFactor factor) {
		return this.weights[factor.ordinal()];
	}

	private static long[] bits(int[] numbers) {
		int max = -1;
		for (int number : numbers) {
			max = Math.max(max, number);
		}
		long[] bits = new long[(max >> 6) + 1];
		for (int number : numbers) {
			bits[number >> 6] |= 1L << number;
		}
		return bits;
	}

	private static boolean contains(long[] bits, int number) {
		return number >= 0 && (number >> 6) < bits.length && (bits[number >> 6] & (1L << number)) != 0;
	}

	private static boolean intersects(long[] a, long[] b) {
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if ((a[i] & b[i]) != 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A mentee's profile in the pool's numbers; codes the pool never saw get -2 (nobody
	 * covers them, but deficits still weigh).
	 */
	final class Mentee {

		private final TeacherProfile profile;

		private final int[] deficits;

		private final double[] deficitWeights;

		private final double deficitTotal;

		private final long[] subjects;

		private final BitSet groups = new BitSet();

		private final BitSet reach = new BitSet();

		private final BitSet tieNeighbours = new BitSet();

		/** Positions the mentee may not get: themself and their current mentors. */
		private final BitSet excluded = new BitSet();

		private final int organization;

		private final int district;

		/** Level ordinal, -1 when unknown. */
		private final int level;

		/**
		 * ROLE's value against a candidate of each family; LEVEL's against each level.
		 */
		private final double[] roleByFamily = new double[PositionFamily.values().length];

		private final double[] levelByLevel = new double[EducationLevel.values().length];

		private final double levelUnknown;

		private Mentee(TeacherProfile profile) {
			this.profile = profile;
			this.deficits = new int[profile.deficits().size()];
			this.deficitWeights = new double[this.deficits.length];
			double total = 0;
			int k = 0;
			for (Map.Entry<String, String> deficit : profile.deficits().entrySet()) {
				this.deficits[k] = CandidatePool.this.competencies.find(deficit.getKey());
				this.deficitWeights[k] = CandidatePool.this.scoring.deficitWeight(deficit.getValue());
				total += this.deficitWeights[k];
				k++;
			}
			this.deficitTotal = total;
			this.subjects = bits(CandidatePool.this.subjectCodes.find(profile.subjects()));
			set(this.groups, CandidatePool.this.groupIds.find(profile.groups()));
			set(this.reach, CandidatePool.this.reachKeys.find(profile.reach()));
			positions(profile.tieNeighbours(), this.tieNeighbours);
			positions(Set.of(profile.id()), this.excluded);
			positions(profile.mentors(), this.excluded);
			this.organization = CandidatePool.this.places.find(profile.organizationId());
			this.district = CandidatePool.this.places.find(profile.districtId());
			PositionFamily family = CandidatePool.this.scoring.family(profile);
			for (PositionFamily other : PositionFamily.values()) {
				this.roleByFamily[other.ordinal()] = CandidatePool.this.scoring.role(family, other);
			}
			EducationLevel level = profile.level();
			this.level = (level != null) ? level.ordinal() : -1;
			for (EducationLevel other : EducationLevel.values()) {
				this.levelByLevel[other.ordinal()] = MentorScoring.level(level, other);
			}
			this.levelUnknown = MentorScoring.level(level, null);
		}

		TeacherProfile profile() {
			return this.profile;
		}

		/**
		 * Marks the teachers {@code ids} ineligible for this mentee (ids not in the pool
		 * are ignored): the re-pairing hook, for mentors of pairs that ended
		 * NOT_A_GOOD_FIT ({@link MentorExclusions}).
		 * @return this mentee
		 */
		Mentee exclude(Set<String> ids) {
			positions(ids, this.excluded);
			return this;
		}

		/**
		 * The hard filters that depend on the mentee (the pool's query applied the
		 * others): not the mentee, not already their mentor.
		 */
		boolean eligible(int c) {
			return !this.excluded.get(c);
		}

		private void positions(Set<String> ids, BitSet into) {
			for (String id : ids) {
				Integer position = CandidatePool.this.positions.get(id);
				if (position != null) {
					into.set(position);
				}
			}
		}

		private static void set(BitSet bits, int[] numbers) {
			for (int number : numbers) {
				if (number >= 0) {
					bits.set(number);
				}
			}
		}

	}

	/**
	 * Strings numbered 0, 1, 2, ... in the order first seen; null is -1, a string never
	 * seen -2.
	 */
	private static final class Numbering {

		private final Map<String, Integer> numbers = new HashMap<>();

		int add(String value) {
			return (value != null) ? this.numbers.computeIfAbsent(value, (v) -> this.numbers.size()) : -1;
		}

		int[] add(Set<String> values) {
			return values.stream().mapToInt(this::add).toArray();
		}

		int find(String value) {
			return (value != null) ? this.numbers.getOrDefault(value, -2) : -1;
		}

		int[] find(Set<String> values) {
			return values.stream().mapToInt(this::find).filter((n) -> n >= 0).toArray();
		}

	}

}
