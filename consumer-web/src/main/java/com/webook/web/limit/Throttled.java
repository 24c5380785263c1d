package com.webook.web.limit;

/** A request refused by an abuse limit: 429 with {@code Retry-After}. */
public final class Throttled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    Throttled(String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
