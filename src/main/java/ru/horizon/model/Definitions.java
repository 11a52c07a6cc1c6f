package ru.horizon.model;

import java.util.regex.Pattern;

import ru.horizon.organization.Scope;

/**
 * The definitions of model.md ("the graph on day d"), each written once, as Cypher pieces
 * that every query is built from. No feature keeps a copy of one: a query that needs
 * "young teachers of the scope at d" or "a pair active at d" composes it from here,
 * naming its own variables and its day ({@link Day}); nothing patches Cypher text.
 * <p>
 * Every piece is an expression, a predicate, or a {@code MATCH} pattern with its
 * {@code WHERE}, over variables the caller has bound. Thresholds come from
 * {@link ExperienceRules#parameters()} ({@code $youngTeacherMonths},
 * {@code $newTeacherMonths}); windows from {@link Window#parameters()}. Variables a piece
 * introduces inside a subquery are named after the caller's variable ({@code t_main},
 * {@code p_better}), so two pieces never capture each other's names.
 * <p>
 * The Java twins that answer the same questions for values already read (experience
 * months, new, young) are {@link ExperienceRules}; {@code DefinitionsTests} checks both
 * on one hand-made graph with moves, overlapping jobs, ended groups and window edges.
 */
public final class Definitions {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private Definitions() {
	}

	// Employment: exists, main organization, in scope

	/**
	 * A WORKS_AT relationship {@code w} covers day {@code day}: started on or before it
	 * and not ended before it ({@code until} is the last day worked).
	 */
	static String employmentCovers(String w, Day day) {
		return "(%1$s.since <= %2$s AND (%1$s.until IS NULL OR %1$s.until >= %2$s))".formatted(name(w), day);
	}

	/**
	 * <b>Main organization at d</b> of the bound teacher {@code t}, as an expression: the
	 * Organization node, or null when the teacher has no main employment that day (not
	 * started, or left).
	 * <p>
	 * Of the teacher's main ({@code main: true}) employments covering d, the one that
	 * started last; on the same start day, the organization with the smaller id. So a
	 * transfer whose new job starts before the old one ends counts the teacher once, at
	 * the new organization, from the new job's first day; the old one counts again only
	 * if the new job ends first. The order is {@link #comesBefore}'s, as a sort.
	 */
	public static String mainOrganization(String t, Day day) {
		String w = name(t) + "_mainW";
		String o = name(t) + "_mainO";
		return "COLLECT { MATCH (%1$s)-[%2$s:WORKS_AT {main: true}]->(%3$s:Organization) WHERE %4$s RETURN %3$s ORDER BY %2$s.since DESC, %3$s.id LIMIT 1 }[0]"
			.formatted(name(t), w, o, employmentCovers(w, day));
	}

	/**
	 * The main employment {@code w2} at {@code o2} comes before {@code w} at {@code o} in
	 * the choice of the {@link #mainOrganization main organization}: it started later, or
	 * the same day at an organization with a smaller id. The one order of that choice, as
	 * a predicate; {@link #mainOrganization} sorts by it.
	 */
	private static String comesBefore(String w2, String o2, String w, String o) {
		return "(%1$s.since > %3$s.since OR (%1$s.since = %3$s.since AND %2$s.id < %4$s.id))".formatted(name(w2),
				name(o2), name(w), name(o));
	}

	/**
	 * The main employment of teacher {@code t} on {@code day}, as a pattern with its
	 * WHERE clause for {@code MATCH}: binds {@code w} (WORKS_AT) and {@code o}
	 * (Organization), the {@link #mainOrganization main organization} that day; no row
	 * when there is none. Two main jobs at the same organization starting the same day
	 * give two rows: count {@code DISTINCT} teachers.
	 * <p>
	 * Written as "a main employment covering the day that no other one
	 * {@link #comesBefore comes before}" rather than as {@code o = } the main
	 * organization: the same rows, and Cypher plans the {@code NOT EXISTS} once where it
	 * planned the subquery expression for every candidate plan (the isolation query's
	 * planning took half as long, 2026-12-01).
	 */
	public static String mainEmployment(String t, String w, String o, Day day) {
		String w2 = name(t) + "_beforeW";
		String o2 = name(t) + "_beforeO";
		return "(%1$s)-[%2$s:WORKS_AT {main: true}]->(%3$s:Organization) WHERE %4$s AND NOT EXISTS { (%1$s)-[%5$s:WORKS_AT {main: true}]->(%6$s:Organization) WHERE %7$s AND %8$s }"
			.formatted(name(t), name(w), name(o), employmentCovers(w, day), w2, o2, employmentCovers(w2, day),
					comesBefore(w2, o2, w, o));
	}

	/**
	 * The days of {@code [from, to]} on which the main organization of {@code t} may
	 * change, as a list expression: {@code from}, and each day a main employment begins
	 * or the day after one ends. Between two of them the main organization stays the
	 * same, so a rule that must hold "on every day of a period" is checked on these days
	 * alone.
	 */
	public static String mainOrganizationChangeDays(String t, Day from, Day to) {
		String w = name(t) + "_change";
		return """
				[%2$s]
					+ COLLECT { MATCH (%1$s)-[%4$s:WORKS_AT {main: true}]->() WHERE %4$s.since > %2$s AND %4$s.since <= %3$s
						RETURN %4$s.since }
					+ COLLECT { MATCH (%1$s)-[%4$s:WORKS_AT {main: true}]->() WHERE %4$s.until >= %2$s AND %4$s.until < %3$s
						RETURN %4$s.until + duration('P1D') }"""
			.formatted(name(t), from, to, w);
	}

	/**
	 * The teacher {@code t} works on {@code day}: some main employment covers it. A
	 * teacher whose main employment ended before the day has left; one whose employment
	 * has not begun does not work yet.
	 */
	public static String worksAt(String t, Day day) {
		String w = name(t) + "_works";
		return "EXISTS { (%1$s)-[%2$s:WORKS_AT {main: true}]->(:Organization) WHERE %3$s }".formatted(name(t), w,
				employmentCovers(w, day));
	}

	/**
	 * <b>Teacher exists at d</b>: experience has begun ({@code teachingSince <= d}) and
	 * the teacher works that day ({@link #worksAt}). Before {@code teachingSince} the
	 * teacher does not exist yet; after the last main employment ends, they have left.
	 */
	public static String existsAt(String t, Day day) {
		return "(%1$s.teachingSince <= %2$s AND %3$s)".formatted(name(t), day, worksAt(t, day));
	}

	/**
	 * The teachers {@code t} in the scope on {@code day}, each once: organizations
	 * {@code o} matching the {@link Scope#PREDICATE scope} (its parameters bound), and
	 * the teachers whose main organization that day ({@link #mainEmployment}) is one of
	 * them. Binds {@code o}, {@code t} and {@code t}'s main WORKS_AT as {@code w}.
	 */
	public static String teachersInScope(String t, Day day) {
		return """
				MATCH (o:Organization) WHERE %s
				MATCH %s""".formatted(Scope.PREDICATE, mainEmployment(t, "w", "o", day));
	}

	// Experience

	/**
	 * <b>Experience months</b> of {@code t} on {@code day}: whole months from
	 * {@code teachingSince} ({@code duration.inMonths}, the twin of
	 * {@link ExperienceRules#months}); negative before it.
	 */
	public static String experienceMonths(String t, Day day) {
		return "duration.inMonths(%1$s.teachingSince, %2$s).months".formatted(name(t), day);
	}

	/**
	 * <b>Young teacher</b> (молодой педагог) on {@code day}: exists then
	 * ({@link #existsAt}) and has fewer than {@code $youngTeacherMonths} months of
	 * experience.
	 */
	public static String young(String t, Day day) {
		return "(%s AND %s < $youngTeacherMonths)".formatted(existsAt(t, day), experienceMonths(t, day));
	}

	/**
	 * <b>New teacher</b> (новый педагог, стаж 0–6 месяцев) on {@code day}: exists then
	 * and has fewer than {@code $newTeacherMonths} months of experience.
	 */
	public static String newTeacher(String t, Day day) {
		return "(%s AND %s < $newTeacherMonths)".formatted(existsAt(t, day), experienceMonths(t, day));
	}

	/**
	 * The young teachers {@code t} of the scope on {@code day} ({@link #teachersInScope}
	 * and {@link #young}): a MATCH with its WHERE, binding {@code o}, {@code t} and
	 * {@code w}.
	 */
	public static String youngTeachersInScope(String t, Day day) {
		return teachersInScope(t, day) + "\n\tAND " + young(t, day);
	}

	// Mentoring pairs

	/**
	 * <b>Active pair</b> {@code p} on {@code day}: started on or before it, not ended
	 * before it.
	 */
	public static String pairActiveAt(String p, Day day) {
		return "(%1$s.startedOn <= %2$s AND (%1$s.endedOn IS NULL OR %1$s.endedOn >= %2$s))".formatted(name(p), day);
	}

	/** Pair {@code p} is active on at least one day of {@code [from, to]}. */
	public static String pairActiveDuring(String p, Day from, Day to) {
		return "(%1$s.startedOn <= %3$s AND (%1$s.endedOn IS NULL OR %1$s.endedOn >= %2$s))".formatted(name(p), from,
				to);
	}

	/** Pair {@code p} has started by {@code day} (whether or not it has ended since). */
	public static String pairStartedBy(String p, Day day) {
		return "%1$s.startedOn <= %2$s".formatted(name(p), day);
	}

	/**
	 * Pair {@code p} is active on {@code day} or some later day: it has not ended before
	 * it.
	 */
	public static String pairNotEndedBefore(String p, Day day) {
		return "(%1$s.endedOn IS NULL OR %1$s.endedOn >= %2$s)".formatted(name(p), day);
	}

	/**
	 * <b>Mentored</b> on {@code day}: {@code t} is the mentee of a pair active that day.
	 */
	public static String mentoredAt(String t, Day day) {
		String p = name(t) + "_menteePair";
		return "EXISTS { (%1$s)-[:MENTEE_IN]->(%2$s:MentoringPair) WHERE %3$s }".formatted(name(t), p,
				pairActiveAt(p, day));
	}

	/** The number of pairs active on {@code day} in which {@code t} is the mentor. */
	public static String activeMentees(String t, Day day) {
		String p = name(t) + "_mentorPair";
		return "COUNT { (%1$s)-[:MENTOR_IN]->(%2$s:MentoringPair) WHERE %3$s }".formatted(name(t), p,
				pairActiveAt(p, day));
	}

	/**
	 * <b>External pair</b> (внешний контур): the mentor's main organization on the pair's
	 * {@code startedOn} differs from the mentee's (a teacher with no main organization
	 * that day counts as another organization than one who has). An expression over the
	 * bound pair {@code p} and its {@code mentor} and {@code mentee}.
	 */
	public static String externalPair(String p, String mentor, String mentee) {
		Day start = Day.property(p, "startedOn");
		return "coalesce(%s.id, '') <> coalesce(%s.id, '')".formatted(mainOrganization(mentor, start),
				mainOrganization(mentee, start));
	}

	/**
	 * Pair {@code p} has ended before {@code day}: started by then and no longer active
	 * ({@code endedOn} before the day). The register's ENDED pairs.
	 */
	public static String pairEndedBefore(String p, Day day) {
		return "(%s AND NOT %s)".formatted(pairStartedBy(p, day), pairActiveAt(p, day));
	}

	// Mentors

	/**
	 * <b>Trained mentor</b> (прошёл обучение наставников) on {@code day}: the competency
	 * {@code mentoring} as a strength assessed by then (or undated), or a membership of a
	 * group named «Школа наставников» begun by then ({@link #membershipBegunBy}: a
	 * finished course still counts). The readiness factor of the recommendation and the
	 * October monitoring's trained share read this one rule.
	 */
	public static String trainedMentor(String t, Day day) {
		String s = name(t) + "_trainedS";
		String r = name(t) + "_trainedR";
		String g = name(t) + "_trainedG";
		return """
				(EXISTS { (%1$s)-[%2$s:HAS_STRENGTH]->(:Competency {code: 'mentoring'})
					WHERE %2$s.assessedOn IS NULL OR %2$s.assessedOn <= %5$s }
				OR EXISTS { (%1$s)-[%3$s:MEMBER_OF]->(%4$s:Group)
					WHERE %6$s AND toLower(%4$s.name) CONTAINS 'школа наставников' })""".formatted(name(t), s, r, g,
				day, membershipBegunBy(r, day));
	}

	/**
	 * <b>Honorary mentor</b> («Почётный наставник») on {@code day}: an award of kind
	 * {@code HONORARY_MENTOR} received in the day's year or earlier (or undated).
	 */
	public static String honoraryMentor(String t, Day day) {
		String r = name(t) + "_honorary";
		return "EXISTS { (%1$s)-[%2$s:RECEIVED]->(:Award {kind: 'HONORARY_MENTOR'}) WHERE %2$s.year IS NULL OR %2$s.year <= %3$s.year }"
			.formatted(name(t), r, day);
	}

	// Groups

	/**
	 * <b>Active membership</b> on {@code day}: the MEMBER_OF relationship {@code r} to
	 * the group {@code g} has begun ({@code since} missing or on or before the day) and
	 * not ended ({@code until} missing or on or after it), AND the group itself exists
	 * that day ({@code startedOn} / {@code endedOn}, each open when missing).
	 */
	public static String activeMembership(String r, String g, Day day) {
		return """
				((%1$s.since IS NULL OR %1$s.since <= %3$s) AND (%1$s.until IS NULL OR %1$s.until >= %3$s)
					AND (%2$s.startedOn IS NULL OR %2$s.startedOn <= %3$s) AND (%2$s.endedOn IS NULL OR %2$s.endedOn >= %3$s))"""
			.formatted(name(r), name(g), day);
	}

	/**
	 * The MEMBER_OF relationship {@code r} had begun by {@code day} ({@code since}
	 * missing or on or before it), whether or not it has ended since: what a teacher has
	 * been through (a training programme) rather than where they are now.
	 */
	public static String membershipBegunBy(String r, Day day) {
		return "(%1$s.since IS NULL OR %1$s.since <= %2$s)".formatted(name(r), day);
	}

	/**
	 * The teacher {@code t} has an {@link #activeMembership active membership} of a Group
	 * on {@code day}.
	 */
	public static String memberAt(String t, Day day) {
		String r = name(t) + "_membership";
		String g = name(t) + "_group";
		return "EXISTS { (%1$s)-[%2$s:MEMBER_OF]->(%3$s:Group) WHERE %4$s }".formatted(name(t), r, g,
				activeMembership(r, g, day));
	}

	// Events

	/** Event {@code e} is dated in {@code [from, to]}. */
	public static String eventDuring(String e, Day from, Day to) {
		return within(Day.property(e, "date"), from, to);
	}

	/** The day {@code day} lies in {@code [from, to]}, both included. */
	public static String within(Day day, Day from, Day to) {
		return "(%1$s >= %2$s AND %1$s <= %3$s)".formatted(day, from, to);
	}

	static String name(String variable) {
		if (variable == null || !NAME.matcher(variable).matches()) {
			throw new IllegalArgumentException("not a Cypher variable: " + variable);
		}
		return variable;
	}

}
