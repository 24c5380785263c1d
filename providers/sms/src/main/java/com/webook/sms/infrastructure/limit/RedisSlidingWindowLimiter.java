package com.webook.sms.infrastructure.limit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.webook.sms.domain.RateLimiter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A sliding window in a Redis sorted set (one member per event, scored by the Redis server's time),
 * checked and updated by one Lua script so concurrent instances cannot both take the last slot.
 */
public class RedisSlidingWindowLimiter implements RateLimiter {

    private static final RedisScript<Long> WINDOW = RedisScript.of(new ClassPathResource("lua/sliding_window.lua"),
            Long.class);

    private final StringRedisTemplate redis;

    public RedisSlidingWindowLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        Long allowed = redis.execute(WINDOW, List.of(key), Long.toString(window.toMillis()), Integer.toString(limit),
                UUID.randomUUID().toString());
        if (allowed == null) {
            throw new IllegalStateException("Redis answered nothing to the rate-limit script");
        }
        return allowed == 1L;
    }
}
