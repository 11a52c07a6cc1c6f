package ru.horizon.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Experience bands of the target mentoring model (model.md): the settings behind
 * {@link Definitions#young} and {@link Definitions#newTeacher}, and their Java twins for
 * values already read.
 * <p>
 * {@code experienceMonths(t, d)} is the number of whole months from {@code teachingSince}
 * to {@code d} ({@link ChronoUnit#MONTHS}, which agrees with Cypher's
 * {@code duration.inMonths(...).months}); a teacher who starts after {@code d} has 0 and
 * does not exist yet, so is neither new nor young.
 *
 * @param newTeacherMonths a new teacher (стаж 0–6 месяцев) has fewer months than this
 * @param youngTeacherMonths a young teacher (молодой педагог, до 3 лет) has fewer months
 * than this
 */
@ConfigurationProperties("horizon.teachers")
public record ExperienceRules(@DefaultValue("6") int newTeacherMonths, @DefaultValue("36") int youngTeacherMonths) {

	/**
	 * The thresholds the Cypher of {@link Definitions} reads: {@code newTeacherMonths},
	 * {@code youngTeacherMonths}.
	 */
	public Map<String, Object> parameters() {
		return Map.of("newTeacherMonths", this.newTeacherMonths, "youngTeacherMonths", this.youngTeacherMonths);
	}

	/**
	 * {@link #parameters()} and the day {@code asOf} ({@link Day#AS_OF}), in a map the
	 * caller may add to.
	 */
	public Map<String, Object> parameters(LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(parameters());
		parameters.put("asOf", asOf);
		return parameters;
	}

	/**
	 * Whole months of experience on {@code asOf}; 0 before {@code teachingSince} (or when
	 * it is unknown).
	 */
	public int months(LocalDate teachingSince, LocalDate asOf) {
		if (teachingSince == null || teachingSince.isAfter(asOf)) {
			return 0;
		}
		return (int) Math.min(Integer.MAX_VALUE, ChronoUnit.MONTHS.between(teachingSince, asOf));
	}

	/** Whether experience has begun on {@code asOf} (the first half of "exists at d"). */
	public boolean started(LocalDate teachingSince, LocalDate asOf) {
		return teachingSince != null && !teachingSince.isAfter(asOf);
	}

	/**
	 * New teacher (новый педагог) on {@code asOf}: experience begun and fewer than
	 * {@link #newTeacherMonths()} months. The caller knows whether the teacher works that
	 * day (the second half of "exists at d").
	 */
	public boolean isNew(LocalDate teachingSince, LocalDate asOf) {
		return started(teachingSince, asOf) && months(teachingSince, asOf) < this.newTeacherMonths;
	}

	/**
	 * Young teacher (молодой педагог) on {@code asOf}: as {@link #isNew} with
	 * {@link #youngTeacherMonths()}.
	 */
	public boolean isYoung(LocalDate teachingSince, LocalDate asOf) {
		return started(teachingSince, asOf) && months(teachingSince, asOf) < this.youngTeacherMonths;
	}

}
