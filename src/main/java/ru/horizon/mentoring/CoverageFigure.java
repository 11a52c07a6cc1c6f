package ru.horizon.mentoring;

/**
 * Coverage of one group of teachers by mentoring against a target.
 *
 * @param total teachers in the group
 * @param covered those mentored
 * @param share covered / total, 1.0 when total is 0
 * @param target the target share
 * @param met share >= target
 */
public record CoverageFigure(int total, int covered, double share, double target, boolean met) {

	public static CoverageFigure of(int total, int covered, double target) {
		double share = (total == 0) ? 1.0 : (double) covered / total;
		return new CoverageFigure(total, covered, share, target, share >= target);
	}

}
