package ru.horizon.model;

import java.util.regex.Pattern;

/**
 * The day a definition of {@link Definitions} is evaluated on, as a Cypher expression of
 * type {@code DATE}: a query parameter ({@code $asOf}), a variable bound by the query
 * ({@code date}, {@code key.asOf}) or a property ({@code p.startedOn}).
 * <p>
 * Only the factories make one, and each checks the shape of what it is given, so no
 * feature can pass a fragment of Cypher where a day belongs.
 *
 * @param cypher the expression
 */
public record Day(String cypher) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** The parameter {@code $asOf}: the day a request asks about. */
	public static final Day AS_OF = parameter("asOf");

	public Day {
		if (cypher == null || cypher.isBlank()) {
			throw new IllegalArgumentException("a day needs an expression");
		}
	}

	/** The query parameter {@code $name}. */
	public static Day parameter(String name) {
		return new Day("$" + checked(name));
	}

	/** A variable of the query that holds a date, e.g. {@code date}. */
	public static Day variable(String name) {
		return new Day(checked(name));
	}

	/**
	 * A date property of a bound variable, e.g. {@code p.startedOn} or {@code key.asOf}.
	 */
	public static Day property(String variable, String property) {
		return new Day(checked(variable) + "." + checked(property));
	}

	/** The variables of the query this day reads (none for a parameter). */
	String importedVariable() {
		if (this.cypher.startsWith("$")) {
			return null;
		}
		int dot = this.cypher.indexOf('.');
		return (dot < 0) ? this.cypher : this.cypher.substring(0, dot);
	}

	@Override
	public String toString() {
		return this.cypher;
	}

	private static String checked(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a Cypher name: " + name);
		}
		return name;
	}

}
