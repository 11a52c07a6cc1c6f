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
		assertThat(flows.get(0).get("weight")).isEqualTo(3.0);
		assertThat(flows.get(0).get("ties")).isEqualTo(3);
		assertThat(flows.get(1).get("weight")).isEqualTo(2.0);
		assertThat(ids(response, "horizontalLearning.organizationFlows", "target.name"))
			.containsExactly("МБОУ «СОШ №3»", "МБОУ «Гимназия №2»");
		ClientGraphQlResponse one = ask("admin", Map.of("limit", 1));
		assertThat(ids(one, "horizontalLearning.organizationFlows", "source.id")).containsExactly("o2");
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
		assertThat(response.field("horizontalLearning.crossOrganizationShare").toEntity(Double.class))
			.isCloseTo(0.375, within(1e-9));
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
		// Aggregates for everyone; brokers carry teachers, so a viewer asking for them is refused.
		RoleMatrix.check(this.clients, "horizontalLearningAggregates", YEAR, "horizontalLearning",
				Set.copyOf(TestClients.USERS));
		RoleMatrix.check(this.clients, "horizontalLearning", YEAR, "horizontalLearning",
				Set.of("admin", "coordinator", "curator", "analyst"));
	}

}
