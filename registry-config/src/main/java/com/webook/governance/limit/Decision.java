package com.webook.governance.limit;

import java.time.Duration;

/**
 * A limiter's answer: allowed, or refused by {@code refusedBy} until {@code retryAfter} has passed.
 */
public record Decision(boolean allowed, Duration retryAfter, Limit refusedBy) {

    static final Decision ALLOWED = new Decision(true, Duration.ZERO, null);

    /** Whole seconds to wait, rounded up, at least 1: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
