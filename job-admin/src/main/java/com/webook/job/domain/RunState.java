package com.webook.job.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a run is. Final states are never left, except that a late callback corrects a LOST run. */
public enum RunState {
    /** Inserted, not sent: whoever owns its partition sends it at its time. */
    SCHEDULED,
    /** One admin claimed it and is sending it now. */
    SENDING,
    /** An executor accepted it; its callback will end it. */
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    KILLED,
    /** Its sender or its executor went away without a word: it may or may not have run. */
    LOST,
    /** Not sent: the job was paused or deleted, or still running while exclusive. */
    SKIPPED;

    public static final Set<RunState> ACTIVE = EnumSet.of(SCHEDULED, SENDING, RUNNING);

    public boolean isFinal() {
        return !ACTIVE.contains(this);
    }

    public boolean isFailure() {
        return this == FAILED || this == TIMED_OUT || this == LOST;
    }
}
