package ru.horizon.system.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A {@link PasswordEncoder} that remembers, for {@code ttl}, which password matched which
 * stored hash, so that a script sending HTTP Basic with every request does not pay a
 * bcrypt check (about 70 ms of a core here) each time: measured over HTTP at scale 10,
 * {@code mentorCandidates} answered in 116 ms p50 with the generated admin's bcrypt
 * password against about 10 ms without the check.
 * <p>
 * Only successful checks are remembered, under the stored hash and an HMAC-SHA256 of the
 * password with a key drawn at start and never kept elsewhere (no password is held in
 * memory); a changed password has another hash and is checked again; a wrong password is
 * always checked in full (and throttled by {@link SignInThrottle}). At most
 * {@code maxEntries} are kept, the least recently used forgotten first. A {@code ttl} of
 * zero turns the memory off.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final long ttlNanos;

	private final LongSupplier nanoTime;

	private final SecretKeySpec key;

	private final Map<String, Long> verifiedUntil;

	/**
	 * @param delegate the encoder that checks a password in full
	 * @param ttl how long a successful check is remembered; zero for never
	 * @param maxEntries how many (hash, password) pairs are remembered at most
	 * @param nanoTime the clock ({@code System::nanoTime} outside tests)
	 */
	VerifiedPasswords(PasswordEncoder delegate, Duration ttl, int maxEntries, LongSupplier nanoTime) {
		this.delegate = delegate;
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.verifiedUntil = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > maxEntries;
			}

		};
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (this.ttlNanos <= 0 || rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String entry = encodedPassword + '\n' + mac(rawPassword);
		long now = this.nanoTime.getAsLong();
		synchronized (this.verifiedUntil) {
			Long until = this.verifiedUntil.get(entry);
			if (until != null && until - now > 0) {
				return true;
			}
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (this.verifiedUntil) {
				this.verifiedUntil.put(entry, now + this.ttlNanos);
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String mac(CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Base64.getEncoder()
				.encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
