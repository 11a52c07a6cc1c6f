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
 * outside this application show after at most this long
 */
@ConfigurationProperties("horizon.cache")
public record CacheProperties(@DefaultValue("16") int maxEntries,
		@DefaultValue("30s") Duration ttlWithoutListener) {

	/** A cache with these settings. */
	public <K, V> GraphCache<K, V> newCache(GraphVersion version) {
		return new GraphCache<>(version, this.maxEntries, this.ttlWithoutListener);
	}

}
