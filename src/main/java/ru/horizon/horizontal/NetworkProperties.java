package ru.horizon.horizontal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tie graph behind brokers and communities (issue 16).
 *
 * @param broadcastAttendees with {@link TieWeighting#SIZE_NORMALISED} an edge of the tie
 * graph needs a summed weight of at least {@code 1 / broadcastAttendees}: one event of at
 * most this many attendees, two of at most twice as many, and so on; a pair always
 * @param leidenResolution the resolution of modularity that the Leiden algorithm
 * maximises (1: Newman's modularity)
 * @param leidenIterations iterations of the Leiden algorithm per start
 * @param leidenRandomStarts starts from different seeds; the partition of highest
 * modularity is kept
 */
@ConfigurationProperties("horizon.network")
public record NetworkProperties(@DefaultValue("50") int broadcastAttendees,
		@DefaultValue("1.0") double leidenResolution, @DefaultValue("10") int leidenIterations,
		@DefaultValue("3") int leidenRandomStarts) {

	/** The defaults, for code that runs without Spring (tests, the benchmark). */
	public static NetworkProperties defaults() {
		return new NetworkProperties(50, 1.0, 10, 3);
	}

}
