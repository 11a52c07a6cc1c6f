package ru.horizon.system.cache;

import java.time.Duration;
import java.util.function.IntConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code horizon.exit-when-ready=true} the server stops by itself, exit code 0, as
 * soon as it is ready ({@link WarmUps#startedWarm()}: today's answers kept, the server's
 * own paths used once): the training run of a JDK AOT cache, which records what a start
 * loads and runs up to that moment and writes it when the JVM exits (README, "A faster
 * start on a server"). Also a smoke check of a data directory: the exit code says the
 * server came up on it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("horizon.exit-when-ready")
class ExitWhenReady {

	private static final Log log = LogFactory.getLog(ExitWhenReady.class);

	private static final Duration POLL = Duration.ofMillis(50);

	private final WarmUps warmUps;

	private final IntConsumer exit;

	@Autowired
	ExitWhenReady(WarmUps warmUps) {
		this(warmUps, System::exit);
	}

	/** With {@code exit} in place of {@link System#exit}: for tests. */
	ExitWhenReady(WarmUps warmUps, IntConsumer exit) {
		this.warmUps = warmUps;
		this.exit = exit;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		Thread.ofPlatform().name("exit-when-ready").start(() -> {
			try {
				while (!this.warmUps.startedWarm()) {
					Thread.sleep(POLL);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			log.info("Ready; exiting as horizon.exit-when-ready asks / сервер готов и завершает работу по "
					+ "horizon.exit-when-ready");
			this.exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> 0));
		});
	}

}
