package ru.horizon.system.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ru.horizon.system.DomainException;

/**
 * REST answers for refusals: 400, 403 or 404 with a JSON body {@code {"error": "..."}},
 * the message in the caller's language (Russian without an Accept-Language header).
 */
@RestControllerAdvice
class RestErrors {

	private final ErrorMessages messages;

	RestErrors(ErrorMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Map<String, Object>> domain(DomainException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
		return ResponseEntity.status(status)
			.body(Map.of("error", this.messages.translate(locale(request), ex.getMessage())));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Map.of("error", this.messages.translate(locale(request), ex.getMessage())));
	}

	private static Locale locale(HttpServletRequest request) {
		return (request.getHeader("Accept-Language") != null) ? request.getLocale() : ErrorMessages.RUSSIAN;
	}

}
