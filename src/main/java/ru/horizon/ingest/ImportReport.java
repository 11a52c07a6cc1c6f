package ru.horizon.ingest;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: either every row was written, or nothing was and
 * {@link #errors()} says why.
 *
 * @param imported whether the import was written
 * @param errors every error, {@code file:line: column: message}; empty when imported
 * @param warnings remarks that did not reject the import (unknown columns, codes created)
 * @param files per file: rows, and for files of nodes how many were created and updated
 * @param nodesCreated nodes the database created
 * @param relationshipsCreated relationships the database created
 * @param relationshipsDeleted relationships replaced (deleted before being written anew)
 * @param millis how long it took, reading and validation included
 */
public record ImportReport(boolean imported, List<String> errors, List<String> warnings, Map<String, FileSummary> files,
		long nodesCreated, long relationshipsCreated, long relationshipsDeleted, long millis) {

	/**
	 * What one file brought.
	 *
	 * @param rows rows read (after a repeated relationship row is merged into its last one)
	 * @param created nodes new to the graph (files of nodes only)
	 * @param updated nodes already in the graph, upserted (files of nodes only)
	 */
	public record FileSummary(long rows, long created, long updated) {
	}

	/** Rows of every file. */
	public long rows() {
		return this.files.values().stream().mapToLong(FileSummary::rows).sum();
	}

	/** A few lines for a person: what was created and updated, or why nothing was. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		if (!this.imported) {
			text.append("Rejected: ").append(this.errors.size()).append(" error(s); nothing was written.\n");
			this.errors.forEach((e) -> text.append("  ").append(e).append('\n'));
			return text.toString();
		}
		text.append("Imported %d rows in %.1f s (%,.0f rows/s):%n".formatted(rows(), this.millis / 1000.0,
				(this.millis > 0) ? rows() * 1000.0 / this.millis : 0.0));
		this.files.forEach((file, s) -> {
			text.append("  %-22s %9d rows".formatted(file, s.rows()));
			if (s.created() + s.updated() > 0) {
				text.append("  %9d created  %9d updated".formatted(s.created(), s.updated()));
			}
			text.append('\n');
		});
		text.append("  nodes created: %d, relationships created: %d, relationships replaced: %d%n"
			.formatted(this.nodesCreated, this.relationshipsCreated, this.relationshipsDeleted));
		return text.toString();
	}

}
