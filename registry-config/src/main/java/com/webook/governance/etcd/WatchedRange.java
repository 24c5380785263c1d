package com.webook.governance.etcd;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
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
 * <p>It reads the range, delivers it, then watches it from the next revision, so nothing that happens in
 * between is missed; each change makes it read the range again. Every read carries etcd's revision, and
 * a read is delivered only if it is newer than the last one delivered and holds something else, so reads
 * that finish out of order never hand a listener an older state (should etcd's revisions start again, as
 * after a restore from a snapshot, a second read confirms it and the range is followed from there). When the watch fails (etcd restarted,
 * the revision was compacted, the connection broke) it reads and watches again after a back-off, for as
 * long as it is open, so a restarted etcd is followed without anyone asking. {@link #resync()} reads the
 * range on demand: callers use it after etcd returns and now and then as a safety net. While etcd is
 * unreachable nothing is delivered: callers keep what they last had.
 *
 * <p>Locking: jetcd calls back on its own threads, sometimes while holding its own locks (a watcher's
 * {@code close()} calls the listener synchronously). So the callbacks here only record and schedule,
 * {@link #lock} is never held across a call into jetcd, and deliveries have their own lock. A delivery
 * already under way when {@link #close()} is called still reaches the listener.
 */
public final class WatchedRange implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WatchedRange.class);
    private static final long MIN_BACKOFF_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Client client;
    private final String key;
    private final boolean prefix;
    private final Executor deliveries;
    private final ScheduledExecutorService retries;
    private final Consumer<Map<String, String>> onChange;
    private final long maxBackoffMillis;

    /** Guards {@link #watcher} and {@link #generation}; never held while calling jetcd. */
    private final Object lock = new Object();
    private Watch.Watcher watcher;
    /** Which watch the callbacks may speak for; callbacks of an older watch are ignored. */
    private long generation;
    private volatile boolean closed;

    private final ReentrantLock delivering = new ReentrantLock();
    private long deliveredRevision = -1;
    private Map<String, String> delivered;

    private final AtomicBoolean restartPending = new AtomicBoolean();
    private final AtomicLong backoff = new AtomicLong(MIN_BACKOFF_MILLIS);

    /**
     * @param deliveries runs the re-reads after changes and their deliveries (share one per registry)
     * @param retries    schedules the re-reads after a failed watch
     * @param onChange   told the whole range: on {@link #start()}, on the calling thread, and on every
     *                   change after, one delivery at a time
     */
    WatchedRange(Client client, String key, boolean prefix, Executor deliveries, ScheduledExecutorService retries,
                 Consumer<Map<String, String>> onChange) {
        this(client, key, prefix, deliveries, retries, onChange, MAX_BACKOFF);
    }

    /**
     * As above, trying etcd again at most {@code maxBackoff} apart while it is away: for ranges whose
     * changes must arrive soon after etcd returns (Sentinel's rules).
     */
    public WatchedRange(Client client, String key, boolean prefix, Executor deliveries, ScheduledExecutorService retries,
                        Consumer<Map<String, String>> onChange, Duration maxBackoff) {
        this.maxBackoffMillis = Math.max(MIN_BACKOFF_MILLIS, maxBackoff.toMillis());
        this.client = client;
        this.key = key;
        this.prefix = prefix;
        this.deliveries = deliveries;
        this.retries = retries;
        this.onChange = onChange;
    }

    /**
     * Reads the range, delivers it on this thread and starts watching it.
     *
     * @throws EtcdUnavailable when etcd cannot be read now (nothing is delivered or watched then)
     */
    public void start() {
        Snapshot now = read();
        deliver(now, true);
        watchFrom(now.revision() + 1);
    }

    /**
     * Reads the range and starts watching it, without delivering what it holds now: for callers that
     * read the first state themselves and want only what changes after it.
     *
     * @throws EtcdUnavailable when etcd cannot be read now (nothing is watched then)
     */
    public void startWithoutFirstDelivery() {
        Snapshot now = read();
        deliver(now, false);
        watchFrom(now.revision() + 1);
    }

    /**
     * Starts without waiting: reads, delivers and watches as soon as etcd answers (for callers that
     * could not read the range themselves yet).
     */
    public void startInBackground() {
        scheduleRestart(0);
    }

    /** Reads the range again and delivers it if it changed; quietly does nothing while etcd is away. */
    public void resync() {
        if (!closed) {
            readLater(this::deliver);
        }
    }

    /** Reads the range on the deliveries executor and hands what it holds to {@code then}, unless etcd is away. */
    private void readLater(Consumer<Snapshot> then) {
        try {
            deliveries.execute(() -> {
                try {
                    then.accept(read());
                } catch (EtcdUnavailable away) {
                    log.debug("cannot re-read {} now: {}", key, away.getMessage());
                }
            });
        } catch (RejectedExecutionException shutDown) {
            log.debug("not re-reading {}: the registry is closing", key);
        }
    }

    private void deliver(Snapshot now) {
        deliver(now, true);
    }

    private void deliver(Snapshot now, boolean announce) {
        delivering.lock();
        try {
            if (closed || now.revision() == deliveredRevision) {
                return;
            }
            if (now.revision() < deliveredRevision) {
                // Either a read that started before the last delivered one ended (stale), or etcd's history
                // began again (restored from a snapshot, a new data directory): a read started now tells.
                confirmHistory();
                return;
            }
            deliveredRevision = now.revision();
            if (now.values().equals(delivered)) {
                return;
            }
            delivered = now.values();
            if (!announce) {
                return;
            }
            try {
                onChange.accept(now.values());
            } catch (RuntimeException e) {
                log.error("a listener of {} failed", key, e);
            }
        } finally {
            delivering.unlock();
        }
    }

    /**
     * Reads once more after an older revision turned up. This read starts after the delivered one ended,
     * so if it is older still, etcd's revisions started again and the range is followed from there.
     */
    private void confirmHistory() {
        readLater(now -> {
            delivering.lock();
            try {
                if (now.revision() < deliveredRevision) {
                    log.warn("etcd's revisions of {} started again ({} after {}); following them from here",
                            key, now.revision(), deliveredRevision);
                    deliveredRevision = -1;
                }
                deliver(now);
            } finally {
                delivering.unlock();
            }
        });
    }

    private void watchFrom(long revision) {
        long mine;
        synchronized (lock) {
            if (closed) {
                return;
            }
            mine = ++generation;
        }
        WatchOption option = WatchOption.builder().isPrefix(prefix).withRevision(revision).build();
        Watch.Watcher created = client.getWatchClient().watch(bytes(key), option, Watch.listener(
                this::onEvents,
                error -> onWatchEnded(mine, error),
                () -> onWatchEnded(mine, null)));
        Watch.Watcher unwanted;
        synchronized (lock) {
            if (!closed && generation == mine) {
                unwanted = watcher; // a watch this one replaces (two restarts raced)
                watcher = created;
            } else {
                unwanted = created; // closed meanwhile, or it failed before we kept it: a restart is on its way
            }
        }
        if (unwanted != null) {
            unwanted.close();
        }
    }

    private void onEvents(WatchResponse response) {
        if (!response.getEvents().isEmpty()) {
            backoff.set(MIN_BACKOFF_MILLIS);
            resync();
        }
    }

    /** A jetcd callback: forgets the watch if it is the current one and schedules a fresh start. */
    private void onWatchEnded(long which, Throwable error) {
        Watch.Watcher ended;
        synchronized (lock) {
            if (closed || which != generation) {
                return;
            }
            generation++;
            ended = watcher;
            watcher = null;
        }
        long delay = backoff.getAndUpdate(b -> Math.min(b * 2, maxBackoffMillis));
        log.debug("the watch of {} ended ({}); reading it again in {} ms", key, error, delay);
        if (ended != null) {
            submit(ended::close, 0); // not on jetcd's thread, which may hold jetcd's locks
        }
        scheduleRestart(delay);
    }

    private void scheduleRestart(long delayMillis) {
        if (closed || !restartPending.compareAndSet(false, true)) {
            return;
        }
        submit(this::restart, delayMillis);
    }

    private void restart() {
        restartPending.set(false);
        if (closed) {
            return;
        }
        Snapshot now;
        try {
            now = read();
        } catch (EtcdUnavailable away) {
            long delay = backoff.getAndUpdate(b -> Math.min(b * 2, maxBackoffMillis));
            log.debug("cannot read {} yet ({}); trying again in {} ms", key, away.getMessage(), delay);
            scheduleRestart(delay);
            return;
        }
        watchFrom(now.revision() + 1);
        try {
            deliveries.execute(() -> deliver(now));
        } catch (RejectedExecutionException shutDown) {
            log.debug("not delivering {}: the registry is closing", key);
        }
    }

    private void submit(Runnable task, long delayMillis) {
        try {
            retries.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            log.debug("not following {} any more: the registry is closing", key);
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
    public void close() {
        Watch.Watcher open;
        synchronized (lock) {
            closed = true;
            generation++;
            open = watcher;
            watcher = null;
        }
        if (open != null) {
            open.close();
        }
    }

    static ByteSequence bytes(String value) {
        return ByteSequence.from(value, StandardCharsets.UTF_8);
    }

    private record Snapshot(long revision, Map<String, String> values) {
    }
}
