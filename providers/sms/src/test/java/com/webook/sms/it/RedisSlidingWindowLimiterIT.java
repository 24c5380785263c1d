package com.webook.sms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.webook.sms.infrastructure.limit.RedisSlidingWindowLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The sliding window's Lua script against the real Redis (database 11). */
@SmsProviderIntegrationTest
class RedisSlidingWindowLimiterIT {

    @Autowired
    StringRedisTemplate redis;

    RedisSlidingWindowLimiter limiter() {
        return new RedisSlidingWindowLimiter(redis);
    }

    static String key() {
        return "sms:limit:it-" + UUID.randomUUID();
    }

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowSlides() throws Exception {
        String key = key();
        RedisSlidingWindowLimiter limiter = limiter();
        Duration window = Duration.ofMillis(800);

        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(limiter.tryAcquire(key, 3, window));
        }
        assertThat(answers).containsExactly(true, true, true, false);
        assertThat(redis.opsForZSet().size(key)).as("a refused event is not recorded").isEqualTo(3);
        assertThat(redis.getExpire(key)).as("the key expires with its window").isBetween(0L, 1L);

        Thread.sleep(window.toMillis() + 100);
        assertThat(limiter.tryAcquire(key, 3, window)).isTrue();
    }

    @Test
    void concurrentCallersGetExactlyTheLimit() throws Exception {
        String key = key();
        RedisSlidingWindowLimiter limiter = limiter();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return limiter.tryAcquire(key, 7, Duration.ofSeconds(10));
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> answer : answers) {
                allowed += answer.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(redis.opsForZSet().size(key)).isEqualTo(7);
    }

    @Test
    void keysAreIndependent() {
        RedisSlidingWindowLimiter limiter = limiter();
        String a = key();
        String b = key();

        assertThat(limiter.tryAcquire(a, 1, Duration.ofSeconds(5))).isTrue();
        assertThat(limiter.tryAcquire(a, 1, Duration.ofSeconds(5))).isFalse();
        assertThat(limiter.tryAcquire(b, 1, Duration.ofSeconds(5))).isTrue();
    }
}
