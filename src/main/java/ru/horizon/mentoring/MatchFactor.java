package ru.horizon.mentoring;

/**
 * A factor of the mentor score (model.md, "Mentor recommendation"); formulas in
 * {@link MentorScoring}.
 */
public enum MatchFactor {

	/** The candidate's strengths cover the mentee's deficits (адресность). */
	DEFICIT_COVERAGE,
	/** Candidate and mentee teach a common subject. */
	SUBJECT,
	/** Same organization, district, group, or close in the learning-tie graph. */
	PROXIMITY,
	/** Qualification category: HIGHEST > FIRST > SZD > NONE. */
	QUALIFICATION,
	/** Past pairs and their satisfaction, mentor training, «Почетный наставник». */
	MENTOR_READINESS,
	/** Few current mentees and a teaching load of at most 36 hours a week. */
	LOAD,
	/** Groups and organizations the candidate reaches and the mentee does not. */
	NETWORK_GAIN,
	/**
	 * The same position family (воспитатель, учитель-предметник, учитель-логопед, ...).
	 */
	ROLE,
	/** The same level of education (дошкольное, общее, дополнительное). */
	LEVEL

}
