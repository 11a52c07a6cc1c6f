package ru.horizon.mentoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import ru.horizon.model.Definitions;
import ru.horizon.model.LearningTies;
import ru.horizon.model.Window;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;

/**
 * Who is joined to whom by a learning tie in a {@link Window}: the two-hop tie neighbours
 * of the PROXIMITY factor and of a pair's preview.
 * <p>
 * Ties are those of {@link LearningTies}, either way round: the two teachers of a
 * mentoring pair active on any day of the window, and a teaching participant with an
 * attending one of the same event dated in the window. Only the teachers asked about are
 * read, then their neighbours: the events of the window they took part in, each with all
 * its participants (the speaker x attendee products formed here, as
 * {@link LearningTies#eventTies}), and their pairs; a city's plan reads about the city, a
 * municipality's plan in a nation-sized graph no longer reads the nation's year of events
 * (42 s at scale 100). What was read is kept per window for the graph's version: a
 * teacher's neighbours are known once their own events and pairs were read, and other
 * participants' ties found meanwhile wait until then.
 */
@Component
class TieNeighbourhood {

	/** The window's events of the teachers $ids, each with every participant. */
	private static final String PARTICIPATIONS = """
			UNWIND $ids AS id
			MATCH (:Teacher {id: id})-[:PARTICIPATED_IN]->(e:Event)
			WHERE %s
			WITH DISTINCT e
			MATCH (t:Teacher)-[r:PARTICIPATED_IN]->(e)
			RETURN e.id AS event, e.format AS format, t.id AS teacher, r.role AS role"""
		.formatted(Definitions.eventDuring("e", Window.FROM, Window.TO));

	/** The other teacher of each pair of the teachers $ids active in the window. */
	private static final String PAIRS = """
			UNWIND $ids AS id
			MATCH (a:Teacher {id: id})
			CALL (a) {
				MATCH (a)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(b:Teacher) WHERE %1$s
				RETURN b
				UNION
				MATCH (a)-[:MENTEE_IN]->(p:MentoringPair)<-[:MENTOR_IN]-(b:Teacher) WHERE %1$s
				RETURN b
			}
			WITH a, b WHERE a <> b
			RETURN a.id AS a, b.id AS b""".formatted(Definitions.pairActiveDuring("p", Window.FROM, Window.TO));

	private final Neo4jClient neo4j;

	private final GraphCache<Window, Ties> neighbourhoods;

	TieNeighbourhood(Neo4jClient neo4j, GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.neighbourhoods = cache.newCache(graphVersion);
	}

	/**
	 * The teachers within two ties of {@code teacher}: their tie neighbours and the
	 * neighbours of those (which may include the teacher).
	 */
	Set<String> twoHops(String teacher, Window window) {
		return twoHops(List.of(teacher), window).get(teacher);
	}

	/**
	 * {@link #twoHops(String, Window)} of each teacher, read together: two reads for any
	 * number of teachers.
	 * @return every teacher asked to their two-hop neighbours (empty when none)
	 */
	Map<String, Set<String>> twoHops(Collection<String> teachers, Window window) {
		Ties ties = ties(window);
		load(ties, teachers, window);
		Set<String> first = new HashSet<>();
		teachers.forEach((teacher) -> Collections.addAll(first, ties.of(teacher)));
		load(ties, first, window);
		Map<String, Set<String>> result = new LinkedHashMap<>();
		for (String teacher : teachers) {
			Set<String> hops = new LinkedHashSet<>();
			for (String neighbour : ties.of(teacher)) {
				hops.add(neighbour);
				Collections.addAll(hops, ties.of(neighbour));
			}
			result.put(teacher, hops);
		}
		return result;
	}

	/** The teachers tied to {@code teacher} in the window, either direction. */
	Set<String> neighbours(String teacher, Window window) {
		Ties ties = ties(window);
		load(ties, List.of(teacher), window);
		return new LinkedHashSet<>(List.of(ties.of(teacher)));
	}

	private Ties ties(Window window) {
		return this.neighbourhoods.get(window, Ties::new);
	}

	/**
	 * Reads the ties of the given teachers in the window now (those not known yet), in
	 * one read: a municipality's candidate pool, so that later askers find most
	 * neighbours known.
	 */
	void load(Collection<String> teachers, Window window) {
		load(ties(window), teachers, window);
	}

	/** Reads the ties of the teachers whose ties are not known yet. */
	private void load(Ties ties, Collection<String> teachers, Window window) {
		List<String> missing = ties.missing(teachers);
		if (!missing.isEmpty()) {
			ties.add(missing, read(missing, window));
		}
	}

	/** Every tie of the given teachers in the window, and others found on the way. */
	private Map<String, Set<String>> read(List<String> teachers, Window window) {
		Map<String, Object> parameters = new HashMap<>(window.parameters());
		parameters.put("ids", teachers);
		Map<String, Set<String>> neighbours = new HashMap<>();
		record Participants(List<LearningTies.End> speakers, List<LearningTies.End> attendees) {
		}
		Map<String, Participants> events = new HashMap<>();
		for (Map<String, Object> row : this.neo4j.query(PARTICIPATIONS).bindAll(parameters).fetch().all()) {
			String role = (String) row.get("role");
			boolean speaker = LearningTies.teaches(role, (String) row.get("format"));
			boolean attendee = LearningTies.attends(role);
			if (speaker || attendee) {
				Participants participants = events.computeIfAbsent((String) row.get("event"),
						(k) -> new Participants(new ArrayList<>(), new ArrayList<>()));
				LearningTies.End end = new LearningTies.End((String) row.get("teacher"), null);
				if (speaker) {
					participants.speakers().add(end);
				}
				if (attendee) {
					participants.attendees().add(end);
				}
			}
		}
		for (Participants participants : events.values()) {
			LearningTies.eventTies(participants.speakers(), participants.attendees(),
					(speaker, attendee) -> tie(neighbours, speaker.teacher(), attendee.teacher()));
		}
		for (Map<String, Object> row : this.neo4j.query(PAIRS).bindAll(parameters).fetch().all()) {
			tie(neighbours, (String) row.get("a"), (String) row.get("b"));
		}
		return neighbours;
	}

	private static void tie(Map<String, Set<String>> neighbours, String a, String b) {
		neighbours.computeIfAbsent(a, (k) -> new LinkedHashSet<>()).add(b);
		neighbours.computeIfAbsent(b, (k) -> new LinkedHashSet<>()).add(a);
	}

	/**
	 * The ties read so far in one window for one version of the graph. A teacher whose
	 * own events and pairs were read is complete: every tie of theirs is known, and no
	 * later read can add one, so their neighbours are published once, read without a lock
	 * by concurrent askers. Ties of other participants found meanwhile wait under the
	 * lock until their own read. The reads run outside the lock (two askers may read the
	 * same teacher: the ties merge).
	 */
	private static final class Ties {

		private final Map<String, String[]> complete = new ConcurrentHashMap<>();

		private final Map<String, Set<String>> partial = new HashMap<>();

		List<String> missing(Collection<String> teachers) {
			return teachers.stream().filter((t) -> !this.complete.containsKey(t)).distinct().toList();
		}

		synchronized void add(Collection<String> teachers, Map<String, Set<String>> read) {
			read.forEach((teacher, found) -> {
				if (!this.complete.containsKey(teacher)) {
					this.partial.computeIfAbsent(teacher, (k) -> new LinkedHashSet<>()).addAll(found);
				}
			});
			for (String teacher : teachers) {
				if (!this.complete.containsKey(teacher)) {
					Set<String> all = this.partial.remove(teacher);
					this.complete.put(teacher, (all != null) ? all.toArray(String[]::new) : new String[0]);
				}
			}
		}

		/** The neighbours of a teacher whose ties were read. */
		String[] of(String teacher) {
			return this.complete.get(teacher);
		}

	}

}
