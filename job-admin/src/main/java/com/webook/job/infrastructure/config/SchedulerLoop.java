package com.webook.job.infrastructure.config;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.webook.job.application.DispatchingRuns;
import com.webook.job.application.ManagingExecutors;
import com.webook.job.application.PartitionLeases;
import com.webook.job.application.SchedulingJobs;
import com.webook.job.application.SweepingRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The admin's one scheduling thread: every tick it fires what is due in its partitions and queues the due
 * runs for sending; every lease round (a fifth of the lease) it renews and rebalances its partitions;
 * every sweep it ends what was abandoned. A step that fails (the database away) is logged at most every
 * 10 s and tried again on the next tick. On stop it lets go of its partitions at once, so the other admins
 * take them on their next round instead of when the leases run out.
 */
public class SchedulerLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLoop.class);
    static final long QUIET_MS = 10_000;

    private final PartitionLeases leases;
    private final SchedulingJobs scheduling;
    private final DispatchingRuns dispatching;
    private final SweepingRuns sweeping;
    private final ManagingExecutors executors;
    private final ScheduledExecutorService senders;
    private final Duration tick;
    private final Duration round;
    private final Duration sweepEvery;
    private volatile Thread thread;
    private volatile boolean running;
    private long lastComplaint;

    public SchedulerLoop(PartitionLeases leases, SchedulingJobs scheduling, DispatchingRuns dispatching,
                         SweepingRuns sweeping, ManagingExecutors executors, ScheduledExecutorService senders, Duration tick, Duration lease,
                         Duration sweepEvery) {
        this.leases = leases;
        this.scheduling = scheduling;
        this.dispatching = dispatching;
        this.sweeping = sweeping;
        this.executors = executors;
        this.senders = senders;
        this.tick = tick;
        this.round = lease.dividedBy(5);
        this.sweepEvery = sweepEvery;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "job-scheduler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long nextRound = 0;
        long nextSweep = System.nanoTime() + sweepEvery.toNanos();
        boolean started = false;
        while (running) {
            long began = System.nanoTime();
            try {
                if (!started) {
                    leases.start();
                    started = true;
                    nextRound = began + round.toNanos();
                } else if (began - nextRound >= 0) {
                    leases.round();
                    nextRound = began + round.toNanos();
                }
                Set<Integer> owned = leases.owned();
                scheduling.fire(owned);
                dispatching.queueDue(owned);
                if (began - nextSweep >= 0) {
                    sweeping.sweep(owned);
                    executors.measure();
                    nextSweep = began + sweepEvery.toNanos();
                }
            } catch (RuntimeException e) {
                complain(e);
            }
            long left = tick.toNanos() - (System.nanoTime() - began);
            if (left > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(left);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void complain(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastComplaint >= QUIET_MS) {
            lastComplaint = now;
            log.error("scheduling round failed (retrying every tick, logged at most every 10 s): {}", e.toString(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            try {
                current.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        senders.shutdown();
        try {
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            leases.leave();
        } catch (RuntimeException e) {
            log.warn("could not let go of the partitions ({}); the others take them when the leases end", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
