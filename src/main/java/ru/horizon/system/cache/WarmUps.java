package ru.horizon.system.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.horizon.system.security.Access;

/**
 * Runs every {@link WarmUp} at start and again after writes, on a virtual thread as the
 * system user, so that the first reader finds the dashboard's answers kept. Measured at
 * scale 1 on a cold server: the first isolation list took 7 s and the first plan 7 s
 * where a warm one takes 35 ms and 0.35 s (Cypher planning and the JIT, then the answer
 * itself); after the warm-up the first reader gets the kept answer.
 * <p>
 * At start the answers' warm-ups begin as soon as this is built (after the migrations,
 * beside the rest of the server's start), the server's own paths'
 * ({@link WarmUp#needsData()} false) once it is ready and the answers are kept; until
 * both have run, at most {@code horizon.cache.start-wait}, the server is not ready
 * ({@link AnswersReadiness}).
 * <p>
 * After a write the writer waits ({@link #awaitFresh(Duration)}): a run starts at once
 * and the writer hears that its write is done once the run has finished, at most
 * {@code horizon.cache.warm-up-wait} later, so whoever reads after the write finds the
 * new answers kept (a writer who comes while a run goes on does not wait: its run comes
 * in its turn). With the embedded database every commit waits so, whoever wrote (an
 * analyst over Bolt, a script, a GraphQL mutation: {@link GraphVersion#afterWrite}), but
 * an importer's ({@link GraphVersion#BULK_WRITE}: the import over HTTP waits once at its
 * end); against a server only this application's writers wait (a GraphQL mutation, an
 * import over HTTP), and a change by someone else seen in the database's counts starts a
 * run {@code horizon.cache.warm-up-delay} later, so that a burst of writes leads to one
 * run. Runs never go on beside each other (writes during a run lead to one more run after
 * it), and a run after a write starts no sooner than five times the previous one's length
 * after its end, so a stream of writes gives the warm-up at most a sixth of a core. Off
 * with {@code horizon.cache.warm-up=false}; not run by the command line's verbs.
 */
@Component
@ConditionalOnWebApplication
@DependsOn("cypherMigrations")
public class WarmUps implements InitializingBean {

	private static final Log log = LogFactory.getLog(WarmUps.class);

	private final ObjectProvider<WarmUp> warmUps;

	private final Clock clock;

	private final GraphVersion graphVersion;

	private final boolean enabled;

	private final long delayNanos;

	private final Duration wait;

	private final AtomicBoolean pending = new AtomicBoolean();

	private final AtomicBoolean running = new AtomicBoolean();

	/** A writer waits: the next run starts without the delay. */
	private final AtomicBoolean urgent = new AtomicBoolean();

	/** Guards {@link #completedVersion}; woken by urgent requests and finished runs. */
	private final Object monitor = new Object();

	private volatile boolean ready;

	/**
	 * A write this soon after a writer's wait ended is one of a stream: it does not wait.
	 */
	static final long STREAM_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** The longest pause a waiting writer's run keeps after the previous run. */
	private static final long URGENT_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** A run computes now. */
	private volatile boolean computing;

	private volatile long lastRunNanos;

	private volatile long lastEndNanos;

	/**
	 * When a writer's wait last ended: a write within {@link #STREAM_GAP_NANOS} of it is
	 * one of a stream.
	 */
	private volatile long lastWaitEndNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

	/** The graph's version when the last finished run began (-1: none yet). */
	private long completedVersion = -1;

	/** Counted down by the start's run of the answers. */
	private final CountDownLatch answersRun = new CountDownLatch(1);

	/**
	 * Counted down when the server's own paths have run, which they do after the answers'
	 * run (or not at all, once {@code horizon.cache.start-wait} has passed).
	 */
	private final CountDownLatch serverPathsRun = new CountDownLatch(1);

	private final AtomicBoolean begun = new AtomicBoolean();

	private final long createdNanos = System.nanoTime();

	private final Duration startWait;

	WarmUps(ObjectProvider<WarmUp> warmUps, Clock clock, CacheProperties settings, GraphVersion graphVersion) {
		this.warmUps = warmUps;
		this.clock = clock;
		this.graphVersion = graphVersion;
		this.enabled = settings.warmUp();
		this.delayNanos = settings.warmUpDelay().toNanos();
		this.wait = settings.warmUpWait();
		this.startWait = settings.startWait();
		if (this.enabled) {
			graphVersion.onChange(this::afterWrite);
			graphVersion.afterWrite(this::awaitFresh);
		}
	}

	/** Built by Spring: the start's run of the answers begins at once. */
	@Override
	public void afterPropertiesSet() {
		begin();
	}

	/**
	 * Begins the start's run of the answers' warm-ups, once: their beans are built here,
	 * on the caller's thread (the one building the application), the run goes on a
	 * virtual thread of its own.
	 */
	void begin() {
		if (this.enabled && this.begun.compareAndSet(false, true)) {
			this.warmUps.orderedStream().count();
			log.info("Computing today's answers ahead of the first reader (the server is ready once they are kept)");
			request(false);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			this.ready = true;
			begin();
			// The server's own paths (HTTP, security, GraphQL) exist only now; they run
			// once today's answers are kept, so that the dashboard's first page asked
			// in-process finds them instead of computing them a second time beside them.
			Thread.ofVirtual().name("warm-up-server").start(() -> {
				try {
					long left = this.startWait.toNanos() - (System.nanoTime() - this.createdNanos);
					if (this.answersRun.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
						runAll(this.warmUps.orderedStream().filter((w) -> !w.needsData()).toList());
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					this.serverPathsRun.countDown();
				}
			});
		}
	}

	/**
	 * Whether the start's warm-ups have run (today's answers kept, the server's own paths
	 * used once), or {@code horizon.cache.start-wait} has passed since the start, or the
	 * warm-up is off.
	 */
	public boolean startedWarm() {
		return !this.enabled || this.serverPathsRun.getCount() == 0
				|| System.nanoTime() - this.createdNanos >= this.startWait.toNanos();
	}

	private void afterWrite() {
		if (this.ready) {
			request(true);
		}
	}

	/**
	 * {@link #awaitFresh(Duration)} for at most {@code horizon.cache.warm-up-wait}: what
	 * the application's writers call after their commit.
	 * @return true when the answers were computed anew after the write
	 */
	public boolean awaitFresh() {
		return awaitFresh(this.wait);
	}

	/**
	 * Called by a writer after its commit: starts a run at once (or once the previous
	 * run's length, at most a second, has passed since its end) and waits until it has
	 * finished, at most {@code max}. Writes in a stream do not wait: when a run goes on
	 * already, or a writer's wait ended less than a second ago (a script's commits one
	 * after another), the run after the write comes in its turn.
	 * @param max the longest wait; zero or negative: none
	 * @return true when the answers were computed anew after the write; false when the
	 * warm-up is off, the server not ready yet, or the wait ran out (the run goes on)
	 */
	public boolean awaitFresh(Duration max) {
		if (!this.enabled || !this.ready || max.isNegative() || max.isZero()) {
			return false;
		}
		long written = this.graphVersion.known();
		synchronized (this.monitor) {
			if (this.completedVersion >= written) {
				return true;
			}
		}
		if (this.computing || System.nanoTime() - this.lastWaitEndNanos < STREAM_GAP_NANOS) {
			// Writes in a stream. The writer does not wait; the run after it comes in
			// its turn.
			request(true);
			return false;
		}
		this.urgent.set(true);
		request(true);
		long deadline = System.nanoTime() + max.toNanos();
		synchronized (this.monitor) {
			this.monitor.notifyAll();
			try {
				while (this.completedVersion < written) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						return false;
					}
					TimeUnit.NANOSECONDS.timedWait(this.monitor, left);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			finally {
				this.lastWaitEndNanos = System.nanoTime();
			}
			return true;
		}
	}

	/**
	 * Asks for a run: starts one unless one is waiting or running (then it runs once more
	 * after it).
	 * @param afterWrite whether the run follows a write (it waits its turn: the delay,
	 * unless a writer waits, and the pace)
	 */
	private void request(boolean afterWrite) {
		this.pending.set(true);
		if (this.running.compareAndSet(false, true)) {
			Thread.ofVirtual().name("warm-up").start(() -> loop(afterWrite));
		}
	}

	private void loop(boolean afterWriteFirst) {
		try {
			boolean afterWrite = afterWriteFirst;
			while (this.pending.get()) {
				if (afterWrite) {
					waitForTurn();
				}
				this.pending.set(false);
				this.urgent.set(false);
				long version = this.graphVersion.known();
				long started = System.nanoTime();
				this.computing = true;
				try {
					// At start on a graph without data (the demo city or a first import
					// on its way) answers have nothing to compute: their warm-ups would
					// only take the cores from the import; its commit brings a run.
					if (afterWrite || !this.graphVersion.isEmpty()) {
						runAll(this.warmUps.orderedStream().filter(WarmUp::needsData).toList());
					}
				}
				finally {
					this.computing = false;
					if (!afterWrite) {
						this.answersRun.countDown();
					}
				}
				// The run at start is cold: it does not set the pace of the runs after
				// writes.
				if (afterWrite) {
					this.lastRunNanos = System.nanoTime() - started;
					this.lastEndNanos = System.nanoTime();
				}
				synchronized (this.monitor) {
					this.completedVersion = Math.max(this.completedVersion, version);
					this.monitor.notifyAll();
				}
				afterWrite = true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.running.set(false);
			if (this.pending.get() && !Thread.currentThread().isInterrupted()) {
				request(true);
			}
		}
	}

	/**
	 * Waits until the delay after the write has passed and five times the last run's
	 * length has passed since its end; when a writer waits, only until the last run's
	 * length (at most a second) has passed since its end.
	 */
	private void waitForTurn() throws InterruptedException {
		long delayEnd = System.nanoTime() + this.delayNanos;
		long paceEnd = (this.lastRunNanos == 0) ? System.nanoTime() : this.lastEndNanos + 5 * this.lastRunNanos;
		long urgentEnd = (this.lastRunNanos == 0) ? System.nanoTime()
				: this.lastEndNanos + Math.min(this.lastRunNanos, URGENT_GAP_NANOS);
		synchronized (this.monitor) {
			while (true) {
				long now = System.nanoTime();
				long start = this.urgent.get() ? urgentEnd : Math.max(delayEnd, paceEnd);
				long left = start - now;
				if (left <= 0) {
					return;
				}
				TimeUnit.NANOSECONDS.timedWait(this.monitor, left);
			}
		}
	}

	/** Whether a run is waiting or going on. */
	boolean busy() {
		return this.running.get();
	}

	/** Runs every warm-up once, now, on this thread; returns what each took (ms). */
	List<Long> runAll() {
		return runAll(this.warmUps.orderedStream().toList());
	}

	/**
	 * Runs {@code all} once for today as the system, one after the other (side by side,
	 * the cold run at start left no core to anyone else: a nation's count of its nodes
	 * beside it ran past the 30 s limit); returns what each took (ms).
	 */
	private List<Long> runAll(List<WarmUp> all) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> millis = all.stream().map((warmUp) -> run(warmUp, today)).toList();
		if (!all.isEmpty()) {
			StringBuilder report = new StringBuilder();
			for (int i = 0; i < all.size(); i++) {
				report.append(report.isEmpty() ? "" : ", ")
					.append(all.get(i).name())
					.append(' ')
					.append(millis.get(i))
					.append(" ms");
			}
			log.info("Answers of %s computed ahead of the first reader: %s".formatted(today, report));
		}
		return millis;
	}

	/** Runs one warm-up as the system; returns what it took (ms); a failure is logged. */
	private static long run(WarmUp warmUp, LocalDate today) {
		long started = System.nanoTime();
		try {
			Access.asSystem(() -> {
				warmUp.warmUp(today);
				return null;
			});
		}
		catch (Exception ex) {
			log.warn("Warm-up of %s failed: %s".formatted(warmUp.name(), ex.getMessage()));
		}
		return (System.nanoTime() - started) / 1_000_000;
	}

}
