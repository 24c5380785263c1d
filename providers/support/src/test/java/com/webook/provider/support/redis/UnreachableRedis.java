package com.webook.provider.support.redis;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A real Lettuce client pointed at a port where nothing listens, configured as the providers configure
 * theirs (commands rejected while disconnected, short timeouts): what a provider sees when Redis is down.
 * Destroy it after the test.
 */
public final class UnreachableRedis {

    private UnreachableRedis() {
    }

    public static LettuceConnectionFactory connectionFactory() {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofMillis(500))
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                .build();
        LettuceConnectionFactory factory =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1), client);
        factory.afterPropertiesSet();
        return factory;
    }
}
