package ru.horizon.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in attempts throttled per user name and per address (form login and HTTP Basic):
 * after {@code maxFailures} failed attempts for a name ({@code maxAddressFailures} from
 * an address) within {@code window}, that name (address) may not try again for
 * {@code delay}, doubled with every further failure up to {@code maxDelay}. A refused
 * attempt is answered 429 with {@code Retry-After} before the password is checked, so
 * guessing does not go on. A successful sign-in clears its name's count.
 */
@Component
public class SignInThrottle {

	/**
	 * The limits.
	 *
	 * @param maxFailures failures of one name before it waits
	 * @param maxAddressFailures failures from one address before it waits
	 * @param window how long a failure counts
	 * @param delay the first wait
	 * @param maxDelay the longest wait
	 * @param maxTracked names and addresses remembered at most (the oldest forgotten
	 * first)
	 */
	@ConfigurationProperties("horizon.security.sign-in")
	public record Settings(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxAddressFailures,
			@DefaultValue("15m") Duration window, @DefaultValue("5s") Duration delay,
			@DefaultValue("15m") Duration maxDelay, @DefaultValue("10000") int maxTracked) {
	}

	private static final class Failures {

		int count;

		long firstNanos;

		long blockedUntilNanos;

	}

	private final Settings settings;

	private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true);

	SignInThrottle(Settings settings) {
		this.settings = settings;
	}

	/** The filter that refuses attempts of a waiting name or address. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String name = attemptedName(request);
				if (name != null) {
					long wait = Math.max(waitNanos("user:" + name), waitNanos("address:" + request.getRemoteAddr()));
					if (wait > 0) {
						long seconds = Math.max(1, Duration.ofNanos(wait).toSeconds() + 1);
						response.setStatus(429);
						response.setHeader("Retry-After", String.valueOf(seconds));
						response.setContentType("application/json;charset=UTF-8");
						boolean english = request.getHeader("Accept-Language") != null
								&& request.getLocale().getLanguage().equals("en");
						String message = english
								? "Too many failed sign-in attempts: try again in %d s.".formatted(seconds)
								: "Слишком много неудачных попыток входа: повторите через %d с.".formatted(seconds);
						response.getWriter().write("{\"error\":\"" + message + "\"}");
						return;
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

	/**
	 * The name a request tries to sign in as: HTTP Basic, or the login form; null for
	 * neither.
	 */
	private static String attemptedName(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? decoded.substring(0, colon) : decoded;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			String name = request.getParameter("username");
			return (name != null) ? name : "";
		}
		return null;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = String.valueOf(event.getAuthentication().getName());
		record("user:" + name, this.settings.maxFailures());
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			record("address:" + details.getRemoteAddress(), this.settings.maxAddressFailures());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		synchronized (this.failures) {
			this.failures.remove("user:" + event.getAuthentication().getName());
		}
	}

	private void record(String key, int allowed) {
		long now = System.nanoTime();
		synchronized (this.failures) {
			Failures entry = this.failures.get(key);
			if (entry == null || now - entry.firstNanos > this.settings.window().toNanos()) {
				entry = new Failures();
				entry.firstNanos = now;
				this.failures.put(key, entry);
			}
			entry.count++;
			if (entry.count >= allowed) {
				int over = Math.min(entry.count - allowed, 20);
				long delay = Math.min(this.settings.delay().toNanos() << over, this.settings.maxDelay().toNanos());
				entry.blockedUntilNanos = now + delay;
			}
			Iterator<String> oldest = this.failures.keySet().iterator();
			while (this.failures.size() > this.settings.maxTracked() && oldest.hasNext()) {
				oldest.next();
				oldest.remove();
			}
		}
	}

	private long waitNanos(String key) {
		synchronized (this.failures) {
			Failures entry = this.failures.get(key);
			return (entry != null) ? entry.blockedUntilNanos - System.nanoTime() : 0;
		}
	}

}
