package com.webook.sms.domain;

import java.time.Duration;

/** Counts events per key over a window; shared by every instance of the provider. */
public interface RateLimiter {

    /**
     * Records one event under the key if it keeps the key within {@code limit} events per {@code window}
     * (the whole limit at once, then one every {@code window / limit}), and says whether it did. Fails
     * with a {@link RuntimeException} when the counter's store cannot be reached.
     */
    boolean tryAcquire(String key, int limit, Duration window);
}
