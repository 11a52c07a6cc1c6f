package ru.horizon.system;

import java.time.LocalDate;

/**
 * The dates Horizon accepts, wherever a date comes in (the GraphQL {@code Date} scalar,
 * the exports' {@code asOf}, {@code from} and {@code to}): from {@link #EARLIEST} to
 * {@link #LATEST}. Outside, a date is a bad request before any work, so no month count
 * can overflow (issue 18: {@code -999999999-01-01}, {@code +999999999-12-31}).
 */
public final class DateBounds {

	/** The earliest date accepted. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date accepted. */
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private DateBounds() {
	}

	/** True when {@code date} is accepted. */
	public static boolean accepts(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	/**
	 * Checks dates given to a REST endpoint.
	 * @throws DomainException BAD_REQUEST naming the first date outside the bounds
	 */
	public static void check(LocalDate... dates) {
		for (LocalDate date : dates) {
			if (date != null && !accepts(date)) {
				throw DomainException.badRequest("The date %s is outside %s to %s".formatted(date, EARLIEST, LATEST));
			}
		}
	}

}
