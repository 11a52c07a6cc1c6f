package ru.horizon.mentoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Free-text positions (должности) mapped to {@link PositionFamily families} by the
 * vocabulary {@code mentoring/positions.txt} (its header documents the rules:
 * normalisation, word-beginning stems, first match wins, related families).
 */
@Component
public class Positions {

	/** The vocabulary on the class path. */
	static final String RESOURCE = "mentoring/positions.txt";

	private record Rule(PositionFamily family, String[] stems) {
	}

	private final List<Rule> rules = new ArrayList<>();

	private final Map<PositionFamily, Set<PositionFamily>> related = new EnumMap<>(PositionFamily.class);

	private final Map<String, PositionFamily> known = new ConcurrentHashMap<>();

	private final Set<String> unknown = ConcurrentHashMap.newKeySet();

	/** The vocabulary of the class path. */
	public Positions() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] words = line.split("\\s+");
				if (words[0].equals("~")) {
					PositionFamily a = PositionFamily.valueOf(words[1]);
					PositionFamily b = PositionFamily.valueOf(words[2]);
					this.related.computeIfAbsent(a, (k) -> EnumSet.noneOf(PositionFamily.class)).add(b);
					this.related.computeIfAbsent(b, (k) -> EnumSet.noneOf(PositionFamily.class)).add(a);
				}
				else {
					this.rules.add(new Rule(PositionFamily.valueOf(words[0]),
							Arrays.stream(words, 1, words.length).map(Positions::normalise).toArray(String[]::new)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	/** The family of a position; null when it is missing, blank or matches no rule. */
	public PositionFamily family(String position) {
		if (position == null || position.isBlank()) {
			return null;
		}
		if (this.unknown.contains(position)) {
			return null;
		}
		PositionFamily family = this.known.get(position);
		if (family == null) {
			family = match(normalise(position).split(" "));
			if (family == null) {
				this.unknown.add(position);
				return null;
			}
			this.known.put(position, family);
		}
		return family;
	}

	/** True when the two families are related in the vocabulary (ROLE 0.5). */
	public boolean related(PositionFamily a, PositionFamily b) {
		return a != null && b != null && this.related.getOrDefault(a, Set.of()).contains(b);
	}

	private PositionFamily match(String[] words) {
		for (Rule rule : this.rules) {
			for (int start = 0; start + rule.stems().length <= words.length; start++) {
				boolean all = true;
				for (int k = 0; k < rule.stems().length && all; k++) {
					all = words[start + k].startsWith(rule.stems()[k]);
				}
				if (all) {
					return rule.family();
				}
			}
		}
		return null;
	}

	/**
	 * Lower case, ё as е, everything but letters and digits as single spaces, trimmed.
	 */
	static String normalise(String text) {
		StringBuilder result = new StringBuilder(text.length());
		boolean space = true;
		for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if (Character.isLetterOrDigit(ch)) {
				result.append((ch == 'ё') ? 'е' : ch);
				space = false;
			}
			else if (!space) {
				result.append(' ');
				space = true;
			}
		}
		return result.toString().strip();
	}

}
