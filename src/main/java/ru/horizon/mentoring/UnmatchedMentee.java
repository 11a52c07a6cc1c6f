package ru.horizon.mentoring;

import ru.horizon.teacher.Teacher;

/**
 * A young teacher the plan leaves without a mentor, and why.
 *
 * @param mentee the young teacher
 * @param reason one line in the caller's language
 */
public record UnmatchedMentee(Teacher mentee, String reason) {
}
