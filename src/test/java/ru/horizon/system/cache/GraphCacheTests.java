package ru.horizon.system.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GraphCacheTests {

	private final GraphVersion version = new GraphVersion(
			new StaticListableBeanFactory().getBeanProvider(Neo4jClient.class),
			new CacheProperties(4, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(2), false,
					Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(60)));

	private final AtomicInteger computations = new AtomicInteger();

	private String compute() {
		return "answer " + this.computations.incrementAndGet();
	}

	@Test
	void theSameQuestionOnAnUnchangedGraphIsComputedOnce() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30));
		assertThat(cache.get("2026-10-01", this::compute)).isEqualTo("answer 1");
		assertThat(cache.get("2026-10-01", this::compute)).isEqualTo("answer 1");
		assertThat(cache.get("2025-10-01", this::compute)).isEqualTo("answer 2");
	}

	@Test
	void aWriteMakesEveryKeptAnswerStale() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30));
		cache.get("k", this::compute);
		this.version.changed();
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 2");
	}

	@Test
	void aWriteInsideATransactionCountsOnlyAfterItsCommit() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			long before = this.version.current();
			this.version.changed();
			assertThat(this.version.current()).isEqualTo(before);
			List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
			synchronizations.forEach(TransactionSynchronization::afterCommit);
			assertThat(this.version.current()).isEqualTo(before + 1);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void anAnswerComputedWhileTheGraphChangedIsNotServedAfterTheChange() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30));
		// The write commits while the first answer is being read: that answer belongs to
		// the old version.
		assertThat(cache.get("k", () -> {
			this.version.changed();
			return compute();
		})).isEqualTo("answer 1");
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 2");
	}

	@Test
	void withoutSeeingEveryWriteAnAnswerIsTrustedOnlyForItsTimeToLive() throws InterruptedException {
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofMillis(50));
		cache.get("k", this::compute);
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 1");
		Thread.sleep(80);
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 2");
	}

	@Test
	void concurrentAskersOfAMissingAnswerWaitForOneComputation() throws InterruptedException {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30));
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 8; i++) {
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					return;
				}
				answers.add(cache.get("k", () -> {
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return compute();
				}));
			}));
		}
		start.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(answers).hasSize(8).containsOnly("answer 1");
	}

	@Test
	void aFailedComputationIsNotKept() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30));
		assertThatIllegalStateException().isThrownBy(() -> cache.get("k", () -> {
			throw new IllegalStateException("database unavailable");
		})).withMessage("database unavailable");
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 1");
	}

	@Test
	void theOldestAnswerGoesWhenFull() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 2, Duration.ofSeconds(30));
		cache.get("a", this::compute);
		cache.get("b", this::compute);
		cache.get("c", this::compute);
		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.get("c", this::compute)).isEqualTo("answer 3");
		assertThat(cache.get("a", this::compute)).isEqualTo("answer 4");
	}

	@Test
	void afterAWriteARequestThatShowsAgeIsServedThePreviousAnswerWithItsTimeWhileTheFreshOneComputes()
			throws Exception {
		this.version.watchingEveryCommit();
		Instant first = Instant.parse("2026-11-30T10:00:00Z");
		java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
				first);
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30),
				Duration.ofMillis(50), clockOf(now));
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 1");
		this.version.changed();
		now.set(first.plusSeconds(60));
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger slowComputations = new AtomicInteger();
		Supplier<String> slow = () -> {
			slowComputations.incrementAndGet();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return compute();
		};
		AnswerFreshness asked = new AnswerFreshness();
		assertThat(asked.during(() -> cache.get("k", slow))).isEqualTo("answer 1");
		assertThat(asked.oldestStaleAnswer()).isEqualTo(first);
		assertThat(asked.extension()).containsEntry("stale", true).containsEntry("computedAt", "2026-11-30T10:00:00Z");
		// A second reader meanwhile: the same previous answer, no second computation.
		AnswerFreshness again = new AnswerFreshness();
		assertThat(again.during(() -> cache.get("k", slow))).isEqualTo("answer 1");
		assertThat(slowComputations).hasValue(1);
		release.countDown();
		AnswerFreshness later = new AnswerFreshness();
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String answer;
		do {
			answer = later.during(() -> cache.get("k", this::compute));
		}
		while (!answer.equals("answer 2") && System.nanoTime() < until);
		assertThat(answer).isEqualTo("answer 2");
		assertThat(slowComputations).hasValue(1);
	}

	@Test
	void writesDuringAComputationDoNotStartAnotherForReadersThatAreToldTheAge() throws Exception {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30),
				Duration.ofSeconds(10), java.time.Clock.systemUTC());
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger slowComputations = new AtomicInteger();
		Thread first = Thread.ofPlatform().start(() -> cache.get("k", () -> {
			slowComputations.incrementAndGet();
			started.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return compute();
		}));
		started.await();
		// Writes commit while the first answer computes.
		this.version.changed();
		this.version.changed();
		Thread.ofPlatform().start(() -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			release.countDown();
		});
		AnswerFreshness asked = new AnswerFreshness();
		assertThat(asked.during(() -> cache.get("k", () -> {
			slowComputations.incrementAndGet();
			return compute();
		}))).isEqualTo("answer 1");
		assertThat(asked.extension()).containsEntry("stale", true);
		assertThat(slowComputations).hasValue(1);
		first.join();
		// Once it is done, the next reader starts the fresh one.
		AnswerFreshness next = new AnswerFreshness();
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String answer;
		do {
			answer = next.during(() -> cache.get("k", this::compute));
		}
		while (!answer.equals("answer 2") && System.nanoTime() < until);
		assertThat(answer).isEqualTo("answer 2");
	}

	@Test
	void aFreshAnswerReadyWithinTheWaitIsServedFresh() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30),
				Duration.ofSeconds(10), java.time.Clock.systemUTC());
		cache.get("k", this::compute);
		this.version.changed();
		AnswerFreshness asked = new AnswerFreshness();
		assertThat(asked.during(() -> cache.get("k", this::compute))).isEqualTo("answer 2");
		assertThat(asked.extension()).isNull();
	}

	@Test
	void callersThatCannotShowAgeWaitForTheFreshAnswer() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30),
				Duration.ofMillis(1), java.time.Clock.systemUTC());
		cache.get("k", this::compute);
		this.version.changed();
		assertThat(cache.get("k", () -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return compute();
		})).isEqualTo("answer 2");
	}

	@Test
	void theFirstAnswerIsAwaitedEvenByARequestThatShowsAge() {
		this.version.watchingEveryCommit();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30),
				Duration.ofMillis(1), java.time.Clock.systemUTC());
		AnswerFreshness asked = new AnswerFreshness();
		assertThat(asked.during(() -> cache.get("k", () -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return compute();
		}))).isEqualTo("answer 1");
		assertThat(asked.extension()).isNull();
	}

	private static java.time.Clock clockOf(java.util.concurrent.atomic.AtomicReference<Instant> now) {
		return new java.time.Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return java.time.ZoneOffset.UTC;
			}

			@Override
			public java.time.Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
	}

	@Test
	void noEntriesMeansNoCaching() {
		GraphCache<String, String> cache = new GraphCache<>(this.version, 0, Duration.ofSeconds(30));
		cache.get("k", this::compute);
		assertThat(cache.get("k", this::compute)).isEqualTo("answer 2");
	}

	@Test
	void aWriteDuringARequestIsNotedOnTheRequest() {
		AnswerFreshness request = new AnswerFreshness();
		assertThat(request.wrote()).isFalse();
		request.during(() -> {
			this.version.changed();
			return null;
		});
		assertThat(request.wrote()).isTrue();
		GraphCache<String, String> cache = new GraphCache<>(this.version, 4, Duration.ofSeconds(30));
		AnswerFreshness reader = new AnswerFreshness();
		reader.during(() -> cache.get("k", () -> "v"));
		assertThat(reader.wrote()).isFalse();
	}

	@Test
	void afterAWriteTheKeysAskedMostRecentlyAreComputedAnew() {
		GraphCache<String, String> cache = new GraphCache<>(this.version, 8, Duration.ofSeconds(30));
		AtomicInteger computed = new AtomicInteger();
		for (String key : List.of("a", "b", "c")) {
			cache.get(key, () -> key + computed.incrementAndGet());
		}
		// Asked again: "a" is now the most recent, then "c".
		assertThat(cache.get("a", () -> "never")).isEqualTo("a1");
		assertThat(cache.refreshRecent(2)).as("nothing stale yet").isZero();
		this.version.changed();
		assertThat(cache.refreshRecent(2)).isEqualTo(2);
		assertThat(computed).hasValue(5);
		assertThat(cache.get("a", () -> "recomputed")).matches("a[45]");
		assertThat(cache.get("c", () -> "recomputed")).matches("c[45]");
		assertThat(cache.get("b", () -> "b new")).isEqualTo("b new");
		assertThat(cache.refreshRecent(2)).isZero();
	}

}
