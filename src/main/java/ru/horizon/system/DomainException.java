package ru.horizon.system;

/**
 * A refusal the client can act on: bad input, something that does not exist, or a right
 * the caller lacks. GraphQL answers it as an error with the matching classification, REST
 * as 400, 404 or 403, always with the message and never with a stack trace.
 */
public class DomainException extends RuntimeException {

	/** How the refusal is classified for the client. */
	public enum Kind {

		BAD_REQUEST, NOT_FOUND, FORBIDDEN

	}

	private final Kind kind;

	public DomainException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	public static DomainException badRequest(String message) {
		return new DomainException(Kind.BAD_REQUEST, message);
	}

	public static DomainException notFound(String message) {
		return new DomainException(Kind.NOT_FOUND, message);
	}

	public static DomainException forbidden(String message) {
		return new DomainException(Kind.FORBIDDEN, message);
	}

}
