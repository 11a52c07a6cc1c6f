package ru.horizon.mentoring;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.horizon.organization.Scope;
import ru.horizon.system.cache.WarmUp;

/**
 * The city's mentoring coverage for today, as the dashboard's first page asks (one
 * computation serves every language), and after a write the few coverages asked most
 * recently (a coordinator looking at October 1st).
 */
@Component
class CoverageWarmUp implements WarmUp {

	private final MentoringCoverageService coverage;

	CoverageWarmUp(MentoringCoverageService coverage) {
		this.coverage = coverage;
	}

	@Override
	public String name() {
		return "coverage";
	}

	@Override
	public void warmUp(LocalDate today) {
		this.coverage.coverage(Scope.ALL, today, Locale.forLanguageTag("ru"));
		this.coverage.refreshRecent(RECENT);
	}

	/** Other coverages asked recently (a past day, a district) computed anew too. */
	static final int RECENT = 3;

}
