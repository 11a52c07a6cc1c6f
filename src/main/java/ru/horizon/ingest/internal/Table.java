package ru.horizon.ingest.internal;

import java.util.List;

/**
 * One file of an import as read: its header and its rows, each with the line it came
 * from.
 *
 * @param name the file's name in the format, without {@code .csv}
 * @param label how errors name it: {@code teachers.csv}, or the sheet name in a workbook
 * @param headers the header cells, trimmed
 * @param rows the data rows
 */
public record Table(String name, String label, List<String> headers, List<Row> rows) {

	/**
	 * A data row.
	 *
	 * @param line the line (or spreadsheet row) number, 1 being the header
	 * @param cells the cells, in header order
	 */
	public record Row(int line, String[] cells) {
	}

}
