package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A pair to start.
 *
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @param startedOn the first day, today when null
 * @param focus competency codes the pair works on
 * @param form the form of mentoring
 * @param plannedHours hours of work the pair plans (планируемый объём, часов), optional
 */
public record AssignMentorInput(String mentorId, String menteeId, LocalDate startedOn, List<String> focus, String form,
		Double plannedHours) {
}
