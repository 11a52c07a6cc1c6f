package ru.horizon.mentoring;

import ru.horizon.organization.OrganizationKind;

/**
 * The level of education (уровень образования) a teacher works at, from the kind of their
 * main organization: what the LEVEL factor compares and the hard preference for
 * same-level candidates ranks by.
 */
public enum EducationLevel {

	/** Дошкольное: a PRESCHOOL organization. */
	PRESCHOOL,
	/** Общее: a SCHOOL. */
	SCHOOL,
	/** Дополнительное: a SUPPLEMENTARY organization. */
	SUPPLEMENTARY,
	/** Профессиональное: a COLLEGE or a UNIVERSITY. */
	VOCATIONAL;

	/**
	 * The level of an organization kind (its name as stored); null for METHOD_CENTER,
	 * OTHER, an unknown or a missing kind: such a teacher's level is unknown.
	 */
	static EducationLevel of(String kind) {
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case "PRESCHOOL" -> PRESCHOOL;
			case "SCHOOL" -> SCHOOL;
			case "SUPPLEMENTARY" -> SUPPLEMENTARY;
			case "COLLEGE", "UNIVERSITY" -> VOCATIONAL;
			default -> null;
		};
	}

	/** The level of a kind. */
	static EducationLevel of(OrganizationKind kind) {
		return (kind != null) ? of(kind.name()) : null;
	}

}
