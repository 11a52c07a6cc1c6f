package ru.horizon.trends;

import java.time.LocalDate;
import java.util.List;

/**
 * One past October 1st: the young teachers checked for isolation that day, followed for
 * 12 months.
 *
 * @param day the October 1st
 * @param followedUntil {@code day} plus 12 months: a teacher with no main organization
 * that day has left
 * @param all every kind together
 * @param byOrganizationKind one entry per kind with young teachers, by kind
 */
public record LeavingYear(LocalDate day, LocalDate followedUntil, LeavingRisk all,
		List<LeavingRisk> byOrganizationKind) {

}
