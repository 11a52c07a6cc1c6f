package ru.horizon.system.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A busy HTTP or Bolt port is one line naming the setting to change; free ports say
 * nothing.
 */
class BusyPortsTests {

	@Test
	void busyBoltPortNamesItsSetting() throws Exception {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getByName("localhost"), 0));
			int port = taken.getLocalPort();
			MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0")
				.withProperty("horizon.neo4j.embedded.bolt-port", String.valueOf(port));
			String line = BusyPorts.check(environment);
			assertThat(line).isNotNull().doesNotContain("\n");
			assertThat(line).contains(port + " (Neo4j Bolt)")
				.contains("--horizon.neo4j.embedded.bolt-port=" + (port + 1))
				.contains("HORIZON_NEO4J_EMBEDDED_BOLTPORT=" + (port + 1))
				.doesNotContain("--server.port");
		}
	}

	@Test
	void busyHttpPortNamesServerPort() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			MockEnvironment environment = new MockEnvironment().withProperty("server.port", String.valueOf(port))
				.withProperty("horizon.neo4j.embedded.enabled", "false");
			assertThat(BusyPorts.check(environment)).contains(port + " (HTTP)")
				.contains("--server.port=" + (port + 1))
				.contains("SERVER_PORT=" + (port + 1) + " ./mvnw spring-boot:run");
		}
	}

	@Test
	void freeOrAnyPortsAndVerbsAreNotChecked() throws Exception {
		assertThat(BusyPorts.check(new MockEnvironment().withProperty("server.port", "0")
			.withProperty("horizon.neo4j.embedded.bolt-port", "0"))).isNull();
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThat(BusyPorts.check(new MockEnvironment().withProperty("horizon.command", "import")
				.withProperty("server.port", String.valueOf(taken.getLocalPort())))).isNull();
		}
	}

}
