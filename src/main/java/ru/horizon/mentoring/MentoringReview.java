package ru.horizon.mentoring;

import java.time.LocalDate;

/**
 * A review of a pair during its course (промежуточная оценка): how each side rates it.
 * Stored as {@code (:MentoringReview)-[:OF_PAIR]->(:MentoringPair)}.
 *
 * @param id the review's id
 * @param pairId the pair
 * @param date the day of the review, within the pair's dates
 * @param menteeSatisfaction the mentee's satisfaction 1–10, or null
 * @param mentorSatisfaction the mentor's satisfaction 1–10, or null
 * @param note a free note, or null
 */
public record MentoringReview(String id, String pairId, LocalDate date, Integer menteeSatisfaction,
		Integer mentorSatisfaction, String note) {
}
