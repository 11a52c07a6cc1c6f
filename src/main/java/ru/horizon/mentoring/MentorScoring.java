package ru.horizon.mentoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import ru.horizon.teacher.Category;

/**
 * Scores a candidate mentor for a mentee: the seven factors of model.md and two of issue
 * 15 (ROLE, LEVEL), each in [0, 1]. Recommendation and the assignment plan both score
 * with these values ({@link CandidatePool} computes them for a whole pool at once), so a
 * plan's pair has the score {@code mentorCandidates} shows for it.
 * <p>
 * The factors, for mentee {@code m} and candidate {@code c} at day {@code d}:
 * <ul>
 * <li>DEFICIT_COVERAGE = (sum of level weights of m's deficits that are c's strengths) /
 * (sum of level weights of all m's deficits); LOW 1, MEDIUM 2 (also no level), HIGH 3
 * (settings); 0 when m has no deficits. Only assessments dated by d count.</li>
 * <li>SUBJECT = 1 when c and m teach a common subject, else 0.</li>
 * <li>PROXIMITY = 1 same main organization; else 0.75 same district; else 0.5 both are
 * active members of a common Group at d; else 0.25 c is within two hops of m in the
 * undirected learning-tie graph of the window (d - tieLookbackMonths, d] (mentor–mentee
 * pairs active in the window, speaker/organizer–attendee at events in it); else 0.</li>
 * <li>QUALIFICATION = 0.75 * k + 0.25 * min(y, 25) / 25, where k is the category (HIGHEST
 * 1, FIRST 2/3, SZD 1/3, NONE 0) and y the years of experience at d (whole months / 12):
 * the continuous part tells apart candidates of one category.</li>
 * <li>MENTOR_READINESS = 0.4 * min(pairs, 3) / 3 * s + 0.3 * trained + 0.3 * honorary,
 * where pairs counts c's pairs as mentor started by d, s is their mean recorded
 * satisfaction / 10 (1 when none is recorded), trained is 1 for the strength
 * {@code mentoring} or a «Школа наставников» membership begun by d, honorary is 1 for an
 * HONORARY_MENTOR award by d's year.</li>
 * <li>LOAD = 0.5 * (max - active) / max + 0.5 * h, where active is c's current mentees,
 * max is maxMenteesPerMentor and h is 1 when weeklyHours is unknown or at most half of
 * maxWeeklyHours (36), then falls linearly to 0.5 at maxWeeklyHours and to 0 at 1.5 times
 * it: any load within the limit scores higher than any load above it.</li>
 * <li>NETWORK_GAIN = |R(c) \ R(m)| / |R(c)| (0 when R(c) is empty), where R(t) is the set
 * of groups t is an active member of and the organizations t reaches: the main
 * organization, the coordinators of those groups, the hosts of events attended in the
 * window.</li>
 * <li>ROLE = 1 when c's position is of m's position family ({@link Positions}), 0.5 when
 * the families are related, else 0 (also when either position is unknown).</li>
 * <li>LEVEL = 1 when c works at m's level of education ({@link EducationLevel}), 0.5 when
 * either level is unknown, else 0. Ranking also puts every same-level candidate before
 * any other ({@link CandidatePool#best}).</li>
 * </ul>
 * contribution = value * weight; score = the sum of the contributions, in the order of
 * {@link MatchFactor}.
 */
@Component
class MentorScoring {

	private final MentoringProperties settings;

	private final MentoringMessages messages;

	private final Positions positions;

	MentorScoring(MentoringProperties settings, MentoringMessages messages, Positions positions) {
		this.settings = settings;
		this.messages = messages;
		this.positions = positions;
	}

	/** The score: the sum of the factors' contributions, in their order. */
	static double sum(List<ScoreFactor> factors) {
		double score = 0;
		for (ScoreFactor factor : factors) {
			score += factor.contribution();
		}
		return score;
	}

	/**
	 * Every factor with its value, weight and contribution, and an explanation in
	 * {@code locale}, naming subjects and competencies by {@code names} (code to name; a
	 * code without a name stands for itself); with a null locale the explanations are
	 * empty (the plan needs none).
	 */
	List<ScoreFactor> factors(TeacherProfile mentee, TeacherProfile candidate, Locale locale,
			Map<String, String> names) {
		return factors(mentee, candidate, locale, names, true);
	}

	/**
	 * As {@link #factors(TeacherProfile, TeacherProfile, Locale, Map)};
	 * {@code sameLevelQualifies} says whether a candidate of the mentee's level passed
	 * the filters (it changes only the explanation of LEVEL for a candidate of another
	 * level).
	 */
	List<ScoreFactor> factors(TeacherProfile mentee, TeacherProfile candidate, Locale locale, Map<String, String> names,
			boolean sameLevelQualifies) {
		List<ScoreFactor> factors = new ArrayList<>(MatchFactor.values().length);
		deficitCoverage(mentee, candidate, locale, names, factors);
		subject(mentee, candidate, locale, names, factors);
		proximity(mentee, candidate, locale, factors);
		qualification(candidate, locale, factors);
		readiness(candidate, locale, factors);
		load(candidate, locale, factors);
		networkGain(mentee, candidate, locale, factors);
		role(mentee, candidate, locale, factors);
		level(mentee, candidate, locale, sameLevelQualifies, factors);
		return factors;
	}

	private void role(TeacherProfile mentee, TeacherProfile candidate, Locale locale, List<ScoreFactor> factors) {
		PositionFamily a = family(mentee);
		PositionFamily b = family(candidate);
		double value = role(a, b);
		add(factors, MatchFactor.ROLE, value, locale, () -> {
			if (a == null || b == null) {
				return text(locale, "factor.ROLE.unknown", positionText(locale, mentee),
						positionText(locale, candidate));
			}
			String key = (value == 1) ? "factor.ROLE.same" : (value > 0) ? "factor.ROLE.related" : "factor.ROLE.other";
			return text(locale, key, text(locale, "family." + b.name()), text(locale, "family." + a.name()));
		});
	}

	/** The family of a profile's position, null when unknown. */
	PositionFamily family(TeacherProfile profile) {
		return this.positions.family(profile.teacher().position());
	}

	/** ROLE's value for two families (null: unknown). */
	double role(PositionFamily mentee, PositionFamily candidate) {
		if (mentee == null || candidate == null) {
			return 0;
		}
		return (mentee == candidate) ? 1 : this.positions.related(mentee, candidate) ? 0.5 : 0;
	}

	private String positionText(Locale locale, TeacherProfile profile) {
		String position = profile.teacher().position();
		return (position == null || position.isBlank()) ? text(locale, "common.unknown") : position;
	}

	private void level(TeacherProfile mentee, TeacherProfile candidate, Locale locale, boolean sameLevelQualifies,
			List<ScoreFactor> factors) {
		EducationLevel a = mentee.level();
		EducationLevel b = candidate.level();
		add(factors, MatchFactor.LEVEL, level(a, b), locale, () -> {
			if (a == null || b == null) {
				return text(locale, "factor.LEVEL.unknown");
			}
			if (a == b) {
				return text(locale, "factor.LEVEL.same", text(locale, "level." + a.name()));
			}
			return text(locale, sameLevelQualifies ? "factor.LEVEL.after" : "factor.LEVEL.noneSame",
					text(locale, "level." + b.name()), text(locale, "level." + a.name()));
		});
	}

	/** LEVEL's value for two levels (null: unknown). */
	static double level(EducationLevel mentee, EducationLevel candidate) {
		if (mentee == null || candidate == null) {
			return 0.5;
		}
		return (mentee == candidate) ? 1 : 0;
	}

	private void deficitCoverage(TeacherProfile mentee, TeacherProfile candidate, Locale locale,
			Map<String, String> names, List<ScoreFactor> factors) {
		// Plain loops: the plan scores every mentee against the whole pool.
		double total = 0;
		double covered = 0;
		for (Map.Entry<String, String> deficit : mentee.deficits().entrySet()) {
			double weight = deficitWeight(deficit.getValue());
			total += weight;
			if (candidate.strengths().contains(deficit.getKey())) {
				covered += weight;
			}
		}
		double value = share(covered, total);
		double coveredWeight = covered;
		double totalWeight = total;
		add(factors, MatchFactor.DEFICIT_COVERAGE, value, locale, () -> {
			TreeSet<String> coveredCodes = new TreeSet<>(mentee.deficits().keySet());
			coveredCodes.retainAll(candidate.strengths());
			if (mentee.deficits().isEmpty()) {
				return text(locale, "factor.DEFICIT_COVERAGE.none");
			}
			if (coveredCodes.isEmpty()) {
				return text(locale, "factor.DEFICIT_COVERAGE.uncovered", mentee.deficits().size());
			}
			return text(locale, "factor.DEFICIT_COVERAGE", coveredCodes.size(), mentee.deficits().size(),
					number(coveredWeight), number(totalWeight), named(coveredCodes, names));
		});
	}

	private void subject(TeacherProfile mentee, TeacherProfile candidate, Locale locale, Map<String, String> names,
			List<ScoreFactor> factors) {
		boolean shared = false;
		for (String subject : mentee.subjects()) {
			if (candidate.subjects().contains(subject)) {
				shared = true;
				break;
			}
		}
		add(factors, MatchFactor.SUBJECT, shared ? 1 : 0, locale, () -> {
			TreeSet<String> common = new TreeSet<>(mentee.subjects());
			common.retainAll(candidate.subjects());
			return common.isEmpty() ? text(locale, "factor.SUBJECT.none")
					: text(locale, "factor.SUBJECT.shared", named(common, names));
		});
	}

	private void proximity(TeacherProfile mentee, TeacherProfile candidate, Locale locale, List<ScoreFactor> factors) {
		Proximity level = Proximity.of(
				mentee.organizationId() != null && mentee.organizationId().equals(candidate.organizationId()),
				mentee.districtId() != null && mentee.districtId().equals(candidate.districtId()),
				sharesAny(candidate.groups(), mentee.groups()), mentee.tieNeighbours().contains(candidate.id()));
		add(factors, MatchFactor.PROXIMITY, level.value, locale,
				() -> text(locale, "factor.PROXIMITY." + level.name().toLowerCase(Locale.ROOT)));
	}

	/** The levels of PROXIMITY, closest first. */
	enum Proximity {

		ORGANIZATION(1.0), DISTRICT(0.75), GROUP(0.5), TIES(0.25), NONE(0);

		final double value;

		Proximity(double value) {
			this.value = value;
		}

		/** The closest level that holds. */
		static Proximity of(boolean sameOrganization, boolean sameDistrict, boolean commonGroup, boolean tieNeighbour) {
			return sameOrganization ? ORGANIZATION
					: sameDistrict ? DISTRICT : commonGroup ? GROUP : tieNeighbour ? TIES : NONE;
		}

	}

	private void qualification(TeacherProfile candidate, Locale locale, List<ScoreFactor> factors) {
		add(factors, MatchFactor.QUALIFICATION, qualification(candidate), locale, () -> text(locale,
				"factor.QUALIFICATION." + category(candidate).name(), number(candidate.experienceMonths() / 12.0)));
	}

	/** QUALIFICATION's value: it depends on the candidate alone. */
	static double qualification(TeacherProfile candidate) {
		double years = Math.min(candidate.experienceMonths() / 12.0, EXPERIENCE_YEARS_FULL);
		return 0.75 * (category(candidate).ordinal() / 3.0) + 0.25 * (years / EXPERIENCE_YEARS_FULL);
	}

	/** Years of experience at which QUALIFICATION's experience part is full. */
	static final double EXPERIENCE_YEARS_FULL = 25;

	private static Category category(TeacherProfile candidate) {
		return (candidate.teacher().category() != null) ? candidate.teacher().category() : Category.NONE;
	}

	private void readiness(TeacherProfile candidate, Locale locale, List<ScoreFactor> factors) {
		Double mean = meanSatisfaction(candidate);
		add(factors, MatchFactor.MENTOR_READINESS, readiness(candidate), locale,
				() -> text(locale, "factor.MENTOR_READINESS", candidate.pastPairs(),
						(mean != null) ? number(mean) : text(locale, "common.unknown"),
						yesNo(locale, candidate.trained()), yesNo(locale, candidate.honorary())));
	}

	/** MENTOR_READINESS's value: it depends on the candidate alone. */
	static double readiness(TeacherProfile candidate) {
		Double mean = meanSatisfaction(candidate);
		double satisfaction = (mean != null) ? mean / 10.0 : 1.0;
		double pairs = Math.min(candidate.pastPairs(), 3) / 3.0;
		return 0.4 * pairs * satisfaction + 0.3 * (candidate.trained() ? 1 : 0) + 0.3 * (candidate.honorary() ? 1 : 0);
	}

	private static Double meanSatisfaction(TeacherProfile candidate) {
		if (candidate.satisfactions().isEmpty()) {
			return null;
		}
		double sum = 0;
		for (int satisfaction : candidate.satisfactions()) {
			sum += satisfaction;
		}
		return sum / candidate.satisfactions().size();
	}

	private void load(TeacherProfile candidate, Locale locale, List<ScoreFactor> factors) {
		int max = this.settings.maxMenteesPerMentor();
		Double hours = candidate.teacher().weeklyHours();
		add(factors, MatchFactor.LOAD, load(candidate), locale, () -> text(locale, "factor.LOAD",
				candidate.activeMentees(), max, (hours != null) ? number(hours) : text(locale, "common.unknown")));
	}

	/** LOAD's value: it depends on the candidate alone. */
	double load(TeacherProfile candidate) {
		int max = this.settings.maxMenteesPerMentor();
		Double hours = candidate.teacher().weeklyHours();
		double free = (max > 0) ? Math.max(0, max - candidate.activeMentees()) / (double) max : 0;
		return 0.5 * free + 0.5 * hoursPart(hours, this.settings.maxWeeklyHours());
	}

	/**
	 * LOAD's hours part: 1 when unknown or up to half the limit, then linear to 0.5 at
	 * the limit and 0 at 1.5 times it.
	 */
	static double hoursPart(Double hours, double limit) {
		if (hours == null || limit <= 0) {
			return 1;
		}
		return Math.max(0, Math.min(1, (1.5 * limit - hours) / limit));
	}

	private void networkGain(TeacherProfile mentee, TeacherProfile candidate, Locale locale,
			List<ScoreFactor> factors) {
		int counted = 0;
		for (String reached : candidate.reach()) {
			if (!mentee.reach().contains(reached)) {
				counted++;
			}
		}
		int opened = counted;
		int reach = candidate.reach().size();
		add(factors, MatchFactor.NETWORK_GAIN, share(opened, reach), locale, () -> (reach > 0)
				? text(locale, "factor.NETWORK_GAIN", opened, reach) : text(locale, "factor.NETWORK_GAIN.none"));
	}

	/**
	 * DEFICIT_COVERAGE and NETWORK_GAIN: {@code part / whole}, 0 when the whole is empty.
	 */
	static double share(double part, double whole) {
		return (whole > 0) ? part / whole : 0;
	}

	/**
	 * Under PREFER_INTERNAL, how much better an external candidate must be to go first (a
	 * setting).
	 */
	double externalMargin() {
		return this.settings.externalMargin();
	}

	/** The weight of a factor (a setting). */
	double weight(MatchFactor factor) {
		return this.settings.weights().of(factor);
	}

	/** The weight of a deficit's level (a setting). */
	double deficitWeight(String level) {
		return this.settings.deficitLevels().of(level);
	}

	private void add(List<ScoreFactor> factors, MatchFactor factor, double value, Locale locale,
			java.util.function.Supplier<String> explanation) {
		double weight = weight(factor);
		factors.add(new ScoreFactor(factor, value, weight, value * weight, (locale != null) ? explanation.get() : ""));
	}

	private static boolean sharesAny(java.util.Set<String> a, java.util.Set<String> b) {
		for (String item : a) {
			if (b.contains(item)) {
				return true;
			}
		}
		return false;
	}

	private String text(Locale locale, String code, Object... arguments) {
		return this.messages.get(locale, code, arguments);
	}

	private String yesNo(Locale locale, boolean value) {
		return text(locale, value ? "common.yes" : "common.no");
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	/** Codes as their names, in code order. */
	private static String named(java.util.Collection<String> codes, Map<String, String> names) {
		return String.join("; ", codes.stream().map((code) -> names.getOrDefault(code, code)).toList());
	}

}
