package ru.horizon.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded load on loopback: a fixed number of clients for a fixed time against the main
 * questions, one of them writing (mentorCandidates, then assignMentor of the best
 * candidate). Afterwards every write must be found: coverage at the day of the new pairs
 * must have grown by exactly the number of pairs assigned.
 */
final class Load {

	/**
	 * @param seconds how long it ran
	 * @param clients readers plus the one writer
	 * @param latencies by question, every latency in nanoseconds
	 * @param errors failed requests (transport, HTTP or GraphQL errors) of the readers
	 * and writer
	 * @param firstError the first of them
	 * @param assigned pairs the writer assigned
	 * @param refused assignments refused with a domain error (e.g. a mentor at capacity)
	 * @param firstRefusal the first refusal
	 * @param coveredBefore young teachers covered at the day, before
	 * @param coveredAfter the same, after
	 */
	record Result(int seconds, int clients, Map<String, Stats> latencies, int errors, String firstError, int assigned,
			int refused, String firstRefusal, long coveredBefore, long coveredAfter) {

		int requests() {
			return this.latencies.values().stream().mapToInt(Stats::count).sum() + this.errors;
		}

		boolean nothingLost() {
			return this.coveredAfter - this.coveredBefore == this.assigned;
		}

	}

	private Load() {
	}

	static Result run(GraphQlCaller caller, List<Question> readers, Question candidates, List<String> menteesToAssign,
			LocalDate asOf, int seconds, int clients) throws InterruptedException {
		String coverage = Question.document("mentoringCoverage");
		String assign = Question.document("assignMentor");
		long coveredBefore = covered(caller.call(coverage, Map.of("asOf", asOf.toString())));
		Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		AtomicInteger assigned = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicReference<String> firstRefusal = new AtomicReference<>();
		AtomicInteger sequence = new AtomicInteger();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients - 1; c++) {
			int client = c;
			threads.add(Thread.ofPlatform().name("load-reader-" + c).start(() -> {
				int i = client;
				while (System.nanoTime() < deadline) {
					Question question = readers.get(i++ % readers.size());
					long started = System.nanoTime();
					try {
						caller.call(question.document(), question.variables().apply(sequence.getAndIncrement()));
						latencies
							.computeIfAbsent(question.name(), (k) -> Collections.synchronizedList(new ArrayList<>()))
							.add(System.nanoTime() - started);
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, question.name() + ": " + ex.getMessage());
					}
				}
			}));
		}
		threads.add(Thread.ofPlatform().name("load-writer").start(() -> {
			for (String mentee : menteesToAssign) {
				if (System.nanoTime() >= deadline) {
					break;
				}
				long started = System.nanoTime();
				String mentor;
				try {
					Map<String, Object> data = caller.call(candidates.document(),
							Map.of("menteeId", mentee, "asOf", asOf.toString()));
					latencies
						.computeIfAbsent("mentorCandidates (writer)",
								(k) -> Collections.synchronizedList(new ArrayList<>()))
						.add(System.nanoTime() - started);
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> list = (List<Map<String, Object>>) data.get("mentorCandidates");
					if (list.isEmpty()) {
						continue;
					}
					@SuppressWarnings("unchecked")
					Map<String, Object> teacher = (Map<String, Object>) list.get(0).get("teacher");
					mentor = (String) teacher.get("id");
				}
				catch (RuntimeException ex) {
					errors.incrementAndGet();
					firstError.compareAndSet(null, "mentorCandidates: " + ex.getMessage());
					continue;
				}
				started = System.nanoTime();
				try {
					caller.call(assign, Map.of("input",
							Map.of("mentorId", mentor, "menteeId", mentee, "startedOn", asOf.toString())));
					latencies.computeIfAbsent("assignMentor", (k) -> Collections.synchronizedList(new ArrayList<>()))
						.add(System.nanoTime() - started);
					assigned.incrementAndGet();
				}
				catch (RuntimeException ex) {
					String message = String.valueOf(ex.getMessage());
					if (message.contains("BAD_REQUEST") || message.contains("classification=ValidationError")) {
						refused.incrementAndGet();
						firstRefusal.compareAndSet(null, message);
					}
					else {
						errors.incrementAndGet();
						firstError.compareAndSet(null, "assignMentor: " + message);
					}
				}
			}
		}));
		for (Thread thread : threads) {
			thread.join();
		}
		long coveredAfter = covered(caller.call(coverage, Map.of("asOf", asOf.toString())));
		Map<String, Stats> stats = new LinkedHashMap<>();
		latencies.forEach((name, list) -> stats.put(name, Stats.of(list, seconds * 1_000_000_000L, 0)));
		return new Result(seconds, clients, stats, errors.get(), firstError.get(), assigned.get(), refused.get(),
				firstRefusal.get(), coveredBefore, coveredAfter);
	}

	@SuppressWarnings("unchecked")
	private static long covered(Map<String, Object> data) {
		Map<String, Object> coverage = (Map<String, Object>) data.get("mentoringCoverage");
		Map<String, Object> young = (Map<String, Object>) coverage.get("youngTeachers");
		return ((Number) young.get("covered")).longValue();
	}

}
