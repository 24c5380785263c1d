package com.webook.article.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A port where Redis is down until {@link #comeUp()}: from then on it forwards to the real Redis. What a
 * provider sees when it starts before Redis does.
 */
final class LateRedis implements AutoCloseable {

    private final int port;
    private final String redisHost;
    private final int redisPort;
    private final List<java.io.Closeable> open = new CopyOnWriteArrayList<>();

    LateRedis(String redisHost, int redisPort) throws IOException {
        this.redisHost = redisHost;
        this.redisPort = redisPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
    }

    /** A client as the providers configure theirs, pointed at this port; destroy it after the test. */
    LettuceConnectionFactory connectionFactory(int database) {
        RedisStandaloneConfiguration target = new RedisStandaloneConfiguration("127.0.0.1", port);
        target.setDatabase(database);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(target);
        factory.afterPropertiesSet();
        return factory;
    }

    void comeUp() throws IOException {
        ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket redis = new Socket(redisHost, redisPort);
                    open.add(client);
                    open.add(redis);
                    daemon(() -> pipe(client, redis));
                    daemon(() -> pipe(redis, client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // One side went away; the other follows when the test closes everything.
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "late-redis");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        for (java.io.Closeable closeable : open) {
            closeable.close();
        }
    }
}
