package ru.horizon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against the shared in-process Neo4j, with one
 * user per role (password {@code secret}; the curator belongs to organization
 * {@code o1}). Every test class uses this same configuration, so Spring starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "horizon.neo4j.embedded.enabled=false", "horizon.demo.load-on-empty=false",
				"horizon.security.users[0].name=admin", "horizon.security.users[0].password={noop}secret",
				"horizon.security.users[0].roles=ADMIN", "horizon.security.users[1].name=coordinator",
				"horizon.security.users[1].password={noop}secret", "horizon.security.users[1].roles=COORDINATOR",
				"horizon.security.users[2].name=curator", "horizon.security.users[2].password={noop}secret",
				"horizon.security.users[2].roles=CURATOR", "horizon.security.users[2].organization-id=o1",
				"horizon.security.users[3].name=analyst", "horizon.security.users[3].password={noop}secret",
				"horizon.security.users[3].roles=ANALYST", "horizon.security.users[4].name=viewer",
				"horizon.security.users[4].password={noop}secret", "horizon.security.users[4].roles=VIEWER",
				"horizon.cypher.timeout=2s",
				// Generous: on a loaded 2-core machine the first planning of a large
				// query takes long.
				"horizon.graphql.timeout=120s",
				// Answers after a write are awaited (GraphCacheTests cover serving the
				// previous one)
				"horizon.cache.refresh-wait=30s",
				// No answers computed in the background beside the tests (WarmUpsTests)
				"horizon.cache.warm-up=false" })
@Import({ TestNeo4j.Connection.class, TestClients.class })
public @interface HorizonTest {

}
