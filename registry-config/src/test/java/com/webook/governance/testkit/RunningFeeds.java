package com.webook.governance.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.governance.feed.RedisFeed;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * {@link RedisFeed}s for a test, on the tests' Redis ({@link TestRedis}): the followers it starts are
 * stopped, and the unreachable Redis clients it makes are closed, after each test. Register it as a field,
 * {@code @RegisterExtension final RunningFeeds feeds = new RunningFeeds();}.
 */
public final class RunningFeeds implements AfterEachCallback {

    private final List<SmartLifecycle> started = new ArrayList<>();
    private final List<LettuceConnectionFactory> unreachable = new ArrayList<>();

    /** The tests' Redis. */
    public RedisConnectionFactory redis() {
        return TestRedis.template().getConnectionFactory();
    }

    /** Appends to {@code key} as the feed's owner does (entries kept ten minutes); follows nothing. */
    public RedisFeed announcer(String key) {
        return new RedisFeed(redis(), key, Clock.systemUTC(), Duration.ofMinutes(10), Duration.ofSeconds(2),
                Duration.ofMillis(200), entry -> { });
    }

    /** Starts {@code follower} now and stops it after the test. */
    public <T extends SmartLifecycle> T started(T follower) {
        follower.start();
        started.add(follower);
        return follower;
    }

    /** A Redis client that reaches nothing (see {@link TestRedis#unreachable()}), closed after the test. */
    public synchronized RedisConnectionFactory unreachable() {
        LettuceConnectionFactory dead = TestRedis.unreachable();
        unreachable.add(dead);
        return dead;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        started.forEach(SmartLifecycle::stop);
        started.clear();
        unreachable.forEach(LettuceConnectionFactory::destroy);
        unreachable.clear();
    }
}
