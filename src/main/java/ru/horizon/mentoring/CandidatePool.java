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
 * {@link #score} equals the sum of {@link MentorScoring#factors} bit for bit: the same values from the
 * same functions of {@link MentorScoring}, multiplied by the same weights and summed in the
 * order of {@link MatchFactor}. Only the set operations differ (bits instead of strings).
 * Scoring a city's pool this way takes about a millisecond instead of tens.
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

	/** Weighted contributions of QUALIFICATION, MENTOR_READINESS and LOAD, per candidate. */
	private final double[] qualification;

	private final double[] readiness;

	private final double[] load;

	private final double[] weights = new double[MatchFactor.values().length];

	private final Map<String, int[]> byMunicipality;

	/** Every position, ascending: the candidates of a mentee without a municipality. */
	private final int[] everyone;

	/** @param candidates the pool, ordered by id (the tie-break of equal scores) */
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
			this.qualification[c] = MentorScoring.qualification(candidate) * weight(MatchFactor.QUALIFICATION);
			this.readiness[c] = MentorScoring.readiness(candidate) * weight(MatchFactor.MENTOR_READINESS);
			this.load[c] = scoring.load(candidate) * weight(MatchFactor.LOAD);
		}
		this.everyone = IntStream.range(0, n).toArray();
		this.byMunicipality = IntStream.range(0, n)
			.filter((c) -> this.candidates.get(c).municipalityId() != null)
			.boxed()
			.collect(Collectors.groupingBy((c) -> this.candidates.get(c).municipalityId(),
					Collectors.collectingAndThen(Collectors.toList(),
							(list) -> list.stream().mapToInt(Integer::intValue).toArray())));
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
	 * The {@code limit} best eligible candidates for a mentee, best first, equal scores by
	 * id: the positions in this pool.
	 * @param mentee the mentee
	 * @param contour which organizations the candidates may come from
	 * @param limit how many at most
	 */
	int[] best(Mentee mentee, Contour contour, int limit) {
		return best(mentee, contour, limit, this.everyone);
	}

	/**
	 * The {@code limit} best eligible candidates among {@code positions} (ascending), best
	 * first, equal scores by position: the edges a mentee keeps in a plan.
	 */
	int[] best(Mentee mentee, int[] positions, int limit) {
		return best(mentee, Contour.ANY, limit, positions);
	}

	private int[] best(Mentee mentee, Contour contour, int limit, int[] positions) {
		// Kept best first; positions ascend, so an equal score goes after the ones kept.
		int[] kept = new int[Math.max(0, limit)];
		double[] keptScores = new double[kept.length];
		int size = 0;
		for (int i = 0; i < positions.length && kept.length > 0; i++) {
			int c = positions[i];
			if (!mentee.eligible(c) || !inContour(contour, mentee, c)) {
				continue;
			}
			double score = score(mentee, c);
			if (size == kept.length && score <= keptScores[size - 1]) {
				continue;
			}
			int at = (size < kept.length) ? size++ : size - 1;
			while (at > 0 && keptScores[at - 1] < score) {
				kept[at] = kept[at - 1];
				keptScores[at] = keptScores[at - 1];
				at--;
			}
			kept[at] = c;
			keptScores[at] = score;
		}
		return Arrays.copyOf(kept, size);
	}

	/**
	 * The positions of the candidates a mentee of this municipality may get, ascending:
	 * those of the same municipality, or everybody when it is null (model.md). Shared: not to
	 * be changed by the caller.
	 */
	int[] positionsFor(String municipalityId) {
		if (municipalityId == null) {
			return this.everyone;
		}
		return this.byMunicipality.getOrDefault(municipalityId, new int[0]);
	}

	/** The score of candidate {@code c} for the mentee: the sum of {@link MentorScoring#factors}, faster. */
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
		return score;
	}

	/** The contour filter: INTERNAL = the mentee's organization, EXTERNAL = any other. */
	private boolean inContour(Contour contour, Mentee mentee, int c) {
		if (contour == null || contour == Contour.ANY) {
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
		}

		TeacherProfile profile() {
			return this.profile;
		}

		/**
		 * Marks the teachers {@code ids} ineligible for this mentee (ids not in the pool are
		 * ignored): the re-pairing hook, for mentors of pairs that ended NOT_A_GOOD_FIT
		 * ({@link MentorExclusions}).
		 * @return this mentee
		 */
		Mentee exclude(Set<String> ids) {
			positions(ids, this.excluded);
			return this;
		}

		/**
		 * The hard filters that depend on the mentee (the pool's query applied the others):
		 * not the mentee, not already their mentor.
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

	/** Strings numbered 0, 1, 2, ... in the order first seen; null is -1, a string never seen -2. */
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
