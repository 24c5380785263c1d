package com.webook.interactive.domain;

import java.util.List;

/**
 * Counts, likes and collected objects. Each write is atomic with the count it moves: a count moves
 * exactly when the state it counts changes, however many callers race. Counts may be read from a cache.
 */
public interface InteractiveRepository {

    /** The counts of one object, zeros when nothing happened to it yet. */
    Counts counts(BizObject target);

    /** The counts of {@code ids} (all of kind {@code biz}), in the order asked, zeros for unknown ids. */
    List<Counts> counts(String biz, List<Long> ids);

    /** Whether the user liked and collected the object, in one look-up (the reader view asks it on every read). */
    ReaderFlags flagsOf(BizObject target, long userId);

    /**
     * The ids of the objects of kind {@code biz} the user likes and collected, at most {@code limit} of
     * each ({@link Marks#complete()} false when there were more).
     */
    Marks marksOf(String biz, long userId, int limit);

    /** Sets the user's like; true when it changed (and the like count moved with it). */
    boolean storeLike(BizObject target, long userId, boolean liked);

    /**
     * Puts the object into the user's folder, moving it from another folder of theirs if need be; the
     * collect count moves only when it was not collected before. False (and nothing written) when the
     * folder is not the user's.
     */
    boolean storeCollected(BizObject target, long userId, long folderId);

    /** Takes the object out of the user's collections; true when it was there. */
    boolean removeCollected(BizObject target, long userId);
}
