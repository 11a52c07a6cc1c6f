package ru.horizon.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Latencies of one run and the figures the report takes from them.
 *
 * @param nanos every latency of the run, in nanoseconds
 * @param wallNanos how long the run took, start of the first request to end of the last
 * @param errors requests that failed (transport error, non-200, or a GraphQL error)
 */
record Stats(long[] nanos, long wallNanos, int errors) {

	static Stats of(List<Long> nanos, long wallNanos, int errors) {
		return new Stats(nanos.stream().mapToLong(Long::longValue).toArray(), wallNanos, errors);
	}

	int count() {
		return this.nanos.length;
	}

	/** The q-quantile in milliseconds (nearest rank). */
	double percentileMillis(double q) {
		return percentile(this.nanos, q) / 1e6;
	}

	double p50() {
		return percentileMillis(0.50);
	}

	double p95() {
		return percentileMillis(0.95);
	}

	/** Answers per second over the run's wall time. */
	double throughput() {
		return (this.wallNanos > 0) ? this.nanos.length * 1e9 / this.wallNanos : 0;
	}

	static double percentile(long[] values, double q) {
		if (values.length == 0) {
			return Double.NaN;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	/** The runs of one measurement folded into medians, the way the report shows them. */
	record Summary(int runs, int requests, int errors, double p50, double p95, double throughput, double pooledP95) {

		static Summary of(List<Stats> runs) {
			double[] p50 = runs.stream().mapToDouble(Stats::p50).toArray();
			double[] p95 = runs.stream().mapToDouble(Stats::p95).toArray();
			double[] tput = runs.stream().mapToDouble(Stats::throughput).toArray();
			long[] all = runs.stream().flatMapToLong((r) -> Arrays.stream(r.nanos())).toArray();
			return new Summary(runs.size(), all.length, runs.stream().mapToInt(Stats::errors).sum(), median(p50),
					median(p95), median(tput), percentile(all, 0.95) / 1e6);
		}

	}

}
