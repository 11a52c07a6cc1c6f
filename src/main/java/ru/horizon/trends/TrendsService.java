package ru.horizon.trends;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import ru.horizon.horizontal.HorizontalLearning;
import ru.horizon.horizontal.HorizontalLearningService;
import ru.horizon.isolation.IsolationService;
import ru.horizon.isolation.YoungTeacherIsolation;
import ru.horizon.mentoring.MentoringCoverage;
import ru.horizon.mentoring.MentoringCoverageService;
import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.security.Access;
import ru.horizon.system.security.ReadAggregates;
import ru.horizon.teacher.TeacherService;
import ru.horizon.teacher.TeacherService.TeacherAt;

/**
 * Trends and evidence: the module's API. Each figure is asked, day by day, of the service
 * that defines it: {@link MentoringCoverageService#coverage},
 * {@link IsolationService#check} (12-month lookback),
 * {@link HorizontalLearningService#report} and {@link TeacherService#mainOrganizations}
 * (who still works on a day).
 * <p>
 * Aggregates only (counts and shares), open to every role: the isolation check and the
 * employment look-up behind the counts are teacher-level, so they run with the system's
 * rights and nothing of them but counts leaves this class. A curator's counts are for the
 * scope asked, as the horizontal-learning totals are.
 * <p>
 * Not one transaction: each service call reads in its own, so that a trend over many
 * years is not bounded by one transaction's timeout, and each day's answer is cached by
 * its service for the next trend.
 */
@Service
public class TrendsService {

	/** The lookback of isolation in every trend and table: the default of model.md. */
	static final int LOOKBACK_MONTHS = 12;

	/** The most years a trend or the evidence may ask for. */
	static final int MAX_YEARS = 20;

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final MentoringCoverageService coverage;

	private final IsolationService isolation;

	private final HorizontalLearningService horizontal;

	private final TeacherService teachers;

	private final Clock clock;

	TrendsService(MentoringCoverageService coverage, IsolationService isolation, HorizontalLearningService horizontal,
			TeacherService teachers, Clock clock) {
		this.coverage = coverage;
		this.isolation = isolation;
		this.horizontal = horizontal;
		this.teachers = teachers;
		this.clock = clock;
	}

	/**
	 * The indicators of the scope at the last {@code years} points up to {@code asOf}
	 * (today when null), oldest first.
	 */
	@ReadAggregates
	public List<TrendPoint> trends(Scope scope, int years, TrendPoints points, LocalDate asOf) {
		checkYears(years);
		LocalDate today = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Scope requested = Scope.orAll(scope);
		List<TrendPoint> result = new ArrayList<>();
		for (LocalDate[] window : windows(years, (points != null) ? points : TrendPoints.OCTOBER_FIRST, today)) {
			result.add(point(requested, window[0], window[1], points == TrendPoints.SCHOOL_YEAR));
		}
		return List.copyOf(result);
	}

	/**
	 * The windows {@code [from, to]} of the points, oldest first: 12 months up to each
	 * October 1st, or each school year (the current one up to {@code today}).
	 */
	static List<LocalDate[]> windows(int years, TrendPoints points, LocalDate today) {
		List<LocalDate[]> result = new ArrayList<>();
		if (points == TrendPoints.SCHOOL_YEAR) {
			LocalDate current = LocalDate.of((today.getMonthValue() >= 9) ? today.getYear() : today.getYear() - 1, 9,
					1);
			for (int i = years - 1; i >= 0; i--) {
				LocalDate from = current.minusYears(i);
				LocalDate end = from.plusYears(1).minusDays(1);
				result.add(new LocalDate[] { from, end.isAfter(today) ? today : end });
			}
		}
		else {
			LocalDate latest = lastOctoberFirst(today);
			for (int i = years - 1; i >= 0; i--) {
				LocalDate day = latest.minusYears(i);
				result.add(new LocalDate[] { day.minusMonths(LOOKBACK_MONTHS).plusDays(1), day });
			}
		}
		return result;
	}

	private static LocalDate lastOctoberFirst(LocalDate today) {
		LocalDate october = LocalDate.of(today.getYear(), 10, 1);
		return october.isAfter(today) ? october.minusYears(1) : october;
	}

	private TrendPoint point(Scope scope, LocalDate from, LocalDate day, boolean schoolYear) {
		MentoringCoverage covered = this.coverage.coverage(scope, day, RUSSIAN);
		List<YoungTeacherIsolation> checked = Access
			.asSystemUnchecked(() -> this.isolation.check(scope, day, LOOKBACK_MONTHS));
		int isolated = (int) checked.stream().filter(YoungTeacherIsolation::isolated).count();
		HorizontalLearning ties = this.horizontal.report(scope, from, day);
		String label = schoolYear ? "%d/%02d".formatted(from.getYear(), (from.getYear() + 1) % 100) : day.toString();
		return new TrendPoint(label, day, from, day, covered.newTeachers(), covered.youngTeachers(), isolated,
				checked.isEmpty() ? 0.0 : (double) isolated / checked.size(), ties.ties(), ties.totalWeight(),
				ties.crossOrganizationShare(), ties.sizeNormalisedCrossOrganizationShare(),
				ties.organizationsOutside().size());
	}

	/**
	 * For the last {@code years} October 1sts d with d + 12 months on or before
	 * {@code asOf} (today when null): the young teachers of the scope isolated on d
	 * against the others, and who of them had no main organization on d + 12 months
	 * (left).
	 */
	@ReadAggregates
	public IsolationAndLeaving isolationAndLeaving(Scope scope, int years, LocalDate asOf) {
		checkYears(years);
		LocalDate today = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Scope requested = Scope.orAll(scope);
		LocalDate latest = lastOctoberFirst(today.minusMonths(12));
		List<LeavingYear> result = new ArrayList<>();
		Map<String, int[]> pooled = new TreeMap<>();
		int[] pooledAll = new int[4];
		for (int i = years - 1; i >= 0; i--) {
			LocalDate day = latest.minusYears(i);
			LocalDate until = day.plusMonths(12);
			List<YoungTeacherIsolation> checked = Access
				.asSystemUnchecked(() -> this.isolation.check(requested, day, LOOKBACK_MONTHS));
			List<String> ids = checked.stream().map((c) -> c.teacher().id()).toList();
			Map<String, Organization> then = mainOrganizations(ids, day);
			Map<String, Organization> later = mainOrganizations(ids, until);
			Map<String, int[]> byKind = new TreeMap<>();
			int[] all = new int[4];
			for (YoungTeacherIsolation c : checked) {
				Organization organization = then.get(c.teacher().id());
				String kind = (organization != null) ? organization.kind().name() : "UNKNOWN";
				boolean left = !later.containsKey(c.teacher().id());
				int cell = (c.isolated() ? 0 : 2) + (left ? 1 : 0);
				byKind.computeIfAbsent(kind, (k) -> new int[4])[cell]++;
				pooled.computeIfAbsent(kind, (k) -> new int[4])[cell]++;
				all[cell]++;
				pooledAll[cell]++;
			}
			List<LeavingRisk> kinds = new ArrayList<>();
			byKind.forEach((kind, cells) -> kinds.add(risk(kind, cells)));
			result.add(new LeavingYear(day, until, risk(null, all), List.copyOf(kinds)));
		}
		List<LeavingRisk> pooledKinds = new ArrayList<>();
		pooled.forEach((kind, cells) -> pooledKinds.add(risk(kind, cells)));
		return new IsolationAndLeaving(List.copyOf(result), risk(null, pooledAll), List.copyOf(pooledKinds));
	}

	/**
	 * The main organization of each teacher on {@code day} (none: not working that day).
	 */
	private Map<String, Organization> mainOrganizations(List<String> ids, LocalDate day) {
		Map<String, Organization> result = new java.util.HashMap<>();
		Access
			.asSystemUnchecked(
					() -> this.teachers.mainOrganizations(ids.stream().map((id) -> new TeacherAt(id, day)).toList()))
			.forEach((key, organization) -> result.put(key.teacherId(), organization));
		return result;
	}

	/** Cells: isolated stayed, isolated left, others stayed, others left. */
	private static LeavingRisk risk(String kind, int[] cells) {
		return LeavingRisk.of(kind, cells[0] + cells[1], cells[1], cells[2] + cells[3], cells[3]);
	}

	private static void checkYears(int years) {
		if (years < 1 || years > MAX_YEARS) {
			throw DomainException.badRequest("years must be between 1 and %d, was %d".formatted(MAX_YEARS, years));
		}
	}

}
