package ru.horizon.mentoring;

/** Which pairs of the register to list on a day. */
public enum PairStatus {

	/** Active on the day ({@code Definitions.pairActiveAt}). */
	ACTIVE,

	/** Started and ended before the day. */
	ENDED,

	/** Both. */
	ALL

}
