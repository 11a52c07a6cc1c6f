package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;

/**
 * Recently read candidate pools, ready for scoring ({@link CandidatePool}), kept in the
 * application's one cache of computed answers ({@link GraphCache}): a pool depends on the
 * day and the municipalities, not on the mentee, so every recommendation of a city on one
 * day shares it (reading it costs seconds at city scale; scoring it, about a
 * millisecond). Like every cached answer, it is dropped when the graph changes
 * ({@link GraphVersion}).
 */
@Component
class CandidatePoolCache {

	/**
	 * Pools kept at most: one per municipality (or set of them) and day asked recently.
	 */
	private static final int MAX_POOLS = 64;

	private record Key(List<String> municipalities, LocalDate asOf) {
	}

	private final GraphCache<Key, CandidatePool> pools;

	private final MentorScoring scoring;

	CandidatePoolCache(MentorScoring scoring, GraphVersion graphVersion, CacheProperties cache) {
		this.scoring = scoring;
		this.pools = cache.newCache(graphVersion, Math.max(MAX_POOLS, cache.maxEntries()));
	}

	/**
	 * The pool for these municipalities (null: all) at the day, read by {@code load} when
	 * not kept.
	 */
	CandidatePool get(Collection<String> municipalities, LocalDate asOf, Supplier<List<TeacherProfile>> load) {
		Key key = new Key((municipalities != null) ? municipalities.stream().sorted().toList() : null, asOf);
		return this.pools.get(key, () -> new CandidatePool(load.get(), this.scoring));
	}

}
