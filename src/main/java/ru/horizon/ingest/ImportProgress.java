package ru.horizon.ingest;

/**
 * What an import reports while it runs: the command line draws a progress bar, the server
 * logs.
 */
public interface ImportProgress {

	/** Reports nothing. */
	ImportProgress NONE = new ImportProgress() {
	};

	/** The import starts writing {@code rows} rows. */
	default void writing(long rows) {
	}

	/** {@code rows} more rows of {@code file} are written. */
	default void written(String file, long rows) {
	}

	/** Writing is over (committed or rolled back). */
	default void done() {
	}

}
