package ru.horizon.system.cache;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * What one request was told about the age of its answers: whether a {@link GraphCache}
 * served an answer computed before the latest write because the fresh one was still being
 * computed, and when the oldest such answer was computed.
 * <p>
 * Only a request that can show this to its reader opts in (the GraphQL endpoint: the
 * {@code freshness} extension of the response, shown by the dashboard); everyone else
 * (exports, the command line, the notebooks) always waits for the fresh answer. The
 * request's interceptor puts it in the Reactor context under {@link #KEY}; Spring for
 * GraphQL carries it to every thread that runs a data fetcher of the request, where
 * {@link #current()} returns it.
 */
public final class AnswerFreshness {

	/** The key of the Reactor context entry. */
	public static final String KEY = "ru.horizon.answerFreshness";

	private static final ThreadLocal<AnswerFreshness> CURRENT = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new Accessor());
	}

	private final AtomicReference<Instant> oldestServed = new AtomicReference<>();

	private volatile boolean wrote;

	/** The holder of the request the current thread works for, or null outside one. */
	public static AnswerFreshness current() {
		return CURRENT.get();
	}

	/** Runs {@code work} as part of a request that shows its answers' age: for tests. */
	public <T> T during(java.util.function.Supplier<T> work) {
		AnswerFreshness previous = CURRENT.get();
		CURRENT.set(this);
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	/**
	 * An answer computed at {@code computedAt} was served while a fresher one computes.
	 */
	void servedStale(Instant computedAt) {
		this.oldestServed.accumulateAndGet(computedAt,
				(current, given) -> (current == null || given.isBefore(current)) ? given : current);
	}

	/**
	 * When the oldest answer served from before the latest write was computed; null when
	 * every answer was fresh.
	 */
	public Instant oldestStaleAnswer() {
		return this.oldestServed.get();
	}

	/** The request wrote to the graph ({@link GraphVersion#changed()}). */
	void wroteGraph() {
		this.wrote = true;
	}

	/**
	 * Whether the request wrote to the graph: its response then waits for the dashboard's
	 * answers to be computed anew ({@link WarmUps#awaitFresh(java.time.Duration)}).
	 */
	public boolean wrote() {
		return this.wrote;
	}

	/**
	 * The response extension: {@code {stale: true, computedAt: "2026-11-30T14:05:03Z"}}
	 * (UTC, ISO-8601), or null when every answer was fresh.
	 */
	public Map<String, Object> extension() {
		Instant oldest = oldestStaleAnswer();
		if (oldest == null) {
			return null;
		}
		Map<String, Object> extension = new LinkedHashMap<>();
		extension.put("stale", true);
		extension.put("computedAt", oldest.toString());
		return extension;
	}

	/**
	 * Carries the holder across the threads of a request (Micrometer context
	 * propagation).
	 */
	private static final class Accessor implements ThreadLocalAccessor<AnswerFreshness> {

		@Override
		public Object key() {
			return KEY;
		}

		@Override
		public AnswerFreshness getValue() {
			return CURRENT.get();
		}

		@Override
		public void setValue(AnswerFreshness value) {
			CURRENT.set(value);
		}

		@Override
		public void setValue() {
			CURRENT.remove();
		}

	}

}
