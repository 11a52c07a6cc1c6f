package ru.horizon.mentoring;

/** Which mentors a recommendation may propose: the mentee's organization, others, or both. */
public enum Contour {

	/** Every candidate. */
	ANY,
	/** Internal contour (внутренний контур): the mentee's own organization. */
	INTERNAL,
	/** External contour (внешний контур): other organizations. */
	EXTERNAL

}
