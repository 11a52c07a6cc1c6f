package ru.horizon.system.security;

/**
 * The roles of runtime.md. What each may do is written once, in the access annotations of
 * this package.
 */
public enum Role {

	/** Everything, including import and settings. */
	ADMIN,
	/**
	 * Municipal coordinator of the target mentoring model: everything about teachers and
	 * pairs.
	 */
	COORDINATOR,
	/**
	 * Mentoring curator of one organization: the same, for their own organization only.
	 */
	CURATOR,
	/** Every read and the read-only Cypher endpoint; no mutation. */
	ANALYST,
	/** Aggregated indicators only: no names, no teacher-level lists. */
	VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
