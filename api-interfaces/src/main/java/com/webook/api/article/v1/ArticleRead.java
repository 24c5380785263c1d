package com.webook.api.article.v1;

import java.io.Serializable;

/**
 * One read a caller served itself and asks the article context to count
 * ({@link ArticleService#recordReads}). {@code eventId} is the caller's, unique per read (1–64 of
 * {@code [A-Za-z0-9_-]}): it becomes the {@link ArticleReadEvent}'s, so a retried call counts nothing twice.
 * {@code readerId} is 0 for an anonymous reader, and then {@code anonymousReader} is an opaque key of the
 * reader's client (as for {@link ArticleService#getPublished}) or null; {@code readAtMillis} is epoch
 * milliseconds.
 */
public record ArticleRead(String eventId, long articleId, long readerId, String anonymousReader, long readAtMillis)
        implements Serializable {
}
