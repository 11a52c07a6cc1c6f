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
		// minutes.
		// Three runs' time (at least 2 s): the JIT needs thousands of answers before the
		// code of
		// a fast question is compiled, and the first mode measured must not pay for the
		// others.
		long warmupBudget = Math.max(2_000L, 3 * runMillis) * 1_000_000L;
		long warmupNanos = 0;
		long lastNanos = 0;
		int warmups = 0;
		String firstError = null;
		while (warmups < 3 || (warmups < 5_000 && warmupNanos < warmupBudget)) {
			long started = System.nanoTime();
			try {
				caller.call(question.document(), question.variables().apply(sequence.getAndIncrement()));
			}
			catch (RuntimeException ex) {
				return new Outcome(null, GraphQlCaller.abbreviate(String.valueOf(ex.getMessage())));
			}
			long took = System.nanoTime() - started;
			warmupNanos += took;
			lastNanos = took;
			warmups++;
			if (took > 1_000_000_000L && warmups >= 2) {
				break;
			}
		}
		// The last warm-up answer sizes the runs: the first ones may include filling
		// caches.
		double latencyMillis = lastNanos / 1e6;
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
