package ru.horizon.mentoring;

/**
 * Which mentors a recommendation or a plan may propose, and how the contour weighs: the
 * mentee's organization, others, both by score alone, or both with the internal ones
 * first.
 */
public enum Contour {

	/**
	 * Every candidate, the internal ones first: an internal candidate ranks above an
	 * external one unless the external one's score is higher by more than
	 * {@code horizon.mentoring.external-margin} (the default policy).
	 */
	PREFER_INTERNAL,
	/** Every candidate, by score alone. */
	ANY,
	/** Internal contour (внутренний контур): the mentee's own organization. */
	INTERNAL,
	/** External contour (внешний контур): other organizations. */
	EXTERNAL

}
