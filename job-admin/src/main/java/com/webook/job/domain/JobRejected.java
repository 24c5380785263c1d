package com.webook.job.domain;

/** An operator's request that the rules refuse: the message says why, and is safe to show. */
public class JobRejected extends RuntimeException {

    private final Kind kind;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    public JobRejected(String message) {
        this(Kind.INVALID, message);
    }

    public JobRejected(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static JobRejected notFound(String message) {
        return new JobRejected(Kind.NOT_FOUND, message);
    }

    public static JobRejected conflict(String message) {
        return new JobRejected(Kind.CONFLICT, message);
    }

    public static JobRejected forbidden(String message) {
        return new JobRejected(Kind.FORBIDDEN, message);
    }
}
