package ru.horizon.mentoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;

/**
 * Keeps recently read candidate pools, ready for scoring ({@link CandidatePool}): a pool
 * depends on the day and the municipalities, not on the mentee, so every recommendation of
 * a city on one day shares it (reading it costs seconds at city scale; scoring it, about
 * a millisecond).
 * <p>
 * With the embedded database (or wherever {@link GraphVersion#seesEveryWrite()}) a pool is
 * kept until the next committed write, whoever made it, and concurrent recommendations
 * that miss wait for one read instead of each reading the pool: no TTL, no per-request
 * check. Otherwise (a server or a cluster) an entry lives {@code poolCacheTtl} and is
 * dropped at once after a pair is started or ended here, and whenever the database's
 * counts of the nodes and relationships a profile reads change (an import that adds
 * data); edits that change no count show after the TTL. {@code poolCacheTtl} 0 turns the
 * cache off either way.
 */
@Component
class CandidatePoolCache {

	/** Counts from Neo4j's count store: constant time whatever the size of the graph. */
	private static final String FINGERPRINT = """
			CALL () { MATCH (n:Teacher) RETURN count(n) AS teachers }
			CALL () { MATCH (n:MentoringPair) RETURN count(n) AS pairs }
			CALL () { MATCH (n:Group) RETURN count(n) AS groups }
			CALL () { MATCH ()-[r:WORKS_AT]->() RETURN count(r) AS worksAt }
			CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberOf }
			CALL () { MATCH ()-[r:HAS_STRENGTH]->() RETURN count(r) AS strengths }
			CALL () { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS participations }
			CALL () { MATCH ()-[r:TEACHES]->() RETURN count(r) AS teaches }
			CALL () { MATCH ()-[r:RECEIVED]->() RETURN count(r) AS awards }
			RETURN [teachers, pairs, groups, worksAt, memberOf, strengths, participations, teaches, awards] AS counts""";

	private static final int MAX_ENTRIES = 64;

	private record Key(List<String> municipalities, LocalDate asOf) {
	}

	private record Entry(CandidatePool pool, List<Object> fingerprint, long loadedAt) {
	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Neo4jClient neo4j;

	private final Duration ttl;

	private final GraphVersion graphVersion;

	/** Pools by graph version, used while every write is seen. */
	private final GraphCache<Key, CandidatePool> byVersion;

	private final MentorScoring scoring;

	CandidatePoolCache(Neo4jClient neo4j, MentoringProperties settings, MentorScoring scoring,
			GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.scoring = scoring;
		this.ttl = settings.poolCacheTtl();
		this.graphVersion = graphVersion;
		this.byVersion = new GraphCache<>(graphVersion, MAX_ENTRIES, cache.ttlWithoutListener());
	}

	/** The pool for these municipalities (null: all) at the day, read by {@code load} when not fresh here. */
	CandidatePool get(Collection<String> municipalities, LocalDate asOf, Supplier<List<TeacherProfile>> load) {
		if (this.ttl.isZero() || this.ttl.isNegative()) {
			return new CandidatePool(load.get(), this.scoring);
		}
		Key key = new Key((municipalities != null) ? municipalities.stream().sorted().toList() : null, asOf);
		if (this.graphVersion.seesEveryWrite()) {
			return this.byVersion.get(key, () -> new CandidatePool(load.get(), this.scoring));
		}
		List<Object> fingerprint = fingerprint();
		Entry entry = this.entries.get(key);
		long now = System.nanoTime();
		if (entry != null && entry.fingerprint().equals(fingerprint) && now - entry.loadedAt() < this.ttl.toNanos()) {
			return entry.pool();
		}
		CandidatePool pool = new CandidatePool(load.get(), this.scoring);
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(pool, fingerprint, now));
		return pool;
	}

	/** Forgets every pool once the current transaction commits (at once without one). */
	void invalidateAfterCommit() {
		// Every other cached answer (coverage, isolation, horizontal reports) is stale too.
		this.graphVersion.changed();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CandidatePoolCache.this.entries.clear();
				}
			});
		}
		else {
			this.entries.clear();
		}
	}

	@SuppressWarnings("unchecked")
	private List<Object> fingerprint() {
		return (List<Object>) this.neo4j.query(FINGERPRINT).fetch().one().orElseThrow().get("counts");
	}

}
