package ru.horizon.system.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.event.TransactionEventListener;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import ru.horizon.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WarmUpsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final List<String> runs = new CopyOnWriteArrayList<>();

	private final GraphVersion version = new GraphVersion(null,
			new CacheProperties(4, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(2), true,
					Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(60)));

	/** A warm-up that takes {@code millis} and records the day and who ran it. */
	private WarmUp warmUp(String name, long millis) {
		return new WarmUp() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public void warmUp(LocalDate today) {
				WarmUpsTests.this.mostAtOnce.accumulateAndGet(WarmUpsTests.this.running.incrementAndGet(), Math::max);
				try {
					Thread.sleep(millis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				WarmUpsTests.this.running.decrementAndGet();
				WarmUpsTests.this.runs.add(
						name + " " + today + " as " + SecurityContextHolder.getContext().getAuthentication().getName());
			}
		};
	}

	private WarmUps warmUps(boolean enabled, WarmUp... warmUps) {
		return warmUps(enabled, Duration.ofMillis(300), warmUps);
	}

	private WarmUps warmUps(boolean enabled, Duration delay, WarmUp... warmUps) {
		return warmUps(this.version, enabled, delay, Duration.ofSeconds(60), warmUps);
	}

	/** Warm-ups on {@code version}, started at most {@code startWait} before ready. */
	private static WarmUps warmUps(GraphVersion version, Duration startWait, WarmUp... warmUps) {
		return warmUps(version, true, Duration.ofMillis(300), startWait, warmUps);
	}

	private static WarmUps warmUps(GraphVersion version, boolean enabled, Duration delay, Duration startWait,
			WarmUp... warmUps) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < warmUps.length; i++) {
			beans.registerSingleton("warmUp" + i, warmUps[i]);
		}
		return new WarmUps(beans.getBeanProvider(WarmUp.class),
				Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC),
				new CacheProperties(4, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(2), enabled,
						delay, Duration.ofSeconds(2), startWait),
				version);
	}

	/** A warm-up of the server's own paths (no data), recorded as "server". */
	private WarmUp serverPaths() {
		return new WarmUp() {
			@Override
			public String name() {
				return "server";
			}

			@Override
			public boolean needsData() {
				return false;
			}

			@Override
			public void warmUp(LocalDate today) {
				WarmUpsTests.this.runs.add("server");
			}
		};
	}

	@Test
	void onceReadyEveryWarmUpRunsOnceForTodayAsTheSystem() {
		WarmUps warmUps = warmUps(true, warmUp("coverage", 10), warmUp("isolation", 10));
		// Writes before the server is ready (the demo city loading) start nothing.
		this.version.changed();
		assertThat(this.runs).isEmpty();
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 2);
		// The cold run at start computes them side by side.
		assertThat(this.runs).containsExactlyInAnyOrder("coverage 2026-10-01 as system",
				"isolation 2026-10-01 as system");
	}

	@Test
	void writesDuringARunOrItsDelayLeadToOneMoreRunNeverTwoAtOnce() throws InterruptedException {
		WarmUps warmUps = warmUps(true, warmUp("coverage", 200));
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 1);
		// A burst of writes: one more run, 300 ms after.
		for (int i = 0; i < 20; i++) {
			this.version.changed();
			Thread.sleep(5);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 2);
		Thread.sleep(800);
		assertThat(this.runs).hasSize(2);
		// Writes while a run goes on: it finishes, then one more.
		this.version.changed();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.running.get() == 1);
		this.version.changed();
		this.version.changed();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 4);
		Thread.sleep(800);
		assertThat(this.runs).hasSize(4);
		assertThat(this.mostAtOnce).hasValue(1);
	}

	@Test
	void theColdRunAtStartDoesNotSetThePaceOfTheRunsAfterWrites() {
		AtomicInteger calls = new AtomicInteger();
		WarmUp coldFirst = new WarmUp() {
			@Override
			public String name() {
				return "coverage";
			}

			@Override
			public void warmUp(LocalDate today) {
				try {
					Thread.sleep((calls.getAndIncrement() == 0) ? 1000 : 10);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		WarmUps warmUps = warmUps(true, coldFirst);
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> !warmUps.busy());
		this.version.changed();
		// 300 ms after the write, not five times the cold run's second.
		await().atMost(Duration.ofMillis(2500)).until(() -> calls.get() == 2);
	}

	@Test
	void aWriterOfOurOwnWaitsForARunBegunAfterItsWriteNotForTheDelay() {
		WarmUps warmUps = warmUps(true, Duration.ofSeconds(30), warmUp("coverage", 1000));
		// Before the server is ready nobody waits.
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(5))).isFalse();
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 1 && !warmUps.busy());
		// Nothing written since the last run: no wait, no run.
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(5))).isTrue();
		this.version.changed();
		long started = System.nanoTime();
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(20))).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.runs).hasSize(2);
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(5))).isTrue();
		assertThat(this.runs).hasSize(2);
		// A write right after a writer's wait ended (a script's commits one after
		// another) does not wait; its run comes after the delay.
		this.version.changed();
		started = System.nanoTime();
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(20))).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
		assertThat(this.runs).hasSize(2);
		// A second later a writer waits again.
		sleep(Duration.ofNanos(WarmUps.STREAM_GAP_NANOS).plusMillis(100));
		this.version.changed();
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(20))).isTrue();
		assertThat(this.runs).hasSize(3);
		sleep(Duration.ofNanos(WarmUps.STREAM_GAP_NANOS).plusMillis(100));
		// Writes in a stream: while a run goes on, the writer does not wait, and the run
		// after its write comes in its turn.
		this.version.changed();
		Thread writer = Thread.ofVirtual().start(() -> warmUps.awaitFresh(Duration.ofSeconds(20)));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.running.get() == 1);
		this.version.changed();
		started = System.nanoTime();
		assertThat(warmUps.awaitFresh(Duration.ofSeconds(20))).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
		assertThat(warmUps.busy()).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> !writer.isAlive());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 4);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aWriterWaitsAtMostItsLimitAndTheRunGoesOn() {
		WarmUps warmUps = warmUps(true, Duration.ofSeconds(30), warmUp("coverage", 1500));
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 1 && !warmUps.busy());
		this.version.changed();
		assertThat(warmUps.awaitFresh(Duration.ofMillis(200))).isFalse();
		assertThat(warmUps.awaitFresh(Duration.ZERO)).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 2);
		assertThat(warmUps.awaitFresh(Duration.ofMillis(200))).isTrue();
	}

	@Test
	void atStartAGraphWithoutDataWarmsOnlyTheServersOwnPathsAndItsFirstWriteEverything() {
		GraphVersion empty = new GraphVersion(null,
				new CacheProperties(4, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(2), true,
						Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(60))) {
			@Override
			public boolean isEmpty() {
				return true;
			}
		};
		WarmUps warmUps = warmUps(empty, Duration.ofSeconds(60), serverPaths(), warmUp("coverage", 10));
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.runs.isEmpty() && !warmUps.busy());
		assertThat(this.runs).containsExactly("server");
		empty.changed();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 2);
		// The server's own paths run once, at start; writes bring the answers.
		assertThat(this.runs).containsExactly("server", "coverage 2026-10-01 as system");
	}

	/**
	 * The answers' warm-ups begin when Spring has built the warm-ups, before the server
	 * is ready; the server is ready (healthy) once they and the server's own paths have
	 * run.
	 */
	@Test
	void theStartsAnswersBeginBeforeTheServerIsReadyWhichWaitsForThem() {
		WarmUps warmUps = warmUps(this.version, Duration.ofSeconds(60), serverPaths(), warmUp("isolation", 600));
		AnswersReadiness readiness = readiness(warmUps);
		assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		warmUps.afterPropertiesSet();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.running.get() == 1);
		// The answers compute; the server is not ready yet, and its own paths wait for
		// it.
		assertThat(this.runs).isEmpty();
		assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> readiness.health().getStatus().equals(Status.UP));
		assertThat(this.runs).containsExactlyInAnyOrder("server", "isolation 2026-10-01 as system");
		// A second ready event (or a second build) starts no second start run.
		warmUps.onReady();
		warmUps.afterPropertiesSet();
		assertThat(this.runs).hasSize(2);
	}

	/**
	 * {@code horizon.exit-when-ready}: the application closes and exits with 0 once the
	 * server is ready, not before (the training run of the README's AOT cache).
	 */
	@Test
	void exitWhenReadyExitsWithZeroOnceTheServerIsReady() throws InterruptedException {
		WarmUps warmUps = warmUps(this.version, Duration.ofSeconds(60), serverPaths(), warmUp("isolation", 300));
		AtomicInteger exitCode = new AtomicInteger(-1);
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		warmUps.afterPropertiesSet();
		new ExitWhenReady(warmUps, exitCode::set)
			.onReady(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		Thread.sleep(500);
		// The answers are kept, but the server's own paths have not run: not ready yet.
		assertThat(exitCode.get()).isEqualTo(-1);
		assertThat(context.isActive()).isTrue();
		warmUps.onReady();
		await().atMost(Duration.ofSeconds(10)).until(() -> exitCode.get() == 0);
		assertThat(context.isActive()).isFalse();
		assertThat(this.runs).containsExactlyInAnyOrder("server", "isolation 2026-10-01 as system");
	}

	@Test
	void aStartWarmUpLongerThanTheStartWaitLeavesTheServerReadyAnyway() {
		WarmUps warmUps = warmUps(this.version, Duration.ofMillis(500), warmUp("isolation", 5000));
		warmUps.afterPropertiesSet();
		warmUps.onReady();
		assertThat(readiness(warmUps).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		await().atMost(Duration.ofSeconds(3)).until(() -> warmUps.startedWarm());
		assertThat(this.runs).isEmpty();
		assertThat(readiness(warmUps).health().getStatus()).isEqualTo(Status.UP);
	}

	private static AnswersReadiness readiness(WarmUps warmUps) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("warmUps", warmUps);
		return new AnswersReadiness(beans.getBeanProvider(WarmUps.class));
	}

	@Test
	void offMeansReadyAtOnce() {
		WarmUps warmUps = warmUps(false, warmUp("coverage", 10));
		assertThat(readiness(warmUps).health().getStatus()).isEqualTo(Status.UP);
	}

	/**
	 * With an in-process database every commit but an importer's waits for the run after
	 * it: whoever reads after a write over Bolt (an analyst, a script) finds the answers
	 * computed anew.
	 */
	@Test
	void aCommitOverBoltWaitsForTheRunAfterItAnImportersDoesNot() {
		DatabaseManagementService dbms = TestNeo4j.harness().databaseManagementService();
		TransactionEventListener<Object> listener = this.version.listenTo(dbms);
		try (Driver driver = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none())) {
			WarmUps warmUps = warmUps(true, Duration.ofSeconds(30), warmUp("coverage", 300));
			warmUps.onReady();
			await().atMost(Duration.ofSeconds(10)).until(() -> this.runs.size() == 1);
			driver.executableQuery("CREATE (:__WarmUpsTest)").execute();
			// The run begun after the commit finished before the writer heard of it.
			assertThat(this.runs).hasSize(2);
			try (Session session = driver.session()) {
				session.executeWrite((tx) -> tx.run("CREATE (:__WarmUpsTest)").consume(),
						TransactionConfig.builder().withMetadata(GraphVersion.BULK_WRITE).build());
			}
			// An importer's commit does not wait (its run comes after the delay).
			assertThat(this.runs).hasSize(2);
			driver.executableQuery("MATCH (n:__WarmUpsTest) DELETE n").execute();
		}
		finally {
			dbms.unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
		}
	}

	@Test
	void offMeansNeverRun() throws InterruptedException {
		WarmUps warmUps = warmUps(false, warmUp("coverage", 10));
		warmUps.onReady();
		this.version.changed();
		Thread.sleep(500);
		assertThat(this.runs).isEmpty();
	}

	@Test
	void aFailingWarmUpDoesNotStopTheOthers() {
		WarmUp failing = new WarmUp() {
			@Override
			public String name() {
				return "failing";
			}

			@Override
			public void warmUp(LocalDate today) {
				throw new IllegalStateException("no database");
			}
		};
		WarmUps warmUps = warmUps(true, failing, warmUp("isolation", 10));
		assertThat(warmUps.runAll()).hasSize(2);
		assertThat(this.runs).containsExactly("isolation 2026-10-01 as system");
	}

}
