package ru.horizon.isolation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the isolation question.
 *
 * @param maxLookbackMonths the longest lookback a request may ask for
 */
@ConfigurationProperties("horizon.isolation")
public record IsolationProperties(@DefaultValue("120") int maxLookbackMonths) {

}
