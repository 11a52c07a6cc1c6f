package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Mentoring coverage (охват наставничеством) of a scope at a date: new teachers against
 * the 100% target, young teachers against 70%, with breakdowns. Aggregates only.
 *
 * @param asOf the day
 * @param newTeachers all new teachers of the scope
 * @param youngTeachers all young teachers of the scope
 * @param byOrganizationKind one entry per kind that has organizations in the scope
 * @param byDistrict one entry per district with organizations in the scope
 * @param byOrganization one entry per organization in the scope
 * @param externalPairShare share of the pairs active at asOf (mentee in the scope) that
 * are external
 */
public record MentoringCoverage(LocalDate asOf, CoverageFigure newTeachers, CoverageFigure youngTeachers,
		List<CoverageBreakdown> byOrganizationKind, List<CoverageBreakdown> byDistrict,
		List<CoverageBreakdown> byOrganization, double externalPairShare) {
}
