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

import ru.horizon.organization.Scope;
import ru.horizon.teacher.ExperienceRules;
import ru.horizon.teacher.Teacher;
import ru.horizon.teacher.TeacherService;

/**
 * The Cypher behind recommendation and assignment: teachers' profiles in bulk, the
 * candidate pool filtered in the database, and the unmentored young teachers of a scope.
 * Callers hold the (read) transaction.
 */
@Component
class ProfileQueries {

	private static final String ACTIVE_MEMBERSHIP = """
			(r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
			AND (g.startedOn IS NULL OR g.startedOn <= $asOf) AND (g.endedOn IS NULL OR g.endedOn >= $asOf)""";

	/** Everything of {@link TeacherProfile} for {@code t} working at {@code o} (o may be null). */
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
			RETURN %s AS t, o.id AS organizationId, districtId, municipalityId, strengths,
				COLLECT { MATCH (t)-[:TEACHES]->(s:Subject) RETURN s.code } AS subjects,
				COLLECT { MATCH (t)-[r:MEMBER_OF]->(g:Group) WHERE %s RETURN DISTINCT g.id } AS groups,
				COLLECT { MATCH (t)-[r:MEMBER_OF]->(g:Group)-[:COORDINATED_BY]->(c:Organization) WHERE %s
						RETURN c.id AS id
					UNION
					MATCH (t)-[:PARTICIPATED_IN]->(e:Event)-[:HOSTED_BY]->(c:Organization)
					WHERE e.date >= $tiesFrom AND e.date <= $asOf
					RETURN c.id AS id } AS reachedOrganizations,
				COUNT { (t)-[:MENTOR_IN]->(p:MentoringPair) WHERE %s } AS activeMentees,
				COUNT { (t)-[:MENTOR_IN]->(p:MentoringPair) WHERE p.startedOn <= $asOf } AS pastPairs,
				COLLECT { MATCH (t)-[:MENTOR_IN]->(p:MentoringPair)
					WHERE p.startedOn <= $asOf AND p.satisfaction IS NOT NULL RETURN p.satisfaction } AS satisfactions,
				'mentoring' IN strengths OR EXISTS { (t)-[r:MEMBER_OF]->(g:Group)
					WHERE (r.since IS NULL OR r.since <= $asOf) AND toLower(g.name) CONTAINS 'школа наставников' }
					AS trained,
				EXISTS { (t)-[r:RECEIVED]->(:Award {kind: 'HONORARY_MENTOR'}) WHERE r.year IS NULL OR r.year <= $asOf.year }
					AS honorary""".formatted(Teacher.PROJECTION, ACTIVE_MEMBERSHIP, ACTIVE_MEMBERSHIP,
			TeacherService.PAIR_ACTIVE_AT);

	/**
	 * What only a mentee's profile needs: deficits and current mentors. The two-hop tie
	 * neighbours come from {@link TieNeighbourhood}.
	 */
	private static final String MENTEE_EXTRAS = """
			,
				COLLECT { MATCH (t)-[r:HAS_DEFICIT]->(c:Competency) WHERE r.assessedOn IS NULL OR r.assessedOn <= $asOf
					RETURN {code: c.code, level: r.level} } AS deficits,
				COLLECT { MATCH (t)-[:MENTEE_IN]->(p:MentoringPair)<-[:MENTOR_IN]-(m:Teacher) WHERE %s
					RETURN m.id } AS mentors""".formatted(TeacherService.PAIR_ACTIVE_AT);

	/** The main organization of a teacher's latest employment, whenever it was. */
	private static final String LATEST_ORGANIZATION = """
			,
				COLLECT { MATCH (t)-[w:WORKS_AT {main: true}]->(o:Organization)
					RETURN o.id ORDER BY coalesce(w.until, date('9999-12-31')) DESC, w.since DESC, o.id LIMIT 1 }[0]
					AS latestOrganization""";

	/** Teachers by id, with the main organization at $asOf when there is one. */
	private static final String BY_IDS = """
			UNWIND $ids AS id
			MATCH (t:Teacher {id: id})
			OPTIONAL CALL (t) {
				MATCH (t)-[w:WORKS_AT {main: true}]->(o:Organization)
				WHERE w.since <= $asOf AND (w.until IS NULL OR w.until >= $asOf)
				RETURN o ORDER BY w.since DESC, o.id LIMIT 1
			}
			""";

	/**
	 * The candidate pool: teachers of the given municipalities (all when null) who pass the
	 * hard filters that do not depend on the mentee: working at $asOf, not young, at least
	 * the minimum experience, free capacity.
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
			MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o)
			WHERE w.since <= $asOf AND (w.until IS NULL OR w.until >= $asOf)
				AND t.teachingSince <= $latestMentorStart
				AND duration.inMonths(t.teachingSince, $asOf).months >= $youngTeacherMonths
				AND duration.inMonths(t.teachingSince, $asOf).months >= $minMentorMonths
				AND COUNT { (t)-[:MENTOR_IN]->(p:MentoringPair) WHERE %s } < $maxMentees
			""".formatted(TeacherService.PAIR_ACTIVE_AT);

	private static final String UNMENTORED_YOUNG = """
			MATCH (o:Organization) WHERE %s
			%s
				AND NOT %s
			RETURN DISTINCT t.id AS id ORDER BY id""".formatted(Scope.PREDICATE, TeacherService.YOUNG_TEACHERS_OF_O_AT,
			TeacherService.MENTORED_AT);

	private final Neo4jClient neo4j;

	private final ExperienceRules experience;

	private final MentoringProperties settings;

	private final TieNeighbourhood ties;

	ProfileQueries(Neo4jClient neo4j, ExperienceRules experience, MentoringProperties settings,
			TieNeighbourhood ties) {
		this.neo4j = neo4j;
		this.experience = experience;
		this.settings = settings;
		this.ties = ties;
	}

	/**
	 * One mentee's profile (as {@link #mentees}) and where they work, in one read; empty
	 * when there is no such teacher.
	 */
	Optional<Mentee> mentee(String teacherId, LocalDate asOf) {
		Map<String, Object> parameters = parameters(asOf);
		parameters.put("ids", List.of(teacherId));
		LocalDate tiesFrom = (LocalDate) parameters.get("tiesFrom");
		return readRows(BY_IDS + PROFILE + MENTEE_EXTRAS + LATEST_ORGANIZATION, parameters, true).stream()
			.findFirst()
			.map((read) -> new Mentee(read.profile().withTieNeighbours(this.ties.twoHops(teacherId, tiesFrom, asOf)),
					(String) read.row().get("latestOrganization")));
	}

	/**
	 * A mentee and where they work.
	 *
	 * @param profile the profile; its organization is the main one at the day asked, null
	 * when not working then
	 * @param latestOrganization the main organization of the latest employment
	 */
	record Mentee(TeacherProfile profile, String latestOrganization) {

		/** The organization a curator's limit is checked against. */
		String organizationForAccess() {
			return (this.profile.organizationId() != null) ? this.profile.organizationId() : this.latestOrganization;
		}

	}

	/** Mentee profiles (with deficits, mentors and tie neighbours), in the order of the ids. */
	List<TeacherProfile> mentees(Collection<String> ids, LocalDate asOf) {
		Map<String, Object> parameters = parameters(asOf);
		parameters.put("ids", List.copyOf(ids));
		LocalDate tiesFrom = (LocalDate) parameters.get("tiesFrom");
		return read(BY_IDS + PROFILE + MENTEE_EXTRAS, parameters, true).stream()
			.map((p) -> p.withTieNeighbours(this.ties.twoHops(p.id(), tiesFrom, asOf)))
			.toList();
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
		parameters.put("latestMentorStart", asOf.minusMonths(Math.max(minMonths, this.experience.youngTeacherMonths())));
		List<TeacherProfile> profiles = new ArrayList<>(read(POOL + PROFILE, parameters, false));
		profiles.sort(java.util.Comparator.comparing(TeacherProfile::id));
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

	private Map<String, Object> parameters(LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(this.experience.parameters(asOf));
		parameters.put("tiesFrom", asOf.minusMonths(this.settings.tieLookbackMonths()));
		return parameters;
	}

	private List<TeacherProfile> read(String cypher, Map<String, Object> parameters, boolean mentee) {
		return readRows(cypher, parameters, mentee).stream().map(Read::profile).toList();
	}

	/** A profile and the row it was read from. */
	private record Read(TeacherProfile profile, Map<String, Object> row) {
	}

	/** The first row of each teacher, as a profile. */
	@SuppressWarnings("unchecked")
	private List<Read> readRows(String cypher, Map<String, Object> parameters, boolean mentee) {
		Map<String, Read> byId = new LinkedHashMap<>();
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
			byId.putIfAbsent(teacher.id(), new Read(
					new TeacherProfile(teacher, organizationId, (String) row.get("districtId"),
							(String) row.get("municipalityId"), strings(row.get("subjects")),
							strings(row.get("strengths")), deficits, groups, reach,
							((Number) row.get("activeMentees")).intValue(), ((Number) row.get("pastPairs")).intValue(),
							satisfactions, Boolean.TRUE.equals(row.get("trained")),
							Boolean.TRUE.equals(row.get("honorary")),
							Set.of(),
							mentee ? strings(row.get("mentors")) : Set.of()), row));
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
