package com.webook.ranking.infrastructure.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.webook.ranking.application.ComputingHotList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the job without job-admin (a small deployment): every instance wakes at each multiple of the
 * period (and shortly after it starts), and {@link ComputingHotList#runForPeriod} makes sure one of them
 * computes each period, under the Redisson lock.
 */
public class TimerSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerSchedule.class);

    private final ComputingHotList computing;
    private final Duration period;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public TimerSchedule(ComputingHotList computing, Duration period, Clock clock) {
        this.computing = computing;
        this.period = period;
        this.clock = clock;
    }

    /** The start of the period {@code at} falls in. */
    static Instant periodStart(Instant at, Duration period) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }

    /**
     * A timer may wake a moment before the boundary it was set for: it runs for the period about to start
     * (within a tenth of the period, at most a second).
     */
    private void tick() {
        Duration early = period.dividedBy(10).compareTo(Duration.ofSeconds(1)) < 0 ? period.dividedBy(10)
                : Duration.ofSeconds(1);
        try {
            computing.runForPeriod(periodStart(clock.instant().plus(early), period))
                    .ifPresent(report -> log.info("timer run: {}", report));
        } catch (RuntimeException failed) {
            log.warn("the hot list was not computed this period; the last one stays served: {}", failed.toString());
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ranking-timer");
            thread.setDaemon(true);
            return thread;
        });
        long millis = period.toMillis();
        long untilNext = millis - Math.floorMod(clock.millis(), millis);
        timer.schedule(this::tick, 1, TimeUnit.SECONDS);
        timer.scheduleAtFixedRate(this::tick, untilNext, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
