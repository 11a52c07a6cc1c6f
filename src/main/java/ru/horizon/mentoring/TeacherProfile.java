package ru.horizon.mentoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.horizon.organization.Organization;
import ru.horizon.teacher.Teacher;

/**
 * What the score needs to know of one teacher at one day, read in bulk by
 * {@link ProfileQueries}.
 *
 * @param teacher the teacher
 * @param organizationId main organization at the day, null when not working then
 * @param organizationKind its kind (OrganizationKind's name), null when unknown
 * @param districtId its district
 * @param municipalityId its municipality
 * @param subjects subject codes taught
 * @param strengths competency codes of strengths assessed by the day
 * @param deficits competency code to level, of deficits assessed by the day (mentees
 * only)
 * @param groups groups the teacher is an active member of at the day
 * @param reach groups ("g:" + id) and organizations ("o:" + id) the teacher reaches:
 * active groups, the main organization, the coordinators of those groups, the hosts of
 * events attended in the tie window
 * @param activeMentees mentees in pairs active at the day
 * @param pastPairs pairs as mentor started by the day
 * @param satisfactions satisfaction recorded for those pairs
 * @param trained the strength {@code mentoring}, or a «Школа наставников» membership
 * begun by the day
 * @param honorary received an HONORARY_MENTOR award by the day's year
 * @param tieNeighbours teachers within two hops in the learning-tie graph of the window
 * (mentees only)
 * @param mentors mentors in pairs active at the day (mentees only)
 * @param experienceMonths whole months of experience at the day (ExperienceRules)
 * @param organization the main organization at the day (the one of
 * {@code organizationId}), null when not working then
 */
record TeacherProfile(Teacher teacher, String organizationId, String organizationKind, String districtId,
		String municipalityId, Set<String> subjects, Set<String> strengths, Map<String, String> deficits,
		Set<String> groups, Set<String> reach, int activeMentees, int pastPairs, List<Integer> satisfactions,
		boolean trained, boolean honorary, Set<String> tieNeighbours, Set<String> mentors, int experienceMonths,
		Organization organization) {

	String id() {
		return this.teacher.id();
	}

	/** The level of education of the main organization, null when unknown. */
	EducationLevel level() {
		return EducationLevel.of(this.organizationKind);
	}

	/** The same profile with its two-hop tie neighbours. */
	TeacherProfile withTieNeighbours(Set<String> neighbours) {
		return new TeacherProfile(this.teacher, this.organizationId, this.organizationKind, this.districtId,
				this.municipalityId, this.subjects, this.strengths, this.deficits, this.groups, this.reach,
				this.activeMentees, this.pastPairs, this.satisfactions, this.trained, this.honorary, neighbours,
				this.mentors, this.experienceMonths, this.organization);
	}

}
