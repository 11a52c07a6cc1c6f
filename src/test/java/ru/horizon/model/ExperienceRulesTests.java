package ru.horizon.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;

import static org.assertj.core.api.Assertions.assertThat;

@HorizonTest
class ExperienceRulesTests {

	@Autowired
	ExperienceRules rules;

	@Autowired
	Driver driver;

	@Test
	void sixAndThirtySixMonthBoundaries() {
		LocalDate since = LocalDate.of(2023, 3, 15);
		assertThat(this.rules.isNew(since, LocalDate.of(2023, 9, 14))).isTrue();
		assertThat(this.rules.isNew(since, LocalDate.of(2023, 9, 15))).isFalse();
		assertThat(this.rules.isYoung(since, LocalDate.of(2026, 3, 14))).isTrue();
		assertThat(this.rules.isYoung(since, LocalDate.of(2026, 3, 15))).isFalse();
		assertThat(this.rules.months(since, LocalDate.of(2020, 1, 1))).isZero();
	}

	@Test
	void javaAndCypherCountTheSameWholeMonths() {
		// Month ends and leap days are where the two could part ways.
		List<LocalDate[]> cases = List.of(new LocalDate[] { LocalDate.of(2020, 2, 29), LocalDate.of(2023, 2, 28) },
				new LocalDate[] { LocalDate.of(2020, 1, 31), LocalDate.of(2023, 2, 28) },
				new LocalDate[] { LocalDate.of(2020, 3, 31), LocalDate.of(2023, 2, 28) },
				new LocalDate[] { LocalDate.of(2020, 1, 31), LocalDate.of(2020, 7, 30) },
				new LocalDate[] { LocalDate.of(2020, 1, 30), LocalDate.of(2020, 7, 31) },
				new LocalDate[] { LocalDate.of(2022, 9, 1), LocalDate.of(2025, 8, 31) },
				new LocalDate[] { LocalDate.of(2022, 9, 1), LocalDate.of(2025, 9, 1) });
		try (Session session = this.driver.session()) {
			for (LocalDate[] pair : cases) {
				long cypher = session
					.run("RETURN duration.inMonths($from, $to).months AS m",
							Values.parameters("from", pair[0], "to", pair[1]))
					.single()
					.get("m")
					.asLong();
				assertThat(this.rules.months(pair[0], pair[1])).as("%s to %s", pair[0], pair[1])
					.isEqualTo((int) cypher);
			}
		}
	}

}
