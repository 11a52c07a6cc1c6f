package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

import ru.horizon.isolation.IsolationReason;
import ru.horizon.teacher.Teacher;

/**
 * What a pair would change if it started on {@code startedOn} (what-if), computed from
 * the answers of the day by the same rules: coverage, the mentee's isolation reasons, the
 * mentee's reach and the mentor's load, before and after.
 *
 * @param startedOn the day the pair would start
 * @param mentor the mentor
 * @param mentee the mentee
 * @param external the mentor's main organization differs from the mentee's that day
 * @param menteeMentoredBefore the mentee is mentored already that day (coverage does not
 * change)
 * @param organization the coverage of the mentee's organization
 * @param city the coverage of the whole city (every organization)
 * @param reasonsBefore the mentee's isolation reasons (empty when not a young teacher)
 * @param reasonsAfter the reasons with the pair
 * @param reasonsCleared reasons that would clear
 * @param reasonsAdded reasons the pair would add (an internal pair of a teacher without
 * ties makes their ties only internal)
 * @param isolatedBefore listed as isolated before
 * @param isolatedAfter listed as isolated after
 * @param newGroups groups the mentor is an active member of and the mentee is not
 * @param newOrganizations organizations the mentor reaches and the mentee does not
 * @param twoHopTeachersBefore teachers within two learning ties of the mentee (the mentee
 * not counted), in the look-back window ending that day
 * @param twoHopTeachersAfter the same with the pair's tie
 * @param mentorMenteesBefore the mentor's active mentees that day
 * @param mentorMenteesAfter with this one
 * @param maxMenteesPerMentor the setting
 */
public record MentoringPreview(LocalDate startedOn, Teacher mentor, Teacher mentee, boolean external,
		boolean menteeMentoredBefore, CoverageChange organization, CoverageChange city,
		List<IsolationReason> reasonsBefore, List<IsolationReason> reasonsAfter, List<IsolationReason> reasonsCleared,
		List<IsolationReason> reasonsAdded, boolean isolatedBefore, boolean isolatedAfter, List<NamedItem> newGroups,
		List<NamedItem> newOrganizations, int twoHopTeachersBefore, int twoHopTeachersAfter, int mentorMenteesBefore,
		int mentorMenteesAfter, int maxMenteesPerMentor) {

	/**
	 * Coverage of a scope before and after.
	 *
	 * @param key the organization id, or "" for the city
	 * @param name its name
	 * @param newTeachersBefore new teachers covered before
	 * @param newTeachersAfter after
	 * @param youngTeachersBefore young teachers covered before
	 * @param youngTeachersAfter after
	 */
	public record CoverageChange(String key, String name, CoverageFigure newTeachersBefore,
			CoverageFigure newTeachersAfter, CoverageFigure youngTeachersBefore, CoverageFigure youngTeachersAfter) {
	}

	/**
	 * A group or an organization by id and name.
	 *
	 * @param id its id
	 * @param name its name
	 */
	public record NamedItem(String id, String name) {
	}

}
