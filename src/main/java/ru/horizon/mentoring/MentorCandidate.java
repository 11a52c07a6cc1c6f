package ru.horizon.mentoring;

import java.util.List;

import ru.horizon.organization.Organization;
import ru.horizon.teacher.Teacher;

/**
 * A recommended mentor (кандидат в наставники) for one mentee.
 *
 * @param rank 1 for the best
 * @param teacher the candidate
 * @param score the sum of the factors' contributions
 * @param external true when the candidate works in another organization than the mentee
 * @param factors every factor, in the order of {@link MatchFactor}
 * @param organization the candidate's main organization on the day asked (what
 * {@code teacher.organization} answers, given to the request's loader so that it is not
 * read again)
 */
public record MentorCandidate(int rank, Teacher teacher, double score, boolean external, List<ScoreFactor> factors,
		Organization organization) {
}
