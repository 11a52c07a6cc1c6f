package ru.horizon.ingest;

import java.time.Duration;
import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/status}: how far the demo city (демонстрационный город) has loaded, so
 * that the dashboard can say so instead of showing an empty city.
 * <p>
 * Answers {@code {"demoCity": {"state", "percent", "seconds", "message"}}} where state is
 * {@code OFF} (not asked for), {@code CHECKING}, {@code NOT_NEEDED} (the database already
 * holds teachers), {@code GENERATING}, {@code IMPORTING} (percent of the rows written,
 * 0-100), {@code LOADED} or {@code FAILED} (message says why); seconds since the load
 * started, once it has ended how long it took (a city loaded in 7 s stays 7 s), or null
 * before.
 */
@RestController
class DemoStatus {

	/** The answer of {@code GET /api/status}. */
	record Status(DemoCity demoCity) {
	}

	/**
	 * The demo city's load.
	 *
	 * @param state see the class
	 * @param percent rows written, 0-100
	 * @param seconds since the load started; once LOADED or FAILED, how long it took;
	 * null before
	 * @param message why it failed, else null
	 */
	record DemoCity(String state, int percent, Double seconds, String message) {
	}

	private volatile String state = "OFF";

	private volatile int percent;

	private volatile Instant started;

	private volatile Instant ended;

	private volatile String message;

	@GetMapping("/api/status")
	Status status() {
		Instant since = this.started;
		Instant until = (this.ended != null) ? this.ended : Instant.now();
		Double seconds = (since != null) ? Duration.between(since, until).toMillis() / 1000.0 : null;
		return new Status(new DemoCity(this.state, this.percent, seconds, this.message));
	}

	void checking() {
		this.state = "CHECKING";
	}

	void notNeeded() {
		this.state = "NOT_NEEDED";
	}

	void generating() {
		this.started = Instant.now();
		this.state = "GENERATING";
	}

	void importing(long written, long total) {
		this.state = "IMPORTING";
		this.percent = (total > 0) ? (int) Math.min(100, written * 100 / total) : 0;
	}

	void loaded() {
		this.ended = Instant.now();
		this.percent = 100;
		this.state = "LOADED";
	}

	void failed(String why) {
		this.ended = Instant.now();
		this.message = why;
		this.state = "FAILED";
	}

}
