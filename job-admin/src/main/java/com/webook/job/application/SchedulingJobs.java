package com.webook.job.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.webook.job.domain.FirePlan;
import com.webook.job.domain.Job;
import com.webook.job.domain.NewRun;

/**
 * Fires the due jobs of the partitions this admin owns. Exactly once comes from the database, not from a
 * lock held while sending: in one transaction the job's next fire time is moved on by compare-and-set
 * (from the value read) and the runs it fires are inserted, unique on (job, fire time). A second admin
 * that read the same job finds the time already moved and fires nothing; a crash before the commit leaves
 * the job as it was, to be fired by the next owner (late, never lost: the misfire policy decides). The
 * runs are sent after the commit by {@link DispatchingRuns}, which any owner of the partition can do.
 */
public final class SchedulingJobs {

    /** How far ahead runs are inserted, so they are sent on time rather than one round late. */
    public static final Duration WINDOW = Duration.ofSeconds(1);
    /**
     * A fire time older than this when first seen is a misfire: twice the lease, so that the times a dead
     * admin's partitions wait for a new owner are fired late, every one of them, not skipped. Only an outage
     * of every admin (or of the database) makes misfires.
     */
    private final Duration misfireThreshold;
    /**
     * At most this many fire times of one job per round: a job every second fires one or two, and after a
     * take-over it catches up on the times it waited (the rest in the next rounds).
     */
    static final int MAX_FIRES = 30;
    static final int BATCH = 500;

    private final JobStore jobs;
    private final RunStore runs;
    private final Transactions transactions;
    private final DatabaseClock clock;
    private final JobMetrics metrics;

    public SchedulingJobs(JobStore jobs, RunStore runs, Transactions transactions, DatabaseClock clock,
                          JobMetrics metrics, Duration lease) {
        this.jobs = jobs;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
        this.misfireThreshold = lease.multipliedBy(2);
    }

    /** Fires what is due in {@code partitions}; the number of runs inserted. */
    public int fire(Set<Integer> partitions) {
        if (partitions.isEmpty()) {
            return 0;
        }
        int fired = 0;
        while (true) {
            Instant now = clock.instant();
            List<Job> due = jobs.due(partitions, now.plus(WINDOW), BATCH);
            if (due.isEmpty()) {
                return fired;
            }
            fired += transactions.inTransaction(() -> fireBatch(due, now));
            if (due.size() < BATCH) {
                return fired;
            }
        }
    }

    private int fireBatch(List<Job> due, Instant now) {
        List<NewRun> inserts = new ArrayList<>();
        int missed = 0;
        for (Job job : due) {
            FirePlan plan = FirePlan.of(job.schedule(), job.definition().misfire(), job.nextFireAt(), now, WINDOW,
                    misfireThreshold, MAX_FIRES);
            if (jobs.advance(job.id(), job.nextFireAt(), plan.nextFireAt())) {
                plan.fires().forEach(fire -> inserts.add(NewRun.of(job, fire)));
                missed += plan.missed();
            }
        }
        int inserted = runs.insert(inserts);
        if (missed > 0) {
            metrics.missed(missed);
        }
        return inserted;
    }

    /** A new or resumed job's first fire time from now, or null when it never fires by itself. */
    public static Instant firstFire(Job job, Instant now) {
        return job.schedule().nextAfter(now).orElse(null);
    }

}
