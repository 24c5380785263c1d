package com.webook.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import cn.hutool.jwt.JWT;
import com.webook.governance.testkit.RunningFeeds;
import com.webook.governance.testkit.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Access tokens are checked without a call to Redis, and still: a session ended on one instance is
 * refused on every other within a second, an instance that starts later knows the sessions that ended
 * before it, and an instance that cannot hear the stream of ended sessions asks Redis rather than guess.
 * Each "instance" is its own {@link SessionTokens} with its own {@link EndedSessions}, as two consumer-web
 * processes have, on the real Redis.
 */
class EndedSessionsIT {

    private static final String KEY = "0123456789abcdef0123456789abcdef-ended-sessions-it";
    private static final Duration ACCESS_TTL = Duration.ofMinutes(30);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(5);
    private static final StringRedisTemplate redis = TestRedis.template();

    private final long userId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

    @RegisterExtension
    final RunningFeeds feeds = new RunningFeeds();

    @Test
    void aLogoutOnOneInstanceIsRefusedOnAnotherWithinASecond() {
        SessionTokens a = instance(Duration.ofDays(30));
        SessionTokens b = instance(Duration.ofDays(30));
        SessionTokens.Issued issued = a.logIn(userId);
        assertThat(b.userOf(issued.accessToken())).isEqualTo(userId);

        a.logOut(issued.accessToken());

        assertThat(a.userOf(issued.accessToken())).as("at once where it was ended").isNull();
        await("on the other instance within a second").atMost(ONE_SECOND).pollInterval(POLL)
                .until(() -> b.userOf(issued.accessToken()) == null);
    }

    @Test
    void aReusedRefreshTokenEndsTheSessionOnEveryInstance() {
        SessionTokens a = instance(Duration.ofDays(30));
        SessionTokens b = instance(Duration.ofDays(30));
        SessionTokens.Issued first = a.logIn(userId);
        SessionTokens.Issued second = a.refresh(first.refreshToken());
        assertThat(b.userOf(second.accessToken())).isEqualTo(userId);

        // Long after the grace for concurrent refreshes, as far as the session knows.
        redis.opsForHash().put(sessionKeyOf(first), "rotated", "0");
        assertThatThrownBy(() -> a.refresh(first.refreshToken())).isInstanceOf(SessionTokens.Refused.class);

        await().atMost(ONE_SECOND).pollInterval(POLL).until(() -> b.userOf(second.accessToken()) == null);
    }

    @Test
    void aLoginBeyondTheLimitEndsTheOldestSessionOnEveryInstance() {
        SessionTokens a = instance(Duration.ofDays(30));
        SessionTokens b = instance(Duration.ofDays(30));
        SessionTokens.Issued oldest = a.logIn(userId);
        a.logIn(userId);
        assertThat(b.userOf(oldest.accessToken())).isEqualTo(userId);

        a.logIn(userId); // the limit is two

        await().atMost(ONE_SECOND).pollInterval(POLL).until(() -> b.userOf(oldest.accessToken()) == null);
    }

    @Test
    void anInstanceThatStartsLaterKnowsTheSessionsThatEndedBefore() {
        SessionTokens a = instance(Duration.ofDays(30));
        SessionTokens.Issued issued = a.logIn(userId);
        a.logOut(issued.accessToken());

        SessionTokens later = instance(Duration.ofDays(30));

        assertThat(later.userOf(issued.accessToken())).isNull();
    }

    @Test
    void anInstanceThatCannotHearTheStreamAsksRedisAboutEachSession() {
        SessionTokens a = instance(Duration.ofDays(30));
        SessionTokens deaf = instance(Duration.ofDays(30), new EndedSessions(feeds.unreachable(), Clock.systemUTC(),
                ACCESS_TTL, ONE_SECOND, Duration.ofMillis(200), new SimpleMeterRegistry()));
        SessionTokens.Issued kept = a.logIn(userId);
        SessionTokens.Issued ended = a.logIn(userId);
        a.logOut(ended.accessToken());

        assertThat(deaf.userOf(kept.accessToken())).isEqualTo(userId);
        assertThat(deaf.userOf(ended.accessToken())).isNull();
    }

    @Test
    void anAccessTokenNeverOutlivesItsSessionsLifetime() {
        SessionTokens a = instance(Duration.ofMinutes(10));
        SessionTokens.Issued issued = a.refresh(a.logIn(userId).refreshToken());

        long expires = JWT.of(issued.accessToken()).getPayloads().getLong("exp");

        assertThat(expires - System.currentTimeMillis() / 1000).as("seconds left").isBetween(1L, 600L);
    }

    private SessionTokens instance(Duration maxLifetime) {
        return instance(maxLifetime, new EndedSessions(redis.getConnectionFactory(), Clock.systemUTC(), ACCESS_TTL,
                ONE_SECOND, Duration.ofMillis(200), new SimpleMeterRegistry()));
    }

    private SessionTokens instance(Duration maxLifetime, EndedSessions ended) {
        feeds.started(ended);
        return new SessionTokens(new TokenCodec(KEY, Clock.systemUTC()), new RedisSessionStore(redis, maxLifetime),
                ended, ACCESS_TTL, Duration.ofDays(7), 2, Duration.ofSeconds(5));
    }


    private String sessionKeyOf(SessionTokens.Issued issued) {
        String sessionId = String.valueOf(JWT.of(issued.accessToken()).getPayload("sid"));
        return RedisSessionStore.sessionKey(userId, sessionId);
    }

}
