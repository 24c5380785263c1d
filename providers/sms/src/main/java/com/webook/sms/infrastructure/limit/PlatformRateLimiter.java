package com.webook.sms.infrastructure.limit;

import java.time.Duration;

import com.webook.governance.limit.Limit;
import com.webook.governance.limit.RedisRateLimiter;
import com.webook.sms.domain.RateLimiter;

/** The vendors' rate limits on the platform's one Redis rate limiter. */
public class PlatformRateLimiter implements RateLimiter {

    private final RedisRateLimiter limiter;

    public PlatformRateLimiter(RedisRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        return limiter.take(new RedisRateLimiter.Charge(new Limit("vendor", limit, window), key)).allowed();
    }
}
