package com.webook.api.common.v1;

/**
 * The errors any app answers for a failure that is not one of its declared rejections (module 00).
 * Providers' error boundary answers these with an incident id; consumer-web answers them too.
 */
public enum PlatformErrorCode implements ErrorCode {
    /** Something failed unexpectedly; the incident id finds the details in the log. */
    INTERNAL(500001, ErrorKind.INTERNAL),
    /** A dependency (database, cache, another service) could not be reached; try again later. */
    UNAVAILABLE(500002, ErrorKind.UNAVAILABLE);

    private final int code;
    private final ErrorKind kind;

    PlatformErrorCode(int code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
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
