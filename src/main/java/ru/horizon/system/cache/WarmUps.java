package ru.horizon.system.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.horizon.system.security.Access;

/**
 * Runs every {@link WarmUp} once the server is ready and again
 * {@code horizon.cache.warm-up-delay} after a write (writes within the delay, or during a
 * run, lead to one more run, never to runs beside each other; runs after writes are at
 * least five times their own length apart, so a stream of writes gives the warm-up at
 * most a sixth of a core), on a virtual thread as the system user. Measured at scale 1 on
 * a cold server: the first isolation list took 7 s and the first plan 7 s where a warm
 * one takes 35 ms and 0.35 s (Cypher planning and the JIT, then the answer itself); after
 * the warm-up the first reader gets the kept answer. Off with
 * {@code horizon.cache.warm-up=false}; not run by the command line's verbs.
 */
@Component
@ConditionalOnWebApplication
public class WarmUps {

	private static final Log log = LogFactory.getLog(WarmUps.class);

	private final ObjectProvider<WarmUp> warmUps;

	private final Clock clock;

	private final boolean enabled;

	private final long delayMillis;

	private final AtomicBoolean pending = new AtomicBoolean();

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile boolean ready;

	private volatile long lastRunMillis;

	WarmUps(ObjectProvider<WarmUp> warmUps, Clock clock, CacheProperties settings, GraphVersion graphVersion) {
		this.warmUps = warmUps;
		this.clock = clock;
		this.enabled = settings.warmUp();
		this.delayMillis = settings.warmUpDelay().toMillis();
		if (this.enabled) {
			graphVersion.onChange(this::afterWrite);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			this.ready = true;
			request(false);
		}
	}

	private void afterWrite() {
		if (this.ready) {
			request(true);
		}
	}

	/**
	 * Asks for a run: starts one unless one is waiting or running (then it runs once more
	 * after it).
	 * @param delayed whether to wait the delay first (after a write: later writes of the
	 * same burst join this run)
	 */
	private void request(boolean delayed) {
		this.pending.set(true);
		if (this.running.compareAndSet(false, true)) {
			Thread.ofVirtual().name("warm-up").start(() -> loop(delayed));
		}
	}

	private void loop(boolean delayFirst) {
		try {
			boolean delay = delayFirst;
			while (this.pending.get()) {
				if (delay) {
					// At least five times the last run's length: under a stream of writes
					// the warm-up takes at most a sixth of a core.
					Thread.sleep(Math.max(this.delayMillis, 5 * this.lastRunMillis));
				}
				// The run at start is cold (and may share the machine with the demo
				// city's
				// import): it does not set the pace of the runs after writes.
				boolean afterWrite = delay;
				delay = true;
				this.pending.set(false);
				long started = System.nanoTime();
				runAll();
				if (afterWrite) {
					this.lastRunMillis = (System.nanoTime() - started) / 1_000_000;
				}
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

	/** Whether a run is waiting or going on. */
	boolean busy() {
		return this.running.get();
	}

	/** Runs every warm-up once, now, on this thread; returns what each took (ms). */
	List<Long> runAll() {
		LocalDate today = LocalDate.now(this.clock);
		List<WarmUp> all = this.warmUps.orderedStream().toList();
		List<Long> millis = new java.util.ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (WarmUp warmUp : all) {
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
			long took = (System.nanoTime() - started) / 1_000_000;
			millis.add(took);
			report.append(report.isEmpty() ? "" : ", ").append(warmUp.name()).append(' ').append(took).append(" ms");
		}
		if (!all.isEmpty()) {
			log.info("Answers of %s computed ahead of the first reader: %s".formatted(today, report));
		}
		return millis;
	}

}
