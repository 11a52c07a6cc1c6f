package ru.horizon.horizontal;

import java.util.List;

/**
 * The communities of a tie graph.
 *
 * @param count how many communities the Leiden algorithm found
 * @param modularity Newman's modularity of that partition of the undirected, weighted tie
 * graph
 * @param singleOrganizationShare the share of communities of two teachers or more that
 * stay inside one organization
 * @param largest the largest communities, largest first
 * @param weighting how the ties were weighed
 */
public record TieCommunities(int count, double modularity, double singleOrganizationShare, List<TieCommunity> largest,
		TieWeighting weighting) {

}
