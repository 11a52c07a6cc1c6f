package ru.horizon.notebook;

import java.util.ArrayList;
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
	 * case: its words, except property names, parameters and labels (after {@code .},
	 * {@code $} or {@code :}) and map keys (followed by {@code :}).
	 */
	static List<String> keywords(String query) {
		List<Token> tokens = tokens(query);
		List<String> words = new java.util.ArrayList<>();
		for (int k = 0; k < tokens.size(); k++) {
			Token token = tokens.get(k);
			if (!token.word()) {
				continue;
			}
			// a word's first character is a letter: only punctuation matters here
			char previous = (k > 0) ? tokens.get(k - 1).text().charAt(0) : ' ';
			int next = token.end();
			while (next < query.length() && Character.isWhitespace(query.charAt(next))) {
				next++;
			}
			boolean mapKey = next < query.length() && query.charAt(next) == ':';
			if (previous != '.' && previous != '$' && previous != ':' && !mapKey) {
				words.add(token.upper());
			}
		}
		return words;
	}

	/** A word, a string or quoted name, or a punctuation mark, with its bracket depth. */
	record Token(String text, int start, int end, int depth, boolean word) {

		String upper() {
			return this.text.toUpperCase(Locale.ROOT);
		}

	}

	/**
	 * The query as Cypher's lexer reads it: words, string literals and back-quoted names
	 * (one token each), and punctuation, with their bracket depth; comments skipped. The
	 * one tokenizer of the endpoint's checks (this guard and {@link ResultBounds}).
	 */
	static List<Token> tokens(String query) {
		List<Token> tokens = new ArrayList<>();
		int depth = 0;
		int i = 0;
		int n = query.length();
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
				int start = i;
				i++;
				while (i < n && query.charAt(i) != c) {
					i += (query.charAt(i) == '\\' && c != '`') ? 2 : 1;
				}
				i++;
				tokens.add(new Token(query.substring(start, Math.min(i, n)), start, Math.min(i, n), depth, false));
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
					i++;
				}
				tokens.add(new Token(query.substring(start, i), start, i, depth, true));
			}
			else {
				if (c == '(' || c == '[' || c == '{') {
					depth++;
				}
				else if (c == ')' || c == ']' || c == '}') {
					depth--;
				}
				if (!Character.isWhitespace(c)) {
					tokens.add(new Token(String.valueOf(c), i, i + 1, (c == ')' || c == ']' || c == '}') ? depth + 1
							: (c == '(' || c == '[' || c == '{') ? depth - 1 : depth, false));
				}
				i++;
			}
		}
		return tokens;
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
