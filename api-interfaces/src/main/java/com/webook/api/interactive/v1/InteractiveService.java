package com.webook.api.interactive.v1;

import java.util.List;

import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.Idempotent;
import com.webook.api.common.v1.NotIdempotent;
import com.webook.api.common.v1.ServiceException;

/**
 * Reads, likes and collections of business objects ({@code biz} names the kind, e.g. {@code article};
 * 1–32 of {@code [a-z0-9_]}; {@code bizId} > 0). Reads are not counted through this interface: they
 * arrive as events on Kafka (see {@code com.webook.api.article.v1.ArticleReadEvent}). Rejections are
 * {@link ServiceException}s with an {@link InteractiveErrorCode}. Likes, collects and their undoing are
 * idempotent: repeating one changes nothing.
 */
@ErrorCodes(InteractiveErrorCode.class)
public interface InteractiveService {

    String VERSION = "1.0.0";

    /**
     * The Redis stream on which the interactive context appends the id of every user whose likes or
     * collections changed, moments after the change: a caller that keeps users' {@link ReaderMarks} near
     * them follows it (with {@code com.webook.governance.feed.RedisFeed}), drops the marks it names, and
     * stops trusting its copies while it cannot hear the stream.
     */
    String READER_CHANGES_FEED = "interactive:reader-changes";

    /** The most ids of each kind {@link #readerMarks} answers. */
    int MAX_MARKS = 5000;

    /** Likes ({@code like} true) or takes the like back; the like count moves only when the state changes. */
    @Idempotent
    void like(String biz, long bizId, long userId, boolean like);

    /**
     * Puts the object into one of the user's folders ({@link InteractiveErrorCode#COLLECTION_NOT_FOUND}
     * for a folder that is not theirs). An object sits in at most one folder per user: collecting it again
     * moves it, and the collect count moves only when it was not collected before.
     */
    @Idempotent
    void collect(String biz, long bizId, long userId, long collectionId);

    /** Takes the object out of the user's collections; nothing happens when it was not collected. */
    @Idempotent
    void uncollect(String biz, long bizId, long userId);

    /** Counts (zeros when nothing happened yet) and this user's liked/collected flags (false for user 0). */
    @Idempotent
    InteractiveView get(String biz, long bizId, long userId);

    /**
     * Every object of one kind the user likes and every one they collected (at most {@link #MAX_MARKS} of
     * each, see {@link ReaderMarks#complete()}): for a caller that shows a reader's flags on many objects
     * and keeps them near the reader, invalidated through {@link #READER_CHANGES_FEED}.
     */
    @Idempotent
    ReaderMarks readerMarks(String biz, long userId);

    /** Counts for many objects of one kind in one call, in the order asked; at most 500 ids. */
    @Idempotent
    List<InteractiveCounts> getCounts(String biz, List<Long> bizIds);

    /**
     * A new folder; name 1–64 characters, unique per user; {@link InteractiveErrorCode#COLLECTION_LIMIT_REACHED}
     * when the user has as many folders as a user may have (200 unless configured otherwise).
     */
    @NotIdempotent("a retried create answers 'name taken'")
    CollectionFolder createCollection(long userId, String name);

    /** Renames one of the user's folders. */
    @Idempotent
    CollectionFolder renameCollection(long userId, long collectionId, String name);

    /** Deletes one of the user's folders and takes what it held out of the user's collections. */
    @NotIdempotent("a retried delete answers 'not found'")
    void deleteCollection(long userId, long collectionId);

    /** The user's folders, oldest first, {@code limit} (1–100) from {@code offset} (0 or more). */
    @Idempotent
    List<CollectionFolder> listCollections(long userId, int offset, int limit);
}
