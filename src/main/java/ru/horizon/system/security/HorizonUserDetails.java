package ru.horizon.system.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user of {@code horizon.security.users}, with their organization. */
class HorizonUserDetails extends User {

	private final String organizationId;

	private final List<Role> roles;

	HorizonUserDetails(String name, String password, List<Role> roles, String organizationId) {
		super(name, password, roles.stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList());
		this.organizationId = organizationId;
		this.roles = List.copyOf(roles);
	}

	HorizonUserDetails copy() {
		return new HorizonUserDetails(getUsername(), getPassword(), this.roles, this.organizationId);
	}

	String organizationId() {
		return this.organizationId;
	}

}
