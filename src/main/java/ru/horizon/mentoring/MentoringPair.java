package ru.horizon.mentoring;

import java.time.LocalDate;

import ru.horizon.teacher.Teacher;

/**
 * A mentoring pair (наставническая пара).
 *
 * @param id the pair's id
 * @param mentor the mentor (наставник)
 * @param mentee the mentee (наставляемый)
 * @param startedOn first day
 * @param endedOn last day, null while it runs
 * @param external true when the mentor's main organization at startedOn differs from the
 * mentee's (внешний контур)
 * @param form the form of mentoring, e.g. «педагог – педагог»
 * @param satisfaction the mentee's satisfaction, 1–10
 */
public record MentoringPair(String id, Teacher mentor, Teacher mentee, LocalDate startedOn, LocalDate endedOn,
		boolean external, String form, Integer satisfaction) {
}
