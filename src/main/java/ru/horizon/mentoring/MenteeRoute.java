package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.List;

import ru.horizon.teacher.Teacher;

/**
 * A young teacher's individual route (индивидуальный образовательный маршрут, ИОМ) at a
 * day: for each diagnosed deficit, who and what can help.
 *
 * @param mentee the young teacher
 * @param asOf the day
 * @param steps one per deficit assessed by the day, the highest level first, then by code
 */
public record MenteeRoute(Teacher mentee, LocalDate asOf, List<Step> steps) {

	/**
	 * What addresses one deficit.
	 *
	 * @param code the competency code
	 * @param name its name
	 * @param level the deficit's level (LOW, MEDIUM, HIGH; MEDIUM when not recorded)
	 * @param mentors the best candidates (the ranking of {@code mentorCandidates}) who
	 * have the competency as a strength, at most {@link MenteeRouteService#MENTORS}
	 * @param recentEvents events addressing it dated in the look-back window, latest
	 * first
	 * @param upcomingEvents events addressing it dated after the day, soonest first
	 * @param groups groups that organize those events
	 * @param sites internship sites and resource centres (organization flags
	 * INTERNSHIP_SITE, RESOURCE_CENTER) that host those events or coordinate those groups
	 */
	public record Step(String code, String name, String level, List<MentorCandidate> mentors,
			List<RouteEvent> recentEvents, List<RouteEvent> upcomingEvents, List<RouteGroup> groups,
			List<RouteSite> sites) {
	}

	/**
	 * An event of the route.
	 *
	 * @param id its id
	 * @param title its title
	 * @param date its date
	 * @param format its format
	 * @param hostId the hosting organization, null when not recorded
	 * @param hostName its name
	 */
	public record RouteEvent(String id, String title, LocalDate date, String format, String hostId, String hostName) {
	}

	/**
	 * A group of the route.
	 *
	 * @param id its id
	 * @param name its name
	 * @param kind its kind
	 */
	public record RouteGroup(String id, String name, String kind) {
	}

	/**
	 * An internship site or a resource centre of the route.
	 *
	 * @param id the organization's id
	 * @param name its name
	 * @param flags its flags among INTERNSHIP_SITE and RESOURCE_CENTER
	 */
	public record RouteSite(String id, String name, List<String> flags) {
	}

}
