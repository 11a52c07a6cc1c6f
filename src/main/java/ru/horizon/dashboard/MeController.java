package ru.horizon.dashboard;

import java.util.List;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.horizon.system.security.Access;
import ru.horizon.system.security.HorizonUser;
import ru.horizon.system.security.Role;

/**
 * {@code GET /api/me}: who is signed in and what the pages may show them, with the CSRF
 * token the pages send on {@code POST /graphql}.
 */
@RestController
class MeController {

	/**
	 * The signed-in user as the pages see it.
	 *
	 * @param name the login
	 * @param roles the roles, e.g. {@code COORDINATOR}
	 * @param organizationId a curator's organization, else null
	 * @param aggregatesOnly no names and no teacher-level lists (VIEWER)
	 * @param limitedToOrganization teacher-level data of {@code organizationId} only
	 * (CURATOR)
	 * @param managesPairs may assign mentors and end pairs
	 * @param csrfHeader the header that carries the CSRF token
	 * @param csrfToken the CSRF token for this session
	 */
	record Me(String name, List<Role> roles, String organizationId, boolean aggregatesOnly,
			boolean limitedToOrganization, boolean managesPairs, String csrfHeader, String csrfToken) {
	}

	private final Access access;

	MeController(Access access) {
		this.access = access;
	}

	@GetMapping("/api/me")
	Me me(CsrfToken csrf) {
		HorizonUser user = this.access.current();
		boolean managesPairs = user.has(Role.ADMIN) || user.has(Role.COORDINATOR) || user.has(Role.CURATOR);
		return new Me(user.name(), user.roles().stream().sorted().toList(), user.organizationId(),
				user.isAggregatesOnly(), user.isLimitedToOrganization(), managesPairs, csrf.getHeaderName(),
				csrf.getToken());
	}

}
