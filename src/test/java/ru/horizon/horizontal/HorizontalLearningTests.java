package ru.horizon.horizontal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.HorizonTest;
import ru.horizon.RoleMatrix;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The answers of graphs/horizontal.cypher, worked out by hand in its header. */
@HorizonTest
class HorizontalLearningTests {

	private static final Map<String, Object> YEAR = Map.of("from", "2025-01-01", "to", "2025-12-31");

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "horizontal");
	}

	private ClientGraphQlResponse ask(String user, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(YEAR);
		all.putAll(variables);
		ClientGraphQlResponse response = this.clients.graphQl(user)
			.documentName("horizontalLearning")
			.variables(all)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	private static List<String> ids(ClientGraphQlResponse response, String path, String id) {
		return response.field(path).toEntityList(Map.class).stream().map((m) -> {
			Object value = m;
			for (String part : id.split("\\.")) {
				value = ((Map<?, ?>) value).get(part);
			}
			return (String) value;
		}).toList();
	}

	@Test
	void tiesWeightsAndCrossOrganizationShareOfTheWholeCity() {
		ClientGraphQlResponse response = ask("analyst", Map.of());
		assertThat(response.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(13);
		assertThat(response.field("horizontalLearning.totalWeight").toEntity(Double.class)).isEqualTo(17.0);
		assertThat(response.field("horizontalLearning.crossOrganizationShare").toEntity(Double.class))
			.isCloseTo(5.0 / 17.0, within(1e-9));
		assertThat(response.field("horizontalLearning.teachersWithCrossOrganizationTie").toEntity(Integer.class))
			.isEqualTo(6);
	}

	@Test
	void organizationFlowsHeaviestFirst() {
		ClientGraphQlResponse response = ask("admin", Map.of());
		List<Map> flows = response.field("horizontalLearning.organizationFlows").toEntityList(Map.class);
		assertThat(flows).hasSize(2);
		assertThat(ids(response, "horizontalLearning.organizationFlows", "source.id")).containsExactly("o2", "o1");
		assertThat(ids(response, "horizontalLearning.organizationFlows", "target.id")).containsExactly("o3", "o2");
		// Weighed by event size unless asked: eB's 3 attendees share x's 1, eA's 3 share
		// a1's and a2's.
		assertThat(((Number) flows.get(0).get("weight")).doubleValue()).isCloseTo(1.0, within(1e-9));
		assertThat(flows.get(0).get("ties")).isEqualTo(3);
		assertThat(((Number) flows.get(1).get("weight")).doubleValue()).isCloseTo(2.0 / 3.0, within(1e-9));
		assertThat(ids(response, "horizontalLearning.organizationFlows", "target.name"))
			.containsExactly("МБОУ «СОШ №3»", "МБОУ «Гимназия №2»");
		ClientGraphQlResponse one = ask("admin", Map.of("limit", 1));
		assertThat(ids(one, "horizontalLearning.organizationFlows", "source.id")).containsExactly("o2");
	}

	private ClientGraphQlResponse weighted(String user, String weighting) {
		Map<String, Object> variables = new HashMap<>(YEAR);
		variables.put("weighting", weighting);
		ClientGraphQlResponse response = this.clients.graphQl(user)
			.documentName("horizontalWeighting")
			.variables(variables)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	@Test
	void rawWeightsAreModelMdsAndSizeNormalisedShareEachSpeakerAmongTheAttendees() {
		ClientGraphQlResponse raw = weighted("admin", "RAW");
		assertThat(raw.field("horizontalLearning.totalWeight").toEntity(Double.class)).isEqualTo(17.0);
		assertThat(raw.field("horizontalLearning.organizationFlows[0].weight").toEntity(Double.class)).isEqualTo(3.0);
		assertThat(raw.field("horizontalLearning.organizationFlows[1].weight").toEntity(Double.class)).isEqualTo(2.0);
		// eA: 2 speakers x 3 attendees at 1/3 = 2; eB: 3 x 1/3 = 1; eB2: 2 x 1/2 = 1;
		// pairs 3 + 3.
		// Cross: a1->x, a2->x 1/3 each and x->b1..b3 1/3 each = 5/3.
		ClientGraphQlResponse normalised = weighted("admin", "SIZE_NORMALISED");
		assertThat(normalised.field("horizontalLearning.totalWeight").toEntity(Double.class)).isCloseTo(10.0,
				within(1e-9));
		assertThat(normalised.field("horizontalLearning.crossOrganizationShare").toEntity(Double.class))
			.isCloseTo(1.0 / 6.0, within(1e-9));
		assertThat(normalised.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(13);
	}

	@Test
	@SuppressWarnings("unchecked")
	void brokersCarryNormalisedBetweennessRankAndBrokerageRoles() {
		ClientGraphQlResponse response = weighted("admin", "SIZE_NORMALISED");
		List<Map> brokers = response.field("horizontalLearning.brokers").toEntityList(Map.class);
		// Every event is small: the size-normalised graph is the raw one. 8 teachers: 21
		// pairs of others.
		assertThat(ids(response, "horizontalLearning.brokers", "teacher.id")).containsExactly("x", "a1", "a2", "b1",
				"a3", "a4");
		assertThat(((Number) brokers.get(0).get("normalisedBetweenness")).doubleValue()).isCloseTo(77.0 / 6.0 / 21.0,
				within(1e-9));
		assertThat(brokers.get(0).get("rank")).isEqualTo(1);
		assertThat(brokers.get(5).get("rank")).isEqualTo(6);
		// x (o2) learns from a1, a2 (o1) and teaches b1, b2, b3 (o3): 6 open two-paths,
		// all liaison.
		assertThat((Map<String, Object>) brokers.get(0).get("brokerage")).containsEntry("liaison", 6)
			.containsEntry("total", 6);
		// a1 (o1) learns from nobody: no two-path through a1.
		assertThat((Map<String, Object>) brokers.get(1).get("brokerage")).containsEntry("total", 0);
		// b1 (o3) learned from x (o2, at eB) and taught b2, b3 at eB2, but x taught b2
		// and b3 at
		// eB too: both two-paths are closed, no brokerage.
		assertThat((Map<String, Object>) brokers.get(3).get("brokerage")).containsEntry("gatekeeper", 0)
			.containsEntry("total", 0);
	}

	@Test
	void communitiesListTheirMembersAndOrganizationsButNotToAViewer() {
		ClientGraphQlResponse response = weighted("admin", "RAW");
		List<Map> largest = response.field("horizontalLearning.communities.largest").toEntityList(Map.class);
		assertThat(largest.stream().mapToInt((c) -> ((List<?>) c.get("members")).size()).sum()).isEqualTo(8);
		assertThat(largest.stream().mapToDouble((c) -> ((Number) c.get("modularity")).doubleValue()).sum()).isCloseTo(
				response.field("horizontalLearning.communities.modularity").toEntity(Double.class), within(1e-9));
		assertThat(response.field("horizontalLearning.communities.weighting").toEntity(String.class)).isEqualTo("RAW");
		ClientGraphQlResponse viewer = this.clients.graphQl("viewer")
			.documentName("horizontalWeighting")
			.variables(YEAR)
			.executeSync();
		assertThat(viewer.getErrors()).isNotEmpty();
	}

	@Test
	void organizationWithoutCrossTieIsOutside() {
		assertThat(ids(ask("admin", Map.of()), "horizontalLearning.organizationsOutside", "id")).containsExactly("o4");
	}

	@Test
	void bridgeBetweenTwoClustersIsTheTopBroker() {
		ClientGraphQlResponse response = ask("coordinator", Map.of());
		assertThat(ids(response, "horizontalLearning.brokers", "teacher.id")).containsExactly("x", "a1", "a2", "b1",
				"a3", "a4");
		List<Map> brokers = response.field("horizontalLearning.brokers").toEntityList(Map.class);
		assertThat(((Number) brokers.get(0).get("betweenness")).doubleValue()).isCloseTo(77.0 / 6.0, within(1e-9));
		assertThat(brokers.get(0).get("organizationsBridged")).isEqualTo(2);
		assertThat(((Number) brokers.get(1).get("betweenness")).doubleValue()).isCloseTo(4.5, within(1e-9));
		assertThat(brokers.get(1).get("organizationsBridged")).isEqualTo(1);
		assertThat(((Number) brokers.get(3).get("betweenness")).doubleValue()).isCloseTo(0.5, within(1e-9));
		assertThat(((Number) brokers.get(4).get("betweenness")).doubleValue()).isCloseTo(1.0 / 3.0, within(1e-9));
		assertThat(brokers.get(4).get("organizationsBridged")).isEqualTo(0);
		assertThat(response.field("horizontalLearning.exactBetweenness").toEntity(Boolean.class)).isTrue();
	}

	@Test
	void tieInScopeWhenEitherEndIsAndTeacherWhoMovedCountsWhereTheyWereThatDay() {
		ClientGraphQlResponse response = ask("admin", Map.of("scope", Map.of("districtId", "d2")));
		assertThat(response.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(6);
		assertThat(response.field("horizontalLearning.totalWeight").toEntity(Double.class)).isEqualTo(8.0);
		assertThat(response.field("horizontalLearning.crossOrganizationShare").toEntity(Double.class)).isCloseTo(0.375,
				within(1e-9));
		assertThat(response.field("horizontalLearning.teachersWithCrossOrganizationTie").toEntity(Integer.class))
			.isEqualTo(3);
		assertThat(ids(response, "horizontalLearning.organizationFlows", "source.id")).containsExactly("o2");
		assertThat(ids(response, "horizontalLearning.organizationsOutside", "id")).containsExactly("o4");
	}

	@Test
	void scopeByKindWithoutTiesHasShareZero() {
		ClientGraphQlResponse response = ask("admin", Map.of("scope", Map.of("organizationKind", "PRESCHOOL")));
		assertThat(response.field("horizontalLearning.ties").toEntity(Integer.class)).isZero();
		assertThat(response.field("horizontalLearning.crossOrganizationShare").toEntity(Double.class)).isZero();
		assertThat(response.field("horizontalLearning.organizationFlows").toEntityList(Map.class)).isEmpty();
		assertThat(response.field("horizontalLearning.brokers").toEntityList(Map.class)).isEmpty();
		assertThat(ids(response, "horizontalLearning.organizationsOutside", "id")).containsExactly("o4");
	}

	@Test
	void windowEdgesAreInclusive() {
		// One day, the day of cluster A's seminar: its six ties and the two open pairs.
		ClientGraphQlResponse response = ask("admin", Map.of("from", "2025-03-01", "to", "2025-03-01"));
		assertThat(response.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(7);
		// The last day of 2024: the old seminar, pE and pOld (ends that day) and pM.
		ClientGraphQlResponse before = ask("admin", Map.of("from", "2024-12-31", "to", "2024-12-31"));
		assertThat(before.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(4);
		assertThat(before.field("horizontalLearning.totalWeight").toEntity(Double.class)).isEqualTo(10.0);
	}

	@Test
	void curatorSeesTheBrokersOfTheirOwnOrganizationAndCityWideAggregates() {
		ClientGraphQlResponse response = ask("curator", Map.of());
		assertThat(ids(response, "horizontalLearning.brokers", "teacher.id")).containsExactly("a1", "a2", "a3");
		assertThat(response.field("horizontalLearning.ties").toEntity(Integer.class)).isEqualTo(13);
	}

	@Test
	void windowBackwardsIsRefused() {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.documentName("horizontalLearningAggregates")
			.variables(Map.of("from", "2025-12-31", "to", "2025-01-01"))
			.executeSync();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@Test
	void everyRoleAgainstHorizontalLearning() {
		// Aggregates for everyone; brokers carry teachers, so a viewer asking for them is
		// refused.
		RoleMatrix.check(this.clients, "horizontalLearningAggregates", YEAR, "horizontalLearning",
				Set.copyOf(TestClients.USERS));
		RoleMatrix.check(this.clients, "horizontalLearning", YEAR, "horizontalLearning",
				Set.of("admin", "coordinator", "curator", "analyst"));
	}

}
