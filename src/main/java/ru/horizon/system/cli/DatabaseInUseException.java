package ru.horizon.system.cli;

/**
 * The embedded database's files are held open by another process, usually a running
 * Horizon server.
 */
public class DatabaseInUseException extends IllegalStateException {

	public DatabaseInUseException(String message, Throwable cause) {
		super(message, cause);
	}

}
