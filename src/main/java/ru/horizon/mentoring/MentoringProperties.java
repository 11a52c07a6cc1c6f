package ru.horizon.mentoring;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of mentor recommendation and assignment (prefix {@code horizon.mentoring}).
 *
 * @param minMentorExperienceYears a mentor has at least this many years of experience
 * @param maxMenteesPerMentor a mentor has fewer active mentees than this to take another
 * @param maxWeeklyHours a weekly teaching load above this lowers the LOAD factor
 * @param tieLookbackMonths the learning-tie window behind PROXIMITY and NETWORK_GAIN ends
 * at asOf and starts this many months earlier
 * @param weights the weight of each factor in the score
 * @param deficitLevels the weight of a deficit of each level in DEFICIT_COVERAGE
 * @param groupForms forms of mentoring (the pair's {@code form}, compared ignoring case)
 * in which a mentee may have several mentors at once; in any other form a mentee has at
 * most one active pair
 * @param contourPolicy the contour of candidates and plans when a request names none
 * (PREFER_INTERNAL by default)
 * @param externalMargin under PREFER_INTERNAL an external candidate ranks above an
 * internal one only when its score is higher by more than this (a plan adds it to
 * internal pairs)
 */
@ConfigurationProperties("horizon.mentoring")
public record MentoringProperties(@DefaultValue("5") int minMentorExperienceYears,
		@DefaultValue("3") int maxMenteesPerMentor, @DefaultValue("36") double maxWeeklyHours,
		@DefaultValue("12") int tieLookbackMonths, @DefaultValue Weights weights,
		@DefaultValue DeficitLevels deficitLevels, @DefaultValue("групповая") List<String> groupForms,
		@DefaultValue("PREFER_INTERNAL") Contour contourPolicy, @DefaultValue("0.1") double externalMargin) {

	/**
	 * The weight of each factor; the defaults sum to 1, so a score lies in [0, 1]
	 * (README, "Mentor candidates", gives the reasons for each).
	 *
	 * @param deficitCoverage DEFICIT_COVERAGE
	 * @param subject SUBJECT
	 * @param proximity PROXIMITY
	 * @param qualification QUALIFICATION
	 * @param mentorReadiness MENTOR_READINESS
	 * @param load LOAD
	 * @param networkGain NETWORK_GAIN
	 * @param role ROLE
	 * @param level LEVEL
	 */
	public record Weights(@DefaultValue("0.2") double deficitCoverage, @DefaultValue("0.15") double subject,
			@DefaultValue("0.15") double proximity, @DefaultValue("0.1") double qualification,
			@DefaultValue("0.1") double mentorReadiness, @DefaultValue("0.05") double load,
			@DefaultValue("0.1") double networkGain, @DefaultValue("0.1") double role,
			@DefaultValue("0.05") double level) {

		/** The weight of {@code factor}. */
		public double of(MatchFactor factor) {
			return switch (factor) {
				case DEFICIT_COVERAGE -> this.deficitCoverage;
				case SUBJECT -> this.subject;
				case PROXIMITY -> this.proximity;
				case QUALIFICATION -> this.qualification;
				case MENTOR_READINESS -> this.mentorReadiness;
				case LOAD -> this.load;
				case NETWORK_GAIN -> this.networkGain;
				case ROLE -> this.role;
				case LEVEL -> this.level;
			};
		}

	}

	/**
	 * How much a deficit of each diagnostic level counts.
	 *
	 * @param low LOW
	 * @param medium MEDIUM (also a deficit recorded without a level)
	 * @param high HIGH
	 */
	public record DeficitLevels(@DefaultValue("1") double low, @DefaultValue("2") double medium,
			@DefaultValue("3") double high) {

		/** The weight of a level name; an unknown or missing level counts as MEDIUM. */
		public double of(String level) {
			if ("LOW".equals(level)) {
				return this.low;
			}
			if ("HIGH".equals(level)) {
				return this.high;
			}
			return this.medium;
		}

	}

}
