package com.webook.governance.etcd;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.config.configcenter.ConfigChangeType;
import org.apache.dubbo.common.config.configcenter.ConfigChangedEvent;
import org.apache.dubbo.common.config.configcenter.ConfigurationListener;
import org.apache.dubbo.common.config.configcenter.TreePathDynamicConfiguration;
import org.apache.dubbo.common.utils.NamedThreadFactory;

/**
 * Dubbo's config center on etcd, on jetcd's public API and with etcd's authentication: override rules,
 * timeouts and weights under {@code /<namespace>/config/<group>/<key>} (the layout Dubbo's etcd
 * extension used), followed with watches that resume after etcd restarts (see {@link WatchedRange}).
 * A deleted key reaches listeners as {@link ConfigChangeType#DELETED}, never as a rule with no content.
 */
public class EtcdDynamicConfiguration extends TreePathDynamicConfiguration {

    private static final long RESYNC_PERIOD_SECONDS = 30;

    private final EtcdConnections.Connection connection;
    private final ExecutorService deliveries;
    private final ScheduledExecutorService timers;
    private final Map<String, KeyWatch> watches = new ConcurrentHashMap<>();

    public EtcdDynamicConfiguration(URL url, EtcdConnections.Connection connection) {
        super(url);
        this.connection = connection;
        this.deliveries = Executors.newSingleThreadExecutor(new NamedThreadFactory("etcd-config-notify", true));
        this.timers = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("etcd-config-timer", true));
        timers.scheduleWithFixedDelay(() -> watches.values().forEach(watch -> watch.range.resync()),
                RESYNC_PERIOD_SECONDS, RESYNC_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    protected String doGetConfig(String pathKey) {
        GetResponse response = EtcdUnavailable.await(connection.client().getKVClient().get(WatchedRange.bytes(pathKey)),
                "read " + pathKey);
        return response.getKvs().isEmpty() ? null : response.getKvs().get(0).getValue().toString(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean doPublishConfig(String pathKey, String content) {
        EtcdUnavailable.await(connection.client().getKVClient().put(WatchedRange.bytes(pathKey), WatchedRange.bytes(content)),
                "write " + pathKey);
        return true;
    }

    @Override
    protected boolean doRemoveConfig(String pathKey) {
        return EtcdUnavailable.await(connection.client().getKVClient().delete(WatchedRange.bytes(pathKey)),
                "delete " + pathKey).getDeleted() > 0;
    }

    @Override
    protected Collection<String> doGetConfigKeys(String groupPath) {
        String prefix = groupPath + "/";
        return EtcdUnavailable.await(connection.client().getKVClient()
                        .get(WatchedRange.bytes(prefix), GetOption.builder().isPrefix(true).withKeysOnly(true).build()),
                        "list " + prefix)
                .getKvs().stream()
                .map(kv -> kv.getKey().toString(StandardCharsets.UTF_8).substring(prefix.length()))
                .toList();
    }

    @Override
    protected void doAddListener(String pathKey, ConfigurationListener listener, String key, String group) {
        watches.compute(pathKey, (path, watch) -> {
            if (watch != null) {
                watch.listeners.add(listener);
                return watch;
            }
            return new KeyWatch(path, key, group, listener);
        });
    }

    @Override
    protected void doRemoveListener(String pathKey, ConfigurationListener listener) {
        watches.computeIfPresent(pathKey, (path, watch) -> {
            watch.listeners.remove(listener);
            if (watch.listeners.isEmpty()) {
                watch.range.close();
                return null;
            }
            return watch;
        });
    }

    @Override
    protected void doClose() {
        watches.values().forEach(watch -> watch.range.close());
        watches.clear();
        timers.shutdownNow();
        deliveries.shutdownNow();
        connection.close();
    }

    /** One watched key and its listeners. Started lazily: a key that etcd cannot read yet is followed once it can. */
    private final class KeyWatch {

        private final Set<ConfigurationListener> listeners = new CopyOnWriteArraySet<>();
        private final WatchedRange range;

        /** Follows the key from now on for its first listener, who reads its current value itself (Dubbo's contract). */
        KeyWatch(String path, String key, String group, ConfigurationListener first) {
            this.range = new WatchedRange(connection.client(), path, false, deliveries, timers,
                    values -> publish(key, group, values.get(path)));
            listeners.add(first);
            try {
                range.startWithoutFirstDelivery();
            } catch (EtcdUnavailable away) {
                range.startInBackground();
            }
        }

        private void publish(String key, String group, String content) {
            ConfigChangedEvent event = content == null
                    ? new ConfigChangedEvent(key, group, null, ConfigChangeType.DELETED)
                    : new ConfigChangedEvent(key, group, content, ConfigChangeType.MODIFIED);
            listeners.forEach(listener -> listener.process(event));
        }
    }
}
