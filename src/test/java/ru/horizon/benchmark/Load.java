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
 * A bounded load on loopback: readers and writers for a fixed time against the main
 * questions; each writer asks mentorCandidates, then assigns the best candidate
 * (assignMentor), over its own share of the mentees. Readers are never refused and never
 * wait for a recomputation longer than {@code horizon.cache.refresh-wait}: answers
 * computed before the latest write are counted apart (stale). Afterwards every write must
 * be found: coverage at the day of the new pairs, asked until the answer is fresh, must
 * have grown by exactly the number of pairs assigned.
 */
final class Load {

	/**
	 * @param seconds how long it ran
	 * @param readers reading clients
	 * @param writers writing clients
	 * @param latencies by question, every latency in nanoseconds
	 * @param errors failed requests (transport, HTTP or GraphQL errors) of the readers
	 * and writer
	 * @param firstError the first of them
	 * @param assigned pairs the writer assigned
	 * @param refused assignments refused with a domain error (e.g. a mentor at capacity)
	 * @param firstRefusal the first refusal
	 * @param coveredBefore young teachers covered at the day, before
	 * @param coveredAfter the same, after
	 * @param staleAnswers reader answers served from before the latest write while the
	 * fresh one computed
	 */
	record Result(int seconds, int readers, int writers, Map<String, Stats> latencies, int errors, String firstError,
			int assigned, int refused, String firstRefusal, long coveredBefore, long coveredAfter, int staleAnswers) {

		int requests() {
			return this.latencies.values().stream().mapToInt(Stats::count).sum() + this.errors;
		}

		boolean nothingLost() {
			return this.coveredAfter - this.coveredBefore == this.assigned;
		}

	}

	private Load() {
	}

	/**
	 * @param caller the caller of the checks before and after
	 * @param person the caller of client i (readers 0..r-1, then writers): each client is
	 * a person of its own, as the per-user limits of the server expect
	 */
	static Result run(GraphQlCaller caller, java.util.function.IntFunction<GraphQlCaller> person,
			List<Question> readers, Question candidates, List<String> menteesToAssign, LocalDate asOf, int seconds,
			int readerCount, int writerCount) throws InterruptedException {
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
		AtomicInteger stale = new AtomicInteger();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < readerCount; c++) {
			int client = c;
			GraphQlCaller reader = person.apply(c);
			threads.add(Thread.ofPlatform().name("load-reader-" + c).start(() -> {
				int i = client;
				while (System.nanoTime() < deadline) {
					Question question = readers.get(i++ % readers.size());
					long started = System.nanoTime();
					try {
						reader.call(question.document(), question.variables().apply(sequence.getAndIncrement()));
						if (GraphQlCaller.LAST_STALE.get()) {
							stale.incrementAndGet();
						}
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
		for (int w = 0; w < writerCount; w++) {
			List<String> share = new ArrayList<>();
			for (int i = w; i < menteesToAssign.size(); i += writerCount) {
				share.add(menteesToAssign.get(i));
			}
			GraphQlCaller writer = person.apply(readerCount + w);
			threads.add(Thread.ofPlatform()
				.name("load-writer-" + w)
				.start(() -> write(writer, candidates, assign, share, asOf, deadline, latencies, errors, firstError,
						assigned, refused, firstRefusal)));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long coveredAfter = freshCovered(caller, coverage, asOf);
		Map<String, Stats> stats = new LinkedHashMap<>();
		latencies.forEach((name, list) -> stats.put(name, Stats.of(list, seconds * 1_000_000_000L, 0)));
		return new Result(seconds, readerCount, writerCount, stats, errors.get(), firstError.get(), assigned.get(),
				refused.get(), firstRefusal.get(), coveredBefore, coveredAfter, stale.get());
	}

	/** Coverage once the answer is fresh (asked again while it says it is not). */
	private static long freshCovered(GraphQlCaller caller, String coverage, LocalDate asOf)
			throws InterruptedException {
		long until = System.nanoTime() + 120_000_000_000L;
		while (true) {
			Map<String, Object> data = caller.call(coverage, Map.of("asOf", asOf.toString()));
			if (!GraphQlCaller.LAST_STALE.get() || System.nanoTime() > until) {
				return covered(data);
			}
			Thread.sleep(500);
		}
	}

	private static void write(GraphQlCaller caller, Question candidates, String assign, List<String> mentees,
			LocalDate asOf, long deadline, Map<String, List<Long>> latencies, AtomicInteger errors,
			AtomicReference<String> firstError, AtomicInteger assigned, AtomicInteger refused,
			AtomicReference<String> firstRefusal) {
		for (String mentee : mentees) {
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
				caller.call(assign,
						Map.of("input", Map.of("mentorId", mentor, "menteeId", mentee, "startedOn", asOf.toString())));
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
	}

	@SuppressWarnings("unchecked")
	private static long covered(Map<String, Object> data) {
		Map<String, Object> coverage = (Map<String, Object>) data.get("mentoringCoverage");
		Map<String, Object> young = (Map<String, Object>) coverage.get("youngTeachers");
		return ((Number) young.get("covered")).longValue();
	}

}
