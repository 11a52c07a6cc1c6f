package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ru.horizon.teacher.TeacherService;

/**
 * Learning ties (кто у кого учится) of model.md, written once for every feature that counts
 * them: tie instances in a window {@code [$from, $to]}, each with the main organizations
 * of its two teachers on the tie's date.
 * <ul>
 * <li>MENTORING: mentor -&gt; mentee for a pair active on any day of the window, weight 3,
 * dated by the pair's start;</li>
 * <li>EVENT: speaker -&gt; attendee for every event dated in the window where one was
 * SPEAKER (or ORGANIZER of a {@link #TEACHING_FORMATS teaching format}) and the other
 * ATTENDEE, weight 1 per event, dated by the event.</li>
 * </ul>
 * The Cypher blocks bind {@code source, target} (Teacher nodes), {@code kind}
 * ({@code 'MENTORING'} or {@code 'EVENT'}), {@code weight}, {@code date}, {@code key} (the
 * pair or event id), {@code sourceOrganization} and {@code targetOrganization}
 * (organization ids, null when the teacher had no main employment that day). They read
 * the parameters of {@link #parameters(LocalDate, LocalDate)}.
 */
public final class LearningTies {

	/** Weight of a mentoring tie. */
	public static final double MENTORING_WEIGHT = 3.0;

	/** Weight of a tie per event. */
	public static final double EVENT_WEIGHT = 1.0;

	/** Event formats whose ORGANIZER teaches the attendees as a speaker does. */
	public static final List<String> TEACHING_FORMATS = List.of("MASTER_CLASS", "OPEN_LESSON", "LESSON_VISIT",
			"WORKSHOP", "INTERNSHIP");

	/**
	 * True when the tie bound by a block of this class is cross-organization: both
	 * organizations are known on the tie's date and differ. An unknown organization is not
	 * counted as another one.
	 */
	public static final String CROSS_ORGANIZATION = "(sourceOrganization IS NOT NULL AND targetOrganization IS NOT NULL AND sourceOrganization <> targetOrganization)";

	private static final String MENTORING = """
			MATCH (%s)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(%s)
			WHERE p.startedOn <= $to AND (p.endedOn IS NULL OR p.endedOn >= $from)
			RETURN %s AS source, %s AS target, 'MENTORING' AS kind, %s AS weight, p.startedOn AS date, p.id AS key""";

	private static final String EVENT = """
			MATCH (%s)-[r:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN {role: 'ATTENDEE'}]-(%s)
			WHERE e.date >= $from AND e.date <= $to
				AND (r.role = 'SPEAKER' OR (r.role = 'ORGANIZER' AND e.format IN $teachingFormats))
			WITH DISTINCT %s AS source, %s AS target, e
			WHERE source <> target
			RETURN source, target, 'EVENT' AS kind, %s AS weight, e.date AS date, e.id AS key""";

	private LearningTies() {
	}

	/**
	 * Every tie instance of the window, as a block that binds the columns of this class.
	 */
	public static String all() {
		return """
				CALL () {
				%s
				UNION ALL
				%s
				}
				%s""".formatted(mentoring("source:Teacher", "target:Teacher", "source", "target"),
				event("source:Teacher", "target:Teacher", "source", "target"), organizations());
	}

	/**
	 * The tie instances of the window in either direction of an already bound teacher node.
	 * @param teacher the variable of the bound Teacher node
	 */
	public static String of(String teacher) {
		return """
				CALL (%1$s) {
				%2$s
				UNION ALL
				%3$s
				UNION ALL
				%4$s
				UNION ALL
				%5$s
				}
				%6$s""".formatted(teacher, mentoring(teacher, "other:Teacher", teacher, "other"),
				mentoring("other:Teacher", teacher, "other", teacher), event(teacher, "other:Teacher", teacher, "other"),
				event("other:Teacher", teacher, "other", teacher), organizations());
	}

	/** The parameters the blocks read: {@code from}, {@code to}, {@code teachingFormats}. */
	public static Map<String, Object> parameters(LocalDate from, LocalDate to) {
		return Map.of("from", from, "to", to, "teachingFormats", TEACHING_FORMATS);
	}

	/** The Java twin of {@link #CROSS_ORGANIZATION}. */
	public static boolean isCrossOrganization(String sourceOrganization, String targetOrganization) {
		return sourceOrganization != null && targetOrganization != null
				&& !Objects.equals(sourceOrganization, targetOrganization);
	}

	private static String mentoring(String sourcePattern, String targetPattern, String source, String target) {
		return MENTORING.formatted(sourcePattern, targetPattern, source, target, MENTORING_WEIGHT);
	}

	private static String event(String sourcePattern, String targetPattern, String source, String target) {
		return EVENT.formatted(sourcePattern, targetPattern, source, target, EVENT_WEIGHT);
	}

	/** The main organization of each end on the tie's date, by the teacher module's rule. */
	private static String organizations() {
		return """
				OPTIONAL CALL (source, date) {
					MATCH %s
					RETURN o.id AS sourceOrganization ORDER BY w.since DESC LIMIT 1
				}
				OPTIONAL CALL (target, date) {
					MATCH %s
					RETURN o.id AS targetOrganization ORDER BY w.since DESC LIMIT 1
				}""".formatted(mainOrganizationOn("source"), mainOrganizationOn("target"));
	}

	private static String mainOrganizationOn(String teacher) {
		return TeacherService.MAIN_ORGANIZATION_AT.replace("(t)", "(" + teacher + ")").replace("$asOf", "date");
	}

}
