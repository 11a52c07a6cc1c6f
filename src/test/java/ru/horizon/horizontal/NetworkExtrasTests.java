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

/**
 * Communities, the previous window and innovation complexes on graphs/horizontal.cypher.
 */
@HorizonTest
class NetworkExtrasTests {

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
			.documentName("network")
			.variables(all)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	@Test
	void innovationComplexReachCountsTeachersOrganizationsAndYoungOnTheEventsDate() {
		List<Map> reach = ask("viewer", Map.of()).field("innovationComplexReach").toEntityList(Map.class);
		assertThat(reach).extracting((m) -> m.get("id")).containsExactly("gC", "gD");
		assertThat(reach.get(0)).containsEntry("events", 2)
			.containsEntry("teachersReached", 6)
			.containsEntry("organizationsReached", 3)
			.containsEntry("youngTeachersReached", 3)
			.containsEntry("youngShare", 0.5);
		assertThat(reach.get(1)).containsEntry("events", 0).containsEntry("teachersReached", 0);
		List<Map> d2 = ask("admin", Map.of("scope", Map.of("districtId", "d2"))).field("innovationComplexReach")
			.toEntityList(Map.class);
		assertThat(d2.get(0)).containsEntry("id", "gC")
			.containsEntry("teachersReached", 1)
			.containsEntry("youngTeachersReached", 1);
	}

	@Test
	void previousWindowShowsNewLostAndKeptFlows() {
		ClientGraphQlResponse response = ask("admin", Map.of());
		assertThat(response.field("horizontalLearning.previousWindow.previous.from").toEntity(String.class))
			.isEqualTo("2024-01-02");
		assertThat(response.field("horizontalLearning.previousWindow.previous.to").toEntity(String.class))
			.isEqualTo("2024-12-31");
		assertThat(response.field("horizontalLearning.previousWindow.previous.ties").toEntity(Integer.class))
			.isEqualTo(4);
		assertThat(response.field("horizontalLearning.previousWindow.previous.totalWeight").toEntity(Double.class))
			.isEqualTo(10.0);
		assertThat(response.field("horizontalLearning.previousWindow.keptFlows").toEntity(Integer.class)).isZero();
		assertThat(response.field("horizontalLearning.previousWindow.newFlows").toEntity(Integer.class)).isEqualTo(2);
		assertThat(response.field("horizontalLearning.previousWindow.lostFlows").toEntity(Integer.class)).isEqualTo(1);
		assertThat(response.field("horizontalLearning.previousWindow.lostOrganizationFlows[0].target.id")
			.toEntity(String.class)).isEqualTo("o3");
		assertThat(response.field("horizontalLearning.previousWindow.newOrganizationFlows[0].source.id")
			.toEntity(String.class)).isEqualTo("o2");
	}

	@Test
	void communitiesCoverTheTieGraphAndAreReproducible() {
		ClientGraphQlResponse first = ask("analyst", Map.of());
		List<Map> communities = first.field("horizontalLearning.communities.largest").toEntityList(Map.class);
		assertThat(communities.stream().mapToInt((c) -> (Integer) c.get("teachers")).sum()).isEqualTo(8);
		assertThat(first.field("horizontalLearning.communities.count").toEntity(Integer.class))
			.isEqualTo(communities.size());
		assertThat(first.field("horizontalLearning.communities.modularity").toEntity(Double.class)).isBetween(-0.5,
				1.0);
		Object again = ask("analyst", Map.of()).field("horizontalLearning.communities").getValue();
		assertThat(again).isEqualTo(first.field("horizontalLearning.communities").getValue());
	}

	@Test
	void everyRoleAgainstTheExtras() {
		RoleMatrix.check(this.clients, "network", YEAR, "innovationComplexReach", Set.copyOf(TestClients.USERS));
	}

}
