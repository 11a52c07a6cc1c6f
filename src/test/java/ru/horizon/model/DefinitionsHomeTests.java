package ru.horizon.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One home per rule: the Cypher that decides a definition of model.md (the main
 * employment, a pair's or a membership's dates, experience, an event in a window) is
 * written in {@code ru.horizon.model} only. A feature that writes its own copy fails
 * here; it must compose the pieces of {@link Definitions} instead. The import
 * ({@code ingest}) writes and validates these properties and is exempt; so are analysts'
 * notebooks, which {@code NotebooksTests} checks against the API's answers.
 */
class DefinitionsHomeTests {

	private static final Path MAIN = Path.of("src/main/java/ru/horizon");

	/** Texts that only a definition writes. */
	private static final List<Pattern> DEFINITIONAL = List.of(Pattern.compile("WORKS_AT \\{main: true\\}"),
			Pattern.compile("\\.startedOn\\s*<="), Pattern.compile("\\.endedOn\\s*(>=|IS NULL)"),
			Pattern.compile("duration\\.inMonths"), Pattern.compile("\\.since\\s*(<=|IS NULL)"),
			Pattern.compile("\\.until\\s*(>=|IS NULL)"), Pattern.compile("teachingSince\\s*<="),
			Pattern.compile("\\.date\\s*>="), Pattern.compile("\\.replace\\(\"(\\$|\\()"));

	@Test
	void noFeatureKeepsItsOwnCopyOfADefinition() throws IOException {
		List<String> copies = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String relative = MAIN.relativize(file).toString().replace('\\', '/');
				if (relative.startsWith("model/") || relative.startsWith("ingest/")) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					for (Pattern pattern : DEFINITIONAL) {
						if (pattern.matcher(lines.get(i)).find()) {
							copies.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(copies).as("definitions of model.md written outside ru.horizon.model").isEmpty();
	}

}
