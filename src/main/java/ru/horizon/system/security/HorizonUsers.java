package ru.horizon.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configured users. Each sign-in gets a fresh copy, since Spring Security erases the
 * password of the one it authenticated.
 */
class HorizonUsers implements UserDetailsService {

	private final Map<String, HorizonUserDetails> users;

	HorizonUsers(List<HorizonUserDetails> users) {
		this.users = users.stream().collect(Collectors.toMap(HorizonUserDetails::getUsername, Function.identity()));
	}

	private static final Log log = LogFactory.getLog(HorizonUsers.class);

	/**
	 * The generated {@code admin} of a server without configured users. Its password is
	 * made on the first start, printed once, and only its hash is kept in
	 * {@code hashFile} (in the data directory), so the same password works after every
	 * restart; deleting the file makes a new one at the next start.
	 */
	static HorizonUserDetails generatedAdmin(Path hashFile, PasswordEncoder encoder) {
		try {
			if (Files.isRegularFile(hashFile)) {
				String hash = Files.readString(hashFile, StandardCharsets.UTF_8).strip();
				if (!hash.isEmpty()) {
					log.info("No users configured (horizon.security.users): user 'admin' keeps the password printed "
							+ "at the first start (its hash is in " + hashFile.toAbsolutePath()
							+ "; delete that file and restart for a new one).");
					return new HorizonUserDetails("admin", hash, List.of(Role.ADMIN), null);
				}
			}
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			String hash = encoder.encode(password);
			Files.createDirectories(hashFile.toAbsolutePath().getParent());
			Files.writeString(hashFile, hash + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(hashFile, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the file keeps its default permissions.
			}
			log.warn("""

					No users configured (horizon.security.users): created user 'admin' with password %s
					This password is shown only now and kept as a hash in %s: it stays valid across restarts.
					Forgot it? Delete that file and restart for a new one, or configure users to replace it.
					""".formatted(password, hashFile.toAbsolutePath()));
			return new HorizonUserDetails("admin", hash, List.of(Role.ADMIN), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the generated admin password in " + hashFile, ex);
		}
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
