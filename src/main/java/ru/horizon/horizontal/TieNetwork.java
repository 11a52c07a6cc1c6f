package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import ru.horizon.model.LearningTies;

/**
 * The tie graph of one window and scope, kept with a report so that its fields (flows,
 * brokers, communities) are computed only when asked, and at most once.
 */
public final class TieNetwork {

	/** Tie instances of one (source, target, kind, organizations) combination. */
	record Tie(String source, String target, String kind, String sourceOrganization, String targetOrganization,
			LocalDate lastDate, int count, double weight) {

		boolean cross() {
			return LearningTies.isCrossOrganization(this.sourceOrganization, this.targetOrganization);
		}

	}

	/** A flow between two organizations, by id. */
	record Flow(String source, String target, double weight, int ties) {

	}

	/** A teacher and a score. */
	record Ranked(String teacher, double score) {

	}

	private final List<Tie> ties;

	private final HorizontalProperties settings;

	private List<Flow> flows;

	private Graph<String, DefaultEdge> graph;

	private List<Ranked> brokers;

	private Map<String, String> organizationOf;

	private TieCommunities communities;

	TieNetwork(List<Tie> ties, HorizontalProperties settings) {
		this.ties = ties;
		this.settings = settings;
	}

	List<Tie> ties() {
		return this.ties;
	}

	/** Flows A -&gt; B, by weight descending, then source and target id. */
	synchronized List<Flow> flows() {
		if (this.flows == null) {
			Map<List<String>, double[]> sums = new HashMap<>();
			for (Tie tie : this.ties) {
				if (tie.cross()) {
					double[] sum = sums.computeIfAbsent(List.of(tie.sourceOrganization(), tie.targetOrganization()),
							(k) -> new double[2]);
					sum[0] += tie.weight();
					sum[1] += tie.count();
				}
			}
			List<Flow> result = new ArrayList<>();
			sums.forEach((key, sum) -> result.add(new Flow(key.get(0), key.get(1), sum[0], (int) sum[1])));
			result.sort(Comparator.comparingDouble(Flow::weight)
				.reversed()
				.thenComparing(Flow::source)
				.thenComparing(Flow::target));
			this.flows = List.copyOf(result);
		}
		return this.flows;
	}

	/** Undirected, unweighted: an edge joins two teachers with a tie in either direction. */
	synchronized Graph<String, DefaultEdge> graph() {
		if (this.graph == null) {
			Graph<String, DefaultEdge> result = new SimpleGraph<>(DefaultEdge.class);
			// Sorted insertion keeps iteration orders, and so label propagation, reproducible.
			TreeSet<String> teachers = new TreeSet<>();
			for (Tie tie : this.ties) {
				teachers.add(tie.source());
				teachers.add(tie.target());
			}
			teachers.forEach(result::addVertex);
			List<Tie> sorted = new ArrayList<>(this.ties);
			sorted.sort(Comparator.comparing(Tie::source).thenComparing(Tie::target));
			for (Tie tie : sorted) {
				if (!tie.source().equals(tie.target()) && !result.containsEdge(tie.source(), tie.target())) {
					result.addEdge(tie.source(), tie.target());
				}
			}
			this.graph = result;
		}
		return this.graph;
	}

	/** Teachers with a positive betweenness, highest first, then by id. */
	synchronized List<Ranked> brokers() {
		if (this.brokers == null) {
			List<Ranked> result = new ArrayList<>();
			Betweenness.of(graph(), this.settings).forEach((teacher, score) -> {
				if (score > 1e-9) {
					result.add(new Ranked(teacher, score));
				}
			});
			result.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::teacher));
			this.brokers = List.copyOf(result);
		}
		return this.brokers;
	}

	/**
	 * Label propagation (Raghavan et al.) on the undirected tie graph, with a fixed seed
	 * over vertices inserted in id order, so the same graph gives the same communities.
	 */
	synchronized TieCommunities communities(int limit) {
		if (this.communities == null) {
			Graph<String, DefaultEdge> graph = graph();
			List<Set<String>> clusters = new ArrayList<>(new LabelPropagationClustering<>(graph,
					this.settings.communityMaxIterations(), new Random(this.settings.randomSeed()))
				.getClustering()
				.getClusters());
			double modularity = graph.edgeSet().isEmpty() ? 0.0
					: new UndirectedModularityMeasurer<>(graph).modularity(clusters);
			Map<String, Integer> communityOf = new HashMap<>();
			for (int i = 0; i < clusters.size(); i++) {
				for (String teacher : clusters.get(i)) {
					communityOf.put(teacher, i);
				}
			}
			double[] weight = new double[clusters.size()];
			double[] cross = new double[clusters.size()];
			for (Tie tie : this.ties) {
				Integer community = communityOf.get(tie.source());
				if (community != null && community.equals(communityOf.get(tie.target()))) {
					weight[community] += tie.weight();
					if (tie.cross()) {
						cross[community] += tie.weight();
					}
				}
			}
			Map<String, String> organizationOf = organizationOf();
			List<TieCommunity> all = new ArrayList<>();
			int insideOne = 0;
			int counted = 0;
			for (int i = 0; i < clusters.size(); i++) {
				Map<String, Integer> sizes = new HashMap<>();
				for (String teacher : clusters.get(i)) {
					sizes.merge(String.valueOf(organizationOf.get(teacher)), 1, Integer::sum);
				}
				int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
				int size = clusters.get(i).size();
				if (size >= 2) {
					counted++;
					if (sizes.size() == 1) {
						insideOne++;
					}
				}
				all.add(new TieCommunity(0, size, sizes.size(), (double) largest / size,
						(weight[i] > 0) ? cross[i] / weight[i] : 0.0));
			}
			all.sort(Comparator.comparingInt(TieCommunity::teachers)
				.reversed()
				.thenComparing(Comparator.comparingInt(TieCommunity::organizations).reversed())
				.thenComparingDouble(TieCommunity::crossOrganizationShare));
			List<TieCommunity> ranked = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				TieCommunity c = all.get(i);
				ranked.add(new TieCommunity(i + 1, c.teachers(), c.organizations(), c.largestOrganizationShare(),
						c.crossOrganizationShare()));
			}
			this.communities = new TieCommunities(clusters.size(), modularity,
					(counted > 0) ? (double) insideOne / counted : 0.0, List.copyOf(ranked));
		}
		TieCommunities all = this.communities;
		return new TieCommunities(all.count(), all.modularity(), all.singleOrganizationShare(),
				all.largest().stream().limit(limit).toList());
	}

	/** Whether the betweenness figures are exact rather than estimated. */
	boolean exactBetweenness() {
		return Betweenness.exact(graph().vertexSet().size(), this.settings);
	}

	/**
	 * Each teacher's own organization: their main organization on the date of their latest
	 * tie in the window.
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
	 * Organizations of the teachers tied to {@code teacher} that differ from the teacher's
	 * own on the tie's date.
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
