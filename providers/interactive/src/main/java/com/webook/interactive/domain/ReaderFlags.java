package com.webook.interactive.domain;

/** Whether one user liked and collected one object: what a reader sees beside its counts. */
public record ReaderFlags(boolean liked, boolean collected) {

    /** An anonymous reader's, or a user's who never touched the object. */
    public static final ReaderFlags NONE = new ReaderFlags(false, false);
}
