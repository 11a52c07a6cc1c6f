package ru.horizon.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Learning ties (кто у кого учится) of model.md, written once for every feature that
 * counts them: tie instances in a {@link Window} {@code [$from, $to]}, with the main
 * organizations ({@link Definitions#mainEmployment}) of the two teachers on the tie's
 * date.
 * <ul>
 * <li>MENTORING: mentor -&gt; mentee for a pair active on any day of the window, weight
 * 3, dated by the pair's start;</li>
 * <li>EVENT: speaker -&gt; attendee for every event dated in the window where one was
 * SPEAKER (or ORGANIZER of a {@link #TEACHING_FORMATS teaching format}) and the other
 * ATTENDEE, weight 1 per event, dated by the event.</li>
 * </ul>
 * Event ties are read per participant (who teaches, who attends, and where each worked
 * that day) and paired in Java by {@link #eventTies}, so the database looks up each
 * participant's organization once rather than once per tie. Every query reads the
 * parameters of {@link #parameters(Window)}; an organization is null when the teacher had
 * no main employment that day.
 */
public final class LearningTies {

	/** Weight of a mentoring tie. */
	public static final double MENTORING_WEIGHT = 3.0;

	/** Weight of a tie per event. */
	public static final double EVENT_WEIGHT = 1.0;

	/** Event formats whose ORGANIZER teaches the attendees as a speaker does. */
	public static final List<String> TEACHING_FORMATS = List.of("MASTER_CLASS", "OPEN_LESSON", "LESSON_VISIT",
			"WORKSHOP", "INTERNSHIP");

	/** A pair {@code p} active on some day of the window. */
	private static final String PAIR_IN_WINDOW = Definitions.pairActiveDuring("p", Window.FROM, Window.TO);

	/** An event {@code e} dated in the window. */
	private static final String EVENT_IN_WINDOW = Definitions.eventDuring("e", Window.FROM, Window.TO);

	/**
	 * Mentoring tie instances of the window, one row per pair: {@code source} and
	 * {@code target} (teacher ids), {@code date}, {@code sourceOrganization},
	 * {@code targetOrganization}.
	 */
	public static final String MENTORING_TIES = mentoringTies("MATCH (p:MentoringPair) WHERE " + PAIR_IN_WINDOW);

	/**
	 * {@link #MENTORING_TIES} read only from pairs with an end who has ever worked at one
	 * of the organizations {@code $organizations} (ids): a superset of the pairs whose
	 * ties have an end in those organizations on the tie's date, read from the scope
	 * outwards (a region of a nation reads its own pairs, not the nation's).
	 */
	public static final String MENTORING_TIES_NEAR = mentoringTies("""
			MATCH (o:Organization) WHERE o.id IN $organizations
			MATCH (o)<-[:WORKS_AT]-(:Teacher)-[:MENTOR_IN|MENTEE_IN]->(p:MentoringPair) WHERE %s
			WITH DISTINCT p""".formatted(PAIR_IN_WINDOW));

	private static String mentoringTies(String pairs) {
		return """
				%s
				MATCH (source:Teacher)-[:MENTOR_IN]->(p)<-[:MENTEE_IN]-(target:Teacher)
				WITH source, target, p.startedOn AS date
				%s
				%s
				RETURN source.id AS source, target.id AS target, date, sourceOrganization, targetOrganization"""
			.formatted(pairs, organizationOn("source", "sourceOrganization"),
					organizationOn("target", "targetOrganization"));
	}

	/**
	 * Events of the window with their teaching and attending participants, one row per
	 * event: {@code event} (id), {@code date}, {@code speakers} and {@code attendees},
	 * lists of {@code [teacherId, organizationId]}; a teacher who both teaches and
	 * attends is in both lists.
	 */
	public static final String EVENT_PARTICIPANTS = eventParticipants("MATCH (e:Event) WHERE " + EVENT_IN_WINDOW);

	/**
	 * {@link #EVENT_PARTICIPANTS} read only from events with a participant who has ever
	 * worked at one of the organizations {@code $organizations} (ids): a superset of the
	 * events whose ties have an end in those organizations on the event's date, read from
	 * the scope outwards.
	 */
	public static final String EVENT_PARTICIPANTS_NEAR = eventParticipants("""
			MATCH (o:Organization) WHERE o.id IN $organizations
			MATCH (o)<-[:WORKS_AT]-(:Teacher)-[:PARTICIPATED_IN]->(e:Event) WHERE %s
			WITH DISTINCT e""".formatted(EVENT_IN_WINDOW));

	private static String eventParticipants(String events) {
		return """
				%s
				CALL (e) {
					MATCH (t:Teacher)-[r:PARTICIPATED_IN]->(e)
					WITH t, e.date AS date, collect(r.role) AS roles
					WITH t, date, %s AS teaches, 'ATTENDEE' IN roles AS attends
					WHERE teaches OR attends
					%s
					RETURN collect(CASE WHEN teaches THEN [t.id, organization] END) AS speakers,
						collect(CASE WHEN attends THEN [t.id, organization] END) AS attendees
				}
				WITH e, speakers, attendees WHERE size(speakers) > 0 AND size(attendees) > 0
				RETURN e.id AS event, e.date AS date, speakers, attendees""".formatted(events, teaches("roles"),
				organizationOn("t", "organization"));
	}

	/**
	 * The teachers tied to an already bound teacher node in the window, in either
	 * direction, once per (other teacher, date): binds {@code other} (a Teacher node),
	 * {@code date}, {@code teacherOrganization} and {@code otherOrganization}.
	 * @param teacher the variable of the bound Teacher node
	 */
	public static String of(String teacher) {
		return """
				CALL (%1$s) {
					MATCH (%1$s)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(other:Teacher) WHERE %2$s
					RETURN other, p.startedOn AS date
					UNION
					MATCH (%1$s)-[:MENTEE_IN]->(p:MentoringPair)<-[:MENTOR_IN]-(other:Teacher) WHERE %2$s
					RETURN other, p.startedOn AS date
					UNION
					MATCH (%1$s)-[r:PARTICIPATED_IN]->(e:Event) WHERE %3$s
					WITH %1$s, e, collect(r.role) AS roles
					WITH %1$s, e, %4$s AS teaches, 'ATTENDEE' IN roles AS attends
					CALL (%1$s, e, teaches, attends) {
						// Who taught this teacher there: read only when they attended.
						WITH %1$s, e WHERE attends
						MATCH (other:Teacher)-[o:PARTICIPATED_IN]->(e)
						WHERE other <> %1$s AND %5$s
						RETURN other
						UNION
						// Whom this teacher taught there: read only when they taught.
						WITH %1$s, e WHERE teaches
						MATCH (other:Teacher)-[:PARTICIPATED_IN {role: 'ATTENDEE'}]->(e)
						WHERE other <> %1$s
						RETURN other
					}
					RETURN other, e.date AS date
				}
				WITH %1$s, date, collect(other) AS others
				%6$s
				UNWIND others AS other
				%7$s""".formatted(teacher, PAIR_IN_WINDOW, EVENT_IN_WINDOW, teaches("roles"), teachesRole("o"),
				organizationOn(teacher, "teacherOrganization"), organizationOn("other", "otherOrganization"));
	}

	/**
	 * True when the tie bound by {@link #of(String)} is cross-organization: both
	 * organizations are known on the tie's date and differ. An unknown organization is
	 * not counted as another one.
	 */
	public static final String CROSS_ORGANIZATION = "(teacherOrganization IS NOT NULL AND otherOrganization IS NOT NULL AND teacherOrganization <> otherOrganization)";

	private LearningTies() {
	}

	/**
	 * The parameters the queries read: {@code from}, {@code to}, {@code teachingFormats}.
	 */
	public static Map<String, Object> parameters(Window window) {
		return Map.of("from", window.from(), "to", window.to(), "teachingFormats", TEACHING_FORMATS);
	}

	/** {@link #parameters(Window)} of {@code [from, to]}. */
	public static Map<String, Object> parameters(LocalDate from, LocalDate to) {
		return parameters(new Window(from, to));
	}

	/**
	 * True when a participant with {@code role} teaches at an event of {@code format}:
	 * SPEAKER, or ORGANIZER of a {@link #TEACHING_FORMATS teaching format}. The Java twin
	 * of the Cypher in {@link #EVENT_PARTICIPANTS}.
	 */
	public static boolean teaches(String role, String format) {
		return "SPEAKER".equals(role) || ("ORGANIZER".equals(role) && TEACHING_FORMATS.contains(format));
	}

	/** True when a participant with {@code role} learns at the event: an ATTENDEE. */
	public static boolean attends(String role) {
		return "ATTENDEE".equals(role);
	}

	/** The Java twin of {@link #CROSS_ORGANIZATION}. */
	public static boolean isCrossOrganization(String sourceOrganization, String targetOrganization) {
		return sourceOrganization != null && targetOrganization != null
				&& !Objects.equals(sourceOrganization, targetOrganization);
	}

	/** One end of a tie: a teacher and their main organization on the tie's date. */
	public record End(String teacher, String organization) {

	}

	/** Receives tie instances. */
	@FunctionalInterface
	public interface TieConsumer {

		void accept(End source, End target);

	}

	/**
	 * The tie instances of one event of {@link #EVENT_PARTICIPANTS}: every speaker to
	 * every attendee but themselves.
	 */
	public static void eventTies(List<End> speakers, List<End> attendees, TieConsumer consumer) {
		for (End speaker : speakers) {
			for (End attendee : attendees) {
				if (!speaker.teacher().equals(attendee.teacher())) {
					consumer.accept(speaker, attendee);
				}
			}
		}
	}

	/** SPEAKER, or ORGANIZER of a teaching format, among the roles of event {@code e}. */
	private static String teaches(String roles) {
		return "('SPEAKER' IN %1$s OR ('ORGANIZER' IN %1$s AND e.format IN $teachingFormats))".formatted(roles);
	}

	/** The same test on one PARTICIPATED_IN relationship {@code r} of event {@code e}. */
	private static String teachesRole(String r) {
		return "(%1$s.role = 'SPEAKER' OR (%1$s.role = 'ORGANIZER' AND e.format IN $teachingFormats))".formatted(r);
	}

	/**
	 * A block that binds {@code alias}: the id of the main organization
	 * ({@link Definitions#mainOrganization}) of the bound node {@code teacher} on the
	 * bound date {@code date}.
	 */
	public static String mainOrganizationOn(String teacher, String alias) {
		return organizationOn(teacher, alias);
	}

	private static String organizationOn(String teacher, String alias) {
		return "WITH *, %s.id AS %s".formatted(Definitions.mainOrganization(teacher, Day.variable("date")),
				Definitions.name(alias));
	}

}
