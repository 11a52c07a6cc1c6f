package ru.horizon.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML pages: the dashboard at {@code /} and GraphiQL at {@code /graphiql} for
 * signed-in users, the sign-in page at {@code /login} for everyone. The pages live in
 * {@code classpath:dashboard/} so that nothing but these mappings serves them.
 */
@Controller
class DashboardPages {

	/**
	 * The element of the sign-in page that carries the CSRF token of the sign-in form.
	 */
	static final String CSRF_META = "<meta name=\"_csrf\" content=\"\">";

	private final String dashboard = read("dashboard/index.html");

	private final String graphiql = read("dashboard/graphiql.html");

	private final String login = read("dashboard/login.html");

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> dashboard() {
		return html(this.dashboard);
	}

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> graphiql() {
		return html(this.graphiql);
	}

	/**
	 * The sign-in form posts to Spring Security's {@code POST /login}, which wants the
	 * CSRF token once a session exists; it is written into the page, masked as Spring
	 * Security hands it out.
	 */
	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(CsrfToken csrf) {
		String token = HtmlUtils.htmlEscape(csrf.getToken());
		return html(this.login.replace(CSRF_META, "<meta name=\"_csrf\" content=\"" + token + "\">"));
	}

	private static ResponseEntity<String> html(String page) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(page);
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The dashboard page " + path + " is missing from the jar", ex);
		}
	}

}
