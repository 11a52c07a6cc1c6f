package ru.horizon.mentoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import ru.horizon.model.Definitions;
import ru.horizon.model.LearningTies;
import ru.horizon.model.Window;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;

/**
 * Who is joined to whom by a learning tie in a {@link Window}, for the whole graph, read
 * once per day and version of the graph: the two-hop tie neighbours of the PROXIMITY
 * factor are then looked up in memory.
 * <p>
 * Ties are those of {@link LearningTies}, either way round: the two teachers of a
 * mentoring pair active on any day of the window, and a teaching participant with an
 * attending one of the same event dated in the window. The database returns the
 * participations and pairs of the window (two index-driven reads); the speaker x attendee
 * products are formed here, instead of expanding every event's participants twice per
 * mentee in Cypher, which took most of a recommendation (about 0.3 s a mentee on a city).
 */
@Component
class TieNeighbourhood {

	private static final String PARTICIPATIONS = """
			MATCH (e:Event) WHERE %s
			MATCH (t:Teacher)-[r:PARTICIPATED_IN]->(e)
			RETURN e.id AS event, e.format AS format, t.id AS teacher, r.role AS role"""
		.formatted(Definitions.eventDuring("e", Window.FROM, Window.TO));

	private static final String PAIRS = """
			MATCH (a:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(b:Teacher)
			WHERE %s
			RETURN a.id AS a, b.id AS b""".formatted(Definitions.pairActiveDuring("p", Window.FROM, Window.TO));

	private final Neo4jClient neo4j;

	private final GraphCache<Window, Map<String, String[]>> neighbourhoods;

	TieNeighbourhood(Neo4jClient neo4j, GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.neighbourhoods = cache.newCache(graphVersion);
	}

	/**
	 * The teachers within two ties of {@code teacher}: their tie neighbours and the
	 * neighbours of those (which may include the teacher), as the Cypher it replaces.
	 */
	Set<String> twoHops(String teacher, Window window) {
		Map<String, String[]> neighbours = this.neighbourhoods.get(window, () -> read(window));
		Set<String> result = new LinkedHashSet<>();
		for (String first : neighbours.getOrDefault(teacher, new String[0])) {
			result.add(first);
			for (String second : neighbours.getOrDefault(first, new String[0])) {
				result.add(second);
			}
		}
		return result;
	}

	/** The teachers tied to {@code teacher} in the window, either direction. */
	Set<String> neighbours(String teacher, Window window) {
		Map<String, String[]> neighbours = this.neighbourhoods.get(window, () -> read(window));
		return new LinkedHashSet<>(List.of(neighbours.getOrDefault(teacher, new String[0])));
	}

	private Map<String, String[]> read(Window window) {
		Map<String, Object> parameters = window.parameters();
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
			String a = (String) row.get("a");
			String b = (String) row.get("b");
			if (!a.equals(b)) {
				tie(neighbours, a, b);
			}
		}
		Map<String, String[]> result = new HashMap<>(neighbours.size() * 2);
		neighbours.forEach((teacher, set) -> result.put(teacher, set.toArray(String[]::new)));
		return result;
	}

	private static void tie(Map<String, Set<String>> neighbours, String a, String b) {
		neighbours.computeIfAbsent(a, (k) -> new LinkedHashSet<>()).add(b);
		neighbours.computeIfAbsent(b, (k) -> new LinkedHashSet<>()).add(a);
	}

}
