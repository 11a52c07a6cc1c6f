package ru.horizon.mentoring;

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

/**
 * Coverage on graphs/mentoring-city.cypher. Figures are written "covered/total".
 * <p>
 * At 2025-10-01 in izh: o1 has y1 (5 months: new, mentored by p1), y2 (exactly 6 months:
 * young, not new, no mentor), y3 (35 months, its pair p0 ended the day before); y4 (36
 * months) is no longer young, y5 left on 2025-06-30, y6 starts on 2025-11-01. o2: y7
 * (new, p2), y8 (p3). o3: y9 (p4), y10 (p5). o4: nobody young. Active pairs: p1, p4, p5
 * internal; p2 (m3 of o3 for y7 of o2) external; p3 external because m2 still worked in
 * o1 when it started, though both are in o2 now: 2/5.
 */
@HorizonTest
class MentoringCoverageTests {

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "mentoring-city");
	}

	private Map<String, Object> coverage(String user, Map<String, Object> scope, String asOf) {
		ClientGraphQlResponse response = this.clients.graphQl(user)
			.documentName("mentoringCoverage")
			.variable("scope", scope)
			.variable("asOf", asOf)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response.field("mentoringCoverage").toEntity(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static String figure(Map<String, Object> owner, String name) {
		Map<String, Object> figure = (Map<String, Object>) owner.get(name);
		return figure.get("covered") + "/" + figure.get("total");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> byKey(Map<String, Object> coverage, String breakdown) {
		Map<String, Map<String, Object>> result = new java.util.LinkedHashMap<>();
		((List<Map<String, Object>>) coverage.get(breakdown)).forEach((b) -> result.put((String) b.get("key"), b));
		return result;
	}

	@Test
	void cityCoverageWithExactBreakdowns() {
		Map<String, Object> c = coverage("coordinator", Map.of("municipalityId", "izh"), "2025-10-01");
		assertThat(c.get("asOf")).isEqualTo("2025-10-01");
		assertThat(figure(c, "newTeachers")).isEqualTo("2/2");
		assertThat(figure(c, "youngTeachers")).isEqualTo("5/7");
		assertThat((Map<String, Object>) c.get("youngTeachers")).containsEntry("met", true)
			.containsEntry("target", 0.7);
		assertThat((Double) ((Map<?, ?>) c.get("youngTeachers")).get("share")).isCloseTo(5 / 7.0, within(1e-9));
		assertThat((Map<String, Object>) c.get("newTeachers")).containsEntry("target", 1.0).containsEntry("met", true);

		Map<String, Map<String, Object>> kinds = byKey(c, "byOrganizationKind");
		assertThat(kinds.keySet()).containsExactly("PRESCHOOL", "SCHOOL");
		assertThat(kinds.get("SCHOOL").get("name")).isEqualTo("Школы");
		assertThat(figure(kinds.get("SCHOOL"), "newTeachers")).isEqualTo("2/2");
		assertThat(figure(kinds.get("SCHOOL"), "youngTeachers")).isEqualTo("3/5");
		assertThat((Map<String, Object>) kinds.get("SCHOOL").get("youngTeachers")).containsEntry("met", false);
		assertThat(figure(kinds.get("PRESCHOOL"), "newTeachers")).isEqualTo("0/0");
		// 0 of 0 is no data, not "100 %, met".
		assertThat((Map<String, Object>) kinds.get("PRESCHOOL").get("newTeachers")).containsEntry("share", null)
			.containsEntry("met", null);
		assertThat(figure(kinds.get("PRESCHOOL"), "youngTeachers")).isEqualTo("2/2");

		Map<String, Map<String, Object>> districts = byKey(c, "byDistrict");
		assertThat(districts.keySet()).containsExactly("d1", "d2");
		assertThat(districts.get("d1").get("name")).isEqualTo("Ленинский");
		assertThat(figure(districts.get("d1"), "youngTeachers")).isEqualTo("3/5");
		assertThat(figure(districts.get("d2"), "youngTeachers")).isEqualTo("2/2");
		assertThat(figure(districts.get("d1"), "newTeachers")).isEqualTo("2/2");

		Map<String, Map<String, Object>> organizations = byKey(c, "byOrganization");
		assertThat(organizations.keySet()).containsExactly("o1", "o2", "o3", "o4");
		assertThat(figure(organizations.get("o1"), "newTeachers")).isEqualTo("1/1");
		assertThat(figure(organizations.get("o1"), "youngTeachers")).isEqualTo("1/3");
		assertThat((Map<String, Object>) organizations.get("o1").get("youngTeachers")).containsEntry("met", false);
		assertThat(figure(organizations.get("o2"), "youngTeachers")).isEqualTo("2/2");
		assertThat(figure(organizations.get("o3"), "youngTeachers")).isEqualTo("2/2");
		assertThat(figure(organizations.get("o4"), "youngTeachers")).isEqualTo("0/0");

		assertThat((Double) c.get("externalPairShare")).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void aDayEarlierTheSixAndThirtySixMonthBoundariesAndTheEndedPairCountDifferently() {
		// 2025-09-30: y2 has 5 months (new, no mentor: a breach of 100%); y4 has 35
		// (young);
		// y3's pair p0 ends that day, inclusive. New: y1 and y7 mentored of y1, y2, y7;
		// young: 6 of 8.
		Map<String, Object> c = coverage("admin", Map.of("municipalityId", "izh"), "2025-09-30");
		assertThat(figure(c, "newTeachers")).isEqualTo("2/3");
		assertThat((Map<String, Object>) c.get("newTeachers")).containsEntry("met", false);
		assertThat(figure(c, "youngTeachers")).isEqualTo("6/8");
		Map<String, Map<String, Object>> organizations = byKey(c, "byOrganization");
		assertThat(figure(organizations.get("o1"), "newTeachers")).isEqualTo("1/2");
		assertThat(figure(organizations.get("o1"), "youngTeachers")).isEqualTo("2/4");
		// p0 (internal) is still active: 2 external of 6
		assertThat((Double) c.get("externalPairShare")).isCloseTo(2 / 6.0, within(1e-9));
	}

	@Test
	void aPastDateAnswersAsOfThatDate() {
		// 2025-03-01: y1, y2, y7 not started; y5 still works (6 months: young, not new);
		// y9's pair p4 starts only in September. o1: y3 (p0), y4, y5 -> 1/3; o2: y8 ->
		// 1/1;
		// o3: y9, y10 (p5) -> 1/2. Pairs p0, p3 (external), p5 -> 1/3.
		Map<String, Object> c = coverage("analyst", Map.of("municipalityId", "izh"), "2025-03-01");
		assertThat(figure(c, "newTeachers")).isEqualTo("0/0");
		assertThat((Map<String, Object>) c.get("newTeachers")).containsEntry("share", null).containsEntry("met", null);
		assertThat(figure(c, "youngTeachers")).isEqualTo("3/6");
		Map<String, Map<String, Object>> organizations = byKey(c, "byOrganization");
		assertThat(figure(organizations.get("o1"), "youngTeachers")).isEqualTo("1/3");
		assertThat(figure(organizations.get("o3"), "youngTeachers")).isEqualTo("1/2");
		assertThat((Double) c.get("externalPairShare")).isCloseTo(1 / 3.0, within(1e-9));
	}

	@Test
	void wholeGraphAndNarrowScopes() {
		// an analyst: a viewer gets these small groups suppressed
		// (system/PrivacyFloorTests)
		// sar: y11, y12 without mentors, y13, y14 with mx; vot: y15 new without a mentor.
		Map<String, Object> all = coverage("analyst", null, "2025-10-01");
		assertThat(figure(all, "newTeachers")).isEqualTo("2/3");
		assertThat(figure(all, "youngTeachers")).isEqualTo("7/12");
		assertThat((Double) all.get("externalPairShare")).isCloseTo(2 / 7.0, within(1e-9));
		assertThat(byKey(all, "byDistrict").keySet()).containsExactly("d1", "d2", "d3");
		assertThat(byKey(all, "byOrganization")).hasSize(6);

		Map<String, Object> preschools = coverage("analyst", Map.of("organizationKind", "PRESCHOOL"), "2025-10-01");
		assertThat(figure(preschools, "youngTeachers")).isEqualTo("2/2");
		assertThat(byKey(preschools, "byOrganization").keySet()).containsExactly("o3");

		Map<String, Object> o1 = coverage("curator", Map.of("organizationId", "o1"), "2025-10-01");
		assertThat(figure(o1, "youngTeachers")).isEqualTo("1/3");
		assertThat((Double) o1.get("externalPairShare")).isCloseTo(0.0, within(1e-9));
	}

	@Test
	void kindNamesFollowTheLanguage() {
		ClientGraphQlResponse response = this.clients.graphQl("admin")
			.mutate()
			.header("Accept-Language", "en")
			.build()
			.documentName("mentoringCoverage")
			.variable("scope", Map.of("municipalityId", "izh"))
			.variable("asOf", "2025-10-01")
			.executeSync();
		assertThat(response.field("mentoringCoverage.byOrganizationKind[1].name").toEntity(String.class))
			.isEqualTo("Schools");
	}

	@Test
	void everyRoleReadsCoverageACuratorTheWholeCity() {
		RoleMatrix.check(this.clients, "mentoringCoverage", Map.of("asOf", "2025-10-01"), "mentoringCoverage",
				Set.copyOf(TestClients.USERS));
		RoleMatrix.check(this.clients, "mentoringCoverage",
				Map.of("asOf", "2025-10-01", "scope", Map.of("organizationId", "o2")), "mentoringCoverage",
				Set.copyOf(TestClients.USERS));
	}

}
