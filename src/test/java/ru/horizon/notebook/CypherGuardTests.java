package ru.horizon.notebook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The keywords the guard reads, from the one tokenizer it shares with ResultBounds. */
class CypherGuardTests {

	@Test
	void keywordsSkipCommentsStringsQuotedNamesPropertiesLabelsParametersAndMapKeys() {
		assertThat(CypherGuard.keywords("RETURN 'create', \"delete\", `merge`")).containsExactly("RETURN");
		assertThat(CypherGuard.keywords("MATCH (n) /* x */ DeLeTe n")).containsExactly("MATCH", "N", "DELETE", "N");
		// n in (n:Create ...) is followed by ':' and read as a map key, as before
		assertThat(CypherGuard.keywords("MATCH (n:Create {create: 1}) // set\nRETURN n.set, $remove"))
			.containsExactly("MATCH", "RETURN", "N");
		assertThat(CypherGuard.keywords("RETURN 'it''s' AS x, \"a\\\"b\" AS y")).containsExactly("RETURN", "AS", "X",
				"AS", "Y");
	}

	@Test
	void tokensCarryTheirBracketDepth() {
		var tokens = CypherGuard.tokens("RETURN [x IN range(1, 3) | x]");
		assertThat(tokens).filteredOn((t) -> t.text().equals("range")).singleElement().satisfies((t) -> {
			assertThat(t.depth()).isEqualTo(1);
			assertThat(t.word()).isTrue();
		});
	}

}
