package ru.horizon.horizontal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of horizontal learning (горизонтальное обучение): how brokers and communities
 * are computed.
 *
 * @param exactBetweennessMaxTeachers up to this many teachers in the tie graph (20,000: a
 * city; the demo city's year has about 8,200), betweenness is exact; beyond it (a region
 * or the country: exact work grows as teachers x ties) it is estimated from sampled
 * sources
 * @param betweennessPivots how many source teachers the estimate samples
 * @param randomSeed the seed of the sampling and of label propagation, so the same graph
 * gives the same answer
 * @param communityMaxIterations the most rounds label propagation runs
 */
@ConfigurationProperties("horizon.horizontal")
public record HorizontalProperties(@DefaultValue("20000") int exactBetweennessMaxTeachers,
		@DefaultValue("600") int betweennessPivots, @DefaultValue("20261123") long randomSeed,
		@DefaultValue("50") int communityMaxIterations) {

}
