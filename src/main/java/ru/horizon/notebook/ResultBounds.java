package ru.horizon.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Cypher that bounds an analyst query's answer inside the database: the query runs as
 * a subquery, and for every row the database itself estimates the row's size (units of
 * about a byte: 8 a number, 2 plus its length a string, the sum of the elements a list or
 * map, down to {@link #DEPTH} levels; deeper nesting counts as too large) and sends the
 * row's values only when the row is within the limit, at most one row past the row limit.
 * So {@code RETURN range(1, 20000000)} never crosses to the application: the database
 * sends {@code null} and a size, and the endpoint refuses the query.
 */
final class ResultBounds {

	/** How deep lists and maps are measured. */
	static final int DEPTH = 3;

	/** The column with each row's size. */
	static final String UNITS = "__horizon_units";

	/** The parameter with the size limit. */
	static final String MAX = "__horizon_max";

	/** The parameter with the row limit. */
	static final String ROWS = "__horizon_rows";

	private static final Pattern IDENTIFIER = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)+`)\\s*");

	private static final Pattern ALIASED = Pattern
		.compile("(?is).*\\sAS\\s+([A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)+`)\\s*$");

	private static final Set<String> CLAUSE_ENDS = Set.of("ORDER", "SKIP", "OFFSET", "LIMIT", "UNION");

	private ResultBounds() {
	}

	/** The query wrapped so that the database measures and bounds each row. */
	static String wrap(String query, List<String> columns) {
		StringBuilder cypher = new StringBuilder("CALL () {\n").append(query).append("\n}\nWITH *, ");
		if (columns.isEmpty()) {
			cypher.append("0");
		}
		for (int i = 0; i < columns.size(); i++) {
			if (i > 0) {
				cypher.append(" + ");
			}
			cypher.append(units(quote(columns.get(i)), DEPTH, 0));
		}
		cypher.append(" AS ").append(UNITS).append("\nRETURN ");
		for (String column : columns) {
			cypher.append("CASE WHEN ")
				.append(UNITS)
				.append(" > $")
				.append(MAX)
				.append(" THEN null ELSE ")
				.append(quote(column))
				.append(" END AS ")
				.append(quote(column))
				.append(", ");
		}
		return cypher.append(UNITS).append("\nLIMIT $").append(ROWS).toString();
	}

	/**
	 * The size of {@code expression} as a Cypher expression, measured {@code depth}
	 * levels down. The value is bound to a variable of no static type first (the head of
	 * a list of mixed types), and lists are walked by index: the database checks types
	 * while it plans, and {@code size(x)} of a column it knows to be a number would not
	 * plan even in a branch that never runs.
	 */
	private static String units(String expression, int depth, int level) {
		String value = "__horizon_v" + level;
		String big = "($" + MAX + " + 1)";
		String list;
		String map;
		if (depth == 0) {
			list = "CASE WHEN size(" + value + ") = 0 THEN 2 ELSE " + big + " END";
			map = "CASE WHEN size(keys(" + value + ")) = 0 THEN 2 ELSE " + big + " END";
		}
		else {
			String e = "__horizon_e" + level;
			String k = "__horizon_k" + level;
			String s = "__horizon_s" + level;
			list = "CASE WHEN size(" + value + ") > $" + MAX + " THEN " + big + " ELSE 2 + reduce(" + s + " = 0, " + e
					+ " IN range(0, size(" + value + ") - 1) | CASE WHEN " + s + " > $" + MAX + " THEN " + s + " ELSE "
					+ s + " + " + units(value + "[" + e + "]", depth - 1, level + 1) + " END) END";
			map = "2 + reduce(" + s + " = 0, " + k + " IN keys(" + value + ") | " + s + " + size(" + k + ") + "
					+ units(value + "[" + k + "]", depth - 1, level + 1) + ")";
		}
		return "[" + value + " IN [head([" + expression + ", 1, 'x'])] | CASE WHEN " + value + " IS NULL THEN 1 WHEN "
				+ value + " IS :: STRING THEN 2 + 2 * size(" + value + ") WHEN " + value + " IS :: LIST<ANY> THEN "
				+ list + " WHEN " + value + " IS :: MAP THEN " + map + " WHEN " + value + " IS :: NODE OR " + value
				+ " IS :: RELATIONSHIP THEN 64 + 64 * size(keys(" + value + ")) WHEN " + value
				+ " IS :: PATH THEN 128 * (length(" + value + ") + 1) ELSE 8 END][0]";
	}

	static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	/**
	 * The query with every unaliased expression of its top-level RETURN clauses aliased
	 * by its own text (the column name the database gives it anyway): a subquery must
	 * alias them.
	 */
	static String aliased(String query) {
		List<int[]> returns = new ArrayList<>();
		List<CypherGuard.Token> tokens = CypherGuard.tokens(query);
		for (int i = 0; i < tokens.size(); i++) {
			CypherGuard.Token token = tokens.get(i);
			if (token.depth() == 0 && token.word() && "RETURN".equals(token.upper())) {
				int start = token.end();
				int next = i + 1;
				if (next < tokens.size() && tokens.get(next).word() && "DISTINCT".equals(tokens.get(next).upper())) {
					start = tokens.get(next).end();
					next++;
				}
				int end = query.length();
				for (int j = next; j < tokens.size(); j++) {
					CypherGuard.Token t = tokens.get(j);
					if (t.depth() == 0 && ((t.word() && CLAUSE_ENDS.contains(t.upper())) || ";".equals(t.text()))) {
						end = t.start();
						break;
					}
				}
				returns.add(new int[] { start, end });
			}
		}
		StringBuilder result = new StringBuilder(query);
		for (int r = returns.size() - 1; r >= 0; r--) {
			int start = returns.get(r)[0];
			int end = returns.get(r)[1];
			List<int[]> items = new ArrayList<>();
			int itemStart = start;
			for (CypherGuard.Token t : tokens) {
				if (t.start() >= start && t.end() <= end && t.depth() == 0 && ",".equals(t.text())) {
					items.add(new int[] { itemStart, t.start() });
					itemStart = t.end();
				}
			}
			items.add(new int[] { itemStart, end });
			for (int i = items.size() - 1; i >= 0; i--) {
				String item = query.substring(items.get(i)[0], items.get(i)[1]);
				String text = item.strip();
				if (text.isEmpty() || "*".equals(text) || IDENTIFIER.matcher(item).matches()
						|| ALIASED.matcher(item).matches()) {
					continue;
				}
				int at = items.get(i)[0] + item.length() - (item.length() - item.stripTrailing().length());
				result.insert(at, " AS " + quote(text));
			}
		}
		return result.toString();
	}

}
