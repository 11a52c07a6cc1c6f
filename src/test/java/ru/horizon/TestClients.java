package ru.horizon;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients of the running test server, signed in as one of the {@link HorizonTest}
 * users. GraphQL documents are read from
 * {@code src/test/resources/graphql-test/NAME.graphql}.
 */
@TestComponent
public class TestClients {

	/** The users of {@link HorizonTest}, one per role. */
	public static final List<String> USERS = List.of("admin", "coordinator", "curator", "analyst", "viewer");

	private final Environment environment;

	TestClients(Environment environment) {
		this.environment = environment;
	}

	public String baseUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port");
	}

	/** A REST client signed in as {@code user}, or anonymous for null. */
	public RestClient rest(String user) {
		RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl());
		if (user != null) {
			String token = Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
			builder.defaultHeader("Authorization", "Basic " + token);
		}
		return builder.build();
	}

	/** A GraphQL client signed in as {@code user}. */
	public HttpSyncGraphQlClient graphQl(String user) {
		return HttpSyncGraphQlClient.builder(rest(user).mutate().baseUrl(baseUrl() + "/graphql").build())
			.documentSource(
					new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
			.build();
	}

}
