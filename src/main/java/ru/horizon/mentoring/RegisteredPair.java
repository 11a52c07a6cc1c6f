package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

import ru.horizon.organization.Organization;
import ru.horizon.teacher.Teacher;

/**
 * One pair of the register of mentoring (реестр наставничества) as seen on a day.
 *
 * @param id the pair's id
 * @param mentor the mentor
 * @param mentee the mentee
 * @param mentorOrganization the mentor's main organization on startedOn, or null
 * @param menteeOrganization the mentee's main organization on startedOn, or null
 * @param form the form of mentoring, or null
 * @param focus the competency codes the pair works on, sorted
 * @param plannedHours planned hours, or null
 * @param startedOn the first day
 * @param endedOn the last day, null while it runs (an end after the day asked is shown)
 * @param status ACTIVE on the day asked, or ENDED before it
 * @param external the external contour ({@code Definitions.externalPair})
 * @param daysActive days from startedOn to the last day, or to the day asked while it
 * runs, both counted
 * @param satisfaction the mentee's satisfaction given when the pair ended, or null
 * @param averageSatisfaction the mean of every mark of the reviews up to the day (both
 * sides), or null without reviews
 * @param endReason why it ended, null while it runs (COMPLETED for pairs ended without
 * one)
 * @param endNote the note given when it ended
 * @param reviews the reviews dated up to the day asked, oldest first
 * @param listedOrganizationId the mentee's main organization on the day the pair is
 * listed for (the day asked while active, its last day when ended): what places it in a
 * scope
 */
public record RegisteredPair(String id, Teacher mentor, Teacher mentee, Organization mentorOrganization,
		Organization menteeOrganization, String form, List<String> focus, Double plannedHours, LocalDate startedOn,
		LocalDate endedOn, PairStatus status, boolean external, int daysActive, Integer satisfaction,
		Double averageSatisfaction, PairEndReason endReason, String endNote, List<MentoringReview> reviews,
		String listedOrganizationId) {

	/** INTERNAL or EXTERNAL. */
	public Contour contour() {
		return this.external ? Contour.EXTERNAL : Contour.INTERNAL;
	}

	/** The lowest mark of the latest review, or null without reviews. */
	public Integer latestLowestMark() {
		if (this.reviews.isEmpty()) {
			return null;
		}
		MentoringReview latest = this.reviews.getLast();
		Integer mentee = latest.menteeSatisfaction();
		Integer mentor = latest.mentorSatisfaction();
		if (mentee == null) {
			return mentor;
		}
		return (mentor == null) ? mentee : Math.min(mentee, mentor);
	}

}
