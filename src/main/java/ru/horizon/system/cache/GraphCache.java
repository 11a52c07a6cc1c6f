package ru.horizon.system.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Answers computed from the graph, kept while the graph is unchanged: an entry belongs to
 * the {@link GraphVersion} captured before its computation began, and is used only while
 * that is still the current version (and, when not every write is seen, while younger
 * than the time to live). Concurrent askers of the same missing key wait for one
 * computation. Keys must carry everything the answer depends on, the day asked
 * ({@code asOf}) included, and never who asks: access checks stay in front of the cache.
 *
 * @param <K> the key
 * @param <V> the answer; shared between callers, so it must not be changed by them
 */
public final class GraphCache<K, V> {

	private record Entry<V>(long version, long createdNanos, FutureTask<V> answer) {
	}

	private final GraphVersion graphVersion;

	private final int maxEntries;

	private final long ttlNanos;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	/**
	 * @param graphVersion the version of the graph
	 * @param maxEntries the most answers kept (the oldest goes first)
	 * @param ttlWithoutListener how long an answer is trusted when not every write is
	 * seen
	 */
	public GraphCache(GraphVersion graphVersion, int maxEntries, Duration ttlWithoutListener) {
		this.graphVersion = graphVersion;
		this.maxEntries = maxEntries;
		this.ttlNanos = ttlWithoutListener.toNanos();
	}

	/** The answer for {@code key}: kept, or computed now by {@code compute} and kept. */
	public V get(K key, Supplier<V> compute) {
		if (this.maxEntries <= 0) {
			return compute.get();
		}
		long version = this.graphVersion.current();
		Entry<V> entry = this.entries.get(key);
		if (entry == null || !fresh(entry, version)) {
			Entry<V> created = new Entry<>(version, System.nanoTime(), new FutureTask<>(compute::get));
			Entry<V> previous = entry;
			entry = this.entries.compute(key,
					(k, current) -> (current == null || current == previous || !fresh(current, version)) ? created
							: current);
			if (entry == created) {
				evictOldest();
				created.answer().run();
			}
		}
		try {
			return entry.answer().get();
		}
		catch (ExecutionException ex) {
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
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for an answer being computed", ex);
		}
	}

	/** Forgets every answer. */
	public void clear() {
		this.entries.clear();
	}

	int size() {
		return this.entries.size();
	}

	private boolean fresh(Entry<V> entry, long version) {
		return entry.version() == version
				&& (this.graphVersion.seesEveryWrite() || System.nanoTime() - entry.createdNanos() < this.ttlNanos);
	}

	private void evictOldest() {
		while (this.entries.size() > this.maxEntries) {
			K oldest = null;
			long oldestNanos = Long.MAX_VALUE;
			for (Map.Entry<K, Entry<V>> e : this.entries.entrySet()) {
				if (e.getValue().createdNanos() < oldestNanos) {
					oldestNanos = e.getValue().createdNanos();
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
