package ru.horizon.system.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Answers computed from the graph, kept while the graph is unchanged: an entry belongs to
 * the {@link GraphVersion} captured before its computation began, and is used only while
 * that is still the current version (and, when not every write is seen, while younger
 * than the time to live). Concurrent askers of the same missing key wait for one
 * computation. Keys must carry everything the answer depends on, the day asked
 * ({@code asOf}) included, and never who asks: access checks stay in front of the cache.
 * <p>
 * Writers do not starve readers: after a write the first asker starts the fresh
 * computation, and a request that can show its reader how old an answer is
 * ({@link AnswerFreshness}, the GraphQL endpoint) waits for it at most
 * {@code horizon.cache.refresh-wait}; past that it is served the answer computed before
 * the write, with the time it was computed, while the fresh one goes on in the background
 * and replaces it. While a computation begun before the latest write still runs, such a
 * request takes its answer (marked stale) instead of starting another beside it: a stream
 * of writes never multiplies the work. Other callers (exports, the command line) wait for
 * the fresh answer.
 *
 * @param <K> the key
 * @param <V> the answer; shared between callers, so it must not be changed by them
 */
public final class GraphCache<K, V> {

	/**
	 * An answer computed before the latest write, served while the fresh one computes.
	 */
	private record Previous<V>(V value, Instant computedAt) {
	}

	/** One answer: computed, or being computed, for one version of the graph. */
	private static final class Entry<V> {

		final long version;

		final long createdNanos;

		final Instant createdAt;

		final FutureTask<V> answer;

		/** How the answer is computed: again, for a later version, by the warm-up. */
		final Supplier<V> compute;

		/** When the key was last asked for. */
		volatile long askedNanos;

		/** Dropped once this entry's own answer is known, so only one is kept. */
		volatile Previous<V> previous;

		Entry(long version, Instant createdAt, Supplier<V> compute, Previous<V> previous) {
			this.version = version;
			this.createdNanos = System.nanoTime();
			this.askedNanos = this.createdNanos;
			this.compute = compute;
			this.createdAt = createdAt;
			this.previous = previous;
			this.answer = new FutureTask<>(compute::get) {
				@Override
				protected void done() {
					Entry.this.previous = null;
				}
			};
		}

		/** This entry's answer, when it was computed without failing; null otherwise. */
		Previous<V> asPrevious() {
			if (this.answer.state() == java.util.concurrent.Future.State.SUCCESS) {
				return new Previous<>(this.answer.resultNow(), this.createdAt);
			}
			return this.previous;
		}

	}

	private final GraphVersion graphVersion;

	private final int maxEntries;

	private final long ttlNanos;

	private final long refreshWaitNanos;

	private final Clock clock;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	/**
	 * A cache whose readers always wait for the fresh answer.
	 * @param graphVersion the version of the graph
	 * @param maxEntries the most answers kept (the oldest goes first)
	 * @param ttlWithoutListener how long an answer is trusted when not every write is
	 * seen
	 */
	public GraphCache(GraphVersion graphVersion, int maxEntries, Duration ttlWithoutListener) {
		this(graphVersion, maxEntries, ttlWithoutListener, null, Clock.systemUTC());
	}

	/**
	 * @param graphVersion the version of the graph
	 * @param maxEntries the most answers kept (the oldest goes first)
	 * @param ttlWithoutListener how long an answer is trusted when not every write is
	 * seen
	 * @param refreshWait how long a request that shows answers' age waits for the fresh
	 * answer after a write before it is served the previous one; null to always wait
	 * @param clock the time an answer is said to be computed at
	 */
	public GraphCache(GraphVersion graphVersion, int maxEntries, Duration ttlWithoutListener, Duration refreshWait,
			Clock clock) {
		this.graphVersion = graphVersion;
		this.maxEntries = maxEntries;
		this.ttlNanos = ttlWithoutListener.toNanos();
		this.refreshWaitNanos = (refreshWait != null) ? refreshWait.toNanos() : -1;
		this.clock = clock;
	}

	/** The answer for {@code key}: kept, or computed now by {@code compute} and kept. */
	public V get(K key, Supplier<V> compute) {
		if (this.maxEntries <= 0) {
			return compute.get();
		}
		AnswerFreshness freshness = (this.refreshWaitNanos >= 0) ? AnswerFreshness.current() : null;
		long version = this.graphVersion.current();
		Entry<V> entry = this.entries.get(key);
		if (entry != null && !fresh(entry, version) && freshness != null && !entry.answer.isDone()) {
			// A computation begun before the latest write still runs: a reader who can
			// be told the answer's age takes it rather than start another beside it, so
			// a stream of writes never multiplies the work.
			return stale(key, entry, freshness);
		}
		if (entry == null || !fresh(entry, version)) {
			Entry<V> stale = entry;
			Entry<V> created = new Entry<>(version, this.clock.instant(), compute,
					(stale != null) ? stale.asPrevious() : null);
			entry = this.entries.compute(key, (k,
					current) -> (current == null || current == stale || !fresh(current, version)) ? created : current);
			if (entry == created) {
				evictOldest();
				if (freshness != null && created.previous != null) {
					// Computed beside the request, which may not wait for it all.
					Thread.ofVirtual()
						.name("graph-cache-refresh")
						.start(DelegatingSecurityContextRunnable.create(created.answer, null));
				}
				else {
					created.answer.run();
				}
			}
		}
		entry.askedNanos = System.nanoTime();
		Previous<V> previous = entry.previous;
		if (freshness != null && previous != null && !entry.answer.isDone()) {
			try {
				return entry.answer.get(this.refreshWaitNanos, TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				freshness.servedStale(previous.computedAt());
				return previous.value();
			}
			catch (ExecutionException | InterruptedException ex) {
				return failed(key, entry, ex);
			}
		}
		return await(key, entry);
	}

	/**
	 * The answer of a computation begun before the latest write, or, past the wait, the
	 * one before it; either is marked stale with the time its computation began.
	 */
	private V stale(K key, Entry<V> entry, AnswerFreshness freshness) {
		Previous<V> previous = entry.previous;
		if (previous != null) {
			try {
				V value = entry.answer.get(this.refreshWaitNanos, TimeUnit.NANOSECONDS);
				freshness.servedStale(entry.createdAt);
				return value;
			}
			catch (TimeoutException ex) {
				freshness.servedStale(previous.computedAt());
				return previous.value();
			}
			catch (ExecutionException | InterruptedException ex) {
				return failed(key, entry, ex);
			}
		}
		V value = await(key, entry);
		freshness.servedStale(entry.createdAt);
		return value;
	}

	private V await(K key, Entry<V> entry) {
		try {
			return entry.answer.get();
		}
		catch (ExecutionException | InterruptedException ex) {
			return failed(key, entry, ex);
		}
	}

	private V failed(K key, Entry<V> entry, Exception ex) {
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for an answer being computed", ex);
		}
		this.entries.remove(key, entry);
		Throwable cause = ex.getCause();
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(cause);
	}

	/**
	 * Computes anew, on this thread, the answers of the {@code max} keys asked for most
	 * recently whose kept answers the graph's changes made stale (the warm-up after a
	 * write: the day a coordinator looks at is not always today). A failing computation
	 * is left to the next asker.
	 * @return how many were computed
	 */
	public int refreshRecent(int max) {
		long version = this.graphVersion.current();
		List<Map.Entry<K, Entry<V>>> stale = this.entries.entrySet()
			.stream()
			.filter((e) -> !fresh(e.getValue(), version))
			.sorted(java.util.Comparator.comparingLong((Map.Entry<K, Entry<V>> e) -> e.getValue().askedNanos)
				.reversed())
			.limit(max)
			.toList();
		int computed = 0;
		for (Map.Entry<K, Entry<V>> e : stale) {
			try {
				get(e.getKey(), e.getValue().compute);
				computed++;
			}
			catch (RuntimeException ex) {
				// The asker meets it.
			}
		}
		return computed;
	}

	/** Forgets every answer. */
	public void clear() {
		this.entries.clear();
	}

	int size() {
		return this.entries.size();
	}

	private boolean fresh(Entry<V> entry, long version) {
		return entry.version == version
				&& (this.graphVersion.seesEveryWrite() || System.nanoTime() - entry.createdNanos < this.ttlNanos);
	}

	private void evictOldest() {
		while (this.entries.size() > this.maxEntries) {
			K oldest = null;
			long oldestNanos = Long.MAX_VALUE;
			for (Map.Entry<K, Entry<V>> e : this.entries.entrySet()) {
				if (e.getValue().createdNanos < oldestNanos) {
					oldestNanos = e.getValue().createdNanos;
					oldest = e.getKey();
				}
			}
			if (oldest == null) {
				return;
			}
			this.entries.remove(oldest);
		}
	}

}
