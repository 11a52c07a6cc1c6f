package ru.horizon.mentoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestGraph;
import ru.horizon.ingest.ImportProgress;
import ru.horizon.ingest.ImportReport;
import ru.horizon.ingest.IngestService;
import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.model.LearningTies;
import ru.horizon.model.Window;
import ru.horizon.system.security.Access;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-hop tie neighbours read around the teachers asked about equal those of the
 * whole window's tie graph, built here from every participation and pair of the window
 * (what {@link TieNeighbourhood} read before it was scoped), on the demo city: for every
 * young teacher asked together (a plan), and for single teachers asked one by one in an
 * order where neighbours are known before the teachers themselves.
 */
@HorizonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TieNeighbourhoodTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

	@Autowired
	Driver driver;

	@Autowired
	TieNeighbourhood ties;

	@BeforeAll
	void loadTheDemoCity(@Autowired IngestService ingest) throws Exception {
		Path city = Files.createTempDirectory("horizon-ties-test-");
		new DemoCity(7, AS_OF, 1).write(city);
		TestGraph.clear(this.driver);
		ImportReport report = Access.asSystem(() -> ingest.importPath(city, ImportProgress.NONE));
		assertThat(report.imported()).isTrue();
	}

	@Test
	void theNeighboursReadAroundATeacherAreThoseOfTheWholeTieGraph() {
		Window window = Window.lookback(AS_OF, 12);
		Map<String, Set<String>> whole = wholeTieGraph(window);
		List<String> young = this.driver.executableQuery("""
				MATCH (t:Teacher) WHERE t.teachingSince > date('2023-10-01') RETURN t.id AS id ORDER BY id""")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
		assertThat(young).hasSizeGreaterThan(300);
		Map<String, Set<String>> together = this.ties.twoHops(young, window);
		int withTies = 0;
		for (String teacher : young) {
			Set<String> expected = twoHops(whole, teacher);
			withTies += expected.isEmpty() ? 0 : 1;
			assertThat(together.get(teacher)).as(teacher).isEqualTo(expected);
		}
		assertThat(withTies).isGreaterThan(young.size() / 2);
		// Single teachers, neighbours of the young asked before them: their own ties are
		// still read in full.
		Window earlier = Window.lookback(AS_OF.minusMonths(5), 12);
		Map<String, Set<String>> wholeEarlier = wholeTieGraph(earlier);
		for (String teacher : young.subList(0, 40)) {
			assertThat(this.ties.twoHops(teacher, earlier)).as(teacher).isEqualTo(twoHops(wholeEarlier, teacher));
			for (String neighbour : wholeEarlier.getOrDefault(teacher, Set.of())) {
				assertThat(this.ties.neighbours(neighbour, earlier)).as(neighbour)
					.isEqualTo(wholeEarlier.get(neighbour));
			}
		}
	}

	private static Set<String> twoHops(Map<String, Set<String>> ties, String teacher) {
		Set<String> result = new LinkedHashSet<>();
		for (String first : ties.getOrDefault(teacher, Set.of())) {
			result.add(first);
			result.addAll(ties.getOrDefault(first, Set.of()));
		}
		return result;
	}

	private Map<String, Set<String>> wholeTieGraph(Window window) {
		Map<String, Object> parameters = window.parameters();
		Map<String, List<String>> speakers = new HashMap<>();
		Map<String, List<String>> attendees = new HashMap<>();
		for (Record row : this.driver.executableQuery("""
				MATCH (t:Teacher)-[r:PARTICIPATED_IN]->(e:Event) WHERE e.date >= $from AND e.date <= $to
				RETURN e.id AS event, e.format AS format, t.id AS teacher, r.role AS role""")
			.withParameters(parameters)
			.execute()
			.records()) {
			String event = row.get("event").asString();
			String role = row.get("role").asString(null);
			if (LearningTies.teaches(role, row.get("format").asString(null))) {
				speakers.computeIfAbsent(event, (k) -> new ArrayList<>()).add(row.get("teacher").asString());
			}
			if (LearningTies.attends(role)) {
				attendees.computeIfAbsent(event, (k) -> new ArrayList<>()).add(row.get("teacher").asString());
			}
		}
		Map<String, Set<String>> ties = new HashMap<>();
		speakers.forEach((event, teaching) -> {
			for (String speaker : teaching) {
				for (String attendee : attendees.getOrDefault(event, List.of())) {
					tie(ties, speaker, attendee);
				}
			}
		});
		this.driver.executableQuery("""
				MATCH (a:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(b:Teacher)
				WHERE p.startedOn <= $to AND (p.endedOn IS NULL OR p.endedOn >= $from)
				RETURN a.id AS a, b.id AS b""")
			.withParameters(parameters)
			.execute()
			.records()
			.forEach((row) -> tie(ties, row.get("a").asString(), row.get("b").asString()));
		return ties;
	}

	private static void tie(Map<String, Set<String>> ties, String a, String b) {
		if (!a.equals(b)) {
			ties.computeIfAbsent(a, (k) -> new LinkedHashSet<>()).add(b);
			ties.computeIfAbsent(b, (k) -> new LinkedHashSet<>()).add(a);
		}
	}

}
