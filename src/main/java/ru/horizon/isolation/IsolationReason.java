package ru.horizon.isolation;

/** Why a young teacher is isolated or at risk (model.md). */
public enum IsolationReason {

	/** Not mentored at the day asked (не закреплён наставник). */
	NO_MENTOR,
	/**
	 * No active membership of a group (network, association, complex) at the day asked.
	 */
	NO_GROUP,
	/** No participation in an event dated in the lookback window. */
	NO_EVENTS,
	/** A new teacher (стаж до 6 месяцев) not mentored: a breach of the 100% target. */
	NEW_WITHOUT_MENTOR,
	/** Learning ties in the window, but none with a teacher of another organization. */
	ONLY_INTERNAL_TIES

}
