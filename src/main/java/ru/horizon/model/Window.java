package ru.horizon.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A window of days {@code [from, to]}, both included: the span over which learning ties
 * and participations are counted.
 * <p>
 * The look-back window of model.md (isolation, the PROXIMITY and NETWORK_GAIN factors of
 * a recommendation) is {@link #lookback(LocalDate, int)}: {@code (d - L months, d]}, that
 * is from {@code d - L months + 1 day} to {@code d}, one half-open window wherever it is
 * used. Queries read it as the parameters {@code $from} and {@code $to}
 * ({@link #parameters()}, {@link #FROM}, {@link #TO}).
 *
 * @param from the first day
 * @param to the last day
 */
public record Window(LocalDate from, LocalDate to) {

	/** The first day of the window in a query: {@code $from}. */
	public static final Day FROM = Day.parameter("from");

	/** The last day of the window in a query: {@code $to}. */
	public static final Day TO = Day.parameter("to");

	public Window {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("a window needs from <= to, was [%s, %s]".formatted(from, to));
		}
	}

	/**
	 * The look-back window of {@code months} whole months ending on {@code day}:
	 * {@code (day - months, day]}.
	 * @param day the last day, included
	 * @param months the length in months, at least 1
	 */
	public static Window lookback(LocalDate day, int months) {
		if (months < 1) {
			throw new IllegalArgumentException("a look-back needs at least one month, was " + months);
		}
		return new Window(day.minusMonths(months).plusDays(1), day);
	}

	/** Whether {@code day} lies in the window. */
	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	/** The parameters {@code from} and {@code to}. */
	public Map<String, Object> parameters() {
		return Map.of("from", this.from, "to", this.to);
	}

}
