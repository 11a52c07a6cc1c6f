package ru.horizon.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ru.horizon.HorizonApplication;

/**
 * The main questions asked per region and per municipality of a nation-sized database (an
 * import of the demo city at scale 100 or more), as a regional coordinator and a
 * municipal one ask them: over HTTP, the first answer (computed) and the second (kept),
 * with the heap used. The report goes to {@code nation.md} beside the database.
 * <p>
 * Run it on a database the benchmark imported:
 * {@code java -Xmx12g -cp <test classpath> ru.horizon.benchmark.NationQuestions
 * target/benchmark/scale-100/horizon-db 2026-10-01}.
 */
public final class NationQuestions {

	private static final String COVERAGE = """
			query($scope: Scope, $asOf: Date) { mentoringCoverage(scope: $scope, asOf: $asOf) {
			  newTeachers { total covered share } youngTeachers { total covered share }
			  byDistrict { key youngTeachers { total covered } } byOrganization { key youngTeachers { total } } } }""";

	private static final String ISOLATION = """
			query($scope: Scope, $asOf: Date) { isolatedYoungTeachers(scope: $scope, asOf: $asOf, first: 20) {
			  totalCount edges { node { teacher { id } reasons } } } }""";

	private static final String HORIZONTAL = """
			query($scope: Scope, $from: Date!, $to: Date!) { horizontalLearning(scope: $scope, from: $from, to: $to) {
			  ties teachersWithCrossOrganizationTie exactBetweenness brokers(limit: 10) { teacher { id } betweenness }
			  organizationFlows(limit: 10) { source { id } target { id } weight } } }""";

	private static final String PLAN = """
			query($scope: Scope, $asOf: Date) { mentorAssignmentPlan(scope: $scope, asOf: $asOf) {
			  proposals { mentee { id } mentor { id } score } unmatched { mentee { id } } totalScore } }""";

	private NationQuestions() {
	}

	public static void main(String[] args) throws Exception {
		Path database = Path.of(args[0]);
		LocalDate asOf = LocalDate.parse(args.length > 1 ? args[1] : "2026-10-01");
		String password = "nation-" + Long.toHexString(System.nanoTime());
		StringBuilder report = new StringBuilder("# Nation-sized database: questions per region and municipality\n\n");
		report.append(
				"Database `%s` (%.0f MiB on disk), asked at %s. JVM max heap %.1f GiB; load average at start %s.\n\n"
					.formatted(database, Neo4jFiles.sizeOf(database) / 1024.0 / 1024, asOf,
							Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024, Machine.loadAverage()));
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplication(HorizonApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--horizon.neo4j.embedded.data-dir=" + database,
				"--horizon.neo4j.embedded.bolt-port=0", "--horizon.neo4j.embedded.page-cache=4GB",
				"--horizon.demo.load-on-empty=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--horizon.graphql.timeout=600s", "--horizon.security.users[0].name=nation",
				"--horizon.security.users[0].password={noop}" + password, "--horizon.security.users[0].roles=ADMIN")) {
			double startedSeconds = (System.nanoTime() - started) / 1e9;
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			// As whoever waits for a server does: until it says it is ready (today's
			// answers
			// of the warm-up kept, at most horizon.cache.start-wait).
			ChildServer.awaitUp(java.net.http.HttpClient.newHttpClient(), port, "/actuator/health",
					java.time.Duration.ofMinutes(5), () -> {
					});
			report.append("Server started in %.1f s, healthy in %.1f s (page cache 4 GB).\n\n".formatted(startedSeconds,
					(System.nanoTime() - started) / 1e9));
			GraphQlCaller http = new GraphQlCaller.Http(port, "nation", password);
			Driver driver = context.getBean(Driver.class);
			Map<String, Long> counts = Neo4jFiles.graphCounts(driver);
			report.append("Graph: ").append(counts).append("\n\n");
			List<Map<String, Object>> scopes = new ArrayList<>();
			try (Session session = driver.session()) {
				session
					.executeRead((tx) -> tx
						.run("""
								MATCH (r:Region)<-[:IN_REGION]-(m:Municipality)
								WITH r, count(m) AS municipalities ORDER BY municipalities DESC, r.id LIMIT 1
								MATCH (r)<-[:IN_REGION]-(m:Municipality)<-[:IN_MUNICIPALITY]-(:District)<-[:IN_DISTRICT]-(o:Organization)
								WITH r, m, count(o) AS organizations ORDER BY organizations DESC, m.id LIMIT 1
								RETURN r.id AS region, m.id AS municipality""")
						.list())
					.forEach((r) -> {
						scopes.add(Map.of("regionId", r.get("region").asString()));
						scopes.add(Map.of("municipalityId", r.get("municipality").asString()));
					});
			}
			scopes.add(Map.of());
			report.append("| scope | question | first answer s | second s | figure | heap used after, GiB |\n")
				.append("|---|---|---:|---:|---|---:|\n");
			for (Map<String, Object> scope : scopes) {
				String name = scope.isEmpty() ? "the nation" : scope.toString();
				Map<String, Object> at = new LinkedHashMap<>();
				at.put("asOf", asOf.toString());
				if (!scope.isEmpty()) {
					at.put("scope", scope);
				}
				Map<String, Object> window = new LinkedHashMap<>();
				window.put("from", asOf.minusYears(1).plusDays(1).toString());
				window.put("to", asOf.toString());
				if (!scope.isEmpty()) {
					window.put("scope", scope);
				}
				ask(report, http, name, "mentoringCoverage", COVERAGE, at);
				ask(report, http, name, "isolatedYoungTeachers", ISOLATION, at);
				if (!scope.isEmpty()) {
					ask(report, http, name, "horizontalLearning (one year)", HORIZONTAL, window);
					if (scope.containsKey("municipalityId")) {
						ask(report, http, name, "mentorAssignmentPlan", PLAN, at);
					}
				}
				Files.writeString(database.resolveSibling("nation.md"), report);
			}
		}
		report.append("\nLoad average at the end: ").append(Machine.loadAverage()).append('\n');
		Files.writeString(database.resolveSibling("nation.md"), report);
		System.out.println(report);
		System.exit(0);
	}

	@SuppressWarnings("unchecked")
	private static void ask(StringBuilder report, GraphQlCaller http, String scope, String question, String document,
			Map<String, Object> variables) {
		System.out.println("asking " + question + " for " + scope);
		double[] seconds = new double[2];
		String figure = "";
		for (int i = 0; i < 2; i++) {
			long started = System.nanoTime();
			try {
				Map<String, Object> data = http.call(document, variables);
				figure = (i == 0 || figure.isEmpty()) ? summary(data) : figure;
			}
			catch (RuntimeException ex) {
				figure = figure + ((i == 0) ? "first" : " second") + " failed: "
						+ GraphQlCaller.abbreviate(String.valueOf(ex.getMessage())).replace("|", "/");
			}
			seconds[i] = (System.nanoTime() - started) / 1e9;
		}
		double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024 / 1024;
		report.append("| %s | %s | %.1f | %.2f | %s | %.1f |\n".formatted(scope, question, seconds[0], seconds[1],
				figure.replace("\n", " "), heap));
	}

	@SuppressWarnings("unchecked")
	private static String summary(Map<String, Object> data) {
		Object answer = data.values().iterator().next();
		if (answer instanceof Map<?, ?> map) {
			if (map.containsKey("youngTeachers")) {
				Map<String, Object> young = (Map<String, Object>) map.get("youngTeachers");
				return "young " + young.get("total") + ", mentored " + young.get("covered");
			}
			if (map.containsKey("totalCount")) {
				return map.get("totalCount") + " isolated";
			}
			if (map.containsKey("ties")) {
				return map.get("ties") + " ties, " + map.get("teachersWithCrossOrganizationTie")
						+ " teachers with a cross-organization tie, exact betweenness " + map.get("exactBetweenness");
			}
			if (map.containsKey("proposals")) {
				return ((List<?>) map.get("proposals")).size() + " proposals, "
						+ ((List<?>) map.get("unmatched")).size() + " unmatched";
			}
		}
		return "";
	}

}
