package ru.horizon.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.model.ExperienceRules;
import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.security.ManagePairs;
import ru.horizon.system.security.ReadTeachers;
import ru.horizon.teacher.Teacher;
import ru.horizon.teacher.TeacherAccess;

/**
 * The register of mentoring (реестр наставничества) of a scope on a day: its pairs, its
 * young teachers with their mentoring status, the pairs rated low, the waitlist of
 * unmentored young teachers with the best candidate of each, and reviews of a pair.
 * <p>
 * Teacher-level: refused to a VIEWER; a CURATOR sees their own organization
 * ({@link TeacherAccess#listScope}). A pair is in a scope when its mentee's main
 * organization on the day asked (for an ended pair: on its last day) is. Every list is
 * read once per scope and day while the graph is unchanged ({@link GraphCache}), then
 * filtered, sorted and paged in Java.
 */
@Service
@Transactional(readOnly = true)
public class MentoringRegisterService {

	/**
	 * An organization as {@link Organization#of} reads it, for the variable {@code o}.
	 */
	private static String organization(String o) {
		return "%1$s {.id, .name, .kind, .subtype, .flags, districtId: COLLECT { MATCH (%1$s)-[:IN_DISTRICT]->(d:District) RETURN d.id ORDER BY d.id LIMIT 1 }[0]}"
			.formatted(o);
	}

	/**
	 * Every pair started by $asOf whose mentee's main organization on the pair's listing
	 * day (asOf while active, its last day when ended) is in the scope.
	 */
	private static final String PAIRS = """
			MATCH (mentor:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(mentee:Teacher)
			WHERE %1$s
			WITH p, mentor, mentee, %2$s AS active
			WITH p, mentor, mentee, active, CASE WHEN active THEN $asOf ELSE p.endedOn END AS day
			WITH p, mentor, mentee, active, %3$s AS o
			WHERE o IS NOT NULL AND %4$s
			RETURN p {.id, .startedOn, .endedOn, .form, .plannedHours, .satisfaction, .endReason, .endNote} AS pair,
				active, o.id AS listedOrganizationId, %5$s AS mentor, %6$s AS mentee,
				COLLECT { MATCH %7$s RETURN %8$s }[0] AS mentorOrganization,
				COLLECT { MATCH %9$s RETURN %10$s }[0] AS menteeOrganization,
				%11$s AS external,
				COLLECT { MATCH (p)-[:FOCUSES_ON]->(c:Competency) RETURN c.code ORDER BY c.code } AS focus,
				COLLECT { MATCH (r:MentoringReview)-[:OF_PAIR]->(p) WHERE r.date <= $asOf
					RETURN r {.id, .date, .menteeSatisfaction, .mentorSatisfaction, .note} } AS reviews""".formatted(
			Definitions.pairStartedBy("p", Day.AS_OF), Definitions.pairActiveAt("p", Day.AS_OF),
			Definitions.mainOrganization("mentee", Day.variable("day")), Scope.PREDICATE, Teacher.projection("mentor"),
			Teacher.projection("mentee"),
			Definitions.mainEmployment("mentor", "mw", "mo", Day.property("p", "startedOn")), organization("mo"),
			Definitions.mainEmployment("mentee", "ew", "eo", Day.property("p", "startedOn")), organization("eo"),
			Definitions.externalPair("p", "mentor", "mentee"));

	/**
	 * Every young teacher of the scope on $asOf with the pairs that make their status.
	 */
	private static final String YOUNG = """
			%1$s
			RETURN %2$s AS t, %3$s AS organization, %4$s AS isNew, %5$s AS mentored,
				COLLECT { MATCH (t)-[:MENTEE_IN]->(ap:MentoringPair)<-[:MENTOR_IN]-(mentor:Teacher) WHERE %6$s
					RETURN {pairId: ap.id, startedOn: ap.startedOn, mentor: %7$s} } AS pairs,
				COLLECT { MATCH (t)-[:MENTEE_IN]->(ep:MentoringPair) WHERE %8$s
					RETURN max(ep.endedOn) AS ended }[0] AS lastEnded""".formatted(
			Definitions.youngTeachersInScope("t", Day.AS_OF), Teacher.PROJECTION, organization("o"),
			Definitions.newTeacher("t", Day.AS_OF), Definitions.mentoredAt("t", Day.AS_OF),
			Definitions.pairActiveAt("ap", Day.AS_OF), Teacher.projection("mentor"),
			Definitions.pairEndedBefore("ep", Day.AS_OF));

	/** A pair with its mentee and dates, for a review. */
	private static final String PAIR_FOR_REVIEW = """
			MATCH (p:MentoringPair {id: $pairId})<-[:MENTEE_IN]-(mentee:Teacher)
			RETURN p.startedOn AS startedOn, p.endedOn AS endedOn, mentee.id AS menteeId""";

	private final Neo4jClient neo4j;

	private final TeacherAccess access;

	private final ExperienceRules experience;

	private final MentorRecommendationService recommendation;

	private final GraphVersion graphVersion;

	private final Clock clock;

	/** The key of a list: the scope after the caller's limit, and the day. */
	private record ListKey(Scope scope, LocalDate asOf) {
	}

	private final GraphCache<ListKey, List<RegisteredPair>> pairs;

	private final GraphCache<ListKey, List<YoungTeacherStatus>> young;

	MentoringRegisterService(Neo4jClient neo4j, TeacherAccess access, ExperienceRules experience,
			MentorRecommendationService recommendation, GraphVersion graphVersion, CacheProperties cache, Clock clock) {
		this.neo4j = neo4j;
		this.access = access;
		this.experience = experience;
		this.recommendation = recommendation;
		this.graphVersion = graphVersion;
		this.clock = clock;
		this.pairs = cache.newCache(graphVersion);
		this.young = cache.newCache(graphVersion);
	}

	/**
	 * The pairs of the scope on {@code asOf}, newest first (then by id), filtered by
	 * status, form (ignoring case) and contour, {@code first} after the cursor
	 * {@code after}.
	 */
	@ReadTeachers
	public RegisterConnection<RegisteredPair> pairs(Scope scope, LocalDate asOf, PairStatus status, String form,
			Contour contour, int first, String after) {
		PairStatus wanted = (status != null) ? status : PairStatus.ACTIVE;
		List<RegisteredPair> listed = allPairs(scope, asOf).stream()
			.filter((p) -> wanted == PairStatus.ALL || p.status() == wanted)
			.filter((p) -> form == null || form.isBlank() || form.strip().equalsIgnoreCase(p.form()))
			.filter((p) -> contour == null || contour == Contour.ANY || p.contour() == contour)
			.toList();
		return RegisterConnection.of("pairs", listed, MentoringRegisterService::pairKey, first, after);
	}

	/**
	 * Every pair of the scope on {@code asOf} (active and ended), in the register's
	 * order: the source of the list, the low-satisfaction list and the monitoring's
	 * satisfaction.
	 */
	@ReadTeachers
	public List<RegisteredPair> allPairs(Scope scope, LocalDate asOf) {
		Scope limited = this.access.listScope(scope);
		return this.pairs.get(new ListKey(limited, asOf), () -> readPairs(limited, asOf));
	}

	/**
	 * Pairs of the scope active on {@code asOf} whose latest review up to that day has a
	 * mark (either side) at or below {@code threshold}, lowest first (then by id).
	 */
	@ReadTeachers
	public List<RegisteredPair> lowSatisfaction(Scope scope, LocalDate asOf, int threshold) {
		if (threshold < 1 || threshold > 10) {
			throw DomainException.badRequest("threshold must be between 1 and 10, was " + threshold + ".");
		}
		return allPairs(scope, asOf).stream()
			.filter((p) -> p.status() == PairStatus.ACTIVE && p.latestLowestMark() != null
					&& p.latestLowestMark() <= threshold)
			.sorted(Comparator.comparing(RegisteredPair::latestLowestMark).thenComparing(RegisteredPair::id))
			.toList();
	}

	/**
	 * The young teachers of the scope on {@code asOf} with their mentoring status, by
	 * name then id; {@code mentored} keeps only the mentored (true) or the unmentored
	 * (false); {@code search} keeps names or ids containing it (ignoring case).
	 */
	@ReadTeachers
	public RegisterConnection<YoungTeacherStatus> youngTeachers(Scope scope, LocalDate asOf, Boolean mentored,
			String search, int first, String after) {
		String needle = (search != null && !search.isBlank()) ? search.strip().toLowerCase(Locale.ROOT) : null;
		List<YoungTeacherStatus> listed = allYoung(scope, asOf).stream()
			.filter((s) -> mentored == null || s.mentored() == mentored)
			.filter((s) -> needle == null || s.teacher().id().toLowerCase(Locale.ROOT).contains(needle)
					|| (s.teacher().fullName() != null
							&& s.teacher().fullName().toLowerCase(Locale.ROOT).contains(needle)))
			.sorted(Comparator.comparing(MentoringRegisterService::nameKey))
			.toList();
		return RegisterConnection.of("young", listed, MentoringRegisterService::nameKey, first, after);
	}

	/**
	 * The waitlist (лист ожидания): the unmentored young teachers of the scope on
	 * {@code asOf}, most urgent first (new teachers, then the longest without a mentor,
	 * then by id), the first {@code first} with the best candidate of each
	 * ({@link MentorRecommendationService#candidates} with limit 1, which leaves out the
	 * mentors of pairs that ended NOT_A_GOOD_FIT). Read again whenever the graph changes,
	 * so a mentor whose place frees up is offered at once.
	 */
	@ReadTeachers
	public List<WaitlistEntry> waitlist(Scope scope, LocalDate asOf, int first, Locale locale) {
		List<YoungTeacherStatus> waiting = allYoung(scope, asOf).stream()
			.filter((s) -> !s.mentored())
			.sorted(Comparator.comparing((YoungTeacherStatus s) -> !s.newTeacher())
				.thenComparing((s) -> -s.daysWithoutMentor())
				.thenComparing((s) -> s.teacher().id()))
			.limit(first)
			.toList();
		List<WaitlistEntry> result = new ArrayList<>();
		for (YoungTeacherStatus status : waiting) {
			List<MentorCandidate> best = this.recommendation.candidates(status.teacher().id(), asOf, Contour.ANY, 1,
					locale);
			result.add(new WaitlistEntry(result.size() + 1, status, best.isEmpty() ? null : best.getFirst()));
		}
		return result;
	}

	/** Every young teacher of the scope on {@code asOf} with their status, unsorted. */
	@ReadTeachers
	public List<YoungTeacherStatus> allYoung(Scope scope, LocalDate asOf) {
		Scope limited = this.access.listScope(scope);
		return this.young.get(new ListKey(limited, asOf), () -> readYoung(limited, asOf));
	}

	/**
	 * Records a review of a pair on {@code date} (today when null), within the pair's
	 * dates: each side's satisfaction 1–10 (at least one) and a note. A curator reviews
	 * pairs whose mentee belongs to their organization on that day.
	 */
	@ManagePairs
	@Transactional
	public MentoringReview review(String pairId, LocalDate date, Integer menteeSatisfaction, Integer mentorSatisfaction,
			String note) {
		if (pairId == null) {
			throw DomainException.badRequest("pairId is required.");
		}
		Map<String, Object> pair = this.neo4j.query(PAIR_FOR_REVIEW)
			.bind(pairId)
			.to("pairId")
			.fetch()
			.one()
			.orElseThrow(() -> DomainException.notFound("No mentoring pair with id " + pairId + "."));
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		this.access.check((String) pair.get("menteeId"), day);
		LocalDate startedOn = (LocalDate) pair.get("startedOn");
		LocalDate endedOn = (LocalDate) pair.get("endedOn");
		if ((startedOn != null && day.isBefore(startedOn)) || (endedOn != null && day.isAfter(endedOn))) {
			throw DomainException.badRequest("A review of pair " + pairId + " must be dated within the pair ("
					+ startedOn + " – " + ((endedOn != null) ? endedOn : "…") + "), was " + day + ".");
		}
		if (menteeSatisfaction == null && mentorSatisfaction == null) {
			throw DomainException.badRequest("A review needs menteeSatisfaction or mentorSatisfaction (1–10).");
		}
		checkMark("menteeSatisfaction", menteeSatisfaction);
		checkMark("mentorSatisfaction", mentorSatisfaction);
		String id = "r-" + UUID.randomUUID();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("pairId", pairId);
		parameters.put("date", day);
		parameters.put("mentee", menteeSatisfaction);
		parameters.put("mentor", mentorSatisfaction);
		parameters.put("note", (note != null && !note.isBlank()) ? note.strip() : null);
		this.neo4j.query("""
				MATCH (p:MentoringPair {id: $pairId})
				CREATE (:MentoringReview {id: $id, date: $date, menteeSatisfaction: $mentee,
					mentorSatisfaction: $mentor, note: $note})-[:OF_PAIR]->(p)""").bindAll(parameters).run();
		this.graphVersion.changed();
		return new MentoringReview(id, pairId, day, menteeSatisfaction, mentorSatisfaction,
				(String) parameters.get("note"));
	}

	private static void checkMark(String name, Integer mark) {
		if (mark != null && (mark < 1 || mark > 10)) {
			throw DomainException.badRequest(name + " must be between 1 and 10, was " + mark + ".");
		}
	}

	@SuppressWarnings("unchecked")
	private List<RegisteredPair> readPairs(Scope limited, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(limited.parameters());
		parameters.put("asOf", asOf);
		List<RegisteredPair> result = new ArrayList<>();
		for (Map<String, Object> row : this.neo4j.query(PAIRS).bindAll(parameters).fetch().all()) {
			Map<String, Object> pair = (Map<String, Object>) row.get("pair");
			boolean active = Boolean.TRUE.equals(row.get("active"));
			LocalDate startedOn = (LocalDate) pair.get("startedOn");
			LocalDate endedOn = (LocalDate) pair.get("endedOn");
			LocalDate last = active ? asOf : endedOn;
			List<MentoringReview> reviews = ((List<Map<String, Object>>) row.get("reviews")).stream()
				.map((r) -> new MentoringReview((String) r.get("id"), (String) pair.get("id"),
						(LocalDate) r.get("date"), intOrNull(r.get("menteeSatisfaction")),
						intOrNull(r.get("mentorSatisfaction")), (String) r.get("note")))
				.sorted(Comparator.comparing(MentoringReview::date).thenComparing(MentoringReview::id))
				.toList();
			String reason = (String) pair.get("endReason");
			result.add(new RegisteredPair((String) pair.get("id"), Teacher.of((Map<String, Object>) row.get("mentor")),
					Teacher.of((Map<String, Object>) row.get("mentee")),
					organizationOrNull((Map<String, Object>) row.get("mentorOrganization")),
					organizationOrNull((Map<String, Object>) row.get("menteeOrganization")), (String) pair.get("form"),
					(List<String>) row.get("focus"), doubleOrNull(pair.get("plannedHours")), startedOn, endedOn,
					active ? PairStatus.ACTIVE : PairStatus.ENDED, Boolean.TRUE.equals(row.get("external")),
					(int) ChronoUnit.DAYS.between(startedOn, last) + 1, intOrNull(pair.get("satisfaction")),
					average(reviews),
					(endedOn == null) ? null
							: (reason != null) ? PairEndReason.valueOf(reason) : PairEndReason.COMPLETED,
					(String) pair.get("endNote"), reviews, (String) row.get("listedOrganizationId")));
		}
		result.sort(Comparator.comparing(MentoringRegisterService::pairKey));
		return List.copyOf(result);
	}

	@SuppressWarnings("unchecked")
	private List<YoungTeacherStatus> readYoung(Scope limited, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>(limited.parameters());
		parameters.putAll(this.experience.parameters(asOf));
		List<YoungTeacherStatus> result = new ArrayList<>();
		for (Map<String, Object> row : this.neo4j.query(YOUNG).bindAll(parameters).fetch().all()) {
			Teacher teacher = Teacher.of((Map<String, Object>) row.get("t"));
			boolean mentored = Boolean.TRUE.equals(row.get("mentored"));
			List<Map<String, Object>> active = new ArrayList<>((List<Map<String, Object>>) row.get("pairs"));
			active.sort(Comparator.comparing((Map<String, Object> p) -> (LocalDate) p.get("startedOn"))
				.thenComparing((p) -> (String) p.get("pairId")));
			LocalDate since = null;
			Integer days = null;
			if (!mentored) {
				LocalDate lastEnded = (LocalDate) row.get("lastEnded");
				since = (lastEnded != null) ? lastEnded : teacher.teachingSince();
				days = (int) ChronoUnit.DAYS.between(since, asOf);
			}
			result.add(new YoungTeacherStatus(teacher, Organization.of((Map<String, Object>) row.get("organization")),
					this.experience.months(teacher.teachingSince(), asOf), Boolean.TRUE.equals(row.get("isNew")),
					mentored, active.isEmpty() ? null : (LocalDate) active.getFirst().get("startedOn"),
					active.stream().map((p) -> Teacher.of((Map<String, Object>) p.get("mentor"))).toList(),
					active.stream().map((p) -> (String) p.get("pairId")).toList(), since, days));
		}
		return List.copyOf(result);
	}

	/** Newest start first, then by id: a string that sorts so (days are 8 digits). */
	private static String pairKey(RegisteredPair pair) {
		long days = 99_999_999L - pair.startedOn().toEpochDay();
		return "%08d|%s".formatted(days, pair.id());
	}

	private static String nameKey(YoungTeacherStatus status) {
		return Objects.toString(status.teacher().fullName(), "").toLowerCase(Locale.ROOT) + "\u0001"
				+ status.teacher().id();
	}

	private static Double average(List<MentoringReview> reviews) {
		double sum = 0;
		int marks = 0;
		for (MentoringReview review : reviews) {
			for (Integer mark : new Integer[] { review.menteeSatisfaction(), review.mentorSatisfaction() }) {
				if (mark != null) {
					sum += mark;
					marks++;
				}
			}
		}
		return (marks == 0) ? null : sum / marks;
	}

	private static Organization organizationOrNull(Map<String, Object> row) {
		return (row != null) ? Organization.of(row) : null;
	}

	private static Integer intOrNull(Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	private static Double doubleOrNull(Object value) {
		return (value != null) ? ((Number) value).doubleValue() : null;
	}

}
