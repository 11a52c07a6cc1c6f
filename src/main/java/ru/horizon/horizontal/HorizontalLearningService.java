package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.organization.Organization;
import ru.horizon.organization.OrganizationService;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.Access;
import ru.horizon.system.security.ReadAggregates;
import ru.horizon.system.security.ReadTeachers;
import ru.horizon.teacher.Teacher;
import ru.horizon.teacher.TeacherService;

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

	private final Access access;

	private final HorizontalProperties settings;

	HorizontalLearningService(Neo4jClient neo4j, OrganizationService organizations, Access access,
			HorizontalProperties settings) {
		this.neo4j = neo4j;
		this.organizations = organizations;
		this.access = access;
		this.settings = settings;
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
		Map<String, Organization> inScope = organizationsIn(requested);
		boolean everything = requested.equals(Scope.ALL);
		List<TieNetwork.Tie> ties = new ArrayList<>();
		for (TieNetwork.Tie tie : ties(from, to)) {
			if (everything || inScope.containsKey(tie.sourceOrganization())
					|| inScope.containsKey(tie.targetOrganization())) {
				ties.add(tie);
			}
		}
		int count = 0;
		double total = 0;
		double cross = 0;
		Set<String> teachersWithCross = new HashSet<>();
		Set<String> organizationsWithCross = new HashSet<>();
		for (TieNetwork.Tie tie : ties) {
			count += tie.count();
			total += tie.weight();
			if (tie.cross()) {
				cross += tie.weight();
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
		List<Organization> outside = inScope.values()
			.stream()
			.filter((o) -> !organizationsWithCross.contains(o.id()))
			.toList();
		return new HorizontalLearning(from, to, count, total, (total > 0) ? cross / total : 0.0,
				teachersWithCross.size(), outside, new TieNetwork(List.copyOf(ties), this.settings));
	}

	/** The heaviest organization flows of a report, at most {@code limit}. */
	@ReadAggregates
	public List<OrganizationFlow> organizationFlows(HorizontalLearning report, int limit) {
		List<TieNetwork.Flow> flows = report.network().flows().stream().limit(limit).toList();
		Set<String> ids = new HashSet<>();
		flows.forEach((flow) -> {
			ids.add(flow.source());
			ids.add(flow.target());
		});
		Map<String, Organization> byId = byId(this.organizations.findAll(ids));
		return flows.stream()
			.map((flow) -> new OrganizationFlow(byId.get(flow.source()), byId.get(flow.target()), flow.weight(),
					flow.ties()))
			.toList();
	}

	/**
	 * The teachers with the highest betweenness in the report's tie graph, at most
	 * {@code limit}. A curator gets the brokers whose main organization at the end of the
	 * window is their own (their rank is still that of the whole tie graph).
	 */
	@ReadTeachers
	public List<Broker> brokers(HorizontalLearning report, int limit) {
		TieNetwork network = report.network();
		Optional<String> own = this.access.organizationLimit();
		List<TieNetwork.Ranked> all = network.brokers();
		if (own.isPresent()) {
			Set<String> ownTeachers = teachersOf(own.get(), all.stream().map(TieNetwork.Ranked::teacher).toList(),
					report.to());
			all = all.stream().filter((b) -> ownTeachers.contains(b.teacher())).toList();
		}
		List<TieNetwork.Ranked> ranked = all.stream().limit(limit).toList();
		Map<String, Teacher> teachers = teachers(ranked.stream().map(TieNetwork.Ranked::teacher).toList());
		return ranked.stream()
			.map((b) -> new Broker(teachers.get(b.teacher()), b.score(),
					network.organizationsBridged(b.teacher()).size()))
			.toList();
	}

	/** Whether the report's betweenness figures are exact (true) or estimated. */
	@ReadAggregates
	public boolean exactBetweenness(HorizontalLearning report) {
		return report.network().exactBetweenness();
	}

	private List<TieNetwork.Tie> ties(LocalDate from, LocalDate to) {
		return List.copyOf(this.neo4j.query("""
				%s
				WITH source.id AS sourceId, target.id AS targetId, kind, weight, date, sourceOrganization, targetOrganization
				RETURN sourceId, targetId, kind, sourceOrganization, targetOrganization,
					max(date) AS lastDate, count(*) AS ties, sum(weight) AS weight""".formatted(LearningTies.all()))
			.bindAll(LearningTies.parameters(from, to))
			.fetchAs(TieNetwork.Tie.class)
			.mappedBy((types, row) -> new TieNetwork.Tie(row.get("sourceId").asString(), row.get("targetId").asString(),
					row.get("kind").asString(), row.get("sourceOrganization").asString(null),
					row.get("targetOrganization").asString(null), row.get("lastDate").asLocalDate(),
					row.get("ties").asInt(), row.get("weight").asDouble()))
			.all());
	}

	/** Organizations of the scope by id, in id order. */
	Map<String, Organization> organizationsIn(Scope scope) {
		Map<String, Organization> result = new LinkedHashMap<>();
		this.neo4j.query("MATCH (o:Organization) WHERE " + Scope.PREDICATE + " RETURN " + Organization.PROJECTION
				+ " AS o ORDER BY o.id")
			.bindAll(scope.parameters())
			.fetchAs(Organization.class)
			.mappedBy((types, row) -> Organization.of(row.get("o").asMap()))
			.all()
			.forEach((o) -> result.put(o.id(), o));
		return result;
	}

	/** Those of {@code teacherIds} whose main organization at {@code day} is {@code organization}. */
	private Set<String> teachersOf(String organization, List<String> teacherIds, LocalDate day) {
		return Set.copyOf(this.neo4j.query("""
				MATCH (t:Teacher) WHERE t.id IN $ids
				MATCH %s
				WITH t, o WHERE o.id = $organization
				RETURN DISTINCT t.id AS id""".formatted(TeacherService.MAIN_ORGANIZATION_AT))
			.bindAll(Map.of("ids", teacherIds, "asOf", day, "organization", organization))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
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
