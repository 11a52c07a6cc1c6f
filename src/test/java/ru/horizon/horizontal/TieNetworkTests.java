package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tie graph's communities, brokerage roles, normalised betweenness and size weighting
 * on small graphs with published or hand-worked answers (no database).
 */
class TieNetworkTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

	private static final HorizontalProperties SETTINGS = new HorizontalProperties(6000, 600, 20261123, 50);

	/** Zachary's karate club (1977), the 78 edges as NetworkX numbers the 34 members. */
	private static final String KARATE = "0-1 0-2 0-3 0-4 0-5 0-6 0-7 0-8 0-10 0-11 0-12 0-13 0-17 0-19 0-21 0-31 "
			+ "1-2 1-3 1-7 1-13 1-17 1-19 1-21 1-30 2-3 2-7 2-8 2-9 2-13 2-27 2-28 2-32 3-7 3-12 3-13 4-6 4-10 5-6 "
			+ "5-10 5-16 6-16 8-30 8-32 8-33 9-33 13-33 14-32 14-33 15-32 15-33 18-32 18-33 19-33 20-32 20-33 22-32 "
			+ "22-33 23-25 23-27 23-29 23-32 23-33 24-25 24-27 24-31 25-31 26-29 26-33 27-33 28-31 28-33 29-32 29-33 "
			+ "30-32 30-33 31-32 31-33 32-33";

	/** Mr. Hi's faction after the split, as NetworkX's "club" attribute has it. */
	private static final Set<Integer> MR_HI = Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21);

	private static TieNetwork.Tie tie(String source, String target, String sourceOrganization,
			String targetOrganization, double weight, double sizeNormalised) {
		return new TieNetwork.Tie(source, target, "EVENT", sourceOrganization, targetOrganization, DAY, 1, weight,
				sizeNormalised);
	}

	private static TieNetwork karate() {
		List<TieNetwork.Tie> ties = new ArrayList<>();
		for (String edge : KARATE.split(" ")) {
			String[] ends = edge.split("-");
			ties.add(tie(member(Integer.parseInt(ends[0])), member(Integer.parseInt(ends[1])), "club", "club", 1, 1));
		}
		return new TieNetwork(ties, SETTINGS);
	}

	private static String member(int number) {
		return "k%02d".formatted(number);
	}

	@Test
	void leidenFindsTheBestKnownModularityOfTheKarateClub() {
		// Brandes et al. (2008) proved 0.4198 (four communities) the maximum for this
		// graph.
		TieCommunities communities = karate().communities(10, TieWeighting.RAW);
		assertThat(communities.modularity()).isCloseTo(0.41979, within(0.0005));
		assertThat(communities.count()).isEqualTo(4);
		assertThat(communities.largest().stream().mapToInt(TieCommunity::teachers).sum()).isEqualTo(34);
		assertThat(communities.largest().stream().mapToDouble(TieCommunity::modularity).sum())
			.isCloseTo(communities.modularity(), within(1e-12));
		assertThat(communities.largest().get(0).memberIds()).isSorted();
		assertThat(communities.largest().get(0).organizationIds()).containsExactly("club");
	}

	@Test
	void modularityOfTheClubsActualSplitIsNetworkXs() {
		TieNetwork network = karate();
		TieNetwork.Edges edges = network.edges(TieWeighting.RAW);
		int[] cluster = new int[edges.teachers().size()];
		for (int i = 0; i < cluster.length; i++) {
			cluster[i] = MR_HI.contains(Integer.parseInt(edges.teachers().get(i).substring(1))) ? 0 : 1;
		}
		double[] terms = TieNetwork.modularityTerms(edges, cluster, 2);
		// networkx.algorithms.community.modularity(G, [Mr. Hi, Officer]) on the
		// unweighted graph
		assertThat(terms[0] + terms[1]).isCloseTo(0.3582347140039448, within(1e-12));
	}

	@Test
	void eachBrokerageRoleOnItsOwnTriad() {
		// a -> v -> c, no a -> c, with the organizations of a, v and c.
		assertThat(roles("A", "A", "A")).isEqualTo(new BrokerageRoles(1, 0, 0, 0, 0));
		assertThat(roles("B", "A", "A")).isEqualTo(new BrokerageRoles(0, 1, 0, 0, 0));
		assertThat(roles("A", "A", "B")).isEqualTo(new BrokerageRoles(0, 0, 1, 0, 0));
		assertThat(roles("B", "A", "C")).isEqualTo(new BrokerageRoles(0, 0, 0, 1, 0));
		assertThat(roles("B", "A", "B")).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 1));
	}

	private static BrokerageRoles roles(String a, String v, String c) {
		TieNetwork network = new TieNetwork(List.of(tie("a", "v", a, v, 1, 1), tie("v", "c", v, c, 1, 1)), SETTINGS);
		return network.brokerage("v", TieWeighting.RAW);
	}

	@Test
	void aClosedTriadIsNoBrokerageAndBothDirectionsCountOnce() {
		// a -> v -> c with a -> c: v brokers nothing. a <-> v -> c: a -> v -> c is one
		// open path.
		TieNetwork closed = new TieNetwork(
				List.of(tie("a", "v", "B", "A", 1, 1), tie("v", "c", "A", "C", 1, 1), tie("a", "c", "B", "C", 1, 1)),
				SETTINGS);
		assertThat(closed.brokerage("v", TieWeighting.RAW).total()).isZero();
		TieNetwork both = new TieNetwork(
				List.of(tie("a", "v", "B", "A", 1, 1), tie("v", "a", "A", "B", 1, 1), tie("v", "c", "A", "C", 1, 1)),
				SETTINGS);
		assertThat(both.brokerage("v", TieWeighting.RAW)).isEqualTo(new BrokerageRoles(0, 0, 0, 1, 0));
	}

	@Test
	void betweennessIsNormalisedByThePairsOfOtherTeachersAndRanked() {
		// A star of four around s: s lies on the 3 paths between its leaves, of 3 pairs.
		TieNetwork star = new TieNetwork(
				List.of(tie("s", "l1", "A", "A", 1, 1), tie("s", "l2", "A", "A", 1, 1), tie("s", "l3", "A", "A", 1, 1)),
				SETTINGS);
		List<TieNetwork.Ranked> brokers = star.brokers(TieWeighting.RAW);
		assertThat(brokers).singleElement().satisfies((b) -> {
			assertThat(b.score()).isEqualTo(3.0);
			assertThat(b.normalised()).isEqualTo(1.0);
			assertThat(b.rank()).isEqualTo(1);
		});
	}

	@Test
	void aBroadcastTieIsNoEdgeOfTheSizeNormalisedGraphButRepeatedContactIs() {
		// u spoke to 100 attendees once (1/100 each); w taught v at two 60-seat events
		// (2/60).
		List<TieNetwork.Tie> ties = new ArrayList<>();
		ties.add(tie("u", "v", "A", "B", 1, 1.0 / 100));
		ties.add(tie("w", "v", "C", "B", 2, 2.0 / 60));
		ties.add(tie("v", "x", "B", "B", 1, 1.0 / 10));
		TieNetwork network = new TieNetwork(ties, SETTINGS, NetworkProperties.defaults());
		assertThat(network.threshold(TieWeighting.SIZE_NORMALISED)).isEqualTo(1.0 / 50);
		assertThat(network.graph(TieWeighting.RAW).edgeSet()).hasSize(3);
		assertThat(network.graph(TieWeighting.SIZE_NORMALISED).vertexSet()).containsExactlyInAnyOrder("w", "v", "x");
		assertThat(network.brokers(TieWeighting.RAW).get(0).score()).isEqualTo(3.0);
		assertThat(network.brokers(TieWeighting.SIZE_NORMALISED).get(0).score()).isEqualTo(1.0);
		// Flows keep every cross tie, weighed by the weighting.
		assertThat(network.flows(TieWeighting.SIZE_NORMALISED)).extracting(TieNetwork.Flow::weight)
			.containsExactly(2.0 / 60, 1.0 / 100);
		assertThat(network.flows(TieWeighting.RAW)).extracting(TieNetwork.Flow::weight).containsExactly(2.0, 1.0);
	}

	@Test
	void communitiesAreReproducible() {
		Set<List<String>> first = new HashSet<>();
		karate().communities(10, TieWeighting.RAW).largest().forEach((c) -> first.add(c.memberIds()));
		Set<List<String>> again = new HashSet<>();
		karate().communities(10, TieWeighting.RAW).largest().forEach((c) -> again.add(c.memberIds()));
		assertThat(again).isEqualTo(first);
	}

}
