package ru.horizon.system.graphql;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text and language: the dashboard and the
 * recommendation screen send the same few dozen documents with different variables, and
 * parsing and validating one took a twentieth of a mentor recommendation. The schema does
 * not change while the server runs, so an entry never goes stale; the request limits
 * (depth, cost) still run on every execution.
 * <p>
 * Bounded by what it holds, not by how many: only documents that parsed and validated are
 * kept (a refused text is never a key), no document longer than {@code maxDocumentChars}
 * characters is kept, and the kept texts together hold at most {@code maxTotalChars}
 * characters (a parsed document takes a small multiple of its text); the least recently
 * used go first.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	private record Key(String query, Locale locale) {
	}

	private final Map<Key, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true);

	private final long maxTotalChars;

	private final int maxDocumentChars;

	private long totalChars;

	ParsedDocuments(long maxTotalChars, int maxDocumentChars) {
		this.maxTotalChars = maxTotalChars;
		this.maxDocumentChars = maxDocumentChars;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		Key key = new Key(query, input.getLocale());
		PreparsedDocumentEntry entry;
		synchronized (this) {
			entry = this.entries.get(key);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors() && query.length() <= this.maxDocumentChars) {
				keep(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	private synchronized void keep(Key key, PreparsedDocumentEntry entry) {
		if (this.entries.put(key, entry) == null) {
			this.totalChars += key.query().length();
		}
		Iterator<Key> oldest = this.entries.keySet().iterator();
		while (this.totalChars > this.maxTotalChars && oldest.hasNext()) {
			this.totalChars -= oldest.next().query().length();
			oldest.remove();
		}
	}

	/** How many documents are kept, and their characters: for tests. */
	synchronized long[] size() {
		return new long[] { this.entries.size(), this.totalChars };
	}

}
