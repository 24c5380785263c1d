package com.webook.governance.etcd;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import org.apache.dubbo.common.URL;

/**
 * One etcd client per app and etcd account, shared by everything in the app that talks to etcd (the
 * registry and the config center), and closed when the last of them lets go.
 *
 * <p>The account comes from the Dubbo URL's user and password ({@code dubbo.registry.username} /
 * {@code password}, {@code dubbo.config-center.username} / {@code password}, both set from
 * {@code webook.etcd.username} / {@code password}); without a user the client does not authenticate,
 * which only an etcd without authentication accepts.
 */
public final class EtcdConnections {

    private static final Map<Key, Shared> CLIENTS = new HashMap<>();

    private EtcdConnections() {
    }

    /** A connection to the etcd of {@code url}; {@link Connection#close()} it when done. */
    public static synchronized Connection acquire(URL url) {
        Key key = new Key(endpoints(url), url.getUsername() == null ? "" : url.getUsername(),
                url.getPassword() == null ? "" : url.getPassword());
        Shared shared = CLIENTS.computeIfAbsent(key, Shared::new);
        shared.users++;
        return new Connection(shared);
    }

    /** The etcd endpoints of a Dubbo URL: its address and any backup addresses, as http URIs. */
    static List<URI> endpoints(URL url) {
        return Arrays.stream(url.getBackupAddress().split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .map(address -> URI.create("http://" + address))
                .toList();
    }

    private static synchronized void release(Shared shared) {
        if (--shared.users == 0) {
            CLIENTS.remove(shared.key);
            shared.reconnect.cancel(false);
            shared.client.close();
        }
    }

    private record Key(List<URI> endpoints, String user, String password) {

        @Override
        public String toString() {
            return endpoints + (user.isEmpty() ? "" : " as " + user);
        }
    }

    private static final class Shared {

        private final Key key;
        private final Client client;
        private final ScheduledFuture<?> reconnect;
        private int users;

        Shared(Key key) {
            this.key = key;
            ClientBuilder builder = Client.builder()
                    .endpoints(key.endpoints().toArray(URI[]::new))
                    .connectTimeout(Duration.ofSeconds(3))
                    // Fail a call while etcd is away rather than queue it: callers retry on their own schedule.
                    .waitForReady(false)
                    .retryMaxDuration(Duration.ofSeconds(3));
            if (!key.user().isEmpty()) {
                builder.user(ByteSequence.from(key.user(), StandardCharsets.UTF_8))
                        .password(ByteSequence.from(key.password(), StandardCharsets.UTF_8));
            }
            this.client = builder.build();
            this.reconnect = PromptReconnect.watch(client);
        }
    }

    /** A user's handle on the shared client. */
    public static final class Connection implements AutoCloseable {

        private final Shared shared;
        private boolean closed;

        private Connection(Shared shared) {
            this.shared = shared;
        }

        public Client client() {
            return shared.client;
        }

        @Override
        public String toString() {
            return "etcd " + shared.key;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(shared);
            }
        }
    }
}
