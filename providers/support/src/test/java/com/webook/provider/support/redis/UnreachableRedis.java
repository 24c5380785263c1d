package com.webook.provider.support.redis;

import java.time.Duration;

import com.webook.provider.support.cache.CacheFallback;
import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What a provider sees when Redis is down, for a test that builds the provider's Redis-backed parts
 * itself: a real Lettuce client pointed at a port where nothing listens, configured as the providers
 * configure theirs (commands rejected while disconnected, short timeouts), and the meters those parts
 * count their cache failures in. Register it as a field,
 * {@code @RegisterExtension final UnreachableRedis redis = new UnreachableRedis();}; the client is closed
 * after each test.
 */
public final class UnreachableRedis implements AfterEachCallback {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private LettuceConnectionFactory connections;

    /** A template on the dead server (one client per test, made on first use). */
    public synchronized StringRedisTemplate template() {
        if (connections == null) {
            LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                    .commandTimeout(Duration.ofMillis(500))
                    .clientOptions(ClientOptions.builder()
                            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                    .build();
            connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1), client);
            connections.afterPropertiesSet();
        }
        return new StringRedisTemplate(connections);
    }

    /** The meters to give the parts under test. */
    public SimpleMeterRegistry meters() {
        return meters;
    }

    /** How many cache failures the parts under test counted ({@code webook.cache.degraded}, every tag). */
    public double cacheFailuresCounted() {
        return meters.find(CacheFallback.DEGRADED).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (connections != null) {
            connections.destroy();
            connections = null;
        }
    }
}
