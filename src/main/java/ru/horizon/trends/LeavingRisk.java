package ru.horizon.trends;

/**
 * Whether isolated young teachers left more often than the others: a two-by-two table and
 * its relative risk (относительный риск) with a 95% confidence interval by the log method
 * (Katz et al., 1978): {@code exp(ln RR +- 1.96 sqrt(1/a - 1/n1 + 1/c - 1/n0))}.
 *
 * @param organizationKind the kind of the teachers' main organization on the day, null
 * for all kinds
 * @param isolated isolated young teachers (n1)
 * @param isolatedLeft those of them who left within 12 months (a)
 * @param notIsolated the other young teachers (n0)
 * @param notIsolatedLeft those of them who left (c)
 * @param isolatedLeavingShare a / n1, null when n1 is 0
 * @param notIsolatedLeavingShare c / n0, null when n0 is 0
 * @param relativeRisk (a / n1) / (c / n0); null when a cell makes it undefined or
 * infinite (a, c, n1 or n0 zero)
 * @param lower95 lower end of the 95% interval, null with the risk
 * @param upper95 upper end, null with the risk
 */
public record LeavingRisk(String organizationKind, int isolated, int isolatedLeft, int notIsolated, int notIsolatedLeft,
		Double isolatedLeavingShare, Double notIsolatedLeavingShare, Double relativeRisk, Double lower95,
		Double upper95) {

	/** 1.96: the two-sided 95% quantile of the normal distribution. */
	static final double Z95 = 1.959963984540054;

	/** The risk of a table. */
	static LeavingRisk of(String organizationKind, int isolated, int isolatedLeft, int notIsolated,
			int notIsolatedLeft) {
		Double p1 = (isolated > 0) ? (double) isolatedLeft / isolated : null;
		Double p0 = (notIsolated > 0) ? (double) notIsolatedLeft / notIsolated : null;
		if (isolatedLeft == 0 || notIsolatedLeft == 0) {
			return new LeavingRisk(organizationKind, isolated, isolatedLeft, notIsolated, notIsolatedLeft, p1, p0, null,
					null, null);
		}
		double rr = p1 / p0;
		double se = Math.sqrt(1.0 / isolatedLeft - 1.0 / isolated + 1.0 / notIsolatedLeft - 1.0 / notIsolated);
		return new LeavingRisk(organizationKind, isolated, isolatedLeft, notIsolated, notIsolatedLeft, p1, p0, rr,
				Math.exp(Math.log(rr) - Z95 * se), Math.exp(Math.log(rr) + Z95 * se));
	}

}
