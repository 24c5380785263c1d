package com.webook.job.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps the tables small without hurting the scheduling: the runs of each day counted into daily
 * counts (the dashboard's history), ended runs older than the retention deleted in small batches with a
 * pause between them (so the scheduler's statements never queue behind one long delete), alarms,
 * executors and admins long gone forgotten. Done by one admin at a time: the owner of partition 0.
 */
public final class KeepingHouse {

    private static final Logger log = LoggerFactory.getLogger(KeepingHouse.class);

    static final int BATCH = 1000;
    static final Duration PAUSE = Duration.ofMillis(50);
    static final Duration EVERY = Duration.ofMinutes(10);
    /** At most this many batches per pass; the rest waits for the next pass. */
    static final int MAX_BATCHES = 500;
    static final long SILENT_EXECUTORS_SECONDS = Duration.ofDays(1).toSeconds();

    private final RunStore runs;
    private final AlarmOutbox alarms;
    private final ExecutorStore executors;
    private final LeaseStore leases;
    private final DatabaseClock clock;
    private final Transactions transactions;
    private final Duration retention;
    private Instant lastPass = Instant.EPOCH;

    public KeepingHouse(RunStore runs, AlarmOutbox alarms, ExecutorStore executors, LeaseStore leases,
                        DatabaseClock clock, Transactions transactions, Duration retention) {
        this.runs = runs;
        this.alarms = alarms;
        this.executors = executors;
        this.leases = leases;
        this.clock = clock;
        this.transactions = transactions;
        this.retention = retention;
    }

    /** A pass when one is due; how many runs it deleted. */
    public int passIfDue() {
        Instant now = clock.instant();
        if (Duration.between(lastPass, now).compareTo(EVERY) < 0) {
            return 0;
        }
        lastPass = now;
        return pass(now);
    }

    public int pass(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        transactions.inTransaction(() -> {
            runs.countDays(today.minusDays(1), today);
            return null;
        });
        Instant before = now.minus(retention);
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int gone = runs.deleteEndedBefore(before, BATCH);
            deleted += gone;
            if (gone < BATCH) {
                break;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int forgottenAlarms = alarms.deleteBefore(before, BATCH * 10);
        int forgottenExecutors = executors.forgetSilent(SILENT_EXECUTORS_SECONDS);
        leases.forgetSilent(Duration.ofSeconds(SILENT_EXECUTORS_SECONDS));
        if (deleted + forgottenAlarms + forgottenExecutors > 0) {
            log.info("housekeeping: deleted {} runs and {} alarms older than {}, forgot {} executors", deleted,
                    forgottenAlarms, retention, forgottenExecutors);
        }
        return deleted;
    }
}
