package ru.horizon.organization;

/** Kind of an educational organization (образовательная организация). */
public enum OrganizationKind {

	/** General-education school: СОШ, lyceum, gymnasium. */
	SCHOOL,
	/** Preschool (ДОУ). */
	PRESCHOOL,
	/** Supplementary education (УДО). */
	SUPPLEMENTARY, COLLEGE, UNIVERSITY,
	/** Methodological centre (ИМЦ). */
	METHOD_CENTER, OTHER

}
