package com.webook.interactive.domain;

/**
 * Where a change of state of a like or a collection is announced, after it is stored, for the contexts that
 * follow what readers like (the hot list first). Announcing never blocks or fails the change.
 */
public interface InteractionEvents {

    /** Nobody follows. */
    InteractionEvents NONE = (target, userId, change) -> { };

    void changed(BizObject target, long userId, Change change);

    /** What changed. */
    enum Change { LIKE, UNLIKE, COLLECT, UNCOLLECT }
}
