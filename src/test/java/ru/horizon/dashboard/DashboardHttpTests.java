package ru.horizon.dashboard;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The dashboard over plain HTTP: who am I, which pages need a sign-in, assets served
 * offline.
 */
@HorizonTest
class DashboardHttpTests {

	@Autowired
	TestClients clients;

	private Map<String, Object> me(String user) {
		return this.clients.rest(user).get().uri("/api/me").retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	@Test
	void meTellsACoordinatorTheyManagePairs() {
		Map<String, Object> me = me("coordinator");
		assertThat(me).containsEntry("name", "coordinator")
			.containsEntry("aggregatesOnly", false)
			.containsEntry("limitedToOrganization", false)
			.containsEntry("managesPairs", true)
			.containsEntry("csrfHeader", "X-XSRF-TOKEN");
		assertThat(me.get("roles")).isEqualTo(java.util.List.of("COORDINATOR"));
		assertThat((String) me.get("csrfToken")).isNotBlank();
	}

	@Test
	void meTellsACuratorTheirOrganization() {
		Map<String, Object> me = me("curator");
		assertThat(me).containsEntry("organizationId", "o1")
			.containsEntry("limitedToOrganization", true)
			.containsEntry("managesPairs", true);
	}

	@Test
	void meTellsAViewerAggregatesOnlyAndAnAnalystNoPairs() {
		assertThat(me("viewer")).containsEntry("aggregatesOnly", true).containsEntry("managesPairs", false);
		assertThat(me("analyst")).containsEntry("aggregatesOnly", false).containsEntry("managesPairs", false);
	}

	@Test
	void meWithoutCredentialsIs401() {
		assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class)
			.isThrownBy(() -> this.clients.rest(null).get().uri("/api/me").retrieve().toBodilessEntity());
	}

	@Test
	void pagesAskingWithoutASessionGet401WithoutABrowserPasswordPrompt() {
		// The pages send X-Requested-With: a Basic challenge would make the browser pop
		// up its own password dialog.
		assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class)
			.isThrownBy(() -> this.clients.rest(null)
				.get()
				.uri("/api/me")
				.header("X-Requested-With", "XMLHttpRequest")
				.retrieve()
				.toBodilessEntity())
			.satisfies((ex) -> assertThat(ex.getResponseHeaders().getFirst("WWW-Authenticate")).isNull());
	}

	@Test
	void signInPageIsOpenAndCarriesTheCsrfToken() {
		String page = this.clients.rest(null).get().uri("/login").retrieve().body(String.class);
		assertThat(page).contains("action=\"/login\"").containsPattern("<meta name=\"_csrf\" content=\"[^\"]+\">");
	}

	@Test
	void dashboardAndGraphiqlSendAnonymousVisitorsToTheSignInPage() {
		RestClient anonymous = RestClient.builder().baseUrl(this.clients.baseUrl()).build();
		for (String path : new String[] { "/", "/graphiql" }) {
			ResponseEntity<Void> response = anonymous.get()
				.uri(path)
				.header("Accept", "text/html")
				.exchange((request,
						answer) -> ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).build());
			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FOUND);
			assertThat(response.getHeaders().getLocation()).as(path).hasPath("/login");
		}
	}

	@Test
	void pagesLoadTheirLibrariesFromWebJarsInsideTheJar() {
		String dashboard = this.clients.rest("viewer").get().uri("/").retrieve().body(String.class);
		String graphiql = this.clients.rest("viewer").get().uri("/graphiql").retrieve().body(String.class);
		assertThat(dashboard)
			.contains("/webjars/chart.js/dist/chart.umd.min.js", "/webjars/cytoscape/dist/cytoscape.min.js")
			.doesNotContain("https://", "http://");
		assertThat(graphiql).contains("/webjars/graphiql/graphiql.min.js", "/webjars/react/umd/react.production.min.js")
			.doesNotContain("https://", "http://");
		RestClient anonymous = RestClient.builder().baseUrl(this.clients.baseUrl()).build();
		for (String asset : new String[] { "/webjars/chart.js/dist/chart.umd.min.js",
				"/webjars/cytoscape/dist/cytoscape.min.js", "/webjars/graphiql/graphiql.min.js",
				"/webjars/graphiql/graphiql.min.css", "/webjars/react/umd/react.production.min.js",
				"/webjars/react-dom/umd/react-dom.production.min.js", "/assets/js/app.js", "/assets/dashboard.css" }) {
			ResponseEntity<byte[]> response = anonymous.get().uri(asset).retrieve().toEntity(byte[].class);
			assertThat(response.getStatusCode()).as(asset).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(asset).isNotEmpty();
		}
	}

}
