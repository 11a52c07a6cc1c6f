package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.organization.Organization;
import ru.horizon.organization.OrganizationKind;
import ru.horizon.organization.OrganizationService;
import ru.horizon.organization.Scope;
import ru.horizon.system.cache.CacheProperties;
import ru.horizon.system.cache.GraphCache;
import ru.horizon.system.cache.GraphVersion;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.ReadAggregates;
import ru.horizon.system.security.ReadTeachers;
import ru.horizon.model.ExperienceRules;
import ru.horizon.teacher.Teacher;
import ru.horizon.teacher.TeacherAccess;
import ru.horizon.teacher.TeacherService;
import ru.horizon.teacher.TeacherService.TeacherAt;
import ru.horizon.model.Day;
import ru.horizon.model.Definitions;
import ru.horizon.model.LearningTies;
import ru.horizon.model.Window;

/**
 * Horizontal learning between organizations: the module's API. Ties come from the graph
 * in one read query; flows, brokers and communities are computed in Java from them.
 * <p>
 * Totals, flows and organizations are aggregates, open to every role and city-wide for a
 * curator. Brokers are teachers: refused to a viewer, and limited to a curator's own
 * organization.
 */
@Service
@Transactional(readOnly = true)
public class HorizontalLearningService {

	private final Neo4jClient neo4j;

	private final OrganizationService organizations;

	private final TeacherAccess access;

	private final TeacherService teachers;

	private final HorizontalProperties settings;

	private final ExperienceRules experience;

	private final NetworkProperties network;

	/**
	 * The key of a report: everything it depends on (not the caller: access is checked
	 * per field).
	 */
	private record ReportKey(Scope scope, LocalDate from, LocalDate to) {
	}

	/**
	 * Reports by scope and window while the graph is unchanged: the tie graph is read
	 * once, and its flows, brokers (betweenness, the costly part) and communities are
	 * computed at most once per version of the graph, then shared by every request for
	 * the same window.
	 */
	private final GraphCache<ReportKey, HorizontalLearning> reports;

	HorizontalLearningService(Neo4jClient neo4j, OrganizationService organizations, TeacherAccess access,
			TeacherService teachers, HorizontalProperties settings, ExperienceRules experience,
			GraphVersion graphVersion, CacheProperties cache, NetworkProperties network) {
		this.neo4j = neo4j;
		this.network = network;
		this.organizations = organizations;
		this.access = access;
		this.teachers = teachers;
		this.settings = settings;
		this.experience = experience;
		this.reports = cache.newCache(graphVersion);
	}

	/**
	 * The learning ties of {@code [from, to]} with an end in {@code scope} (on the tie's
	 * date), and the totals of model.md.
	 */
	@ReadAggregates
	public HorizontalLearning report(Scope scope, LocalDate from, LocalDate to) {
		if (from == null || to == null || from.isAfter(to)) {
			throw DomainException.badRequest("The window needs from <= to, was [%s, %s]".formatted(from, to));
		}
		Scope requested = Scope.orAll(scope);
		return this.reports.get(new ReportKey(requested, from, to), () -> read(requested, from, to));
	}

	private HorizontalLearning read(Scope requested, LocalDate from, LocalDate to) {
		Map<String, Organization> inScope = organizationsIn(requested);
		boolean everything = requested.equals(Scope.ALL);
		List<TieNetwork.Tie> ties = new ArrayList<>();
		for (TieNetwork.Tie tie : ties(from, to, everything ? null : inScope.keySet())) {
			if (everything || inScope.containsKey(tie.sourceOrganization())
					|| inScope.containsKey(tie.targetOrganization())) {
				ties.add(tie);
			}
		}
		int count = 0;
		double total = 0;
		double cross = 0;
		double normalisedTotal = 0;
		double normalisedCross = 0;
		Set<String> teachersWithCross = new HashSet<>();
		Set<String> organizationsWithCross = new HashSet<>();
		for (TieNetwork.Tie tie : ties) {
			count += tie.count();
			total += tie.weight();
			normalisedTotal += tie.sizeNormalisedWeight();
			if (tie.cross()) {
				cross += tie.weight();
				normalisedCross += tie.sizeNormalisedWeight();
				organizationsWithCross.add(tie.sourceOrganization());
				organizationsWithCross.add(tie.targetOrganization());
				if (inScope.containsKey(tie.sourceOrganization())) {
					teachersWithCross.add(tie.source());
				}
				if (inScope.containsKey(tie.targetOrganization())) {
					teachersWithCross.add(tie.target());
				}
			}
		}
		Set<String> staffed = organizationsWithTeachers(to);
		List<Organization> hubs = inScope.values().stream().filter((o) -> isHub(o, staffed)).toList();
		List<Organization> outside = inScope.values()
			.stream()
			.filter((o) -> !organizationsWithCross.contains(o.id()) && !isHub(o, staffed))
			.toList();
		return new HorizontalLearning(from, to, count, total, (total > 0) ? cross / total : 0.0,
				teachersWithCross.size(), outside, requested,
				new TieNetwork(List.copyOf(ties), this.settings, this.network), normalisedTotal,
				(normalisedTotal > 0) ? normalisedCross / normalisedTotal : 0.0, hubs);
	}

	/**
	 * A hub (методический центр): an organization with no teachers of its own that hosts
	 * others' learning, kind METHOD_CENTER or no main employment on the day; never
	 * "outside".
	 */
	private static boolean isHub(Organization organization, Set<String> staffed) {
		return organization.kind() == OrganizationKind.METHOD_CENTER || !staffed.contains(organization.id());
	}

	/**
	 * Ids of the organizations with a teacher whose main organization it is at
	 * {@code day}.
	 */
	private Set<String> organizationsWithTeachers(LocalDate day) {
		return Set.copyOf(this.neo4j
			.query("MATCH (t:Teacher) WITH " + Definitions.mainOrganization("t", Day.AS_OF)
					+ " AS o WHERE o IS NOT NULL RETURN DISTINCT o.id AS id")
			.bind(day)
			.to("asOf")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
	}

	/**
	 * The tie graph of a window as edges, for export to network tools. Teacher-level: a
	 * curator gets the ties with an end in their own organization.
	 */
	@ReadTeachers
	public List<TieEdge> tieEdges(Scope scope, LocalDate from, LocalDate to) {
		Scope limited = this.access.listScope(scope);
		return report(limited, from, to).network()
			.ties()
			.stream()
			.map((tie) -> new TieEdge(tie.source(), tie.target(), tie.kind(), tie.sourceOrganization(),
					tie.targetOrganization(), tie.count(), tie.weight(), tie.cross()))
			.toList();
	}

	/** The heaviest organization flows of a report, at most {@code limit}. */
	@ReadAggregates
	public List<OrganizationFlow> organizationFlows(HorizontalLearning report, int limit) {
		return organizationFlows(report, limit, TieWeighting.RAW);
	}

	/**
	 * The heaviest organization flows of a report under a weighting, at most
	 * {@code limit}.
	 */
	@ReadAggregates
	public List<OrganizationFlow> organizationFlows(HorizontalLearning report, int limit, TieWeighting weighting) {
		return flows(report.network().flows(weighting), limit);
	}

	/**
	 * The teachers with the highest betweenness in the report's tie graph, at most
	 * {@code limit}. A curator gets the brokers whose main organization at the end of the
	 * window is their own (their rank is still that of the whole tie graph).
	 */
	@ReadTeachers
	public List<Broker> brokers(HorizontalLearning report, int limit) {
		return brokers(report, limit, TieWeighting.RAW);
	}

	/**
	 * The brokers of the tie graph of a weighting (see {@link TieNetwork}), at most
	 * {@code limit}, with their normalised betweenness, rank and brokerage roles. A
	 * curator gets the brokers they may name on the window's last day
	 * ({@link TeacherAccess}); the rank is still that of the whole tie graph.
	 */
	@ReadTeachers
	public List<Broker> brokers(HorizontalLearning report, int limit, TieWeighting weighting) {
		this.access.checkPersonalData();
		TieNetwork network = report.network();
		List<TieNetwork.Ranked> all = network.brokers(weighting);
		if (this.access.limitedToOrganization()) {
			Set<String> named = nameable(all.stream().map(TieNetwork.Ranked::teacher).toList(), report.to());
			all = all.stream().filter((b) -> named.contains(b.teacher())).toList();
		}
		List<TieNetwork.Ranked> ranked = all.stream().limit(limit).toList();
		Map<String, Teacher> teachers = teachers(ranked.stream().map(TieNetwork.Ranked::teacher).toList());
		return ranked.stream()
			.map((b) -> new Broker(teachers.get(b.teacher()), b.score(),
					network.organizationsBridged(b.teacher()).size(), b.normalised(), b.rank(),
					network.brokerage(b.teacher(), weighting)))
			.toList();
	}

	/**
	 * Communities of the report's tie graph by the Leiden algorithm (fixed seeds), and
	 * how far each crosses organization lines; aggregates only.
	 */
	@ReadAggregates
	public TieCommunities communities(HorizontalLearning report, int limit, TieWeighting weighting) {
		TieCommunities all = report.network().communities(limit, weighting);
		return new TieCommunities(all.count(), all.modularity(), all.singleOrganizationShare(),
				all.largest().stream().map((c) -> c.endingOn(report.to())).toList(), all.weighting());
	}

	/** The organizations a community spans, most teachers first. */
	@ReadAggregates
	public List<Organization> organizationsSpanned(TieCommunity community) {
		Map<String, Organization> byId = byId(this.organizations.findAll(community.organizationIds()));
		return community.organizationIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * A community's teachers, at most {@code limit}, in id order. Teacher-level: a
	 * curator gets those whose main organization at the end of the window is their own.
	 */
	@ReadTeachers
	public List<Teacher> members(TieCommunity community, int limit) {
		LocalDate to = community.windowEnd();
		List<String> ids = community.memberIds();
		this.access.checkPersonalData();
		if (this.access.limitedToOrganization()) {
			Set<String> named = (to != null) ? nameable(ids, to) : Set.of();
			ids = ids.stream().filter(named::contains).toList();
		}
		List<String> page = ids.stream().limit(limit).toList();
		Map<String, Teacher> teachers = teachers(page);
		return page.stream().map(teachers::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The same report for the window of the same length that ends the day before
	 * {@code report.from()}, and the organization flows new, lost and kept between the
	 * two.
	 */
	@ReadAggregates
	public WindowComparison previousWindow(HorizontalLearning report, int limit) {
		return previousWindow(report, limit, TieWeighting.RAW);
	}

	/**
	 * The previous window of the same length in days, with the weights of the listed
	 * flows under a weighting.
	 */
	@ReadAggregates
	public WindowComparison previousWindow(HorizontalLearning report, int limit, TieWeighting weighting) {
		long days = java.time.temporal.ChronoUnit.DAYS.between(report.from(), report.to()) + 1;
		HorizontalLearning previous = report(report.scope(), report.from().minusDays(days), report.from().minusDays(1));
		Map<List<String>, TieNetwork.Flow> now = new HashMap<>();
		report.network().flows().forEach((f) -> now.put(List.of(f.source(), f.target()), f));
		Map<List<String>, TieNetwork.Flow> before = new HashMap<>();
		previous.network().flows().forEach((f) -> before.put(List.of(f.source(), f.target()), f));
		List<TieNetwork.Flow> added = report.network()
			.flows(weighting)
			.stream()
			.filter((f) -> !before.containsKey(List.of(f.source(), f.target())))
			.toList();
		List<TieNetwork.Flow> lost = previous.network()
			.flows(weighting)
			.stream()
			.filter((f) -> !now.containsKey(List.of(f.source(), f.target())))
			.toList();
		int kept = (int) now.keySet().stream().filter(before::containsKey).count();
		return new WindowComparison(previous, kept, added.size(), lost.size(), flows(added, limit), flows(lost, limit));
	}

	/**
	 * The reach of every innovation complex ({@code :InnovationComplex}) through its
	 * events ({@code (:Event)-[:ORGANIZED_BY]->(:Group)}) in {@code [from, to]}, counting
	 * the participants whose main organization on the event's date is in the scope; most
	 * teachers reached first, then by id.
	 */
	@ReadAggregates
	public List<InnovationComplexReach> innovationComplexReach(Scope scope, LocalDate from, LocalDate to) {
		if (from == null || to == null || from.isAfter(to)) {
			throw DomainException.badRequest("The window needs from <= to, was [%s, %s]".formatted(from, to));
		}
		Scope requested = Scope.orAll(scope);
		Map<String, Object> parameters = new HashMap<>(LearningTies.parameters(from, to));
		parameters.put("everything", requested.equals(Scope.ALL));
		parameters.put("organizations", List.copyOf(organizationsIn(requested).keySet()));
		parameters.putAll(this.experience.parameters());
		return List.copyOf(this.neo4j
			.query("""
					MATCH (g:InnovationComplex)
					CALL (g) {
						OPTIONAL MATCH (event:Event)-[:ORGANIZED_BY]->(g) WHERE %4$s
						RETURN count(DISTINCT event) AS events
					}
					CALL (g) {
						// The event's date read once: Neo4j 2026.08's planner can fail on e.date read twice here.
						MATCH (e:Event)-[:ORGANIZED_BY]->(g)
						WITH e, e.date AS date WHERE %1$s
						MATCH (t:Teacher)-[:PARTICIPATED_IN]->(e)
						WITH DISTINCT t, date
						%2$s
						WITH t, organization, date
						WHERE organization IS NOT NULL AND ($everything OR organization IN $organizations)
						WITH t, organization,
							%3$s AS young
						RETURN count(DISTINCT t) AS teachers, count(DISTINCT organization) AS organizations,
							count(DISTINCT CASE WHEN young THEN t END) AS young
					}
					RETURN g.id AS id, g.name AS name, g.direction AS direction, events, teachers, organizations, young
					ORDER BY teachers DESC, id""".formatted(
					Definitions.within(Day.variable("date"), Window.FROM, Window.TO),
					LearningTies.mainOrganizationOn("t", "organization"), Definitions.young("t", Day.variable("date")),
					// Its own name: Neo4j 2026.08's planner fails on the same property
					// read in both subqueries.
					Definitions.eventDuring("event", Window.FROM, Window.TO)))
			.bindAll(parameters)
			.fetchAs(InnovationComplexReach.class)
			.mappedBy((types, row) -> {
				int teachers = row.get("teachers").asInt();
				int young = row.get("young").asInt();
				return new InnovationComplexReach(row.get("id").asString(), row.get("name").asString(null),
						row.get("direction").asString(null), row.get("events").asInt(), teachers,
						row.get("organizations").asInt(), young, (teachers > 0) ? (double) young / teachers : 0.0);
			})
			.all());
	}

	private List<OrganizationFlow> flows(List<TieNetwork.Flow> flows, int limit) {
		List<TieNetwork.Flow> top = flows.stream().limit(limit).toList();
		Set<String> ids = new HashSet<>();
		top.forEach((flow) -> {
			ids.add(flow.source());
			ids.add(flow.target());
		});
		Map<String, Organization> byId = byId(this.organizations.findAll(ids));
		return top.stream()
			.map((flow) -> new OrganizationFlow(byId.get(flow.source()), byId.get(flow.target()), flow.weight(),
					flow.ties()))
			.toList();
	}

	/** Whether the report's betweenness figures are exact (true) or estimated. */
	@ReadAggregates
	public boolean exactBetweenness(HorizontalLearning report) {
		return report.network().exactBetweenness();
	}

	/** Whether the betweenness figures of a weighting are exact (true) or estimated. */
	@ReadAggregates
	public boolean exactBetweenness(HorizontalLearning report, TieWeighting weighting) {
		return report.network().exactBetweenness(weighting);
	}

	/**
	 * The tie instances of the window, grouped by teachers, kind and organizations: two
	 * read queries (pairs, and events with their participants), paired and summed here.
	 * With {@code near} (organization ids), only pairs and events with someone who ever
	 * worked there are read: a superset of the ties with an end there, which the caller
	 * filters exactly.
	 */
	private List<TieNetwork.Tie> ties(LocalDate from, LocalDate to, Set<String> near) {
		Map<String, Object> parameters = new HashMap<>(LearningTies.parameters(from, to));
		if (near != null) {
			parameters.put("organizations", List.copyOf(near));
		}
		Map<TieKey, TieSum> sums = new HashMap<>();
		this.neo4j.query((near != null) ? LearningTies.MENTORING_TIES_NEAR : LearningTies.MENTORING_TIES)
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> {
				TieKey key = new TieKey((String) row.get("source"), (String) row.get("target"), "MENTORING",
						(String) row.get("sourceOrganization"), (String) row.get("targetOrganization"));
				sums.computeIfAbsent(key, (k) -> new TieSum())
					.add(LearningTies.MENTORING_WEIGHT, LearningTies.MENTORING_WEIGHT, (LocalDate) row.get("date"));
			});
		this.neo4j.query((near != null) ? LearningTies.EVENT_PARTICIPANTS_NEAR : LearningTies.EVENT_PARTICIPANTS)
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> {
				LocalDate date = (LocalDate) row.get("date");
				List<LearningTies.End> attendees = ends(row.get("attendees"));
				Set<String> attending = new HashSet<>();
				attendees.forEach((a) -> attending.add(a.teacher()));
				LearningTies.eventTies(ends(row.get("speakers")), attendees, (source, target) -> {
					TieKey key = new TieKey(source.teacher(), target.teacher(), "EVENT", source.organization(),
							target.organization());
					// One speaker's weight shared among the attendees they taught there.
					int taught = attending.size() - (attending.contains(source.teacher()) ? 1 : 0);
					sums.computeIfAbsent(key, (k) -> new TieSum())
						.add(LearningTies.EVENT_WEIGHT, LearningTies.EVENT_WEIGHT / taught, date);
				});
			});
		List<TieNetwork.Tie> result = new ArrayList<>(sums.size());
		sums.forEach((key, sum) -> result
			.add(new TieNetwork.Tie(key.source(), key.target(), key.kind(), key.sourceOrganization(),
					key.targetOrganization(), sum.lastDate, sum.count, sum.weight, sum.sizeNormalisedWeight)));
		return result;
	}

	private static List<LearningTies.End> ends(Object rows) {
		List<LearningTies.End> result = new ArrayList<>();
		for (Object row : (List<?>) rows) {
			List<?> pair = (List<?>) row;
			result.add(new LearningTies.End((String) pair.get(0), (String) pair.get(1)));
		}
		return result;
	}

	private record TieKey(String source, String target, String kind, String sourceOrganization,
			String targetOrganization) {

	}

	private static final class TieSum {

		int count;

		double weight;

		double sizeNormalisedWeight;

		LocalDate lastDate;

		void add(double weight, double sizeNormalisedWeight, LocalDate date) {
			this.count++;
			this.weight += weight;
			this.sizeNormalisedWeight += sizeNormalisedWeight;
			if (this.lastDate == null || date.isAfter(this.lastDate)) {
				this.lastDate = date;
			}
		}

	}

	/** Organizations of the scope by id, in id order. */
	Map<String, Organization> organizationsIn(Scope scope) {
		Map<String, Organization> result = new LinkedHashMap<>();
		this.neo4j
			.query("MATCH (o:Organization) WHERE " + Scope.PREDICATE + " RETURN " + Organization.PROJECTION
					+ " AS o ORDER BY o.id")
			.bindAll(scope.parameters())
			.fetchAs(Organization.class)
			.mappedBy((types, row) -> Organization.of(row.get("o").asMap()))
			.all()
			.forEach((o) -> result.put(o.id(), o));
		return result;
	}

	/**
	 * Those of the teachers whose names the caller may read on {@code day}
	 * ({@link TeacherAccess}).
	 */
	private Set<String> nameable(List<String> teacherIds, LocalDate day) {
		Map<TeacherAt, Organization> organizations = this.teachers
			.mainOrganizations(teacherIds.stream().map((id) -> new TeacherAt(id, day)).toList());
		Predicate<String> names = this.access.names();
		Set<String> result = new HashSet<>();
		for (String id : teacherIds) {
			Organization organization = organizations.get(new TeacherAt(id, day));
			if (names.test((organization != null) ? organization.id() : null)) {
				result.add(id);
			}
		}
		return result;
	}

	private Map<String, Teacher> teachers(Collection<String> ids) {
		Map<String, Teacher> result = new HashMap<>();
		this.neo4j.query("MATCH (t:Teacher) WHERE t.id IN $ids RETURN " + Teacher.PROJECTION + " AS t")
			.bind(ids)
			.to("ids")
			.fetchAs(Teacher.class)
			.mappedBy((types, row) -> Teacher.of(row.get("t").asMap()))
			.all()
			.forEach((t) -> result.put(t.id(), t));
		return result;
	}

	private static Map<String, Organization> byId(Collection<Organization> organizations) {
		Map<String, Organization> result = new HashMap<>();
		organizations.forEach((o) -> result.put(o.id(), o));
		return result;
	}

}
