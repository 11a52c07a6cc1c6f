package ru.horizon.system.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

import ru.horizon.HorizonTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path against a Neo4j server or cluster, where no commit listener sees writes made
 * by others: the version moves when the database's counts change (an import, a pair added
 * by someone else), and an answer is trusted no longer than the time to live otherwise.
 */
@HorizonTest
class GraphVersionWithoutListenerTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	private final AtomicInteger computations = new AtomicInteger();

	@AfterEach
	void removeWhatWasWritten() {
		this.driver.executableQuery("MATCH (t:Teacher) WHERE t.id STARTS WITH 'gv-' DETACH DELETE t").execute();
	}

	private GraphVersion withoutListener(Duration interval) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("neo4jClient", this.neo4j));
		return new GraphVersion(beans.getBeanProvider(Neo4jClient.class), new CacheProperties(4, Duration.ofMinutes(10),
				interval, Duration.ofSeconds(2), false, Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(60)));
	}

	@Test
	void aWriteByAnotherClientMakesKeptAnswersStale() {
		GraphVersion version = withoutListener(Duration.ZERO);
		assertThat(version.seesEveryWrite()).isFalse();
		GraphCache<String, Integer> cache = new GraphCache<>(version, 4, Duration.ofMinutes(10));
		assertThat(cache.get("coverage", this.computations::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("coverage", this.computations::incrementAndGet)).isEqualTo(1);
		// Another client (an import, an analyst over Bolt) writes: this application is
		// not told.
		this.driver.executableQuery("CREATE (:Teacher {id: 'gv-1', fullName: 'Другой клиент'})").execute();
		assertThat(cache.get("coverage", this.computations::incrementAndGet)).isEqualTo(2);
		assertThat(cache.get("coverage", this.computations::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void theCountsAreReadAtMostOncePerInterval() {
		GraphVersion version = withoutListener(Duration.ofHours(1));
		long before = version.current();
		this.driver.executableQuery("CREATE (:Teacher {id: 'gv-2', fullName: 'Другой клиент'})").execute();
		// Within the interval the write is not noticed: the time to live bounds how long.
		assertThat(version.current()).isEqualTo(before);
	}

	@Test
	void ownWritesMoveTheVersionAtOnce() {
		GraphVersion version = withoutListener(Duration.ofHours(1));
		long before = version.current();
		version.changed();
		assertThat(version.current()).isEqualTo(before + 1);
	}

}
