package com.webook.web.auth;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.webook.governance.feed.FollowsFeed;
import com.webook.governance.feed.RedisFeed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Which sessions have ended, known in this JVM so that an access token is checked without a call to Redis.
 *
 * <p>Every end of a session (logging out, a spent refresh token presented again, a login beyond the
 * user's limit) is appended to one {@link RedisFeed}, {@value #KEY}, which every instance follows: an ended
 * session is refused on every instance within moments, not after the access token's lifetime, and an
 * instance that starts or comes back reads what it missed. Ended sessions are remembered for
 * {@code retention}, at least the access tokens' lifetime: older ones have no live access token left.
 *
 * <p>When this instance has not heard from the feed lately, {@link #isEnded} answers "unknown" and the
 * caller asks Redis about the session itself, as every request did before: a stale view never lets an
 * ended session in.
 */
class EndedSessions implements FollowsFeed {

    static final String KEY = "user:sessions:ended";

    private final Cache<String, Boolean> ended;
    private final RedisFeed feed;

    /**
     * @param retention how long an ended session is remembered: at least the access tokens' lifetime
     * @param maxLag    how long without an answer from the feed before {@link #isEnded} says "unknown"
     * @param block     how long one read of the feed waits: below the Redis command timeout
     */
    EndedSessions(RedisConnectionFactory redis, Clock clock, Duration retention, Duration maxLag, Duration block,
                  MeterRegistry meters) {
        this.ended = Caffeine.newBuilder().expireAfterWrite(retention).build();
        this.feed = new RedisFeed(redis, KEY, clock, retention, maxLag, block, sessionId -> ended.put(sessionId, true));
        Gauge.builder("webook.sessions.ended.known", ended, Cache::estimatedSize)
                .description("Ended sessions this instance refuses without asking Redis").register(meters);
        feed.measureLag(meters);
    }

    /** Records that the session has ended, for every instance; this one refuses it at once. */
    void announce(String sessionId) {
        ended.put(sessionId, Boolean.TRUE);
        feed.append(sessionId);
    }

    /**
     * Whether the session has ended: true or false as this instance knows it, or null when it has not heard
     * from the feed lately and cannot tell.
     */
    Boolean isEnded(String sessionId) {
        if (ended.getIfPresent(sessionId) != null) {
            return Boolean.TRUE;
        }
        return feed.isCurrent() ? Boolean.FALSE : null;
    }

    @Override
    public RedisFeed feed() {
        return feed;
    }
}
