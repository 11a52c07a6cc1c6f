package ru.horizon.system.security;

import java.util.Set;

/**
 * Who is asking: a name, the roles, and for a curator the organization they are limited
 * to.
 */
public record HorizonUser(String name, Set<Role> roles, String organizationId) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** True when every answer must be limited to {@link #organizationId()}. */
	public boolean isLimitedToOrganization() {
		return this.roles.contains(Role.CURATOR) && !this.roles.contains(Role.ADMIN)
				&& !this.roles.contains(Role.COORDINATOR) && !this.roles.contains(Role.ANALYST);
	}

	/** True when the user may see no personal data at all. */
	public boolean isAggregatesOnly() {
		return this.roles.stream().allMatch((r) -> r == Role.VIEWER);
	}

}
