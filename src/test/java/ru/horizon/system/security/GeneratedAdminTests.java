package ru.horizon.system.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated admin keeps one password, as a hash in the data directory, across
 * restarts.
 */
class GeneratedAdminTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void theFirstStartMakesAHashTheNextStartsKeepIt(@TempDir Path data) throws Exception {
		Path file = data.resolve("admin-password.hash");
		HorizonUserDetails first = HorizonUsers.generatedAdmin(file, this.encoder);
		assertThat(file).exists();
		String hash = Files.readString(file).strip();
		assertThat(hash).startsWith("{bcrypt}").isEqualTo(first.getPassword());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		HorizonUserDetails again = HorizonUsers.generatedAdmin(file, this.encoder);
		assertThat(again.getPassword()).isEqualTo(hash);
		assertThat(again.getUsername()).isEqualTo("admin");
		Files.delete(file);
		assertThat(HorizonUsers.generatedAdmin(file, this.encoder).getPassword()).isNotEqualTo(hash);
	}

}
