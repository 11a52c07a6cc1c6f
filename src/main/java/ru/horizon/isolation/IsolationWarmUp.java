package ru.horizon.isolation;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import ru.horizon.organization.Scope;
import ru.horizon.system.cache.WarmUp;

/**
 * The check of every young teacher of the city for today with the default look-back, as
 * the isolation page and the coordinator ask first, and after a write the few checks
 * asked most recently.
 */
@Component
class IsolationWarmUp implements WarmUp {

	private final IsolationService isolation;

	IsolationWarmUp(IsolationService isolation) {
		this.isolation = isolation;
	}

	@Override
	public String name() {
		return "isolation";
	}

	@Override
	public void warmUp(LocalDate today) {
		this.isolation.check(Scope.ALL, today, IsolationService.DEFAULT_LOOKBACK_MONTHS);
		this.isolation.refreshRecent(RECENT);
	}

	/** Other checks asked recently (a past day, a municipality) computed anew too. */
	static final int RECENT = 3;

}
