package ru.horizon.teacher;

import java.util.List;
import java.util.Map;

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

@HorizonTest
class TeacherQueriesTests {

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "foundation");
	}

	private ClientGraphQlResponse teacher(String user, String id, String asOf) {
		return this.clients.graphQl(user)
			.documentName("teacher")
			.variable("id", id)
			.variable("asOf", asOf)
			.executeSync();
	}

	@Test
	void teacherCarriesProfileOrganizationAndSubjects() {
		ClientGraphQlResponse response = teacher("coordinator", "t2", "2024-03-01");
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("teacher.fullName").toEntity(String.class)).isEqualTo("Петров Илья Сергеевич");
		assertThat(response.field("teacher.teachingSince").toEntity(String.class)).isEqualTo("2022-09-01");
		assertThat(response.field("teacher.organization.id").toEntity(String.class)).isEqualTo("o1");
		assertThat(response.field("teacher.organization.district.name").toEntity(String.class)).isEqualTo("Ленинский");
		assertThat(
				response.field("teacher.subjects").toEntityList(Map.class).stream().map((m) -> m.get("code")).toList())
			.containsExactly("math", "physics");
	}

	@Test
	void experienceCountsWholeMonthsToAsOf() {
		// 2022-09-01 to 2025-08-31: 35 whole months, still young; a day later 36, no
		// longer.
		assertThat(teacher("admin", "t2", "2025-08-31").field("teacher.experienceMonths").toEntity(Integer.class))
			.isEqualTo(35);
		assertThat(teacher("admin", "t2", "2025-08-31").field("teacher.young").toEntity(Boolean.class)).isTrue();
		assertThat(teacher("admin", "t2", "2025-09-01").field("teacher.experienceMonths").toEntity(Integer.class))
			.isEqualTo(36);
		assertThat(teacher("admin", "t2", "2025-09-01").field("teacher.young").toEntity(Boolean.class)).isFalse();
	}

	@Test
	void mentorsAreThoseOfPairsActiveAtAsOf() {
		assertThat(teacher("admin", "t2", "2023-01-10").field("teacher.mentors")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> m.get("id"))
			.toList()).containsExactly("t3");
		// the first pair ended on 2023-05-31, inclusive
		assertThat(teacher("admin", "t2", "2023-05-31").field("teacher.mentors")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> m.get("id"))
			.toList()).containsExactly("t3");
		assertThat(teacher("admin", "t2", "2023-06-01").field("teacher.mentors").toEntityList(Object.class)).isEmpty();
		assertThat(teacher("admin", "t2", "2024-01-10").field("teacher.mentors")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> m.get("id"))
			.toList()).containsExactly("t1");
		assertThat(teacher("admin", "t1", "2024-01-10").field("teacher.mentees")
			.toEntityList(Map.class)
			.stream()
			.map((m) -> m.get("id"))
			.toList()).containsExactly("t2");
	}

	@Test
	void unknownTeacherIsNull() {
		ClientGraphQlResponse response = teacher("admin", "nobody", null);
		assertThat(response.getErrors()).isEmpty();
		assertThat((Object) response.field("teacher").getValue()).isNull();
	}

	@Test
	void everyRoleAgainstTeacher() {
		// t1 works in o1, the curator's organization; t3 in o2.
		RoleMatrix.check(this.clients, "teacherId", Map.of("id", "t1"), "teacher",
				java.util.Set.of("admin", "coordinator", "curator", "analyst"));
		RoleMatrix.check(this.clients, "teacherId", Map.of("id", "t3"), "teacher",
				java.util.Set.of("admin", "coordinator", "analyst"));
	}

	@Test
	void everyRoleAgainstOrganization() {
		RoleMatrix.check(this.clients, "organization", Map.of("id", "o2"), "organization",
				java.util.Set.copyOf(TestClients.USERS));
	}

	@Test
	void relationshipFieldsAreLoadedInBatches() {
		// Two teachers with organization, subjects and mentors in one request: the batch
		// loaders answer each field for all teachers at once.
		ClientGraphQlResponse response = this.clients.graphQl("admin").document("""
				{ a: teacher(id: "t1") { mentees(asOf: "2024-01-10") { organization { id } subjects { code } } }
				  b: teacher(id: "t2") { mentors(asOf: "2023-01-10") { organization { id } } } }""").executeSync();
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("a.mentees[0].organization.id").toEntity(String.class)).isEqualTo("o1");
		assertThat(response.field("b.mentors[0].organization.id").toEntity(String.class)).isEqualTo("o2");
		assertThat(response.field("a.mentees[0].subjects").toEntityList(Object.class)).hasSize(2);
	}

	@Test
	void viewerNeverSeesANameEvenNested() {
		ClientGraphQlResponse response = this.clients.graphQl("viewer")
			.document("{ organization(id: \"o1\") { id name } }")
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		assertThat(List.of(response.field("organization.name").toEntity(String.class)))
			.containsExactly("МБОУ «СОШ №1»");
	}

}
