package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

import ru.horizon.organization.Organization;
import ru.horizon.teacher.Teacher;

/**
 * A young teacher of a scope on a day and their mentoring status.
 *
 * @param teacher the teacher
 * @param organization the main organization on the day
 * @param experienceMonths whole months of experience on the day
 * @param newTeacher a new teacher (стаж до 6 месяцев) on the day
 * @param mentored mentored on the day ({@code Definitions.mentoredAt})
 * @param mentoredSince the first day of the earliest pair active on the day, or null
 * @param mentors the mentors of the pairs active on the day
 * @param pairIds those pairs
 * @param withoutMentorSince when not mentored: the last day of the last pair ended before
 * the day, or teachingSince when there was none; null when mentored
 * @param daysWithoutMentor days from withoutMentorSince to the day; null when mentored
 */
public record YoungTeacherStatus(Teacher teacher, Organization organization, int experienceMonths, boolean newTeacher,
		boolean mentored, LocalDate mentoredSince, List<Teacher> mentors, List<String> pairIds,
		LocalDate withoutMentorSince, Integer daysWithoutMentor) {
}
