package com.webook.interactive.domain;

/**
 * Where a change to a user's marks (their likes and collections) is announced, after it is stored, for
 * those who keep copies of the marks near readers. Announcing never fails the change: it is stored.
 */
public interface MarkChanges {

    /** Nobody keeps copies. */
    MarkChanges NONE = userId -> { };

    void changed(long userId);
}
