package ru.horizon.teacher;

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
import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.system.security.ReadTeachers;

/**
 * Teachers and what hangs off them: the module's API. Every method is teacher-level data.
 */
@Service
@Transactional(readOnly = true)
public class TeacherService {

	/** A teacher and a day: the key of the date-dependent relationship fields. */
	public record TeacherAt(String teacherId, LocalDate asOf) {
	}

	private final Neo4jClient neo4j;

	private final TeacherAccess access;

	TeacherService(Neo4jClient neo4j, TeacherAccess access) {
		this.neo4j = neo4j;
		this.access = access;
	}

	/**
	 * A teacher by id, as seen on {@code day}; refused (FORBIDDEN) when the caller may
	 * not see that teacher on that day ({@link TeacherAccess}).
	 */
	@ReadTeachers
	public Optional<Teacher> find(String id, LocalDate day) {
		Optional<Teacher> teacher = this.neo4j
			.query("MATCH (t:Teacher {id: $id}) RETURN " + Teacher.PROJECTION + " AS t")
			.bind(id)
			.to("id")
			.fetchAs(Teacher.class)
			.mappedBy((types, record) -> Teacher.of(record.get("t").asMap()))
			.one();
		teacher.ifPresent((t) -> this.access.check(id, day));
		return teacher;
	}

	/**
	 * The main organization of each teacher on the key's day
	 * ({@link Definitions#mainEmployment}), in one query; a teacher with none that day is
	 * missing from the map.
	 */
	@ReadTeachers
	public Map<TeacherAt, Organization> mainOrganizations(Collection<TeacherAt> keys) {
		List<Map<String, Object>> parameters = keys.stream()
			.map((key) -> Map.<String, Object>of("id", key.teacherId(), "asOf", key.asOf()))
			.toList();
		Map<TeacherAt, Organization> result = new HashMap<>();
		this.neo4j
			.query("""
					UNWIND $keys AS key
					MATCH (t:Teacher {id: key.id})
					MATCH %s
					RETURN key.id AS teacher, key.asOf AS asOf, %s AS o""".formatted(
					Definitions.mainEmployment("t", "w", "o", Day.property("key", "asOf")), Organization.PROJECTION))
			.bind(parameters)
			.to("keys")
			.fetch()
			.all()
			.forEach((row) -> result.put(new TeacherAt((String) row.get("teacher"), (LocalDate) row.get("asOf")),
					Organization.of(asMap(row.get("o")))));
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
		this.neo4j
			.query("""
					UNWIND $keys AS key
					MATCH (:Teacher {id: key.id})-[:%s]->(p:MentoringPair)<-[:%s]-(t:Teacher)
					WHERE %s
					RETURN key.id AS id, key.asOf AS asOf, %s AS t ORDER BY t.id""".formatted(own, other,
					Definitions.pairActiveAt("p", Day.property("key", "asOf")), Teacher.PROJECTION))
			.bind(parameters)
			.to("keys")
			.fetch()
			.all()
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> teacher = (Map<String, Object>) row.get("t");
				result.get(new TeacherAt((String) row.get("id"), (LocalDate) row.get("asOf"))).add(Teacher.of(teacher));
			});
		return result;
	}

}
