package ru.horizon.mentoring;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import ru.horizon.organization.Scope;
import ru.horizon.system.privacy.PrivacyFloor;

/**
 * The privacy floor ({@link PrivacyFloor}) applied to a coverage answer: for a caller who
 * may not see the teachers behind a figure, every figure over fewer than k teachers
 * (counted in the figure's own group: new teachers for {@code newTeachers}, young for
 * {@code youngTeachers}) answers {@code total}, {@code covered}, {@code share} and
 * {@code met} as null with {@code suppressed: true}, and in each breakdown list the
 * smallest shown groups are suppressed as well until the suppressed ones hold k teachers
 * or more. A curator sees their own organization's figures in full.
 * <p>
 * The service's answer is not changed (it may be cached and shared): the figures to
 * suppress are kept for the request, and the figure's fields read them.
 */
@Component
class CoveragePrivacy implements RuntimeWiringConfigurer {

	private static final String KEY = CoveragePrivacy.class.getName();

	private final PrivacyFloor privacy;

	CoveragePrivacy(PrivacyFloor privacy) {
		this.privacy = privacy;
	}

	/** Marks the figures of {@code coverage} the caller may not see; returns it. */
	MentoringCoverage apply(MentoringCoverage coverage, Scope scope, GraphQLContext context) {
		PrivacyFloor.Viewer viewer = this.privacy.viewer();
		if (viewer.seesEveryone()) {
			return coverage;
		}
		Set<CoverageFigure> suppressed = context.computeIfAbsent(KEY,
				(key) -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())));
		if (!viewer.seesOrganization((scope != null) ? scope.organizationId() : null)) {
			for (CoverageFigure figure : List.of(coverage.newTeachers(), coverage.youngTeachers())) {
				if (this.privacy.suppress(figure.total())) {
					suppressed.add(figure);
				}
			}
		}
		Predicate<CoverageBreakdown> none = (breakdown) -> false;
		mark(coverage.byOrganizationKind(), none, suppressed);
		mark(coverage.byDistrict(), none, suppressed);
		mark(coverage.byOrganization(), (breakdown) -> viewer.seesOrganization(breakdown.key()), suppressed);
		return coverage;
	}

	private void mark(List<CoverageBreakdown> breakdowns, Predicate<CoverageBreakdown> visible,
			Set<CoverageFigure> suppressed) {
		for (Function<CoverageBreakdown, CoverageFigure> figure : List.<Function<CoverageBreakdown, CoverageFigure>>of(
				CoverageBreakdown::newTeachers, CoverageBreakdown::youngTeachers)) {
			for (CoverageBreakdown breakdown : this.privacy.suppressed(breakdowns, (b) -> figure.apply(b).total(),
					visible)) {
				suppressed.add(figure.apply(breakdown));
			}
		}
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("CoverageFigure",
				(type) -> type.dataFetcher("total", shown(CoverageFigure::total))
					.dataFetcher("covered", shown(CoverageFigure::covered))
					.dataFetcher("share", shown(CoverageFigure::share))
					.dataFetcher("met", shown(CoverageFigure::met))
					.dataFetcher("suppressed", CoveragePrivacy::suppressed));
	}

	private static DataFetcher<Object> shown(Function<CoverageFigure, Object> field) {
		return (environment) -> suppressed(environment) ? null : field.apply(environment.getSource());
	}

	private static boolean suppressed(DataFetchingEnvironment environment) {
		Set<CoverageFigure> suppressed = environment.getGraphQlContext().get(KEY);
		return suppressed != null && suppressed.contains(environment.<CoverageFigure>getSource());
	}

}
