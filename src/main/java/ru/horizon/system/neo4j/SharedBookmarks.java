package ru.horizon.system.neo4j;

import java.util.LinkedHashSet;
import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Component;

/**
 * The application's one bookmark manager (see {@link BookmarkConfiguration}) for code
 * that opens plain driver sessions: a session from {@link #sessionConfig()} starts after
 * every write this application committed and adds its own commits to the same bookmarks,
 * so Spring-managed transactions that follow read them too, also on a follower.
 */
@Component
public class SharedBookmarks implements BookmarkManager {

	private static final long serialVersionUID = 1L;

	private final transient Neo4jBookmarkManager bookmarks;

	SharedBookmarks(Neo4jBookmarkManager bookmarks) {
		this.bookmarks = bookmarks;
	}

	/** A session configuration that takes part in the application's bookmarks. */
	public SessionConfig sessionConfig() {
		return SessionConfig.builder().withBookmarkManager(this).build();
	}

	@Override
	public void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
		this.bookmarks.updateBookmarks(previousBookmarks, newBookmarks);
	}

	@Override
	public Set<Bookmark> getBookmarks() {
		return new LinkedHashSet<>(this.bookmarks.getBookmarks());
	}

}
