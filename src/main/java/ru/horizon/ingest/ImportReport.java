package ru.horizon.ingest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of an import: either every row was written, or nothing was and
 * {@link #errors()} says why.
 *
 * @param imported whether the import was written
 * @param errors every error, {@code file:line: column: message}; empty when imported
 * @param warnings remarks that did not reject the import (unknown columns, codes created,
 * characters tidied, lines re-decoded, overlapping employments and how they count)
 * @param files per file: rows read, the columns it holds (only these were updated), and
 * when imported, how many nodes were created and updated
 * @param nodesCreated nodes the database created (0 when rejected)
 * @param relationshipsCreated relationships the database created (0 when rejected)
 * @param relationshipsDeleted relationships replaced (deleted before being written anew)
 * @param millis how long it took, reading and validation included
 */
public record ImportReport(boolean imported, List<String> errors, List<String> warnings, Map<String, FileSummary> files,
		long nodesCreated, long relationshipsCreated, long relationshipsDeleted, long millis) {

	private static final Pattern PROBLEM = Pattern.compile("^(.*?):(\\d+): ([^:]*?): (.*)$", Pattern.DOTALL);

	/**
	 * What one file brought.
	 *
	 * @param rows rows read (after a repeated relationship row is merged into its last
	 * one)
	 * @param created nodes new to the graph (files of nodes only); null when rejected:
	 * nothing was created
	 * @param updated nodes already in the graph, upserted (files of nodes only); null
	 * when rejected
	 * @param columns the columns the file holds, in format order: only these were
	 * written; the values of the other columns stay as the graph held them
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FileSummary(long rows, Long created, Long updated, List<String> columns) {
	}

	/**
	 * An error or warning cut into its parts, for a table.
	 *
	 * @param file the file (or sheet), or "" when the text names none
	 * @param line its line (or spreadsheet row), 0 for the file as a whole
	 * @param column the column, "-" for the row or file as a whole
	 * @param message what is wrong
	 */
	public record Problem(String file, int line, String column, String message) {

		/** Cuts {@code text} ({@code file:line: column: message}) into its parts. */
		public static Problem of(String text) {
			Matcher m = PROBLEM.matcher(text);
			if (m.matches()) {
				return new Problem(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4));
			}
			return new Problem("", 0, "-", text);
		}

	}

	/** Rows of every file. */
	public long rows() {
		return this.files.values().stream().mapToLong(FileSummary::rows).sum();
	}

	/**
	 * A few lines for a person: a table of what was created and updated, or of why
	 * nothing was.
	 */
	public String summary() {
		StringBuilder text = new StringBuilder();
		if (!this.imported) {
			text.append("Rejected: ")
				.append(this.errors.size())
				.append(" error(s); nothing was written. / Импорт отклонён: ошибок ")
				.append(this.errors.size())
				.append(", ничего не записано.\n");
			text.append(table(this.errors.stream().map(Problem::of).toList()));
			return text.toString();
		}
		text.append("Imported %d rows in %.1f s (%,.0f rows/s):%n".formatted(rows(), this.millis / 1000.0,
				(this.millis > 0) ? rows() * 1000.0 / this.millis : 0.0));
		this.files.forEach((file, s) -> {
			text.append("  %-22s %9d rows".formatted(file, s.rows()));
			if (s.created() != null && s.created() + s.updated() > 0) {
				text.append("  %9d created  %9d updated".formatted(s.created(), s.updated()));
			}
			text.append("  columns: ").append(String.join(", ", s.columns())).append('\n');
		});
		text.append("  nodes created: %d, relationships created: %d, relationships replaced: %d%n"
			.formatted(this.nodesCreated, this.relationshipsCreated, this.relationshipsDeleted));
		return text.toString();
	}

	/** Problems as a text table: file, line, column, message. */
	public static String table(List<Problem> problems) {
		int file = "file / файл".length();
		int column = "column / столбец".length();
		for (Problem p : problems) {
			file = Math.max(file, p.file().length());
			column = Math.max(column, p.column().length());
		}
		String row = "  %-" + file + "s  %6s  %-" + column + "s  %s%n";
		StringBuilder text = new StringBuilder();
		text.append(row.formatted("file / файл", "line", "column / столбец", "message / сообщение"));
		text.append(row.formatted("-".repeat(file), "------", "-".repeat(column), "-".repeat(19)));
		for (Problem p : problems) {
			text.append(
					row.formatted(p.file(), (p.line() > 0) ? Integer.toString(p.line()) : "", p.column(), p.message()));
		}
		return text.toString();
	}

}
