package ru.horizon.mentoring;

import ru.horizon.teacher.Teacher;

/**
 * A pair the assignment plan proposes; its score is the mentor's score in
 * {@code mentorCandidates} for this mentee.
 *
 * @param mentee the young teacher
 * @param mentor the proposed mentor
 * @param score the pair's score
 * @param external the mentor works in another organization than the mentee (внешний
 * контур)
 * @param menteeOrganizationId the mentee's main organization at the day
 */
public record MentorProposal(Teacher mentee, Teacher mentor, double score, boolean external,
		String menteeOrganizationId) {
}
