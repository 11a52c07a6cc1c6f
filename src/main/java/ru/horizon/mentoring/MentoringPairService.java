package ru.horizon.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.system.DomainException;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.security.ManagePairs;
import ru.horizon.model.ExperienceRules;
import ru.horizon.teacher.Teacher;
import ru.horizon.teacher.TeacherAccess;
import ru.horizon.model.Day;
import ru.horizon.model.Definitions;

/**
 * Starting and ending mentoring pairs (наставнические пары): the hard filters of model.md
 * refuse a pair with a clear BAD_REQUEST; ADMIN and COORDINATOR act anywhere, a CURATOR
 * only for mentees of their own organization.
 */
@Service
@Transactional
public class MentoringPairService {

	/** Both teachers of a planned pair, as of the day it starts. */
	private static final String PARTIES = """
			MATCH (t:Teacher) WHERE t.id IN [$mentorId, $menteeId]
			RETURN t.id AS id, t.teachingSince AS teachingSince, %s.id AS organizationAtDay,
				%s AS activeMentees,
				EXISTS { (t)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(:Teacher {id: $menteeId}) WHERE %s }
					AS mentorsMentee,
				COLLECT { MATCH (t)-[:MENTEE_IN]->(p:MentoringPair)
					WHERE %s RETURN p {.id, .startedOn, .endedOn, .form} }
					AS menteePairs""".formatted(Definitions.mainOrganization("t", Day.AS_OF),
			Definitions.activeMentees("t", Day.AS_OF), Definitions.pairActiveAt("p", Day.AS_OF),
			Definitions.pairNotEndedBefore("p", Day.AS_OF));

	/** A pair with both teachers and whether it is external. */
	private static final String PAIR = """
			MATCH (mentor:Teacher)-[:MENTOR_IN]->(p:MentoringPair {id: $pairId})<-[:MENTEE_IN]-(mentee:Teacher)
			RETURN p {.id, .startedOn, .endedOn, .form, .satisfaction} AS pair,
				%s AS mentor, %s AS mentee, mentee.id AS menteeId, %s AS external""".formatted(
			Teacher.projection("mentor"), Teacher.projection("mentee"),
			Definitions.externalPair("p", "mentor", "mentee"));

	private final Neo4jClient neo4j;

	private final ExperienceRules experience;

	private final MentoringProperties settings;

	private final TeacherAccess access;

	private final Clock clock;

	private final GraphVersion graphVersion;

	MentoringPairService(Neo4jClient neo4j, ExperienceRules experience, MentoringProperties settings,
			TeacherAccess access, Clock clock, GraphVersion graphVersion) {
		this.neo4j = neo4j;
		this.experience = experience;
		this.settings = settings;
		this.access = access;
		this.clock = clock;
		this.graphVersion = graphVersion;
	}

	/**
	 * Starts a pair on {@code input.startedOn} (today when null) after checking every
	 * hard filter of model.md at that day. Unknown teachers or competencies are
	 * NOT_FOUND; a refused filter is BAD_REQUEST with the reason.
	 */
	@ManagePairs
	public MentoringPair assign(AssignMentorInput input) {
		if (input.mentorId() == null || input.menteeId() == null) {
			throw DomainException.badRequest("mentorId and menteeId are required.");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate startedOn = (input.startedOn() != null) ? input.startedOn() : today;
		// Take both teachers' write locks (in id order, so two writers never wait on each
		// other
		// crosswise) before reading: two assignments cannot both see a free place or a
		// mentee
		// without a mentor.
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (t:Teacher {id: id})
				SET t.__lock = true REMOVE t.__lock""")
			.bind(java.util.stream.Stream.of(input.mentorId(), input.menteeId()).sorted().distinct().toList())
			.to("ids")
			.run();
		Map<String, Map<String, Object>> parties = new HashMap<>();
		this.neo4j.query(PARTIES)
			.bindAll(Map.of("mentorId", input.mentorId(), "menteeId", input.menteeId(), "asOf", startedOn))
			.fetch()
			.all()
			.forEach((row) -> parties.put((String) row.get("id"), row));
		Map<String, Object> mentee = parties.get(input.menteeId());
		if (mentee == null) {
			throw DomainException.notFound("No teacher with id " + input.menteeId() + " (mentee).");
		}
		// A pair started on another day than today covers every day in between.
		this.access.checkThroughout(input.menteeId(), min(startedOn, today), max(startedOn, today));
		Map<String, Object> mentor = parties.get(input.mentorId());
		if (mentor == null) {
			throw DomainException.notFound("No teacher with id " + input.mentorId() + " (mentor).");
		}
		checkFilters(input, startedOn, mentee, mentor);
		checkOnePairPerMentee(input, startedOn, mentee);
		List<String> focus = (input.focus() != null) ? input.focus() : List.of();
		if (!focus.isEmpty()) {
			List<String> known = List
				.copyOf(this.neo4j.query("MATCH (c:Competency) WHERE c.code IN $codes RETURN c.code AS code")
					.bind(focus)
					.to("codes")
					.fetchAs(String.class)
					.mappedBy((types, record) -> record.get("code").asString())
					.all());
			List<String> unknown = focus.stream().filter((code) -> !known.contains(code)).toList();
			if (!unknown.isEmpty()) {
				throw DomainException.notFound("Unknown competency code(s) in focus: " + String.join(", ", unknown));
			}
		}
		String pairId = "p-" + UUID.randomUUID();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("pairId", pairId);
		parameters.put("mentorId", input.mentorId());
		parameters.put("menteeId", input.menteeId());
		parameters.put("startedOn", startedOn);
		parameters.put("form", input.form());
		parameters.put("focus", focus);
		if (input.plannedHours() != null && (input.plannedHours() < 0 || input.plannedHours().isNaN())) {
			throw DomainException.badRequest("plannedHours must be 0 or more, was " + input.plannedHours() + ".");
		}
		parameters.put("plannedHours", input.plannedHours());
		this.neo4j.query("""
				MATCH (mentor:Teacher {id: $mentorId}), (mentee:Teacher {id: $menteeId})
				CREATE (mentor)-[:MENTOR_IN]->(p:MentoringPair {id: $pairId, startedOn: $startedOn, form: $form,
					plannedHours: $plannedHours})
					<-[:MENTEE_IN]-(mentee)
				WITH p
				UNWIND $focus AS code
				MATCH (c:Competency {code: code})
				MERGE (p)-[:FOCUSES_ON]->(c)""").bindAll(parameters).run();
		this.graphVersion.changed();
		return pair(pairId);
	}

	/**
	 * A mentee has at most one pair at a time, unless the new pair and every pair it
	 * would overlap are of a group form ({@code horizon.mentoring.group-forms}).
	 */
	private void checkOnePairPerMentee(AssignMentorInput input, LocalDate startedOn, Map<String, Object> mentee) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> overlapping = (List<Map<String, Object>>) mentee.get("menteePairs");
		for (Map<String, Object> pair : overlapping) {
			if (!isGroupForm(input.form()) || !isGroupForm((String) pair.get("form"))) {
				throw DomainException.badRequest("Mentee " + input.menteeId() + " already has pair " + pair.get("id")
						+ " (from " + pair.get("startedOn")
						+ ((pair.get("endedOn") != null) ? " to " + pair.get("endedOn") : ", not ended")
						+ ") on or after " + startedOn
						+ ": one mentor at a time, unless both pairs are of a group form " + this.settings.groupForms()
						+ ". End that pair first.");
			}
		}
	}

	private boolean isGroupForm(String form) {
		return form != null && this.settings.groupForms().stream().anyMatch((f) -> f.equalsIgnoreCase(form.strip()));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private void checkFilters(AssignMentorInput input, LocalDate startedOn, Map<String, Object> mentee,
			Map<String, Object> mentor) {
		String mentorId = input.mentorId();
		if (mentorId.equals(input.menteeId())) {
			throw DomainException.badRequest("A teacher cannot mentor themself (" + mentorId + ").");
		}
		if (mentee.get("organizationAtDay") == null) {
			throw DomainException.badRequest("Mentee " + input.menteeId() + " does not work anywhere on " + startedOn
					+ " (not started yet or left).");
		}
		LocalDate since = (LocalDate) mentor.get("teachingSince");
		int months = this.experience.months(since, startedOn);
		if (since != null && !since.isAfter(startedOn) && this.experience.isYoung(since, startedOn)) {
			throw DomainException.badRequest("Mentor " + mentorId + " is a young teacher on " + startedOn + " ("
					+ months + " months of experience): a young teacher cannot be a mentor.");
		}
		int minMonths = this.settings.minMentorExperienceYears() * 12;
		if (since == null || since.isAfter(startedOn) || months < minMonths) {
			throw DomainException.badRequest("Mentor " + mentorId + " has too little experience on " + startedOn + " ("
					+ months + " months; at least " + this.settings.minMentorExperienceYears() + " years needed).");
		}
		if (mentor.get("organizationAtDay") == null) {
			throw DomainException.badRequest("Mentor " + mentorId + " does not work anywhere on " + startedOn + ".");
		}
		if (Boolean.TRUE.equals(mentor.get("mentorsMentee"))) {
			throw DomainException.badRequest(
					"Teacher " + mentorId + " is already the mentor of " + input.menteeId() + " on " + startedOn + ".");
		}
		int active = ((Number) mentor.get("activeMentees")).intValue();
		if (active >= this.settings.maxMenteesPerMentor()) {
			throw DomainException.badRequest("Mentor " + mentorId + " is at capacity on " + startedOn + ": " + active
					+ " active mentees, at most " + this.settings.maxMenteesPerMentor() + ".");
		}
		checkCapacityAfter(mentorId, startedOn);
	}

	/**
	 * Capacity on every day the new pair is active (it has no end): a mentor's count of
	 * active mentees rises only on the days their other pairs start, so those days after
	 * {@code startedOn} are checked too (a back-dated pair meets pairs that start later).
	 */
	private void checkCapacityAfter(String mentorId, LocalDate startedOn) {
		List<LocalDate> days = List.copyOf(this.neo4j.query("""
				MATCH (:Teacher {id: $mentorId})-[:MENTOR_IN]->(p:MentoringPair)
				WHERE p.startedOn > $startedOn
				RETURN DISTINCT p.startedOn AS day ORDER BY day""")
			.bindAll(Map.of("mentorId", mentorId, "startedOn", startedOn))
			.fetchAs(LocalDate.class)
			.mappedBy((types, record) -> record.get("day").asLocalDate())
			.all());
		for (LocalDate day : days) {
			long active = this.neo4j.query("""
					MATCH (t:Teacher {id: $mentorId})
					RETURN %s AS active""".formatted(Definitions.activeMentees("t", Day.AS_OF)))
				.bindAll(Map.of("mentorId", mentorId, "asOf", day))
				.fetchAs(Long.class)
				.mappedBy((types, record) -> record.get("active").asLong())
				.one()
				.orElse(0L);
			if (active >= this.settings.maxMenteesPerMentor()) {
				throw DomainException.badRequest("Mentor " + mentorId + " is full on " + day + ": " + active
						+ " active mentees that day, at most " + this.settings.maxMenteesPerMentor() + "; a pair from "
						+ startedOn + " would still be active then.");
			}
		}
	}

	/**
	 * Ends a pair on {@code endedOn} (its last day), with the mentee's satisfaction
	 * (1–10) when given. A curator may end only pairs whose mentee belonged to their
	 * organization when the pair started.
	 */
	@ManagePairs
	public MentoringPair end(String pairId, LocalDate endedOn, Integer satisfaction) {
		return end(pairId, endedOn, satisfaction, null, null);
	}

	/**
	 * Ends a pair as {@link #end(String, LocalDate, Integer)} does, with why it ended
	 * ({@code endReason}, COMPLETED when null) and an optional note ({@code endNote}). A
	 * pair ended {@link PairEndReason#NOT_A_GOOD_FIT} keeps its mentor out of this
	 * mentee's candidates from then on ({@link MentorExclusions}).
	 */
	@ManagePairs
	public MentoringPair end(String pairId, LocalDate endedOn, Integer satisfaction, PairEndReason reason,
			String note) {
		Map<String, Object> row = this.neo4j.query(PAIR)
			.bind(pairId)
			.to("pairId")
			.fetch()
			.one()
			.orElseThrow(() -> DomainException.notFound("No mentoring pair with id " + pairId + "."));
		if (endedOn == null) {
			throw DomainException.badRequest("endedOn is required.");
		}
		// Ending on another day than today changes every day in between.
		LocalDate today = LocalDate.now(this.clock);
		this.access.checkThroughout((String) row.get("menteeId"), min(endedOn, today), max(endedOn, today));
		@SuppressWarnings("unchecked")
		Map<String, Object> pair = (Map<String, Object>) row.get("pair");
		LocalDate startedOn = (LocalDate) pair.get("startedOn");
		if (startedOn != null && endedOn.isBefore(startedOn)) {
			throw DomainException.badRequest(
					"endedOn " + endedOn + " is before the pair's start " + startedOn + " (pair " + pairId + ").");
		}
		if (pair.get("endedOn") != null) {
			throw DomainException.badRequest("Pair " + pairId + " already ended on " + pair.get("endedOn") + ".");
		}
		if (satisfaction != null && (satisfaction < 1 || satisfaction > 10)) {
			throw DomainException.badRequest("satisfaction must be between 1 and 10, was " + satisfaction + ".");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("pairId", pairId);
		parameters.put("endedOn", endedOn);
		parameters.put("satisfaction", satisfaction);
		parameters.put("reason", ((reason != null) ? reason : PairEndReason.COMPLETED).name());
		parameters.put("note", (note != null && !note.isBlank()) ? note.strip() : null);
		this.neo4j.query("""
				MATCH (p:MentoringPair {id: $pairId})
				SET p.endedOn = $endedOn, p.satisfaction = coalesce($satisfaction, p.satisfaction),
					p.endReason = $reason, p.endNote = $note""").bindAll(parameters).run();
		this.graphVersion.changed();
		return pair(pairId);
	}

	@SuppressWarnings("unchecked")
	private MentoringPair pair(String pairId) {
		Map<String, Object> row = this.neo4j.query(PAIR).bind(pairId).to("pairId").fetch().one().orElseThrow();
		Map<String, Object> pair = (Map<String, Object>) row.get("pair");
		Object satisfaction = pair.get("satisfaction");
		return new MentoringPair((String) pair.get("id"), Teacher.of((Map<String, Object>) row.get("mentor")),
				Teacher.of((Map<String, Object>) row.get("mentee")), (LocalDate) pair.get("startedOn"),
				(LocalDate) pair.get("endedOn"), Boolean.TRUE.equals(row.get("external")), (String) pair.get("form"),
				(satisfaction != null) ? ((Number) satisfaction).intValue() : null);
	}

}
