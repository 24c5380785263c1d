package com.webook.governance.etcd;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.Watch;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys under a prefix (or one key) as they are in etcd now, delivered whole whenever they change.
 *
 * <p>It reads the range, then watches it from the next revision, so nothing that happens in between is
 * missed; each change makes it read the range again and deliver it if it differs from what it last
 * delivered. When the watch fails (etcd restarted, the revision was compacted, the connection broke) it
 * reads and watches again after a back-off, for as long as it is open, so a restarted etcd is followed
 * without anyone asking. {@link #resync()} reads the range on demand: callers use it after etcd
 * returns and now and then as a safety net. While etcd is unreachable nothing is delivered: callers keep
 * what they last had.
 */
final class WatchedRange implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WatchedRange.class);
    private static final long MIN_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final Client client;
    private final String key;
    private final boolean prefix;
    private final Executor deliveries;
    private final ScheduledExecutorService retries;
    private final Consumer<Map<String, String>> onChange;

    private Map<String, String> delivered;
    private Watch.Watcher watcher;
    private long backoff = MIN_BACKOFF_MILLIS;
    private volatile boolean closed;

    /**
     * @param deliveries runs {@code onChange}, one delivery at a time (share one per registry, in order)
     * @param retries    schedules the re-reads after a failed watch
     */
    WatchedRange(Client client, String key, boolean prefix, Executor deliveries, ScheduledExecutorService retries,
                 Consumer<Map<String, String>> onChange) {
        this.client = client;
        this.key = key;
        this.prefix = prefix;
        this.deliveries = deliveries;
        this.retries = retries;
        this.onChange = onChange;
    }

    /**
     * Reads the range, starts watching it and answers what it holds now, without delivering it: the
     * caller acts on the first state itself.
     *
     * @throws EtcdUnavailable when etcd cannot be read now (nothing is watched then)
     */
    synchronized Map<String, String> start() {
        Snapshot now = read();
        delivered = now.values();
        watch(now.revision() + 1);
        return now.values();
    }

    /**
     * Starts without waiting: reads and watches as soon as etcd answers, and delivers what it read then
     * (for callers that could not read the range themselves yet).
     */
    void startInBackground() {
        retries.execute(this::restart);
    }

    /**
     * Reads the range again and delivers it if it changed, on the deliveries executor; quietly does
     * nothing while etcd is away.
     */
    void resync() {
        if (closed) {
            return;
        }
        deliveries.execute(() -> {
            try {
                deliverIfChanged(read().values());
            } catch (EtcdUnavailable away) {
                log.debug("cannot re-read {} now: {}", key, away.getMessage());
            }
        });
    }

    private synchronized void deliverIfChanged(Map<String, String> values) {
        if (closed || values.equals(delivered)) {
            return;
        }
        delivered = values;
        try {
            onChange.accept(values);
        } catch (RuntimeException e) {
            log.error("a listener of {} failed", key, e);
        }
    }

    private synchronized void watch(long fromRevision) {
        WatchOption option = WatchOption.builder().isPrefix(prefix).withRevision(fromRevision).build();
        watcher = client.getWatchClient().watch(bytes(key), option,
                Watch.listener(this::onEvents, this::onWatchFailed, () -> onWatchFailed(null)));
    }

    private void onEvents(WatchResponse response) {
        if (!response.getEvents().isEmpty()) {
            backoff = MIN_BACKOFF_MILLIS;
            resync();
        }
    }

    private void onWatchFailed(Throwable error) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        }
        log.debug("the watch of {} ended ({}); reading it again in {} ms", key, error, backoff);
        retries.schedule(this::restart, backoff, TimeUnit.MILLISECONDS);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
    }

    private void restart() {
        if (closed) {
            return;
        }
        try {
            Snapshot now = read();
            synchronized (this) {
                if (closed || watcher != null) {
                    return;
                }
                watch(now.revision() + 1);
            }
            resync();
        } catch (EtcdUnavailable away) {
            onWatchFailed(away);
        }
    }

    private Snapshot read() {
        GetResponse response = EtcdUnavailable.await(
                client.getKVClient().get(bytes(key), GetOption.builder().isPrefix(prefix).build()), "read " + key);
        Map<String, String> values = new LinkedHashMap<>();
        for (KeyValue kv : response.getKvs()) {
            values.put(kv.getKey().toString(StandardCharsets.UTF_8), kv.getValue().toString(StandardCharsets.UTF_8));
        }
        return new Snapshot(response.getHeader().getRevision(), Map.copyOf(values));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    static ByteSequence bytes(String value) {
        return ByteSequence.from(value, StandardCharsets.UTF_8);
    }

    private record Snapshot(long revision, Map<String, String> values) {
    }
}
