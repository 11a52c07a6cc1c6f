package ru.horizon.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.horizon.ingest.internal.DemoCity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo city: the shape of domain-facts.md, and the same files for the same seed. */
class DemoCityTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);

	@Test
	void theSameSeedGivesTheSameFiles(@TempDir Path work) throws Exception {
		new DemoCity(42, AS_OF, 1).write(work.resolve("a"));
		new DemoCity(42, AS_OF, 1).write(work.resolve("b"));
		new DemoCity(43, AS_OF, 1).write(work.resolve("c"));
		for (String file : files(work.resolve("a"))) {
			assertThat(Files.mismatch(work.resolve("a").resolve(file), work.resolve("b").resolve(file))).as(file)
				.isEqualTo(-1);
		}
		assertThat(Files.mismatch(work.resolve("a/teachers.csv"), work.resolve("c/teachers.csv"))).isNotEqualTo(-1);
	}

	@Test
	void theCityHasTheShapeOfIzhevsk(@TempDir Path work) throws Exception {
		DemoCity.Figures city = new DemoCity(1, AS_OF, 1).write(work);
		assertThat(city.organizations()).isEqualTo(235);
		assertThat(city.teachers()).isEqualTo(8628);
		assertThat((double) city.young() / city.teachers()).isCloseTo(0.078, within(0.012));
		assertThat((double) city.mentoredYoung() / city.young()).isCloseTo(0.85, within(0.04));
		// Mentors of today's and of the past six school years' pairs.
		assertThat(city.mentors()).isBetween(1200L, 1900L);
		assertThat(city.mentorsAtCapacity()).isPositive();
		assertThat(city.isolatedYoung()).isPositive();
		assertThat(city.closedSchools()).isPositive();
		assertThat(city.groups()).isGreaterThanOrEqualTo(31 + 3);
		List<String> organizations = Files.readAllLines(work.resolve("organizations.csv"));
		assertThat(organizations.stream().filter((l) -> l.contains(",SCHOOL,"))).hasSize(80);
		assertThat(organizations.stream().filter((l) -> l.contains(",PRESCHOOL,"))).hasSize(140);
		assertThat(organizations.stream().filter((l) -> l.contains(",SUPPLEMENTARY,"))).hasSize(14);
		assertThat(organizations).anyMatch((l) -> l.contains("ИМЦ «Альтернатива»"));
		List<String> groups = Files.readAllLines(work.resolve("groups.csv"));
		assertThat(groups.stream().filter((l) -> l.contains(",INNOVATION_COMPLEX,"))).hasSize(31);
		assertThat(groups).anyMatch((l) -> l.contains("Академия молодого педагога,PROGRAM"))
			.anyMatch((l) -> l.contains("Школа наставников,PROGRAM"))
			.anyMatch((l) -> l.contains("Взаимообучение школ,PROJECT"));
		assertThat(Files.readString(work.resolve("awards.csv"))).contains("Почетный наставник,HONORARY_MENTOR");
		// A past: leavers (a fifth of them young and isolated on purpose), poor pairs,
		// events of
		// the six past school years, and an age structure near the seeds' 29% of pension
		// age.
		assertThat(city.leavers()).isBetween(1500L, 2800L);
		assertThat(city.youngLeavers()).isBetween(700L, 1400L);
		List<String> teachers = Files.readAllLines(work.resolve("teachers.csv"));
		assertThat(teachers).hasSize((int) (city.teachers() + city.leavers()) + 1);
		// Today's teachers have no left_on; the name's patronymic tells women (-на) from
		// men.
		List<String[]> present = teachers.stream()
			.skip(1)
			.filter((l) -> l.endsWith(","))
			.map((l) -> l.split(","))
			.toList();
		assertThat(present).hasSize((int) city.teachers());
		long pension = present.stream()
			.filter((cells) -> AS_OF.getYear()
					- Integer.parseInt(cells[cells.length - 1]) >= (cells[1].endsWith("на") ? 55 : 60))
			.count();
		assertThat((double) pension / present.size()).isCloseTo(0.29, within(0.02));
		List<String> pairs = Files.readAllLines(work.resolve("mentoring_pairs.csv"));
		assertThat(pairs.stream().filter((l) -> l.matches(".*,[1-4]$"))).hasSizeGreaterThan(100);
		List<String> events = Files.readAllLines(work.resolve("events.csv"));
		for (int year = AS_OF.getYear() - 6; year <= AS_OF.getYear(); year++) {
			String prefix = "," + year + "-";
			assertThat(events.stream().filter((l) -> l.contains(prefix))).as("events of %d", year).isNotEmpty();
		}
		// Nothing dated after the as-of day.
		assertThat(Files.readString(work.resolve("events.csv"))).doesNotContain("2026-10-02", "2026-11", "2027-");
	}

	@Test
	void scaleMultipliesTheCityWithDistinctIds(@TempDir Path work) throws Exception {
		DemoCity.Figures figures = new DemoCity(1, AS_OF, 3).write(work);
		assertThat(figures.teachers()).isEqualTo(3 * 8628);
		assertThat(figures.organizations()).isEqualTo(3 * 235);
		try (Stream<String> ids = Files.lines(work.resolve("teachers.csv")).skip(1).map((l) -> l.split(",")[0])) {
			assertThat(ids.distinct().count()).isEqualTo(3 * 8628 + figures.leavers());
		}
	}

	private static List<String> files(Path directory) throws Exception {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

}
