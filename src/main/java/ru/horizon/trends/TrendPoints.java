package ru.horizon.trends;

/** Where the points of a trend fall. */
public enum TrendPoints {

	/**
	 * One point per school year (учебный год), 1 September to 31 August (the current one
	 * up to today): ties over the year, stocks on its last day.
	 */
	SCHOOL_YEAR,

	/**
	 * One point per 1 October, the day of the yearly mentoring monitoring: stocks that
	 * day, ties over the 12 months up to it.
	 */
	OCTOBER_FIRST

}
