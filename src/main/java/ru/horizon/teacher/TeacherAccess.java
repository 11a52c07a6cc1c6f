package ru.horizon.teacher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.Access;
import ru.horizon.system.security.HorizonUser;

/**
 * Who may see a teacher on day d: the one place that decides it, for {@code teacher},
 * every teacher-level list, names inside any answer, candidates, the plan, the mutations
 * and the exports.
 * <p>
 * The rule (runtime.md's roles on model.md's graph): ADMIN, COORDINATOR and ANALYST see
 * every teacher; a CURATOR of organization X sees a teacher on day d when the teacher's
 * main organization on d ({@link Definitions#mainEmployment}) is X, and other teachers
 * only as aggregates (their names are hidden); a VIEWER sees aggregates only. A write
 * that covers several days (a back-dated pair) needs the right on every one of them
 * ({@link #checkThroughout}).
 */
@Component
public class TeacherAccess {

	/**
	 * The main organization of one teacher on each day where it may change within a
	 * period.
	 */
	private static final String ORGANIZATIONS_DURING = """
			MATCH (t:Teacher {id: $id})
			UNWIND %s AS day
			WITH DISTINCT t, day
			RETURN day, %s.id AS organization ORDER BY day""".formatted(
			Definitions.mainOrganizationChangeDays("t", Day.parameter("from"), Day.parameter("to")),
			Definitions.mainOrganization("t", Day.variable("day")));

	private final Neo4jClient neo4j;

	private final Access access;

	TeacherAccess(Neo4jClient neo4j, Access access) {
		this.neo4j = neo4j;
		this.access = access;
	}

	/**
	 * The scope of a teacher-level list on any day: a curator's list is their own
	 * organization (the list selects teachers by their main organization on the day, so
	 * this is the rule above); asking for another organization is FORBIDDEN. Refuses a
	 * VIEWER.
	 */
	public Scope listScope(Scope requested) {
		this.access.checkPersonalData();
		Scope scope = Scope.orAll(requested);
		Optional<String> own = this.access.organizationLimit();
		if (own.isEmpty()) {
			return scope;
		}
		if (scope.organizationId() != null && !scope.organizationId().equals(own.get())) {
			throw new AccessDeniedException(
					"A curator sees teacher lists of their own organization (" + own.get() + ") only.");
		}
		return scope.limitedTo(own.get());
	}

	/**
	 * Refuses (FORBIDDEN) unless the caller may see teacher {@code teacherId} on
	 * {@code day}. An unknown teacher passes: the caller answers NOT_FOUND.
	 */
	public void check(String teacherId, LocalDate day) {
		checkThroughout(teacherId, day, day);
	}

	/**
	 * Refuses (FORBIDDEN) unless the caller may see teacher {@code teacherId} on every
	 * day of {@code [from, to]}: for a curator, the teacher's main organization is theirs
	 * on each of those days.
	 */
	public void checkThroughout(String teacherId, LocalDate from, LocalDate to) {
		this.access.checkPersonalData();
		Optional<String> own = this.access.organizationLimit();
		if (own.isEmpty()) {
			return;
		}
		if (to.isBefore(from)) {
			throw DomainException.badRequest("A period needs from <= to, was [%s, %s].".formatted(from, to));
		}
		List<Map<String, Object>> days = List.copyOf(this.neo4j.query(ORGANIZATIONS_DURING)
			.bindAll(Map.of("id", teacherId, "from", from, "to", to))
			.fetch()
			.all());
		for (Map<String, Object> row : days) {
			if (!own.get().equals(row.get("organization"))) {
				throw new AccessDeniedException("A curator acts only for teachers of their own organization ("
						+ own.get() + "): teacher " + teacherId + " is not one of them on " + row.get("day") + ".");
			}
		}
	}

	/**
	 * Whether the caller may read the name of a teacher whose main organization on the
	 * day asked is {@code organizationId} (null: none that day); see {@link #names()}.
	 */
	public boolean maySeeName(String organizationId) {
		return names().test(organizationId);
	}

	/**
	 * Whether the caller may read the name of a teacher whose main organization on the
	 * day asked is the argument (null: none that day), for the caller of this request,
	 * decided now, to apply later (for instance once a batch of organizations has been
	 * read on another thread).
	 */
	public Predicate<String> names() {
		HorizonUser user = this.access.current();
		if (user.isAggregatesOnly()) {
			return (organizationId) -> false;
		}
		if (!user.isLimitedToOrganization()) {
			return (organizationId) -> true;
		}
		String own = user.organizationId();
		return (organizationId) -> own != null && Objects.equals(own, organizationId);
	}

	/**
	 * Whether names must be checked one by one: the caller is limited to an organization.
	 */
	public boolean limitedToOrganization() {
		return this.access.current().isLimitedToOrganization();
	}

	/** Refuses teacher-level data to a caller who may see aggregates only. */
	public void checkPersonalData() {
		this.access.checkPersonalData();
	}

}
