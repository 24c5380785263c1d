package com.webook.job.infrastructure.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.webook.job.application.KeepingHouse;
import com.webook.job.application.PartitionLeases;
import com.webook.job.application.SendingAlarms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The admin's second thread, apart from the scheduling so a slow webhook or a long delete never delays a
 * fire: every second it posts due alarms; the owner of partition 0 also keeps house (see
 * {@link KeepingHouse}).
 */
public class UpkeepLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpkeepLoop.class);

    private final SendingAlarms alarms;
    private final KeepingHouse house;
    private final PartitionLeases leases;
    private ScheduledExecutorService thread;
    private long lastComplaint;

    public UpkeepLoop(SendingAlarms alarms, KeepingHouse house, PartitionLeases leases) {
        this.alarms = alarms;
        this.house = house;
        this.leases = leases;
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "job-upkeep");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
    }

    private void round() {
        try {
            alarms.sendDue();
            if (leases.owned().contains(0)) {
                house.passIfDue();
            }
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastComplaint >= SchedulerLoop.QUIET_MS) {
                lastComplaint = now;
                log.error("upkeep round failed (retrying every second, logged at most every 10 s): {}", e.toString(), e);
            }
        }
    }

    @Override
    public void stop() {
        if (thread != null) {
            thread.shutdown();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && !thread.isShutdown();
    }
}
