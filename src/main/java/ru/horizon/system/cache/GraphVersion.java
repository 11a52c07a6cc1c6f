package ru.horizon.system.cache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the graph's content: a number that grows after every committed write, so
 * that an answer computed at one version is known stale at the next.
 * <p>
 * With the embedded database a transaction listener bumps it after every commit, whoever
 * wrote (this application, an analyst over Bolt, an import): {@link #seesEveryWrite()} is
 * true. Against a server or a cluster this application's own writes bump it (their
 * services call {@link #changed()}), and so does a change of the database's counts of the
 * nodes and relationships the answers read (constant-time reads of Neo4j's count store,
 * at most once per {@code horizon.cache.fingerprint-interval}): an import or a new pair
 * by someone else. Other edits by others (a renamed teacher) are seen once a cached
 * answer is older than {@code horizon.cache.ttl-without-listener}.
 */
@Component
public class GraphVersion {

	/** Counts from Neo4j's count store: constant time whatever the size of the graph. */
	private static final String FINGERPRINT = """
			CALL () { MATCH (n:Teacher) RETURN count(n) AS teachers }
			CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
			CALL () { MATCH (n:MentoringPair) RETURN count(n) AS pairs }
			CALL () { MATCH (n:Group) RETURN count(n) AS groups }
			CALL () { MATCH (n:Event) RETURN count(n) AS events }
			CALL () { MATCH ()-[r:WORKS_AT]->() RETURN count(r) AS worksAt }
			CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberOf }
			CALL () { MATCH ()-[r:HAS_STRENGTH]->() RETURN count(r) AS strengths }
			CALL () { MATCH ()-[r:HAS_DEFICIT]->() RETURN count(r) AS deficits }
			CALL () { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS participations }
			CALL () { MATCH ()-[r:TEACHES]->() RETURN count(r) AS teaches }
			CALL () { MATCH ()-[r:RECEIVED]->() RETURN count(r) AS awards }
			RETURN [teachers, organizations, pairs, groups, events, worksAt, memberOf, strengths, deficits,
				participations, teaches, awards] AS counts""";

	/**
	 * Teachers and organizations, from the count store: the question of
	 * {@link #isEmpty()}, asked on the start's critical path, so smaller than
	 * {@link #FINGERPRINT} (whose first planning took ~2 s of a cold start).
	 */
	private static final String TEACHERS_AND_ORGANIZATIONS = "RETURN COUNT { (:Teacher) } + COUNT { (:Organization) } AS n";

	/**
	 * The metadata of a transaction of one of this application's importers: writes in a
	 * stream whose end the importer itself reports, so their commits never wait for
	 * {@link #afterWrite}.
	 */
	public static final Map<String, Object> BULK_WRITE = Map.of("app", "horizon-import");

	private final AtomicLong version = new AtomicLong();

	/** Run on the committing thread after a write that is not a bulk write. */
	private final List<Runnable> afterWrite = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final ObjectProvider<Neo4jClient> neo4j;

	private final long fingerprintIntervalNanos;

	private volatile boolean seesEveryWrite;

	private volatile List<Object> fingerprint;

	private volatile long fingerprintReadNanos;

	GraphVersion(ObjectProvider<Neo4jClient> neo4j, CacheProperties settings) {
		this.neo4j = neo4j;
		this.fingerprintIntervalNanos = settings.fingerprintInterval().toNanos();
	}

	/**
	 * The current version. Capture it before reading the graph for an answer to cache.
	 * Without a commit listener, this may first read the database's counts (at most once
	 * per interval) and move to a new version when they changed.
	 */
	public long current() {
		if (!this.seesEveryWrite) {
			checkFingerprint();
		}
		return this.version.get();
	}

	/**
	 * The version as this application last knew it, without looking at the database
	 * (after a write of its own, it has moved past that write).
	 */
	public long known() {
		return this.version.get();
	}

	/**
	 * Whether the graph holds neither teachers nor organizations (false when the database
	 * cannot be asked).
	 */
	public boolean isEmpty() {
		Neo4jClient client = (this.neo4j != null) ? this.neo4j.getIfAvailable() : null;
		if (client == null) {
			return false;
		}
		try {
			return ((Number) client.query(TEACHERS_AND_ORGANIZATIONS).fetch().one().orElseThrow().get("n"))
				.longValue() == 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private void checkFingerprint() {
		long now = System.nanoTime();
		if (this.fingerprint != null && now - this.fingerprintReadNanos < this.fingerprintIntervalNanos) {
			return;
		}
		Neo4jClient client = this.neo4j.getIfAvailable();
		if (client == null) {
			return;
		}
		synchronized (this) {
			if (this.fingerprint != null
					&& System.nanoTime() - this.fingerprintReadNanos < this.fingerprintIntervalNanos) {
				return;
			}
			@SuppressWarnings("unchecked")
			List<Object> counts = (List<Object>) client.query(FINGERPRINT).fetch().one().orElseThrow().get("counts");
			if (this.fingerprint != null && !this.fingerprint.equals(counts)) {
				advance();
			}
			this.fingerprint = counts;
			this.fingerprintReadNanos = System.nanoTime();
		}
	}

	/**
	 * The graph has changed, or will once the current transaction commits: the version
	 * grows after the commit (never before, so no reader can cache pre-commit data under
	 * the new version), or at once outside a transaction. When a commit listener saw the
	 * commit, it has moved the version already (and the answers may have been computed
	 * anew since, {@link #afterWrite}): the version does not move twice for one commit.
	 */
	public void changed() {
		AnswerFreshness request = AnswerFreshness.current();
		if (request != null) {
			request.wroteGraph();
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			long before = this.version.get();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					if (!GraphVersion.this.seesEveryWrite || GraphVersion.this.version.get() == before) {
						advance();
					}
				}
			});
		}
		else {
			advance();
		}
	}

	/**
	 * Calls {@code listener} after every change of the version, on the thread that
	 * changed it (a committing one: the listener must only take note and return).
	 */
	public void onChange(Runnable listener) {
		this.listeners.add(listener);
	}

	private void advance() {
		this.version.incrementAndGet();
		this.listeners.forEach(Runnable::run);
	}

	/**
	 * Calls {@code waiter} on the committing thread after every commit of an in-process
	 * database but a {@link #BULK_WRITE}, once the version has moved: before the writer
	 * (an analyst over Bolt, a script, a mutation) hears that its commit is done, so it
	 * may make the writer wait, within a bound of its own (the warm-up's).
	 */
	public void afterWrite(Runnable waiter) {
		this.afterWrite.add(waiter);
	}

	/** Whether a commit listener sees every committed write (embedded database). */
	public boolean seesEveryWrite() {
		return this.seesEveryWrite;
	}

	/**
	 * Called once a commit listener is in place (see
	 * {@link #listenTo(DatabaseManagementService)}).
	 */
	public void watchingEveryCommit() {
		this.seesEveryWrite = true;
	}

	/**
	 * Listens to every commit of an in-process database (the embedded one, or the test
	 * harness): every committed write, from this application or anyone on Bolt, makes
	 * cached answers stale, and then runs the {@link #afterWrite} waiters. Neo4j calls
	 * the listener only for transactions that wrote.
	 * @return the listener, registered for the default database
	 */
	public TransactionEventListener<Object> listenTo(DatabaseManagementService dbms) {
		TransactionEventListener<Object> listener = new TransactionEventListenerAdapter<>() {
			@Override
			public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
				advance();
				if (!BULK_WRITE.equals(data.metaData())) {
					GraphVersion.this.afterWrite.forEach(Runnable::run);
				}
			}
		};
		dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
		watchingEveryCommit();
		return listener;
	}

}
