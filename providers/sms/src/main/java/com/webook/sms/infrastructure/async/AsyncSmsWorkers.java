package com.webook.sms.infrastructure.async;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.sms.application.SendingQueuedSms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the asynchronous sending on a few threads of its own, each polling every
 * {@code pollInterval} and draining while it finds full batches. Several threads and several
 * instances are safe together: every message is claimed (leased) by exactly one of them.
 */
public class AsyncSmsWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AsyncSmsWorkers.class);

    private final SendingQueuedSms sending;
    private final int threads;
    private final int batchSize;
    private final Duration pollInterval;
    private volatile ScheduledExecutorService executor;

    public AsyncSmsWorkers(SendingQueuedSms sending, int threads, int batchSize, Duration pollInterval) {
        this.sending = sending;
        this.threads = threads;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        if (executor != null || threads <= 0) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sms-async-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            // Spread the threads over the interval so they do not all poll at once.
            long offset = pollInterval.toMillis() * i / threads;
            executor.scheduleWithFixedDelay(this::drain, offset, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted() && sending.runOnce() >= batchSize) {
                // A full batch: there may be more due right now.
            }
        } catch (RuntimeException e) {
            log.warn("asynchronous SMS round failed, retrying in {}: {}", pollInterval, e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
