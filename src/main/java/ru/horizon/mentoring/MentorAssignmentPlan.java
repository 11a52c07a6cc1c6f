package ru.horizon.mentoring;

import java.util.List;

/**
 * The assignment of a scope's unmentored young teachers to mentors that maximises the
 * total score under the mentors' free capacity.
 *
 * @param proposals the proposed pairs, by mentee id
 * @param unmatched the young teachers left without a mentor, by id, with a reason
 * @param totalScore the sum of the proposals' scores
 * @param contour the contour policy the plan was made with
 * @param internalPairs proposals inside the mentee's organization
 * @param externalPairs proposals with a mentor of another organization
 * @param internalShare internalPairs / proposals, 0 without proposals
 * @param externalShare externalPairs / proposals, 0 without proposals
 * @param externalShareTarget the target external share asked for, null when none
 * @param externalBonus the bonus per external pair that reached the target (0 when none
 * was needed)
 */
public record MentorAssignmentPlan(List<MentorProposal> proposals, List<UnmatchedMentee> unmatched, double totalScore,
		Contour contour, int internalPairs, int externalPairs, double internalShare, double externalShare,
		Double externalShareTarget, double externalBonus) {
}
