package ru.horizon.notebook;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import ru.horizon.system.DomainException;

/**
 * The first of the endpoint's defences: a lexical check that names what is refused.
 * <p>
 * It reads the query as Cypher's lexer would, skipping comments, string literals and
 * back-quoted names, property names, labels, parameters and map keys, so that
 * {@code RETURN 'create'} passes and {@code MATCH (n) /* x *&#47; DeLeTe n} does not. The
 * later defences do not rely on it: the plan is inspected with {@code EXPLAIN} and the
 * query runs in the database's own read access mode.
 */
final class CypherGuard {

	/** Clauses that change data, schema or the server, or leave the database. */
	private static final Set<String> REFUSED = Set.of("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP",
			"FOREACH", "LOAD", "USE", "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "START", "STOP", "TERMINATE",
			"ENABLE", "DEALLOCATE", "REALLOCATE", "INSERT", "FINISH");

	private CypherGuard() {
	}

	/**
	 * The keywords of the query outside comments, strings and back-quoted names, upper
	 * case.
	 */
	static List<String> keywords(String query) {
		List<String> words = new java.util.ArrayList<>();
		int i = 0;
		int n = query.length();
		char previous = ' ';
		while (i < n) {
			char c = query.charAt(i);
			if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
				while (i < n && query.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
				int end = query.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
			}
			else if (c == '\'' || c == '"' || c == '`') {
				i++;
				while (i < n && query.charAt(i) != c) {
					i += (query.charAt(i) == '\\' && c != '`') ? 2 : 1;
				}
				i++;
				previous = c;
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
					i++;
				}
				int next = i;
				while (next < n && Character.isWhitespace(query.charAt(next))) {
					next++;
				}
				boolean mapKey = next < n && query.charAt(next) == ':';
				if (previous != '.' && previous != '$' && previous != ':' && !mapKey) {
					words.add(query.substring(start, i).toUpperCase(Locale.ROOT));
				}
				previous = 'a';
			}
			else {
				if (!Character.isWhitespace(c)) {
					previous = c;
				}
				i++;
			}
		}
		return words;
	}

	static void check(String query) {
		if (query == null || query.isBlank()) {
			throw DomainException.badRequest("The query is empty.");
		}
		List<String> words = keywords(query);
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (REFUSED.contains(word)) {
				String what = ("LOAD".equals(word)) ? "LOAD CSV (reading files or URLs)" : word;
				throw DomainException.badRequest("Refused: " + what
						+ " is not allowed here. This endpoint runs read-only queries on the graph.");
			}
			if ("SHOW".equals(word) && i + 1 < words.size()) {
				String next = words.get(i + 1);
				if (!Set.of("INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTIONS", "PROCEDURES").contains(next)
						&& !("ALL".equals(next) || "RANGE".equals(next) || "TEXT".equals(next) || "POINT".equals(next)
								|| "LOOKUP".equals(next) || "FULLTEXT".equals(next) || "VECTOR".equals(next)
								|| "UNIQUE".equals(next) || "EXISTENCE".equals(next))) {
					throw DomainException.badRequest("Refused: SHOW " + next
							+ " is an administration command; only SHOW INDEXES and SHOW CONSTRAINTS are allowed.");
				}
			}
		}
	}

}
