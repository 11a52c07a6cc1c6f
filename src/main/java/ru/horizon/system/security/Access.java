package ru.horizon.system.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The caller and the limits of their role, for the checks an annotation cannot express.
 * Whether the caller may see a given teacher on a given day is decided by
 * {@code ru.horizon.teacher.TeacherAccess} on top of this.
 * <p>
 * Services call it after the role annotation has let the call in; a refusal is an
 * {@link AccessDeniedException}, answered as FORBIDDEN with no data.
 */
@Component
public class Access {

	/** The claim that carries a curator's organization in an OAuth2 token. */
	public static final String ORGANIZATION_CLAIM = "organization_id";

	/** The user the current request runs as. */
	public HorizonUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new AccessDeniedException("Sign in first.");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		String organizationId = switch (authentication.getPrincipal()) {
			case HorizonUserDetails user -> user.organizationId();
			case Jwt jwt -> jwt.getClaimAsString(ORGANIZATION_CLAIM);
			default -> null;
		};
		return new HorizonUser(authentication.getName(), roles, organizationId);
	}

	/**
	 * The organization every answer must be limited to, for a curator; empty otherwise.
	 */
	public Optional<String> organizationLimit() {
		HorizonUser user = current();
		if (!user.isLimitedToOrganization()) {
			return Optional.empty();
		}
		if (user.organizationId() == null) {
			throw new AccessDeniedException("Curator " + user.name() + " has no organization configured.");
		}
		return Optional.of(user.organizationId());
	}

	/** Refuses teacher-level data to a caller who may see aggregates only. */
	public void checkPersonalData() {
		if (current().isAggregatesOnly()) {
			throw new AccessDeniedException("This role sees aggregated indicators only, no teacher-level data.");
		}
	}

	/**
	 * Runs {@code work} as a local administrator: the command-line verbs act with full
	 * rights.
	 */
	public static <T> T asSystem(java.util.concurrent.Callable<T> work) throws Exception {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		var system = new HorizonUserDetails("system", "", java.util.List.of(Role.ADMIN), null);
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * {@link #asSystem} for work that throws no checked exception: a runtime exception
	 * passes through, a checked one is wrapped in an {@link IllegalStateException}.
	 */
	public static <T> T asSystemUnchecked(java.util.concurrent.Callable<T> work) {
		try {
			return asSystem(work);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
