package ru.horizon.ingest.internal;

import java.io.IOException;

/**
 * The input of an import is refused before it is read whole: an archive or workbook over
 * a bound (entries, uncompressed bytes, compression ratio, sheets, rows, cells), or a
 * file the XML or spreadsheet parser refuses. The message says which bound and what to
 * do.
 */
public class InputRefused extends IOException {

	public InputRefused(String message) {
		super(message);
	}

	public InputRefused(String message, Throwable cause) {
		super(message, cause);
	}

}
