package ru.horizon.system.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTests {

	private final AtomicInteger fullChecks = new AtomicInteger();

	private final AtomicLong now = new AtomicLong(1_000);

	private final PasswordEncoder spring = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			return VerifiedPasswordsTests.this.spring.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			VerifiedPasswordsTests.this.fullChecks.incrementAndGet();
			return VerifiedPasswordsTests.this.spring.matches(rawPassword, encodedPassword);
		}

	};

	private VerifiedPasswords encoder(Duration ttl, int max) {
		return new VerifiedPasswords(this.counting, ttl, max, this.now::get);
	}

	@Test
	void aMatchingPasswordIsCheckedInFullOnceWithinTheTtl() {
		VerifiedPasswords encoder = encoder(Duration.ofMinutes(10), 100);
		String hash = encoder.encode("secret");
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(encoder.matches("secret", hash)).isTrue();
		assertThat(encoder.matches("secret", hash)).isTrue();
		assertThat(encoder.matches("secret", hash)).isTrue();
		assertThat(this.fullChecks).hasValue(1);
		// Ten minutes later the password is checked in full again.
		this.now.addAndGet(Duration.ofMinutes(10).toNanos());
		assertThat(encoder.matches("secret", hash)).isTrue();
		assertThat(this.fullChecks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
		VerifiedPasswords encoder = encoder(Duration.ofMinutes(10), 100);
		String hash = encoder.encode("secret");
		assertThat(encoder.matches("secret", hash)).isTrue();
		assertThat(encoder.matches("Secret", hash)).isFalse();
		assertThat(encoder.matches("Secret", hash)).isFalse();
		assertThat(encoder.matches("secret ", hash)).isFalse();
		assertThat(this.fullChecks).hasValue(4);
	}

	@Test
	void aChangedPasswordHasAnotherHashAndTheOldPasswordFailsAgainstIt() {
		VerifiedPasswords encoder = encoder(Duration.ofMinutes(10), 100);
		String before = encoder.encode("old");
		assertThat(encoder.matches("old", before)).isTrue();
		String after = encoder.encode("new");
		assertThat(encoder.matches("old", after)).isFalse();
		assertThat(encoder.matches("new", after)).isTrue();
		assertThat(this.fullChecks).hasValue(3);
	}

	@Test
	void theLeastRecentlyUsedCheckIsForgottenBeyondTheBound() {
		VerifiedPasswords encoder = encoder(Duration.ofMinutes(10), 2);
		String a = encoder.encode("a");
		String b = encoder.encode("b");
		String c = encoder.encode("c");
		encoder.matches("a", a);
		encoder.matches("b", b);
		encoder.matches("c", c);
		assertThat(this.fullChecks).hasValue(3);
		encoder.matches("c", c);
		encoder.matches("b", b);
		assertThat(this.fullChecks).hasValue(3);
		encoder.matches("a", a);
		assertThat(this.fullChecks).hasValue(4);
	}

	@Test
	void aZeroTtlChecksEveryTime() {
		VerifiedPasswords encoder = encoder(Duration.ZERO, 100);
		String hash = encoder.encode("secret");
		encoder.matches("secret", hash);
		encoder.matches("secret", hash);
		assertThat(this.fullChecks).hasValue(2);
	}

}
