package com.webook.api.common.v1;

/**
 * What kind of failure an error code names, and so how every caller treats it: whether the caller can
 * fix the request, and which HTTP status an HTTP gateway answers it with. consumer-web maps the kind,
 * never a context's individual codes.
 */
public enum ErrorKind {
    /** The request breaks a rule; the message names the field and the rule. */
    INVALID(400),
    /** The caller did not prove who it is (wrong password, missing or expired credentials). */
    UNAUTHENTICATED(401),
    /** The caller is known but may not do this (another author's article). */
    FORBIDDEN(403),
    NOT_FOUND(404),
    /** The request clashes with the current state (name taken, limit reached). */
    CONFLICT(409),
    /** Too many requests of this kind; try again later. */
    THROTTLED(429),
    /** A dependency failed; the same request may succeed later. Nothing was half-written. */
    UNAVAILABLE(503),
    /** The platform failed unexpectedly; the answer carries an incident id, the log its details. */
    INTERNAL(500);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** True when the caller can change the request to succeed; false when the platform failed. */
    public boolean callerError() {
        return httpStatus < 500;
    }
}
