package ru.horizon.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one question with a fixed number of concurrent clients: a warm-up, then several
 * runs of a fixed number of requests each, every latency kept.
 */
final class Measure {

	/**
	 * @param summary medians over the runs
	 * @param firstError the first error seen, or null
	 */
	record Outcome(Stats.Summary summary, String firstError) {
	}

	private Measure() {
	}

	static Outcome question(GraphQlCaller caller, Question question, int clients, int runs, long runMillis) {
		AtomicInteger sequence = new AtomicInteger();
		// Warm-up: compiles the code paths and fills the caches a server has in its first
		// minutes. Three runs' time (at least 2 s): the JIT needs thousands of answers
		// before the code of a fast question is compiled, and the first mode measured
		// must
		// not pay for the others. A rotation's first round whole (at most 2 min), however
		// long it takes: its answers are computed, the measured ones kept.
		long warmupBudget = Math.max(2_000L, 3 * runMillis) * 1_000_000L;
		long warmupNanos = 0;
		long lastNanos = 0;
		long previousNanos = 0;
		int warmups = 0;
		String firstError = null;
		List<Long> warmupLatencies = new ArrayList<>();
		int atLeast = Math.max(3, question.firstRound());
		long firstRoundDeadline = System.nanoTime() + 120_000_000_000L;
		while ((warmups < atLeast && System.nanoTime() < firstRoundDeadline)
				|| (warmups < 5_000 && warmupNanos < warmupBudget)) {
			long started = System.nanoTime();
			try {
				caller.call(question.document(), question.variables().apply(sequence.getAndIncrement()));
			}
			catch (RuntimeException ex) {
				return new Outcome(null, GraphQlCaller.abbreviate(String.valueOf(ex.getMessage())));
			}
			long took = System.nanoTime() - started;
			warmupNanos += took;
			previousNanos = lastNanos;
			lastNanos = took;
			warmupLatencies.add(took);
			warmups++;
			// A slow question (two slow answers in a row) warms up with three; one slow
			// answer among fast ones is a cold cache or a collection, and the warm-up
			// goes on (stopping there measured the first round of a rotation as kept
			// answers, and sized the runs by the cold answer).
			if (took > 1_000_000_000L && previousNanos > 1_000_000_000L && warmups >= atLeast) {
				break;
			}
		}
		// The last warm-up answers size the runs (the median of the last ten): the first
		// ones may include filling caches, and one may meet a collection.
		List<Long> last = new ArrayList<>(
				warmupLatencies.subList(Math.max(0, warmupLatencies.size() - 10), warmupLatencies.size()));
		Collections.sort(last);
		double latencyMillis = last.get(last.size() / 2) / 1e6;
		int perRun = (int) Math.max(clients,
				Math.min(clients * 40L, runMillis * clients / Math.max(latencyMillis, 0.5)));
		if (latencyMillis > 2000) {
			runs = Math.min(runs, 3);
			perRun = clients;
		}
		List<Stats> results = new ArrayList<>();
		AtomicReference<String> error = new AtomicReference<>();
		for (int run = 0; run < runs; run++) {
			results.add(run(caller, question, clients, perRun, sequence, error));
		}
		if (firstError == null) {
			firstError = error.get();
		}
		return new Outcome(Stats.Summary.of(results), firstError);
	}

	private static Stats run(GraphQlCaller caller, Question question, int clients, int requests, AtomicInteger sequence,
			AtomicReference<String> error) {
		AtomicInteger tickets = new AtomicInteger(requests);
		AtomicInteger errors = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				while (tickets.getAndDecrement() > 0) {
					long started = System.nanoTime();
					try {
						caller.call(question.document(), question.variables().apply(sequence.getAndIncrement()));
						latencies.add(System.nanoTime() - started);
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
						error.compareAndSet(null, GraphQlCaller.abbreviate(String.valueOf(ex.getMessage())));
					}
				}
			}));
		}
		long started = System.nanoTime();
		start.countDown();
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return Stats.of(latencies, System.nanoTime() - started, errors.get());
	}

}
