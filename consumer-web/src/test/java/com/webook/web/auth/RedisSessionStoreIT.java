package com.webook.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.governance.testkit.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The session store against the real Redis: what a session's lifetime allows, however it is refreshed. */
class RedisSessionStoreIT {

    private static final Duration REFRESH_TTL = Duration.ofDays(7);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static final StringRedisTemplate redis = TestRedis.template();

    private final long userId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    private final String sessionId = UUID.randomUUID().toString();

    @Test
    void aRefreshNeverCarriesASessionPastItsMaximumLifetime() {
        RedisSessionStore store = new RedisSessionStore(redis, Duration.ofMinutes(10));
        store.open(userId, sessionId, "first", REFRESH_TTL, 5);
        assertThat(ttl()).as("a new session lives no longer than its lifetime").isBetween(1L, 600_000L);

        RedisSessionStore.Rotated rotated = store.rotate(userId, sessionId, "first", "second", REFRESH_TTL, GRACE);
        assertThat(rotated.outcome()).isEqualTo(RedisSessionStore.Rotation.ROTATED);
        assertThat(rotated.left().toMillis()).as("what the session has left, for its access tokens")
                .isBetween(1L, 600_000L);
        assertThat(ttl()).as("not the refresh token's seven days").isBetween(1L, 600_000L);
    }

    @Test
    void aSessionPastItsLifetimeIsEndedWhenItsRefreshTokenComes() {
        new RedisSessionStore(redis, Duration.ofDays(30)).open(userId, sessionId, "first", REFRESH_TTL, 5);
        // Opened 31 days ago, as far as the session knows.
        redis.opsForHash().put(RedisSessionStore.sessionKey(userId, sessionId), "opened",
                Long.toString(System.currentTimeMillis() - Duration.ofDays(31).toMillis()));

        RedisSessionStore store = new RedisSessionStore(redis, Duration.ofDays(30));
        assertThat(store.rotate(userId, sessionId, "first", "second", REFRESH_TTL, GRACE).outcome())
                .isEqualTo(RedisSessionStore.Rotation.UNKNOWN);
        assertThat(store.isLive(userId, sessionId)).isFalse();
        assertThat(store.count(userId)).isZero();
    }

    @Test
    void aSessionFromBeforeLifetimesStartsCountingAtItsNextRefresh() {
        RedisSessionStore store = new RedisSessionStore(redis, Duration.ofMinutes(10));
        store.open(userId, sessionId, "first", REFRESH_TTL, 5);
        redis.opsForHash().delete(RedisSessionStore.sessionKey(userId, sessionId), "opened");
        redis.expire(RedisSessionStore.sessionKey(userId, sessionId), REFRESH_TTL);

        assertThat(store.rotate(userId, sessionId, "first", "second", REFRESH_TTL, GRACE).outcome())
                .isEqualTo(RedisSessionStore.Rotation.ROTATED);
        assertThat(redis.opsForHash().get(RedisSessionStore.sessionKey(userId, sessionId), "opened")).isNotNull();
        assertThat(ttl()).isBetween(1L, 600_000L);
    }

    private long ttl() {
        Long millis = redis.getExpire(RedisSessionStore.sessionKey(userId, sessionId), java.util.concurrent.TimeUnit.MILLISECONDS);
        return millis == null ? -1 : millis;
    }
}
