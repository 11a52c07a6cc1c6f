package ru.horizon.isolation;

import java.util.List;

/**
 * A page of isolated (and, when asked, at-risk) young teachers, with the total over all
 * pages.
 *
 * @param totalCount the number of teachers on all pages
 * @param isolatedCount those of them isolated (the rest are at risk)
 * @param edges this page
 * @param pageInfo where this page sits
 */
public record YoungTeacherIsolationConnection(int totalCount, int isolatedCount, List<Edge> edges, PageInfo pageInfo) {

	/** One teacher and the opaque cursor to continue after them. */
	public record Edge(YoungTeacherIsolation node, String cursor) {

	}

	/** Relay page information. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

	}

}
