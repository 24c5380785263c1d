package com.webook.web.auth;

import java.time.Duration;
import java.util.List;

import com.webook.governance.text.Digests;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Login sessions in Redis, one small hash per session and one sorted index per user, and never a token:
 * <ul>
 *   <li>{@code user:session:{<uid>}:<sid>} — the session: its user, the digest of the refresh token it
 *       currently accepts, and the one before it with the time it was replaced, and when it was opened; it
 *       lives as long as its refresh token but never past its maximum lifetime from the login, and is gone
 *       when the session ends;</li>
 *   <li>{@code user:sessions:{<uid>}} — the user's sessions by last use, at most {@code maxSessions}: a new
 *       login past that ends the least recently used one (the user's devices beyond the limit, never the
 *       one refreshing).</li>
 * </ul>
 * Both keys of a user share a hash slot (the braces), so each script stays in one slot of a cluster.
 */
class RedisSessionStore {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> OPEN = RedisScript.of(new ClassPathResource("lua/session_open.lua"), List.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ROTATE = RedisScript.of(new ClassPathResource("lua/session_rotate.lua"), List.class);

    private final StringRedisTemplate redis;
    private final Duration maxLifetime;

    /** @param maxLifetime the longest a session lasts from its login, however often it is refreshed */
    RedisSessionStore(StringRedisTemplate redis, Duration maxLifetime) {
        this.redis = redis;
        this.maxLifetime = maxLifetime;
    }

    /** What presenting a refresh token did to its session. */
    enum Rotation {
        /** It was the current one: the session accepts the new one from now on. */
        ROTATED,
        /** It was replaced a moment ago by a concurrent refresh: refused, the session goes on. */
        JUST_REPLACED,
        /** It was spent long ago, as only a copy of it could be: the session is ended. */
        REUSED,
        /** There is no such session (ended, expired or never opened). */
        UNKNOWN
    }

    /**
     * Opens the session; answers the ids of the user's sessions this ended to stay within
     * {@code maxSessions} (the least recently used).
     */
    List<String> open(long userId, String sessionId, String refreshId, Duration ttl, int maxSessions) {
        List<?> ended = redis.execute(OPEN, List.of(sessionKey(userId, sessionId), indexKey(userId)), digest(refreshId),
                Long.toString(ttl.toMillis()), Integer.toString(maxSessions), sessionId,
                sessionKey(userId, ""), Long.toString(userId), Long.toString(maxLifetime.toMillis()));
        return ended == null ? List.of() : ended.stream().map(String::valueOf).toList();
    }

    /** What a rotation did, and with {@link Rotation#ROTATED} how long the session has left to live. */
    record Rotated(Rotation outcome, Duration left) {
    }

    Rotated rotate(long userId, String sessionId, String presentedRefreshId, String nextRefreshId, Duration ttl,
                   Duration grace) {
        List<?> answer = redis.execute(ROTATE, List.of(sessionKey(userId, sessionId), indexKey(userId)),
                digest(presentedRefreshId), digest(nextRefreshId), Long.toString(ttl.toMillis()),
                Long.toString(grace.toMillis()), sessionId, Long.toString(maxLifetime.toMillis()));
        long outcome = answer == null || answer.isEmpty() ? 0 : ((Number) answer.get(0)).longValue();
        long left = answer == null || answer.size() < 2 ? 0 : ((Number) answer.get(1)).longValue();
        Rotation rotation = switch ((int) outcome) {
            case 1 -> Rotation.ROTATED;
            case 2 -> Rotation.JUST_REPLACED;
            case 3 -> Rotation.REUSED;
            default -> Rotation.UNKNOWN;
        };
        return new Rotated(rotation, Duration.ofMillis(left));
    }

    boolean isLive(long userId, String sessionId) {
        return Boolean.TRUE.equals(redis.hasKey(sessionKey(userId, sessionId)));
    }

    void close(long userId, String sessionId) {
        redis.delete(sessionKey(userId, sessionId));
        redis.opsForZSet().remove(indexKey(userId), sessionId);
    }

    long count(long userId) {
        Long size = redis.opsForZSet().size(indexKey(userId));
        return size == null ? 0 : size;
    }

    static String sessionKey(long userId, String sessionId) {
        return "user:session:{" + userId + "}:" + sessionId;
    }

    static String indexKey(long userId) {
        return "user:sessions:{" + userId + "}";
    }

    static String digest(String value) {
        return Digests.sha256(value, 32);
    }
}
