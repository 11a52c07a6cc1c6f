package ru.horizon.mentoring;

/**
 * Coverage of one group of teachers by mentoring against a target.
 *
 * @param total teachers in the group
 * @param covered those mentored
 * @param share covered / total; null when total is 0 (no data: nothing to cover is not
 * "100 %")
 * @param target the target share
 * @param met share >= target; null when total is 0
 */
public record CoverageFigure(int total, int covered, Double share, double target, Boolean met) {

	public static CoverageFigure of(int total, int covered, double target) {
		if (total == 0) {
			return new CoverageFigure(0, covered, null, target, null);
		}
		double share = (double) covered / total;
		return new CoverageFigure(total, covered, share, target, share >= target);
	}

}
