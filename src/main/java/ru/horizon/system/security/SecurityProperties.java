package ru.horizon.system.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users of Horizon, for deployments without an OAuth2 / OIDC provider.
 *
 * @param users who may sign in; none means one generated {@code admin}
 * @param verifiedPasswordTtl how long a successful password check is remembered, so that
 * HTTP Basic on every request does not pay bcrypt each time ({@link VerifiedPasswords});
 * {@code 0} checks every request in full
 */
@ConfigurationProperties("horizon.security")
public record SecurityProperties(@DefaultValue List<User> users, @DefaultValue("10m") Duration verifiedPasswordTtl) {

	/**
	 * One user.
	 *
	 * @param name the login
	 * @param password a Spring encoded password: {@code {bcrypt}...} or {@code {noop}...}
	 * @param roles the roles
	 * @param organizationId the organization a curator is limited to
	 */
	public record User(String name, String password, List<Role> roles, String organizationId) {
	}

}
