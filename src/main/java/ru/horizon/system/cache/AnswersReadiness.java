package ru.horizon.system.cache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The server is ready once the start's warm-ups have run ({@link WarmUps#startedWarm()}):
 * until then {@code /actuator/health} and {@code /actuator/health/readiness} answer 503
 * {@code OUT_OF_SERVICE} (a load balancer or whoever waits for the server sends no reader
 * to a cold one), at most {@code horizon.cache.start-wait} after the start;
 * {@code /actuator/health/liveness} is UP as soon as the server runs. Named
 * {@code answers} in the health report; UP where nothing warms up (the command line's
 * verbs).
 */
@Component("answersHealthIndicator")
class AnswersReadiness implements HealthIndicator {

	private final ObjectProvider<WarmUps> warmUps;

	AnswersReadiness(ObjectProvider<WarmUps> warmUps) {
		this.warmUps = warmUps;
	}

	@Override
	public Health health() {
		WarmUps warm = this.warmUps.getIfAvailable();
		if (warm == null || warm.startedWarm()) {
			return Health.up().build();
		}
		return Health.outOfService()
			.withDetail("answers",
					"today's answers are being computed ahead of the first reader / "
							+ "ответы на сегодня вычисляются до первого запроса")
			.build();
	}

}
