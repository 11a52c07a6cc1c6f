package ru.horizon.ingest.internal;

import java.util.Locale;

/**
 * What spreadsheets leave in cells that a person cannot see: Unicode spaces (U+00A0
 * NO-BREAK SPACE after an id, U+202F, U+2007, ...), format characters (U+200B ZERO WIDTH
 * SPACE, U+00AD SOFT HYPHEN, U+FEFF a byte order mark in the middle of a file, direction
 * marks) and control characters. At the edges of a cell they are trimmed like ordinary
 * spaces; inside a cell the validator either tidies them (free text) or rejects the cell
 * naming the character (ids, codes, dates, numbers, enum values).
 */
public final class Cells {

	private Cells() {
	}

	/**
	 * Whether {@code cp} reads as nothing or as a space: trimmed at the edges of every
	 * cell.
	 */
	public static boolean isBlank(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isFormat(cp) || isControl(cp);
	}

	/**
	 * Unicode format characters (Cf): zero-width space and joiners, soft hyphen, BOM,
	 * direction marks.
	 */
	static boolean isFormat(int cp) {
		return Character.getType(cp) == Character.FORMAT || cp == 0x180E;
	}

	/** Control characters (Cc), tab, line feed and carriage return included. */
	static boolean isControl(int cp) {
		return Character.getType(cp) == Character.CONTROL;
	}

	/**
	 * A space a person sees but that is not U+0020: NO-BREAK SPACE, THIN SPACE,
	 * IDEOGRAPHIC SPACE, tab...
	 */
	static boolean isOtherSpace(int cp) {
		return cp != ' ' && (Character.isSpaceChar(cp) || Character.isWhitespace(cp));
	}

	/** {@code text} without every {@link #isBlank blank} character at either end. */
	public static String trimEdges(String text) {
		if (text == null) {
			return "";
		}
		int start = 0;
		int end = text.length();
		while (start < end) {
			int cp = text.codePointAt(start);
			if (!isBlank(cp)) {
				break;
			}
			start += Character.charCount(cp);
		}
		while (end > start) {
			int cp = text.codePointBefore(end);
			if (!isBlank(cp)) {
				break;
			}
			end -= Character.charCount(cp);
		}
		return text.substring(start, end);
	}

	/** Whether the cell holds nothing a person could see. */
	public static boolean isEmpty(String text) {
		return trimEdges(text).isEmpty();
	}

	/**
	 * The first character of {@code text} (already {@link #trimEdges trimmed}) that has
	 * no place in an id, code, date, number or enum value: a space other than U+0020, a
	 * format or a control character; -1 when there is none.
	 */
	static int firstInvisible(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (isOtherSpace(cp) || isFormat(cp) || isControl(cp)) {
				return cp;
			}
			i += Character.charCount(cp);
		}
		return -1;
	}

	/**
	 * The first control character other than tab, line feed and carriage return; -1 when
	 * none.
	 */
	static int firstForbiddenControl(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (isControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
				return cp;
			}
			i += Character.charCount(cp);
		}
		return -1;
	}

	/**
	 * Free text as a person meant it: every other space (and a tab or line break) becomes
	 * U+0020, format characters are dropped. Returns {@code text} itself when nothing
	 * changed.
	 */
	static String tidyText(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int n = Character.charCount(cp);
			boolean format = isFormat(cp);
			boolean space = isOtherSpace(cp);
			if ((format || space) && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				if (space) {
					out.append(' ');
				}
				else if (!format) {
					out.appendCodePoint(cp);
				}
			}
			i += n;
		}
		return (out != null) ? out.toString() : text;
	}

	/** The first character that {@link #tidyText} changes; -1 when none. */
	static int firstTidied(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (isFormat(cp) || isOtherSpace(cp)) {
				return cp;
			}
			i += Character.charCount(cp);
		}
		return -1;
	}

	/** A header cell: trimmed, format characters dropped, lower case. */
	static String header(String text) {
		return tidyText(trimEdges(text)).toLowerCase(Locale.ROOT);
	}

	/** How a message names a character: {@code U+00A0 (NO-BREAK SPACE)}. */
	public static String describe(int cp) {
		String name = Character.getName(cp);
		return "U+%04X".formatted(cp) + ((name != null) ? " (" + name + ")" : "");
	}

	/**
	 * The first letter of {@code text} outside ASCII, -1 when none (a Cyrillic С typed
	 * into SCHOOL).
	 */
	static int firstNonAscii(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (cp > 0x7F) {
				return cp;
			}
			i += Character.charCount(cp);
		}
		return -1;
	}

	/** A code folded for comparison: lower case, ё as е. */
	static String fold(String code) {
		return code.toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

}
