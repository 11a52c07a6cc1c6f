package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.organization.OrganizationKind;
import ru.horizon.organization.Scope;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.security.ReadAggregates;
import ru.horizon.model.ExperienceRules;

/**
 * Mentoring coverage (охват наставничеством) of model.md: aggregates only, so every role
 * may read it, a curator for the whole city too.
 */
@Service
@Transactional(readOnly = true)
public class MentoringCoverageService {

	/** The target share of new teachers mentored (целевая модель наставничества). */
	public static final double NEW_TEACHER_TARGET = 1.0;

	/** The target share of young teachers mentored. */
	public static final double YOUNG_TEACHER_TARGET = 0.7;

	/**
	 * Per organization of the scope: its young and new teachers at $asOf, and how many
	 * are mentored.
	 */
	private static final String BY_ORGANIZATION = """
			MATCH (o:Organization) WHERE %s
			CALL (o) {
				MATCH %s
				WITH DISTINCT t WHERE %s
				WITH t, %s AS isNew, %s AS mentored
				RETURN count(t) AS youngTotal, count(CASE WHEN mentored THEN 1 END) AS youngCovered,
					count(CASE WHEN isNew THEN 1 END) AS newTotal, count(CASE WHEN isNew AND mentored THEN 1 END) AS newCovered
			}
			RETURN o.id AS id, o.name AS name, o.kind AS kind,
				COLLECT { MATCH (o)-[:IN_DISTRICT]->(d:District) RETURN d {.id, .name} ORDER BY d.id LIMIT 1 }[0] AS district,
				youngTotal, youngCovered, newTotal, newCovered
			ORDER BY id"""
		.formatted(Scope.PREDICATE, Definitions.mainEmployment("t", "w", "o", Day.AS_OF),
				Definitions.young("t", Day.AS_OF), Definitions.newTeacher("t", Day.AS_OF),
				Definitions.mentoredAt("t", Day.AS_OF));

	/**
	 * Pairs active at $asOf whose mentee is in the scope at $asOf, and how many are
	 * external ({@link Definitions#externalPair}).
	 */
	private static final String EXTERNAL_PAIRS = """
			%s
			MATCH (t)-[:MENTEE_IN]->(p:MentoringPair)<-[:MENTOR_IN]-(mentor:Teacher)
			WHERE %s
			WITH DISTINCT p, t, mentor
			RETURN count(p) AS pairs, count(CASE WHEN %s THEN 1 END) AS external""".formatted(
			Definitions.teachersInScope("t", Day.AS_OF), Definitions.pairActiveAt("p", Day.AS_OF),
			Definitions.externalPair("p", "mentor", "t"));

	private final Neo4jClient neo4j;

	private final ExperienceRules experience;

	private final MentoringMessages messages;

	/**
	 * The key of an answer: scope and day (the kinds' names are given in the asker's
	 * language after, so one computation serves every language).
	 */
	private record CoverageKey(Scope scope, LocalDate asOf) {
	}

	/**
	 * Answers while the graph is unchanged: the dashboard asks the same city and day over
	 * and over.
	 */
	private final GraphCache<CoverageKey, MentoringCoverage> answers;

	MentoringCoverageService(Neo4jClient neo4j, ExperienceRules experience, MentoringMessages messages,
			GraphVersion graphVersion, CacheProperties cache) {
		this.neo4j = neo4j;
		this.experience = experience;
		this.messages = messages;
		this.answers = cache.newCache(graphVersion);
	}

	/**
	 * Coverage of the scope at {@code asOf}, with breakdowns by organization kind,
	 * district and organization (each sorted by key; every organization of the scope is
	 * listed, those without young teachers at 1.0).
	 * @param scope the part of the graph, all when null
	 * @param asOf the day; a past day answers as of that day
	 * @param locale the language of the kinds' names
	 */
	/**
	 * Computes anew the coverages asked for most recently that a write made stale (at
	 * most {@code max}): for the warm-up.
	 */
	void refreshRecent(int max) {
		this.answers.refreshRecent(max);
	}

	@ReadAggregates
	public MentoringCoverage coverage(Scope scope, LocalDate asOf, Locale locale) {
		Scope requested = Scope.orAll(scope);
		MentoringCoverage coverage = this.answers.get(new CoverageKey(requested, asOf), () -> read(requested, asOf));
		List<CoverageBreakdown> byKind = coverage.byOrganizationKind()
			.stream()
			.map((kind) -> new CoverageBreakdown(kind.key(), kindName(kind.key(), locale), kind.newTeachers(),
					kind.youngTeachers()))
			.toList();
		return new MentoringCoverage(coverage.asOf(), coverage.newTeachers(), coverage.youngTeachers(), byKind,
				coverage.byDistrict(), coverage.byOrganization(), coverage.externalPairShare());
	}

	/** The coverage with the kinds named by their codes. */
	private MentoringCoverage read(Scope scope, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(this.experience.parameters(asOf));
		parameters.putAll(Scope.orAll(scope).parameters());
		List<Counts> organizations = new ArrayList<>();
		Map<String, Counts> byKind = new TreeMap<>();
		Map<String, Counts> byDistrict = new TreeMap<>();
		Counts total = new Counts("", "");
		for (Map<String, Object> row : this.neo4j.query(BY_ORGANIZATION).bindAll(parameters).fetch().all()) {
			int[] counts = { intOf(row.get("newTotal")), intOf(row.get("newCovered")), intOf(row.get("youngTotal")),
					intOf(row.get("youngCovered")) };
			Counts organization = new Counts((String) row.get("id"), (String) row.get("name")).add(counts);
			organizations.add(organization);
			total.add(counts);
			String kind = (String) row.get("kind");
			byKind.computeIfAbsent(kind, (k) -> new Counts(k, k)).add(counts);
			@SuppressWarnings("unchecked")
			Map<String, Object> district = (Map<String, Object>) row.get("district");
			if (district != null) {
				byDistrict
					.computeIfAbsent((String) district.get("id"), (k) -> new Counts(k, (String) district.get("name")))
					.add(counts);
			}
		}
		Map<String, Object> external = this.neo4j.query(EXTERNAL_PAIRS).bindAll(parameters).fetch().one().orElseThrow();
		int pairs = intOf(external.get("pairs"));
		double externalShare = (pairs == 0) ? 0.0 : (double) intOf(external.get("external")) / pairs;
		return new MentoringCoverage(asOf, total.newTeachers(), total.youngTeachers(),
				byKind.values().stream().map(Counts::breakdown).toList(),
				byDistrict.values().stream().map(Counts::breakdown).toList(),
				organizations.stream().map(Counts::breakdown).toList(), externalShare);
	}

	private String kindName(String kind, Locale locale) {
		try {
			OrganizationKind.valueOf(kind);
			return this.messages.get(locale, "kind." + kind);
		}
		catch (IllegalArgumentException | org.springframework.context.NoSuchMessageException ex) {
			return kind;
		}
	}

	private static int intOf(Object value) {
		return (value != null) ? ((Number) value).intValue() : 0;
	}

	/** Running sums of one breakdown entry. */
	private static final class Counts {

		private final String key;

		private final String name;

		private int newTotal;

		private int newCovered;

		private int youngTotal;

		private int youngCovered;

		Counts(String key, String name) {
			this.key = key;
			this.name = name;
		}

		Counts add(int[] counts) {
			this.newTotal += counts[0];
			this.newCovered += counts[1];
			this.youngTotal += counts[2];
			this.youngCovered += counts[3];
			return this;
		}

		CoverageFigure newTeachers() {
			return CoverageFigure.of(this.newTotal, this.newCovered, NEW_TEACHER_TARGET);
		}

		CoverageFigure youngTeachers() {
			return CoverageFigure.of(this.youngTotal, this.youngCovered, YOUNG_TEACHER_TARGET);
		}

		CoverageBreakdown breakdown() {
			return new CoverageBreakdown(this.key, this.name, newTeachers(), youngTeachers());
		}

	}

}
