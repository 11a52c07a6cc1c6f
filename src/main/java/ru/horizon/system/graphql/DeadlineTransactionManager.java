package ru.horizon.system.graphql;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

/**
 * The application's transaction manager, with the time a GraphQL request has left as the
 * timeout of every transaction begun for it: the database stops a query the request no
 * longer waits for (Neo4j's transaction timeout, whole seconds, at least one). Outside a
 * request (imports, command-line verbs) transactions are as they were.
 */
final class DeadlineTransactionManager implements PlatformTransactionManager {

	private final PlatformTransactionManager delegate;

	DeadlineTransactionManager(PlatformTransactionManager delegate) {
		this.delegate = delegate;
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
		RequestDeadline deadline = RequestDeadline.current();
		if (deadline == null) {
			return this.delegate.getTransaction(definition);
		}
		if (deadline.isOver()) {
			throw new TransactionTimedOutException(
					"The request's time limit of " + deadline.limit().toSeconds() + " s is over");
		}
		int seconds = (int) Math.max(1, (deadline.remaining().toMillis() + 999) / 1000);
		TransactionDefinition base = (definition != null) ? definition : TransactionDefinition.withDefaults();
		int timeout = (base.getTimeout() > 0) ? Math.min(base.getTimeout(), seconds) : seconds;
		return this.delegate.getTransaction(new DelegatingTransactionDefinition(base) {
			@Override
			public int getTimeout() {
				return timeout;
			}
		});
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		this.delegate.commit(status);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		this.delegate.rollback(status);
	}

}
