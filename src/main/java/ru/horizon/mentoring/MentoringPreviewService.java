package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.isolation.IsolationReason;
import ru.horizon.isolation.IsolationService;
import ru.horizon.isolation.YoungTeacherIsolation;
import ru.horizon.model.ExperienceRules;
import ru.horizon.model.Window;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.ReadTeachers;
import ru.horizon.teacher.TeacherAccess;

/**
 * What-if (что будет, если): what a pair, or a whole plan, would change, computed from
 * the day's answers of coverage ({@link MentoringCoverageService}), isolation
 * ({@link IsolationService}) and the tie neighbourhood by the rules of model.md applied
 * to the hypothetical pair:
 * <ul>
 * <li>coverage: a young (new) mentee not mentored that day adds one covered young (new)
 * teacher to their organization and the city; a mentee mentored already adds
 * nothing;</li>
 * <li>isolation: NO_MENTOR and NEW_WITHOUT_MENTOR clear; the pair is a learning tie dated
 * its start, so an external pair clears ONLY_INTERNAL_TIES and an internal pair of a
 * mentee without ties adds it; isolated = NO_MENTOR, NO_GROUP and NO_EVENTS all
 * apply;</li>
 * <li>reach: the groups and organizations the mentor reaches and the mentee does not (the
 * sets of NETWORK_GAIN); the two-hop set of the tie graph gains the mentor and the
 * mentor's tie neighbours (the window: the look-back of the recommendation);</li>
 * <li>load: the mentor's active mentees plus one.</li>
 * </ul>
 * The tests assign the pair and compare every figure with the answers after.
 */
@Service
@Transactional(readOnly = true)
public class MentoringPreviewService {

	private final ProfileQueries queries;

	private final MentoringCoverageService coverage;

	private final IsolationService isolation;

	private final TieNeighbourhood ties;

	private final MentoringProperties settings;

	private final ExperienceRules experience;

	private final TeacherAccess access;

	private final MentorRecommendationService recommendation;

	private final Neo4jClient neo4j;

	MentoringPreviewService(ProfileQueries queries, MentoringCoverageService coverage, IsolationService isolation,
			TieNeighbourhood ties, MentoringProperties settings, ExperienceRules experience, TeacherAccess access,
			MentorRecommendationService recommendation, Neo4jClient neo4j) {
		this.queries = queries;
		this.coverage = coverage;
		this.isolation = isolation;
		this.ties = ties;
		this.settings = settings;
		this.experience = experience;
		this.access = access;
		this.recommendation = recommendation;
		this.neo4j = neo4j;
	}

	/**
	 * The preview of the pair (mentor, mentee) starting on {@code startedOn}. Both must
	 * work that day (else BAD_REQUEST); unknown ids are NOT_FOUND; the mentee must be
	 * visible to the user. The hard filters are not checked here: {@code assignMentor}
	 * refuses what they forbid.
	 */
	@ReadTeachers
	public MentoringPreview preview(String mentorId, String menteeId, LocalDate startedOn, Locale locale) {
		TeacherProfile mentee = profile(menteeId, startedOn);
		this.access.check(menteeId, startedOn);
		TeacherProfile mentor = profile(mentorId, startedOn);
		boolean mentored = !mentee.mentors().isEmpty();
		boolean young = this.experience.isYoung(mentee.teacher().teachingSince(), startedOn);
		boolean isNew = this.experience.isNew(mentee.teacher().teachingSince(), startedOn);
		int newGain = (!mentored && isNew) ? 1 : 0;
		int youngGain = (!mentored && young) ? 1 : 0;
		Scope organization = Scope.ALL.limitedTo(mentee.organizationId());
		MentoringCoverage orgBefore = this.coverage.coverage(organization, startedOn, locale);
		String orgName = orgBefore.byOrganization().isEmpty() ? mentee.organizationId()
				: orgBefore.byOrganization().getFirst().name();
		MentoringCoverage cityBefore = this.coverage.coverage(Scope.ALL, startedOn, locale);
		boolean external = !mentee.organizationId().equals(mentor.organizationId());

		YoungTeacherIsolation checked = this.isolation.check(organization, startedOn, lookback())
			.stream()
			.filter((i) -> i.teacher().id().equals(menteeId))
			.findFirst()
			.orElse(null);
		List<IsolationReason> before = (checked != null) ? checked.reasons() : List.of();
		boolean isolatedBefore = checked != null && checked.isolated();
		EnumSet<IsolationReason> after = before.isEmpty() ? EnumSet.noneOf(IsolationReason.class)
				: EnumSet.copyOf(before);
		if (young) {
			after.remove(IsolationReason.NO_MENTOR);
			after.remove(IsolationReason.NEW_WITHOUT_MENTOR);
			if (external) {
				after.remove(IsolationReason.ONLY_INTERNAL_TIES);
			}
			else if (this.ties.neighbours(menteeId, window(startedOn)).isEmpty()) {
				after.add(IsolationReason.ONLY_INTERNAL_TIES);
			}
		}
		List<IsolationReason> cleared = before.stream().filter((r) -> !after.contains(r)).toList();
		List<IsolationReason> added = after.stream().filter((r) -> !before.contains(r)).toList();
		boolean isolatedAfter = after
			.containsAll(EnumSet.of(IsolationReason.NO_MENTOR, IsolationReason.NO_GROUP, IsolationReason.NO_EVENTS));

		Window window = window(startedOn);
		Set<String> twoHops = new LinkedHashSet<>(this.ties.twoHops(menteeId, window));
		int twoHopBefore = (int) twoHops.stream().filter((t) -> !t.equals(menteeId)).count();
		twoHops.add(mentorId);
		twoHops.addAll(this.ties.neighbours(mentorId, window));
		int twoHopAfter = (int) twoHops.stream().filter((t) -> !t.equals(menteeId)).count();

		List<String> groups = new ArrayList<>();
		List<String> organizations = new ArrayList<>();
		for (String key : mentor.reach()) {
			if (!mentee.reach().contains(key)) {
				(key.startsWith("g:") ? groups : organizations).add(key.substring(2));
			}
		}
		return new MentoringPreview(startedOn, mentor.teacher(), mentee.teacher(), external, mentored,
				change(mentee.organizationId(), orgName, orgBefore, newGain, youngGain),
				change("", "", cityBefore, newGain, youngGain), before, List.copyOf(after), cleared, added,
				isolatedBefore, isolatedAfter, named("Group", groups), named("Organization", organizations),
				twoHopBefore, twoHopAfter, mentor.activeMentees(), mentor.activeMentees() + 1,
				this.settings.maxMenteesPerMentor());
	}

	/**
	 * The preview of a whole plan (as {@link MentorRecommendationService#plan}) if every
	 * proposal started on {@code asOf}: every proposed mentee is young and unmentored
	 * that day, so each adds one covered young teacher (and a new one when new) and stops
	 * being isolated.
	 */
	@ReadTeachers
	public PlanPreview planPreview(Scope scope, LocalDate asOf, Contour contour, Double externalShareTarget,
			Locale locale) {
		MentorAssignmentPlan plan = this.recommendation.plan(scope, asOf, contour, externalShareTarget, locale);
		Scope limited = this.access.listScope(scope);
		MentoringCoverage before = this.coverage.coverage(limited, asOf, locale);
		int newGain = 0;
		Set<String> proposed = new LinkedHashSet<>();
		Map<String, Integer> gainByOrganization = new HashMap<>();
		for (MentorProposal proposal : plan.proposals()) {
			proposed.add(proposal.mentee().id());
			newGain += this.experience.isNew(proposal.mentee().teachingSince(), asOf) ? 1 : 0;
			gainByOrganization.merge(proposal.menteeOrganizationId(), 1, Integer::sum);
		}
		int isolatedBefore = 0;
		int isolatedAfter = 0;
		for (YoungTeacherIsolation checked : this.isolation.check(limited, asOf, lookback())) {
			isolatedBefore += checked.isolated() ? 1 : 0;
			isolatedAfter += (checked.isolated() && !proposed.contains(checked.teacher().id())) ? 1 : 0;
		}
		int meetingBefore = 0;
		int meetingAfter = 0;
		for (CoverageBreakdown organization : before.byOrganization()) {
			CoverageFigure young = organization.youngTeachers();
			meetingBefore += young.met() ? 1 : 0;
			int gain = gainByOrganization.getOrDefault(organization.key(), 0);
			meetingAfter += CoverageFigure.of(young.total(), young.covered() + gain, young.target()).met() ? 1 : 0;
		}
		return new PlanPreview(asOf, plan, change("", "", before, newGain, plan.proposals().size()), isolatedBefore,
				isolatedAfter, meetingBefore, meetingAfter);
	}

	private TeacherProfile profile(String id, LocalDate day) {
		TeacherProfile profile = this.queries.mentee(id, day)
			.orElseThrow(() -> DomainException.notFound("No teacher with id " + id + "."));
		if (profile.organizationId() == null) {
			throw DomainException.badRequest("Teacher " + id + " does not work anywhere on " + day + ".");
		}
		return profile;
	}

	private int lookback() {
		return this.settings.tieLookbackMonths();
	}

	private Window window(LocalDate day) {
		return this.queries.tieWindow(day);
	}

	private static MentoringPreview.CoverageChange change(String key, String name, MentoringCoverage before,
			int newGain, int youngGain) {
		CoverageFigure newBefore = before.newTeachers();
		CoverageFigure youngBefore = before.youngTeachers();
		return new MentoringPreview.CoverageChange(key, name, newBefore,
				CoverageFigure.of(newBefore.total(), newBefore.covered() + newGain, newBefore.target()), youngBefore,
				CoverageFigure.of(youngBefore.total(), youngBefore.covered() + youngGain, youngBefore.target()));
	}

	private List<MentoringPreview.NamedItem> named(String label, List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return List.copyOf(this.neo4j
			.query("MATCH (n:" + label + ") WHERE n.id IN $ids RETURN n.id AS id, n.name AS name ORDER BY id")
			.bind(ids)
			.to("ids")
			.fetchAs(MentoringPreview.NamedItem.class)
			.mappedBy((types, row) -> new MentoringPreview.NamedItem(row.get("id").asString(),
					row.get("name").isNull() ? row.get("id").asString() : row.get("name").asString()))
			.all());
	}

}
