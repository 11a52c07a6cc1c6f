package ru.horizon.mentoring;

import java.time.LocalDate;

/**
 * What a whole assignment plan would change if every proposal started on {@code asOf}.
 *
 * @param asOf the day
 * @param plan the plan (as {@code mentorAssignmentPlan} with the same arguments)
 * @param coverage the coverage of the plan's scope before and after
 * @param isolatedBefore young teachers of the scope listed as isolated before
 * @param isolatedAfter after: a proposed mentee is no longer isolated (NO_MENTOR clears)
 * @param organizationsMeetingYoungTargetBefore organizations of the scope at or above the
 * young-teacher target (70%) before
 * @param organizationsMeetingYoungTargetAfter after
 */
public record PlanPreview(LocalDate asOf, MentorAssignmentPlan plan, MentoringPreview.CoverageChange coverage,
		int isolatedBefore, int isolatedAfter, int organizationsMeetingYoungTargetBefore,
		int organizationsMeetingYoungTargetAfter) {
}
