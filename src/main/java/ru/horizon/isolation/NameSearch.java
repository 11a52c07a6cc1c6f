package ru.horizon.isolation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A search by name (поиск по ФИО) as people type it: case folded, diacritics dropped (ё
 * is е, й is и), Latin letters that look like Cyrillic ones read as those (a Latin "c"
 * typed in "Cергей"), and every word of the search found somewhere in the name, in any
 * order ("мария титова" finds "Титова Мария Петровна").
 */
final class NameSearch {

	/**
	 * Latin letters typed for the Cyrillic letters they look like, and their Cyrillic
	 * twins.
	 */
	private static final String LATIN = "aceopxykmthb";

	private static final String CYRILLIC = "асеорхукмтнв";

	private final List<String> words;

	private NameSearch(List<String> words) {
		this.words = words;
	}

	/** The search for {@code text}; null or blank matches every name. */
	static NameSearch of(String text) {
		String folded = (text != null) ? fold(text) : "";
		return new NameSearch(Arrays.stream(folded.split(" ")).filter((w) -> !w.isEmpty()).toList());
	}

	/** Whether the search matches nothing in particular (every name). */
	boolean isEmpty() {
		return this.words.isEmpty();
	}

	/** Whether every word of the search is part of {@code name}. */
	boolean matches(String name) {
		if (this.words.isEmpty()) {
			return true;
		}
		if (name == null) {
			return false;
		}
		String folded = fold(name);
		return this.words.stream().allMatch(folded::contains);
	}

	/**
	 * Lower case, no diacritics, Cyrillic twins for Latin look-alikes, single spaces, no
	 * hyphens or dots.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
			int latin = LATIN.indexOf(c);
			if (latin >= 0) {
				folded.append(CYRILLIC.charAt(latin));
			}
			else if (Character.isLetterOrDigit(c)) {
				folded.append(c);
			}
			else {
				folded.append(' ');
			}
		}
		return folded.toString().trim().replaceAll(" +", " ");
	}

}
