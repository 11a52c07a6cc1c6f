package ru.horizon.system.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The privacy floor (порог приватности) for roles that may not see names.
 *
 * @param minGroupSize k: a figure over fewer people is suppressed
 * @param pseudonymSecret the server secret of the pseudonyms in tie-graph exports; empty:
 * a random one per start (pseudonyms then change when the server restarts)
 */
@ConfigurationProperties("horizon.privacy")
public record PrivacyProperties(@DefaultValue("5") int minGroupSize, @DefaultValue("") String pseudonymSecret) {
}
