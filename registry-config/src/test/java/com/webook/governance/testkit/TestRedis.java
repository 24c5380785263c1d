package com.webook.governance.testkit;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The tests' Redis outside a Spring context: the local server ({@code webook.it.redis.host} and
 * {@code .port}), database 15, which no app uses; one connection per test JVM, closed when it exits.
 */
public final class TestRedis {

    private static final StringRedisTemplate TEMPLATE = connect();

    private TestRedis() {
    }

    public static StringRedisTemplate template() {
        return TEMPLATE;
    }

    private static StringRedisTemplate connect() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(
                System.getProperty("webook.it.redis.host", "127.0.0.1"),
                Integer.parseInt(System.getProperty("webook.it.redis.port", "6379")));
        server.setDatabase(15);
        LettuceConnectionFactory connections = new LettuceConnectionFactory(server);
        connections.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(connections::destroy, "test-redis-close"));
        return new StringRedisTemplate(connections);
    }
}
