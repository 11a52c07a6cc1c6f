package ru.horizon.isolation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.model.LearningTies;
import ru.horizon.model.Window;
import ru.horizon.organization.Scope;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.ReadTeachers;
import ru.horizon.model.ExperienceRules;
import ru.horizon.teacher.Teacher;
import ru.horizon.teacher.TeacherAccess;

/**
 * Isolated young teachers (изолированные молодые педагоги): the module's API.
 * <p>
 * A teacher-level list: refused to a VIEWER as a whole, and limited to the curator's own
 * organization for a CURATOR. One read query finds every young teacher of the scope with
 * the facts behind the five reasons; reasons, order and pages are made in Java.
 */
@Service
@Transactional(readOnly = true)
public class IsolationService {

	/**
	 * Every young teacher of the scope on {@code $asOf} with the facts behind the five
	 * reasons, composed from the definitions of model.md; ties and participations counted
	 * in the look-back window {@code [$from, $to]}.
	 */
	/**
	 * The look-back window when a request names none: ties of the last 12 months (the
	 * dashboard's default too).
	 */
	public static final int DEFAULT_LOOKBACK_MONTHS = 12;

	static final String QUERY = """
			%s
			WITH DISTINCT t
			WITH t,
				%s AS mentored,
				%s AS inGroup,
				EXISTS { (t)-[:PARTICIPATED_IN]->(e:Event) WHERE %s } AS attended
			CALL (t) {
				%s
				RETURN count(DISTINCT other) AS learningTies,
					count(DISTINCT CASE WHEN %s THEN other END) AS crossOrganizationTies
			}
			RETURN %s AS t, mentored, inGroup, attended, learningTies, crossOrganizationTies""".formatted(
			Definitions.youngTeachersInScope("t", Day.AS_OF), Definitions.mentoredAt("t", Day.AS_OF),
			Definitions.memberAt("t", Day.AS_OF), Definitions.eventDuring("e", Window.FROM, Window.TO),
			LearningTies.of("t"), LearningTies.CROSS_ORGANIZATION, Teacher.PROJECTION);

	/** Isolated first, then by teacher id: the order of every page. */
	private static final Comparator<YoungTeacherIsolation> ORDER = Comparator
		.comparing((YoungTeacherIsolation i) -> !i.isolated())
		.thenComparing((i) -> i.teacher().id());

	private final Neo4jClient neo4j;

	private final TeacherAccess access;

	private final ExperienceRules experience;

	private final IsolationProperties settings;

	/**
	 * The key of a check: the scope after the caller's limit, the day and the lookback.
	 */
	private record CheckKey(Scope scope, LocalDate day, int lookbackMonths) {
	}

	/**
	 * Checks while the graph is unchanged: every page of the list, and every reader of
	 * the same scope and day, shares one pass over the young teachers and their ties.
	 */
	private final GraphCache<CheckKey, List<YoungTeacherIsolation>> checks;

	IsolationService(Neo4jClient neo4j, TeacherAccess access, ExperienceRules experience, IsolationProperties settings,
			GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.access = access;
		this.experience = experience;
		this.settings = settings;
		this.checks = cache.newCache(graphVersion);
	}

	/**
	 * Every young teacher of the scope at {@code asOf} checked for isolation, with ties
	 * counted in {@code (asOf - lookbackMonths, asOf]}, in page order; unfiltered.
	 */
	@ReadTeachers
	public List<YoungTeacherIsolation> check(Scope scope, LocalDate asOf, int lookbackMonths) {
		if (lookbackMonths < 1 || lookbackMonths > this.settings.maxLookbackMonths()) {
			throw DomainException.badRequest("lookbackMonths must be between 1 and %d, was %d"
				.formatted(this.settings.maxLookbackMonths(), lookbackMonths));
		}
		Scope limited = this.access.listScope(scope);
		return this.checks.get(new CheckKey(limited, asOf, lookbackMonths), () -> read(limited, asOf, lookbackMonths));
	}

	/**
	 * Computes anew the checks asked for most recently that a write made stale (at most
	 * {@code max}): for the warm-up.
	 */
	void refreshRecent(int max) {
		this.checks.refreshRecent(max);
	}

	private List<YoungTeacherIsolation> read(Scope limited, LocalDate day, int lookbackMonths) {
		Map<String, Object> parameters = new HashMap<>(limited.parameters());
		parameters.putAll(this.experience.parameters(day));
		parameters.putAll(LearningTies.parameters(Window.lookback(day, lookbackMonths)));
		Map<String, YoungTeacherIsolation> byId = new LinkedHashMap<>();
		this.neo4j.query(QUERY).bindAll(parameters).fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			Teacher teacher = Teacher.of((Map<String, Object>) row.get("t"));
			boolean mentored = (Boolean) row.get("mentored");
			int ties = ((Number) row.get("learningTies")).intValue();
			int cross = ((Number) row.get("crossOrganizationTies")).intValue();
			EnumSet<IsolationReason> reasons = EnumSet.noneOf(IsolationReason.class);
			if (!mentored) {
				reasons.add(IsolationReason.NO_MENTOR);
			}
			if (!(Boolean) row.get("inGroup")) {
				reasons.add(IsolationReason.NO_GROUP);
			}
			if (!(Boolean) row.get("attended")) {
				reasons.add(IsolationReason.NO_EVENTS);
			}
			if (!mentored && this.experience.isNew(teacher.teachingSince(), day)) {
				reasons.add(IsolationReason.NEW_WITHOUT_MENTOR);
			}
			if (ties > 0 && cross == 0) {
				reasons.add(IsolationReason.ONLY_INTERNAL_TIES);
			}
			boolean isolated = reasons.containsAll(
					EnumSet.of(IsolationReason.NO_MENTOR, IsolationReason.NO_GROUP, IsolationReason.NO_EVENTS));
			byId.putIfAbsent(teacher.id(), new YoungTeacherIsolation(teacher,
					this.experience.months(teacher.teachingSince(), day), isolated, List.copyOf(reasons), ties, cross));
		});
		List<YoungTeacherIsolation> result = new ArrayList<>(byId.values());
		result.sort(ORDER);
		return List.copyOf(result);
	}

	/**
	 * Isolated young teachers of the scope (and those at risk when
	 * {@code includeAtRisk}), isolated first, then by teacher id, {@code first} after the
	 * cursor {@code after}.
	 */
	@ReadTeachers
	public YoungTeacherIsolationConnection isolatedYoungTeachers(Scope scope, LocalDate asOf, int lookbackMonths,
			boolean includeAtRisk, int first, String after) {
		return isolatedYoungTeachers(scope, asOf, lookbackMonths, includeAtRisk, null, null, first, after);
	}

	/**
	 * Like {@link #isolatedYoungTeachers(Scope, LocalDate, int, boolean, int, String)},
	 * of those whose name matches {@code search} (case, ё/е and Latin look-alikes folded,
	 * every word in any order; null or blank: everyone) and who have at least one of
	 * {@code reasons} (null or empty: any). Totals count the filtered list.
	 */
	@ReadTeachers
	public YoungTeacherIsolationConnection isolatedYoungTeachers(Scope scope, LocalDate asOf, int lookbackMonths,
			boolean includeAtRisk, String search, Collection<IsolationReason> reasons, int first, String after) {
		Key start = (after != null) ? Key.decode(after) : null;
		NameSearch name = NameSearch.of(search);
		Set<IsolationReason> anyOf = (reasons == null || reasons.isEmpty()) ? Set.of() : EnumSet.copyOf(reasons);
		List<YoungTeacherIsolation> listed = check(scope, asOf, lookbackMonths).stream()
			.filter((i) -> i.isolated() || (includeAtRisk && i.atRisk()))
			.filter((i) -> anyOf.isEmpty() || i.reasons().stream().anyMatch(anyOf::contains))
			.filter((i) -> name.matches(i.teacher().fullName()))
			.toList();
		int isolatedCount = (int) listed.stream().filter(YoungTeacherIsolation::isolated).count();
		int offset = 0;
		if (start != null) {
			while (offset < listed.size() && Key.of(listed.get(offset)).compareTo(start) <= 0) {
				offset++;
			}
		}
		List<YoungTeacherIsolation> page = listed.subList(offset, Math.min(listed.size(), offset + first));
		List<YoungTeacherIsolationConnection.Edge> edges = page.stream()
			.map((i) -> new YoungTeacherIsolationConnection.Edge(i, Key.of(i).encode()))
			.toList();
		var pageInfo = new YoungTeacherIsolationConnection.PageInfo(offset + page.size() < listed.size(), offset > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new YoungTeacherIsolationConnection(listed.size(), isolatedCount, edges, pageInfo);
	}

	/**
	 * The sort key a cursor carries, so that a page continues after the last teacher seen
	 * even when the list changed in between.
	 */
	private record Key(boolean isolated, String teacherId) implements Comparable<Key> {

		private static final String PREFIX = "isolation:";

		static Key of(YoungTeacherIsolation isolation) {
			return new Key(isolation.isolated(), isolation.teacher().id());
		}

		String encode() {
			String text = PREFIX + (this.isolated ? "0" : "1") + ":" + this.teacherId;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		}

		static Key decode(String cursor) {
			String text;
			try {
				text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.badRequest("Not a cursor of this list: " + cursor);
			}
			if (!text.startsWith(PREFIX) || text.length() < PREFIX.length() + 3
					|| text.charAt(PREFIX.length() + 1) != ':') {
				throw DomainException.badRequest("Not a cursor of this list: " + cursor);
			}
			char flag = text.charAt(PREFIX.length());
			if (flag != '0' && flag != '1') {
				throw DomainException.badRequest("Not a cursor of this list: " + cursor);
			}
			return new Key(flag == '0', text.substring(PREFIX.length() + 2));
		}

		@Override
		public int compareTo(Key other) {
			return Comparator.comparing((Key k) -> !k.isolated()).thenComparing(Key::teacherId).compare(this, other);
		}

	}

}
