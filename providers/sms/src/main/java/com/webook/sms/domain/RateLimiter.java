package com.webook.sms.domain;

import java.time.Duration;

/** Counts events per key in a sliding window; shared by every instance of the provider. */
public interface RateLimiter {

    /**
     * Records one event under the key if fewer than {@code limit} were recorded in the last
     * {@code window}, and says whether it did. Fails with a {@link RuntimeException} when the
     * counter's store cannot be reached.
     */
    boolean tryAcquire(String key, int limit, Duration window);
}
