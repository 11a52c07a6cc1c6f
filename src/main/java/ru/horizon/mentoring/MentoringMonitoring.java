package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The October monitoring of the target mentoring model (мониторинг реализации целевой
 * модели наставничества) of a scope on a day, in the form an official fills: one row for
 * the whole scope and one per organization. Aggregates only.
 *
 * @param asOf the day
 * @param schoolYearStart 1 September of the school year of asOf: satisfaction counts the
 * marks from then to asOf
 * @param total the whole scope (the city); mentors counted once even when they mentor in
 * several organizations
 * @param organizations one row per organization of the scope, by id
 * @param withoutCurator organizations of the scope without a curator on asOf, by id
 * @param withoutPairs organizations of the scope without an active pair on asOf, by id
 */
public record MentoringMonitoring(LocalDate asOf, LocalDate schoolYearStart, Row total, List<Row> organizations,
		List<OrganizationRef> withoutCurator, List<OrganizationRef> withoutPairs) {

	/** An organization named in the monitoring. */
	public record OrganizationRef(String id, String name) {
	}

	/** Active pairs of one form (null: not given). */
	public record FormCount(String form, int pairs) {
	}

	/**
	 * One row of the monitoring.
	 *
	 * @param key the organization id, or "" for the whole scope
	 * @param name its name
	 * @param youngTeachers the coverage of young teachers (до 3 лет), target 70%: the
	 * same figures as {@code mentoringCoverage} of the day
	 * @param newTeachers the coverage of new teachers (до 6 месяцев), target 100%
	 * @param mentors distinct mentors of the pairs active on asOf whose mentee is here
	 * @param trainedMentors those of them trained ({@code Definitions.trainedMentor})
	 * @param trainedShare trainedMentors / mentors, 0 without mentors
	 * @param honoraryMentors those of them honorary mentors («Почётный наставник»)
	 * @param pairs pairs active on asOf whose mentee is here
	 * @param externalPairs those of them in the external contour
	 * @param externalShare externalPairs / pairs, 0 without pairs
	 * @param forms active pairs per form, by form (not given last)
	 * @param averageSatisfaction the mean of every satisfaction mark given from
	 * schoolYearStart to asOf (reviews, both sides, and the mentee's mark at a pair's
	 * end) on pairs whose mentee is here; null without marks
	 * @param satisfactionMarks how many marks the mean is of
	 * @param hasCurator the organization has a curator on asOf; null for the whole scope
	 */
	public record Row(String key, String name, CoverageFigure youngTeachers, CoverageFigure newTeachers, int mentors,
			int trainedMentors, double trainedShare, int honoraryMentors, int pairs, int externalPairs,
			double externalShare, List<FormCount> forms, Double averageSatisfaction, int satisfactionMarks,
			Boolean hasCurator) {
	}

}
