package com.webook.governance.testkit;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The tests' Redis outside a Spring context: the local server ({@code webook.it.redis.host} and
 * {@code .port}), database 15, which no app uses. Close it after the class.
 */
public final class TestRedis implements AutoCloseable {

    private final LettuceConnectionFactory connections;
    private final StringRedisTemplate template;

    public TestRedis() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(
                System.getProperty("webook.it.redis.host", "127.0.0.1"),
                Integer.parseInt(System.getProperty("webook.it.redis.port", "6379")));
        server.setDatabase(15);
        connections = new LettuceConnectionFactory(server);
        connections.afterPropertiesSet();
        template = new StringRedisTemplate(connections);
    }

    public StringRedisTemplate template() {
        return template;
    }

    @Override
    public void close() {
        connections.destroy();
    }
}
