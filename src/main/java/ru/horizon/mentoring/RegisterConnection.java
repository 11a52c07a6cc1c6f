package ru.horizon.mentoring;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import ru.horizon.system.DomainException;

/**
 * A page of a list sorted by a string key, with the total over all pages: the Java side
 * of the register's connections ({@code MentoringPairConnection},
 * {@code YoungTeacherStatusConnection}). A cursor carries the key of its item, so a page
 * continues after the last item seen even when the list changed in between.
 *
 * @param <T> the item
 * @param totalCount items on all pages
 * @param edges this page
 * @param pageInfo where this page sits
 */
public record RegisterConnection<T>(int totalCount, List<Edge<T>> edges, PageInfo pageInfo) {

	/** One item and the opaque cursor to continue after it. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Relay page information. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * The page of {@code first} items after {@code after} of {@code sorted}, a list in
	 * ascending order of {@code key}.
	 * @param list the name of the list, which its cursors carry
	 */
	static <T> RegisterConnection<T> of(String list, List<T> sorted, Function<T, String> key, int first, String after) {
		int offset = 0;
		if (after != null) {
			String start = decode(list, after);
			while (offset < sorted.size() && key.apply(sorted.get(offset)).compareTo(start) <= 0) {
				offset++;
			}
		}
		List<T> page = sorted.subList(offset, Math.min(sorted.size(), offset + first));
		List<Edge<T>> edges = page.stream().map((item) -> new Edge<>(item, encode(list, key.apply(item)))).toList();
		return new RegisterConnection<>(sorted.size(), edges,
				new PageInfo(offset + page.size() < sorted.size(), offset > 0,
						edges.isEmpty() ? null : edges.getFirst().cursor(),
						edges.isEmpty() ? null : edges.getLast().cursor()));
	}

	private static String encode(String list, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((list + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String list, String cursor) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badRequest("Not a cursor of this list: " + cursor);
		}
		if (!text.startsWith(list + ":")) {
			throw DomainException.badRequest("Not a cursor of this list: " + cursor);
		}
		return text.substring(list.length() + 1);
	}

}
