package ru.horizon.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo city loaded into an empty database at start.
 *
 * @param loadOnEmpty fill an empty database (no Teacher) with the demo city at start
 * @param scale the scale of that city
 * @param seed the seed it is generated from
 */
@ConfigurationProperties("horizon.demo")
public record DemoProperties(@DefaultValue("false") boolean loadOnEmpty, @DefaultValue("1") int scale,
		@DefaultValue("1") long seed) {
}
