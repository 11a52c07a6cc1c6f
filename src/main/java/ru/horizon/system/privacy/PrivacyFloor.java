package ru.horizon.system.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import ru.horizon.system.security.Access;
import ru.horizon.system.security.HorizonUser;

/**
 * The privacy floor (порог приватности), applied to answers after the services computed
 * them, for the callers who may not see the names behind a figure: a VIEWER for every
 * group, a CURATOR for every group that holds people of other organizations.
 * <p>
 * The rule looks at the size of a group of people, never at a value: a figure over fewer
 * than k people ({@code horizon.privacy.min-group-size}, default 5) is suppressed
 * whatever it says, on every date and in every scope, so that comparing two dates or two
 * scopes compares suppressed with suppressed. In a list that partitions a total (coverage
 * by organization, district, kind), when the suppressed groups together hold fewer than k
 * people, the smallest shown groups are suppressed as well until they hold k or more, so
 * that the total minus the shown groups does not give a small group back.
 * <p>
 * Tie-graph exports name teachers only to those who may see them; others get a
 * {@link #pseudonym} instead, a keyed hash of the teacher's id: the same teacher has the
 * same pseudonym in every export while the secret stays the same.
 */
@Component
public class PrivacyFloor {

	private final PrivacyProperties properties;

	private final Access access;

	private final byte[] secret;

	PrivacyFloor(PrivacyProperties properties, Access access) {
		this.properties = properties;
		this.access = access;
		if (properties.pseudonymSecret() == null || properties.pseudonymSecret().isEmpty()) {
			this.secret = new byte[32];
			new SecureRandom().nextBytes(this.secret);
		}
		else {
			this.secret = properties.pseudonymSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** k: the fewest people a figure shown to everyone may be about. */
	public int minGroupSize() {
		return this.properties.minGroupSize();
	}

	/**
	 * What a suppressed figure reads in files for people: «скрыто (менее k чел.)», or in
	 * English "suppressed (fewer than k people)".
	 */
	public String suppressedLabel(java.util.Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english ? "suppressed (fewer than %d people)".formatted(minGroupSize())
				: "скрыто (менее %d чел.)".formatted(minGroupSize());
	}

	/**
	 * Who may see the people behind a group: everyone for roles that see every name, a
	 * curator only their own organization's, a viewer nobody's.
	 */
	public Viewer viewer() {
		HorizonUser user = this.access.current();
		if (user.isAggregatesOnly()) {
			return new Viewer(false, null);
		}
		if (user.isLimitedToOrganization()) {
			return new Viewer(false, user.organizationId());
		}
		return new Viewer(true, null);
	}

	/**
	 * What the caller may see.
	 *
	 * @param seesEveryone true for roles that see every name
	 * @param ownOrganization a curator's organization, whose groups they see in full
	 */
	public record Viewer(boolean seesEveryone, String ownOrganization) {

		/**
		 * True when the caller sees the people of a group made of
		 * {@code organizationId}'s teachers only.
		 */
		public boolean seesOrganization(String organizationId) {
			return this.seesEveryone || (organizationId != null && organizationId.equals(this.ownOrganization));
		}

	}

	/**
	 * True when a group of {@code people} must be suppressed for a caller who does not
	 * see them.
	 */
	public boolean tooSmall(long people) {
		return people < this.properties.minGroupSize();
	}

	/**
	 * True when a figure over {@code people} must be suppressed for a caller who does not
	 * see them: more than nobody and fewer than k (a group of nobody reveals nobody).
	 */
	public boolean suppress(long people) {
		return people > 0 && tooSmall(people);
	}

	/**
	 * The groups of a list that partitions a total to suppress: those under k people,
	 * and, when these together hold fewer than k people, the smallest others until they
	 * do.
	 * @param groups the list
	 * @param people the size of each group
	 * @param visible groups the caller sees in full (never suppressed, not counted)
	 * @return the groups to suppress, by identity
	 */
	public <T> Set<T> suppressed(List<T> groups, ToIntFunction<T> people, Predicate<T> visible) {
		Set<T> result = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		List<T> shown = new ArrayList<>();
		long hidden = 0;
		for (T group : groups) {
			if (visible.test(group)) {
				continue;
			}
			int size = people.applyAsInt(group);
			if (size == 0) {
				// an empty group is about nobody, and hiding it hides nobody
				continue;
			}
			if (tooSmall(size)) {
				result.add(group);
				hidden += size;
			}
			else {
				shown.add(group);
			}
		}
		if (hidden > 0 && tooSmall(hidden)) {
			shown.sort(Comparator.comparingInt(people));
			for (T group : shown) {
				result.add(group);
				hidden += people.applyAsInt(group);
				if (!tooSmall(hidden)) {
					break;
				}
			}
		}
		return result;
	}

	/**
	 * A stable pseudonym for a teacher: a keyed hash of the id, the same in every export.
	 */
	public String pseudonym(String teacherId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] hash = mac.doFinal(String.valueOf(teacherId).getBytes(StandardCharsets.UTF_8));
			return "anon-" + HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
