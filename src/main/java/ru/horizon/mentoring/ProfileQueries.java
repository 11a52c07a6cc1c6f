package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;
import ru.horizon.model.ExperienceRules;
import ru.horizon.teacher.Teacher;
import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.model.Window;

/**
 * The Cypher behind recommendation and assignment: teachers' profiles in bulk, the
 * candidate pool filtered in the database, and the unmentored young teachers of a scope.
 * Callers hold the (read) transaction.
 */
@Component
class ProfileQueries {

	/**
	 * Everything of {@link TeacherProfile} for {@code t} working at {@code o} (o may be
	 * null).
	 */
	private static final String PROFILE = """
			WITH t, o,
				COLLECT { MATCH (o)-[:IN_DISTRICT]->(d:District) RETURN d.id ORDER BY d.id LIMIT 1 }[0] AS districtId,
				coalesce(COLLECT { MATCH (o)-[:IN_DISTRICT]->(:District)-[:IN_MUNICIPALITY]->(m:Municipality)
						RETURN m.id ORDER BY m.id LIMIT 1 }[0],
					COLLECT { MATCH (o)-[:IN_MUNICIPALITY]->(m:Municipality) RETURN m.id ORDER BY m.id LIMIT 1 }[0])
					AS municipalityId
			WITH t, o, districtId, municipalityId,
				COLLECT { MATCH (t)-[r:HAS_STRENGTH]->(c:Competency) WHERE r.assessedOn IS NULL OR r.assessedOn <= $asOf
					RETURN DISTINCT c.code } AS strengths
			RETURN %1$s AS t, o.id AS organizationId, o.kind AS organizationKind, districtId, municipalityId, strengths,
				COLLECT { MATCH (t)-[:TEACHES]->(s:Subject) RETURN s.code } AS subjects,
				COLLECT { MATCH (t)-[r:MEMBER_OF]->(g:Group) WHERE %2$s RETURN DISTINCT g.id } AS groups,
				COLLECT { MATCH (t)-[r:MEMBER_OF]->(g:Group)-[:COORDINATED_BY]->(c:Organization) WHERE %2$s
						RETURN c.id AS id
					UNION
					MATCH (t)-[:PARTICIPATED_IN]->(e:Event)-[:HOSTED_BY]->(c:Organization)
					WHERE %3$s
					RETURN c.id AS id } AS reachedOrganizations,
				%4$s AS activeMentees,
				COUNT { (t)-[:MENTOR_IN]->(p:MentoringPair) WHERE %5$s } AS pastPairs,
				COLLECT { MATCH (t)-[:MENTOR_IN]->(p:MentoringPair)
					WHERE %5$s AND p.satisfaction IS NOT NULL RETURN p.satisfaction } AS satisfactions,
				%6$s AS trained,
				%7$s AS honorary,
				%8$s AS organization""".formatted(Teacher.PROJECTION, Definitions.activeMembership("r", "g", Day.AS_OF),
			Definitions.eventDuring("e", Window.FROM, Window.TO), Definitions.activeMentees("t", Day.AS_OF),
			Definitions.pairStartedBy("p", Day.AS_OF), Definitions.trainedMentor("t", Day.AS_OF),
			Definitions.honoraryMentor("t", Day.AS_OF), Organization.PROJECTION);

	/**
	 * What only a mentee's profile needs: deficits and current mentors. The two-hop tie
	 * neighbours come from {@link TieNeighbourhood}.
	 */
	private static final String MENTEE_EXTRAS = """
			,
				COLLECT { MATCH (t)-[r:HAS_DEFICIT]->(c:Competency) WHERE r.assessedOn IS NULL OR r.assessedOn <= $asOf
					RETURN {code: c.code, level: r.level} } AS deficits,
				COLLECT { MATCH (t)-[:MENTEE_IN]->(p:MentoringPair)<-[:MENTOR_IN]-(m:Teacher) WHERE %s
					RETURN m.id } AS mentors""".formatted(Definitions.pairActiveAt("p", Day.AS_OF));

	/** Teachers by id, with the main organization at $asOf when there is one. */
	private static final String BY_IDS = """
			UNWIND $ids AS id
			MATCH (t:Teacher {id: id})
			WITH t, %s AS o
			""".formatted(Definitions.mainOrganization("t", Day.AS_OF));

	/**
	 * The candidate pool: teachers of the given municipalities (all when null) who pass
	 * the hard filters that do not depend on the mentee: working at $asOf, not young, at
	 * least the minimum experience, free capacity.
	 */
	private static final String POOL = """
			CALL () {
				MATCH (m:Municipality) WHERE m.id IN $municipalityIds
				MATCH (o:Organization)-[:IN_DISTRICT]->(:District)-[:IN_MUNICIPALITY]->(m)
				RETURN o
				UNION
				MATCH (m:Municipality) WHERE m.id IN $municipalityIds
				MATCH (o:Organization)-[:IN_MUNICIPALITY]->(m)
				RETURN o
				UNION
				MATCH (o:Organization) WHERE $municipalityIds IS NULL
				RETURN o
			}
			MATCH %s
				AND NOT %s
				AND %s >= $minMentorMonths
				AND %s < $maxMentees
			""".formatted(Definitions.mainEmployment("t", "w", "o", Day.AS_OF), Definitions.young("t", Day.AS_OF),
			Definitions.experienceMonths("t", Day.AS_OF), Definitions.activeMentees("t", Day.AS_OF));

	private static final String UNMENTORED_YOUNG = """
			%s
				AND NOT %s
			RETURN DISTINCT t.id AS id ORDER BY id""".formatted(Definitions.youngTeachersInScope("t", Day.AS_OF),
			Definitions.mentoredAt("t", Day.AS_OF));

	private final Neo4jClient neo4j;

	private final ExperienceRules experience;

	private final MentoringProperties settings;

	private final TieNeighbourhood ties;

	ProfileQueries(Neo4jClient neo4j, ExperienceRules experience, MentoringProperties settings, TieNeighbourhood ties) {
		this.neo4j = neo4j;
		this.experience = experience;
		this.settings = settings;
		this.ties = ties;
	}

	/**
	 * One mentee's profile (as {@link #mentees}), its organization the main one at the
	 * day (null when not working then); empty when there is no such teacher.
	 */
	Optional<TeacherProfile> mentee(String teacherId, LocalDate asOf) {
		return mentees(List.of(teacherId), asOf).stream().findFirst();
	}

	/**
	 * Mentee profiles (with deficits, mentors and tie neighbours), in the order of the
	 * ids.
	 */
	List<TeacherProfile> mentees(Collection<String> ids, LocalDate asOf) {
		Map<String, Object> parameters = parameters(asOf);
		parameters.put("ids", List.copyOf(ids));
		Window window = tieWindow(asOf);
		List<TeacherProfile> profiles = read(BY_IDS + PROFILE + MENTEE_EXTRAS, parameters, asOf, true);
		Map<String, Set<String>> twoHops = this.ties.twoHops(profiles.stream().map(TeacherProfile::id).toList(),
				window);
		return profiles.stream().map((p) -> p.withTieNeighbours(twoHops.get(p.id()))).toList();
	}

	/**
	 * The candidate pool at $asOf: working, experienced, not young, with free capacity;
	 * from the given municipalities, or everywhere when null. Ordered by id.
	 */
	List<TeacherProfile> pool(Collection<String> municipalityIds, LocalDate asOf) {
		Map<String, Object> parameters = parameters(asOf);
		parameters.put("municipalityIds", (municipalityIds != null) ? List.copyOf(municipalityIds) : null);
		parameters.put("maxMentees", this.settings.maxMenteesPerMentor());
		int minMonths = this.settings.minMentorExperienceYears() * 12;
		parameters.put("minMentorMonths", minMonths);
		List<TeacherProfile> profiles = new ArrayList<>(read(POOL + PROFILE, parameters, asOf, false));
		profiles.sort(java.util.Comparator.comparing(TeacherProfile::id));
		if (municipalityIds != null) {
			// The pool's ties in one read, with the pool (once per municipality, day and
			// version): the two-hop neighbours of each mentee asked later are mostly
			// known then.
			this.ties.load(profiles.stream().map(TeacherProfile::id).toList(), tieWindow(asOf));
		}
		return profiles;
	}

	/** Ids of the young teachers of a scope who are not mentored at $asOf, ordered. */
	List<String> unmentoredYoung(Scope scope, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(this.experience.parameters(asOf));
		parameters.putAll(scope.parameters());
		return List.copyOf(this.neo4j.query(UNMENTORED_YOUNG)
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.all());
	}

	/** Every distinct position of a teacher with the number of teachers holding it. */
	Map<String, Long> positions() {
		Map<String, Long> result = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (t:Teacher) WHERE t.position IS NOT NULL
				RETURN t.position AS position, count(t) AS teachers ORDER BY position""")
			.fetch()
			.all()
			.forEach((row) -> result.put((String) row.get("position"), ((Number) row.get("teachers")).longValue()));
		return result;
	}

	/** The look-back window of the PROXIMITY ties and the NETWORK_GAIN events. */
	Window tieWindow(LocalDate asOf) {
		return Window.lookback(asOf, this.settings.tieLookbackMonths());
	}

	private Map<String, Object> parameters(LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(this.experience.parameters(asOf));
		parameters.putAll(tieWindow(asOf).parameters());
		return parameters;
	}

	/** The first row of each teacher, as a profile. */
	@SuppressWarnings("unchecked")
	private List<TeacherProfile> read(String cypher, Map<String, Object> parameters, LocalDate asOf, boolean mentee) {
		Map<String, TeacherProfile> byId = new LinkedHashMap<>();
		Map<String, Organization> organizations = new HashMap<>();
		for (Map<String, Object> row : this.neo4j.query(cypher).bindAll(parameters).fetch().all()) {
			Teacher teacher = Teacher.of((Map<String, Object>) row.get("t"));
			Set<String> groups = strings(row.get("groups"));
			Set<String> reach = new LinkedHashSet<>();
			groups.forEach((g) -> reach.add("g:" + g));
			String organizationId = (String) row.get("organizationId");
			if (organizationId != null) {
				reach.add("o:" + organizationId);
			}
			strings(row.get("reachedOrganizations")).forEach((o) -> reach.add("o:" + o));
			Map<String, String> deficits = new LinkedHashMap<>();
			if (mentee) {
				for (Object deficit : (List<Object>) row.get("deficits")) {
					Map<String, Object> d = (Map<String, Object>) deficit;
					deficits.put((String) d.get("code"), (String) d.get("level"));
				}
			}
			List<Integer> satisfactions = ((List<Object>) row.get("satisfactions")).stream()
				.map((s) -> ((Number) s).intValue())
				.toList();
			byId.putIfAbsent(teacher.id(),
					new TeacherProfile(teacher, organizationId, (String) row.get("organizationKind"),
							(String) row.get("districtId"), (String) row.get("municipalityId"),
							strings(row.get("subjects")), strings(row.get("strengths")), deficits, groups, reach,
							((Number) row.get("activeMentees")).intValue(), ((Number) row.get("pastPairs")).intValue(),
							satisfactions, Boolean.TRUE.equals(row.get("trained")),
							Boolean.TRUE.equals(row.get("honorary")), Set.of(),
							mentee ? strings(row.get("mentors")) : Set.of(),
							this.experience.months(teacher.teachingSince(), asOf),
							(organizationId != null)
									? organizations.computeIfAbsent(organizationId,
											(id) -> Organization.of((Map<String, Object>) row.get("organization")))
									: null));
		}
		return List.copyOf(byId.values());
	}

	@SuppressWarnings("unchecked")
	private static Set<String> strings(Object list) {
		Set<String> result = new LinkedHashSet<>();
		if (list != null) {
			for (Object item : (List<Object>) list) {
				if (item != null) {
					result.add(item.toString());
				}
			}
		}
		return result;
	}

}
