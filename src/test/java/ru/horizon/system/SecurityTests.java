package ru.horizon.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HorizonTest
class SecurityTests {

	@Autowired
	TestClients clients;

	@Test
	void graphQlWithoutCredentialsIs401WithBasicChallenge() {
		var ex = org.junit.jupiter.api.Assertions.assertThrows(HttpClientErrorException.class,
				() -> this.clients.rest(null)
					.post()
					.uri("/graphql")
					.contentType(MediaType.APPLICATION_JSON)
					.body("{\"query\":\"{ organization(id: \\\"o1\\\") { id } }\"}")
					.retrieve()
					.toBodilessEntity());
		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(ex.getResponseHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void wrongPasswordIs401() {
		assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class).isThrownBy(() -> this.clients.rest(null)
			.post()
			.uri("/graphql")
			.header("Authorization", "Basic YWRtaW46d3Jvbmc=")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\":\"{ organization(id: \\\"o1\\\") { id } }\"}")
			.retrieve()
			.toBodilessEntity());
	}

	@Test
	void healthIsOpen() {
		// Open to anyone; UP once the start's warm-ups have run (503 OUT_OF_SERVICE
		// before).
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(90))
			.until(() -> this.clients.rest(null)
				.get()
				.uri("/actuator/health")
				.exchange((request, response) -> response.getStatusCode().value() == 200
						&& new String(response.getBody().readAllBytes()).contains("\"status\":\"UP\"")));
		String liveness = this.clients.rest(null).get().uri("/actuator/health/liveness").retrieve().body(String.class);
		assertThat(liveness).contains("\"status\":\"UP\"");
	}

}
