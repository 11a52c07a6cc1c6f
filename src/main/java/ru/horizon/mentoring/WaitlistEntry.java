package ru.horizon.mentoring;

/**
 * One unmentored young teacher of the waitlist (лист ожидания), with the best mentor the
 * recommendation offers on the day.
 *
 * @param rank 1 for the most urgent
 * @param status the teacher and how long they have waited
 * @param bestCandidate the first of {@code mentorCandidates(limit: 1)}, or null when
 * nobody is eligible
 */
public record WaitlistEntry(int rank, YoungTeacherStatus status, MentorCandidate bestCandidate) {
}
