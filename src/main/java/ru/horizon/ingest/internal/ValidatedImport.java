package ru.horizon.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of validation: the rows to write, by file, with values as the graph stores
 * them, or the errors that reject the import.
 *
 * @param rows rows by file name, in import order
 * @param existing for each file of nodes, which of its keys the graph already held when
 * it was validated
 * @param errors every error, {@code file:line: column: message}; empty when valid
 * @param warnings remarks that do not reject the import
 * @param columns by file, the columns the file holds (in format order): only these change
 * stored values; a column absent from a file leaves what the graph holds
 */
public record ValidatedImport(Map<String, List<Map<String, Object>>> rows, Map<String, Set<String>> existing,
		List<String> errors, List<String> warnings, Map<String, List<String>> columns) {

	/** Rows of every file. */
	public long rowCount() {
		return this.rows.values().stream().mapToLong(List::size).sum();
	}

}
