package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.model.ExperienceRules;
import ru.horizon.organization.Scope;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.security.ReadAggregates;
import ru.horizon.system.security.Role;
import ru.horizon.system.security.SecurityProperties;

/**
 * The October monitoring of the target mentoring model, as of any day, per organization
 * and for the whole scope. Aggregates only: every role may read it (a curator the whole
 * city, as with coverage).
 * <p>
 * The young and new teachers, the mentored and the coverage are
 * {@link MentoringCoverageService}'s answer for the same scope and day, so the two never
 * disagree. Pairs, mentors and forms count the pairs active on the day whose mentee's
 * main organization that day is the organization (as the coverage's external share does).
 * An organization <b>has a curator</b> on the day when a Horizon user with the role
 * CURATOR is configured for it ({@code horizon.security.users}), or when one of its
 * teachers that day has an active membership with the role COORDINATOR (memberships.csv)
 * in some group: curators known only to an OAuth2 provider are not seen.
 */
@Service
@Transactional(readOnly = true)
public class MentoringMonitoringService {

	/**
	 * The organizations of the scope, and whether one of their teachers coordinates a
	 * group on $asOf.
	 */
	private static final String ORGANIZATIONS = """
			MATCH (o:Organization) WHERE %1$s
			RETURN o.id AS id, o.name AS name,
				EXISTS { MATCH %2$s AND EXISTS { (c)-[r:MEMBER_OF {role: 'COORDINATOR'}]->(g:Group) WHERE %3$s } }
					AS coordinated
			ORDER BY id""".formatted(Scope.PREDICATE, Definitions.mainEmployment("c", "cw", "o", Day.AS_OF),
			Definitions.activeMembership("r", "g", Day.AS_OF));

	/**
	 * Pairs active on $asOf whose mentee's main organization that day is in the scope.
	 */
	private static final String PAIRS = """
			MATCH (mentor:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(mentee:Teacher)
			WHERE %1$s
			WITH p, mentor, mentee, %2$s AS o
			WHERE o IS NOT NULL AND %3$s
			RETURN o.id AS id, p.form AS form, %4$s AS external, mentor.id AS mentorId, %5$s AS trained,
				%6$s AS honorary""".formatted(Definitions.pairActiveAt("p", Day.AS_OF),
			Definitions.mainOrganization("mentee", Day.AS_OF), Scope.PREDICATE,
			Definitions.externalPair("p", "mentor", "mentee"), Definitions.trainedMentor("mentor", Day.AS_OF),
			Definitions.honoraryMentor("mentor", Day.AS_OF));

	/**
	 * Satisfaction marks from $yearStart to $asOf of the pairs active then, per
	 * organization of the scope of the mentee on the pair's last day in that period.
	 */
	private static final String MARKS = """
			MATCH (mentee:Teacher)-[:MENTEE_IN]->(p:MentoringPair)
			WHERE %1$s
			WITH p, mentee, CASE WHEN %2$s THEN $asOf ELSE p.endedOn END AS day
			WITH p, %3$s AS o
			WHERE o IS NOT NULL AND %4$s
			WITH o, p,
				COLLECT { MATCH (r:MentoringReview)-[:OF_PAIR]->(p) WHERE %5$s RETURN r.menteeSatisfaction }
				+ COLLECT { MATCH (r:MentoringReview)-[:OF_PAIR]->(p) WHERE %5$s RETURN r.mentorSatisfaction }
				+ CASE WHEN NOT %2$s THEN [p.satisfaction] ELSE [] END AS marks
			UNWIND marks AS mark
			WITH o, mark WHERE mark IS NOT NULL
			RETURN o.id AS id, sum(mark) AS sum, count(mark) AS marks""".formatted(
			Definitions.pairActiveDuring("p", Day.parameter("yearStart"), Day.AS_OF),
			Definitions.pairActiveAt("p", Day.AS_OF), Definitions.mainOrganization("mentee", Day.variable("day")),
			Scope.PREDICATE, Definitions.eventDuring("r", Day.parameter("yearStart"), Day.AS_OF));

	private final Neo4jClient neo4j;

	private final MentoringCoverageService coverage;

	private final ExperienceRules experience;

	private final SecurityProperties security;

	private record Key(Scope scope, LocalDate asOf, Locale locale) {
	}

	private final GraphCache<Key, MentoringMonitoring> answers;

	MentoringMonitoringService(Neo4jClient neo4j, MentoringCoverageService coverage, ExperienceRules experience,
			SecurityProperties security, GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.coverage = coverage;
		this.experience = experience;
		this.security = security;
		this.answers = cache.newCache(graphVersion);
	}

	/** 1 September of the school year {@code day} falls in. */
	static LocalDate schoolYearStart(LocalDate day) {
		int year = (day.getMonthValue() >= 9) ? day.getYear() : day.getYear() - 1;
		return LocalDate.of(year, 9, 1);
	}

	/**
	 * The monitoring of the scope (all when null) on {@code asOf}.
	 * @param locale the language of the coverage's names (organization names are as
	 * stored)
	 */
	@ReadAggregates
	public MentoringMonitoring monitoring(Scope scope, LocalDate asOf, Locale locale) {
		Scope requested = Scope.orAll(scope);
		return this.answers.get(new Key(requested, asOf, locale), () -> read(requested, asOf, locale));
	}

	@SuppressWarnings("unchecked")
	private MentoringMonitoring read(Scope scope, LocalDate asOf, Locale locale) {
		MentoringCoverage covered = this.coverage.coverage(scope, asOf, locale);
		Map<String, CoverageBreakdown> byOrganization = new HashMap<>();
		covered.byOrganization().forEach((b) -> byOrganization.put(b.key(), b));
		LocalDate yearStart = schoolYearStart(asOf);
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.putAll(this.experience.parameters(asOf));
		parameters.put("yearStart", yearStart);
		Map<String, long[]> marks = new HashMap<>();
		for (Map<String, Object> row : this.neo4j.query(MARKS).bindAll(parameters).fetch().all()) {
			marks.put((String) row.get("id"),
					new long[] { ((Number) row.get("sum")).longValue(), ((Number) row.get("marks")).longValue() });
		}
		Set<String> curated = new HashSet<>();
		for (SecurityProperties.User user : this.security.users()) {
			if (user.organizationId() != null && user.roles() != null && user.roles().contains(Role.CURATOR)) {
				curated.add(user.organizationId());
			}
		}
		Map<String, List<Map<String, Object>>> pairsByOrganization = new HashMap<>();
		for (Map<String, Object> pair : this.neo4j.query(PAIRS).bindAll(parameters).fetch().all()) {
			pairsByOrganization.computeIfAbsent((String) pair.get("id"), (k) -> new ArrayList<>()).add(pair);
		}
		List<MentoringMonitoring.Row> rows = new ArrayList<>();
		List<MentoringMonitoring.OrganizationRef> withoutCurator = new ArrayList<>();
		List<MentoringMonitoring.OrganizationRef> withoutPairs = new ArrayList<>();
		Tally city = new Tally();
		for (Map<String, Object> row : this.neo4j.query(ORGANIZATIONS).bindAll(parameters).fetch().all()) {
			String id = (String) row.get("id");
			String name = (String) row.get("name");
			Tally tally = new Tally();
			for (Map<String, Object> pair : pairsByOrganization.getOrDefault(id, List.of())) {
				tally.add(pair);
				city.add(pair);
			}
			long[] m = marks.getOrDefault(id, new long[2]);
			tally.addMarks(m);
			city.addMarks(m);
			boolean hasCurator = curated.contains(id) || Boolean.TRUE.equals(row.get("coordinated"));
			CoverageBreakdown figures = byOrganization.get(id);
			CoverageFigure young = (figures != null) ? figures.youngTeachers()
					: CoverageFigure.of(0, 0, MentoringCoverageService.YOUNG_TEACHER_TARGET);
			CoverageFigure fresh = (figures != null) ? figures.newTeachers()
					: CoverageFigure.of(0, 0, MentoringCoverageService.NEW_TEACHER_TARGET);
			rows.add(tally.row(id, name, young, fresh, hasCurator));
			if (!hasCurator) {
				withoutCurator.add(new MentoringMonitoring.OrganizationRef(id, name));
			}
			if (tally.pairs == 0) {
				withoutPairs.add(new MentoringMonitoring.OrganizationRef(id, name));
			}
		}
		MentoringMonitoring.Row total = city.row("", "", covered.youngTeachers(), covered.newTeachers(), null);
		return new MentoringMonitoring(asOf, yearStart, total, List.copyOf(rows), List.copyOf(withoutCurator),
				List.copyOf(withoutPairs));
	}

	/** Running counts of one row. */
	private static final class Tally {

		private final Set<String> mentors = new HashSet<>();

		private final Set<String> trained = new HashSet<>();

		private final Set<String> honorary = new HashSet<>();

		private final Map<String, Integer> forms = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));

		private int pairs;

		private int external;

		private long markSum;

		private long marks;

		void add(Map<String, Object> pair) {
			this.pairs++;
			if (Boolean.TRUE.equals(pair.get("external"))) {
				this.external++;
			}
			String mentor = (String) pair.get("mentorId");
			this.mentors.add(mentor);
			if (Boolean.TRUE.equals(pair.get("trained"))) {
				this.trained.add(mentor);
			}
			if (Boolean.TRUE.equals(pair.get("honorary"))) {
				this.honorary.add(mentor);
			}
			String form = (String) pair.get("form");
			this.forms.merge((form != null && !form.isBlank()) ? form.strip() : null, 1, Integer::sum);
		}

		void addMarks(long[] sumAndCount) {
			this.markSum += sumAndCount[0];
			this.marks += sumAndCount[1];
		}

		MentoringMonitoring.Row row(String key, String name, CoverageFigure young, CoverageFigure fresh,
				Boolean hasCurator) {
			Map<String, Integer> ordered = new LinkedHashMap<>(this.forms);
			return new MentoringMonitoring.Row(key, name, young, fresh, this.mentors.size(), this.trained.size(),
					this.mentors.isEmpty() ? 0.0 : (double) this.trained.size() / this.mentors.size(),
					this.honorary.size(), this.pairs, this.external,
					(this.pairs == 0) ? 0.0 : (double) this.external / this.pairs,
					ordered.entrySet()
						.stream()
						.map((e) -> new MentoringMonitoring.FormCount(e.getKey(), e.getValue()))
						.toList(),
					(this.marks == 0) ? null : (double) this.markSum / this.marks, (int) this.marks, hasCurator);
		}

	}

}
