package ru.horizon.system.cache;

import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the graph's content: a number that grows after every committed write,
 * so that an answer computed at one version is known stale at the next.
 * <p>
 * With the embedded database a transaction listener bumps it after every commit, whoever
 * wrote (this application, an analyst over Bolt, an import): {@link #seesEveryWrite()} is
 * true. Against a server or a cluster only this application's own writes bump it (their
 * services call {@link #changed()}); writes by others are seen once a cached answer is
 * older than {@code horizon.cache.ttl-without-listener}.
 */
@Component
public class GraphVersion {

	private final AtomicLong version = new AtomicLong();

	private volatile boolean seesEveryWrite;

	/** The current version. Capture it before reading the graph for an answer to cache. */
	public long current() {
		return this.version.get();
	}

	/**
	 * The graph has changed, or will once the current transaction commits: the version
	 * grows after the commit (never before, so no reader can cache pre-commit data under
	 * the new version), or at once outside a transaction.
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					GraphVersion.this.version.incrementAndGet();
				}
			});
		}
		else {
			this.version.incrementAndGet();
		}
	}

	/** Whether every committed write reaches {@link #changed()} (embedded database). */
	public boolean seesEveryWrite() {
		return this.seesEveryWrite;
	}

	/** Called once a commit listener is in place (see {@link #listenTo(DatabaseManagementService)}). */
	public void watchingEveryCommit() {
		this.seesEveryWrite = true;
	}

	/**
	 * Listens to every commit of an in-process database (the embedded one, or the test
	 * harness): every committed write, from this application or anyone on Bolt, makes
	 * cached answers stale. Neo4j calls the listener only for transactions that wrote.
	 */
	public void listenTo(DatabaseManagementService dbms) {
		dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				new TransactionEventListenerAdapter<Object>() {
					@Override
					public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
						changed();
					}
				});
		watchingEveryCommit();
	}

}
