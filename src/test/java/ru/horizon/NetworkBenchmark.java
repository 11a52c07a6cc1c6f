package ru.horizon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

import ru.horizon.horizontal.LearningTies;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timings of isolatedYoungTeachers and horizontalLearning on a synthetic city the size of
 * Izhevsk (domain-facts.md), end to end over HTTP. Not part of {@code verify} (not a
 * {@code *Tests} class): run with
 * {@code ./mvnw -o test -Dtest=NetworkBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the report goes to {@code target/network-benchmark.txt}. It sits outside the feature
 * packages because it drives two of them.
 */
@HorizonTest
class NetworkBenchmark {

	static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

	@Autowired
	Driver driver;

	@Autowired
	TestClients clients;

	@Test
	void city() throws IOException {
		int scale = Integer.getInteger("benchmark.scale", 1);
		Map<String, Integer> figures = SyntheticCity.load(this.driver, scale, 20261123L);
		StringBuilder report = new StringBuilder();
		report.append("Horizon network benchmark, ").append(ZonedDateTime.now()).append('\n');
		report.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
			.append(System.getProperty("os.name")).append(", Java ").append(Runtime.version()).append('\n');
		report.append("synthetic city, scale ").append(scale).append(": ").append(figures).append('\n');
		String isolation = """
				{ isolatedYoungTeachers(asOf: "2025-10-01", includeAtRisk: true, first: 500) {
				    totalCount edges { node { teacher { id } isolated reasons learningTies crossOrganizationTies } } } }""";
		String isolatedOnly = """
				{ isolatedYoungTeachers(asOf: "2025-10-01") { totalCount edges { node { teacher { id } reasons } } } }""";
		String horizontal = """
				{ horizontalLearning(from: "2024-10-02", to: "2025-10-01") {
				    ties totalWeight crossOrganizationShare teachersWithCrossOrganizationTie
				    organizationFlows(limit: 50) { source { id } target { id } weight ties }
				    organizationsOutside { id } brokers(limit: 10) { teacher { id } betweenness organizationsBridged }
				    exactBetweenness } }""";
		report.append(time("isolatedYoungTeachers, whole city, includeAtRisk, first 500", isolation, 10))
			.append('\n');
		report.append(time("isolatedYoungTeachers, whole city, isolated only", isolatedOnly, 10)).append('\n');
		report.append(time("horizontalLearning, whole city, one year, brokers", horizontal, 5)).append('\n');
		ClientGraphQlResponse answer = this.clients.graphQl("admin").document(horizontal).executeSync();
		report.append("horizontalLearning answer: ")
			.append((Object) answer.field("horizontalLearning").getValue())
			.append('\n');
		ClientGraphQlResponse isolated = this.clients.graphQl("admin").document(isolatedOnly).executeSync();
		report.append("isolated young teachers: ")
			.append((Object) isolated.field("isolatedYoungTeachers.totalCount").getValue())
			.append('\n');
		Files.writeString(Path.of("target/network-benchmark.txt"), report);
		if (Boolean.getBoolean("benchmark.profile")) {
			report.append(profile(this.driver));
			Files.writeString(Path.of("target/network-benchmark.txt"), report);
		}
		System.out.println(report);
	}

	/** PROFILE of the two queries, for tuning: db hits and rows per operator. */
	static String profile(Driver driver) {
		StringBuilder out = new StringBuilder();
		try (Session session = driver.session()) {
			for (String name : List.of("isolation", "mentoring", "events")) {
				String cypher = switch (name) {
					case "isolation" -> ru.horizon.isolation.IsolationBenchmarkAccess.query();
					case "mentoring" -> LearningTies.MENTORING_TIES;
					default -> LearningTies.EVENT_PARTICIPANTS;
				};
				Map<String, Object> parameters = new HashMap<>(LearningTies.parameters(
						name.equals("isolation") ? AS_OF.minusMonths(12).plusDays(1) : AS_OF.minusYears(1), AS_OF));
				parameters.putAll(new ru.horizon.teacher.ExperienceRules(6, 36).parameters(AS_OF));
				parameters.putAll(ru.horizon.organization.Scope.ALL.parameters());
				long start = System.nanoTime();
				var result = session.run("PROFILE " + cypher, parameters);
				result.list();
				var summary = result.consume();
				out.append(name).append(": ").append((System.nanoTime() - start) / 1_000_000).append(" ms\n");
				out.append(plan(summary.profile(), "")).append('\n');
			}
		}
		return out.toString();
	}

	private static String plan(org.neo4j.driver.summary.ProfiledPlan plan, String indent) {
		StringBuilder out = new StringBuilder(indent).append(plan.operatorType())
			.append(" rows=").append(plan.records()).append(" dbHits=").append(plan.dbHits())
			.append(" ").append(plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL)).append('\n');
		for (var child : plan.children()) {
			out.append(plan(child, indent + "  "));
		}
		return out.toString();
	}

	private String time(String what, String document, int runs) {
		Supplier<ClientGraphQlResponse> ask = () -> this.clients.graphQl("admin").document(document).executeSync();
		for (int i = 0; i < 3; i++) {
			assertThat(ask.get().getErrors()).isEmpty();
		}
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			ClientGraphQlResponse response = ask.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			assertThat(response.getErrors()).isEmpty();
		}
		Arrays.sort(millis);
		int p95 = (int) Math.ceil(runs * 0.95) - 1;
		return "%s: median %d ms, p95 %d ms, min %d ms, max %d ms (%d runs)".formatted(what, millis[runs / 2],
				millis[p95], millis[0], millis[runs - 1], runs);
	}

	/** A synthetic city shaped by domain-facts.md, from a fixed seed. */
	static final class SyntheticCity {

		static Map<String, Integer> load(Driver driver, int scale, long seed) {
			TestGraph.clear(driver);
			Random random = new Random(seed);
			int districts = 5 * scale;
			int schools = 80 * scale;
			int preschools = 140 * scale;
			int supplementary = 14 * scale;
			List<Map<String, Object>> organizations = new ArrayList<>();
			List<String> kinds = new ArrayList<>();
			for (int i = 0; i < schools + preschools + supplementary; i++) {
				String kind = (i < schools) ? "SCHOOL" : (i < schools + preschools) ? "PRESCHOOL" : "SUPPLEMENTARY";
				kinds.add(kind);
				organizations.add(Map.of("id", "o" + i, "name", kind + " " + i, "kind", kind, "district",
						"d" + (i % districts)));
			}
			// Teachers: ~60 per school, ~25 per preschool, ~23 per supplementary; ~7.8% young.
			List<Map<String, Object>> teachers = new ArrayList<>();
			List<List<Integer>> staff = new ArrayList<>();
			List<Integer> young = new ArrayList<>();
			List<Integer> veterans = new ArrayList<>();
			List<Integer> organizationOf = new ArrayList<>();
			for (int o = 0; o < organizations.size(); o++) {
				int size = switch (kinds.get(o)) {
					case "SCHOOL" -> 50 + random.nextInt(21);
					case "PRESCHOOL" -> 20 + random.nextInt(11);
					default -> 18 + random.nextInt(11);
				};
				List<Integer> members = new ArrayList<>();
				for (int k = 0; k < size; k++) {
					int id = teachers.size();
					boolean isYoung = random.nextDouble() < 0.078;
					LocalDate since = isYoung ? AS_OF.minusDays(1 + random.nextInt(1080))
							: AS_OF.minusYears(4 + random.nextInt(35)).minusDays(random.nextInt(365));
					teachers.add(Map.of("id", "t" + id, "name", "Teacher " + id, "since", since, "organization",
							"o" + o));
					members.add(id);
					organizationOf.add(o);
					(isYoung ? young : veterans).add(id);
				}
				staff.add(members);
			}
			// Pairs: 85% of the young teachers mentored now, mostly inside; a few hundred ended.
			List<Map<String, Object>> pairs = new ArrayList<>();
			for (int y : young) {
				if (random.nextDouble() < 0.85) {
					List<Integer> own = staff.get(organizationOf.get(y));
					int mentor = (random.nextDouble() < 0.8) ? own.get(random.nextInt(own.size()))
							: veterans.get(random.nextInt(veterans.size()));
					if (mentor != y) {
						pairs.add(Map.of("id", "p" + pairs.size(), "mentor", "t" + mentor, "mentee", "t" + y,
								"startedOn", AS_OF.minusDays(random.nextInt(700)), "endedOn", "", "ended", false));
					}
				}
			}
			for (int i = 0; i < 300 * scale; i++) {
				int mentee = young.get(random.nextInt(young.size()));
				int mentor = veterans.get(random.nextInt(veterans.size()));
				LocalDate start = AS_OF.minusDays(400 + random.nextInt(300));
				pairs.add(Map.of("id", "p" + pairs.size(), "mentor", "t" + mentor, "mentee", "t" + mentee, "startedOn",
						start, "endedOn", start.plusDays(200 + random.nextInt(300)), "ended", true));
			}
			// Groups: 31 innovation complexes and 60 networks, ~3,000 memberships.
			List<Map<String, Object>> memberships = new ArrayList<>();
			int groups = 91 * scale;
			for (int i = 0; i < 3000 * scale; i++) {
				int t = random.nextInt(teachers.size());
				memberships.add(Map.of("teacher", "t" + t, "group", "g" + random.nextInt(groups), "since",
						AS_OF.minusDays(random.nextInt(900))));
			}
			// Events over two years: ~1,600 a year, 6-153 participants (a few large ones),
			// 1-3 speakers, attendees mostly from the host's district.
			List<Map<String, Object>> events = new ArrayList<>();
			List<Map<String, Object>> participations = new ArrayList<>();
			String[] formats = { "MASTER_CLASS", "SEMINAR", "OPEN_LESSON", "WORKSHOP", "CONFERENCE", "WEBINAR",
					"CONSULTATION", "LESSON_VISIT" };
			for (int e = 0; e < 3200 * scale; e++) {
				int host = random.nextInt(organizations.size());
				String format = formats[random.nextInt(formats.length)];
				events.add(Map.of("id", "e" + e, "title", "Event " + e, "format", format, "date",
						AS_OF.minusDays(random.nextInt(730)), "host", "o" + host, "group",
						"g" + random.nextInt(groups)));
				int size = (random.nextDouble() < 0.02) ? 200 + random.nextInt(300) : 6 + random.nextInt(60);
				List<Integer> hostStaff = staff.get(host);
				int speakers = 1 + random.nextInt(3);
				java.util.Set<Integer> seen = new java.util.HashSet<>();
				for (int s = 0; s < speakers; s++) {
					int t = hostStaff.get(random.nextInt(hostStaff.size()));
					if (seen.add(t)) {
						participations.add(Map.of("teacher", "t" + t, "event", "e" + e, "role",
								(s == 0 && random.nextBoolean()) ? "ORGANIZER" : "SPEAKER"));
					}
				}
				for (int a = 0; a < size; a++) {
					int t;
					if (random.nextDouble() < 0.6) {
						int o = host - (host % districts) + random.nextInt(districts);
						o = Math.min(Math.max(o, 0), organizations.size() - 1);
						List<Integer> pool = staff.get(o);
						t = pool.get(random.nextInt(pool.size()));
					}
					else if (random.nextDouble() < 0.15) {
						t = young.get(random.nextInt(young.size()));
					}
					else {
						t = random.nextInt(teachers.size());
					}
					if (seen.add(t)) {
						participations.add(Map.of("teacher", "t" + t, "event", "e" + e, "role", "ATTENDEE"));
					}
				}
			}
			try (Session session = driver.session()) {
				session.run("""
						CREATE (:Region {id: 'r1', name: 'Region'})<-[:IN_REGION]-(:Municipality {id: 'm1', name: 'City'})
						WITH 1 AS one UNWIND range(0, $districts - 1) AS d
						MATCH (m:Municipality {id: 'm1'})
						CREATE (:District {id: 'd' + d, name: 'District ' + d})-[:IN_MUNICIPALITY]->(m)""",
						Map.of("districts", districts)).consume();
				batches(session, organizations, """
						UNWIND $rows AS row MATCH (d:District {id: row.district})
						CREATE (:Organization {id: row.id, name: row.name, kind: row.kind, flags: []})-[:IN_DISTRICT]->(d)""");
				batches(session, teachers, """
						UNWIND $rows AS row MATCH (o:Organization {id: row.organization})
						CREATE (:Teacher {id: row.id, fullName: row.name, category: 'FIRST', teachingSince: row.since})
							-[:WORKS_AT {since: row.since, main: true}]->(o)""");
				batches(session, pairs, """
						UNWIND $rows AS row MATCH (m:Teacher {id: row.mentor}), (e:Teacher {id: row.mentee})
						CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: row.id, startedOn: row.startedOn,
							endedOn: CASE WHEN row.ended THEN row.endedOn END})<-[:MENTEE_IN]-(e)""");
				session.run("""
						UNWIND range(0, $groups - 1) AS g
						CREATE (n:Group {id: 'g' + g, name: 'Group ' + g,
							kind: CASE WHEN g % 3 = 0 THEN 'INNOVATION_COMPLEX' ELSE 'METHOD_ASSOCIATION' END})
						WITH n, g CALL (n, g) { WITH n WHERE g % 3 = 0 SET n:InnovationComplex }
						WITH n, g CALL (n, g) { WITH n WHERE g % 3 <> 0 SET n:Network }""",
						Map.of("groups", groups)).consume();
				batches(session, memberships, """
						UNWIND $rows AS row MATCH (t:Teacher {id: row.teacher}), (g:Group {id: row.group})
						CREATE (t)-[:MEMBER_OF {role: 'MEMBER', since: row.since}]->(g)""");
				batches(session, events, """
						UNWIND $rows AS row MATCH (o:Organization {id: row.host}), (g:Group {id: row.group})
						CREATE (e:Event {id: row.id, title: row.title, format: row.format, date: row.date, level: 'MUNICIPAL'})
						CREATE (e)-[:HOSTED_BY]->(o)
						FOREACH (x IN CASE WHEN g:InnovationComplex THEN [1] ELSE [] END | CREATE (e)-[:ORGANIZED_BY]->(g))""");
				batches(session, participations, """
						UNWIND $rows AS row MATCH (t:Teacher {id: row.teacher}), (e:Event {id: row.event})
						CREATE (t)-[:PARTICIPATED_IN {role: row.role}]->(e)""");
			}
			Map<String, Integer> figures = new HashMap<>();
			figures.put("organizations", organizations.size());
			figures.put("teachers", teachers.size());
			figures.put("young", young.size());
			figures.put("pairs", pairs.size());
			figures.put("events", events.size());
			figures.put("participations", participations.size());
			return figures;
		}

		private static void batches(Session session, List<Map<String, Object>> rows, String cypher) {
			for (int i = 0; i < rows.size(); i += 5000) {
				List<Map<String, Object>> batch = new ArrayList<>();
				for (Map<String, Object> row : rows.subList(i, Math.min(rows.size(), i + 5000))) {
					Map<String, Object> copy = new HashMap<>(row);
					copy.values().removeIf((v) -> "".equals(v));
					batch.add(copy);
				}
				session.run(cypher, Map.of("rows", batch)).consume();
			}
		}

	}

}
