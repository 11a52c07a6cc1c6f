package ru.horizon.system.graphql;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text and language: the dashboard and the
 * recommendation screen send the same few dozen documents with different variables, and
 * parsing and validating one took a twentieth of a mentor recommendation. The schema does
 * not change while the server runs, so an entry never goes stale; the request limits
 * (depth, complexity) still run on every execution. At most {@code maxEntries} are kept;
 * when full, the cache starts again.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	private record Key(String query, Locale locale) {
	}

	private final Map<Key, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

	private final int maxEntries;

	ParsedDocuments(int maxEntries) {
		this.maxEntries = maxEntries;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Key key = new Key(input.getQuery(), input.getLocale());
		PreparsedDocumentEntry entry = this.entries.get(key);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (this.entries.size() >= this.maxEntries) {
				this.entries.clear();
			}
			this.entries.put(key, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

}
