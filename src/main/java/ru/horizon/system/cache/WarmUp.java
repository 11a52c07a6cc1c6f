package ru.horizon.system.cache;

import java.time.LocalDate;

/**
 * An answer the dashboard asks for first, computed before anyone asks: after the server
 * starts and again after writes ({@link WarmUps}), so that the first reader finds it kept
 * (or joins its computation) instead of paying a cold computation. Runs as the system
 * user; the answer must be the one a request would get for the same key.
 */
public interface WarmUp {

	/** What is computed, for the log. */
	String name();

	/** Computes (and so keeps) the answer for {@code today}. */
	void warmUp(LocalDate today);

	/**
	 * Whether it computes answers from the graph (skipped at start while the graph holds
	 * no data); false for what only prepares the server's own code paths.
	 */
	default boolean needsData() {
		return true;
	}

}
