package ru.horizon.mentoring;

/**
 * Why a mentoring pair ended (причина завершения), stored as the pair's
 * {@code endReason}.
 */
public enum PairEndReason {

	/** The programme was completed (программа выполнена). */
	COMPLETED,

	/**
	 * Not a good fit (пара не сложилась): the mentee is re-paired, never with this mentor
	 * again.
	 */
	NOT_A_GOOD_FIT,

	/** The mentor left (наставник выбыл). */
	MENTOR_LEFT,

	/** The mentee left (наставляемый выбыл). */
	MENTEE_LEFT,

	/** Another reason, said in the note. */
	OTHER

}
