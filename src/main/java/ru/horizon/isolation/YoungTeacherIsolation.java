package ru.horizon.isolation;

import java.util.List;

import ru.horizon.teacher.Teacher;

/**
 * One young teacher (молодой педагог) checked for isolation at a day.
 *
 * @param teacher the teacher
 * @param experienceMonths whole months of experience at the day
 * @param isolated NO_MENTOR, NO_GROUP and NO_EVENTS all apply
 * @param reasons every reason that applies, in the order of {@link IsolationReason}
 * @param learningTies distinct other teachers tied to this one in the window, either
 * direction
 * @param crossOrganizationTies those of them whose main organization differed on the
 * tie's date
 */
public record YoungTeacherIsolation(Teacher teacher, int experienceMonths, boolean isolated,
		List<IsolationReason> reasons, int learningTies, int crossOrganizationTies) {

	/** At risk: not mentored, or tied only within the own organization. */
	public boolean atRisk() {
		return this.reasons.contains(IsolationReason.NO_MENTOR)
				|| this.reasons.contains(IsolationReason.ONLY_INTERNAL_TIES);
	}

}
