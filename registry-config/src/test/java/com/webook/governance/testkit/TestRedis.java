package com.webook.governance.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
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

    /**
     * Connections to a port on loopback where nothing listens, with short timeouts: what a part sees when
     * Redis is down. The caller destroys the factory.
     */
    public static LettuceConnectionFactory unreachable() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LettuceConnectionFactory dead = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        dead.afterPropertiesSet();
        return dead;
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
