package com.webook.provider.support.events;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code interval}, forgets the ids of events applied more than {@code retention} ago, so the
 * dedupe table does not grow for ever. The retention must outlast any redelivery (the topic's
 * retention, or how far back anyone would rewind a group): an event redelivered after its id was
 * forgotten is applied again. Several instances pruning at once only delete the same rows.
 */
public class AppliedEventsPruning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AppliedEventsPruning.class);
    private static final int ROWS_PER_DELETE = 5_000;

    private final AppliedEvents applied;
    private final Duration retention;
    private final Duration interval;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    public AppliedEventsPruning(AppliedEvents applied, Duration retention, Duration interval, Clock clock) {
        this.applied = applied;
        this.retention = retention;
        this.interval = interval;
        this.clock = clock;
    }

    /** One round; returns how many ids were forgotten. */
    public long pruneOnce() {
        long forgotten = applied.forgetAppliedBefore(clock.millis() - retention.toMillis(), ROWS_PER_DELETE);
        if (forgotten > 0) {
            log.info("forgot {} event ids of {} applied more than {} ago", forgotten, applied.table(), retention);
        }
        return forgotten;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, applied.table() + "-pruning");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                pruneOnce();
            } catch (RuntimeException e) {
                log.warn("pruning {} failed, trying again in {}: {}", applied.table(), interval, e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
