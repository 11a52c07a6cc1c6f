package ru.horizon.system.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The configured users. Each sign-in gets a fresh copy, since Spring Security erases the
 * password of the one it authenticated.
 */
class HorizonUsers implements UserDetailsService {

	private final Map<String, HorizonUserDetails> users;

	HorizonUsers(List<HorizonUserDetails> users) {
		this.users = users.stream().collect(Collectors.toMap(HorizonUserDetails::getUsername, Function.identity()));
	}

	@Override
	public UserDetails loadUserByUsername(String name) {
		HorizonUserDetails user = this.users.get(name);
		if (user == null) {
			throw new UsernameNotFoundException("No user " + name);
		}
		return user.copy();
	}

}
