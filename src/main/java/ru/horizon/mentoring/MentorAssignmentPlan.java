package ru.horizon.mentoring;

import java.util.List;

/**
 * The assignment of a scope's unmentored young teachers to mentors that maximises the total
 * score under the mentors' free capacity.
 *
 * @param proposals the proposed pairs, by mentee id
 * @param unmatched the young teachers left without a mentor, by id, with a reason
 * @param totalScore the sum of the proposals' scores
 */
public record MentorAssignmentPlan(List<MentorProposal> proposals, List<UnmatchedMentee> unmatched,
		double totalScore) {
}
