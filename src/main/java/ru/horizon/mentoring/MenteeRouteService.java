package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.model.Definitions;
import ru.horizon.model.Window;
import ru.horizon.system.security.ReadTeachers;

/**
 * The young teacher's route (ИОМ, {@link MenteeRoute}): for each deficit assessed by the
 * day, the mentors strong in it (the candidates of {@code mentorCandidates}, in its
 * order, who have the competency as a strength), the events addressing it
 * ({@code (:Event)-[:ADDRESSES]->(:Competency)}) recent (dated in the look-back window
 * ending that day) and upcoming (dated after it), the groups that organize those events
 * ({@code ORGANIZED_BY}: the data has no other link from a group to a competency; a
 * group's free-text direction is not matched), and the internship sites and resource
 * centres that host those events or coordinate those groups.
 */
@Service
@Transactional(readOnly = true)
public class MenteeRouteService {

	/** Mentors per deficit. */
	static final int MENTORS = 3;

	/** Recent and upcoming events per deficit, each. */
	static final int EVENTS = 5;

	private static final String EVENTS_QUERY = """
			MATCH (e:Event)-[:ADDRESSES]->(c:Competency)
			WHERE c.code IN $codes AND e.date IS NOT NULL AND (%s OR e.date > $asOf)
			OPTIONAL MATCH (e)-[:HOSTED_BY]->(h:Organization)
			OPTIONAL MATCH (e)-[:ORGANIZED_BY]->(g:Group)
			OPTIONAL MATCH (g)-[:COORDINATED_BY]->(k:Organization)
			RETURN c.code AS code, e.id AS id, e.title AS title, e.date AS date, e.format AS format,
				h {.id, .name, .flags} AS host, g {.id, .name, .kind} AS group, k {.id, .name, .flags} AS coordinator
			ORDER BY e.date, e.id""".formatted(Definitions.eventDuring("e", Window.FROM, Window.TO));

	private final MentorRecommendationService recommendation;

	private final ProfileQueries queries;

	private final Neo4jClient neo4j;

	private final Vocabulary vocabulary;

	MenteeRouteService(MentorRecommendationService recommendation, ProfileQueries queries, Neo4jClient neo4j,
			Vocabulary vocabulary) {
		this.recommendation = recommendation;
		this.queries = queries;
		this.neo4j = neo4j;
		this.vocabulary = vocabulary;
	}

	/**
	 * The route of a mentee at a day. Access as {@code mentorCandidates} (the same checks
	 * run there); an unknown mentee is NOT_FOUND.
	 */
	@ReadTeachers
	@SuppressWarnings("unchecked")
	public MenteeRoute route(String menteeId, LocalDate asOf, Locale locale) {
		TeacherProfile mentee = this.queries.mentee(menteeId, asOf)
			.orElseThrow(() -> ru.horizon.system.DomainException.notFound("No teacher with id " + menteeId + "."));
		Map<String, String> names = this.vocabulary.names();
		Map<String, Integer> levelOrder = Map.of("HIGH", 0, "MEDIUM", 1, "LOW", 2);
		List<Map.Entry<String, String>> deficits = new ArrayList<>(mentee.deficits().entrySet());
		deficits
			.sort(Comparator
				.comparing((Map.Entry<String, String> d) -> levelOrder
					.getOrDefault((d.getValue() != null) ? d.getValue() : "MEDIUM", 1))
				.thenComparing(Map.Entry::getKey));
		Map<String, Object> parameters = new HashMap<>(this.queries.tieWindow(asOf).parameters());
		parameters.put("asOf", asOf);
		parameters.put("codes", deficits.stream().map(Map.Entry::getKey).toList());
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		for (Map<String, Object> row : this.neo4j.query(EVENTS_QUERY).bindAll(parameters).fetch().all()) {
			rows.computeIfAbsent((String) row.get("code"), (k) -> new ArrayList<>()).add(row);
		}
		// Also the access check and the filters of mentorCandidates.
		Map<String, List<MentorCandidate>> strong = this.recommendation.strongIn(menteeId, asOf,
				deficits.stream().map(Map.Entry::getKey).toList(), MENTORS, locale);
		List<MenteeRoute.Step> steps = new ArrayList<>();
		for (Map.Entry<String, String> deficit : deficits) {
			String code = deficit.getKey();
			List<MentorCandidate> mentors = strong.getOrDefault(code, List.of());
			List<MenteeRoute.RouteEvent> recent = new ArrayList<>();
			List<MenteeRoute.RouteEvent> upcoming = new ArrayList<>();
			Map<String, MenteeRoute.RouteGroup> groups = new LinkedHashMap<>();
			Map<String, MenteeRoute.RouteSite> sites = new LinkedHashMap<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (Map<String, Object> row : rows.getOrDefault(code, List.of())) {
				Map<String, Object> host = (Map<String, Object>) row.get("host");
				Map<String, Object> group = (Map<String, Object>) row.get("group");
				LocalDate date = (LocalDate) row.get("date");
				if (seen.add((String) row.get("id"))) {
					MenteeRoute.RouteEvent event = new MenteeRoute.RouteEvent((String) row.get("id"),
							(String) row.get("title"), date, (String) row.get("format"),
							(host != null) ? (String) host.get("id") : null,
							(host != null) ? (String) host.get("name") : null);
					(date.isAfter(asOf) ? upcoming : recent).add(event);
				}
				if (group != null) {
					groups.putIfAbsent((String) group.get("id"), new MenteeRoute.RouteGroup((String) group.get("id"),
							(String) group.get("name"), (String) group.get("kind")));
				}
				site(sites, host);
				site(sites, (Map<String, Object>) row.get("coordinator"));
			}
			recent = new ArrayList<>(recent.reversed());
			steps.add(new MenteeRoute.Step(code, names.getOrDefault(code, code),
					(deficit.getValue() != null) ? deficit.getValue() : "MEDIUM", mentors,
					recent.subList(0, Math.min(EVENTS, recent.size())),
					upcoming.subList(0, Math.min(EVENTS, upcoming.size())), List.copyOf(groups.values()),
					List.copyOf(sites.values())));
		}
		return new MenteeRoute(mentee.teacher(), asOf, steps);
	}

	@SuppressWarnings("unchecked")
	private static void site(Map<String, MenteeRoute.RouteSite> sites, Map<String, Object> organization) {
		if (organization == null || organization.get("flags") == null) {
			return;
		}
		List<String> flags = ((List<Object>) organization.get("flags")).stream()
			.map(String::valueOf)
			.filter((f) -> f.equals("INTERNSHIP_SITE") || f.equals("RESOURCE_CENTER"))
			.toList();
		if (!flags.isEmpty()) {
			sites.putIfAbsent((String) organization.get("id"), new MenteeRoute.RouteSite(
					(String) organization.get("id"), (String) organization.get("name"), flags));
		}
	}

}
