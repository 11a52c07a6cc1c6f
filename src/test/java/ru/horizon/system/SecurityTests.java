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
		String body = this.clients.rest(null).get().uri("/actuator/health").retrieve().body(String.class);
		assertThat(body).contains("\"status\":\"UP\"");
	}

}
