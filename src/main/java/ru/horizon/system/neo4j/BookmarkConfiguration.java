package ru.horizon.system.neo4j;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * Read-your-writes on a Neo4j cluster: ONE bookmark manager for the whole application.
 * <p>
 * Spring Data Neo4j's {@code Neo4jTransactionManager} and {@code Neo4jClient} each look
 * up a {@link Neo4jBookmarkManager} bean and, without one, create a private one each.
 * With this bean both share it: every transaction starts with the bookmarks of every
 * transaction this application has committed, so a read routed to a follower right after
 * {@code assignMentor} waits until the follower has that write. Code that commits through
 * the plain driver (the importer) hands its bookmarks to this manager too. Bookmarks are
 * kept per application instance; several instances behind a load balancer are each
 * causally consistent with their own writes (see the README's cluster section).
 */
@Configuration(proxyBeanMethods = false)
class BookmarkConfiguration {

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

}
