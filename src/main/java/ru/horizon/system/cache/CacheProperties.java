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
 * @param refreshWait after a write, how long a GraphQL request waits for the fresh answer
 * before it is served the answer computed before the write, with the time it was computed
 * (the {@code freshness} extension of the response; the fresh answer goes on computing
 * and replaces it); exports and the command line always wait
 * @param warmUp compute the dashboard's first answers ({@link WarmUp}) once the server is
 * ready and again after writes, before anyone asks ({@link WarmUps})
 * @param warmUpDelay how long after a write the warm-up waits (writes within it lead to
 * one run)
 * @param warmUpWait how long a write (with an in-process database any commit but an
 * importer's, {@link GraphVersion#afterWrite}; against a server a GraphQL mutation or an
 * import over HTTP) waits after its commit for the warm-up to compute the dashboard's
 * answers anew, so that whoever reads after it finds them kept; past that it answers and
 * the warm-up goes on; zero: never wait
 * @param startWait how long after the server's start {@code /actuator/health} (and its
 * readiness probe) may say OUT_OF_SERVICE while the start's warm-up computes today's
 * answers (see {@link AnswersReadiness}); zero: healthy at once, the first readers pay
 * the cold computation
 */
@ConfigurationProperties("horizon.cache")
public record CacheProperties(@DefaultValue("16") int maxEntries, @DefaultValue("30s") Duration ttlWithoutListener,
		@DefaultValue("1s") Duration fingerprintInterval, @DefaultValue("2s") Duration refreshWait,
		@DefaultValue("true") boolean warmUp, @DefaultValue("1s") Duration warmUpDelay,
		@DefaultValue("2s") Duration warmUpWait, @DefaultValue("60s") Duration startWait) {

	/** A cache with these settings. */
	public <K, V> GraphCache<K, V> newCache(GraphVersion version) {
		return newCache(version, this.maxEntries);
	}

	/**
	 * A cache with these settings but its own number of entries (0 when caching is off).
	 */
	public <K, V> GraphCache<K, V> newCache(GraphVersion version, int entries) {
		return new GraphCache<>(version, (this.maxEntries > 0) ? entries : 0, this.ttlWithoutListener, this.refreshWait,
				java.time.Clock.systemUTC());
	}

}
