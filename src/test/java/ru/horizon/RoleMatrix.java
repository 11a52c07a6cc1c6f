package ru.horizon;

import java.util.Map;
import java.util.Set;

import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks one GraphQL operation as every role and checks who gets data and who gets
 * FORBIDDEN with no data.
 */
public final class RoleMatrix {

	private RoleMatrix() {
	}

	/**
	 * @param clients the test clients
	 * @param document the document name in {@code graphql-test/}
	 * @param variables its variables
	 * @param path the field that holds the answer
	 * @param allowed the users who get it; every other user is refused
	 */
	public static void check(TestClients clients, String document, Map<String, Object> variables, String path,
			Set<String> allowed) {
		for (String user : TestClients.USERS) {
			ClientGraphQlResponse response = clients.graphQl(user)
				.documentName(document)
				.variables(variables)
				.executeSync();
			if (allowed.contains(user)) {
				assertThat(response.getErrors()).as("%s as %s", document, user).isEmpty();
				assertThat((Object) response.field(path).getValue()).as("%s as %s", document, user).isNotNull();
			}
			else {
				assertThat(response.getErrors()).as("%s as %s", document, user)
					.isNotEmpty()
					.allSatisfy((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
				assertThat((Object) response.field(path).getValue()).as("%s as %s gets no data", document, user)
					.isNull();
			}
		}
	}

}
