package ru.horizon.teacher;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.organization.Organization;
import ru.horizon.system.security.Access;
import ru.horizon.system.security.ReadTeachers;

/** Teachers and what hangs off them: the module's API. Every method is teacher-level data. */
@Service
@Transactional(readOnly = true)
public class TeacherService {

	/**
	 * The main organization {@code o} of teacher {@code t} at {@code $asOf}, as a pattern
	 * with its WHERE clause: the main WORKS_AT that started on or before that day and had
	 * not ended before it.
	 */
	public static final String MAIN_ORGANIZATION_AT = """
			(t)-[w:WORKS_AT {main: true}]->(o:Organization)
			WHERE w.since <= $asOf AND (w.until IS NULL OR w.until >= $asOf)""";

	/**
	 * Young teachers {@code t} working at {@code $asOf} in an organization {@code o} that
	 * the caller has already matched (e.g. {@code MATCH (o:Organization) WHERE }
	 * {@link ru.horizon.organization.Scope#PREDICATE}); {@code w} is the main WORKS_AT.
	 * Reads the parameters of {@link ExperienceRules#parameters(LocalDate)}. A teacher who
	 * starts after {@code $asOf} does not exist yet; one whose main employment ended
	 * before it has left.
	 */
	public static final String YOUNG_TEACHERS_OF_O_AT = """
			MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o)
			WHERE w.since <= $asOf AND (w.until IS NULL OR w.until >= $asOf)
				AND t.teachingSince <= $asOf AND t.teachingSince > $youngSinceAfter
				AND duration.inMonths(t.teachingSince, $asOf).months < $youngTeacherMonths""";

	/** True when pair {@code p} is active at {@code $asOf}: started, and not ended before it. */
	public static final String PAIR_ACTIVE_AT = "p.startedOn <= $asOf AND (p.endedOn IS NULL OR p.endedOn >= $asOf)";

	/** True when teacher {@code t} is the mentee of a pair active at {@code $asOf}. */
	public static final String MENTORED_AT = "EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair) WHERE " + PAIR_ACTIVE_AT
			+ " }";

	/** A teacher and a day: the key of the date-dependent relationship fields. */
	public record TeacherAt(String teacherId, LocalDate asOf) {
	}

	private final Neo4jClient neo4j;

	private final Access access;

	private final Clock clock;

	TeacherService(Neo4jClient neo4j, Access access, Clock clock) {
		this.neo4j = neo4j;
		this.access = access;
		this.clock = clock;
	}

	/** A teacher by id; a curator may ask only for teachers of their own organization. */
	@ReadTeachers
	public Optional<Teacher> find(String id) {
		Optional<Map<String, Object>> row = this.neo4j.query("""
				MATCH (t:Teacher {id: $id})
				OPTIONAL CALL (t) {
					MATCH (t)-[w:WORKS_AT {main: true}]->(o:Organization)
					RETURN o.id AS organizationId
					ORDER BY w.since <= $today DESC, coalesce(w.until, date('9999-12-31')) DESC, w.since DESC
					LIMIT 1
				}
				RETURN %s AS t, organizationId""".formatted(Teacher.PROJECTION))
			.bindAll(Map.of("id", id, "today", LocalDate.now(this.clock)))
			.fetch()
			.one();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		this.access.checkOrganization((String) row.get().get("organizationId"), "teacher " + id);
		@SuppressWarnings("unchecked")
		Map<String, Object> teacher = (Map<String, Object>) row.get().get("t");
		return Optional.of(Teacher.of(teacher));
	}

	/** Main organization of each teacher at {@code asOf}, in one query. */
	@ReadTeachers
	public Map<String, Organization> mainOrganizations(Collection<String> teacherIds, LocalDate asOf) {
		Map<String, Organization> result = new HashMap<>();
		this.neo4j.query("""
				MATCH (t:Teacher) WHERE t.id IN $ids
				MATCH %s
				RETURN t.id AS teacher, %s AS o""".formatted(MAIN_ORGANIZATION_AT, Organization.PROJECTION))
			.bindAll(Map.of("ids", teacherIds, "asOf", asOf))
			.fetch()
			.all()
			.forEach((row) -> result.put((String) row.get("teacher"), Organization.of(asMap(row.get("o")))));
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	/** Subjects of each teacher, in one query. */
	@ReadTeachers
	public Map<String, List<Subject>> subjects(Collection<String> teacherIds) {
		Map<String, List<Subject>> result = new HashMap<>();
		this.neo4j.query("""
				MATCH (t:Teacher)-[:TEACHES]->(s:Subject) WHERE t.id IN $ids
				RETURN t.id AS teacher, s.code AS code, s.name AS name ORDER BY code""")
			.bind(teacherIds)
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> result.computeIfAbsent((String) row.get("teacher"), (k) -> new ArrayList<>())
				.add(new Subject((String) row.get("code"), (String) row.get("name"))));
		return result;
	}

	/** Mentors of each teacher in an active pair on the key's day, in one query. */
	@ReadTeachers
	public Map<TeacherAt, List<Teacher>> mentors(Collection<TeacherAt> keys) {
		return partners(keys, "MENTEE_IN", "MENTOR_IN");
	}

	/** Mentees of each teacher in an active pair on the key's day, in one query. */
	@ReadTeachers
	public Map<TeacherAt, List<Teacher>> mentees(Collection<TeacherAt> keys) {
		return partners(keys, "MENTOR_IN", "MENTEE_IN");
	}

	private Map<TeacherAt, List<Teacher>> partners(Collection<TeacherAt> keys, String own, String other) {
		List<Map<String, Object>> parameters = keys.stream()
			.map((key) -> Map.<String, Object>of("id", key.teacherId(), "asOf", key.asOf()))
			.toList();
		Map<TeacherAt, List<Teacher>> result = new HashMap<>();
		keys.forEach((key) -> result.put(key, new ArrayList<>()));
		this.neo4j.query("""
				UNWIND $keys AS key
				MATCH (:Teacher {id: key.id})-[:%s]->(p:MentoringPair)<-[:%s]-(t:Teacher)
				WHERE %s
				RETURN key.id AS id, key.asOf AS asOf, %s AS t ORDER BY t.id""".formatted(own, other,
					PAIR_ACTIVE_AT.replace("$asOf", "key.asOf"), Teacher.PROJECTION))
			.bind(parameters)
			.to("keys")
			.fetch()
			.all()
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> teacher = (Map<String, Object>) row.get("t");
				result.get(new TeacherAt((String) row.get("id"), (LocalDate) row.get("asOf")))
					.add(Teacher.of(teacher));
			});
		return result;
	}

}
