package ru.horizon.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/status}: the seconds of the demo city's load count while it goes on and
 * stop when it has ended, so that a coordinator who looks later reads how long it took.
 */
class DemoStatusTests {

	@Test
	void secondsCountDuringTheLoadAndStopOnceLoaded() throws InterruptedException {
		DemoStatus status = new DemoStatus();
		assertThat(status.status().demoCity().seconds()).isNull();
		status.generating();
		Thread.sleep(30);
		double during = status.status().demoCity().seconds();
		assertThat(during).isGreaterThan(0);
		status.loaded();
		double took = status.status().demoCity().seconds();
		Thread.sleep(60);
		assertThat(status.status().demoCity().seconds()).isEqualTo(took);
		assertThat(took).isGreaterThanOrEqualTo(during);
		assertThat(status.status().demoCity().state()).isEqualTo("LOADED");
	}

	@Test
	void secondsStopWhenTheLoadFails() throws InterruptedException {
		DemoStatus status = new DemoStatus();
		status.generating();
		status.failed("disk full");
		double took = status.status().demoCity().seconds();
		Thread.sleep(60);
		assertThat(status.status().demoCity().seconds()).isEqualTo(took);
		assertThat(status.status().demoCity().message()).isEqualTo("disk full");
	}

}
