package ru.horizon.teacher;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Experience bands of the target mentoring model (model.md).
 * <p>
 * {@code experienceMonths(t, asOf)} is the number of whole months from
 * {@code teachingSince} to {@code asOf} ({@link ChronoUnit#MONTHS}, which agrees with
 * Cypher's {@code duration.inMonths(...).months}); a teacher who starts after
 * {@code asOf} has 0 and does not exist yet.
 *
 * @param newTeacherMonths a new teacher (стаж 0–6 месяцев) has fewer months than this
 * @param youngTeacherMonths a young teacher (молодой педагог, до 3 лет) has fewer months
 * than this
 */
@ConfigurationProperties("horizon.teachers")
public record ExperienceRules(@DefaultValue("6") int newTeacherMonths, @DefaultValue("36") int youngTeacherMonths) {

	/**
	 * The parameters of the Cypher fragments that test experience at {@code asOf}:
	 * {@code asOf}, {@code newTeacherMonths}, {@code youngTeacherMonths}, and
	 * {@code youngSinceAfter}, a date before which nobody can be young (for the index).
	 */
	public java.util.Map<String, Object> parameters(LocalDate asOf) {
		return java.util.Map.of("asOf", asOf, "newTeacherMonths", this.newTeacherMonths, "youngTeacherMonths",
				this.youngTeacherMonths, "youngSinceAfter", asOf.minusMonths(this.youngTeacherMonths + 1L));
	}

	public int months(LocalDate teachingSince, LocalDate asOf) {
		if (teachingSince == null || teachingSince.isAfter(asOf)) {
			return 0;
		}
		return (int) ChronoUnit.MONTHS.between(teachingSince, asOf);
	}

	/** New teacher (новый педагог): fewer than {@link #newTeacherMonths()} months. */
	public boolean isNew(LocalDate teachingSince, LocalDate asOf) {
		return months(teachingSince, asOf) < this.newTeacherMonths;
	}

	/** Young teacher (молодой педагог): fewer than {@link #youngTeacherMonths()} months. */
	public boolean isYoung(LocalDate teachingSince, LocalDate asOf) {
		return months(teachingSince, asOf) < this.youngTeacherMonths;
	}

}
