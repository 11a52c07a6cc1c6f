package ru.horizon.system.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caches of answers computed from the graph (see {@link GraphCache}).
 *
 * @param maxEntries the most answers each cache keeps; 0 turns caching off
 * @param ttlWithoutListener how long an answer is trusted when the application cannot see
 * every write (a server or a cluster rather than the embedded database): writes made
 * outside this application that change no count of {@link GraphVersion}'s fingerprint
 * show after at most this long
 * @param fingerprintInterval without a commit listener, how often at most the database's
 * counts of nodes and relationships are read to notice writes made by others (an import,
 * an analyst's edit)
 */
@ConfigurationProperties("horizon.cache")
public record CacheProperties(@DefaultValue("16") int maxEntries, @DefaultValue("30s") Duration ttlWithoutListener,
		@DefaultValue("1s") Duration fingerprintInterval) {

	/** A cache with these settings. */
	public <K, V> GraphCache<K, V> newCache(GraphVersion version) {
		return newCache(version, this.maxEntries);
	}

	/**
	 * A cache with these settings but its own number of entries (0 when caching is off).
	 */
	public <K, V> GraphCache<K, V> newCache(GraphVersion version, int entries) {
		return new GraphCache<>(version, (this.maxEntries > 0) ? entries : 0, this.ttlWithoutListener);
	}

}
