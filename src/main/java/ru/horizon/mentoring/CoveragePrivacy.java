package ru.horizon.mentoring;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * The privacy floor ({@link PrivacyFloor}) applied to coverage and monitoring answers:
 * for a caller who may not see the teachers behind a figure, every figure over fewer than
 * k teachers (counted in the figure's own group: new teachers for {@code newTeachers},
 * young for {@code youngTeachers}) answers {@code total}, {@code covered}, {@code share}
 * and {@code met} as null with {@code suppressed: true}, and in each breakdown list the
 * smallest shown groups are suppressed as well until the suppressed ones hold k teachers
 * or more. A monitoring row over fewer than k pairs (the same rule over its
 * organizations) answers its counts of mentors and pairs, its forms and satisfaction as
 * null (forms empty) with {@code suppressed: true}. A curator sees their own
 * organization's figures in full.
 * <p>
 * The service's answer is not changed (it may be cached and shared): what to suppress is
 * decided per request ({@link #hidden}), kept for the request, and read by the fields and
 * by the files (indicators, monitoring) alike.
 */
@Component
public class CoveragePrivacy implements RuntimeWiringConfigurer {

	private static final String KEY = CoveragePrivacy.class.getName();

	private static final String ROWS = KEY + ".rows";

	private final PrivacyFloor privacy;

	CoveragePrivacy(PrivacyFloor privacy) {
		this.privacy = privacy;
	}

	/**
	 * What one caller may not see of one answer, by identity.
	 *
	 * @param figures the suppressed figures
	 * @param rows the suppressed monitoring rows
	 */
	public record Hidden(Set<CoverageFigure> figures, Set<MentoringMonitoring.Row> rows) {

		/** True when {@code figure} is suppressed. */
		public boolean hides(CoverageFigure figure) {
			return this.figures.contains(figure);
		}

		/** True when the counts of {@code row} are suppressed. */
		public boolean hides(MentoringMonitoring.Row row) {
			return this.rows.contains(row);
		}

	}

	/** What the caller may not see of a coverage answer for {@code scope}. */
	public Hidden hidden(MentoringCoverage coverage, Scope scope) {
		Hidden hidden = empty();
		PrivacyFloor.Viewer viewer = this.privacy.viewer();
		if (viewer.seesEveryone()) {
			return hidden;
		}
		total(List.of(coverage.newTeachers(), coverage.youngTeachers()), scope, viewer, hidden);
		Predicate<CoverageBreakdown> none = (breakdown) -> false;
		mark(coverage.byOrganizationKind(), none, CoverageBreakdown::newTeachers, CoverageBreakdown::youngTeachers,
				hidden);
		mark(coverage.byDistrict(), none, CoverageBreakdown::newTeachers, CoverageBreakdown::youngTeachers, hidden);
		mark(coverage.byOrganization(), (breakdown) -> viewer.seesOrganization(breakdown.key()),
				CoverageBreakdown::newTeachers, CoverageBreakdown::youngTeachers, hidden);
		return hidden;
	}

	/** What the caller may not see of a monitoring answer for {@code scope}. */
	public Hidden hidden(MentoringMonitoring monitoring, Scope scope) {
		Hidden hidden = empty();
		PrivacyFloor.Viewer viewer = this.privacy.viewer();
		if (viewer.seesEveryone()) {
			return hidden;
		}
		MentoringMonitoring.Row total = monitoring.total();
		total(List.of(total.newTeachers(), total.youngTeachers()), scope, viewer, hidden);
		if (!viewer.seesOrganization((scope != null) ? scope.organizationId() : null)
				&& this.privacy.suppress(total.pairs())) {
			hidden.rows().add(total);
		}
		Predicate<MentoringMonitoring.Row> visible = (row) -> viewer.seesOrganization(row.key());
		mark(monitoring.organizations(), visible, MentoringMonitoring.Row::newTeachers,
				MentoringMonitoring.Row::youngTeachers, hidden);
		hidden.rows()
			.addAll(this.privacy.suppressed(monitoring.organizations(), MentoringMonitoring.Row::pairs, visible));
		return hidden;
	}

	/** Marks the figures of {@code coverage} the caller may not see; returns it. */
	MentoringCoverage apply(MentoringCoverage coverage, Scope scope, GraphQLContext context) {
		keep(hidden(coverage, scope), context);
		return coverage;
	}

	/** Marks the figures and rows of {@code monitoring} the caller may not see. */
	MentoringMonitoring apply(MentoringMonitoring monitoring, Scope scope, GraphQLContext context) {
		keep(hidden(monitoring, scope), context);
		return monitoring;
	}

	private static Hidden empty() {
		return new Hidden(Collections.newSetFromMap(new IdentityHashMap<>()),
				Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static void keep(Hidden hidden, GraphQLContext context) {
		if (!hidden.figures().isEmpty()) {
			context.<Set<CoverageFigure>>computeIfAbsent(KEY, (key) -> identitySet()).addAll(hidden.figures());
		}
		if (!hidden.rows().isEmpty()) {
			context.<Set<MentoringMonitoring.Row>>computeIfAbsent(ROWS, (key) -> identitySet()).addAll(hidden.rows());
		}
	}

	private static <T> Set<T> identitySet() {
		return Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private void total(List<CoverageFigure> figures, Scope scope, PrivacyFloor.Viewer viewer, Hidden hidden) {
		if (!viewer.seesOrganization((scope != null) ? scope.organizationId() : null)) {
			for (CoverageFigure figure : figures) {
				if (this.privacy.suppress(figure.total())) {
					hidden.figures().add(figure);
				}
			}
		}
	}

	private <T> void mark(List<T> groups, Predicate<T> visible, Function<T, CoverageFigure> newTeachers,
			Function<T, CoverageFigure> youngTeachers, Hidden hidden) {
		for (Function<T, CoverageFigure> figure : List.of(newTeachers, youngTeachers)) {
			for (T group : this.privacy.suppressed(groups, (g) -> figure.apply(g).total(), visible)) {
				hidden.figures().add(figure.apply(group));
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
		wiring.type("MonitoringRow", (type) -> {
			for (Map.Entry<String, Function<MentoringMonitoring.Row, Object>> field : ROW_COUNTS.entrySet()) {
				type.dataFetcher(field.getKey(), rowShown(field.getValue()));
			}
			return type
				.dataFetcher("forms",
						(environment) -> rowSuppressed(environment) ? List.of()
								: environment.<MentoringMonitoring.Row>getSource().forms())
				.dataFetcher("suppressed", CoveragePrivacy::rowSuppressed);
		});
	}

	/** The counts of a monitoring row that the floor suppresses. */
	private static final Map<String, Function<MentoringMonitoring.Row, Object>> ROW_COUNTS = Map.of("mentors",
			MentoringMonitoring.Row::mentors, "trainedMentors", MentoringMonitoring.Row::trainedMentors, "trainedShare",
			MentoringMonitoring.Row::trainedShare, "honoraryMentors", MentoringMonitoring.Row::honoraryMentors, "pairs",
			MentoringMonitoring.Row::pairs, "externalPairs", MentoringMonitoring.Row::externalPairs, "externalShare",
			MentoringMonitoring.Row::externalShare, "averageSatisfaction", MentoringMonitoring.Row::averageSatisfaction,
			"satisfactionMarks", MentoringMonitoring.Row::satisfactionMarks);

	private static DataFetcher<Object> shown(Function<CoverageFigure, Object> field) {
		return (environment) -> suppressed(environment) ? null : field.apply(environment.getSource());
	}

	private static boolean suppressed(DataFetchingEnvironment environment) {
		Set<CoverageFigure> suppressed = environment.getGraphQlContext().get(KEY);
		return suppressed != null && suppressed.contains(environment.<CoverageFigure>getSource());
	}

	private static DataFetcher<Object> rowShown(Function<MentoringMonitoring.Row, Object> field) {
		return (environment) -> rowSuppressed(environment) ? null : field.apply(environment.getSource());
	}

	private static boolean rowSuppressed(DataFetchingEnvironment environment) {
		Set<MentoringMonitoring.Row> suppressed = environment.getGraphQlContext().get(ROWS);
		return suppressed != null && suppressed.contains(environment.<MentoringMonitoring.Row>getSource());
	}

}
