package ru.horizon.system.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before the server starts, checks that its HTTP port ({@code server.port}, 8080) and the
 * embedded database's Bolt port ({@code horizon.neo4j.embedded.bolt-port}, 7687) are
 * free. A busy one (занятый порт) ends the start with one line naming the setting to
 * change, instead of Tomcat's report or Neo4j's 175-line stack trace, and exit code 1.
 * <p>
 * Registered in {@code META-INF/spring.factories}; a port of 0 (any free one) and the
 * command-line verbs (no web server) are not checked.
 */
public class BusyPorts implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (event.getSpringApplication().getWebApplicationType() != WebApplicationType.SERVLET) {
			return;
		}
		String problem = check(event.getEnvironment());
		if (problem != null) {
			System.err.println(problem);
			System.exit(1);
		}
	}

	/**
	 * One line saying which configured ports are taken and how to choose others, or null
	 * when all are free.
	 */
	static String check(Environment environment) {
		if (environment.getProperty("horizon.command") != null) {
			return null;
		}
		List<String> busy = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		List<String> variables = new ArrayList<>();
		int http = environment.getProperty("server.port", Integer.class, 8080);
		if (http > 0 && !free(environment.getProperty("server.address"), http)) {
			busy.add("%d (HTTP)".formatted(http));
			settings.add("--server.port=" + (http + 1));
			variables.add("SERVER_PORT=" + (http + 1));
		}
		boolean embedded = environment.getProperty("horizon.neo4j.embedded.enabled", Boolean.class, true);
		int bolt = environment.getProperty("horizon.neo4j.embedded.bolt-port", Integer.class, 7687);
		if (embedded && bolt > 0
				&& !free(environment.getProperty("horizon.neo4j.embedded.listen-address", "localhost"), bolt)) {
			busy.add("%d (Neo4j Bolt)".formatted(bolt));
			settings.add("--horizon.neo4j.embedded.bolt-port=" + (bolt + 1));
			variables.add("HORIZON_NEO4J_EMBEDDED_BOLTPORT=" + (bolt + 1));
		}
		if (busy.isEmpty()) {
			return null;
		}
		// spring-boot:run's own arguments are set in pom.xml, so there the settings go as
		// environment variables.
		return ("Horizon cannot start: port %s %s in use (another Horizon running?). Stop it or choose free ports: "
				+ "java -jar horizon.jar %s, or %s ./mvnw spring-boot:run")
			.formatted(String.join(" and ", busy), (busy.size() > 1) ? "are" : "is", String.join(" ", settings),
					String.join(" ", variables));
	}

	/**
	 * Whether a server socket can be bound to the port (on the address, or on every
	 * interface).
	 */
	static boolean free(String address, int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			InetSocketAddress endpoint = (address == null || address.isBlank()) ? new InetSocketAddress(port)
					: new InetSocketAddress(InetAddress.getByName(address), port);
			socket.bind(endpoint);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
