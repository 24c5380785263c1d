package com.webook.api.article.v1;

import java.util.List;

import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.Idempotent;
import com.webook.api.common.v1.NotIdempotent;
import com.webook.api.common.v1.ServiceException;

/**
 * Articles: the author's draft library and the online library readers see, both under the same id.
 * Rejections are {@link ServiceException}s with an {@link ArticleErrorCode}. Changes to an article are
 * allowed to its author only ({@link ArticleErrorCode#NOT_AUTHOR} otherwise).
 */
@ErrorCodes(ArticleErrorCode.class)
public interface ArticleService {

    String VERSION = "1.0.0";

    /**
     * The Redis stream on which the article context appends the id of every article whose published copy
     * changed (published, republished, withdrawn), moments after the change commits: a caller that keeps
     * published copies near its readers follows it (with {@code com.webook.governance.feed.RedisFeed}) and
     * drops the copies it names, and stops trusting its copies while it cannot hear the stream.
     */
    String CHANGES_FEED = "article:changes";

    /** The most reads one {@link #recordReads} call takes. */
    int MAX_READS_PER_CALL = 1000;

    /**
     * Creates or updates the draft; returns its id. The online copy, if any, is left as it was.
     * {@link ArticleErrorCode#DRAFT_LIMIT_REACHED} for a new draft when its author has as many unpublished
     * drafts as an author may have (1000 unless configured otherwise).
     */
    @NotIdempotent("a retried first save creates a second draft")
    long save(SaveArticleRequest request);

    /**
     * Saves the draft and copies it to the online library in one transaction (both or neither); returns
     * the id. Emits an {@link ArticlePublishedEvent}.
     */
    @NotIdempotent("a retried first publish creates a second article")
    long publish(SaveArticleRequest request);

    /** Makes the article private in both libraries; readers stop seeing it at once. */
    @NotIdempotent("a state change the author asked for once: a timeout is shown to the author, not retried")
    void withdraw(long authorId, long articleId);

    /** The author's articles, most recently updated first, without content. {@code limit} 1–100. */
    @Idempotent
    List<ArticleSummary> listByAuthor(long authorId, int offset, int limit);

    /** The author's draft of one article; {@link ArticleErrorCode#NOT_AUTHOR} for anyone else's. */
    @Idempotent
    ArticleView getByAuthor(long authorId, long articleId);

    /**
     * The published copy a reader sees; {@link ArticleErrorCode#ARTICLE_NOT_FOUND} unless it is
     * published. Counts one read: an {@link ArticleReadEvent} for {@code readerId} (0 for anonymous)
     * is emitted without waiting for Kafka, and counted once per reader and 10 minutes.
     *
     * @param anonymousReader for {@code readerId} 0: an opaque key of the reader's client (a digest of its
     *                        address and user agent, 1–64 of {@code [A-Za-z0-9_-]}), or null; ignored otherwise
     */
    @Idempotent
    ArticleView getPublished(long articleId, long readerId, String anonymousReader);

    /**
     * Whether readers can see this article now: true only while it is published. Counts no read; served
     * from the reader path's caches. For callers that act on an article by id (liking, collecting).
     */
    @Idempotent
    boolean isPublished(long articleId);

    /**
     * The published copy, as {@link #getPublished} answers it, without counting a read: for a caller that
     * keeps published copies near its readers (invalidated through {@link #CHANGES_FEED}) and counts the
     * reads it serves with {@link #recordReads}.
     */
    @Idempotent
    ArticleView peekPublished(long articleId);

    /**
     * Counts reads the caller served itself, at most {@link #MAX_READS_PER_CALL} per call, as
     * {@link #getPublished} counts its own: one {@link ArticleReadEvent} each, without waiting for Kafka,
     * counted once per reader and 10 minutes. The caller vouches that it served a published copy: a read
     * sent after the article was withdrawn still counts. {@link ArticleErrorCode#INVALID_ARGUMENT} for a
     * malformed read, and then none is counted.
     */
    @Idempotent
    void recordReads(List<ArticleRead> reads);

    /**
     * Published articles, most recently updated first, {@code limit} (1–500) at a time; pass null for
     * the first page and then each page's {@link PublishedPage#nextCursor()}.
     */
    @Idempotent
    PublishedPage listPublished(String cursor, int limit);

    /** The most ids one {@link #publishedSummaries} call takes. */
    int MAX_SUMMARIES_PER_CALL = 500;

    /**
     * The summaries of those of {@code articleIds} that are published now, in the order asked; ids that are
     * not (never were, withdrawn) are left out. At most {@link #MAX_SUMMARIES_PER_CALL} ids; counts no read.
     * For a caller that keeps a list of articles and must drop the ones readers can no longer see.
     */
    @Idempotent
    List<ArticleSummary> publishedSummaries(List<Long> articleIds);
}
