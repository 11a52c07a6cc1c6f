package ru.horizon.horizontal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import ru.horizon.system.privacy.PrivacyFloor;

/**
 * The privacy floor ({@link PrivacyFloor}) applied to organization flows: for a caller
 * who may not see every teacher (a VIEWER, a CURATOR), a flow whose ties have fewer than
 * k distinct teachers at their ends answers {@code weight} and {@code ties} as null with
 * {@code suppressed: true}; when the suppressed flows of the window together have fewer
 * than k teachers, the smallest shown flows are suppressed too. Decided on all the flows
 * of the window, before the limit, by the number of teachers only.
 */
@Component
class FlowPrivacy implements RuntimeWiringConfigurer {

	private static final String KEY = FlowPrivacy.class.getName();

	private final PrivacyFloor privacy;

	FlowPrivacy(PrivacyFloor privacy) {
		this.privacy = privacy;
	}

	/**
	 * Marks the flows of {@code flows} (from {@code report}) the caller may not see;
	 * returns them.
	 */
	List<OrganizationFlow> apply(HorizontalLearning report, List<OrganizationFlow> flows, GraphQLContext context) {
		if (flows.isEmpty() || this.privacy.viewer().seesEveryone()) {
			return flows;
		}
		Map<String, Set<String>> teachers = new HashMap<>();
		for (TieNetwork.Tie tie : report.network().ties()) {
			if (tie.cross()) {
				Set<String> ends = teachers.computeIfAbsent(key(tie.sourceOrganization(), tie.targetOrganization()),
						(k) -> new HashSet<>());
				ends.add(tie.source());
				ends.add(tie.target());
			}
		}
		List<String> all = new ArrayList<>(teachers.keySet());
		Set<String> hidden = new HashSet<>(
				this.privacy.suppressed(all, (flow) -> teachers.get(flow).size(), (flow) -> false));
		Set<OrganizationFlow> suppressed = context.computeIfAbsent(KEY,
				(k) -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())));
		for (OrganizationFlow flow : flows) {
			if (hidden.contains(key(flow.source().id(), flow.target().id()))) {
				suppressed.add(flow);
			}
		}
		return flows;
	}

	private static String key(String source, String target) {
		return source + "\u0000" + target;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("OrganizationFlow",
				(type) -> type.dataFetcher("weight", shown(OrganizationFlow::weight))
					.dataFetcher("ties", shown(OrganizationFlow::ties))
					.dataFetcher("suppressed", FlowPrivacy::suppressed));
	}

	private static DataFetcher<Object> shown(Function<OrganizationFlow, Object> field) {
		return (environment) -> suppressed(environment) ? null : field.apply(environment.getSource());
	}

	private static boolean suppressed(DataFetchingEnvironment environment) {
		Set<OrganizationFlow> suppressed = environment.getGraphQlContext().get(KEY);
		return suppressed != null && suppressed.contains(environment.<OrganizationFlow>getSource());
	}

}
