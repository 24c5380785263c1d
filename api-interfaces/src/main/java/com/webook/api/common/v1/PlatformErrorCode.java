package com.webook.api.common.v1;

/**
 * The errors any app answers for a failure that is not one of its declared rejections (module 00).
 * Providers' error boundary answers these with an incident id; consumer-web answers them too.
 */
public enum PlatformErrorCode implements ErrorCode {
    /** Something failed unexpectedly; the incident id finds the details in the log. */
    INTERNAL(500001, ErrorKind.INTERNAL, "something went wrong, please try again later"),
    /** A dependency (database, cache, another service) could not be reached; try again later. */
    UNAVAILABLE(500002, ErrorKind.UNAVAILABLE, "the service is temporarily unavailable, please try again"),
    /** A flow-control rule refused the call: too many of these calls right now; try again in a moment. */
    THROTTLED(400101, ErrorKind.THROTTLED, "too many requests right now, please try again in a moment"),
    /** A circuit breaker is open: the service this needs is failing or slow, and is given time to recover. */
    DEGRADED(500003, ErrorKind.UNAVAILABLE, "this is temporarily switched off while a service recovers, please try again shortly"),
    /** An authority rule refuses this caller. */
    REFUSED(400102, ErrorKind.FORBIDDEN, "this caller may not make this call");

    private final int code;
    private final ErrorKind kind;
    private final String message;

    PlatformErrorCode(int code, ErrorKind kind, String message) {
        this.code = code;
        this.kind = kind;
        this.message = message;
    }

    /** What every app tells its callers for this failure: nothing of the failure itself. */
    public String message() {
        return message;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
