package ru.horizon.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of mutated imports (fixed seed): the importer never crashes, and a rejected
 * import leaves the graph exactly as it was.
 */
@HorizonTest
class ImportFuzzTests {

	private static final int CASES = 300;

	private static final String[] JUNK = { "", " ", "garbage", "2099-01-01", "31.02.2020", "2020-02-30", "t1", "o1",
			"e1", "g1", "p1", "-1", "0", "11", "1e309", "NaN", "SCHOOL", "speaker", "\"", "\"\"\"", ";", ",", "|", "||",
			"null", "\u0000", "\uFEFF", "ёЁ«»№", "a".repeat(5000), "01.01.1900", "true", "нет" };

	@Autowired
	Driver driver;

	@Autowired
	IngestService ingest;

	@Test
	void mutatedFilesNeverCrashAndNeverWritePartially() {
		Random random = new Random(20261123L);
		IngestFixtures.loadBase(this.driver, this.ingest);
		List<String> before = IngestFixtures.fingerprint(this.driver);
		int rejected = 0;
		for (int i = 0; i < CASES; i++) {
			Map<String, byte[]> files = mutate(IngestFixtures.base(), random);
			ImportReport report;
			try {
				report = IngestFixtures.importDirectory(this.ingest, IngestFixtures.writeBytes(files));
			}
			catch (RuntimeException ex) {
				throw new AssertionError("case " + i + " crashed the importer", ex);
			}
			if (report.imported()) {
				// A harmless mutation: start again from the base graph.
				IngestFixtures.loadBase(this.driver, this.ingest);
				before = IngestFixtures.fingerprint(this.driver);
			}
			else {
				rejected++;
				assertThat(report.errors()).allSatisfy((e) -> assertThat(e).matches("(?s)[^:]+:\\d+: [^:]+: .+"));
				assertThat(IngestFixtures.fingerprint(this.driver)).as("graph after rejected case " + i)
					.isEqualTo(before);
			}
		}
		assertThat(rejected).as("rejected cases").isGreaterThan(CASES / 3);
	}

	private static Map<String, byte[]> mutate(Map<String, String> base, Random random) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(base.keySet());
		int mutations = 1 + random.nextInt(3);
		Map<String, String> texts = new LinkedHashMap<>(base);
		for (int m = 0; m < mutations; m++) {
			String name = names.get(random.nextInt(names.size()));
			List<String> lines = new ArrayList<>(texts.get(name).lines().toList());
			int line = random.nextInt(lines.size());
			switch (random.nextInt(8)) {
				case 0, 1, 2 -> {
					String[] cells = lines.get(line).split(",", -1);
					cells[random.nextInt(cells.length)] = JUNK[random.nextInt(JUNK.length)];
					lines.set(line, String.join(",", cells));
				}
				case 3 -> lines.add(lines.get(line));
				case 4 -> lines.remove(line);
				case 5 -> {
					String[] cells = lines.get(line).split(",", -1);
					int a = random.nextInt(cells.length);
					int b = random.nextInt(cells.length);
					String swap = cells[a];
					cells[a] = cells[b];
					cells[b] = swap;
					lines.set(line, String.join(",", cells));
				}
				case 6 -> lines.set(line, lines.get(line) + ",extra");
				default -> {
					if (random.nextBoolean()) {
						texts.remove(name);
						names.remove(name);
						continue;
					}
					lines.set(line, lines.get(line).substring(0, random.nextInt(lines.get(line).length() + 1)));
				}
			}
			texts.put(name, String.join("\n", lines) + "\n");
		}
		texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
		if (random.nextInt(20) == 0 && !files.isEmpty()) {
			// Raw bytes that are neither UTF-8 nor sensible Windows-1251.
			byte[] noise = new byte[64];
			random.nextBytes(noise);
			files.put(names.get(random.nextInt(names.size())), noise);
		}
		return files;
	}

}
