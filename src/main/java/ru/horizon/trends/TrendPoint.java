package ru.horizon.trends;

import java.time.LocalDate;

import ru.horizon.mentoring.CoverageFigure;

/**
 * The indicators of one point of a trend.
 *
 * @param label "2024/25" for a school year, "2024-10-01" for an October 1st
 * @param day the day the stocks are counted on (coverage, isolation, organizations)
 * @param from first day of the ties' window
 * @param to last day of the ties' window ({@code day})
 * @param newTeachers new teachers' mentoring coverage on {@code day} (target 100%)
 * @param youngTeachers young teachers' mentoring coverage on {@code day} (target 70%)
 * @param isolatedYoungTeachers young teachers isolated on {@code day} (12-month lookback)
 * @param isolatedShare isolated over the young teachers checked, 0 when none
 * @param ties tie instances in the window
 * @param totalWeight their weight (model.md)
 * @param crossOrganizationShare cross-organization weight over total weight (model.md)
 * @param sizeNormalisedCrossOrganizationShare the same with event ties weighed by size
 * @param organizationsOutside organizations of the scope with no cross-organization tie
 */
public record TrendPoint(String label, LocalDate day, LocalDate from, LocalDate to, CoverageFigure newTeachers,
		CoverageFigure youngTeachers, int isolatedYoungTeachers, double isolatedShare, int ties, double totalWeight,
		double crossOrganizationShare, double sizeNormalisedCrossOrganizationShare, int organizationsOutside) {

}
