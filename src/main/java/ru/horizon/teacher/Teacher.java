package ru.horizon.teacher;

import java.time.LocalDate;
import java.util.Map;

/**
 * A teacher (педагогический работник).
 *
 * @param id external id
 * @param fullName full name
 * @param position position, e.g. учитель математики, воспитатель
 * @param category qualification category
 * @param teachingSince the day pedagogical experience started
 * @param weeklyHours teaching load
 * @param birthYear year of birth
 */
public record Teacher(String id, String fullName, String position, Category category, LocalDate teachingSince,
		Double weeklyHours, Integer birthYear) {

	/** The Cypher map projection that {@link #of(Map)} reads, for {@code t}. */
	public static final String PROJECTION = projection("t");

	/**
	 * The Cypher map projection that {@link #of(Map)} reads, for the teacher variable
	 * {@code t}.
	 */
	public static String projection(String t) {
		if (!t.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("not a Cypher variable: " + t);
		}
		return t + " {.id, .fullName, .position, .category, .teachingSince, .weeklyHours, .birthYear}";
	}

	public static Teacher of(Map<String, Object> row) {
		Object category = row.get("category");
		Object hours = row.get("weeklyHours");
		Object birthYear = row.get("birthYear");
		return new Teacher((String) row.get("id"), (String) row.get("fullName"), (String) row.get("position"),
				(category != null) ? Category.valueOf((String) category) : Category.NONE,
				(LocalDate) row.get("teachingSince"), (hours != null) ? ((Number) hours).doubleValue() : null,
				(birthYear != null) ? ((Number) birthYear).intValue() : null);
	}

}
