package ru.horizon.system.graphql;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * The time one GraphQL request has left, and the threads working for it.
 * <p>
 * The request's interceptor puts it in the Reactor context under {@link #KEY}; Spring for
 * GraphQL carries it, as it carries the security context, to every thread that runs a
 * data fetcher of the request, where {@link #current()} returns it. Each such thread is
 * registered while it works, so that {@link #cancel()} can interrupt it: a blocked Neo4j
 * driver call then terminates its connection, which ends the transaction on the server
 * and frees the pool. Transactions begun for the request time out with it
 * ({@link DeadlineTransactionManager}).
 */
public final class RequestDeadline {

	/** The key of the Reactor and GraphQL context entry. */
	public static final String KEY = "ru.horizon.requestDeadline";

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new Accessor());
	}

	private final long deadlineNanos;

	private final Duration limit;

	private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

	private volatile boolean cancelled;

	RequestDeadline(Duration limit) {
		this.limit = limit;
		this.deadlineNanos = System.nanoTime() + limit.toNanos();
	}

	/** The deadline of the request the current thread works for, or null outside one. */
	public static RequestDeadline current() {
		return CURRENT.get();
	}

	/** The request's whole time limit. */
	public Duration limit() {
		return this.limit;
	}

	/** The time left, zero when it is over. */
	public Duration remaining() {
		long left = this.deadlineNanos - System.nanoTime();
		return (left > 0 && !this.cancelled) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	/** True when the time is over or the request was cancelled. */
	public boolean isOver() {
		return this.cancelled || System.nanoTime() - this.deadlineNanos >= 0;
	}

	/** Ends the request's work: the threads still working for it are interrupted. */
	void cancel() {
		this.cancelled = true;
		for (Thread worker : this.workers) {
			worker.interrupt();
		}
	}

	/** How many threads work for the request now: for tests. */
	int workers() {
		return this.workers.size();
	}

	private static void enter(RequestDeadline deadline) {
		RequestDeadline previous = CURRENT.get();
		if (previous != null) {
			previous.workers.remove(Thread.currentThread());
		}
		CURRENT.set(deadline);
		if (deadline != null) {
			deadline.workers.add(Thread.currentThread());
			if (deadline.cancelled) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Carries the deadline across the threads of a request (Micrometer context
	 * propagation).
	 */
	private static final class Accessor implements ThreadLocalAccessor<RequestDeadline> {

		@Override
		public Object key() {
			return KEY;
		}

		@Override
		public RequestDeadline getValue() {
			return CURRENT.get();
		}

		@Override
		public void setValue(RequestDeadline value) {
			enter(value);
		}

		@Override
		public void setValue() {
			RequestDeadline previous = CURRENT.get();
			if (previous != null) {
				previous.workers.remove(Thread.currentThread());
				// an interrupt meant for the request must not hit the thread's next task
				if (previous.cancelled) {
					Thread.interrupted();
				}
			}
			CURRENT.remove();
		}

		@Override
		public void restore(RequestDeadline previousValue) {
			setValue();
			if (previousValue != null) {
				enter(previousValue);
			}
		}

	}

}
