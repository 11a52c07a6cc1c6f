package ru.horizon.mentoring;

import ru.horizon.teacher.Teacher;

/**
 * A pair the assignment plan proposes; its score is the mentor's score in
 * {@code mentorCandidates} for this mentee.
 *
 * @param mentee the young teacher
 * @param mentor the proposed mentor
 * @param score the pair's score
 */
public record MentorProposal(Teacher mentee, Teacher mentor, double score) {
}
