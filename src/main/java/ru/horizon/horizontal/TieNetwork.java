package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import ru.horizon.model.LearningTies;

/**
 * The tie graph of one window and scope, kept with a report so that its fields (flows,
 * brokers, communities) are computed only when asked, and at most once per
 * {@link TieWeighting}.
 * <p>
 * The tie graph of a weighting: teachers are vertices; two teachers are joined when the
 * ties between them, in either direction and of any kind, weigh together at least the
 * threshold of the weighting (none for RAW; {@code 1 / broadcastAttendees} for
 * SIZE_NORMALISED). Brokers use it unweighted (betweenness) and directed (brokerage
 * roles: an arc a -&gt; b where a taught b); communities use it weighted.
 */
public final class TieNetwork {

	/**
	 * Tie instances of one (source, target, kind, organizations) combination.
	 *
	 * @param weight the weight of model.md, summed
	 * @param sizeNormalisedWeight the weight of {@link TieWeighting#SIZE_NORMALISED},
	 * summed
	 */
	record Tie(String source, String target, String kind, String sourceOrganization, String targetOrganization,
			LocalDate lastDate, int count, double weight, double sizeNormalisedWeight) {

		boolean cross() {
			return LearningTies.isCrossOrganization(this.sourceOrganization, this.targetOrganization);
		}

		double weight(TieWeighting weighting) {
			return (weighting == TieWeighting.RAW) ? this.weight : this.sizeNormalisedWeight;
		}

	}

	/** A flow between two organizations, by id. */
	record Flow(String source, String target, double weight, int ties) {

	}

	/**
	 * A teacher, a score, its share of the pairs of other teachers and its rank from 1.
	 */
	record Ranked(String teacher, double score, double normalised, int rank) {

	}

	/** The tie graph of one weighting, as int arrays over teachers in id order. */
	record Edges(List<String> teachers, int[] first, int[] second, double[] weight, Set<Long> arcs) {

		int size() {
			return this.first.length;
		}

	}

	private final List<Tie> ties;

	private final HorizontalProperties settings;

	private final NetworkProperties network;

	private final Map<TieWeighting, List<Flow>> flows = new EnumMap<>(TieWeighting.class);

	private final Map<TieWeighting, Edges> edges = new EnumMap<>(TieWeighting.class);

	private final Map<TieWeighting, Graph<String, DefaultEdge>> graphs = new EnumMap<>(TieWeighting.class);

	private final Map<TieWeighting, List<Ranked>> brokers = new EnumMap<>(TieWeighting.class);

	private final Map<TieWeighting, TieCommunities> communities = new EnumMap<>(TieWeighting.class);

	private Map<String, String> organizationOf;

	TieNetwork(List<Tie> ties, HorizontalProperties settings) {
		this(ties, settings, NetworkProperties.defaults());
	}

	TieNetwork(List<Tie> ties, HorizontalProperties settings, NetworkProperties network) {
		this.ties = ties;
		this.settings = settings;
		this.network = network;
	}

	List<Tie> ties() {
		return this.ties;
	}

	/** Flows A -&gt; B of the model.md weights. */
	List<Flow> flows() {
		return flows(TieWeighting.RAW);
	}

	/** Flows A -&gt; B, by weight descending, then source and target id. */
	synchronized List<Flow> flows(TieWeighting weighting) {
		return this.flows.computeIfAbsent(weighting, (w) -> {
			Map<List<String>, double[]> sums = new HashMap<>();
			for (Tie tie : this.ties) {
				if (tie.cross()) {
					double[] sum = sums.computeIfAbsent(List.of(tie.sourceOrganization(), tie.targetOrganization()),
							(k) -> new double[2]);
					sum[0] += tie.weight(w);
					sum[1] += tie.count();
				}
			}
			List<Flow> result = new ArrayList<>();
			sums.forEach((key, sum) -> result.add(new Flow(key.get(0), key.get(1), sum[0], (int) sum[1])));
			result.sort(Comparator.comparingDouble(Flow::weight)
				.reversed()
				.thenComparing(Flow::source)
				.thenComparing(Flow::target));
			return List.copyOf(result);
		});
	}

	/** The smallest summed weight that makes an edge of the tie graph. */
	double threshold(TieWeighting weighting) {
		return (weighting == TieWeighting.RAW) ? 0.0 : 1.0 / Math.max(1, this.network.broadcastAttendees());
	}

	/** The tie graph of a weighting (see the class comment). */
	synchronized Edges edges(TieWeighting weighting) {
		return this.edges.computeIfAbsent(weighting, (w) -> {
			TreeSet<String> all = new TreeSet<>();
			for (Tie tie : this.ties) {
				if (!tie.source().equals(tie.target())) {
					all.add(tie.source());
					all.add(tie.target());
				}
			}
			Map<String, Integer> index = new HashMap<>();
			for (String teacher : all) {
				index.put(teacher, index.size());
			}
			// Undirected sums keyed by (low, high) and the arcs that were taught, as
			// longs.
			TreeMap<Long, double[]> sums = new TreeMap<>();
			Set<Long> taught = new HashSet<>();
			for (Tie tie : this.ties) {
				if (tie.source().equals(tie.target())) {
					continue;
				}
				int a = index.get(tie.source());
				int b = index.get(tie.target());
				sums.computeIfAbsent(key(Math.min(a, b), Math.max(a, b)), (k) -> new double[1])[0] += tie.weight(w);
				taught.add(key(a, b));
			}
			double threshold = threshold(w) - 1e-12;
			List<long[]> kept = new ArrayList<>();
			Set<Long> arcs = new HashSet<>();
			int[] degree = new int[all.size()];
			List<Double> weights = new ArrayList<>();
			sums.forEach((k, sum) -> {
				if (sum[0] >= threshold) {
					int a = (int) (k >> 32);
					int b = (int) (k & 0xffffffffL);
					kept.add(new long[] { a, b });
					weights.add(sum[0]);
					degree[a]++;
					degree[b]++;
					if (taught.contains(key(a, b))) {
						arcs.add(key(a, b));
					}
					if (taught.contains(key(b, a))) {
						arcs.add(key(b, a));
					}
				}
			});
			// Only teachers with an edge are vertices; renumber them in id order.
			List<String> ids = new ArrayList<>(all);
			int[] renumber = new int[ids.size()];
			List<String> teachers = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				renumber[i] = (degree[i] > 0) ? teachers.size() : -1;
				if (degree[i] > 0) {
					teachers.add(ids.get(i));
				}
			}
			int[] first = new int[kept.size()];
			int[] second = new int[kept.size()];
			double[] weight = new double[kept.size()];
			for (int e = 0; e < kept.size(); e++) {
				first[e] = renumber[(int) kept.get(e)[0]];
				second[e] = renumber[(int) kept.get(e)[1]];
				weight[e] = weights.get(e);
			}
			Set<Long> renumbered = new HashSet<>();
			for (long arc : arcs) {
				renumbered.add(key(renumber[(int) (arc >> 32)], renumber[(int) (arc & 0xffffffffL)]));
			}
			return new Edges(List.copyOf(teachers), first, second, weight, renumbered);
		});
	}

	private static long key(int a, int b) {
		return ((long) a << 32) | (b & 0xffffffffL);
	}

	/** The tie graph of model.md weights, undirected and unweighted. */
	Graph<String, DefaultEdge> graph() {
		return graph(TieWeighting.RAW);
	}

	/** Undirected, unweighted: the edges of {@link #edges(TieWeighting)}. */
	synchronized Graph<String, DefaultEdge> graph(TieWeighting weighting) {
		return this.graphs.computeIfAbsent(weighting, (w) -> {
			Edges edges = edges(w);
			Graph<String, DefaultEdge> result = new SimpleGraph<>(DefaultEdge.class);
			edges.teachers().forEach(result::addVertex);
			for (int e = 0; e < edges.size(); e++) {
				result.addEdge(edges.teachers().get(edges.first()[e]), edges.teachers().get(edges.second()[e]));
			}
			return result;
		});
	}

	/** Brokers of the model.md weights. */
	List<Ranked> brokers() {
		return brokers(TieWeighting.RAW);
	}

	/** Teachers with a positive betweenness, highest first, then by id. */
	synchronized List<Ranked> brokers(TieWeighting weighting) {
		List<Ranked> known = this.brokers.get(weighting);
		if (known != null) {
			return known;
		}
		Graph<String, DefaultEdge> graph = graph(weighting);
		long n = graph.vertexSet().size();
		double pairs = (n > 2) ? (n - 1) * (n - 2) / 2.0 : 0.0;
		List<Ranked> result = new ArrayList<>();
		Betweenness.of(graph, this.settings).forEach((teacher, score) -> {
			if (score > 1e-9) {
				result.add(new Ranked(teacher, score, (pairs > 0) ? score / pairs : 0.0, 0));
			}
		});
		result.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::teacher));
		List<Ranked> ranked = new ArrayList<>(result.size());
		for (int i = 0; i < result.size(); i++) {
			Ranked r = result.get(i);
			ranked.add(new Ranked(r.teacher(), r.score(), r.normalised(), i + 1));
		}
		List<Ranked> answer = List.copyOf(ranked);
		this.brokers.put(weighting, answer);
		return answer;
	}

	/**
	 * The Gould-Fernandez roles of {@code teacher} on the directed tie graph of the
	 * weighting, each teacher's group being {@link #organizationOf()}.
	 */
	BrokerageRoles brokerage(String teacher, TieWeighting weighting) {
		Edges edges = edges(weighting);
		int v = edges.teachers().indexOf(teacher);
		if (v < 0) {
			return new BrokerageRoles(0, 0, 0, 0, 0);
		}
		List<Integer> in = new ArrayList<>();
		List<Integer> out = new ArrayList<>();
		for (int e = 0; e < edges.size(); e++) {
			int other = (edges.first()[e] == v) ? edges.second()[e] : (edges.second()[e] == v) ? edges.first()[e] : -1;
			if (other >= 0) {
				if (edges.arcs().contains(key(other, v))) {
					in.add(other);
				}
				if (edges.arcs().contains(key(v, other))) {
					out.add(other);
				}
			}
		}
		Map<String, String> organizationOf = organizationOf();
		String own = organizationOf.get(teacher);
		int[] roles = new int[5];
		if (own == null) {
			return new BrokerageRoles(0, 0, 0, 0, 0);
		}
		for (int a : in) {
			String from = organizationOf.get(edges.teachers().get(a));
			if (from == null) {
				continue;
			}
			for (int c : out) {
				if (a == c || edges.arcs().contains(key(a, c))) {
					continue;
				}
				String to = organizationOf.get(edges.teachers().get(c));
				if (to == null) {
					continue;
				}
				roles[role(from, own, to)]++;
			}
		}
		return new BrokerageRoles(roles[0], roles[1], roles[2], roles[3], roles[4]);
	}

	/**
	 * The role of v in a -&gt; v -&gt; c by the three groups: 0 coordinator, 1
	 * gatekeeper, 2 representative, 3 liaison, 4 itinerant.
	 */
	static int role(String a, String v, String c) {
		if (a.equals(v)) {
			return v.equals(c) ? 0 : 2;
		}
		if (v.equals(c)) {
			return 1;
		}
		return a.equals(c) ? 4 : 3;
	}

	/** Communities of the model.md weights. */
	TieCommunities communities(int limit) {
		return communities(limit, TieWeighting.RAW);
	}

	/**
	 * The Leiden algorithm (Traag, Waltman and van Eck, 2019; CWTS networkanalysis)
	 * maximising modularity on the weighted, undirected tie graph of the weighting, from
	 * fixed seeds, so the same graph gives the same communities.
	 */
	synchronized TieCommunities communities(int limit, TieWeighting weighting) {
		TieCommunities all = this.communities.computeIfAbsent(weighting, this::leiden);
		return new TieCommunities(all.count(), all.modularity(), all.singleOrganizationShare(),
				all.largest().stream().limit(limit).toList(), all.weighting());
	}

	private TieCommunities leiden(TieWeighting weighting) {
		Edges edges = edges(weighting);
		int n = edges.teachers().size();
		int[] cluster = clusters(edges, this.network, this.settings.randomSeed());
		int count = 0;
		for (int c : cluster) {
			count = Math.max(count, c + 1);
		}
		double[] modularity = modularityTerms(edges, cluster, count);
		List<List<String>> members = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			members.add(new ArrayList<>());
		}
		Map<String, Integer> communityOf = new HashMap<>();
		for (int i = 0; i < n; i++) {
			members.get(cluster[i]).add(edges.teachers().get(i));
			communityOf.put(edges.teachers().get(i), cluster[i]);
		}
		double[] weight = new double[count];
		double[] cross = new double[count];
		for (Tie tie : this.ties) {
			Integer community = communityOf.get(tie.source());
			if (community != null && community.equals(communityOf.get(tie.target()))) {
				weight[community] += tie.weight(weighting);
				if (tie.cross()) {
					cross[community] += tie.weight(weighting);
				}
			}
		}
		Map<String, String> organizationOf = organizationOf();
		List<TieCommunity> all = new ArrayList<>();
		int insideOne = 0;
		int counted = 0;
		double total = 0;
		for (int c = 0; c < count; c++) {
			total += modularity[c];
			Map<String, Integer> sizes = new HashMap<>();
			for (String teacher : members.get(c)) {
				String organization = organizationOf.get(teacher);
				if (organization != null) {
					sizes.merge(organization, 1, Integer::sum);
				}
			}
			int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			int size = members.get(c).size();
			if (size >= 2) {
				counted++;
				if (sizes.size() <= 1) {
					insideOne++;
				}
			}
			List<String> organizations = new ArrayList<>(sizes.keySet());
			organizations
				.sort(Comparator.comparing((String o) -> -sizes.get(o)).thenComparing(Comparator.naturalOrder()));
			all.add(new TieCommunity(0, size, sizes.size(), (size > 0) ? (double) largest / size : 0.0,
					(weight[c] > 0) ? cross[c] / weight[c] : 0.0, modularity[c], List.copyOf(members.get(c)),
					List.copyOf(organizations), null));
		}
		all.sort(Comparator.comparingInt(TieCommunity::teachers)
			.reversed()
			.thenComparing(Comparator.comparingInt(TieCommunity::organizations).reversed())
			.thenComparing((c) -> c.memberIds().isEmpty() ? "" : c.memberIds().get(0)));
		List<TieCommunity> ranked = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			TieCommunity c = all.get(i);
			ranked.add(new TieCommunity(i + 1, c.teachers(), c.organizations(), c.largestOrganizationShare(),
					c.crossOrganizationShare(), c.modularity(), c.memberIds(), c.organizationIds(), null));
		}
		return new TieCommunities(count, (edges.size() > 0) ? total : 0.0,
				(counted > 0) ? (double) insideOne / counted : 0.0, List.copyOf(ranked), weighting);
	}

	/**
	 * The Leiden partition of the weighted graph: for each vertex its community, numbered
	 * from 0 by size. The best modularity of {@code leidenRandomStarts} seeds is kept.
	 */
	static int[] clusters(Edges edges, NetworkProperties settings, long seed) {
		int n = edges.teachers().size();
		if (edges.size() == 0) {
			int[] singletons = new int[n];
			Arrays.setAll(singletons, (i) -> i);
			return singletons;
		}
		LargeIntArray[] pairs = { new LargeIntArray(2L * edges.size()), new LargeIntArray(2L * edges.size()) };
		LargeDoubleArray weights = new LargeDoubleArray(2L * edges.size());
		long k = 0;
		for (int e = 0; e < edges.size(); e++) {
			pairs[0].set(k, edges.first()[e]);
			pairs[1].set(k, edges.second()[e]);
			weights.set(k++, edges.weight()[e]);
			pairs[0].set(k, edges.second()[e]);
			pairs[1].set(k, edges.first()[e]);
			weights.set(k++, edges.weight()[e]);
		}
		// Node weights = weighted degrees and resolution / 2m: the CPM quality is
		// modularity.
		Network network = new Network(n, true, pairs, weights, false, false);
		double resolution = settings.leidenResolution() / (2 * network.getTotalEdgeWeight());
		Clustering best = null;
		double bestQuality = Double.NEGATIVE_INFINITY;
		for (int start = 0; start < Math.max(1, settings.leidenRandomStarts()); start++) {
			LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, settings.leidenIterations(),
					LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed + start));
			Clustering clustering = leiden.findClustering(network);
			double quality = leiden.calcQuality(network, clustering);
			if (quality > bestQuality + 1e-12) {
				best = clustering;
				bestQuality = quality;
			}
		}
		best.orderClustersByNNodes();
		return best.getClusters();
	}

	/**
	 * Each community's term of Newman's modularity of the weighted graph: the weight of
	 * its inner edges over m, less (the sum of its degrees over 2m) squared.
	 */
	static double[] modularityTerms(Edges edges, int[] cluster, int count) {
		double[] inner = new double[count];
		double[] degree = new double[count];
		double m = 0;
		for (int e = 0; e < edges.size(); e++) {
			double w = edges.weight()[e];
			m += w;
			int a = cluster[edges.first()[e]];
			int b = cluster[edges.second()[e]];
			degree[a] += w;
			degree[b] += w;
			if (a == b) {
				inner[a] += w;
			}
		}
		double[] result = new double[count];
		if (m == 0) {
			return result;
		}
		for (int c = 0; c < count; c++) {
			result[c] = inner[c] / m - Math.pow(degree[c] / (2 * m), 2);
		}
		return result;
	}

	/** Whether the betweenness figures are exact rather than estimated. */
	boolean exactBetweenness() {
		return exactBetweenness(TieWeighting.RAW);
	}

	/** Whether the betweenness figures of a weighting are exact rather than estimated. */
	boolean exactBetweenness(TieWeighting weighting) {
		return Betweenness.exact(graph(weighting).vertexSet().size(), this.settings);
	}

	/**
	 * Each teacher's own organization: their main organization on the date of their
	 * latest tie in the window.
	 */
	synchronized Map<String, String> organizationOf() {
		if (this.organizationOf == null) {
			Map<String, String> result = new HashMap<>();
			Map<String, LocalDate> latest = new HashMap<>();
			for (Tie tie : this.ties) {
				remember(result, latest, tie.source(), tie.sourceOrganization(), tie.lastDate());
				remember(result, latest, tie.target(), tie.targetOrganization(), tie.lastDate());
			}
			this.organizationOf = result;
		}
		return this.organizationOf;
	}

	private static void remember(Map<String, String> organizationOf, Map<String, LocalDate> latest, String teacher,
			String organization, LocalDate date) {
		if (organization == null) {
			return;
		}
		LocalDate known = latest.get(teacher);
		if (known == null || date.isAfter(known)) {
			latest.put(teacher, date);
			organizationOf.put(teacher, organization);
		}
	}

	/**
	 * Organizations of the teachers tied to {@code teacher} that differ from the
	 * teacher's own on the tie's date.
	 */
	Set<String> organizationsBridged(String teacher) {
		Set<String> result = new HashSet<>();
		for (Tie tie : this.ties) {
			if (tie.cross()) {
				if (tie.source().equals(teacher)) {
					result.add(tie.targetOrganization());
				}
				else if (tie.target().equals(teacher)) {
					result.add(tie.sourceOrganization());
				}
			}
		}
		return result;
	}

}
