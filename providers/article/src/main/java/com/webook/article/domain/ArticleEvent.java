package com.webook.article.domain;

import java.time.Instant;

/** What happened to an article that other contexts hear about. {@code eventId} is unique per event. */
public sealed interface ArticleEvent {

    String eventId();

    ArticleId articleId();

    /** An article was published or republished. */
    record Published(String eventId, ArticleId articleId, AuthorId authorId, String title, Instant at)
            implements ArticleEvent {
    }

    /**
     * A reader opened a published article; {@code readerId} 0 is an anonymous reader. {@code readerKey}
     * names the reader for counting once per reader and period, or is null when nobody can tell.
     */
    record Read(String eventId, ArticleId articleId, long readerId, Instant at, String readerKey) implements ArticleEvent {
    }
}
