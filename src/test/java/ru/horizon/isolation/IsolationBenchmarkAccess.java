package ru.horizon.isolation;

/** Lets the benchmark profile the isolation query. */
public final class IsolationBenchmarkAccess {

	private IsolationBenchmarkAccess() {
	}

	public static String query() {
		return IsolationService.QUERY;
	}

}
